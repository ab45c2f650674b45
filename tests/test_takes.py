"""Takes: every render is kept, any one can be chosen (and brings back its direction), and deleted."""

from __future__ import annotations

from pathlib import Path

from app.services.projects import (
    create_project,
    get_project_id,
    import_file,
    last_change,
    list_lines,
    set_direction,
    undo_last_change,
)
from app.services.rendering import render_project
from app.services.takes import choose_take, delete_take, list_takes
from engine.emotions import Emotion
from tests.conftest import SAMPLES


def test_takes_are_kept_chosen_and_deleted(db: Path):
    create_project(db, "Takes")
    import_file(db, "Takes", SAMPLES / "elearning.csv")
    project_id = get_project_id(db, "Takes")
    render_project(db, "Takes")
    line = list_lines(db, project_id)[0]
    set_direction(db, line.id, emotion="anger", intensity=1.0, rate=1.2)
    render_project(db, "Takes")
    newest, first = list_takes(db, line.id)
    assert newest.chosen and newest.up_to_date and newest.settings.emotion == Emotion.ANGER
    assert not first.chosen and not first.up_to_date and first.settings.emotion == Emotion.JOY

    choose_take(db, first.id)  # A/B: back to the first reading
    restored = list_lines(db, project_id)[0]
    assert restored.take.id == first.id and restored.take.up_to_date
    assert restored.direction.emotion == Emotion.JOY and restored.direction.rate == 1.0
    assert render_project(db, "Takes").rendered == 0
    assert last_change(db, project_id) == "take chosen for line 1"  # choosing a take is a direction change too
    undo_last_change(db, project_id)
    assert list_lines(db, project_id)[0].direction.emotion == Emotion.ANGER
    choose_take(db, first.id)

    delete_take(db, first.id)
    (remaining,) = list_takes(db, line.id)
    assert remaining.id == newest.id and remaining.chosen
    assert not Path(first.audio_path).exists() and Path(remaining.audio_path).exists()


def test_a_take_whose_audio_is_gone_counts_as_none_and_renders_again(db: Path, tmp_path: Path):
    """A take's file deleted by hand (or a database copied without its media folder) was still "up to date": the
    studio crashed playing it, `render` did nothing and a bundle failed on it. It now counts as no take."""
    from app.services.bundles import export_bundle, import_bundle
    from app.services.projects import list_projects

    create_project(db, "Gone")
    import_file(db, "Gone", SAMPLES / "elearning.csv")
    project_id = get_project_id(db, "Gone")
    render_project(db, "Gone")
    first, second, third = list_lines(db, project_id)
    Path(second.take.audio_path).unlink()

    lines = list_lines(db, project_id)
    assert [line.take is None for line in lines] == [False, True, False]
    assert list_takes(db, second.id) == []
    assert next(p for p in list_projects(db) if p.name == "Gone").rendered_count == 2
    export_bundle(db, "Gone", tmp_path / "gone.zip")  # the take without audio stays behind
    copy_id = get_project_id(db, import_bundle(db, tmp_path / "gone.zip", "Gone copy"))
    assert [line.take is None for line in list_lines(db, copy_id)] == [False, True, False]

    summary = render_project(db, "Gone")
    assert summary.rendered == 1
    again = list_lines(db, project_id)[1].take
    assert again.up_to_date and Path(again.audio_path).is_file() and again.id != second.take.id
