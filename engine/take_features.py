"""What a reference take is made of: decoding, silence trimming, and the features the speech emotion model reads
(pooled Whisper encoder states plus prosodic and voice-quality measures)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.asr import WHISPER_SAMPLE_RATE_HZ, whisper
from engine.errors import AudioError

FEATURES_VERSION = 1  # raise when what take_features computes changes: trained models and caches depend on it
TRIM_PAD_S = 0.1  # kept around the speech VAD found, so onsets and releases are not clipped
MAX_TAKE_S = 30.0  # one line; Whisper's window
MIN_AUDIO_SAMPLES = WHISPER_SAMPLE_RATE_HZ // 4  # shorter input is padded with silence before encoding
PROSODIC_NAMES = (
    "f0_median_st", "f0_p10_st", "f0_p90_st", "f0_std_st", "f0_movement_st", "voiced_fraction",
    "loudness_db", "loudness_std_db", "loudness_span_db", "tilt_db", "jitter", "shimmer", "hnr_db", "duration_s",
)
ENCODER_WIDTH = 512  # Whisper base's encoder states
FEATURE_COUNT = 2 * ENCODER_WIDTH + len(PROSODIC_NAMES)  # take_features: the states' mean and spread, then prosody


def decode_take(path: Path, max_s: float = MAX_TAKE_S) -> np.ndarray:
    """Mono 16 kHz float audio from any audio or video file PyAV can open (wav, mp3, m4a, ogg, flac, webm, mp4…)."""
    from faster_whisper.audio import decode_audio

    if not path.is_file():
        raise AudioError(f"reference take {path} does not exist")
    try:
        if (length_s := _stated_length_s(path)) is not None and length_s > max_s + 1:  # refused before decoding
            raise AudioError(f"{path.name} is longer than the {max_s:.0f} s a take may last ({length_s / 60:.0f} min)")
        audio = decode_audio(str(path), sampling_rate=WHISPER_SAMPLE_RATE_HZ)
    except AudioError:
        raise
    except Exception as exc:  # PyAV raises many types for undecodable input
        raise AudioError(f"cannot read audio from {path.name}: not a readable audio or video file ({exc.__class__.__name__})") from None
    if audio.size == 0:
        raise AudioError(f"reference take {path.name} has no audio")
    if audio.size > max_s * WHISPER_SAMPLE_RATE_HZ:
        raise AudioError(f"{path.name} is longer than the {max_s:.0f} s a take may last")
    return audio.astype(np.float32)


def _stated_length_s(path: Path) -> float | None:
    """How long the file's container says it is, when it says: an hour-long podcast picked by mistake is refused at
    once, not after decoding it whole into memory (a gigabyte or more)."""
    import av

    with av.open(str(path)) as container:
        return container.duration / av.time_base if container.duration else None


@dataclass(frozen=True)
class Trimmed:
    audio: np.ndarray
    speech_s: float  # seconds VAD marked as speech
    total_s: float  # length of the take before trimming


def trim_silence(audio: np.ndarray) -> Trimmed:
    """Cut leading and trailing silence with Silero VAD (16 kHz audio); silent takes come back unchanged."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    sr = WHISPER_SAMPLE_RATE_HZ
    spans = get_speech_timestamps(audio, VadOptions(min_silence_duration_ms=300, speech_pad_ms=30))
    if not spans:
        return Trimmed(audio, 0.0, audio.size / sr)
    start = max(0, spans[0]["start"] - int(TRIM_PAD_S * sr))
    end = min(audio.size, spans[-1]["end"] + int(TRIM_PAD_S * sr))
    speech = sum(s["end"] - s["start"] for s in spans) / sr
    return Trimmed(audio[start:end], speech, audio.size / sr)


def encoder_input(audio: np.ndarray) -> np.ndarray:
    """The log-mel window [80, 3000] Whisper's encoder reads for the first 30 s of 16 kHz audio, built exactly as
    faster-whisper's transcription builds it (so one encoder pass serves both)."""
    from faster_whisper.audio import pad_or_trim

    audio = np.pad(audio, (0, max(0, MIN_AUDIO_SAMPLES - audio.size)))
    return pad_or_trim(whisper().feature_extractor(audio)[:, :-1])


def pool_states(states: np.ndarray, audio_samples: int) -> np.ndarray:
    """Mean and standard deviation of the encoder states [1500, 512] over the frames the audio covers."""
    frames = max(2, min(states.shape[0], audio_samples // (2 * whisper().feature_extractor.hop_length)))
    covered = states[:frames]
    return np.concatenate([covered.mean(axis=0), covered.std(axis=0)])


def encoder_states(audio: np.ndarray) -> np.ndarray:
    """Whisper base encoder states [1500, 512] of the first 30 s of 16 kHz audio (20 ms a frame)."""
    import ctranslate2

    window = ctranslate2.StorageView.from_array(np.ascontiguousarray(encoder_input(audio)[None]))
    return np.array(whisper().model.encode(window, to_cpu=True))[0]


def prosodic_features(audio: np.ndarray) -> np.ndarray:
    """Pitch, loudness, spectral tilt and voice quality (jitter, shimmer, HNR) of 16 kHz speech."""
    import parselmouth
    from parselmouth.praat import call

    from engine.voice_features import (
        PITCH_CEILING_HZ,
        PITCH_FLOOR_HZ,
        active,
        frame_levels_db,
        frames_of,
        pitch_frames,
        semitones,
        spectral_tilt_db,
    )

    sr = WHISPER_SAMPLE_RATE_HZ
    f0 = pitch_frames(audio, sr)[1]
    voiced = semitones(f0[f0 > 0]) if (f0 > 0).sum() > 5 else np.zeros(6)
    frames = frames_of(audio, sr)
    level = frame_levels_db(frames)
    speaking = active(level)
    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=sr)
    points = call(sound, "To PointProcess (periodic, cc)", PITCH_FLOOR_HZ, PITCH_CEILING_HZ)
    jitter = call(points, "Get jitter (local)", 0, 0, 0.0001, 0.02, 1.3)
    shimmer = call([sound, points], "Get shimmer (local)", 0, 0, 0.0001, 0.02, 1.3, 1.6)
    harmonicity = sound.to_harmonicity_cc().values
    hnr = harmonicity[harmonicity > -200]
    return np.nan_to_num(np.array([
        np.median(voiced), np.percentile(voiced, 10), np.percentile(voiced, 90), voiced.std(),
        np.abs(np.diff(voiced)).mean() if voiced.size > 1 else 0.0, (f0 > 0).mean(),
        level[speaking].mean(), level[speaking].std(), np.percentile(level[speaking], 90) - np.percentile(level[speaking], 10),
        spectral_tilt_db(frames[speaking], sr), jitter, shimmer, hnr.mean() if hnr.size else 0.0, audio.size / sr,
    ], dtype=np.float64)).astype(np.float32)


def take_features(audio: np.ndarray, states: np.ndarray | None = None) -> np.ndarray:
    """The speech emotion model's input for trimmed 16 kHz speech: pooled encoder states, then prosody.
    `states` may come from the transcription's own encoder pass; otherwise the encoder runs here."""
    states = encoder_states(audio) if states is None else states
    return np.concatenate([pool_states(states, audio.size), prosodic_features(audio)]).astype(np.float32)
