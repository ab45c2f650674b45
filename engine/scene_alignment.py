"""Find each script line in one recording of the whole scene, from Whisper's word timings.

The heard words are aligned to the script's words (longest matching runs, as difflib finds them), so a
misheard word, an ad-lib or a skipped line does not throw the rest off. A line is found when at least half
its words were heard in order; its span runs from its first to its last heard word.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from engine.asr import Word, normalize_words

MIN_SHARE_HEARD = 0.5
LEAD_S, TAIL_S = 0.15, 0.25  # room kept before the first word and after the last


def line_spans(words: list[Word], line_texts: list[str], duration_s: float) -> list[tuple[float, float] | None]:
    """For each line, (start, end) in seconds within the recording, or None when it was not heard."""
    script: list[tuple[int, str]] = [(index, w) for index, text in enumerate(line_texts) for w in normalize_words(text)]
    heard: list[tuple[int, str]] = [(index, w) for index, word in enumerate(words) for w in normalize_words(word.text)]
    matcher = SequenceMatcher(None, [w for _, w in script], [w for _, w in heard], autojunk=False)
    heard_by_line: dict[int, list[int]] = {}
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            line = script[block.a + offset][0]
            heard_by_line.setdefault(line, []).append(heard[block.b + offset][0])
    spans: list[tuple[float, float] | None] = []
    for index, text in enumerate(line_texts):
        found = heard_by_line.get(index, [])
        if not found or len(found) < MIN_SHARE_HEARD * len(normalize_words(text)):
            spans.append(None)
            continue
        spans.append((words[min(found)].start_s, words[max(found)].end_s))
    return _with_room(spans, duration_s)


def _with_room(spans: list[tuple[float, float] | None], duration_s: float) -> list[tuple[float, float] | None]:
    """Widen each span by a little room, never past the middle of the gap to its heard neighbours."""
    found = [(i, span) for i, span in enumerate(spans) if span is not None]
    out = list(spans)
    for position, (index, (start, end)) in enumerate(found):
        before = (found[position - 1][1][1] + start) / 2 if position > 0 else 0.0
        after = (end + found[position + 1][1][0]) / 2 if position + 1 < len(found) else duration_s
        out[index] = (max(before, start - LEAD_S), min(after, end + TAIL_S))
    return out
