"""Studio-wide state: the database, cached heavy resources, and the selected project."""

from __future__ import annotations

import threading
from pathlib import Path

import streamlit as st

from app.config import DEMO_PROJECT_NAME, default_db_path
from app.services.demo import prepare_first_start_demo
from app.services.projects import list_projects, mark_project_opened

PROJECT_KEY = "project_id"
FLASH_KEY = "flash"


def db_path() -> Path:
    return default_db_path()


@st.cache_resource(show_spinner=False)
def prepare_demo_on_first_start(db: Path) -> str | None:
    """Create and render the demo project when this studio process starts on a database with no projects."""
    with st.spinner("Preparing the demo project (first start only)…"):
        return prepare_first_start_demo(db)


def _warm_up() -> None:
    """Load Kokoro (about 1.5 s with its graph edits) and run the renderer's DSP once (Praat, loudness)."""
    from engine.synthesis import SynthesisSettings, synthesize
    from engine.tts_engines import kokoro_session
    from engine.voices import DEFAULT_VOICE_ID, get_voice

    kokoro_session()
    synthesize("Ready.", get_voice(DEFAULT_VOICE_ID), SynthesisSettings(emotion="joy", intensity=1.0))


@st.cache_resource(show_spinner=False)
def warm_up_renderer_in_background() -> threading.Thread:
    """Warm the renderer up while the user looks around, once per studio process, so the first line they
    render does not wait for the model to load."""
    thread = threading.Thread(target=_warm_up, name="warm-up-renderer", daemon=True)
    thread.start()
    return thread


def current_project_id() -> int | None:
    """The project the user is working on: kept in the session, else the one the studio last opened, else the
    demo, else the newest."""
    projects = list_projects(db_path())
    chosen = st.session_state.get(PROJECT_KEY)
    if chosen not in {p.id for p in projects}:
        last_opened = max((p for p in projects if p.opened_at), key=lambda p: p.opened_at, default=None)
        demo = next((p for p in projects if p.name == DEMO_PROJECT_NAME), None)
        fallback = last_opened or demo or next(iter(projects), None)
        chosen = fallback.id if fallback else None
        st.session_state[PROJECT_KEY] = chosen
    return chosen


def select_project(project_id: int | None) -> None:
    """Open a project in this session; a new session reopens it."""
    st.session_state[PROJECT_KEY] = project_id
    if project_id is not None:
        mark_project_opened(db_path(), project_id)


def current_project_name() -> str | None:
    project_id = current_project_id()
    return next((p.name for p in list_projects(db_path()) if p.id == project_id), None)


def project_header() -> tuple[int, str] | None:
    """Draw the selected project's name, or a hint when there is none; returns (id, name)."""
    project_id, name = current_project_id(), current_project_name()
    if project_id is None or name is None:
        st.info("No project yet. Create one on the **Projects** page.")
        return None
    st.caption(f"Project: **{name}**")
    return project_id, name


def flash(message: str, warnings: list[str] | tuple = ()) -> None:
    """A success message, and any warnings, that survive the `st.rerun()` that follows an action."""
    st.session_state[FLASH_KEY] = (message, list(warnings))


def show_flash() -> None:
    message, warnings = st.session_state.pop(FLASH_KEY, (None, []))
    if message:
        st.success(message)
    show_warnings(warnings)


def show_warnings(warnings: list[str], most: int = 10) -> None:
    """What an import noticed but let through (ignored columns, IPA the voices cannot say), in one box."""
    if warnings:
        more = f"\n- … and {len(warnings) - most} more" if len(warnings) > most else ""
        st.warning("\n".join(f"- {w}" for w in warnings[:most]) + more)


def open_project_page(title: str) -> tuple[int, str, Path]:
    """Draw the page title and the open project's name; stop the page when there is no project.
    Returns (project id, project name, database path)."""
    st.title(title)
    show_flash()
    header = project_header()
    if header is None:
        st.stop()
    project_id, name = header
    return project_id, name, db_path()
