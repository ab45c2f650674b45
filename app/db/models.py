"""SQLAlchemy 2 models of the studio's data."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    gap_s: Mapped[float] = mapped_column(Float, default=0.6)
    speaker_change_gap_s: Mapped[float] = mapped_column(Float, default=0.8)
    default_voice: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # last opened in the studio

    speakers: Mapped[list[Speaker]] = relationship(back_populates="project", cascade="all, delete-orphan", passive_deletes=True)
    lines: Mapped[list[Line]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True, order_by="Line.position"
    )


class Speaker(Base):
    __tablename__ = "speakers"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    voice_id: Mapped[str | None] = mapped_column(String(100))

    project: Mapped[Project] = relationship(back_populates="speakers")


class Line(Base):
    __tablename__ = "lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    direction: Mapped[str | None] = mapped_column(Text)  # stage directions / notes, never spoken
    author_id: Mapped[str | None] = mapped_column(String(200))
    cue_start_s: Mapped[float | None] = mapped_column(Float)
    cue_end_s: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    project: Mapped[Project] = relationship(back_populates="lines")
    speaker: Mapped[Speaker | None] = relationship()
    estimate: Mapped[Estimate | None] = relationship(cascade="all, delete-orphan", passive_deletes=True, uselist=False)
    direction_override: Mapped[Direction | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )
    takes: Mapped[list[Take]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="Take.created_at"
    )
    reference: Mapped[ReferenceTake | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class Estimate(Base):
    """The recognizer's latest reading of a line."""

    __tablename__ = "estimates"

    line_id: Mapped[int] = mapped_column(ForeignKey("lines.id", ondelete="CASCADE"), primary_key=True)
    emotion: Mapped[str] = mapped_column(String(20))
    probabilities: Mapped[dict] = mapped_column(JSON)
    intensity: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    modalities: Mapped[list] = mapped_column(JSON)
    model_version: Mapped[str] = mapped_column(String(50))
    votes: Mapped[dict | None] = mapped_column(JSON)  # each input's reading and weight, when a take was heard
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Direction(Base):
    """The user's overrides for a line; None means 'use the estimate or the default'."""

    FIELDS = ("emotion", "intensity", "rate", "pitch", "pitch_range", "volume", "pause_before", "pause_after")
    PROSODY_FIELDS = FIELDS[2:]  # the manual controls, beside emotion and intensity

    __tablename__ = "directions"

    line_id: Mapped[int] = mapped_column(ForeignKey("lines.id", ondelete="CASCADE"), primary_key=True)
    emotion: Mapped[str | None] = mapped_column(String(20))
    intensity: Mapped[float | None] = mapped_column(Float)
    rate: Mapped[float | None] = mapped_column(Float)
    pitch: Mapped[float | None] = mapped_column(Float)
    pitch_range: Mapped[float | None] = mapped_column(Float)
    volume: Mapped[float | None] = mapped_column(Float)
    pause_before: Mapped[float | None] = mapped_column(Float)
    pause_after: Mapped[float | None] = mapped_column(Float)


class LexiconEntry(Base):
    """How the project wants a word said: a respelling, or IPA."""

    __tablename__ = "lexicon_entries"
    __table_args__ = (UniqueConstraint("project_id", "word"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    word: Mapped[str] = mapped_column(String(100))  # stored lower-case: matching ignores case
    pronunciation: Mapped[str] = mapped_column(String(300))
    is_ipa: Mapped[bool] = mapped_column(Boolean, default=False)


class Take(Base):
    """One render of a line: the exact settings that made it and where its audio is."""

    __tablename__ = "takes"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("lines.id", ondelete="CASCADE"), index=True)
    voice_id: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    settings: Mapped[dict] = mapped_column(JSON)
    render_key: Mapped[str] = mapped_column(String(64), index=True)
    audio_path: Mapped[str] = mapped_column(String(500))  # relative to the media folder
    duration_s: Mapped[float] = mapped_column(Float)
    sample_rate: Mapped[int] = mapped_column(Integer)
    render_s: Mapped[float] = mapped_column(Float)
    chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ReferenceTake(Base):
    """The director's own reading of a line (recorded or uploaded), trimmed, transcribed and measured."""

    __tablename__ = "reference_takes"

    line_id: Mapped[int] = mapped_column(ForeignKey("lines.id", ondelete="CASCADE"), primary_key=True)
    source_name: Mapped[str] = mapped_column(String(300))  # the uploaded file's name, or "recording"
    audio_path: Mapped[str] = mapped_column(String(500))  # trimmed 16 kHz WAV, relative to the media folder
    duration_s: Mapped[float] = mapped_column(Float)
    transcript: Mapped[str] = mapped_column(Text)
    words: Mapped[list] = mapped_column(JSON)  # [[word, start_s, end_s], …] in the trimmed audio
    reliability: Mapped[dict] = mapped_column(JSON)
    features: Mapped[bytes] = mapped_column(LargeBinary)  # float32 speech-emotion features
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LineEdit(Base):
    """A line's text, direction, note and speaker just before a change, so the change can be undone."""

    __tablename__ = "line_edits"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("lines.id", ondelete="CASCADE"))
    action_id: Mapped[str] = mapped_column(String(32), index=True)  # shared by the edits of one user action
    what: Mapped[str] = mapped_column(String(200))  # e.g. "emotion of line 3"
    text: Mapped[str] = mapped_column(Text)
    direction: Mapped[dict | None] = mapped_column(JSON)  # Direction.FIELDS → value; None: no override row
    speaker: Mapped[str | None] = mapped_column(String(200))  # the speaker's name; "": narration; None: not recorded
    speaker_voice: Mapped[str | None] = mapped_column(String(100))  # their voice, should they leave the cast meanwhile
    note: Mapped[str | None] = mapped_column(Text)  # the line's direction note; "": none; None: not recorded
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class VoiceBlend(Base):
    """A named mix of two voices, for casting (the voice id itself holds the recipe)."""

    __tablename__ = "voice_blends"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    voice_id: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
