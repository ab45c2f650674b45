"""What every script reader shares: the script line and its errors, reading text files, stage directions, cue times."""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from itertools import groupby

from engine.errors import IntonateError
from engine.text import BREAK_TAG, MAX_BREAK_S, break_seconds, has_speakable_text
from engine.text_cues import DIRECTION_DELIVERY, DIRECTION_EMOTIONS, direction_controls

MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_DOCX_RATIO = 100  # compressed → unpacked; more is a zip bomb
# "ANNA: words", "ANNA (softly): words", and Rev's "Speaker 1 (00:01:23): words", whose time is not read out
_SPEAKER_LINE = re.compile(r"^\s*([A-Z][\w.'\- ]{0,40}?)\s*(?:[\[(](?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]\s*)?"
                           r"(\([^)]*\))?\s*:\s+(.*\S)\s*$")
# A chat log's "<alice> words" (IRC, Matrix and Slack exports): any nickname, the same groups as _SPEAKER_LINE
_CHAT_LINE = re.compile(r"^\s*<([\w.|^`-]{2,32})>()\s+(.*\S)\s*$")
_HTML_TAGS = frozenset("em strong span div font br hr p li ul ol".split())
# Words that open a heading or a course's label, not a speaker's name: "Chapter 2: Morning", "Quiz: ...", "SCENE 4"
# ("Remember: always wear gloves" is the narrator's sentence, not a character called Remember)
NOT_A_CHARACTER = frozenset("""CHAPTER PART SECTION MODULE LESSON STEP ACT SCENE NOTE TIP WARNING QUIZ EXAMPLE EXERCISE
    SUMMARY HINT IMPORTANT CAUTION REMINDER OBJECTIVE OBJECTIVES GOAL ACTIVITY TASK KEY TAKEAWAY REMEMBER QUESTION
    ANSWER DEFINITION FACT RULE BONUS UPDATE DISCLAIMER PROBLEM SOLUTION RESULT CONCLUSION RECAP REVIEW SCENARIO
    CHALLENGE PROMPT OPTION CORRECT INCORRECT FEEDBACK TOPIC AGENDA WHY PS NB FYI SOURCE""".split())
# Lines of an ad's or a video's script that nobody says: sound ("SFX: door slams", "MUSIC UP AND OUT"), a clip's own
# sound ("SOT: customer testimonial"), text on screen ("SUPER: tempo.app") and the spot's particulars ("LENGTH: :30",
# "ISCI: TMP0001"; not "CLIENT:", a role-play's speaker too). With a colon the label may be in any case; without one
# the whole line is in capitals.
_CUE_LABELS = ("SFX|FX|SOUND(?: EFFECTS?)?|MUSIC|MUS|SOT|NATS?(?: SOUND| SOT)?|SUPER|GFX|CG|OST|LOWER THIRD|"
               "ON[- ]SCREEN(?: TEXT)?|B[- ]?ROLL|LENGTH|RUNTIME|AIR ?DATES?|ISCI|JOB(?: NO\\.?)?")
_CUE_LINE = re.compile(rf"^\s*(?:(?i:{_CUE_LABELS})\s*(?:\([^()\[\]]*\))?\s*:[^\[\]]*|"
                       rf"(?:SFX|FX|SOT|NATS|MUSIC)\b[^a-z\[\]!?]*)$")
# A screenplay's "(beat)" and an ElevenLabs-style "[pause]" are silences, in seconds, by how long they say
PAUSE_DIRECTIONS_S = {"": 0.6, "short": 0.4, "long": 1.5}
# and one that gives its length is that long, as meditation and e-learning scripts time them: "(pause 5 seconds)",
# "[pause: 3s]", "[10-second pause]", "(silence for 2 sec)"
_PAUSE_LENGTH = r"(\d+(?:\.\d+)?)\s*-?\s*(ms|s|secs?|seconds?)\b"
_PAUSE_DIRECTION = re.compile(rf"[(\[]\s*(?:a\s+)?(?:(short|long)\s+)?(?:(?:beat|pause|silence)(?:\s*(?:for|of|:)?\s*"
                              rf"{_PAUSE_LENGTH})?|{_PAUSE_LENGTH}\s+(?:pause|silence))\s*[)\]]", re.IGNORECASE)
_EDGE_BREAKS = re.compile(rf"^(?:\s*{BREAK_TAG.pattern})+|(?:{BREAK_TAG.pattern}\s*)+$", re.IGNORECASE)
_DIRECTION = re.compile(r"(\[\[[^\[\]]+\]\])|\(([^()]*)\)|\[([^\[\]]*)\]")  # an [[IPA]] block is kept whole
# A narrator's aside in round brackets is said, not taken as a direction: one with a number ("(approx. 15 min)"),
# a reference or an example ("(see Section 4)", "(e.g. a ladder)"), or a long one ("(which most of us never notice …)")
_SPOKEN_ASIDE = re.compile(r"\d|^(?:see|e\.g\.|i\.e\.|eg|ie|approx\.?|approximately|for example|that is|including|"
                           r"aka|formerly)(?!\w)", re.IGNORECASE)
_SILENCE_WORDS = re.compile(r"\b(?:pause|beat|silence)\b", re.IGNORECASE)
# A chat-style action between asterisks, "*sighs* Fine." or "Okay. *laughs nervously*", is a direction like "(sighs)",
# where it stands before or after the sentences and starts with such a word; "*love*" and "*NOT*" stay stressed words.
_ASTERISK_ACTION = re.compile(r"(?:^|(?<=[.!?…]))\s*\*([A-Za-z][a-z' ]{0,40})\*(?=\s*(?:$|[A-Z\"“‘(\[]))")
_NONVERBAL = frozenset("""sigh laugh chuckle giggle cough coughs gasp groan groans sob sniff sniffs sniffles yawn yawns
    shrug shrugs smile smiles grin grins nod nods winks clears exhales inhales snorts scoffs hums sneezes gulps
    pause beat""".split())
MAX_DIRECTION_WORDS = 8
_SPACE_BEFORE_STOP = re.compile(r" (?=[.,;:!?…]+(?:\s|$))")  # "Look at this [points]." is "Look at this."


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
    pause_before: float | None = None  # seconds of silence before the words (a timed "(pause 5 seconds)")
    pause_after: float | None = None


@dataclass
class ParsedScript:
    lines: list[ScriptLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def warn_once(self, warning: str) -> None:
        """Add a warning the file's lines may each give (an unknown voice, unnamed turns) once only."""
        if warning not in self.warnings:
            self.warnings.append(warning)


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_LEGACY_BYTES = "intonate-cp1252"


def _legacy_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """A byte that is not UTF-8, read as Windows-1252 (naïve's ï, saved by an old editor into a UTF-8 file)."""
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error(_LEGACY_BYTES, _legacy_bytes)


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8/UTF-16 (with or without BOM) or a legacy code page; refuse binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # an odd last byte (a file cut short) is a replacement mark
        return data.decode("utf-16", errors="replace")
    if _looks_like_utf16(data):
        return data.decode("utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be", errors="replace")
    if b"\x00" in data[:8192] or _control_ratio(data[:8192]) > 0.05:
        raise ScriptImportError(f"{name} looks like a binary file, not a text script")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):  # UTF-8 with a stray legacy byte or two (files pasted together): keep the UTF-8
        return data.decode("utf-8", errors=_LEGACY_BYTES)
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_8"]).best()
    return str(best) if best is not None else data.decode("cp1252", errors="replace")


def csv_lines(text: str) -> io.StringIO:
    """Decoded CSV text for the csv module, its rows ended by \n whether the file ended them by \r\n or, as Excel for
    the Mac's "CSV (Macintosh)" does, by a lone \r (which the csv module refuses)."""
    return io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n"))


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
    "(beat)" or "[pause]" between words becomes a pause there (before or after them, the turn gap is the pause), and
    so does a timed "(pause 5 seconds)" anywhere."""

    def pause(match: re.Match) -> str:
        size, length, unit = match.group(1), match.group(2) or match.group(4), match.group(3) or match.group(5)
        between = has_speakable_text(text[:match.start()]) and has_speakable_text(text[match.end():])
        if not (between or length):
            return match.group(0)  # kept as a note: before or after the words, the turn gap is the pause
        seconds = break_seconds(length, unit) if length else PAUSE_DIRECTIONS_S[(size or "").lower()]
        return f' <break time="{seconds:g}s"/> '

    notes: list[str] = []

    def direction(match: re.Match) -> str:  # kept: an [[IPA]] block, or a narrator's aside
        ipa, round_note, square_note = match.groups()
        if ipa or (round_note is not None and spoken_aside(round_note)):
            return match.group(0)
        notes.append((round_note or square_note or "").strip())
        return " "

    def action(match: re.Match) -> str:
        first = match.group(1).split()[0].lower()
        if first in _NONVERBAL or first in DIRECTION_EMOTIONS or first in DIRECTION_DELIVERY:
            notes.append(match.group(1).strip())
            return " "
        return match.group(0)

    spoken = _ASTERISK_ACTION.sub(action, _DIRECTION.sub(direction, _PAUSE_DIRECTION.sub(pause, text)))
    spoken = " ".join(spoken.split())
    if notes:  # where a direction was taken out
        spoken = _SPACE_BEFORE_STOP.sub("", spoken)
    return spoken, "; ".join(note for note in notes if note) or None


def spoken_aside(inside: str) -> bool:
    """Whether words in round brackets are the narrator's to say (a number, a reference, an example, a long aside)
    rather than a direction such as "(whispering)" or "(to Ben)"."""
    inside = inside.strip()
    if not inside or _SILENCE_WORDS.search(inside) or direction_controls(inside):
        return False
    return bool(_SPOKEN_ASIDE.search(inside)) or len(inside.split()) > MAX_DIRECTION_WORDS


# A scene break in a book or a story ("* * *", "***", "#", "~", "⁂") is a longer silence before the next line
SCENE_BREAK_S = 2.0
_SCENE_BREAK = re.compile(r"^\s*(?:[*#~§⁂•=_-]\s*)+$")
# A video script's parts, labelled for its writer: "HOOK", "Intro:", "SPONSOR READ: This video is sponsored by…"
_PART_LABEL = re.compile(r"^\s*((?i:hook|intro|outro|cta|call to action|sponsor(?: read| segment| spot)?|ad read|"
                         r"(?:pre|mid)-?roll|end ?screen|end card|cold open|teaser))\s*(?::\s*(.*\S)?)?\s*$")


def as_direction(text: str) -> str:
    """A line of sound, music or particulars ("SFX: whoosh", "MUSIC UP") as the [direction] it is, a video script's
    part label ("INTRO", "SPONSOR READ: words") as a direction before its words, and a scene break ("* * *") as a
    pause; else the line."""
    if _CUE_LINE.match(text):
        return f"[{text.strip()}]"
    if _SCENE_BREAK.match(text):
        return f'<break time="{SCENE_BREAK_S:g}s"/>'
    if part := _PART_LABEL.match(text):
        return f"[{part.group(1)}] {part.group(2) or ''}".strip()
    return text


def make_line(text: str, speaker: str | None, number: int, pending: list[str], **extra) -> ScriptLine | None:
    """A script line, or None (its notes kept for the next line) when nothing in it is spoken. A timed pause before
    or after the words is the line's pause before or after; one on a line of its own, the next line's pause before."""
    spoken, direction = split_direction(text)
    if direction:
        pending.append(direction)
    if not has_speakable_text(spoken):
        pending.extend(tag.group(0) for tag in BREAK_TAG.finditer(spoken))
        return None
    waits = [note for note in pending if BREAK_TAG.fullmatch(note)]
    note = "; ".join(note for note in pending if note not in waits) or None
    pending.clear()
    spoken, before, after = edge_pauses(spoken, sum(tags_seconds(wait) for wait in waits))
    return ScriptLine(text=spoken, speaker=speaker, direction=note, source_line=number,
                      pause_before=before or None, pause_after=after or None,
                      **directed(direction, **extra))  # the line's own note, not the scene's before it


def read_typed_line(text: str) -> ScriptLine:
    """A line's text as a user types it in the studio, read as an imported line is: "(whispering)" a direction, a
    timed "(pause 2 seconds)" a pause. Refuses text with nothing to say."""
    line = make_line(text, None, 0, [])
    if line is None:
        raise IntonateError("a line needs some words to speak")
    return line


def as_typed(text: str) -> str:
    """A line's words as a user would type them, its break tags as the timed pauses `read_typed_line` reads back:
    `<break time="500ms"/>` is "(pause 0.5s)"."""
    return BREAK_TAG.sub(lambda tag: f"(pause {break_seconds(*tag.groups()):g}s)", text)


def edge_pauses(spoken: str, waited: float = 0.0) -> tuple[str, float, float]:
    """The words without the timed pauses before and after them, and those pauses' lengths in seconds (up to
    MAX_BREAK_S each; `waited` is a pause already owed before the line)."""
    before, after = waited, 0.0
    for match in _EDGE_BREAKS.finditer(spoken):
        seconds = tags_seconds(match.group(0))
        if match.start() == 0 and has_speakable_text(spoken[match.end():]):
            before += seconds
        else:
            after += seconds
    return _EDGE_BREAKS.sub("", spoken).strip(), min(before, MAX_BREAK_S), min(after, MAX_BREAK_S)


def tags_seconds(text: str) -> float:
    """The seconds of all the break tags in `text`."""
    return sum(break_seconds(value, unit) for value, unit in BREAK_TAG.findall(text))


def stressed(run: str) -> str:
    """A run of words marked as stressed (`*word*`), the spaces around it kept outside the marks."""
    if not run.strip():
        return run
    return f"{run[:len(run) - len(run.lstrip())]}*{run.strip()}*{run[len(run.rstrip()):]}"


def stress_runs(runs: list[tuple[str, bool]]) -> str:
    """A line's runs of text joined, those set apart (in italics) stressed (`*word*`) where only some of the line is:
    a line wholly in italics (a thought, a voice on the phone) stresses nothing."""
    italics = {italic for fragment, italic in runs if fragment.strip()}
    if italics != {True, False}:
        return "".join(fragment for fragment, _ in runs)
    joined = [("".join(fragment for fragment, _ in group), italic)  # one word Word split over two runs
              for italic, group in groupby(runs, lambda run: run[1])]
    return "".join(stressed(fragment) if italic else fragment for fragment, italic in joined)


def directed(note: str | None, **given) -> dict:
    """The line's fields with what its note directs (emotion, intensity, volume, rate) under what the script set
    itself: an emotion column wins over the note's emotion and intensity; a sound cue in the note directs nothing."""
    directing = "; ".join(part for part in (note or "").split("; ") if not _CUE_LINE.match(part))  # not "MUSIC: sad"
    controls = direction_controls(directing) if directing else {}
    if given.get("emotion") is not None:
        controls.pop("emotion", None)
        controls.pop("intensity", None)
    return {**controls, **{name: value for name, value in given.items() if value is not None}}


def text_blocks(raw_lines: list[str]) -> list[list[tuple[int, str]]]:
    """Lines grouped into blocks at blank lines, each line with its number (from 1), stripped, a sound or music cue
    bracketed as the direction it is."""
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, raw in enumerate(raw_lines, start=1):
        if raw.strip():
            blocks[-1].append((number, as_direction(raw.strip())))
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def speaker_turn(text: str) -> re.Match | None:
    """`NAME: words` (NAME (softly): words) or a chat log's `<nick> words`, unless the "name" opens a heading such as
    "Chapter 2: Morning" or is a phrase, not a name ("Welcome to Module 3: Safety": a name's words are capitalised, as
    in "Old Tom" or "Speaker 2")."""
    chat = _CHAT_LINE.match(text)
    if chat and chat.group(1).lower() not in _HTML_TAGS:
        return chat
    match = _SPEAKER_LINE.match(text)
    if not match:
        return None
    words = match.group(1).split()
    if words[0].strip(".").upper() in NOT_A_CHARACTER or not all(word[0].isupper() or word[0].isdigit() for word in words):
        return None
    return match


def clock_seconds(stamp: str) -> float:
    """A clock's seconds: "01:02:03.5" 3723.5, "0:45" 45, "1:02,250" 62.25 (webvtt-py's own start_in_seconds drops
    the fraction)."""
    seconds = 0.0
    for part in stamp.replace(",", ".").split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


MAX_CUE_S = 24 * 3600.0  # a day: later than any video a line could be timed to


def check_cue(start_s: float | None, end_s: float | None) -> None:
    """Refuse cue times outside a day, or a cue that does not end after it starts (either time may be missing)."""
    for value in (start_s, end_s):
        if value is not None and not 0.0 <= value <= MAX_CUE_S:
            raise IntonateError(f"cue times must be between 0 and {MAX_CUE_S:g} seconds")
    if start_s is not None and end_s is not None and end_s <= start_s:
        raise IntonateError(f"a cue must end after it starts (this one starts at {start_s:g} s, ends at {end_s:g} s)")


def cue_fields(where: str, start_s: float | None, end_s: float | None) -> dict[str, float | None]:
    """A script line's cue times, checked; a zero-length cue keeps only its start (nothing to fit the line to)."""
    if end_s is not None and end_s == start_s:
        end_s = None
    try:
        check_cue(start_s, end_s)
    except IntonateError as exc:
        raise ScriptImportError(f"{where}: {exc}") from None
    return {"cue_start_s": start_s, "cue_end_s": end_s}


# What zipfile raises for an archive damaged inside (a download cut short, a flipped byte): a bad header or
# checksum, a compression method or format version it has never heard of, an encrypted part, a stream that ends early
# or does not decompress (the archive is in memory: an OSError here is its data, not a disk)
DAMAGED_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, ValueError, OSError)


def check_office_zip(data: bytes, name: str, suffix: str, main_part: str, kind: str) -> None:
    """Refuse what is not an Office file of this kind, would unpack into a zip bomb, or is damaged inside, before any
    parser opens it (each part is unpacked once here and its checksum checked)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ScriptImportError(f"{name} is not a valid {suffix} file (not a zip archive)") from None
    except DAMAGED_ZIP_ERRORS as exc:
        raise ScriptImportError(f"{name} is a damaged {suffix} file ({exc})") from None
    with archive:
        unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_DOCX_UNPACKED_BYTES or unpacked > MAX_DOCX_RATIO * max(len(data), 1) + 10 * 2**20:
            raise ScriptImportError(f"{name} unpacks to {unpacked // 2**20} MB: refused as a likely zip bomb")
        if main_part not in archive.namelist():
            raise ScriptImportError(f"{name} is not {kind} (no {main_part})")
        try:
            broken = archive.testzip()
        except DAMAGED_ZIP_ERRORS as exc:
            raise ScriptImportError(f"{name} is a damaged {suffix} file ({str(exc)[:120]})") from None
        if broken is not None:
            raise ScriptImportError(f"{name} is a damaged {suffix} file ({broken} does not match its checksum)")
