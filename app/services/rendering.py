"""Render the lines of a project into takes; unchanged lines reuse their take."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from app.config import media_dir_for
from app.db.models import Line, Take
from app.db.session import transaction
from app.services.common import (
    chosen_take,
    find_project,
    has_audio,
    line_settings,
    line_voice,
    project_lexicon,
    project_media_dir,
)
from engine.audio import write_audio
from engine.lexicon import Lexicon, entries_used
from engine.parallel import render_all
from engine.synthesis import SynthesisSettings, render_key
from engine.voices import Voice

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RenderJob:
    line_id: int
    text: str
    voice: Voice
    settings: SynthesisSettings
    key: str
    lexicon: Lexicon


@dataclass(frozen=True)
class RenderSummary:
    rendered: int
    reused: int
    audio_s: float
    render_s: float

    @property
    def real_time_factor(self) -> float:
        return self.render_s / self.audio_s if self.audio_s else 0.0


def plan_render(db: Path, name: str, line_ids: list[int] | None = None) -> tuple[int, list[RenderJob], int]:
    """The project id, the lines whose chosen take is missing or stale, and how many were reused."""
    jobs, reused, media = [], 0, media_dir_for(db)
    with transaction(db) as session:
        project = find_project(session, name)
        lexicon = project_lexicon(session, project.id)
        query = select(Line).where(Line.project_id == project.id).order_by(Line.position).options(
            selectinload(Line.speaker), selectinload(Line.estimate), selectinload(Line.direction_override),
            selectinload(Line.takes))
        if line_ids is not None:
            query = query.where(Line.id.in_(line_ids))
        for line in session.scalars(query):
            voice, settings = line_voice(line, project), line_settings(line)
            key = render_key(line.text, voice, settings, lexicon)
            chosen = chosen_take(line, media)
            if chosen is not None and chosen.render_key == key:
                continue
            earlier = next((t for t in reversed(line.takes) if t.render_key == key and has_audio(t, media)), None)
            if earlier is not None:  # the same settings were rendered before: choose that take again
                _choose(session, line.id, earlier.id)
                reused += 1
                continue
            jobs.append(RenderJob(line.id, line.text, voice, settings, key, entries_used(line.text, lexicon)))
        return project.id, jobs, reused


def _choose(session, line_id: int, take_id: int) -> None:
    session.execute(update(Take).where(Take.line_id == line_id).values(chosen=Take.id == take_id))


def render_project(db: Path, name: str, progress: Progress | None = None,
                   line_ids: list[int] | None = None, stop: Callable[[], bool] | None = None) -> RenderSummary:
    """Render every line without an up-to-date take on all cores; each take is saved as soon as it is made.
    `stop()`, asked after each line, ends the render early (what was rendered is kept)."""
    project_id, jobs, reused = plan_render(db, name, line_ids)
    folder = project_media_dir(db, project_id)
    folder.mkdir(parents=True, exist_ok=True)
    totals = {"done": 0, "audio_s": 0.0}
    started = time.perf_counter()

    def save(index: int, rendered, render_s: float) -> None:
        job = jobs[index]
        path = folder / f"line-{job.line_id}-{uuid.uuid4().hex[:10]}.wav"
        write_audio(path, rendered.audio, rendered.sample_rate)
        with transaction(db) as session:
            if session.get(Line, job.line_id) is None:  # deleted meanwhile
                path.unlink(missing_ok=True)
                return
            take = Take(line_id=job.line_id, voice_id=job.voice.id, text=job.text, settings=job.settings.to_json(),
                        render_key=job.key, audio_path=str(path.relative_to(media_dir_for(db))),
                        duration_s=rendered.duration_s, sample_rate=rendered.sample_rate,
                        render_s=render_s)
            session.add(take)
            session.flush()
            _choose(session, job.line_id, take.id)
        totals["done"] += 1
        totals["audio_s"] += rendered.duration_s
        if progress:
            progress(totals["done"], len(jobs))

    render_all([(job.text, job.voice.id, job.settings.to_json(), job.lexicon) for job in jobs], save, stop)
    return RenderSummary(totals["done"], reused, totals["audio_s"], time.perf_counter() - started if jobs else 0.0)
