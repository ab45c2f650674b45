"""Reference takes: the director's reading of a line, recorded or uploaded, heard and measured; "match this take"
turns it into the line's direction."""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from sqlalchemy import select

from app.config import media_dir_for
from app.db.models import Line, Project, ReferenceTake
from app.db.session import transaction
from app.services.casting import take_embedding
from app.services.common import change_line, get_line, line_settings, line_voice, project_lexicon, project_media_dir
from app.services.projects import list_lines
from engine.asr import WHISPER_SAMPLE_RATE_HZ, Word, transcribe
from engine.audio import read_audio, write_audio
from engine.delivery import Delivery, match_take, measure_delivery, neutral_reference, text_with_pauses
from engine.emotions import Emotion
from engine.errors import IntonateError
from engine.scene_alignment import line_spans
from engine.synthesis import SynthesisSettings, synthesize
from engine.take_analysis import analyze_take
from engine.take_features import MAX_TAKE_S, decode_take
from engine.text import strip_markup

MAX_UPLOAD_BYTES = 200 * 1024 * 1024
MAX_SCENE_S = 15 * 60.0  # a scene read through in one take


@dataclass(frozen=True)
class ReferenceView:
    line_id: int
    source_name: str
    audio_path: Path
    duration_s: float
    transcript: str
    reliability: dict
    created_at: datetime

    @property
    def problems(self) -> list[str]:
        return self.reliability.get("problems", [])


def _decode(source: Path | bytes, source_name: str, max_s: float = MAX_TAKE_S) -> np.ndarray:
    if isinstance(source, Path):
        return decode_take(source, max_s)
    if len(source) > MAX_UPLOAD_BYTES:
        raise IntonateError(f"{source_name} is larger than {MAX_UPLOAD_BYTES // 2**20} MB")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("take" + Path(source_name).suffix.lower()[:10])
        path.write_bytes(source)
        return decode_take(path, max_s)


def add_reference_take(db: Path, line_id: int, source: Path | bytes | np.ndarray, source_name: str) -> ReferenceView:
    """Store a take for the line (replacing any earlier one) after trimming, transcribing and measuring it.
    `source` is a file, its bytes, or 16 kHz audio. Unreadable input raises a clear error and leaves the
    line's current take as it was."""
    audio = source if isinstance(source, np.ndarray) else _decode(source, source_name)
    with transaction(db) as session:
        line = get_line(session, line_id)
        text, project_id = strip_markup(line.text), line.project_id
    analysis = analyze_take(audio, text)
    folder = project_media_dir(db, project_id) / "references"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"line-{line_id}-{uuid.uuid4().hex[:10]}.wav"
    write_audio(path, analysis.audio, WHISPER_SAMPLE_RATE_HZ)
    old = None
    with transaction(db) as session:
        line = get_line(session, line_id)
        if line.reference is not None:
            old = media_dir_for(db) / line.reference.audio_path
            session.delete(line.reference)
            session.flush()
        session.add(ReferenceTake(
            line_id=line_id, source_name=Path(source_name).name[:300], audio_path=str(path.relative_to(media_dir_for(db))),
            duration_s=analysis.duration_s, transcript=analysis.transcript.text,
            words=[[w.text, round(w.start_s, 3), round(w.end_s, 3)] for w in analysis.transcript.words],
            reliability=analysis.reliability.to_json(), features=analysis.features.astype(np.float32).tobytes(),
        ))
    if old is not None:
        old.unlink(missing_ok=True)
    take_embedding(str(path))  # now, while the user waits on the analysis, so the Cast page's hints are instant
    return get_reference(db, line_id)


@dataclass(frozen=True)
class SceneTakes:
    heard: list[int]  # line numbers that got a take
    missed: list[int]  # line numbers not found in the recording


def add_scene_take(db: Path, project_id: int, source: Path | bytes, source_name: str) -> SceneTakes:
    """One recording of the scene read through: each line heard in it (by Whisper's words, aligned to the
    script) gets its stretch as its reference take; lines not heard keep whatever take they had."""
    audio = _decode(source, source_name, MAX_SCENE_S)
    lines = list_lines(db, project_id)
    words = list(transcribe(audio, WHISPER_SAMPLE_RATE_HZ).words)
    spans = line_spans(words, [strip_markup(line.text) for line in lines], audio.size / WHISPER_SAMPLE_RATE_HZ)
    heard, missed = [], []
    for line, span in zip(lines, spans):
        if span is None:
            missed.append(line.number)
            continue
        start, end = (int(t * WHISPER_SAMPLE_RATE_HZ) for t in span)
        add_reference_take(db, line.id, audio[start:end], f"{Path(source_name).name} · line {line.number}")
        heard.append(line.number)
    if not heard:
        raise IntonateError(f"no line of the script was heard in {Path(source_name).name}")
    return SceneTakes(heard, missed)


def get_reference(db: Path, line_id: int) -> ReferenceView | None:
    with transaction(db) as session:
        take = get_line(session, line_id).reference
        if take is None:
            return None
        return ReferenceView(line_id, take.source_name, media_dir_for(db) / take.audio_path, take.duration_s,
                             take.transcript, dict(take.reliability), take.created_at)


def remove_reference_take(db: Path, line_id: int) -> None:
    with transaction(db) as session:
        take = get_line(session, line_id).reference
        if take is None:
            return
        path = media_dir_for(db) / take.audio_path
        session.delete(take)
    path.unlink(missing_ok=True)


def _delivery_of(db: Path, take: ReferenceTake, text: str) -> Delivery:
    audio, rate = read_audio(media_dir_for(db) / take.audio_path)
    return measure_delivery(audio, rate, [Word(*w) for w in take.words], text)


def match_reference_take(db: Path, line_id: int) -> dict[str, float]:
    """Set the line's rate, pitch, pitch range and pauses so its render follows the reference take; returns the
    values set. The emotion and intensity in force stay (they colour the voice); the controls absorb the rest."""
    with transaction(db) as session:
        line = get_line(session, line_id)
        if line.reference is None:
            raise IntonateError("this line has no reference take to match")
        project = session.get(Project, line.project_id)
        text = strip_markup(line.text)
        take = _delivery_of(db, line.reference, text)
        others = session.scalars(select(ReferenceTake).join(Line).where(
            Line.project_id == line.project_id, Line.speaker_id == line.speaker_id, Line.id != line_id)).all()
        speaker_takes = [_delivery_of(db, other, strip_markup(session.get(Line, other.line_id).text)) for other in others]
        settings, voice = line_settings(line), line_voice(line, project)
        lexicon = project_lexicon(session, project.id)
        spoken = [w[0] for w in line.reference.words]
        original_text = line.text
    neutral = synthesize(original_text, voice, SynthesisSettings(emotion=Emotion.NEUTRAL, intensity=0.0), lexicon)
    voice_neutral = measure_delivery(neutral.audio, neutral.sample_rate, [], text)
    values = match_take(take, voice_neutral, neutral_reference(take, speaker_takes), settings.emotion, settings.intensity)
    with transaction(db) as session:
        line = get_line(session, line_id)
        change_line(session, line, f"match take on line {line.position}",
                    text=text_with_pauses(line.text, spoken, take.pauses), direction=values)
    return values
