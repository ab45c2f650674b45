"""Auditioning speed: from "render this edited line" to a playable file, and a 3-voice casting audition.

Run: python -m benchmarks.audition   (prints figures; nothing is asserted)

Works on a copy of the demo project in a temporary database, models already loaded (the studio keeps them).
Each line is edited the ways a director edits, one after another, and re-rendered alone, as the studio's
per-line Render button does: another emotion, another intensity, pitch and volume, one word of its text,
its speaking rate (a little, then a lot). Target: <= 1 s from the click to a playable take. Emotion, intensity,
the fine controls and a rate within PSOLA_RATE_BAND reuse the engine's audio of the render before; a text edit
re-renders the sentence it touched; a rate beyond the band re-renders the line.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from app.config import DEMO_PROJECT_NAME
from app.services.audition import audition
from app.services.demo import ensure_demo_project
from app.services.projects import get_project_id, list_lines, list_speakers, set_direction, update_line_text
from app.services.rendering import render_project
from engine.synthesis import synthesize
from engine.voices import DEFAULT_VOICE_ID, get_voice

EDITS = {  # each makes one edit to a line, as the studio would
    "emotion": lambda db, line: set_direction(db, line.id, emotion="joy" if line.direction.emotion == "sadness"
                                              else "sadness"),
    "intensity": lambda db, line: set_direction(db, line.id, intensity=0.4 if line.direction.intensity == 0.9 else 0.9),
    "pitch and volume": lambda db, line: set_direction(db, line.id, pitch=2.0, volume=-2.0),
    "one word of text": lambda db, line: update_line_text(db, line.id, one_word_changed(line.text)),
    "rate x1.1": lambda db, line: set_direction(db, line.id, rate=1.1),
    "rate x1.4": lambda db, line: set_direction(db, line.id, rate=1.4),
}


def one_word_changed(text: str) -> str:
    """The line with its last word said with more emphasis: "... to us." -> "... to *us*."."""
    body = text.rstrip(".!?… ")
    head, _, last = body.rpartition(" ")
    return f"{head} *{last}*{text[len(body):]}" if head else f"*{body}*{text[len(body):]}"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        ensure_demo_project(db)
        project_id = get_project_id(db, DEMO_PROJECT_NAME)
        synthesize("Ready.", get_voice(DEFAULT_VOICE_ID))  # the studio has its models loaded: so do we
        render_project(db, DEMO_PROJECT_NAME)  # every line has a take, as when a director starts auditioning
        lines = list_lines(db, project_id)
        durations = np.array([line.take.duration_s for line in lines])
        print(f"edited line -> playable take, {len(lines)} demo lines ({durations.min():.1f}-{durations.max():.1f} s "
              f"of audio; target <= 1 s):")
        for kind, edit in EDITS.items():
            seconds = []
            for line in list_lines(db, project_id):
                edit(db, line)
                started = time.perf_counter()
                render_project(db, DEMO_PROJECT_NAME, line_ids=[line.id])
                seconds.append(time.perf_counter() - started)
                take = next(item for item in list_lines(db, project_id) if item.id == line.id).take
                assert take is not None and take.up_to_date and Path(take.audio_path).exists()
            seconds = np.array(seconds)
            print(f"  {kind:17s} median {np.median(seconds):.2f} s, worst {seconds.max():.2f} s, "
                  f"{np.mean(seconds <= 1.0):4.0%} within 1 s; {np.median(seconds / durations):.2f} s per s of audio")
        speaker = list_speakers(db, project_id)[0]
        started = time.perf_counter()
        audition(db, project_id, speaker.id, ["af_heart", "bf_emma", "af_nova"])
        first = time.perf_counter() - started
        started = time.perf_counter()
        audition(db, project_id, speaker.id, ["af_heart", "bf_emma", "af_nova"])
        print(f"casting audition, 3 voices x {speaker.name}'s first lines: {first:.2f} s, again {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()
