"""Auditioning speed: from "render this edited line" to a playable file, and a 3-voice casting audition.

Run: python -m benchmarks.audition   (prints figures; nothing is asserted)

Works on a copy of the demo project in a temporary database: every line is edited (its intensity changed) and
re-rendered alone, as the studio's per-line Render button does, models already loaded (the studio keeps them).
Target: ≤ 1 s from the click to a playable take. Then each line is fine-tuned (pitch and volume), which the
renderer applies to the engine's audio it kept from the render before.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from app.config import DEMO_PROJECT_NAME
from app.services.audition import audition
from app.services.demo import ensure_demo_project
from app.services.projects import get_project_id, list_lines, list_speakers, set_direction
from app.services.rendering import render_project
from engine.synthesis import synthesize
from engine.voices import DEFAULT_VOICE_ID, get_voice


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        ensure_demo_project(db)
        project_id = get_project_id(db, DEMO_PROJECT_NAME)
        lines = list_lines(db, project_id)
        synthesize("Ready.", get_voice(DEFAULT_VOICE_ID))  # the studio has its models loaded: so do we
        seconds, durations = [], []
        for line in lines:
            set_direction(db, line.id, intensity=0.9 if (line.direction.intensity or 0.5) != 0.9 else 0.4)
            started = time.perf_counter()
            render_project(db, DEMO_PROJECT_NAME, line_ids=[line.id])
            seconds.append(time.perf_counter() - started)
            take = next(item for item in list_lines(db, project_id) if item.id == line.id).take
            assert take is not None and take.up_to_date and Path(take.audio_path).exists()
            durations.append(take.duration_s)
        seconds, durations = np.array(seconds), np.array(durations)
        print(f"edited line (intensity) -> playable take, {len(lines)} demo lines ({durations.min():.1f}-{durations.max():.1f} s of audio):")
        print(f"  median {np.median(seconds):.2f} s, worst {seconds.max():.2f} s; "
              f"{np.mean(seconds <= 1.0):.0%} of lines within 1 s (target <= 1 s)")
        print(f"  seconds per second of audio: {np.median(seconds / durations):.2f}")
        # Fine-tuning that does not reach the engine (pitch, range, volume, pauses) reuses the engine's audio.
        tuned = []
        for line in lines:
            set_direction(db, line.id, pitch=2.0, volume=-2.0)
            started = time.perf_counter()
            render_project(db, DEMO_PROJECT_NAME, line_ids=[line.id])
            tuned.append(time.perf_counter() - started)
        print(f"fine-tuned line (pitch +2 st, volume -2 dB) -> playable take: median {np.median(tuned):.2f} s, "
              f"worst {max(tuned):.2f} s")
        speaker = list_speakers(db, project_id)[0]
        started = time.perf_counter()
        audition(db, project_id, speaker.id, ["af_heart", "bf_emma", "af_nova"])
        first = time.perf_counter() - started
        started = time.perf_counter()
        audition(db, project_id, speaker.id, ["af_heart", "bf_emma", "af_nova"])
        print(f"casting audition, 3 voices x {speaker.name}'s first lines: {first:.2f} s, again {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()
