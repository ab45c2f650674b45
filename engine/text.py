"""Text preparation for synthesis: sentence splitting and tidying."""

from __future__ import annotations

import re
from functools import lru_cache

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


def has_speakable_text(text: str) -> bool:
    """True when the text holds at least one letter or digit."""
    return any(ch.isalnum() for ch in text)
