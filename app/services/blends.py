"""Voice blends: two Kokoro voices mixed into a new one, saved under a name for casting."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.db.models import VoiceBlend
from app.db.session import transaction
from engine.errors import IntonateError
from engine.voices import blend_id, get_voice


@dataclass(frozen=True)
class BlendView:
    name: str
    voice_id: str
    description: str


def save_blend(db: Path, name: str, first: str, second: str, first_percent: int) -> BlendView:
    """Save `first_percent` % of one voice and the rest of another as a named voice."""
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise IntonateError("a blend needs a name of 1 to 100 characters")
    voice_id = blend_id(first, second, first_percent)
    with transaction(db) as session:
        if session.scalar(select(VoiceBlend.id).where(VoiceBlend.name == name)) is not None:
            raise IntonateError(f"a blend named {name!r} already exists")
        session.add(VoiceBlend(name=name, voice_id=voice_id))
    return BlendView(name, voice_id, get_voice(voice_id).display_name)


def list_blends(db: Path) -> list[BlendView]:
    with transaction(db) as session:
        rows = session.scalars(select(VoiceBlend).order_by(VoiceBlend.name)).all()
        return [BlendView(row.name, row.voice_id, get_voice(row.voice_id).display_name) for row in rows]


def delete_blend(db: Path, name: str) -> None:
    """Forget the name; speakers cast with the blend keep their voice (its id holds the recipe)."""
    with transaction(db) as session:
        row = session.scalar(select(VoiceBlend).where(VoiceBlend.name == name))
        if row is None:
            raise IntonateError(f"no blend named {name!r}")
        session.delete(row)
