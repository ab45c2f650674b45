"""Surface cues of emotional intensity in written text: shouting, exclamations, intensifiers."""

from __future__ import annotations

import re

import numpy as np

INTENSIFIERS = frozenset(
    "absolutely completely totally utterly extremely incredibly really so very truly deeply "
    "terribly awfully insanely seriously literally entirely furious devastated terrified "
    "ecstatic thrilled horrified disgusted".split()
)
SOFTENERS = frozenset("little bit slightly somewhat kinda sort fairly rather mildly quite".split())
_WORD = re.compile(r"[A-Za-z']+")

CUE_NAMES = ("exclamations", "shouting", "intensifiers", "softeners", "questions", "elongation")


def cue_features(text: str) -> np.ndarray:
    """Six cue strengths in [0, 1], in `CUE_NAMES` order."""
    words = _WORD.findall(text)
    lowered = [w.lower() for w in words]
    caps = [w for w in words if len(w) > 1 and w.isupper()]
    n = max(len(words), 1)
    return np.array(
        [
            min(text.count("!") / 2, 1.0),
            min(len(caps) / n * 2, 1.0),
            min(sum(w in INTENSIFIERS for w in lowered) / 2, 1.0),
            min(sum(w in SOFTENERS for w in lowered), 1.0),
            min(text.count("?") / 2, 1.0),
            1.0 if re.search(r"([a-zA-Z])\1{2,}", text) else 0.0,
        ],
        dtype=np.float32,
    )
