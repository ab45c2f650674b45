"""Who a voice sounds like: Resemblyzer's GE2E speaker embedding, and our voices ranked by it.

Used to suggest a cast from a director's reference takes: the voices whose own speech lies nearest to the
take's speaker. Each voice's embedding is measured once from its renders (`python -m
engine.training.voice_embeddings`) and shipped in `assets/models/voices/voice_embeddings.json`.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from engine.audio import resample
from engine.paths import MODELS_DIR

EMBEDDING_SAMPLE_RATE_HZ = 16_000
VOICE_EMBEDDINGS_PATH = MODELS_DIR / "voices" / "voice_embeddings.json"


@dataclass(frozen=True)
class VoiceMatch:
    voice_id: str
    similarity: float  # cosine, -1 … 1; a real person against our nearest voice scores about 0.5-0.7


@lru_cache(maxsize=1)
def _resemblyzer():
    with warnings.catch_warnings():  # it imports binary_dilation from scipy's deprecated ndimage.morphology
        warnings.simplefilter("ignore", DeprecationWarning)
        import resemblyzer
    return resemblyzer


@lru_cache(maxsize=1)
def _encoder():
    return _resemblyzer().VoiceEncoder("cpu", verbose=False)  # its 17 MB weights ship inside the wheel


def embed_speech(audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """The unit-length 256-d embedding of one recording's speaker."""
    preprocess_wav = _resemblyzer().preprocess_wav

    wav = preprocess_wav(resample(audio.astype(np.float32), sample_rate, EMBEDDING_SAMPLE_RATE_HZ),
                         source_sr=EMBEDDING_SAMPLE_RATE_HZ)
    if wav.size < EMBEDDING_SAMPLE_RATE_HZ // 2:  # VAD left almost nothing: use the recording as it is
        wav = resample(audio.astype(np.float32), sample_rate, EMBEDDING_SAMPLE_RATE_HZ)
    return _encoder().embed_utterance(wav)


def mean_embedding(embeddings: list[np.ndarray]) -> np.ndarray:
    """One speaker's embedding from several recordings (GE2E's centroid)."""
    centroid = np.mean(embeddings, axis=0)
    return centroid / np.linalg.norm(centroid)


@lru_cache(maxsize=1)
def voice_embeddings() -> dict[str, np.ndarray]:
    """Each shipped voice's embedding, measured from its own renders."""
    table = json.loads(VOICE_EMBEDDINGS_PATH.read_text(encoding="utf-8"))["voices"]
    return {voice_id: np.asarray(values, dtype=np.float32) for voice_id, values in table.items()}


def nearest_voices(embedding: np.ndarray, candidates: list[str] | None = None, count: int = 3) -> list[VoiceMatch]:
    """The voices that sound most like `embedding`, best first."""
    table = voice_embeddings()
    ids = [voice_id for voice_id in (candidates or list(table)) if voice_id in table]
    scores = [float(np.dot(table[voice_id], embedding)) for voice_id in ids]
    order = np.argsort(scores)[::-1][:count]
    return [VoiceMatch(ids[i], round(scores[i], 3)) for i in order]
