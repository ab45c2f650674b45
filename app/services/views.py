"""Plain, typed snapshots of database rows that pages and the CLI can hold safely."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from engine.emotions import UNCERTAIN_BELOW, Emotion, automatic_intensity


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    name: str
    line_count: int
    speaker_count: int
    rendered_count: int
    updated_at: datetime
    opened_at: datetime | None = None  # when the studio last opened it


@dataclass(frozen=True)
class SpeakerView:
    id: int
    name: str
    voice_id: str
    line_count: int


@dataclass(frozen=True)
class EstimateView:
    emotion: Emotion
    probabilities: dict[str, float]
    intensity: float
    confidence: float
    modalities: tuple[str, ...]
    votes: dict | None = None  # each input's reading and weight, when a reference take was heard


@dataclass(frozen=True)
class DirectionView:
    emotion: Emotion | None = None
    intensity: float | None = None
    rate: float | None = None
    pitch: float | None = None
    pitch_range: float | None = None
    volume: float | None = None
    pause_before: float | None = None
    pause_after: float | None = None


@dataclass(frozen=True)
class TakeView:
    id: int
    audio_path: str  # absolute
    duration_s: float
    voice_id: str
    settings: dict
    chosen: bool
    up_to_date: bool


@dataclass(frozen=True)
class LineView:
    id: int
    number: int  # 1-based position in the script
    speaker: str | None
    text: str
    direction_note: str | None
    author_id: str | None
    cue_start_s: float | None
    cue_end_s: float | None
    voice_id: str
    estimate: EstimateView | None
    direction: DirectionView
    take: TakeView | None  # the chosen take

    @property
    def label(self) -> str:
        """The line's id for files: the author's id, else its zero-padded number."""
        return self.author_id or f"{self.number:03d}"

    @property
    def heading(self) -> str:
        """How the studio names the line: number, the script's id when it gave one, speaker."""
        return f"{self.number}." + (f" {self.author_id} ·" if self.author_id else "") + f" {self.speaker or 'Narrator'}"

    @property
    def effective_emotion(self) -> Emotion:
        if self.direction.emotion is not None:
            return self.direction.emotion
        return self.estimate.emotion if self.estimate else Emotion.NEUTRAL

    @property
    def effective_intensity(self) -> float:
        if self.direction.intensity is not None:
            return self.direction.intensity
        return automatic_intensity(self.direction.emotion, self.estimate and self.estimate.emotion,
                                   self.estimate and self.estimate.intensity)

    @property
    def uncertain(self) -> bool:
        """The recognizer's reading is below the confidence it can be trusted at."""
        return self.estimate is not None and self.estimate.confidence < UNCERTAIN_BELOW


@dataclass(frozen=True)
class ProjectSettings:
    id: int
    name: str
    default_voice: str
    gap_s: float
    speaker_change_gap_s: float
