"""Takes: every render of a line is kept; list them, choose the one the export uses, delete the rest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from app.config import media_dir_for
from app.db.models import Direction, Line, Project, Take
from app.db.session import transaction
from app.services.common import change_line, get_line, has_audio, line_render_key, project_lexicon
from engine.errors import IntonateError
from engine.synthesis import SynthesisSettings


@dataclass(frozen=True)
class TakeSummary:
    id: int
    audio_path: str
    created_at: datetime
    duration_s: float
    voice_id: str
    text: str
    settings: SynthesisSettings
    chosen: bool
    up_to_date: bool


def list_takes(db: Path, line_id: int) -> list[TakeSummary]:
    """The line's takes whose audio is on disk, newest first."""
    media = media_dir_for(db)
    with transaction(db) as session:
        line = get_line(session, line_id)
        project = session.get(Project, line.project_id)
        key = line_render_key(line, project, project_lexicon(session, project.id))
        on_disk = [t for t in line.takes if has_audio(t, media)]
        return [TakeSummary(t.id, str(media / t.audio_path), t.created_at, t.duration_s, t.voice_id, t.text,
                            SynthesisSettings.from_json(t.settings), t.chosen, t.render_key == key)
                for t in sorted(on_disk, key=lambda t: t.created_at, reverse=True)]


def choose_take(db: Path, take_id: int) -> None:
    """Use this take in the export; the line's text and direction go back to what made it."""
    with transaction(db) as session:
        take = session.get(Take, take_id)
        if take is None:
            raise IntonateError(f"no take with id {take_id}")
        line = session.get(Line, take.line_id)
        settings = SynthesisSettings.from_json(take.settings)
        direction = {name: value for name, value in settings.to_json().items() if name in Direction.FIELDS}
        change_line(session, line, f"take chosen for line {line.position}", text=take.text, direction=direction)
        session.execute(update(Take).where(Take.line_id == take.line_id).values(chosen=Take.id == take_id))


def delete_take(db: Path, take_id: int) -> None:
    """Delete a take and its audio; when it was the chosen one, the newest remaining take is chosen."""
    with transaction(db) as session:
        take = session.get(Take, take_id)
        if take is None:
            raise IntonateError(f"no take with id {take_id}")
        line_id, was_chosen, audio = take.line_id, take.chosen, media_dir_for(db) / take.audio_path
        session.delete(take)
        session.flush()
        if was_chosen:
            newest = session.scalar(select(Take).where(Take.line_id == line_id).order_by(Take.created_at.desc()))
            if newest is not None:
                newest.chosen = True
    audio.unlink(missing_ok=True)
