"""Subtitles: .srt and .vtt cues as timed lines, with their speakers and dashed turns."""

from __future__ import annotations

import io
import re
from itertools import accumulate

from app.importers.lines import ParsedScript, ScriptImportError, cue_fields, make_line, speaker_turn

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
                 start_s: float, end_s: float) -> None:
    """A subtitle's line, or one line per turn where the subtitle gives two speakers' turns ("- Where were you?" /
    "- Out."), the cue's time shared by their length and their ids 4a, 4b."""
    turns = [turn for turn in _caption_turns(text) if turn.strip()]
    cue_fields(where, start_s, end_s)  # a bad cue is refused whole, before it is shared
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
