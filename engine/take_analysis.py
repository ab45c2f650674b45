"""Reading a reference take: trim it, hear what it says, measure how trustworthy it is, and extract its features."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.asr import WHISPER_SAMPLE_RATE_HZ, Transcript, transcribe_with_states, word_error_rate
from engine.take_features import take_features, trim_silence
from engine.voice_features import frames_of

CLIPPED_LEVEL = 0.99
MISMATCH_WER = 0.5  # above this the take is probably not this line: warn
SNR_FLOOR_DB, SNR_CLEAN_DB = 3.0, 20.0  # audio weight 0 at the floor, full from "clean"
SPEECH_MIN_S, SPEECH_FULL_S = 0.3, 1.0


@dataclass(frozen=True)
class Reliability:
    """How far a take can be trusted as evidence of the intended delivery, with the reasons it cannot."""

    snr_db: float
    clipped_fraction: float
    speech_s: float
    speech_ratio: float
    word_error_rate: float | None
    weight: float  # 0 (ignore the take) to 1 (fully trusted)
    problems: tuple[str, ...]

    def to_json(self) -> dict:
        return {"snr_db": round(self.snr_db, 1), "clipped_fraction": round(self.clipped_fraction, 4),
                "speech_s": round(self.speech_s, 2), "speech_ratio": round(self.speech_ratio, 3),
                "word_error_rate": None if self.word_error_rate is None else round(self.word_error_rate, 3),
                "weight": round(self.weight, 3), "problems": list(self.problems)}


@dataclass(frozen=True)
class TakeAnalysis:
    audio: np.ndarray  # trimmed, 16 kHz mono
    transcript: Transcript
    features: np.ndarray
    reliability: Reliability

    @property
    def duration_s(self) -> float:
        return self.audio.size / WHISPER_SAMPLE_RATE_HZ


def estimate_snr_db(audio: np.ndarray) -> float:
    """Signal-to-noise ratio from frame powers: the quietest tenth of 20 ms frames is taken as the noise floor."""
    frames = frames_of(audio, WHISPER_SAMPLE_RATE_HZ)
    if len(frames) < 10:
        return 0.0
    power = (frames**2).mean(axis=1) + 1e-12
    noise = np.percentile(power, 10)
    signal = max(power.mean() - noise, 1e-12)
    return float(np.clip(10 * np.log10(signal / noise), -20.0, 80.0))


def _ramp(value: float, low: float, high: float) -> float:
    return float(np.clip((value - low) / (high - low), 0.0, 1.0))


def assess(audio: np.ndarray, speech_s: float, wer: float | None) -> Reliability:
    """Reliability of a take (16 kHz, untrimmed) from its noise, clipping, amount of speech and transcript match."""
    total_s = audio.size / WHISPER_SAMPLE_RATE_HZ
    snr = estimate_snr_db(audio)
    clipped = float((np.abs(audio) >= CLIPPED_LEVEL).mean()) if audio.size else 0.0
    problems = []
    if speech_s < SPEECH_MIN_S:
        problems.append("no speech found in the take")
    if snr < SNR_CLEAN_DB - 5:
        problems.append(f"noisy take (signal-to-noise {snr:.0f} dB)")
    if clipped > 0.001:
        problems.append(f"clipped take ({clipped:.1%} of samples at full scale)")
    if wer is not None and wer > MISMATCH_WER:
        problems.append(f"the take does not say the line (word error rate {wer:.0%})")
    weight = (_ramp(snr, SNR_FLOOR_DB, SNR_CLEAN_DB) * (1.0 - _ramp(clipped, 0.0, 0.02))
              * _ramp(speech_s, SPEECH_MIN_S, SPEECH_FULL_S)
              * (1.0 if wer is None else 1.0 - 0.7 * _ramp(wer, 0.3, 1.0)))
    return Reliability(snr, clipped, speech_s, speech_s / total_s if total_s else 0.0, wer, weight, tuple(problems))


def analyze_take(audio: np.ndarray, line_text: str | None) -> TakeAnalysis:
    """VAD trim, Whisper transcript (checked against the line's text when given), reliability and features."""
    trimmed = trim_silence(audio)
    transcript, states = Transcript("", ()), None
    if trimmed.speech_s > 0:
        transcript, states = transcribe_with_states(trimmed.audio)
    wer = word_error_rate(line_text, transcript.text) if line_text and line_text.strip() else None
    features = take_features(trimmed.audio, states)
    return TakeAnalysis(trimmed.audio, transcript, features, assess(audio, trimmed.speech_s, wer))
