"""Auditions: a speaker's first lines read by candidate voices, rendered once and kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.analysis import analyze_project
from app.services.audition import audition, candidate_voices
from app.services.projects import create_project, import_pasted_text, list_lines, list_speakers, set_direction
from engine.audio import read_audio
from engine.errors import IntonateError


def test_audition_renders_the_speakers_first_lines_per_voice_and_reuses_them(db: Path):
    project_id = create_project(db, "Audition")
    import_pasted_text(db, "Audition", "ANNA: Good morning.\nBEN: Hello there.\nANNA: Is it raining?\n"
                                       "ANNA: I brought an umbrella.\nANNA: This line is not in the audition.")
    analyze_project(db, "Audition")
    anna = next(s for s in list_speakers(db, project_id) if s.name == "ANNA")
    first = audition(db, project_id, anna.id, ["af_heart", "bf_emma"])
    assert set(first) == {"af_heart", "bf_emma"}
    durations = {v: len(read_audio(p)[0]) / read_audio(p)[1] for v, p in first.items()}
    assert all(2.0 < d < 12.0 for d in durations.values()), durations  # three short lines, not four
    stamps = {v: p.stat().st_mtime_ns for v, p in first.items()}
    again = audition(db, project_id, anna.id, ["af_heart", "bf_emma"])
    assert {v: p.stat().st_mtime_ns for v, p in again.items()} == stamps  # unchanged lines: nothing re-rendered
    set_direction(db, list_lines(db, project_id)[0].id, emotion="joy")  # directing a line changes the audition
    assert audition(db, project_id, anna.id, ["af_heart"])["af_heart"] != first["af_heart"]
    with pytest.raises(IntonateError, match="1 to 4"):
        audition(db, project_id, anna.id, ["af_heart", "bf_emma", "am_adam", "am_echo", "bm_george"])
    with pytest.raises(IntonateError, match="no lines"):
        audition(db, project_id, None, ["af_heart"])  # no narration in this script


def test_candidates_share_the_current_voices_gender():
    candidates = candidate_voices("am_michael")
    assert candidates[0] == "am_michael" and len(candidates) == 3 and all(c.startswith(("am_", "bm_", "joe")) for c in candidates)
