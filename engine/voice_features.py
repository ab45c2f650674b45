"""Prosodic measurements of a take: pitch level and range, speaking time, loudness, spectral tilt."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

PITCH_FLOOR_HZ = 70.0
PITCH_CEILING_HZ = 600.0
ACTIVE_THRESHOLD_DB = -35.0  # frames this far below the loudest frame count as silence
FRAME_S = 0.02
TILT_SPLIT_HZ = 1000.0


@dataclass(frozen=True)
class ProsodyMeasure:
    f0_median_st: float  # semitones re 100 Hz
    f0_range_st: float  # 10th to 90th percentile, semitones
    active_s: float  # time with sound (speaking time without pauses)
    loudness_db: float  # RMS of the active frames, dBFS
    tilt_db: float  # energy above 1 kHz minus below, dB (higher = brighter, tenser)


def semitones(hz: np.ndarray | float) -> np.ndarray | float:
    return 12 * np.log2(np.asarray(hz) / 100.0)


def pitch_track(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Voiced F0 values in Hz (Praat's autocorrelation tracker)."""
    import parselmouth

    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=sample_rate)
    f0 = sound.to_pitch(time_step=0.01, pitch_floor=PITCH_FLOOR_HZ, pitch_ceiling=PITCH_CEILING_HZ)
    values = f0.selected_array["frequency"]
    return values[values > 0]


def pitch_contour(audio: np.ndarray, sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Times (s) and F0 (Hz) of the voiced frames, every 10 ms."""
    import parselmouth

    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=sample_rate)
    f0 = sound.to_pitch(time_step=0.01, pitch_floor=PITCH_FLOOR_HZ, pitch_ceiling=PITCH_CEILING_HZ)
    values = f0.selected_array["frequency"]
    voiced = values > 0
    return f0.xs()[voiced], values[voiced]


def envelope(audio: np.ndarray, sample_rate: int, step_s: float = 0.01) -> tuple[np.ndarray, np.ndarray]:
    """Times (s) and peak level (0–1) of each `step_s` slice: the waveform's outline for drawing."""
    step = max(1, int(sample_rate * step_s))
    usable = np.abs(audio[: audio.size // step * step]).reshape(-1, step).max(axis=1)
    return np.arange(usable.size) * step_s, usable


def measure_prosody(audio: np.ndarray, sample_rate: int) -> ProsodyMeasure:
    frame = int(sample_rate * FRAME_S)
    usable = audio[: audio.size // frame * frame].astype(np.float64)
    frames = usable.reshape(-1, frame)
    rms = np.sqrt((frames**2).mean(axis=1)) + 1e-12
    level = 20 * np.log10(rms)
    active = level > level.max() + ACTIVE_THRESHOLD_DB
    f0 = semitones(pitch_track(audio, sample_rate))
    spectrum = np.abs(np.fft.rfft(frames[active] * np.hanning(frame), axis=1)) ** 2
    freqs = np.fft.rfftfreq(frame, 1 / sample_rate)
    high = spectrum[:, freqs >= TILT_SPLIT_HZ].sum() + 1e-12
    low = spectrum[:, (freqs < TILT_SPLIT_HZ) & (freqs > 50)].sum() + 1e-12
    return ProsodyMeasure(
        f0_median_st=float(np.median(f0)) if f0.size else float("nan"),
        f0_range_st=float(np.percentile(f0, 90) - np.percentile(f0, 10)) if f0.size > 5 else float("nan"),
        active_s=float(active.sum() * FRAME_S),
        loudness_db=float(20 * np.log10(np.sqrt((frames[active] ** 2).mean()) + 1e-12)),
        tilt_db=float(10 * np.log10(high / low)),
    )
