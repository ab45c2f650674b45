"""Emotion → prosody: how far a line's delivery moves from neutral, grounded in human actors.

The shifts are RAVDESS actors' own (each relative to that actor's neutral reading of the same sentence,
median over 20 actors; `python -m engine.training.prosody_from_ravdess`). Intensity 1 is the actors'
"normal" emotional reading; above 1 the shift moves towards their "strong" reading, reaching half-way
at 1.5 ("exaggerated"); below 1 it scales down to neutral at 0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from engine.emotions import Emotion
from engine.paths import MODELS_DIR
from engine.voices import get_voice

SHIFTS_PATH = MODELS_DIR / "prosody" / "ravdess_shifts.json"
RATE_CALIBRATION_PATH = MODELS_DIR / "prosody" / "rate_calibration.json"
ALPHA_RANGE = (0.4, 1.6)
EXAGGERATION_SHARE = 0.5  # at intensity 1.5, how far from "normal" towards "strong"
MAX_INTENSITY = 1.5


@dataclass(frozen=True)
class ProsodyPlan:
    """Targets relative to the voice's neutral delivery."""

    rate: float = 1.0  # speaking-rate multiplier
    pitch_st: float = 0.0  # pitch level shift, semitones
    range_ratio: float = 1.0  # pitch range multiplier (around the speaker's median)
    loudness_db: float = 0.0
    tilt_db: float = 0.0  # brightness: high-shelf gain above 1 kHz


@lru_cache(maxsize=1)
def _shift_table() -> dict[str, dict[str, dict[str, float]]]:
    return json.loads(SHIFTS_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _rate_exponents() -> dict[str, float]:
    if not RATE_CALIBRATION_PATH.exists():
        return {}
    return json.loads(RATE_CALIBRATION_PATH.read_text(encoding="utf-8"))


def engine_speed(voice_id: str, rate: float) -> float:
    """The engine `speed` that makes this voice speak `rate` times faster.

    Speed controls are not linear (measured: speech gets speed**alpha faster, alpha 0.5–1.1 by voice;
    `python -m engine.training.calibrate_rate`), so the request is raised to 1/alpha.
    """
    parts = get_voice(voice_id).parts or ((voice_id, 1.0),)  # a blend responds like its voices, weighted
    alpha = float(np.clip(sum(w * _rate_exponents().get(v, 1.0) for v, w in parts), *ALPHA_RANGE))
    return rate ** (1.0 / alpha)


def _interpolate(low: float, high: float, share: float) -> float:
    return low + (high - low) * share


def plan_prosody(emotion: Emotion, intensity: float) -> ProsodyPlan:
    """The prosody targets for an emotion at an intensity from 0 (neutral) to 1.5 (exaggerated)."""
    intensity = float(np.clip(intensity, 0.0, MAX_INTENSITY))
    table = _shift_table().get(Emotion(emotion).value)
    if not table or emotion == Emotion.NEUTRAL or intensity == 0:
        return ProsodyPlan()
    normal, strong = table["normal"], table.get("strong", table["normal"])
    if intensity <= 1.0:
        def value(key: str, neutral: float) -> float:
            return _interpolate(neutral, normal[key], intensity)
    else:
        share = (intensity - 1.0) / (MAX_INTENSITY - 1.0) * EXAGGERATION_SHARE

        def value(key: str, neutral: float) -> float:
            return _interpolate(normal[key], strong[key], share)
    return ProsodyPlan(
        rate=value("rate_ratio", 1.0),
        pitch_st=value("pitch_st", 0.0),
        range_ratio=value("range_ratio", 1.0),
        loudness_db=value("loudness_db", 0.0),
        tilt_db=value("tilt_db", 0.0),
    )
