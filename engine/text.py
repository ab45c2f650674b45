"""Text preparation for synthesis: sentence splitting and tidying."""

from __future__ import annotations

import re
from functools import lru_cache

# [[IPA]] typed in a line: no brackets inside, so an unclosed "[[[[…" is rejected in linear time.
IPA_BLOCK = re.compile(r"\[\[([^\[\]]+)\]\]")
# Markup passed on as typed (normalization leaves it alone): break tags and [[IPA]] blocks.
MARKUP = re.compile(r"(<break\b[^>]*>|\[\[[^\[\]]+\]\])", re.IGNORECASE)
MAX_CHUNK_CHARS = 280  # engines garble past ~300 characters; longer sentences split at clauses


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[str]:
    """Split text into sentences, then split over-long sentences at clause boundaries."""
    text = " ".join(text.split())
    if not text:
        return []
    chunks: list[str] = []
    for sentence in _segmenter().segment(text):
        chunks.extend(_split_long(sentence.strip()))
    return [c for c in chunks if c]


def _split_long(sentence: str) -> list[str]:
    if len(sentence) <= MAX_CHUNK_CHARS:
        return [sentence]
    parts = re.split(r"(?<=[,;:—–])\s+", sentence)
    chunks, current = [], ""
    for part in parts:
        if current and len(current) + 1 + len(part) > MAX_CHUNK_CHARS:
            chunks.append(current)
            current = part
        else:
            current = f"{current} {part}".strip()
    if current:
        chunks.append(current)
    # A clause still too long (no punctuation at all): cut at word boundaries.
    out: list[str] = []
    for chunk in chunks:
        while len(chunk) > MAX_CHUNK_CHARS:
            cut = chunk.rfind(" ", 0, MAX_CHUNK_CHARS)
            cut = cut if cut > 0 else MAX_CHUNK_CHARS
            out.append(chunk[:cut].strip())
            chunk = chunk[cut:].strip()
        out.append(chunk)
    return out


BREAK_TAG = re.compile(r"<break\s+time\s*=\s*[\"']?\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*[\"']?\s*/?>", re.IGNORECASE)
MAX_BREAK_S = 60.0  # a meditation script's silence


def break_seconds(value: str, unit: str) -> float:
    """A break tag's length in seconds ("500", "ms": 0.5), at most MAX_BREAK_S."""
    return min(float(value) / (1000 if unit.lower() == "ms" else 1), MAX_BREAK_S)


def split_with_breaks(text: str) -> list[tuple[str, float | None]]:
    """Chunks to render, each with the pause after it: a `<break time="…"/>` tag's length, else None
    (the synthesizer's natural pause for the chunk's punctuation)."""
    pieces = BREAK_TAG.split(text)
    chunks: list[tuple[str, float | None]] = []
    for index in range(0, len(pieces), 3):
        sentences = split_sentences(pieces[index])
        pause = None
        if index + 2 < len(pieces):
            pause = break_seconds(pieces[index + 1], pieces[index + 2])
        if not sentences:
            if chunks and pause is not None:  # a break right after a break
                chunks[-1] = (chunks[-1][0], (chunks[-1][1] or 0.0) + pause)
            elif pause is not None:  # a break before the first words: silence, then them
                chunks.append(("", pause))
            continue
        chunks.extend((sentence, None) for sentence in sentences[:-1])
        chunks.append((sentences[-1], pause))
    return chunks


def strip_markup(text: str) -> str:
    """The words alone, as a reader sees them: no break tags, no emphasis stars, no [[IPA]] blocks."""
    text = BREAK_TAG.sub(" ", text)
    text = IPA_BLOCK.sub(" ", text)
    return " ".join(text.replace("*", "").split())  # "say, *this*." is "say, this." (was "say, this .")


def has_speakable_text(text: str) -> bool:
    """True when the text holds at least one letter or digit outside markup."""
    return any(ch.isalnum() for ch in BREAK_TAG.sub(" ", text))
