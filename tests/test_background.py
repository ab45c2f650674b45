"""Background renders: progress, cancel, and the work kept."""

from __future__ import annotations

import time
from pathlib import Path

from app.services.background import current_render, forget_render, start_render
from app.services.projects import create_project, get_project_id, import_pasted_text, list_lines


def _project(db: Path, count: int) -> int:
    create_project(db, "Long")
    import_pasted_text(db, "Long", "\n\n".join(f"This is line number {i}, read slowly and clearly." for i in range(count)))
    return get_project_id(db, "Long")


def test_background_render_reports_progress_and_finishes(db: Path):
    project_id = _project(db, 4)
    job = start_render(db, "Long")
    assert start_render(db, "Long") is job  # one render per project at a time
    job.wait(300)
    assert not job.running and job.error is None
    assert (job.done, job.total) == (4, 4) and job.summary.rendered == 4
    assert all(line.take is not None and line.take.up_to_date for line in list_lines(db, project_id))
    forget_render(db, "Long")
    assert current_render(db, "Long") is None


def test_cancelled_render_stops_early_and_keeps_what_it_made(db: Path):
    project_id = _project(db, 12)
    job = start_render(db, "Long")
    deadline = time.monotonic() + 300
    while job.done < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.eta_s is not None and job.eta_s > 0
    job.cancel()
    job.wait(300)
    rendered = [line for line in list_lines(db, project_id) if line.take is not None]
    assert 1 <= len(rendered) < 12 and job.summary.rendered == len(rendered)
    assert job.cancelled and job.error is None
