"""Subtitles: .srt, .vtt, .sbv, .ass/.ssa and TTML cues as timed lines, with their speakers and dashed turns."""

from __future__ import annotations

import html
import io
import logging
import re
from collections import Counter
from itertools import accumulate
from xml.etree.ElementTree import ElementTree

from app.importers.lines import (
    ParsedScript,
    ScriptImportError,
    ScriptLine,
    clock_seconds,
    cue_fields,
    make_line,
    speaker_turn,
    stress_runs,
)

_TAG = re.compile(r"<[^<>]+>")  # no "<" inside: linear on a line of "<<<<"
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)  # a few .srt writers break rows with HTML's <br>


_VOICE_SPAN = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")


_ITALICS = re.compile(r"(</?i>)", re.IGNORECASE)
_OVERRIDE = re.compile(r"{\\[^}]*}")  # {\an8} (top of the screen), {\i1}: SubStation tags many .srt files carry


def _speaker_from_caption(text: str) -> tuple[str | None, str]:
    voice = _VOICE_SPAN.search(text)
    speaker = voice.group(1).strip() if voice else None
    text = stress_runs(_italic_runs(_OVERRIDE.sub("", text)))
    text = _TAG.sub("", _LINE_BREAK_TAG.sub(" ", text))  # "<b>move</b>." is "move.", not "move ."
    plain = " ".join(html.unescape(text).split())  # "Tom &amp; Jerry", as WebVTT writes it
    if speaker is None:
        match = speaker_turn(plain)
        if match:
            speaker, paren, words = match.groups()
            plain = f"{paren or ''} {words}".strip()
    return speaker, plain


# Broadcast subtitles (the BBC's, among others) tell speakers apart by colour: a caption wholly in one colour
# (<font color="#ffff00"> in .srt, <c.yellow> in .vtt) is said by that colour's speaker
_COLOUR_TAG = re.compile(r"<(/?)(font|c)\b([^<>]{0,200})>", re.I)  # <font color="#ff0">, <c.yellow>, their ends
_FONT_COLOUR = re.compile(r"""colou?r\s*=\s*["']?\s*([#\w]+)""", re.I)
_CLASS_COLOUR = re.compile(r"^\.(?:colou?r)?([#\w]+)", re.I)
_COLOURS = {"white": (255, 255, 255), "yellow": (255, 255, 0), "cyan": (0, 255, 255), "green": (0, 255, 0),
            "magenta": (255, 0, 255), "red": (255, 0, 0), "blue": (0, 0, 255), "orange": (255, 165, 0)}
_COLOUR_ALIASES = {"aqua": "cyan", "lime": "green", "fuchsia": "magenta"}
MIN_COLOURED_CAPTIONS = 2  # a colour on one caption alone (a sign, a song) names no speaker


def caption_colour(text: str) -> str | None:
    """The colour a caption is wholly written in ("Yellow"), or None: uncoloured, in several colours, or partly
    coloured."""
    colours, open_tags, position = set(), [None], 0
    for tag in [*_COLOUR_TAG.finditer(text), None]:
        words = _TAG.sub("", text[position:tag.start() if tag else len(text)])
        if words.strip():
            colours.add(open_tags[-1])
        if tag is None:
            break
        position = tag.end()
        if tag.group(1):  # an end tag
            if len(open_tags) > 1:
                open_tags.pop()
            continue
        value = (_FONT_COLOUR.search(tag.group(3)) if tag.group(2).lower() == "font"
                 else _CLASS_COLOUR.match(tag.group(3)))
        open_tags.append(_colour_name(value.group(1)) if value else open_tags[-1])  # <c.loud> keeps the colour
    return colours.pop().capitalize() if len(colours) == 1 and None not in colours else None


def _colour_name(value: str) -> str | None:
    """The subtitle palette's colour for a colour name or #RGB / #RRGGBB / RRGGBB value."""
    value = value.lower().lstrip("#")
    value = _COLOUR_ALIASES.get(value, value)
    if value in _COLOURS:
        return value
    if re.fullmatch(r"[0-9a-f]{3}|[0-9a-f]{6}", value):
        digits = value if len(value) == 6 else "".join(2 * digit for digit in value)
        return _nearest_colour([int(digits[i:i + 2], 16) for i in (0, 2, 4)])
    return None


def _nearest_colour(rgb) -> str:
    """The subtitle palette's colour nearest to red, green and blue levels (0-255)."""
    return min(_COLOURS, key=lambda name: sum((a - b) ** 2 for a, b in zip(_COLOURS[name], rgb)))


def name_speakers_by_colour(parsed: ParsedScript, coloured: list[tuple[ScriptLine, str]], name: str) -> None:
    """Where a file's captions without a named speaker come in two or more colours, each on two captions or more,
    each colour is a speaker, named after it (captions in the default colour stay narration)."""
    counts = Counter(colour for _, colour in coloured)
    speakers = {colour for colour, count in counts.items() if count >= MIN_COLOURED_CAPTIONS}
    coloured_lines = {id(line) for line, _ in coloured}
    uncoloured = any(line.speaker is None and id(line) not in coloured_lines for line in parsed.lines)
    if len(speakers) + uncoloured < 2:
        return
    for line, colour in coloured:
        if colour in speakers:
            line.speaker = colour
    parsed.warnings.append(f"{name}: speakers told apart by colour, as broadcast subtitles do: "
                           f"{', '.join(sorted(speakers))} (rename them on the Cast page, or by "
                           f"`project cast --rename`)")


def _italic_runs(text: str) -> list[tuple[str, bool]]:
    """A caption's text cut where <i> and </i> tags turn italics on and off, each run with whether it is italic."""
    runs, italic = [], False
    for piece in _ITALICS.split(text):
        if _ITALICS.fullmatch(piece):
            italic = not piece.startswith("</")
        elif piece:
            runs.append((piece, italic))
    return runs


# Roll-up captions (YouTube's automatic captions, live television's) scroll: each cue shows again the row the cue
# before ended with, above its new words, and YouTube adds a 10 ms cue of the finished row alone
ROLLING_SHARE = 0.5  # of a file's cues opening with the last rows of the cue before, for the file to be rolling
ROLLING_CUES = 2  # and how many of them must add rows of their own below (a cue said twice is not a roll)
ROLL_UP_ROWS = 4  # the most rows a roll-up caption shows (CEA-608's deepest roll-up)


def unrolled(texts: list[str], name: str, warnings: list[str]) -> list[str | None]:
    """Each caption's text, or where the captions roll up, each caption's new rows only (None for a caption that
    only repeats rows), with a warning saying so."""
    rows = [[row for row in text.splitlines() if _plain_row(row)] for text in texts]
    plain = [[_plain_row(row) for row in caption] for caption in rows]
    shared = [0] + [_rows_shown_before(before, now) for before, now in zip(plain, plain[1:])]
    rolled_on = sum(0 < n < len(caption) for n, caption in zip(shared, plain))
    if rolled_on < ROLLING_CUES or sum(n > 0 for n in shared) < ROLLING_SHARE * (len(texts) - 1):
        return list(texts)
    warnings.append(f"{name}: the captions roll up (each row shown again in the next cue, as in YouTube's "
                    f"automatic captions); each row is read once")
    return ["\n".join(caption[n:]) or None for caption, n in zip(rows, shared)]


def _rows_shown_before(before: list[str], now: list[str]) -> int:
    """How many of a caption's first rows are the last rows of the caption before it."""
    deepest = min(len(now), len(before), ROLL_UP_ROWS)
    return next((n for n in range(deepest, 0, -1) if now[:n] == before[-n:]), 0)


def _plain_row(row: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", row)).split()).casefold()


def parse_srt(text: str, name: str = "script") -> ParsedScript:
    import srt

    parsed, pending = ParsedScript(), []
    try:
        cues = list(srt.parse(text))
    except srt.SRTParseError as exc:
        line_no = text[: exc.expected_start].count("\n") + 1
        raise ScriptImportError(f"{name}: malformed SRT near line {line_no}") from None
    except (OverflowError, ValueError):  # a time of more hours than a timedelta holds
        raise ScriptImportError(f"{name}: malformed SRT (a cue time out of range)") from None
    coloured: list[tuple[ScriptLine, str]] = []
    for cue, text in zip(cues, unrolled([cue.content for cue in cues], name, parsed.warnings)):
        if text is not None:
            _add_caption(parsed, pending, text, cue.index, str(cue.index), f"{name} cue {cue.index}",
                         cue.start.total_seconds(), cue.end.total_seconds(), coloured=coloured)
    name_speakers_by_colour(parsed, coloured, name)
    return parsed


# "- Where were you?" opens a speaker's turn, as does ">> Where were you?" in captions from television and YouTube
_TURN_START = re.compile(r"^(\s*(?:<[^>]+>\s*)*)(?:[-–—](?!\d)|>>|&gt;&gt;)\s*")
_VOICE_START = re.compile(r"^\s*<v[.\s]")  # a row opened by a WebVTT voice: <v Anna>, <v.loud Ben>


def _caption_turns(text: str) -> list[str]:
    """A subtitle's text, split where it gives two or more speakers' turns, each opened by a dash or a voice."""
    rows = text.splitlines()
    opens = [bool(_TURN_START.match(row) or _VOICE_START.match(row)) for row in rows]
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
                 start_s: float | None, end_s: float | None, actors: list[str] | None = None,
                 coloured: list[tuple[ScriptLine, str]] | None = None, colour: str | None = None) -> None:
    """A subtitle's line, or one line per turn where the subtitle gives two speakers' turns ("- Where were you?" /
    "- Out."), the cue's time shared by their length and their ids 4a, 4b. `actors` name who says the turns, in
    order, where the format keeps them apart from the words (an .ass event's actor); a line with no speaker and a
    colour of its own (in its tags, or `colour` where the format's styles give it) goes into `coloured` (see
    name_speakers_by_colour)."""
    turns = [turn for turn in _caption_turns(text) if turn.strip()]
    cue_fields(where, start_s, end_s)  # a bad cue is refused whole, before it is shared
    if not turns:
        return
    bounds = [0, *accumulate(len(turn.strip()) for turn in turns)]
    if end_s is None:  # a TTML paragraph with no time of its own
        at = [start_s] * len(bounds)
    else:
        at = [start_s + (end_s - start_s) * bound / bounds[-1] for bound in bounds]
    for index, turn in enumerate(turns):
        speaker, words = _speaker_from_caption(turn)
        if speaker is None and actors and index < len(actors):
            speaker = actors[index]
        if words.startswith(("♪", "♫")):  # lyrics or a music cue ("♪ upbeat music ♪"): a note, not a line to say
            pending.append(words)
            continue
        turn_id = author_id if len(turns) == 1 or author_id is None else f"{author_id}{chr(ord('a') + index % 26)}"
        line = make_line(words, speaker, number, pending, author_id=turn_id, **cue_fields(where, at[index], at[index + 1]))
        if line:
            parsed.lines.append(line)
            written_in = colour or caption_colour(turn) if line.speaker is None else None
            if coloured is not None and written_in:
                coloured.append((line, written_in))
            elif len(turns) > 1 and line.speaker is None and not written_in:
                parsed.warn_once(f"{where.rsplit(' ', 2)[0]}: captions give two speakers' turns (a dash before "
                                 "each) without their names; each turn is a line of its own, read by the narrator "
                                 "until you name its speaker (the Speaker column, or project reassign)")


def parse_vtt(text: str, name: str = "script") -> ParsedScript:
    return _parse_webvtt_py(text, name, "vtt", "WebVTT")


def parse_sbv(text: str, name: str = "script") -> ParsedScript:
    """YouTube's SubViewer captions (.sbv, what YouTube Studio downloads)."""
    return _parse_webvtt_py(text, name, "sbv", "SubViewer (.sbv) captions")


def _parse_webvtt_py(text: str, name: str, file_format: str, kind: str) -> ParsedScript:
    import webvtt
    from webvtt.errors import MalformedFileError

    parsed, pending = ParsedScript(), []
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=file_format).captions
    except MalformedFileError as exc:
        raise ScriptImportError(f"{name}: malformed {kind} ({exc})") from None
    coloured: list[tuple[ScriptLine, str]] = []
    texts = unrolled([caption.raw_text for caption in captions], name, parsed.warnings)
    for number, (caption, text) in enumerate(zip(captions, texts), start=1):
        if text is not None:
            _add_caption(parsed, pending, text, number, caption.identifier or None, f"{name} cue {number}",
                         clock_seconds(caption.start), clock_seconds(caption.end), coloured=coloured)
    name_speakers_by_colour(parsed, coloured, name)
    return parsed


_SIGN_STYLE = re.compile(r"^(signs?|ts|typeset|title|screen)\b", re.IGNORECASE)
_SONG_STYLE = re.compile(r"^(op|ed|songs?|lyrics?|kara(oke)?|insert)\b", re.IGNORECASE)
_PLACED = re.compile(r"{[^}]*\\(pos|move)\(")
_KARAOKE = re.compile(r"{[^}]*\\[kK][fo]?\d")
_ACTORS = re.compile(r"\s*[/&,+]\s*")


def parse_ass(text: str, name: str = "script") -> ParsedScript:
    """Advanced SubStation (.ass, Aegisub's) and SubStation (.ssa) subtitles: each Dialogue event is a line at its
    time, said by its actor (the Name column); comments, on-screen signs and drawings are not spoken, songs and
    karaoke are notes, as lyrics are in .srt; words set in italics inside a line are stressed. Both versions are read
    by the Format lines the file itself gives."""
    import warnings

    import pysubs2

    try:
        with warnings.catch_warnings():  # a field it cannot read (a margin, a colour) falls back to its default
            warnings.simplefilter("ignore", RuntimeWarning)
            subs = pysubs2.SSAFile.from_string(text, format_="ass")
    except (pysubs2.Pysubs2Error, ValueError, KeyError, IndexError) as exc:
        raise ScriptImportError(f"{name}: malformed SubStation subtitles ({exc})") from None
    if not subs.events and not re.search(r"^\s*\[events\]", text, re.IGNORECASE | re.MULTILINE):
        raise ScriptImportError(f"{name}: not SubStation subtitles (no [Events] section)")
    parsed, pending, seen, signs = ParsedScript(), [], set(), 0
    rows = sorted(((row, event) for row, event in enumerate(subs.events, start=1)  # rows as Aegisub numbers them
                   if not event.is_comment and not event.is_drawing), key=lambda pair: pair[1].start)
    for row, event in rows:
        key = (event.start, event.end, event.plaintext)
        if key in seen:  # the same words drawn again on another layer (a border, a glow)
            continue
        seen.add(key)
        if _SIGN_STYLE.match(event.style) or (not event.name.strip() and _PLACED.search(event.text)):
            signs += event.plaintext.strip() != ""
            continue
        words = _ass_words(event, subs.styles)
        if _SONG_STYLE.match(event.style) or _KARAOKE.search(event.text):
            if words.strip():
                pending.append(f"♪ {' '.join(words.replace('*', '').split())} ♪")
            continue
        actors = [actor for actor in _ACTORS.split(event.name.strip()) if actor] or None
        _add_caption(parsed, pending, words, row, str(row), f"{name} event {row}",
                     event.start / 1000, event.end / 1000, actors)
    if signs:
        parsed.warnings.append(f"{name}: {signs} on-screen sign{'s' if signs != 1 else ''} left out (not spoken)")
    return parsed


def _ass_words(event, styles) -> str:
    """An event's words, its line breaks kept and a run in italics within it stressed."""
    from pysubs2 import SSAStyle
    from pysubs2.formats.substation import parse_tags

    style = styles.get(event.style, SSAStyle.DEFAULT_STYLE)
    runs = []
    for fragment, run_style in parse_tags(event.text, style, styles, skip_empty_fragments=True):
        fragment = re.sub(r"{[^}]*}", "", fragment)  # a {comment} is the translator's, not the line's
        fragment = fragment.replace("\\N", "\n").replace("\\n", "\n").replace("\\h", " ")
        runs.append((fragment, run_style.italic))
    return stress_runs(runs)


_OLD_TTML_NAMESPACES = ("http://www.w3.org/2006/10/ttaf1", "http://www.w3.org/2006/04/ttaf1")  # DFXP drafts
_ONE_DIGIT_HOUR = re.compile(r"""(\s(?:begin|end|dur)\s*=\s*["'])(\d:\d\d:)""")
_MARK = "\ue000"  # a private-use character, which no subtitle text holds
_TTM = "{http://www.w3.org/ns/ttml#metadata}"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_BAD_TIMING = ("Bad begin", "Bad end", "Bad dur")  # what ttconv logs (and skips) for a time it cannot read


def parse_ttml(text: str, name: str = "script") -> ParsedScript:
    """Timed Text (TTML, DFXP, IMSC, EBU-TT-D: the subtitles of broadcasters and streaming services): each paragraph
    is a line at its time, its speaker the `ttm:agent` that names one; words in italics within a line are stressed.
    Times in any of TTML's forms (clock, offset, frames, ticks) are read by ttconv."""
    from ttconv.imsc.reader import to_model

    from app.untrusted_xml import parse_untrusted_xml

    for old in _OLD_TTML_NAMESPACES:
        text = text.replace(old, "http://www.w3.org/ns/ttml")
    text = _ONE_DIGIT_HOUR.sub(r"\g<1>0\2", text)  # begin="0:00:01.00", as older DFXP writers put it
    root = parse_untrusted_xml(text, name, "TTML", "tt", ScriptImportError)
    marked = _mark_paragraphs(root)
    complaints, ttconv_log = _Complaints(), logging.getLogger("ttconv")
    ttconv_log.addHandler(complaints)
    ttconv_log.propagate = False  # its notes on styling and layout are not the user's concern
    try:
        document = to_model(ElementTree(root))
    except Exception as exc:  # ttconv raises what its parsing meets (a style value it has no name for is a
        # KeyError, a frame rate of 0 a ZeroDivisionError): each means a document it cannot read
        reasons = {KeyError: f"an unknown value {exc}", ZeroDivisionError: "a frame or tick rate of 0"}
        reason = reasons.get(type(exc), exc)
        raise ScriptImportError(f"{name}: malformed TTML ({reason})") from None
    finally:
        ttconv_log.removeHandler(complaints)
        ttconv_log.propagate = True
    bad_times = [message for message in complaints.messages if message.startswith(_BAD_TIMING)]
    if document is None or bad_times:
        raise ScriptImportError(f"{name}: malformed TTML ({(bad_times or complaints.messages or ['no <tt> root'])[0]})")
    parsed, pending, coloured = ParsedScript(), [], []
    body, read = document.get_body(), set()
    for paragraph, start_s, end_s in _ttml_paragraphs([body] if body else []):
        index, words, colour = _ttml_words(paragraph)
        read.add(index)
        paragraph_id, speaker = marked[index]
        _add_caption(parsed, pending, words, index + 1, paragraph_id, f"{name} paragraph {index + 1}", start_s, end_s,
                     [speaker] if speaker else None, coloured, colour)
    name_speakers_by_colour(parsed, coloured, name)
    if len(read) < len(marked):  # ttconv drops what is never on screen: a zero duration, or a div's time it misreads
        missing = len(marked) - len(read)
        parsed.warnings.append(f"{name}: {missing} paragraph{'s' if missing > 1 else ''} left out (never on screen)")
    return parsed


class _Complaints(logging.Handler):
    """The errors a library logs while it reads, kept to be reported."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _mark_paragraphs(root) -> list[tuple[str | None, str | None]]:
    """Each paragraph's xml:id and who says it (the one named `ttm:agent` on it or on its div), in document order;
    each paragraph's text is opened with its number between two _MARKs, to find it again in ttconv's model, which
    keeps neither."""
    names = {}
    for agent in root.iter(f"{_TTM}agent"):
        name = agent.find(f"{_TTM}name")
        if name is not None and name.text and name.text.strip():
            names[agent.get(_XML_ID)] = name.text.strip()
    paragraphs = []

    def visit(element, agents: str) -> None:
        agents = element.get(f"{_TTM}agent", agents)
        if element.tag.endswith("}p"):
            said_by = {names[agent] for agent in agents.split() if agent in names}
            paragraphs.append((element.get(_XML_ID), said_by.pop() if len(said_by) == 1 else None))
            element.text = f"{_MARK}{len(paragraphs) - 1}{_MARK}{element.text or ''}"
            return
        for child in element:
            visit(child, agents)

    visit(root, "")
    return paragraphs


def _ttml_paragraphs(elements, origin_s: float = 0.0, end_s: float | None = None, timed: bool = False):
    """Each paragraph with its start and end in seconds from the start of the media (ttconv keeps an element's times
    from its parent's begin); a paragraph without times takes its div's, and one without any is untimed."""
    from ttconv import model

    for element in elements:
        begin, end = element.get_begin(), element.get_end()
        start_s = origin_s + float(begin or 0)
        stop_s = origin_s + float(end) if end is not None else end_s
        has_times = timed or begin is not None or end is not None
        if isinstance(element, model.P):
            yield element, start_s if has_times else None, stop_s
        elif isinstance(element, (model.Body, model.Div)):
            yield from _ttml_paragraphs(element, start_s, stop_s, has_times)


def _ttml_words(paragraph) -> tuple[int, str, str | None]:
    """A paragraph's number (from its mark), words (its line breaks kept and a run in italics within it stressed)
    and the colour it is wholly written in, if its styles give one."""
    from ttconv import model
    from ttconv.style_properties import FontStyleType, StyleProperties

    runs = []  # (text, italic, colour)

    def collect(element, italic: bool, colour) -> None:
        style = element.get_style(StyleProperties.FontStyle)
        italic = style in (FontStyleType.italic, FontStyleType.oblique) if style is not None else italic
        colour = element.get_style(StyleProperties.Color) or colour
        if isinstance(element, model.Text):
            runs.append((element.get_text(), italic, colour))
        elif isinstance(element, model.Br):
            runs.append(("\n", italic, colour))
        for child in element:
            collect(child, italic, colour)

    collect(paragraph, False, None)
    _, index, first = runs[0][0].split(_MARK, 2)
    runs[0] = (first, *runs[0][1:])
    colours = {colour and tuple(colour.components[:3]) for text, _, colour in runs if text.strip()}
    colour = _nearest_colour(colours.pop()).capitalize() if len(colours) == 1 and None not in colours else None
    return int(index), stress_runs([(text, italic) for text, italic, _ in runs]), colour
