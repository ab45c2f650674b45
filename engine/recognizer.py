"""The emotion recognizer: the blind text scorer, read with each line's dialogue context."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.emotions import EMOTIONS, Emotion, EmotionEstimate, Modality
from engine.text_context import context_strings
from engine.text_cues import cue_features
from engine.text_emotion import load_text_model

NEUTRAL_INDEX = EMOTIONS.index(Emotion.NEUTRAL)


@dataclass(frozen=True)
class LineInput:
    id: str
    text: str
    speaker: str | None = None
    dialogue: str | None = None


def estimate_intensity(probs: np.ndarray, arousal_z: float, text: str) -> float:
    """Intensity 0–1 from how non-neutral the line is, its predicted arousal and its written cues."""
    excl, shout, intens, soft, _, elong = cue_features(text)
    evidence = 1.0 - probs[NEUTRAL_INDEX]
    raw = 0.15 + 0.45 * evidence + 0.12 * arousal_z + 0.2 * excl + 0.2 * shout + 0.2 * intens + 0.1 * elong - 0.2 * soft
    return float(np.clip(raw, 0.0, 1.0))


def recognize(lines: list[LineInput], use_context: bool = True) -> list[EmotionEstimate]:
    """Estimate emotion, intensity and confidence for lines given in script order; lines that share a
    dialogue are read with its last turns."""
    if not lines:
        return []
    contexts = context_strings(lines) if use_context else [""] * len(lines)
    probs, arousal = load_text_model().score([line.text for line in lines], contexts)
    return [
        EmotionEstimate.from_vector(p, estimate_intensity(p, float(a), line.text),
                                    (Modality.TEXT, Modality.CONTEXT) if context else (Modality.TEXT,))
        for line, p, a, context in zip(lines, probs, arousal, contexts)
    ]


def model_version() -> str:
    return load_text_model().version
