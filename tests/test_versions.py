"""Duplicate, rename, snapshot and restore: whole projects, audio included, and nothing lost on the way."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.services.analysis import analyze_project
from app.services.bundles import BundleError
from app.services.projects import (
    ProjectExistsError,
    create_project,
    delete_project,
    get_project_id,
    import_pasted_text,
    list_lines,
    list_projects,
    set_direction,
    update_line_text,
)
from app.services.references import add_reference_take, get_reference
from app.services.rendering import render_project
from app.services.versions import duplicate_project, list_snapshots, rename_project, restore_snapshot, take_snapshot
from engine.audio import read_audio, write_audio
from engine.errors import IntonateError
from engine.synthesis import synthesize
from engine.voices import get_voice

SCENE = "ANNA: The boat is late again.\nBEN: Then we wait. We always wait."


def _state(db: Path, name: str) -> list[tuple]:
    lines = list_lines(db, get_project_id(db, name))
    return [(l.speaker, l.text, l.direction.emotion, l.direction.intensity, l.take is not None and l.take.up_to_date)
            for l in lines]


@pytest.fixture
def project(db: Path, tmp_path: Path) -> Path:
    create_project(db, "Harbour")
    import_pasted_text(db, "Harbour", SCENE)
    analyze_project(db, "Harbour")
    render_project(db, "Harbour")
    rendered = synthesize("The boat is late again.", get_voice("bf_emma"))
    take = write_audio(tmp_path / "take.wav", rendered.audio, rendered.sample_rate)
    add_reference_take(db, list_lines(db, get_project_id(db, "Harbour"))[0].id, take, "take.wav")
    return db


def test_duplicate_is_a_full_independent_copy(project: Path):
    db = project
    duplicate_project(db, "Harbour", "Harbour copy")
    assert _state(db, "Harbour copy") == _state(db, "Harbour")
    copy_lines = list_lines(db, get_project_id(db, "Harbour copy"))
    reference = get_reference(db, copy_lines[0].id)
    assert reference is not None and reference.audio_path.exists()
    set_direction(db, copy_lines[1].id, emotion="anger")
    assert _state(db, "Harbour")[1][2] is None  # the original is untouched
    with pytest.raises(BundleError, match="already exists"):
        duplicate_project(db, "Harbour", "Harbour copy")


def test_rename_keeps_everything_and_refuses_a_taken_name(project: Path):
    db = project
    before = _state(db, "Harbour")
    take_snapshot(db, "Harbour", "first cut")
    rename_project(db, "Harbour", "Lighthouse harbour")
    assert _state(db, "Lighthouse harbour") == before
    assert [s.label for s in list_snapshots(db, "Lighthouse harbour")] == ["first cut"]
    create_project(db, "Other")
    with pytest.raises(ProjectExistsError):
        rename_project(db, "Lighthouse harbour", "Other")
    with pytest.raises(IntonateError, match="needs a name"):
        rename_project(db, "Lighthouse harbour", "   ")


def test_restore_brings_a_snapshot_back_and_keeps_the_state_it_replaced(project: Path):
    db = project
    before = _state(db, "Harbour")
    take_snapshot(db, "Harbour", "approved")
    line = list_lines(db, get_project_id(db, "Harbour"))[1]
    update_line_text(db, line.id, "Then we leave.")
    set_direction(db, line.id, emotion="sadness", intensity=1.0)
    edited = _state(db, "Harbour")
    approved = next(s for s in list_snapshots(db, "Harbour") if s.label == "approved")
    restore_snapshot(db, "Harbour", approved.path)
    assert _state(db, "Harbour") == before
    assert [p.name for p in list_projects(db)] == ["Harbour"]  # no staging copy left behind
    first = list_lines(db, get_project_id(db, "Harbour"))[0]
    audio, rate = read_audio(Path(first.take.audio_path))
    assert rate > 0 and np.abs(audio).max() > 0.01  # the takes' audio came back with the rows
    labels = [s.label for s in list_snapshots(db, "Harbour")]
    assert labels[0] == "before restore" and "approved" in labels
    restore_snapshot(db, "Harbour", list_snapshots(db, "Harbour")[0].path)  # undo the restore
    assert _state(db, "Harbour") == edited


def test_a_damaged_snapshot_changes_nothing(project: Path):
    db = project
    before = _state(db, "Harbour")
    snapshot = take_snapshot(db, "Harbour", "to damage")
    snapshot.path.write_bytes(b"not a zip")
    with pytest.raises(BundleError, match="not a zip"):
        restore_snapshot(db, "Harbour", snapshot.path)
    assert _state(db, "Harbour") == before
    with pytest.raises(IntonateError, match="not a snapshot"):
        restore_snapshot(db, "Harbour", Path("/etc/passwd"))


def test_deleting_a_project_deletes_its_snapshots(project: Path):
    db = project
    take_snapshot(db, "Harbour")
    delete_project(db, "Harbour")
    create_project(db, "Harbour")
    assert list_snapshots(db, "Harbour") == []
