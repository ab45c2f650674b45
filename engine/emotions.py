"""The product's emotion labels and the recognizer's typed estimate."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np


class Emotion(StrEnum):
    ANGER = "anger"
    DISGUST = "disgust"
    FEAR = "fear"
    JOY = "joy"
    NEUTRAL = "neutral"
    SADNESS = "sadness"
    SURPRISE = "surprise"


EMOTIONS: tuple[Emotion, ...] = tuple(Emotion)
UNCERTAIN_BELOW = 0.45  # calibrated confidence under this: more likely wrong than right
DEFAULT_INTENSITY = 0.5  # a line's intensity before anyone (recognizer or user) has set one


def automatic_intensity(emotion: str | None, detected: str | None, detected_intensity: float | None) -> float:
    """The intensity of a line whose intensity nobody set: the recognizer's, which measures how strongly the text
    reads as the emotion it detected. Directed to another emotion ("(nervously)" over a calm line), the line gets at
    least the default, or the emotion asked for would hardly be heard."""
    if detected_intensity is None:
        return DEFAULT_INTENSITY
    if emotion and emotion != detected and emotion != Emotion.NEUTRAL:
        return max(detected_intensity, DEFAULT_INTENSITY)
    return detected_intensity


class Modality(StrEnum):
    TEXT = "text"
    CONTEXT = "context"
    AUDIO = "audio"


@dataclass(frozen=True)
class EmotionEstimate:
    """What the recognizer believes about one line."""

    probabilities: dict[Emotion, float]
    intensity: float
    confidence: float
    modalities: tuple[Modality, ...] = field(default=(Modality.TEXT,))

    @property
    def emotion(self) -> Emotion:
        return max(self.probabilities, key=self.probabilities.get)

    @classmethod
    def from_vector(cls, probs: np.ndarray, intensity: float, modalities: tuple[Modality, ...]) -> EmotionEstimate:
        """Build an estimate from a probability vector in `EMOTIONS` order."""
        probs = np.asarray(probs, dtype=np.float64)
        probs = probs / probs.sum()
        return cls(
            probabilities={e: float(p) for e, p in zip(EMOTIONS, probs)},
            intensity=float(np.clip(intensity, 0.0, 1.0)),
            confidence=float(probs.max()),
            modalities=modalities,
        )

    @property
    def uncertain(self) -> bool:
        return self.confidence < UNCERTAIN_BELOW

    def vector(self) -> np.ndarray:
        return np.array([self.probabilities[e] for e in EMOTIONS])

    def to_json(self) -> dict:
        return {
            "emotion": self.emotion.value,
            "probabilities": {e.value: round(p, 6) for e, p in self.probabilities.items()},
            "intensity": round(self.intensity, 4),
            "confidence": round(self.confidence, 4),
            "modalities": [m.value for m in self.modalities],
        }


def parse_emotion(value: str) -> Emotion:
    """Parse a user-typed emotion name, accepting common synonyms."""
    from engine.errors import IntonateError

    key = value.strip().lower()
    key = _SYNONYMS.get(key, key)
    try:
        return Emotion(key)
    except ValueError:
        allowed = ", ".join(e.value for e in EMOTIONS)
        raise IntonateError(f"unknown emotion {value!r} (expected one of: {allowed})") from None


_SYNONYMS = {
    "angry": "anger", "disgusted": "disgust", "afraid": "fear", "fearful": "fear", "scared": "fear",
    "happy": "joy", "happiness": "joy", "calm": "neutral", "sad": "sadness", "surprised": "surprise",
}
