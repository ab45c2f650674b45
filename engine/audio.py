"""Audio arithmetic and file I/O: resampling, joining, gain, loudness, reading and writing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from engine.errors import AudioError

MIX_SAMPLE_RATE_HZ = 24_000
FADE_MS = 5.0
SILENCE_THRESHOLD_DB = -45.0
EDGE_MARGIN_MS = 40.0
EXPORT_FORMATS = ("wav", "mp3", "flac", "m4a")
LOUDNESS_PASSES = 4
LOUDNESS_TOLERANCE_LU = 0.1
OVERSAMPLING = 4
LIMITER_WINDOW_MS = 20.0
LIMITER_MARGIN_DB = 0.1
SHORT_CLIP_LUFS_OFFSET_DB = 3.0  # RMS of active speech reads ~3 dB above its LUFS


@dataclass(frozen=True)
class LoudnessPreset:
    name: str
    integrated_lufs: float | None  # None: leave the level alone
    true_peak_dbtp: float
    rms_db: float | None = None  # when set, the target is this whole-file RMS instead of LUFS (ACX)


LOUDNESS_PRESETS = {
    "podcast": LoudnessPreset("podcast", -16.0, -1.0),
    "broadcast": LoudnessPreset("broadcast", -23.0, -1.0),  # EBU R128
    "audiobook": LoudnessPreset("audiobook", -20.0, -3.0, rms_db=-20.0),  # ACX: RMS −23…−18 dB, peaks ≤ −3 dB
    "none": LoudnessPreset("none", None, 0.0),
}
NOISE_WINDOW_S = 0.05
MP3_COMPRESSION_LEVEL = 0.25


def rms_dbfs(audio: np.ndarray) -> float:
    """Whole-file RMS level, as ACX measures it."""
    if audio.size == 0 or not np.any(audio):
        return float("-inf")
    return float(20 * np.log10(np.sqrt(np.mean(audio.astype(np.float64) ** 2))))


def noise_floor_db(audio: np.ndarray, sample_rate: int) -> float:
    """The level of the quietest stretches: 5th percentile of 50 ms RMS windows (−inf for digital silence)."""
    window = int(sample_rate * NOISE_WINDOW_S)
    if audio.size < window:
        return float("-inf")
    frames = audio[: audio.size // window * window].astype(np.float64).reshape(-1, window)
    rms = np.sqrt((frames**2).mean(axis=1))
    floor = float(np.percentile(rms, 5))
    return 20 * np.log10(floor) if floor > 0 else float("-inf")


def db_to_gain(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def silence(seconds: float, sample_rate: int) -> np.ndarray:
    return np.zeros(int(round(max(seconds, 0.0) * sample_rate)), dtype=np.float32)


def resample(audio: np.ndarray, from_hz: int, to_hz: int) -> np.ndarray:
    if from_hz == to_hz or audio.size == 0:
        return audio.astype(np.float32, copy=False)
    import soxr

    return soxr.resample(audio, from_hz, to_hz, quality="HQ").astype(np.float32)


def fade_edges(audio: np.ndarray, sample_rate: int, fade_ms: float = FADE_MS) -> np.ndarray:
    """Short raised-cosine fades so joined chunks never click."""
    n = min(int(sample_rate * fade_ms / 1000), audio.size // 2)
    if n == 0:
        return audio
    ramp = (0.5 - 0.5 * np.cos(np.linspace(0, np.pi, n))).astype(np.float32)
    out = audio.copy()
    out[:n] *= ramp
    out[-n:] *= ramp[::-1]
    return out


def trim_silence(audio: np.ndarray, sample_rate: int, threshold_db: float = SILENCE_THRESHOLD_DB) -> np.ndarray:
    """Cut leading and trailing near-silence, keeping a small margin."""
    if audio.size == 0:
        return audio
    peak = float(np.max(np.abs(audio)))
    if peak == 0.0:
        return audio[:0]
    loud = np.flatnonzero(np.abs(audio) > peak * db_to_gain(threshold_db))
    margin = int(sample_rate * EDGE_MARGIN_MS / 1000)
    return audio[max(loud[0] - margin, 0) : min(loud[-1] + margin + 1, audio.size)]


def measure_loudness(audio: np.ndarray, sample_rate: int) -> float:
    """Integrated loudness in LUFS (ITU-R BS.1770), −inf for silence or too-short audio."""
    import pyloudnorm

    if audio.size < int(0.4 * sample_rate) or not np.any(audio):
        return float("-inf")
    return float(pyloudnorm.Meter(sample_rate).integrated_loudness(audio.astype(np.float64)))


def true_peak_dbtp(audio: np.ndarray, sample_rate: int) -> float:
    """Peak level after 4× oversampling, in dBTP."""
    if audio.size == 0:
        return float("-inf")
    over = resample(audio, sample_rate, sample_rate * 4)
    peak = float(np.max(np.abs(over)))
    return 20 * np.log10(peak) if peak > 0 else float("-inf")


def limit_peaks(audio: np.ndarray, sample_rate: int, ceiling_dbtp: float, window_ms: float = LIMITER_WINDOW_MS) -> np.ndarray:
    """Look-ahead true-peak limiter: gain dips smoothly around peaks, the rest stays untouched.

    The gain each sample needs comes from a 4× oversampled envelope; a minimum filter then a moving
    average of the same width start each dip before its peak and never let it rise above that need.
    (pedalboard's Limiter adds make-up gain, which a loudness target cannot have.)
    """
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    if audio.size == 0:
        return audio
    ceiling = db_to_gain(ceiling_dbtp - LIMITER_MARGIN_DB)
    over = np.abs(resample(audio, sample_rate, sample_rate * OVERSAMPLING))
    envelope = np.pad(over, (0, audio.size * OVERSAMPLING - over.size))[: audio.size * OVERSAMPLING]
    envelope = envelope.reshape(audio.size, OVERSAMPLING).max(axis=1)
    need = np.minimum(1.0, ceiling / np.maximum(envelope, 1e-9))
    width = max(int(sample_rate * window_ms / 1000) | 1, 3)
    gain = uniform_filter1d(minimum_filter1d(need, size=width, mode="nearest"), size=width, mode="nearest")
    out = (audio * gain).astype(np.float32)
    excess = true_peak_dbtp(out, sample_rate) - ceiling_dbtp
    if excess > 0:  # a rare residue from the oversampling filter's ripple
        out *= db_to_gain(-excess - 0.02)
    return out


def normalize_loudness(audio: np.ndarray, sample_rate: int, preset: LoudnessPreset) -> np.ndarray:
    """Bring the mix to the preset's loudness, then limit its true peak."""
    if preset.integrated_lufs is None or not np.any(audio):
        return audio
    out = audio.astype(np.float32)
    target = preset.rms_db if preset.rms_db is not None else preset.integrated_lufs
    for _ in range(LOUDNESS_PASSES):  # limiting lowers loudness a little: measure again and correct
        current = rms_dbfs(out) if preset.rms_db is not None else measure_loudness(out, sample_rate)
        if not np.isfinite(current) or abs(current - target) < LOUDNESS_TOLERANCE_LU:
            break
        out = limit_peaks(out * db_to_gain(target - current), sample_rate, preset.true_peak_dbtp)
    return out


def tilt(audio: np.ndarray, sample_rate: int, gain_db: float, corner_hz: float = 1000.0) -> np.ndarray:
    """Brighten (positive) or darken (negative) the voice with a high shelf above `corner_hz`."""
    if abs(gain_db) < 0.1 or audio.size == 0:
        return audio
    from pedalboard import HighShelfFilter

    shelf = HighShelfFilter(cutoff_frequency_hz=corner_hz, gain_db=gain_db, q=0.707)
    return shelf(audio.astype(np.float32)[None, :], sample_rate)[0]


def speech_level(audio: np.ndarray, sample_rate: int) -> float:
    """Loudness in LUFS; for clips too short to gate, the RMS of the active part (about the same scale)."""
    loudness = measure_loudness(audio, sample_rate)
    if np.isfinite(loudness):
        return loudness
    active = audio[np.abs(audio) > np.abs(audio).max() * db_to_gain(SILENCE_THRESHOLD_DB)] if audio.size else audio
    if active.size == 0:
        return float("-inf")
    return float(20 * np.log10(np.sqrt(np.mean(active.astype(np.float64) ** 2))) - SHORT_CLIP_LUFS_OFFSET_DB)


def set_level(audio: np.ndarray, sample_rate: int, target_lufs: float) -> np.ndarray:
    """Scale speech to a target loudness."""
    current = speech_level(audio, sample_rate)
    if not np.isfinite(current):
        return audio
    return (audio * db_to_gain(target_lufs - current)).astype(np.float32)


def read_audio(path: Path, sample_rate: int | None = None) -> tuple[np.ndarray, int]:
    """Read any audio file soundfile understands as mono float32, optionally resampled."""
    try:
        data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError, OSError) as exc:
        raise AudioError(f"cannot read audio file {path}: {exc}") from None
    mono = data.mean(axis=1)
    if sample_rate is not None and rate != sample_rate:
        return resample(mono, rate, sample_rate), sample_rate
    return mono, rate


def time_stretch(audio: np.ndarray, sample_rate: int, factor: float) -> np.ndarray:
    """Change duration by `factor` (0.8 = 20 % shorter) keeping pitch and formants (Praat PSOLA)."""
    import parselmouth
    from parselmouth.praat import call

    if abs(factor - 1.0) < 1e-3 or audio.size < sample_rate // 10:
        return audio
    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=sample_rate)
    return call(sound, "Lengthen (overlap-add)", 70, 600, factor).values[0].astype(np.float32)


def write_audio(path: Path, audio: np.ndarray, sample_rate: int, title: str | None = None) -> Path:
    """Write mono audio as WAV (16-bit), FLAC (24-bit), MP3 or M4A (AAC), chosen by the file's extension."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in EXPORT_FORMATS:
        raise AudioError(f"unsupported audio format {fmt!r} (expected one of: {', '.join(EXPORT_FORMATS)})")
    path.parent.mkdir(parents=True, exist_ok=True)
    clipped = np.clip(audio, -1.0, 1.0).astype(np.float32)
    if fmt == "m4a":
        return _write_aac(path, clipped, sample_rate, title)
    subtype = {"wav": "PCM_16", "flac": "PCM_24", "mp3": "MPEG_LAYER_III"}[fmt]
    # MP3 at a constant ~128 kb/s (libsndfile's default VBR gave ~47 kb/s: too little for a podcast).
    quality = {"compression_level": MP3_COMPRESSION_LEVEL, "bitrate_mode": "CONSTANT"} if fmt == "mp3" else {}
    with sf.SoundFile(str(path), "w", samplerate=sample_rate, channels=1, subtype=subtype,
                      format={"wav": "WAV", "flac": "FLAC", "mp3": "MP3"}[fmt], **quality) as out:
        if title and fmt != "wav":
            out.title = title
            out.artist = "Intonate"
        out.write(clipped)
    return path


def _write_aac(path: Path, audio: np.ndarray, sample_rate: int, title: str | None) -> Path:
    """AAC in an M4A container, through the ffmpeg binary that imageio-ffmpeg ships."""
    import subprocess
    import tempfile

    import imageio_ffmpeg

    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "mix.wav"
        sf.write(str(wav), audio, sample_rate, subtype="PCM_16")
        command = [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", "-i", str(wav), "-c:a", "aac",
                   "-b:a", "192k", "-metadata", f"title={title or path.stem}", "-metadata", "artist=Intonate", str(path)]
        result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise AudioError(f"could not encode {path.name}: {result.stderr.strip().splitlines()[-1:] or 'ffmpeg failed'}")
    return path
