"""The emotion recognizer: composes the blind text scorer with dialogue context."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.emotions import EMOTIONS, Emotion, EmotionEstimate, Modality
from engine.text_context import context_strings
from engine.text_cues import cue_features
from engine.text_emotion import FinetunedTextModel, load_finetuned_model, load_text_model

CONTEXT_DECAY = 0.5  # each earlier turn counts half as much as the one after it
SAME_SPEAKER_BOOST = 2.0  # a speaker's own recent state says more about them than others'
NEUTRAL_INDEX = EMOTIONS.index(Emotion.NEUTRAL)


@dataclass(frozen=True)
class LineInput:
    id: str
    text: str
    speaker: str | None = None
    dialogue: str | None = None


def context_states(probs: np.ndarray, lines: list[LineInput]) -> list[np.ndarray | None]:
    """For each line, the decayed mix of earlier turns' emotions in its dialogue (None if none)."""
    states: list[np.ndarray | None] = []
    history: dict[str, list[tuple[str | None, np.ndarray]]] = {}
    for line, p in zip(lines, probs):
        if line.dialogue is None:
            states.append(None)
            continue
        turns = history.setdefault(line.dialogue, [])
        if turns:
            weights = np.array([
                CONTEXT_DECAY ** age * (SAME_SPEAKER_BOOST if speaker == line.speaker and speaker else 1.0)
                for age, (speaker, _) in enumerate(reversed(turns))
            ])
            stacked = np.stack([q for _, q in reversed(turns)])
            states.append(weights @ stacked / weights.sum())
        else:
            states.append(None)
        turns.append((line.speaker, p))
    return states


def fuse_context(probs: np.ndarray, state: np.ndarray | None, weight: float) -> np.ndarray:
    """Blend a line's own evidence with its dialogue state."""
    if state is None or weight <= 0:
        return probs
    fused = (1 - weight) * probs + weight * state
    return fused / fused.sum()


def estimate_intensity(probs: np.ndarray, arousal_z: float, text: str) -> float:
    """Intensity 0–1 from how non-neutral the line is, its predicted arousal and its written cues."""
    excl, shout, intens, soft, _, elong = cue_features(text)
    evidence = 1.0 - probs[NEUTRAL_INDEX]
    raw = 0.15 + 0.45 * evidence + 0.12 * arousal_z + 0.2 * excl + 0.2 * shout + 0.2 * intens + 0.1 * elong - 0.2 * soft
    return float(np.clip(raw, 0.0, 1.0))


def recognize(lines: list[LineInput], use_context: bool = True) -> list[EmotionEstimate]:
    """Estimate emotion, intensity and confidence for lines given in script order."""
    if not lines:
        return []
    finetuned = load_finetuned_model()
    if finetuned is not None:
        return _recognize_finetuned(finetuned, lines, use_context)
    model = load_text_model()
    probs, arousal = model.score([line.text for line in lines])
    states = context_states(probs, lines) if use_context else [None] * len(lines)
    estimates = []
    for line, p, a, state in zip(lines, probs, arousal, states):
        fused = fuse_context(p, state, model.context_weight)
        modalities = (Modality.TEXT, Modality.CONTEXT) if state is not None and model.context_weight > 0 else (Modality.TEXT,)
        estimates.append(EmotionEstimate.from_vector(fused, estimate_intensity(fused, float(a), line.text), modalities))
    return estimates


def _recognize_finetuned(model: FinetunedTextModel, lines: list[LineInput], use_context: bool) -> list[EmotionEstimate]:
    """The fine-tuned model reads each line together with its dialogue's last turns."""
    contexts = context_strings(lines) if use_context else [""] * len(lines)
    probs, arousal = model.score([line.text for line in lines], contexts)
    return [
        EmotionEstimate.from_vector(p, estimate_intensity(p, float(a), line.text),
                                    (Modality.TEXT, Modality.CONTEXT) if context else (Modality.TEXT,))
        for line, p, a, context in zip(lines, probs, arousal, contexts)
    ]


def model_version() -> str:
    finetuned = load_finetuned_model()
    return finetuned.version if finetuned is not None else load_text_model().version
