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


def pitch_frames(audio: np.ndarray, sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Times (s) and F0 (Hz, 0 where unvoiced) every 10 ms, by Praat's autocorrelation tracker."""
    import parselmouth

    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=sample_rate)
    f0 = sound.to_pitch(time_step=0.01, pitch_floor=PITCH_FLOOR_HZ, pitch_ceiling=PITCH_CEILING_HZ)
    return f0.xs(), f0.selected_array["frequency"]


def pitch_track(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """Voiced F0 values in Hz."""
    values = pitch_frames(audio, sample_rate)[1]
    return values[values > 0]


def pitch_contour(audio: np.ndarray, sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """Times (s) and F0 (Hz) of the voiced frames."""
    times, values = pitch_frames(audio, sample_rate)
    return times[values > 0], values[values > 0]


def frames_of(audio: np.ndarray, sample_rate: int, frame_s: float = FRAME_S) -> np.ndarray:
    """The audio cut into frames [n, samples] (float64; a last partial frame is dropped)."""
    frame = max(1, int(sample_rate * frame_s))
    return audio[: audio.size // frame * frame].astype(np.float64).reshape(-1, frame)


def frame_levels_db(frames: np.ndarray) -> np.ndarray:
    """RMS level of each frame, dBFS."""
    return 20 * np.log10(np.sqrt((frames**2).mean(axis=1)) + 1e-12)


def active(levels_db: np.ndarray) -> np.ndarray:
    """Frames with sound: within ACTIVE_THRESHOLD_DB of the loudest."""
    return levels_db > levels_db.max() + ACTIVE_THRESHOLD_DB


def spectral_tilt_db(frames: np.ndarray, sample_rate: int) -> float:
    """Energy above 1 kHz minus energy from 50 Hz to 1 kHz, dB (higher = brighter, tenser)."""
    spectrum = np.abs(np.fft.rfft(frames * np.hanning(frames.shape[1]), axis=1)) ** 2
    freqs = np.fft.rfftfreq(frames.shape[1], 1 / sample_rate)
    high = spectrum[:, freqs >= TILT_SPLIT_HZ].sum() + 1e-12
    low = spectrum[:, (freqs < TILT_SPLIT_HZ) & (freqs > 50)].sum() + 1e-12
    return float(10 * np.log10(high / low))


def speech_tilt_db(audio: np.ndarray, sample_rate: int) -> float:
    """The spectral tilt of the frames with sound (see `spectral_tilt_db`)."""
    frames = frames_of(audio, sample_rate)
    return spectral_tilt_db(frames[active(frame_levels_db(frames))], sample_rate) if frames.size else 0.0


def envelope(audio: np.ndarray, sample_rate: int, step_s: float = 0.01) -> tuple[np.ndarray, np.ndarray]:
    """Times (s) and peak level (0–1) of each `step_s` slice: the waveform's outline for drawing."""
    peaks = np.abs(frames_of(audio, sample_rate, step_s)).max(axis=1)
    return np.arange(peaks.size) * step_s, peaks


def measure_prosody(audio: np.ndarray, sample_rate: int) -> ProsodyMeasure:
    frames = frames_of(audio, sample_rate)
    levels = frame_levels_db(frames)
    speaking = active(levels)
    f0 = semitones(pitch_track(audio, sample_rate))
    return ProsodyMeasure(
        f0_median_st=float(np.median(f0)) if f0.size else float("nan"),
        f0_range_st=float(np.percentile(f0, 90) - np.percentile(f0, 10)) if f0.size > 5 else float("nan"),
        active_s=float(speaking.sum() * FRAME_S),
        loudness_db=float(20 * np.log10(np.sqrt((frames[speaking] ** 2).mean()) + 1e-12)),
        tilt_db=spectral_tilt_db(frames[speaking], sample_rate),
    )
