"""Recognize the emotion of every line of a project; the user's overrides are never touched."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import numpy as np
from sqlalchemy import select

from app.db.models import Estimate, Line, ReferenceTake
from app.db.session import transaction
from app.services.common import find_project
from engine.explain import Explanation, explain
from engine.fusion import Votes
from engine.recognizer import LineInput, TakeEvidence, model_version, recognize_with_takes
from engine.text import strip_markup
from engine.text_context import context_strings

Progress = Callable[[int, int], None]
ANALYSIS_BATCH = 64


def analyze_project(db: Path, name: str, use_context: bool = True,
                    progress: Progress | None = None) -> tuple[int, list[int]]:
    """Store a fresh estimate for each line; returns how many lines were analyzed and the numbers of the uncertain ones."""
    with transaction(db) as session:
        project_id = find_project(session, name).id
    inputs = _project_inputs(db, project_id)  # one dialogue per project: the scene so far is each line's context
    takes = _take_evidence(db, project_id, inputs)
    votes = recognize_with_takes(inputs, takes, use_context=use_context) if inputs else []
    version = model_version()
    total = len(votes)
    for start in range(0, total, ANALYSIS_BATCH):
        with transaction(db) as session:
            for line_input, vote in zip(inputs[start : start + ANALYSIS_BATCH], votes[start : start + ANALYSIS_BATCH]):
                estimate = vote.fused
                session.merge(Estimate(
                    line_id=int(line_input.id), emotion=estimate.emotion.value,
                    probabilities={e.value: p for e, p in estimate.probabilities.items()},
                    intensity=estimate.intensity, confidence=estimate.confidence,
                    modalities=[m.value for m in estimate.modalities], model_version=version,
                    votes=_votes_json(vote) if vote.audio is not None else None,
                ))
        if progress:
            progress(min(start + ANALYSIS_BATCH, total), total)
    return total, [number for number, vote in enumerate(votes, start=1) if vote.fused.uncertain]


def _take_evidence(db: Path, project_id: int, inputs: list[LineInput]) -> list[TakeEvidence | None]:
    with transaction(db) as session:
        rows = session.execute(select(ReferenceTake.line_id, ReferenceTake.features, ReferenceTake.reliability)
                               .join(Line).where(Line.project_id == project_id)).all()
    evidence = {str(r.line_id): TakeEvidence(np.frombuffer(r.features, np.float32), float(r.reliability["weight"]))
                for r in rows}
    return [evidence.get(line.id) for line in inputs]


def _votes_json(vote: Votes) -> dict:
    def reading(estimate):
        return None if estimate is None else {"emotion": estimate.emotion.value, "confidence": round(estimate.confidence, 4),
                                              "intensity": round(estimate.intensity, 4)}

    return {"text": reading(vote.text), "audio": reading(vote.audio),
            "text_weight": round(vote.text_weight, 3), "audio_weight": round(vote.audio_weight, 3)}


def _project_inputs(db: Path, project_id: int) -> list[LineInput]:
    with transaction(db) as session:
        rows = session.execute(
            select(Line.id, Line.text, Line.speaker_id).where(Line.project_id == project_id).order_by(Line.position)
        ).all()
    return [LineInput(id=str(r.id), text=strip_markup(r.text), speaker=str(r.speaker_id) if r.speaker_id else None,
                      dialogue=f"project-{project_id}" if r.speaker_id else None) for r in rows]


def explain_line(db: Path, project_id: int, line_id: int) -> Explanation:
    """Which words (and how much the earlier turns) made the recognizer read this line as it did."""
    inputs = _project_inputs(db, project_id)
    contexts = context_strings(inputs)
    index = next(i for i, item in enumerate(inputs) if item.id == str(line_id))
    return explain(inputs[index].text, contexts[index])
