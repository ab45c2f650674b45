"""Short previews, rendered once and kept on disk: a voice for casting, a sentence with the lexicon being edited."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.config import media_dir_for
from app.services.common import unsayable_ipa
from engine.audio import write_audio
from engine.errors import IntonateError
from engine.lexicon import Lexicon
from engine.synthesis import ENGINE_VERSION, SynthesisSettings, render_key, synthesize
from engine.text import has_speakable_text
from engine.voices import get_voice

MAX_TRY_CHARS = 300

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


def pronunciation_preview(db: Path, sentence: str, voice_id: str, lexicon: Lexicon) -> Path:
    """A WAV of the voice saying the sentence with these lexicon entries (saved or not yet): hear a word before
    any line is rendered with it."""
    sentence = " ".join(sentence.split())
    if not has_speakable_text(sentence):
        raise IntonateError("type a word or a sentence to hear")
    if len(sentence) > MAX_TRY_CHARS:
        raise IntonateError(f"a try-out is at most {MAX_TRY_CHARS} characters")
    if problem := unsayable_ipa(sentence):
        raise IntonateError(problem)
    voice = get_voice(voice_id)
    settings = SynthesisSettings()
    path = media_dir_for(db) / "previews" / f"say-{render_key(sentence, voice, settings, lexicon)[:16]}.wav"
    if not path.exists():
        rendered = synthesize(sentence, voice, settings, lexicon)
        write_audio(path, rendered.audio, rendered.sample_rate)
    return path
