"""Script import: .txt, .md, .srt, .vtt, .fountain, .csv, .tsv, .docx, SSML and videos' subtitles into script lines."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Container
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from engine.emotions import parse_emotion
from engine.errors import IntonateError
from engine.text import has_speakable_text
from engine.text_cues import direction_controls
from engine.video import VIDEO_EXTENSIONS, extract_subtitles

MAX_SCRIPT_BYTES = 20 * 1024 * 1024
MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_DOCX_RATIO = 100  # compressed → unpacked; more is a zip bomb
SUPPORTED_EXTENSIONS = (".txt", ".md", ".srt", ".vtt", ".fountain", ".fdx", ".csv", ".tsv", ".xlsx", ".docx", ".pdf", ".ssml", ".xml",
                        ".mp4", ".mov", ".webm", ".mkv")
MAX_VIDEO_BYTES = 4 * 1024**3

_SPEAKER_LINE = re.compile(r"^\s*([A-Z][\w.'\- ]{0,40}?)\s*(\([^)]*\))?\s*:\s+(.*\S)\s*$")
# Words that open a heading, not a speaker's name: "Chapter 2: Morning", "Note: ...", a screenplay's "SCENE 4"
_NOT_A_CHARACTER = frozenset("CHAPTER PART SECTION MODULE LESSON STEP ACT SCENE NOTE TIP WARNING".split())
# A screenplay's "(beat)" and an ElevenLabs-style "[pause]" are silences, in seconds, by how long they say
PAUSE_DIRECTIONS_S = {"": 0.6, "short": 0.4, "long": 1.5}
_PAUSE_DIRECTION = re.compile(r"[(\[]\s*(?:a\s+)?(?:(short|long)\s+)?(?:beat|pause)\s*[)\]]", re.IGNORECASE)
_DIRECTION = re.compile(r"(\[\[[^\[\]]+\]\])|\(([^()]*)\)|\[([^\[\]]*)\]")  # an [[IPA]] block is kept whole
_TAG = re.compile(r"<[^>]+>")
_VOICE_SPAN = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")


class ScriptImportError(IntonateError):
    """A script that cannot be read; the message names the file and, where known, the line."""


@dataclass
class ScriptLine:
    text: str
    speaker: str | None = None
    direction: str | None = None
    author_id: str | None = None
    cue_start_s: float | None = None
    cue_end_s: float | None = None
    emotion: str | None = None
    intensity: float | None = None
    source_line: int | None = None
    voice: str | None = None  # a voice id asked for by the script (SSML <voice>)
    rate: float | None = None
    pitch: float | None = None
    volume: float | None = None


@dataclass
class ParsedScript:
    lines: list[ScriptLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def import_script(path: Path) -> ParsedScript:
    """Read a script file, choosing the format from its extension."""
    if not path.exists():
        raise ScriptImportError(f"file not found: {path}")
    if not path.is_file():
        raise ScriptImportError(f"not a file: {path}")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_EXTENSIONS:
        raise ScriptImportError(f"unsupported script format {suffix or '(none)'!r} for {path.name} "
                                f"(expected one of: {' '.join(SUPPORTED_EXTENSIONS)})")
    if suffix in VIDEO_EXTENSIONS:
        return import_video_subtitles(path)
    if path.stat().st_size > MAX_SCRIPT_BYTES:
        raise ScriptImportError(f"{path.name} is larger than {MAX_SCRIPT_BYTES // 2**20} MB")
    return parse_script(path.read_bytes(), suffix, path.name)


def import_video_subtitles(path: Path) -> ParsedScript:
    """A video's own subtitle track, read like an .srt file (cue times kept)."""
    if path.stat().st_size > MAX_VIDEO_BYTES:
        raise ScriptImportError(f"{path.name} is larger than {MAX_VIDEO_BYTES // 2**30} GB")
    try:
        subtitles = extract_subtitles(path)
    except IntonateError as exc:
        raise ScriptImportError(str(exc)) from None
    parsed = parse_srt(subtitles, path.name)
    if not parsed.lines:
        raise ScriptImportError(f"{path.name}'s subtitles have no lines to speak")
    return parsed


def parse_script(data: bytes, suffix: str, name: str = "script") -> ParsedScript:
    """Parse script bytes in the format the extension names."""
    if len(data) > MAX_SCRIPT_BYTES:
        raise ScriptImportError(f"{name} is larger than {MAX_SCRIPT_BYTES // 2**20} MB")
    if suffix in VIDEO_EXTENSIONS:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            video = Path(folder) / f"upload{suffix}"
            video.write_bytes(data)
            return import_video_subtitles(video)
    if suffix == ".docx":
        parsed = parse_docx(data, name)
    elif suffix == ".pdf":
        parsed = parse_pdf(data, name)
    elif suffix == ".xlsx":
        parsed = parse_xlsx(data, name)
    else:
        text = decode_text(data, name)
        parser = {".txt": parse_plain_text, ".md": parse_markdown, ".srt": parse_srt, ".vtt": parse_vtt, ".fountain": parse_fountain, ".fdx": parse_fdx,
                  ".csv": parse_csv, ".tsv": parse_tsv, ".ssml": parse_ssml_script, ".xml": parse_ssml_script}[suffix]
        parsed = parser(text, name)
    if not parsed.lines:
        raise ScriptImportError(f"{name} has no lines to speak")
    return parsed


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8/UTF-16 (with or without BOM) or a legacy code page; refuse binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if _looks_like_utf16(data):
        return data.decode("utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be")
    if b"\x00" in data[:8192] or _control_ratio(data[:8192]) > 0.05:
        raise ScriptImportError(f"{name} looks like a binary file, not a text script")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_8"]).best()
    return str(best) if best is not None else data.decode("cp1252", errors="replace")


def _looks_like_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.4 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample)


def split_direction(text: str) -> tuple[str, str | None]:
    """Separate (parentheticals) and [stage directions] from the words to speak ([[IPA]] is spoken); a
    "(beat)" or "[pause]" between words becomes a pause there (before or after them, the turn gap is the pause)."""

    def pause(match: re.Match) -> str:
        if not (has_speakable_text(text[:match.start()]) and has_speakable_text(text[match.end():])):
            return match.group(0)  # kept as a note
        return f' <break time="{PAUSE_DIRECTIONS_S[(match.group(1) or "").lower()]:g}s"/> '

    text = _PAUSE_DIRECTION.sub(pause, text)
    notes = [m.group(2) or m.group(3) for m in _DIRECTION.finditer(text) if not m.group(1)]
    spoken = " ".join(_DIRECTION.sub(lambda m: m.group(1) or " ", text).split())
    notes = [n.strip() for n in notes if n and n.strip()]
    return spoken, "; ".join(notes) or None


def _make_line(text: str, speaker: str | None, number: int, pending: list[str], **extra) -> ScriptLine | None:
    """A script line, or None (its notes kept for the next line) when nothing in it is spoken."""
    spoken, direction = split_direction(text)
    if direction:
        pending.append(direction)
    if not has_speakable_text(spoken):
        return None
    note = "; ".join(pending) or None
    pending.clear()
    return ScriptLine(text=spoken, speaker=speaker, direction=note, source_line=number,
                      **_directed(direction, **extra))  # the line's own note, not the scene's before it


def _directed(note: str | None, **given) -> dict:
    """The line's fields with what its note directs (emotion, intensity, volume, rate) under what the script set
    itself: an emotion column wins over the note's emotion and intensity."""
    controls = direction_controls(note) if note else {}
    if given.get("emotion") is not None:
        controls.pop("emotion", None)
        controls.pop("intensity", None)
    return {**controls, **{name: value for name, value in given.items() if value is not None}}


def parse_plain_text(text: str, name: str = "script") -> ParsedScript:
    """Paragraphs become lines; `NAME: words` lines become dialogue. A screenplay typed as plain text (a name in
    capitals above each speech) is read as the Fountain it is; text written in Markdown (a chatbot's script, a
    Notion page) as Markdown; subtitles or SSML (pasted, or saved as .txt) as what they are."""
    start = text.lstrip("\ufeff \t\r\n")[:200]
    if start.startswith("WEBVTT"):  # subtitles pasted, or saved as .txt
        return parse_vtt(text, name)
    if re.match(r"(<\?xml[^>]*>\s*)?<speak\b", start):  # SSML from another TTS tool
        return parse_ssml_script(text, name)
    if _SUBTITLE_TIMING.search(text):
        return parse_srt(text, name)
    if len(text) <= MAX_MARKDOWN_CHARS and _MARKDOWN_HINT.search(text):
        return parse_markdown(text, name)
    return _parse_text(text, name)


_SUBTITLE_TIMING = re.compile(r"^[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*\d", re.MULTILINE)


def parse_markdown(text: str, name: str = "script") -> ParsedScript:
    """Markdown's blocks (headings, paragraphs, list items, quotes) read as plain-text paragraphs: `**ANNA:**` is
    ANNA's turn, *italics* stress their words, code and HTML blocks are not spoken."""
    from markdown_it import MarkdownIt

    if len(text) > MAX_MARKDOWN_CHARS:  # the parser takes seconds a megabyte on hostile input
        raise ScriptImportError(f"{name} is longer than {MAX_MARKDOWN_CHARS // 10**6} million characters of Markdown "
                                f"(about 40 hours of speech): split it, or save it as plain text")
    raw_lines, headings, in_heading = [], set(), False
    for token in MarkdownIt("commonmark", {"html": True}).parse(text):
        in_heading = token.type == "heading_open" or (in_heading and token.type != "heading_close")
        if token.type == "inline":  # the words of a heading, a paragraph or a list item: a block of their own
            if in_heading:
                headings.add(len(raw_lines) + 1)
            raw_lines.extend([*_markdown_words(token.children or []).split("\n"), ""])
    return _parse_text("\n".join(raw_lines), name, headings)


MAX_MARKDOWN_CHARS = 2_000_000
_MARKDOWN_HINT = re.compile(r"^#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*", re.MULTILINE)  # "# Title", "**ANNA:**"
_MARKDOWN_MARKS = {"em_open": "*", "em_close": "*", "softbreak": "\n", "hardbreak": "\n"}


def _markdown_words(children) -> str:
    """Inline Markdown as our script text: emphasis as stress (`*word*`), bold and links as their words, inline
    tags (`<break time="1s"/>`) kept, images dropped."""
    return "".join(child.content if child.type in ("text", "code_inline", "html_inline")
                   else _MARKDOWN_MARKS.get(child.type, "") for child in children)


def _parse_text(text: str, name: str, headings: Container[int] = frozenset()) -> ParsedScript:
    """Plain text as a screenplay when it looks like one, else as paragraphs (the lines numbered in `headings` being
    titles)."""
    blocks = _paragraphs(text.splitlines())
    if _looks_like_screenplay(blocks):
        return _as_screenplay(text, name)
    return _parse_paragraphs(blocks, headings)


_SCENE_HEADING = re.compile(r"^(INT|EXT|EST|INT\.?/EXT|I/E)[. ]", re.IGNORECASE)
_FIRST_SCENE = re.compile(r"^[ \t]*(?:FADE IN\b|(?:INT|EXT|EST|INT\.?/EXT|I/E)[. ])", re.IGNORECASE | re.MULTILINE)


def _as_screenplay(text: str, name: str) -> ParsedScript:
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


def _character_cue(text: str) -> str | None:
    """The name of a screenplay's character cue ("ANNA", "DR. LEE (V.O.)"), or None for anything else."""
    if len(text) > 60:
        return None
    name = _CHARACTER_EXTENSION.sub("", text).strip()
    words = name.split()
    if not words or len(words) > 4 or name != name.upper() or not any(c.isalpha() for c in name):
        return None
    if words[0].strip(".:") in _NOT_A_CHARACTER or ":" in name or name[-1] in "!?,;" or _SCENE_HEADING.match(name):
        return None
    return name


def _looks_like_screenplay(blocks: list[list[tuple[int, str]]]) -> bool:
    """Speeches under names in capitals, and something only a screenplay has: a name that speaks twice, a
    (parenthetical) under a name, or a scene heading (INT. HOUSE - DAY). A chapter heading above a paragraph is not
    enough."""
    speeches = [block for block in blocks if len(block) > 1 and _character_cue(block[0][1])]
    if len(speeches) < 2:
        return False
    names = [_character_cue(block[0][1]) for block in speeches]
    return (len(set(names)) < len(names) or any(block[1][1].startswith("(") for block in speeches)
            or any(_SCENE_HEADING.match(block[0][1]) for block in blocks))


def _paragraphs(raw_lines: list[str]) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, raw in enumerate(raw_lines, start=1):
        if raw.strip():
            blocks[-1].append((number, raw.strip()))
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _speaker_turn(text: str) -> re.Match | None:
    """`NAME: words` (NAME (softly): words), unless the "name" opens a heading such as "Chapter 2: Morning"."""
    match = _SPEAKER_LINE.match(text)
    if match and match.group(1).split()[0].strip(".").upper() not in _NOT_A_CHARACTER:
        return match
    return None


def _parse_paragraphs(blocks: list[list[tuple[int, str]]], headings: Container[int] = frozenset()) -> ParsedScript:
    """Script lines from blocks of (line number, text); the lines numbered in `headings` are titles, read as they
    are."""
    parsed, pending = ParsedScript(), []

    def add(text: str, speaker: str | None, number: int) -> None:
        line = _make_line(text, speaker, number, pending)
        if line:
            parsed.lines.append(line)

    headers = _transcript_headers(blocks)
    transcript = sum(1 for header in headers if header) >= 2  # one "Lunch 12:30" over a paragraph is no transcript
    for block, header in zip(blocks, headers):
        if block[0][0] in headings:  # a Markdown heading: "Episode 12: Lighthouses" is no speaker's turn
            add(" ".join(t for _, t in block), None, block[0][0])
        elif transcript and header and header.group(1).split()[0].upper() not in _NOT_A_CHARACTER:
            # a transcript's turn, as Otter and others export them: "Speaker 1  0:03" over the words
            add(" ".join(t for _, t in block[1:]), header.group(1).strip(), block[0][0])
        elif any(_speaker_turn(_untimed(text)) for _, text in block):
            turns: list[tuple[int, str | None, str]] = []
            for number, timed_text in block:
                text = _untimed(timed_text)  # "[00:01:02] ANNA: words", as transcripts time their turns
                match = _speaker_turn(text)
                if match:
                    speaker, paren, words = match.groups()
                    turns.append((number, speaker.strip(), f"{paren or ''} {words}"))
                elif turns:
                    turns[-1] = (*turns[-1][:2], f"{turns[-1][2]} {timed_text}")
                else:
                    turns.append((number, None, text))
            for number, speaker, words in turns:
                add(words, speaker, number)
        else:
            if len(block) > 1 and _is_heading(block[0][1], block[1][1]):  # "Chapter 1" apart from its paragraph
                heading, block = block[0], block[1:]
                add(heading[1], None, heading[0])
            add(" ".join(t for _, t in block), None, block[0][0])
    return parsed


# A transcript's clock: 0:03, 12:45, 1:02:03, [00:01:02], (01:02.5)
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# Otter's "Speaker 1  0:03", Rev's "Speaker 1 (00:03):"
_TRANSCRIPT_HEADER = re.compile(rf"^([A-Z][\w.'\- ]{{0,40}}?)\s+[\[(]?{_CLOCK}[\])]?:?$")
_LEADING_CLOCK = re.compile(rf"^[\[(]?{_CLOCK}[\])]?\s+(?=\S)")


def _transcript_headers(blocks: list[list[tuple[int, str]]]) -> list[re.Match | None]:
    """For each block, its transcript heading ("Speaker 1  0:03" over words), if it opens with one."""
    return [_TRANSCRIPT_HEADER.match(block[0][1]) if len(block) > 1 else None for block in blocks]


def _untimed(text: str) -> str:
    """A transcript's line without its leading timestamp: a transcript's times say when a person spoke, not where
    the new voice must (subtitles are the format for that)."""
    clock = _LEADING_CLOCK.match(text)
    return text[clock.end():] if clock else text


_SENTENCE_END = tuple(".!?,;:…—-\"'”’)]")


def _is_heading(text: str, next_line: str) -> bool:
    """A short title line ("CHAPTER ONE", "Part 2: The Storm", "The Storm" over a longer line) over a paragraph; not
    the first line of a wrapped paragraph (longer, and the next goes on in lower case), nor a verse over a verse of
    its length."""
    if len(text) > 40 or len(text.split()) > 6 or text.endswith(_SENTENCE_END) or not text[:1].isupper():
        return False
    titled = text.isupper() or text.split()[0].strip(".:").upper() in _NOT_A_CHARACTER  # CHAPTER ONE, Part 2
    return next_line[:1].isupper() and (titled or len(next_line) >= max(25, 1.5 * len(text)))


def _speaker_from_caption(text: str) -> tuple[str | None, str]:
    voice = _VOICE_SPAN.search(text)
    speaker = voice.group(1).strip() if voice else None
    plain = " ".join(_TAG.sub(" ", text).split())
    if speaker is None:
        match = _speaker_turn(plain)
        if match:
            speaker, paren, words = match.groups()
            plain = f"{paren or ''} {words}".strip()
    return speaker, plain


MAX_CUE_S = 24 * 3600.0  # a day: later than any video a line could be timed to


def check_cue(start_s: float | None, end_s: float | None) -> None:
    """Refuse cue times outside a day, or a cue that does not end after it starts (either time may be missing)."""
    for value in (start_s, end_s):
        if value is not None and not 0.0 <= value <= MAX_CUE_S:
            raise IntonateError(f"cue times must be between 0 and {MAX_CUE_S:g} seconds")
    if start_s is not None and end_s is not None and end_s <= start_s:
        raise IntonateError(f"a cue must end after it starts (this one starts at {start_s:g} s, ends at {end_s:g} s)")


def _cue(where: str, start_s: float | None, end_s: float | None) -> dict[str, float | None]:
    """A script line's cue times, checked; a zero-length cue keeps only its start (nothing to fit the line to)."""
    if end_s is not None and end_s == start_s:
        end_s = None
    try:
        check_cue(start_s, end_s)
    except IntonateError as exc:
        raise ScriptImportError(f"{where}: {exc}") from None
    return {"cue_start_s": start_s, "cue_end_s": end_s}


def parse_srt(text: str, name: str = "script") -> ParsedScript:
    import srt

    parsed, pending = ParsedScript(), []
    try:
        cues = list(srt.parse(text))
    except srt.SRTParseError as exc:
        line_no = text[: exc.expected_start].count("\n") + 1
        raise ScriptImportError(f"{name}: malformed SRT near line {line_no}") from None
    for cue in cues:
        _add_caption(parsed, pending, cue.content, cue.index, str(cue.index), f"{name} cue {cue.index}",
                     cue.start.total_seconds(), cue.end.total_seconds())
    return parsed


_TURN_START = re.compile(r"^(\s*(?:<[^>]+>\s*)*)[-–—](?!\d)\s*")  # "- Where were you?" opens a speaker's turn


def _caption_turns(text: str) -> list[str]:
    """A subtitle's text, split where it gives two or more speakers' turns, each opened by a dash."""
    rows = text.splitlines()
    opens = [bool(_TURN_START.match(row)) for row in rows]
    if sum(opens) < 2:
        return [_TURN_START.sub(r"\1", text, count=1)]
    turns: list[str] = []
    for row, opened in zip(rows, opens):
        row = _TURN_START.sub(r"\1", row)
        if opened or not turns:
            turns.append(row)
        else:
            turns[-1] += "\n" + row  # a turn wrapped onto the next row
    return turns


def _add_caption(parsed: ParsedScript, pending: list[str], text: str, number: int, author_id: str | None, where: str,
                 start_s: float, end_s: float) -> None:
    """A subtitle's line, or one line per turn where the subtitle gives two speakers' turns ("- Where were you?" /
    "- Out."), the cue's time shared by their length and their ids 4a, 4b."""
    turns = [turn for turn in _caption_turns(text) if turn.strip()]
    _cue(where, start_s, end_s)  # a bad cue is refused whole, before it is shared
    if not turns:
        return
    bounds = [0, *accumulate(len(turn.strip()) for turn in turns)]
    at = [start_s + (end_s - start_s) * bound / bounds[-1] for bound in bounds]
    for index, turn in enumerate(turns):
        speaker, words = _speaker_from_caption(turn)
        if words.startswith(("♪", "♫")):  # lyrics or a music cue ("♪ upbeat music ♪"): a note, not a line to say
            pending.append(words)
            continue
        turn_id = author_id if len(turns) == 1 or author_id is None else f"{author_id}{chr(ord('a') + index % 26)}"
        line = _make_line(words, speaker, number, pending, author_id=turn_id, **_cue(where, at[index], at[index + 1]))
        if line:
            parsed.lines.append(line)


def parse_vtt(text: str, name: str = "script") -> ParsedScript:
    import webvtt
    from webvtt.errors import MalformedFileError

    parsed, pending = ParsedScript(), []
    try:
        captions = webvtt.from_buffer(io.StringIO(text)).captions
    except MalformedFileError as exc:
        raise ScriptImportError(f"{name}: malformed WebVTT ({exc})") from None
    for number, caption in enumerate(captions, start=1):
        _add_caption(parsed, pending, caption.raw_text, number, caption.identifier or None, f"{name} cue {number}",
                     _vtt_seconds(caption.start), _vtt_seconds(caption.end))
    return parsed


def _vtt_seconds(stamp: str) -> float:
    parts = [float(p) for p in stamp.split(":")]
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


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
        words = " ".join(_rich_to_plain(block) for _, block in dialog.blocks)
        line = _make_line(words, speaker, number, pending)
        if line:
            parsed.lines.append(line)
    return parsed


def _character_name(cue: str) -> str:
    """A screenplay's character cue as a speaker's name: "MAYA (V.O.) (CONT'D)" is Maya."""
    while _CHARACTER_EXTENSION.search(cue):
        cue = _CHARACTER_EXTENSION.sub("", cue)
    return cue.strip().title()


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
        line = _make_line(" ".join(words), speaker, len(parsed.lines) + 1, pending) if speaker and words else None
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
        if text.strip() and ("italic" in style or "underline" in style):  # " sleep" → " *sleep*"
            text = f"{text[:len(text) - len(text.lstrip())]}*{text.strip()}*{text[len(text.rstrip()):]}"
        runs.append(text)
    return " ".join("".join(runs).split())


def _rich_to_plain(rich) -> str:
    return rich.to_plain() if hasattr(rich, "to_plain") else str(rich)


CSV_COLUMNS = ("text", "id", "speaker", "emotion", "intensity", "direction", "start", "end")
# Other names spreadsheets give these columns (a localization sheet's "Character", "Dialogue", "Notes"), the likelier
# first: in "Line | Character | Dialogue" the line is a number and the dialogue is spoken.
CSV_ALIASES = {"dialogue": "text", "dialog": "text", "narration": "text", "voiceover": "text", "voice-over": "text",
               "voice over": "text", "vo": "text", "script": "text", "line": "text",
               "character": "speaker", "role": "speaker", "line id": "id", "key": "id", "slide": "id",
               "note": "direction", "notes": "direction", "parenthetical": "direction"}
# A Word script table's "Audio" column is what is said (the classic two-column "Video | Audio" script).
TABLE_ALIASES = {"audio": "text", **CSV_ALIASES}


def parse_tsv(text: str, name: str = "script") -> ParsedScript:
    """Tab-separated values, read like a .csv file."""
    return parse_csv(text, name, dialect=csv.excel_tab)


def parse_csv(text: str, name: str = "script", dialect=None) -> ParsedScript:
    """A header row with at least `text` (or "line", "dialogue"); optional id, speaker (or "character"), emotion,
    intensity, direction (or "notes"), start, end. Commas, semicolons or tabs separate the fields."""
    if dialect is None:
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ScriptImportError(f"{name} is empty") from None
    header = _csv_header(header, name)
    parsed = ParsedScript()
    unknown = [h for h in header if h and h not in CSV_COLUMNS]
    if unknown:
        parsed.warnings.append(f"{name}: ignored columns {', '.join(unknown)}")
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ScriptImportError(f"{name} line {number}: expected {len(header)} fields, found {len(row)}")
        record = {h: cell.strip() for h, cell in zip(header, row)}
        parsed.lines.append(_csv_line(record, number, name))
    return parsed


def _csv_header(header: list[str], name: str) -> list[str]:
    """The header with each alias read as the column it names; refused without a text column."""
    columns = _named_columns(header, CSV_ALIASES)
    if "text" not in columns:
        raise ScriptImportError(f"{name}: the header row needs a 'text' column (found: {', '.join(header) or 'nothing'})")
    return columns


def _named_columns(header: list[str], aliases: dict[str, str]) -> list[str]:
    """The header with an alias read as the column it names, unless the column itself or a likelier alias is there
    (a sheet with both "Line" and "Text" speaks its text; "Line" is then ignored)."""
    rank = {alias: place for place, alias in enumerate(aliases)}
    columns = list(header)
    for index in sorted(range(len(header)), key=lambda i: rank.get(header[i], -1)):
        column = aliases.get(header[index])
        if column and column not in columns:
            columns[index] = column
    return columns


def _csv_line(record: dict[str, str], number: int, name: str, where: str | None = None) -> ScriptLine:
    where = where or f"{name} line {number}"
    spoken, direction = split_direction(record["text"])
    if not has_speakable_text(spoken):
        raise ScriptImportError(f"{where}: empty text")
    emotion = None
    if record.get("emotion"):
        try:
            emotion = parse_emotion(record["emotion"]).value
        except IntonateError as exc:
            raise ScriptImportError(f"{where}: {exc}") from None
    note = "; ".join(filter(None, [record.get("direction"), direction])) or None
    return ScriptLine(
        text=spoken,
        speaker=record.get("speaker") or None,
        direction=note,
        author_id=record.get("id") or None,
        **_directed(note, emotion=emotion, intensity=_csv_number(record.get("intensity"), where, "intensity", 0.0, 1.0)),
        **_cue(where, _csv_number(record.get("start"), where, "start", 0.0, MAX_CUE_S),
               _csv_number(record.get("end"), where, "end", 0.0, MAX_CUE_S)),
        source_line=number,
    )


_DECIMAL_COMMA = re.compile(r"^(-?\d+),(\d+)$")


def _csv_number(value: str | None, where: str, field_name: str, low: float, high: float) -> float | None:
    if not value:
        return None
    try:
        number = float(_DECIMAL_COMMA.sub(r"\1.\2", value))  # "0,7" from a spreadsheet set to a European locale
    except ValueError:
        raise ScriptImportError(f"{where}: {field_name} {value!r} is not a number") from None
    if not low <= number <= high:
        raise ScriptImportError(f"{where}: {field_name} {number:g} is outside {low:g}–{high:g}")
    return number


_AZURE_VOICE = re.compile(r"^[a-z]{2,3}-[A-Za-z]{2,4}-([A-Z][a-z]+)")  # en-US-JennyNeural, en-GB-RyanMultilingualNeural


def parse_ssml_script(text: str, name: str = "script") -> ParsedScript:
    """SSML: each paragraph (or voice change) is a line; prosody becomes the line's direction."""
    from app.ssml import parse_ssml
    from engine.voices import list_voices

    known = {v.id for v in list_voices()}
    lines, warnings = parse_ssml(text, name)
    parsed = ParsedScript(warnings=warnings)
    for number, line in enumerate(lines, start=1):
        voice = line.voice if line.voice in known else None
        speaker = line.voice
        if line.voice and voice is None:
            azure = _AZURE_VOICE.match(line.voice)
            speaker = azure.group(1) if azure else line.voice  # en-US-JennyNeural: Jenny, cast as a woman
            warning = f"{name}: voice {line.voice!r} is not installed; {speaker!r} becomes a speaker to cast"
            if warning not in parsed.warnings:
                parsed.warnings.append(warning)
        parsed.lines.append(ScriptLine(text=line.text, speaker=speaker, voice=voice, rate=line.rate,
                                       pitch=line.pitch, volume=line.volume, emotion=line.emotion,
                                       intensity=line.intensity, source_line=number))
    return parsed


MAX_PDF_PAGES = 2000
_PAGE_NUMBER = re.compile(r"^(?:\d{1,4}\.?|page \d+(?: of \d+)?)$", re.IGNORECASE)  # "12.", "Page 3 of 9"


def _unpaged(lines: list[str]) -> list[str]:
    """A document's lines without page numbers, and a screenplay's speech whole again where a page broke it
    ("(MORE)" at the foot, "MAYA (CONT'D)" at the head of the next)."""
    kept, broken = [], False
    for line in lines:
        if _PAGE_NUMBER.match(line) or (broken and not line):
            continue
        if line.upper() == "(MORE)":
            broken = True
            continue
        if broken:
            broken = False
            if "CONT'D" in line.upper() or "CONT’D" in line.upper():
                continue  # the speech goes on under the cue before the break
            kept.append("")
        kept.append(line)
    return kept


def parse_pdf(data: bytes, name: str = "script") -> ParsedScript:
    """A PDF with text in it (a screenplay exported from Final Draft, a script printed to PDF), read like a .txt
    file from its text laid out as on the page; page numbers and a screenplay's (MORE) are left out."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its repairs of a damaged file are no news to the user
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ScriptImportError(f"{name} is password-protected: save it without a password first")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ScriptImportError(f"{name} has {len(reader.pages)} pages, more than {MAX_PDF_PAGES}")
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except ScriptImportError:
        raise
    except Exception as exc:  # pypdf raises many types for broken files
        raise ScriptImportError(f"{name} is not a readable PDF ({type(exc).__name__})") from None
    text = "\n".join(_unpaged([line.strip() for page in pages for line in [*page.splitlines(), ""]]))
    if not has_speakable_text(text):
        raise ScriptImportError(f"{name} holds no text, only images (a scan?): export it with its text, or OCR it")
    return parse_plain_text(text, name)


def _check_office_zip(data: bytes, name: str, suffix: str, main_part: str, kind: str) -> None:
    """Refuse what is not an Office file of this kind, or would unpack into a zip bomb, before any parser opens it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ScriptImportError(f"{name} is not a valid {suffix} file (not a zip archive)") from None
    with archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_DOCX_UNPACKED_BYTES or unpacked > MAX_DOCX_RATIO * max(len(data), 1) + 10 * 2**20:
            raise ScriptImportError(f"{name} unpacks to {unpacked // 2**20} MB: refused as a likely zip bomb")
        if main_part not in archive.namelist():
            raise ScriptImportError(f"{name} is not {kind} (no {main_part})")


def parse_xlsx(data: bytes, name: str = "script") -> ParsedScript:
    """An Excel workbook read like a .csv file: the first sheet whose heading row names a column to speak (a
    localization sheet's "ID | Character | Dialogue | Notes"); cells merged into one are read once."""
    _check_office_zip(data, name, ".xlsx", "xl/workbook.xml", "an Excel workbook")
    import openpyxl  # it parses with defusedxml when that is installed, as here
    from defusedxml import DefusedXmlException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = [(sheet.title, [(number, [_cell_text(value) for value in row])
                                 for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)])
                  for sheet in workbook.worksheets]
    except Exception as exc:  # openpyxl raises many types for broken workbooks, and wraps defusedxml's refusal
        cause = exc
        while cause is not None and not isinstance(cause, DefusedXmlException):
            cause = cause.__cause__ or cause.__context__
        if cause is not None:
            raise ScriptImportError(f"{name}: refused: a workbook with a DTD or entities (they can read files or "
                                    f"explode in size)") from None
        raise ScriptImportError(f"{name} is a damaged .xlsx file ({type(exc).__name__})") from None
    for title, rows in sheets:
        parsed = ParsedScript()
        _read_rows(rows, f"{name} sheet {title!r}", parsed, need_heading=True)
        if parsed.lines:
            return parsed
    raise ScriptImportError(f"{name}: no sheet has a heading row naming a column to speak (Text, Line, Dialogue, "
                            f"Narration…)")


def _cell_text(value) -> str:
    """A spreadsheet cell as text: 3.0 is "3", an empty cell ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def parse_docx(data: bytes, name: str = "script") -> ParsedScript:
    """A Word script: its table of lines when it has one (see _read_table), else its paragraphs read like a
    plain-text script; refuses zip bombs and broken files."""
    _check_office_zip(data, name, ".docx", "word/document.xml", "a Word document")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise ScriptImportError(f"{name} is a damaged .docx file ({type(exc).__name__})") from None
    tables = ParsedScript()
    for number, table in enumerate(document.tables, start=1):
        _read_table(table, f"{name} table {number}", tables)
    if not tables.lines:
        paragraphs = [paragraph.text.strip() for paragraph in document.paragraphs]
        # A screenplay or a transcript written in Word: a character cue, a (parenthetical) or a transcript's
        # "Speaker 1  0:03" runs on into the words under it.
        joined = "\n".join(text if _character_cue(text) or text.startswith("(") or _TRANSCRIPT_HEADER.match(text)
                            else f"{text}\n" for text in paragraphs)
        blocks = _paragraphs(joined.splitlines())
        if _looks_like_screenplay(blocks):
            parsed = _as_screenplay(joined, name)
        elif sum(1 for header in _transcript_headers(blocks) if header) >= 2:
            parsed = _parse_paragraphs(blocks)
        else:
            parsed = _parse_paragraphs(_paragraphs([line for text in paragraphs for line in (text, "")]))
        parsed.warnings[:0] = tables.warnings
        return parsed
    left_out = sum(1 for paragraph in document.paragraphs if has_speakable_text(paragraph.text))
    if left_out:  # a title, a version, instructions to the voice actor
        tables.warnings.append(f"{name}: the script is read from its table; {left_out} paragraph"
                               f"{'' if left_out == 1 else 's'} outside it were left out")
    return tables


# A speaker's name in a table without a header: up to three capitalized words ("MAYA", "Dr. Lee", "Old Man")
_TABLE_SPEAKER = re.compile(r"^[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,2}$")


def _read_table(table, where: str, parsed: ParsedScript) -> None:
    """A Word table as script lines (see _read_rows). A divider across the table is no line, and words in a cell
    merged over several rows are said once."""
    grid = [row.cells for row in table.rows]  # a merged cell is the same cell in every place of the grid it covers

    def merged(number: int, column: int) -> bool:
        cell = grid[number - 1][column]
        above = grid[number - 2] if number > 1 else []
        return (all(other._tc is cell._tc for other in grid[number - 1])
                or (column < len(above) and above[column]._tc is cell._tc))

    rows = [(number, [" ".join(cell.text.split()) for cell in cells]) for number, cells in enumerate(grid, start=1)]
    _read_rows(rows, where, parsed, merged)


def _read_rows(rows: list[tuple[int, list[str]]], where: str, parsed: ParsedScript, merged=None,
               need_heading: bool = False) -> None:
    """Numbered rows of cells as script lines: a header row naming its columns as a spreadsheet's would (an
    e-learning or video script's "Visual | Narration", "Speaker | Line | Notes"), or, without one (unless
    `need_heading`), two columns of names and words. Rows with nothing to say (a visual alone) are skipped, as are
    those whose spoken cell `merged(number, column)` says is a divider or the row above's."""
    rows = [(number, cells) for number, cells in rows if any(cells)]
    if not rows:
        return
    for start, (_, cells) in enumerate(rows[:3]):  # the header may sit under a title row spanning the table
        columns = _named_columns([heading.strip(" :").lower() for heading in cells], TABLE_ALIASES)
        if "text" in columns:
            header, rows = cells, rows[start + 1:]
            break
    else:
        if need_heading:
            return
        named = [cells for _, cells in rows if len(cells) == 2 and _TABLE_SPEAKER.match(split_direction(cells[0])[0])]
        if len(rows) < 2 or len(named) < len(rows):
            parsed.warnings.append(f"{where} left out: no heading names a column to speak (Text, Line, Narration, "
                                   f"Audio…) and it is not two columns of names and lines")
            return
        header, columns = [], ["speaker", "text"]
    ignored = [heading for heading, column in zip(header, columns) if heading and column not in CSV_COLUMNS]
    if ignored:
        parsed.warnings.append(f"{where}: columns {', '.join(ignored)} are not spoken")
    said = columns.index("text")
    for number, cells in rows:
        if merged is not None and merged(number, said):
            continue
        record = {column: cell for column, cell in zip(columns, cells) if column in CSV_COLUMNS}
        spoken, direction = split_direction(record.get("text", ""))
        if not has_speakable_text(spoken):
            continue
        speaker, speaker_note = split_direction(record.get("speaker", ""))  # "ANNA (V.O.)"
        record["speaker"] = speaker.strip()
        record["direction"] = "; ".join(filter(None, [record.get("direction"), speaker_note]))
        parsed.lines.append(_csv_line(record, number, where, where=f"{where} row {number}"))
