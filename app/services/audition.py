"""Auditions: a speaker's first lines read by several candidate voices, to compare side by side before casting."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.config import media_dir_for
from app.db.models import Line, Project
from app.db.session import transaction
from app.services.common import line_settings, project_lexicon
from engine.audio import silence, write_audio
from engine.errors import IntonateError
from engine.lexicon import entries_used
from engine.parallel import render_all
from engine.synthesis import render_key
from engine.voices import get_voice, list_voices

AUDITION_LINES = 3
GAP_S = 0.5
MAX_CANDIDATES = 4


def audition(db: Path, project_id: int, speaker_id: int | None, voice_ids: list[str],
             line_count: int = AUDITION_LINES) -> dict[str, Path]:
    """One file per candidate voice: the speaker's first lines (narration when `speaker_id` is None) with their
    direction, rendered on all cores and kept on disk, so asking again is instant."""
    if not 1 <= len(voice_ids) <= MAX_CANDIDATES:
        raise IntonateError(f"choose 1 to {MAX_CANDIDATES} voices to audition")
    voices = [get_voice(v) for v in voice_ids]
    with transaction(db) as session:
        if session.get(Project, project_id) is None:
            raise IntonateError(f"no project with id {project_id}")
        lexicon = project_lexicon(session, project_id)
        lines = session.scalars(
            select(Line).where(Line.project_id == project_id, Line.speaker_id.is_(None) if speaker_id is None
                               else Line.speaker_id == speaker_id)
            .order_by(Line.position).limit(line_count)
            .options(selectinload(Line.estimate), selectinload(Line.direction_override))
        ).all()
        readings = [(line.text, line_settings(line)) for line in lines]
    if not readings:
        raise IntonateError("this speaker has no lines to audition")
    folder = media_dir_for(db) / "auditions"
    paths, jobs, owners = {}, [], []
    for voice in voices:
        keys = [render_key(text, voice, settings, lexicon) for text, settings in readings]
        paths[voice.id] = folder / f"{voice.id}-{hashlib.sha256('|'.join(keys).encode()).hexdigest()[:16]}.wav"
        if not paths[voice.id].exists():
            for text, settings in readings:
                jobs.append((text, voice.id, settings.to_json(), entries_used(text, lexicon)))
                owners.append(voice.id)
    if jobs:
        pieces: dict[int, np.ndarray] = {}
        render_all(jobs, lambda index, rendered, _seconds: pieces.__setitem__(index, rendered.audio))
        folder.mkdir(parents=True, exist_ok=True)
        for voice_id in dict.fromkeys(owners):
            rate = get_voice(voice_id).sample_rate
            parts = [pieces[i] for i in range(len(jobs)) if owners[i] == voice_id]
            joined = np.concatenate([np.concatenate([p, silence(GAP_S, rate)]) for p in parts])
            write_audio(paths[voice_id], joined, rate)
    return paths


def candidate_voices(current: str, count: int = 3) -> list[str]:
    """The current voice and others of the same gender and engine family to compare it with."""
    voice = get_voice(current)
    others = [v.id for v in list_voices() if v.id != voice.id and v.gender == voice.gender]
    return [voice.id, *others[: count - 1]]
