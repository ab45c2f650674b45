"""Subtitles: .srt, .vtt and .ass/.ssa cues as timed lines, with their speakers and dashed turns."""

from __future__ import annotations

import io
import re
from itertools import accumulate

from app.importers.lines import ParsedScript, ScriptImportError, cue_fields, make_line, speaker_turn, stressed

_TAG = re.compile(r"<[^>]+>")


_VOICE_SPAN = re.compile(r"<v(?:\.[\w.]+)?\s+([^>]+)>")


def _speaker_from_caption(text: str) -> tuple[str | None, str]:
    voice = _VOICE_SPAN.search(text)
    speaker = voice.group(1).strip() if voice else None
    plain = " ".join(_TAG.sub(" ", text).split())
    if speaker is None:
        match = speaker_turn(plain)
        if match:
            speaker, paren, words = match.groups()
            plain = f"{paren or ''} {words}".strip()
    return speaker, plain


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
                 start_s: float, end_s: float, actors: list[str] | None = None) -> None:
    """A subtitle's line, or one line per turn where the subtitle gives two speakers' turns ("- Where were you?" /
    "- Out."), the cue's time shared by their length and their ids 4a, 4b. `actors` name who says the turns, in
    order, where the format keeps them apart from the words (an .ass event's actor)."""
    turns = [turn for turn in _caption_turns(text) if turn.strip()]
    cue_fields(where, start_s, end_s)  # a bad cue is refused whole, before it is shared
    if not turns:
        return
    bounds = [0, *accumulate(len(turn.strip()) for turn in turns)]
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
    """An event's words, its line breaks kept and a run in italics within it marked as stressed (`*word*`); a line
    wholly in italics (a thought, a voice on the phone) stresses nothing."""
    from pysubs2 import SSAStyle
    from pysubs2.formats.substation import parse_tags

    style = styles.get(event.style, SSAStyle.DEFAULT_STYLE)
    runs = []
    for fragment, run_style in parse_tags(event.text, style, styles, skip_empty_fragments=True):
        fragment = re.sub(r"{[^}]*}", "", fragment)  # a {comment} is the translator's, not the line's
        fragment = fragment.replace("\\N", "\n").replace("\\n", "\n").replace("\\h", " ")
        runs.append((fragment, run_style.italic))
    italics = {italic for fragment, italic in runs if fragment.strip()}
    if italics != {True, False}:  # no italics, or the whole line in them
        return "".join(fragment for fragment, _ in runs)
    return "".join(stressed(fragment) if italic else fragment for fragment, italic in runs)
