"""Why the recognizer chose an emotion: leave-one-word-out attributions, and what the context added."""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.emotions import EMOTIONS, Emotion
from engine.text_emotion import load_text_model

_TOKEN = re.compile(r"\S+")
MAX_WORDS = 60


@dataclass(frozen=True)
class Explanation:
    emotion: Emotion
    words: tuple[tuple[str, float], ...]  # each word, and how much the emotion's probability drops without it
    context_effect: float  # how much the context raised (or lowered) that probability


def explain(text: str, context: str = "") -> Explanation:
    """Attribute the top emotion of `text` to its words (and its context), one batched model call."""
    model = load_text_model()
    words = _TOKEN.findall(text)[:MAX_WORDS]
    variants = [" ".join(words[:i] + words[i + 1 :]) for i in range(len(words))]
    texts = [text, text, *variants]
    contexts = [context, "", *([context] * len(variants))]
    probs, _ = model.score(texts, contexts)
    top = int(probs[0].argmax())
    weights = tuple((word, float(probs[0][top] - p[top])) for word, p in zip(words, probs[2:]))
    return Explanation(EMOTIONS[top], weights, float(probs[0][top] - probs[1][top]) if context else 0.0)
