"""Delivery figures: cue timing, loudness presets measured on the written files, music ducking depth.

Run: python -m benchmarks.delivery   (prints a table; nothing is asserted)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pyloudnorm
import soundfile as sf
import soxr

from app.services.exporting import MusicBed, export_project
from app.services.projects import create_project, import_file
from engine.audio import noise_floor_db, rms_dbfs
from engine.mixing import speech_activity
from engine.paths import ASSETS_DIR

CUES = ASSETS_DIR / "samples" / "cues.srt"


def onsets(audio: np.ndarray, rate: int) -> list[float]:
    active = speech_activity(audio, rate)
    return [i * 0.01 for i in range(1, active.size) if active[i] and not active[max(i - 50, 0):i].any()]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = work / "bench.db"
        create_project(db, "cues")
        import_file(db, "cues", CUES)
        print("preset     LUFS    true peak (4x)  RMS dB  noise floor  speech starts (cues 1.0 / 6.5 / 12.0 s)")
        for preset in ("podcast", "broadcast", "audiobook"):
            report = export_project(db, "cues", work / preset, fmt="wav", loudness=preset)
            audio, rate = sf.read(str(report.mix_path))
            lufs = pyloudnorm.Meter(rate).integrated_loudness(audio)
            peak = 20 * np.log10(np.abs(soxr.resample(audio, rate, rate * 4)).max())
            starts = " / ".join(f"{t:.2f}" for t in onsets(audio, rate))
            print(f"{preset:10s} {lufs:6.2f}  {peak:8.2f} dBTP   {rms_dbfs(audio):6.1f}  {noise_floor_db(audio, rate):8.0f} dB   {starts}")

        rate = 24_000
        t = np.arange(rate * 5) / rate
        sf.write(str(work / "bed.wav"), (0.2 * np.sin(2 * np.pi * 220 * t) + 0.1 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), rate)
        dry = sf.read(str(export_project(db, "cues", work / "dry", loudness="none").mix_path))[0]
        wet = sf.read(str(export_project(db, "cues", work / "wet", loudness="none", music=MusicBed(work / "bed.wav")).mix_path))[0]
        bed = wet - dry
        active = speech_activity(dry, rate)
        frames = bed[: active.size * (rate // 100)].reshape(active.size, -1)
        level = 20 * np.log10(np.sqrt((frames**2).mean(axis=1)) + 1e-12)
        settled = np.convolve(active, np.ones(61), "same") / 61
        speech_db, gap_db = np.median(level[settled == 1.0]), np.median(level[(settled == 0.0) & (level > -80)])
        print(f"\nmusic bed: {gap_db:.1f} dB in the gaps, {speech_db:.1f} dB under speech: ducked by {gap_db - speech_db:.1f} dB")


if __name__ == "__main__":
    main()
