"""Offline grapheme-to-phoneme conversion with espeak-ng (the copy bundled in piper-tts)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

_ESPEAK_LOCK = threading.Lock()  # espeak-ng keeps global state: one caller at a time
_LANG_SWITCH = re.compile(r"\([^)]+\)")


@dataclass(frozen=True)
class Clause:
    phonemes: str
    terminator: str  # one of . ? ! , : ; or ""
    ends_sentence: bool


@lru_cache(maxsize=1)
def _bridge():
    from piper import espeakbridge
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    espeakbridge.initialize(str(ESPEAK_DATA_DIR))
    return espeakbridge


def phonemize(text: str, espeak_voice: str) -> list[Clause]:
    """IPA phonemes of `text`, clause by clause, as espeak-ng reads it."""
    bridge = _bridge()
    with _ESPEAK_LOCK:
        bridge.set_voice(espeak_voice)
        raw = bridge.get_phonemes(text)
    return [Clause(_LANG_SWITCH.sub("", p), t, bool(e)) for p, t, e in raw]
