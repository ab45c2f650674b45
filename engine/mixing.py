"""Placing rendered lines on a timeline and mixing them into one track."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Clip:
    duration_s: float
    speaker: str | None = None
    cue_start_s: float | None = None  # where the script wants it, if timed


def place_clips(clips: list[Clip], gap_s: float, speaker_change_gap_s: float) -> list[float]:
    """Start time of each clip: at its cue when it has one (never overlapping the previous line),
    else after the previous line with the gap (a longer one when the speaker changes)."""
    starts: list[float] = []
    cursor = 0.0
    previous: Clip | None = None
    for clip in clips:
        if previous is None:
            earliest = 0.0
        else:
            earliest = cursor + (speaker_change_gap_s if clip.speaker != previous.speaker else gap_s)
        if clip.cue_start_s is not None:
            start = max(clip.cue_start_s, cursor)
        else:
            start = earliest
        starts.append(start)
        cursor = start + clip.duration_s
        previous = clip
    return starts


def mix(tracks: list[np.ndarray], starts_s: list[float], sample_rate: int, tail_s: float = 0.5) -> np.ndarray:
    """Sum mono tracks at their start times into one buffer."""
    if not tracks:
        return np.zeros(0, dtype=np.float32)
    offsets = [int(round(s * sample_rate)) for s in starts_s]
    length = max(o + t.size for o, t in zip(offsets, tracks)) + int(tail_s * sample_rate)
    out = np.zeros(length, dtype=np.float32)
    for offset, track in zip(offsets, tracks):
        out[offset : offset + track.size] += track
    return out
