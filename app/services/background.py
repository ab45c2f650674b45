"""Whole-project renders in the background: one per project, with progress, an ETA and cancel, while the studio
stays usable. Each take is saved as it is made, so a cancelled or interrupted render keeps its work."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.services.rendering import RenderSummary, render_project

_JOBS: dict[tuple[str, str], BackgroundRender] = {}
_LOCK = threading.Lock()


@dataclass
class BackgroundRender:
    db: Path
    name: str
    done: int = 0
    total: int = 0  # lines to render; 0 until the plan is known
    started: float = field(default_factory=time.monotonic)
    summary: RenderSummary | None = None
    error: str | None = None
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def eta_s(self) -> float | None:
        """Seconds left, from the pace so far; None before the first line is done."""
        if not self.done or not self.total:
            return None
        elapsed = time.monotonic() - self.started
        return elapsed / self.done * (self.total - self.done)

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        def progress(done: int, total: int) -> None:
            self.done, self.total = done, total

        try:
            self.summary = render_project(self.db, self.name, progress=progress, stop=self._cancel.is_set)
        except Exception as exc:  # shown to the user; the takes made so far are saved
            self.error = str(exc) or exc.__class__.__name__


def start_render(db: Path, name: str) -> BackgroundRender:
    """Start rendering the project's changed lines in a background thread (or return the render under way)."""
    key = (str(db), name)
    with _LOCK:
        job = _JOBS.get(key)
        if job is not None and job.running:
            return job
        job = BackgroundRender(db, name)
        job._thread = threading.Thread(target=job._run, name=f"render {name}", daemon=True)
        _JOBS[key] = job
        job._thread.start()
        return job


def current_render(db: Path, name: str) -> BackgroundRender | None:
    """The project's latest background render (running or finished), if any."""
    return _JOBS.get((str(db), name))


def forget_render(db: Path, name: str) -> None:
    """Drop a finished render's record (after its result was shown)."""
    with _LOCK:
        job = _JOBS.get((str(db), name))
        if job is not None and not job.running:
            del _JOBS[(str(db), name)]
