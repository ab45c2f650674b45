"""Explanations: the words that carry an emotion weigh most, and context gets its share."""

from __future__ import annotations

import pytest

from engine.emotions import Emotion
from engine.explain import explain


@pytest.mark.parametrize(
    "text, emotion, key_word",
    [
        ("I really hate you, get out of my house.", Emotion.ANGER, "hate"),
        ("I miss her so much since the funeral.", Emotion.SADNESS, "miss"),
        ("I am so scared of the dark basement.", Emotion.FEAR, "scared"),
        ("Thank you, this is a wonderful gift!", Emotion.JOY, "wonderful"),
    ],
)
def test_the_emotion_word_weighs_most(text, emotion, key_word):
    reason = explain(text)
    assert reason.emotion == emotion
    ranked = [word.strip(",.!?").lower() for word, _ in sorted(reason.words, key=lambda w: -w[1])]
    assert key_word in ranked[:2], reason.words
    assert reason.context_effect == 0.0


def test_context_effect_is_reported():
    reason = explain("Oh, really?", "other: We bought you a puppy!")
    assert reason.context_effect != 0.0
    assert [w for w, _ in reason.words] == ["Oh,", "really?"]
