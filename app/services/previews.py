"""Short voice previews for casting, rendered once per voice and kept on disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.config import media_dir_for
from engine.audio import write_audio
from engine.synthesis import ENGINE_VERSION, synthesize
from engine.voices import get_voice

PREVIEW_SENTENCE = "Hello! This is how I sound when I read your script. Shall we begin?"


def voice_preview(db: Path, voice_id: str, sentence: str = PREVIEW_SENTENCE) -> Path:
    """A WAV of the voice reading a sample sentence (rendered on first request)."""
    voice = get_voice(voice_id)
    # hashlib, not hash(): Python salts str hashes per process, so every start would render anew.
    digest = hashlib.sha256(f"{ENGINE_VERSION}|{sentence}".encode("utf-8")).hexdigest()[:12]
    path = media_dir_for(db) / "previews" / f"{voice.id}-{digest}.wav"
    if not path.exists():
        rendered = synthesize(sentence, voice)
        write_audio(path, rendered.audio, rendered.sample_rate)
    return path
