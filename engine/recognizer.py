"""The emotion recognizer: the text scorer read with each line's dialogue context, fused with reference takes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from engine.emotions import EMOTIONS, Emotion, EmotionEstimate, Modality
from engine.fusion import Votes, fuse, text_reliability
from engine.speech_emotion import SpeakerBaseline, load_speech_model
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


@dataclass(frozen=True)
class TakeEvidence:
    """What the recognizer needs of a line's reference take: its features and how far it can be trusted."""

    features: np.ndarray
    trust: float


def speaker_baselines(lines: list[LineInput], takes: list[TakeEvidence | None]) -> dict[str, SpeakerBaseline]:
    """Per named speaker, the baseline of all their takes, when there are enough of them."""
    by_speaker: dict[str, list[np.ndarray]] = defaultdict(list)
    for line, take in zip(lines, takes):
        if take is not None and line.speaker:
            by_speaker[line.speaker].append(take.features)
    baselines = {speaker: SpeakerBaseline.from_features(np.stack(rows)) for speaker, rows in by_speaker.items()}
    return {speaker: baseline for speaker, baseline in baselines.items() if baseline is not None}


def audio_estimates(lines: list[LineInput], takes: list[TakeEvidence | None]) -> list[EmotionEstimate | None]:
    """The speech emotion model's reading of each take, normalized by its speaker's baseline where one exists."""
    baselines = speaker_baselines(lines, takes)
    model = load_speech_model()
    out: list[EmotionEstimate | None] = []
    for line, take in zip(lines, takes):
        if take is None:
            out.append(None)
            continue
        probs, intensity = model.score(take.features, baselines.get(line.speaker or ""))
        out.append(EmotionEstimate.from_vector(probs[0], float(intensity[0]), (Modality.AUDIO,)))
    return out


def recognize_with_takes(lines: list[LineInput], takes: list[TakeEvidence | None], use_context: bool = True,
                         use_text: bool = True, use_audio: bool = True) -> list[Votes]:
    """Text (with context) and reference takes, each weighted by its reliability, fused line by line."""
    texts = recognize(lines, use_context) if use_text else [None] * len(lines)
    audios = audio_estimates(lines, takes) if use_audio else [None] * len(lines)
    return [
        fuse(text, text_reliability(text, line.text) if text else 0.0, audio, take.trust if take and audio else 0.0)
        for line, text, audio, take in zip(lines, texts, audios, takes)
    ]


def model_version() -> str:
    return f"{load_text_model().version}+{load_speech_model().version}"
