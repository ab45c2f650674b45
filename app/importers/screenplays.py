"""Screenplays: Fountain, Final Draft (.fdx), and telling a screenplay typed as plain text."""

from __future__ import annotations

import io
import re

from app.importers.lines import NOT_A_CHARACTER, ParsedScript, ScriptImportError, make_line, stress_runs, stressed

_SCENE_HEADING = re.compile(r"^(INT|EXT|EST|INT\.?/EXT|I/E)[. ]", re.IGNORECASE)


_FIRST_SCENE = re.compile(r"^[ \t]*(?:FADE IN\b|(?:INT|EXT|EST|INT\.?/EXT|I/E)[. ])", re.IGNORECASE | re.MULTILINE)


def as_screenplay(text: str, name: str) -> ParsedScript:
    """Text that looks like a screenplay, read as Fountain, saying so: its action and headings are not spoken."""
    parsed = parse_fountain(_screenplay_body(text), name)
    parsed.warnings.append(f"{name} reads as a screenplay: names in capitals above the speeches are speakers; "
                           f"scene headings, action and the title page are not spoken")
    return parsed


def _screenplay_body(text: str) -> str:
    """A screenplay from its first scene (or FADE IN): what comes before is its title page ("THE LAMP" above
    "Written by" is no speech). Without scenes, a title block with a "by" line is dropped."""
    first = _FIRST_SCENE.search(text)
    if first:
        return text[first.start():]
    blocks = text.lstrip().split("\n\n", 1)
    title = blocks[0].splitlines()
    if len(blocks) == 2 and any(re.match(r"(?:written |a play |a story )?by\b", line.strip(), re.IGNORECASE)
                                for line in title[1:]):
        return blocks[1]
    return text


def character_cue(text: str) -> str | None:
    """The name of a screenplay's character cue ("ANNA", "DR. LEE (V.O.)"), or None for anything else."""
    if len(text) > 60:
        return None
    name = _CHARACTER_EXTENSION.sub("", text).strip()
    words = name.split()
    if not words or len(words) > 4 or name != name.upper() or not any(c.isalpha() for c in name):
        return None
    if words[0].strip(".:") in NOT_A_CHARACTER or ":" in name or name[-1] in "!?,;" or _SCENE_HEADING.match(name):
        return None
    return name


def looks_like_screenplay(blocks: list[list[tuple[int, str]]]) -> bool:
    """Speeches under names in capitals, and something only a screenplay has: a name that speaks twice, a
    (parenthetical) under a name, or a scene heading (INT. HOUSE - DAY). A chapter heading above a paragraph is not
    enough."""
    speeches = [block for block in blocks if len(block) > 1 and character_cue(block[0][1])]
    if len(speeches) < 2:
        return False
    names = [character_cue(block[0][1]) for block in speeches]
    return (len(set(names)) < len(names) or any(block[1][1].startswith("(") for block in speeches)
            or any(_SCENE_HEADING.match(block[0][1]) for block in blocks))


_CHARACTER_EXTENSION = re.compile(r"\s*(\([^)]*\)|\^)\s*$")


def parse_fountain(text: str, name: str = "script") -> ParsedScript:
    from screenplain.parsers import fountain
    from screenplain.types import Dialog, DualDialog

    parsed, pending = ParsedScript(), []
    try:
        document = fountain.parse(io.StringIO(text))
    except Exception as exc:  # screenplain raises bare errors on malformed input
        raise ScriptImportError(f"{name}: malformed Fountain ({exc})") from None
    dialogs: list = []
    for paragraph in document.paragraphs:
        if isinstance(paragraph, DualDialog):
            dialogs.extend([paragraph.left, paragraph.right])
        elif isinstance(paragraph, Dialog):
            dialogs.append(paragraph)
    for number, dialog in enumerate(dialogs, start=1):
        speaker = _character_name(_rich_to_plain(dialog.character))
        words = " ".join(_fountain_words(block) for _, block in dialog.blocks)
        line = make_line(words, speaker, number, pending)
        if line:
            parsed.lines.append(line)
    return parsed


def _character_name(cue: str) -> str:
    """A screenplay's character cue as a speaker's name: "MAYA (V.O.) (CONT'D)" is Maya."""
    while _CHARACTER_EXTENSION.search(cue):
        cue = _CHARACTER_EXTENSION.sub("", cue)
    return " ".join(_name_word(word, first=index == 0) for index, word in enumerate(cue.split()))


_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")  # Henry VIII, Guard II
_INITIALISMS = {"AI", "CEO", "CIA", "DA", "DJ", "EMT", "FBI", "HR", "MC", "NPC", "NYPD", "LAPD", "TV", "UN", "VP"}


def _name_word(word: str, first: bool) -> str:
    """One word of a character cue written in capitals, as a name is written: MAYA'S MOM is Maya's Mom (not the
    Maya'S of str.title), McCLANE is McClane, O'BRIEN O'Brien, JEAN-LUC Jean-Luc, HENRY VIII and FBI AGENT keep
    their capitals."""
    bare = word.strip(".,#").upper()
    if bare in _INITIALISMS or (not first and _ROMAN.fullmatch(bare)):
        return word.upper()
    cased = "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
    cased = re.sub(r"^(\W*)(O'|D'|Mc)(\w)", lambda m: m[1] + m[2] + m[3].upper(), cased)
    return cased


def parse_fdx(text: str, name: str = "script") -> ParsedScript:
    """Final Draft (.fdx, also written by WriterDuet, Fade In and Highland): each Character paragraph with the
    Parenthetical and Dialogue paragraphs under it is a line; scene headings, action and transitions are not
    spoken; italic or underlined words are stressed. Parsed without DTDs or entities."""
    from app.untrusted_xml import local_tag, parse_untrusted_xml

    root = parse_untrusted_xml(text, name, "Final Draft", "finaldraft", ScriptImportError)
    content = next((child for child in root if local_tag(child) == "content"), None)
    if content is None:
        raise ScriptImportError(f"{name}: a Final Draft file without <Content>")
    parsed, pending = ParsedScript(), []
    speaker, words = None, []

    def end_speech() -> None:
        line = make_line(" ".join(words), speaker, len(parsed.lines) + 1, pending) if speaker and words else None
        if line:
            parsed.lines.append(line)
        words.clear()

    for paragraph in content.iter():  # in document order, into <DualDialogue> too
        if local_tag(paragraph) != "paragraph":
            continue
        kind, said = (paragraph.get("Type") or "").lower(), _fdx_words(paragraph)
        if kind == "character":
            end_speech()
            speaker = _character_name(said) or None
        elif kind in ("dialogue", "parenthetical") and speaker:
            words.append(said)
        else:  # action, scene heading, transition… or the frame around a dual dialogue
            end_speech()
            speaker = None
    end_speech()
    return parsed


def _fdx_words(paragraph) -> str:
    """A Final Draft paragraph's own <Text> runs, italic or underlined ones as stressed words."""
    from app.untrusted_xml import local_tag

    runs = []
    for run in paragraph:
        if local_tag(run) != "text":
            continue
        text, style = run.text or "", (run.get("Style") or "").lower()
        if "italic" in style or "underline" in style:  # " sleep" → " *sleep*"
            text = stressed(text)
        runs.append(text)
    return " ".join("".join(runs).split())


def _rich_to_plain(rich) -> str:
    return rich.to_plain() if hasattr(rich, "to_plain") else str(rich)


def _fountain_words(rich) -> str:
    """A Fountain speech block's words, those in *italics* or _underlined_ stressed as a Final Draft script's are
    (where only some of the block is: see stress_runs)."""
    segments = getattr(rich, "segments", None)
    if segments is None:
        return str(rich)
    return stress_runs([(segment.text, any(style.name() in ("italic", "underline") for style in segment.styles))
                        for segment in segments])
