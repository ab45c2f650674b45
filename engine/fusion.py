"""Fusing the text reading (with its dialogue context) and a reference take, each weighted by how far it can be
trusted, into one calibrated estimate.

Linear pooling: p = w_text·p_text + w_audio·p_audio (weights summing to 1), so the result never favours an emotion
that neither input supports (log-linear pooling did, on contradictory inputs). The take is the director's own
reading, so a trustworthy take leads; the text counts in proportion to its evidence (a line the text model finds
neutral says little about how it should be delivered) and counts more as the take's reliability drops. A missing,
silent or noisy take leaves the text estimate as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.emotions import EMOTIONS, Emotion, EmotionEstimate, Modality

NEUTRAL = EMOTIONS.index(Emotion.NEUTRAL)
TEXT_WEIGHT_WITH_TAKE = 0.5  # the text's share of the say once a take is fully trusted
MIN_WEIGHT = 1e-3


@dataclass(frozen=True)
class Votes:
    """Each input's reading and the weight it got, and the fused result the studio shows."""

    text: EmotionEstimate | None
    audio: EmotionEstimate | None
    text_weight: float
    audio_weight: float
    fused: EmotionEstimate


def text_reliability(estimate: EmotionEstimate, text: str) -> float:
    """0–1: how much the text says about delivery — its non-neutral evidence, less for very short lines."""
    words = len(text.split())
    length = float(np.clip(words / 4, 0.25, 1.0))
    return float(np.clip(1.0 - estimate.probabilities[Emotion.NEUTRAL], 0.05, 1.0)) * length


def fuse(text: EmotionEstimate | None, text_trust: float, audio: EmotionEstimate | None, audio_trust: float) -> Votes:
    """One estimate from whichever inputs exist; with neither, neutral with a confidence (25 %) that says so."""
    if audio is None or audio_trust < MIN_WEIGHT:
        if text is None:
            flat = np.ones(len(EMOTIONS))
            flat[NEUTRAL] = 2.0  # neutral is the default delivery, but nothing here supports any answer
            return Votes(None, audio, 0.0, 0.0, EmotionEstimate.from_vector(flat, 0.0, ()))
        return Votes(text, audio, 1.0, 0.0, text)
    if text is None:  # doubt about the take shows as lower confidence, not a different answer
        probs = audio_trust * audio.vector() + (1.0 - audio_trust) / len(EMOTIONS)
        return Votes(None, audio, 0.0, 1.0, EmotionEstimate.from_vector(probs, audio.intensity, (Modality.AUDIO,)))
    audio_weight = audio_trust
    text_weight = text_trust * (1.0 - (1.0 - TEXT_WEIGHT_WITH_TAKE) * audio_trust)
    total = audio_weight + text_weight
    a, t = audio_weight / total, text_weight / total
    probs = a * audio.vector() + t * text.vector()
    intensity = a * audio.intensity + t * text.intensity
    modalities = tuple(dict.fromkeys(text.modalities + (Modality.AUDIO,)))
    return Votes(text, audio, t, a, EmotionEstimate.from_vector(probs, intensity, modalities))
