"""Turn a line of text into audio with a voice and per-take settings."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass, field

import numpy as np

from engine import audio as au
from engine.emotions import Emotion
from engine.errors import IntonateError
from engine.g2p import phonemize
from engine.text import has_speakable_text, split_sentences
from engine.tts_engines import run_engine
from engine.voices import Voice

log = logging.getLogger(__name__)

ENGINE_VERSION = "1"  # bump when the same settings would render differently
SENTENCE_PAUSE_S = 0.32
QUESTION_PAUSE_S = 0.38
CLAUSE_PAUSE_S = 0.16
RATE_RANGE = (0.5, 2.0)
PITCH_RANGE_ST = (-12.0, 12.0)
VOLUME_RANGE_DB = (-30.0, 12.0)
INTENSITY_RANGE = (0.0, 1.5)
PAUSE_RANGE_S = (0.0, 10.0)


@dataclass(frozen=True)
class SynthesisSettings:
    """What one take asks for. Validated on creation; change with `dataclasses.replace`."""

    emotion: Emotion = Emotion.NEUTRAL
    intensity: float = 0.5
    rate: float = 1.0  # speaking-rate multiplier
    pitch: float = 0.0  # semitones
    volume: float = 0.0  # dB
    pause_before: float = 0.0  # seconds
    pause_after: float = 0.0  # seconds

    def __post_init__(self) -> None:
        object.__setattr__(self, "emotion", Emotion(self.emotion))
        for name, (low, high) in {
            "intensity": INTENSITY_RANGE, "rate": RATE_RANGE, "pitch": PITCH_RANGE_ST,
            "volume": VOLUME_RANGE_DB, "pause_before": PAUSE_RANGE_S, "pause_after": PAUSE_RANGE_S,
        }.items():
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
                raise IntonateError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
            object.__setattr__(self, name, float(value))

    def to_json(self) -> dict:
        data = asdict(self)
        data["emotion"] = self.emotion.value
        return data

    @classmethod
    def from_json(cls, data: dict) -> SynthesisSettings:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class Rendered:
    audio: np.ndarray = field(repr=False)
    sample_rate: int

    @property
    def duration_s(self) -> float:
        return self.audio.size / self.sample_rate


def render_key(text: str, voice: Voice, settings: SynthesisSettings) -> str:
    """A content hash that changes whenever the audio would."""
    payload = json.dumps(
        {"text": text, "voice": voice.id, "settings": settings.to_json(), "engine": ENGINE_VERSION},
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def synthesize(text: str, voice: Voice, settings: SynthesisSettings | None = None) -> Rendered:
    """Render text sentence by sentence, joined with natural pauses, at the voice's sample rate."""
    settings = settings or SynthesisSettings()
    rate_hz = voice.sample_rate
    if not has_speakable_text(text):
        raise IntonateError("nothing to say: the text has no words")
    pieces: list[np.ndarray] = [au.silence(settings.pause_before, rate_hz)]
    chunks = split_sentences(text)
    for index, chunk in enumerate(chunks):
        clauses = phonemize(chunk, voice.espeak_voice)
        if not clauses:
            continue
        seed = int(hashlib.sha256(f"{voice.id}|{chunk}".encode()).hexdigest()[:8], 16)
        speech = au.trim_silence(run_engine(voice, clauses, settings.rate, seed), rate_hz)
        pieces.append(au.fade_edges(speech, rate_hz))
        if index < len(chunks) - 1:
            pieces.append(au.silence(_pause_after(chunk) / settings.rate, rate_hz))
    audio = np.concatenate(pieces)
    if settings.pitch:
        audio = shift_pitch(audio, rate_hz, settings.pitch)
    audio = audio * au.db_to_gain(settings.volume)
    audio = np.concatenate([audio, au.silence(settings.pause_after, rate_hz)]).astype(np.float32)
    return Rendered(audio=audio, sample_rate=rate_hz)


def _pause_after(chunk: str) -> float:
    end = chunk.rstrip()[-1:]
    if end in ".!…":
        return SENTENCE_PAUSE_S
    if end == "?":
        return QUESTION_PAUSE_S
    return CLAUSE_PAUSE_S


def shift_pitch(audio: np.ndarray, sample_rate: int, semitones: float) -> np.ndarray:
    """Shift pitch by PSOLA (Praat), keeping formants and duration."""
    import parselmouth
    from parselmouth.praat import call

    if audio.size < sample_rate // 10:
        return audio
    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=sample_rate)
    pitch = sound.to_pitch()
    median = call(pitch, "Get quantile", 0, 0, 0.5, "Hertz")
    if not np.isfinite(median) or median <= 0:
        log.warning("no pitch found; pitch shift skipped")
        return audio
    target = median * 2 ** (semitones / 12)
    shifted = call(sound, "Change gender", 60, 600, 1.0, target, 1.0, 1.0)
    return shifted.values[0].astype(np.float32)[: audio.size]
