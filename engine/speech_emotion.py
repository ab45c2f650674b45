"""The speech emotion model: calibrated probabilities over the 7 emotions and an intensity from a take's features.

Two linear read-outs trained on RAVDESS (`python -m engine.training.speech_emotion`): one on the features as they
are, and one on features normalized by the speaker's own statistics, used once enough takes of that speaker are
known (emotion is a deviation from how that person usually sounds).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from engine.paths import MODELS_DIR
from engine.text_emotion import softmax

SPEECH_MODEL_DIR = MODELS_DIR / "speech_emotion"
MIN_BASELINE_TAKES = 8  # fewer takes of a speaker give too noisy a mean and spread to normalize by


@dataclass(frozen=True)
class SpeakerBaseline:
    """Mean and spread of one speaker's take features."""

    mean: np.ndarray
    std: np.ndarray
    takes: int

    @classmethod
    def from_features(cls, features: np.ndarray) -> SpeakerBaseline | None:
        """The baseline of a speaker's takes (rows), or None when there are too few to trust."""
        if len(features) < MIN_BASELINE_TAKES:
            return None
        return cls(features.mean(axis=0), features.std(axis=0) + 1e-6, len(features))

    def normalize(self, features: np.ndarray) -> np.ndarray:
        return (features - self.mean) / self.std


@dataclass(frozen=True)
class LinearReadout:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # [classes or 1, features]
    bias: np.ndarray

    def __call__(self, features: np.ndarray) -> np.ndarray:
        return ((features - self.mean) / self.scale) @ self.weights.T + self.bias


@dataclass(frozen=True)
class SpeechEmotionModel:
    raw: LinearReadout
    speaker: LinearReadout
    intensity: LinearReadout
    temperature_raw: float
    temperature_speaker: float
    neutral_registers: dict  # {"low"|"high": {"f0_st", "range_st"}} of RAVDESS actors' neutral readings
    version: str

    def score(self, features: np.ndarray, baseline: SpeakerBaseline | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Calibrated probabilities [n, 7] in `EMOTIONS` order and intensity 0–1 [n] for feature rows [n, d]."""
        features = np.atleast_2d(features).astype(np.float64)
        if baseline is None:
            probs = softmax(self.raw(features) / self.temperature_raw)
        else:
            probs = softmax(self.speaker(baseline.normalize(features)) / self.temperature_speaker)
        intensity = np.clip(self.intensity(features)[:, 0], 0.0, 1.0)
        return probs, intensity


@lru_cache(maxsize=1)
def load_speech_model() -> SpeechEmotionModel:
    arrays = np.load(SPEECH_MODEL_DIR / "model.npz")
    metrics = json.loads((SPEECH_MODEL_DIR / "metrics.json").read_text())

    def readout(prefix: str) -> LinearReadout:
        return LinearReadout(*(arrays[f"{prefix}_{part}"].astype(np.float64) for part in ("mean", "scale", "weights", "bias")))

    return SpeechEmotionModel(readout("raw"), readout("speaker"), readout("intensity"),
                              metrics["temperature"]["raw"], metrics["temperature"]["speaker"], metrics["neutral_registers"],
                              metrics["version"])
