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
    else after the previous line with the gap (another when the speaker changes; a negative one
    lets the next speaker come in before the last has finished, as people do)."""
    starts: list[float] = []
    cursor = 0.0
    previous: Clip | None = None
    for clip in clips:
        if previous is None:
            earliest = 0.0
        else:
            earliest = max(cursor + (speaker_change_gap_s if clip.speaker != previous.speaker else gap_s), 0.0)
        if clip.cue_start_s is not None:
            start = max(clip.cue_start_s, cursor)
        else:
            start = earliest
        starts.append(start)
        cursor = start + clip.duration_s
        previous = clip
    return starts


def mix(tracks: list[np.ndarray], starts_s: list[float], sample_rate: int, tail_s: float = 0.5,
        length: int | None = None) -> np.ndarray:
    """Sum mono tracks at their start times into one buffer (of `length` samples when given)."""
    offsets = [int(round(s * sample_rate)) for s in starts_s]
    if length is None:
        length = max((o + t.size for o, t in zip(offsets, tracks)), default=0) + int(tail_s * sample_rate) * bool(tracks)
    out = np.zeros(length, dtype=np.float32)
    for offset, track in zip(offsets, tracks):
        out[offset : offset + track.size] += track
    return out


FRAME_S = 0.01
SPEECH_GATE_DB = -45.0  # speech mix frames above this (dBFS) count as someone speaking


def speech_activity(speech: np.ndarray, sample_rate: int) -> np.ndarray:
    """One boolean per 10 ms frame: is anyone speaking?"""
    frame = int(sample_rate * FRAME_S)
    usable = speech[: speech.size // frame * frame].reshape(-1, frame)
    level = 20 * np.log10(np.sqrt((usable.astype(np.float64) ** 2).mean(axis=1)) + 1e-12)
    return level > SPEECH_GATE_DB


def ducking_gain(active: np.ndarray, duck_db: float, attack_ms: float, release_ms: float) -> np.ndarray:
    """Per-frame gain in dB: down by `duck_db` while speech is active, easing down over the attack
    and back up over the release (a side-chain compressor's envelope)."""
    down = FRAME_S * 1000 / max(attack_ms, FRAME_S * 1000)
    up = FRAME_S * 1000 / max(release_ms, FRAME_S * 1000)
    gain = np.zeros(active.size)
    current = 0.0
    for index, speaking in enumerate(active):
        target = -duck_db if speaking else 0.0
        step = down if target < current else up
        current += (target - current) * min(step * 3.0, 1.0)  # ~95 % of the way in one attack/release time
        gain[index] = current
    return gain


def add_music_bed(speech: np.ndarray, music: np.ndarray, sample_rate: int, bed_db: float, duck_db: float,
                  attack_ms: float = 80.0, release_ms: float = 500.0, fade_s: float = 2.0) -> np.ndarray:
    """Mix music under speech: looped to length, `bed_db` relative to the speech level, ducked by
    `duck_db` whenever anyone speaks, faded in and out."""
    from engine.audio import db_to_gain, speech_level

    if music.size == 0:
        return speech
    looped = np.resize(music.astype(np.float32), speech.size)  # np.resize repeats the music
    music_level, speech_level_db = speech_level(looped, sample_rate), speech_level(speech, sample_rate)
    if np.isfinite(music_level) and np.isfinite(speech_level_db):
        looped = looped * db_to_gain(speech_level_db + bed_db - music_level)
    gain_db = ducking_gain(speech_activity(speech, sample_rate), duck_db, attack_ms, release_ms)
    frame = int(sample_rate * FRAME_S)
    frame_times = (np.arange(gain_db.size) + 0.5) * frame
    envelope = 10 ** (np.interp(np.arange(speech.size), frame_times, gain_db) / 20)
    fade = np.ones(speech.size, np.float32)
    n = min(int(fade_s * sample_rate), speech.size // 2)
    if n:
        ramp = np.linspace(0.0, 1.0, n, dtype=np.float32)
        fade[:n], fade[-n:] = ramp, ramp[::-1]
    return (speech + looped * envelope * fade).astype(np.float32)
