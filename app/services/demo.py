"""The demo project the studio opens on at first start."""

from __future__ import annotations

from pathlib import Path

from app.config import DEMO_PROJECT_NAME
from app.services.analysis import analyze_project
from app.services.projects import create_project, import_file, list_projects, project_exists
from app.services.rendering import Progress, render_project
from engine.paths import ASSETS_DIR

DEMO_SCRIPT = ASSETS_DIR / "demo" / "the-lighthouse.txt"


def ensure_demo_project(db: Path, render: bool = True, progress: Progress | None = None) -> str:
    """Create, analyze and render the demo project if it is not there yet; returns its name."""
    if not project_exists(db, DEMO_PROJECT_NAME):
        create_project(db, DEMO_PROJECT_NAME, default_voice="bm_fable")
        import_file(db, DEMO_PROJECT_NAME, DEMO_SCRIPT)
        analyze_project(db, DEMO_PROJECT_NAME)
    if render:
        render_project(db, DEMO_PROJECT_NAME, progress=progress)
    return DEMO_PROJECT_NAME


def prepare_first_start_demo(db: Path, progress: Progress | None = None) -> str | None:
    """The demo while the database holds nothing else (created, analyzed, rendered); once the user has projects
    of their own it is left alone, so a demo they deleted stays deleted. Returns its name, or None if left alone."""
    if any(project.name != DEMO_PROJECT_NAME for project in list_projects(db)):
        return None
    return ensure_demo_project(db, progress=progress)
