"""Lookups shared by the services: projects by name, media paths, and a line's effective settings."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.config import media_dir_for
from app.db.models import Direction, LexiconEntry, Line, LineEdit, Project, ReferenceTake, Take
from engine.emotions import Emotion, automatic_intensity
from engine.errors import IntonateError
from engine.lexicon import Lexicon, Pronunciation
from engine.synthesis import SynthesisSettings, render_key
from engine.text import IPA_BLOCK
from engine.tts_engines import unsayable_symbols
from engine.voices import DEFAULT_VOICE_ID, Voice, get_voice


class ProjectNotFoundError(IntonateError):
    pass


def find_project(session: Session, name: str) -> Project:
    project = session.scalar(select(Project).where(Project.name == name))
    if project is None:
        raise ProjectNotFoundError(f"no project named {name!r} (run `python -m app project list`)")
    return project


def get_line(session: Session, line_id: int) -> Line:
    line = session.get(Line, line_id)
    if line is None:
        raise IntonateError(f"no line with id {line_id}")
    return line


def project_media_dir(db_path: Path, project_id: int) -> Path:
    return media_dir_for(db_path) / f"project-{project_id}"


def has_audio(take: Take | ReferenceTake, media: Path) -> bool:
    """Whether the take's (or reference recording's) audio file is still on disk (deleted by hand, or its database
    copied without the media folder): a take without it counts as none, so its line is rendered again rather than
    played or exported."""
    return (media / take.audio_path).is_file()


def chosen_take(line: Line, media: Path) -> Take | None:
    """The line's chosen take, if it has its audio."""
    chosen = next((take for take in line.takes if take.chosen), None)
    return chosen if chosen is not None and has_audio(chosen, media) else None


def snapshot_dir(db_path: Path, name: str) -> Path:
    """Where a project's snapshots live (by name: a restore keeps the name, a rename moves the folder)."""
    return media_dir_for(db_path) / "snapshots" / hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def line_voice(line: Line, project: Project) -> Voice:
    voice_id = (line.speaker.voice_id if line.speaker else None) or project.default_voice or DEFAULT_VOICE_ID
    return get_voice(voice_id)


def line_settings(line: Line) -> SynthesisSettings:
    """What the line should sound like now: the user's direction over the recognizer's estimate."""
    direction, estimate = line.direction_override, line.estimate
    emotion = (direction and direction.emotion) or (estimate and estimate.emotion) or Emotion.NEUTRAL
    intensity = direction.intensity if direction and direction.intensity is not None else None
    if intensity is None:
        intensity = automatic_intensity(emotion, estimate and estimate.emotion, estimate and estimate.intensity)
    values = {"emotion": Emotion(emotion), "intensity": intensity}
    if direction:
        for name in Direction.PROSODY_FIELDS:
            if getattr(direction, name) is not None:
                values[name] = getattr(direction, name)
    return SynthesisSettings(**values)


def project_lexicon(session: Session, project_id: int) -> Lexicon:
    rows = session.scalars(select(LexiconEntry).where(LexiconEntry.project_id == project_id).order_by(LexiconEntry.word))
    return tuple(Pronunciation(row.word, row.pronunciation, row.is_ipa) for row in rows)


def unsayable_ipa(text: str) -> str | None:
    """What is wrong with the text's [[IPA]] blocks, if any symbol in them would be skipped by the voices."""
    for block in IPA_BLOCK.findall(text):
        unknown = unsayable_symbols(block)
        if unknown:
            return f"the IPA [[{block}]] has symbols the voices cannot say: {' '.join(unknown)}"
    return None


def line_render_key(line: Line, project: Project, lexicon: Lexicon) -> str:
    return render_key(line.text, line_voice(line, project), line_settings(line), lexicon)


UNDO_DEPTH = 200  # user actions remembered per project


def change_line(session: Session, line: Line, what: str, text: str | None = None,
                direction: dict | None = None, note: str | None = None) -> None:
    """Change one line's text, direction or note as a user action (see `change_lines`)."""
    change_lines(session, [line], what, text, direction, note)


def change_lines(session: Session, lines: list[Line], what: str, text: str | None = None,
                 direction: dict | None = None, note: str | None = None) -> None:
    """The one way lines' text, direction or direction note is changed by a user action: how each was is remembered
    first, under one action id, so `undo_last_change` puts them all back at once. `direction` maps Direction fields
    to values (None = automatic); a `note` of "" removes the line's note."""
    action_id = uuid.uuid4().hex
    for line in lines:
        _remember(session, line, what, action_id)
        if text is not None:
            line.text = text
        if note is not None:
            line.direction = note or None
        if direction:
            write_direction(line, direction)
    if lines:
        _forget_old_actions(session, lines[0].project_id)


def write_direction(line: Line, values: dict) -> None:
    """Set direction fields on the line, creating its override row when it has none."""
    if line.direction_override is None:
        line.direction_override = Direction()
    for name, value in values.items():
        setattr(line.direction_override, name, value)


def _remember(session: Session, line: Line, what: str, action_id: str) -> None:
    """Record the line's text, direction, note and speaker before a change, for undo."""
    direction = line.direction_override
    session.add(LineEdit(project_id=line.project_id, line_id=line.id, action_id=action_id, what=what, text=line.text,
                         direction=None if direction is None else {f: getattr(direction, f) for f in Direction.FIELDS},
                         speaker=line.speaker.name if line.speaker else "",
                         speaker_voice=line.speaker.voice_id if line.speaker else None, note=line.direction or ""))


def _forget_old_actions(session: Session, project_id: int) -> None:
    """Keep the edits of the project's latest UNDO_DEPTH actions only."""
    old = session.scalars(select(LineEdit.action_id).where(LineEdit.project_id == project_id)
                          .group_by(LineEdit.action_id).order_by(func.max(LineEdit.id).desc()).offset(UNDO_DEPTH)).all()
    if old:
        session.execute(delete(LineEdit).where(LineEdit.project_id == project_id, LineEdit.action_id.in_(old)))
