"""The text emotion recognizer: honest probabilities, sensible labels, ordered intensities, context."""

from __future__ import annotations

import numpy as np
import pytest

from engine.emotions import Emotion, Modality
from engine.recognizer import LineInput, context_states, fuse_context, recognize


def _one(text: str):
    return recognize([LineInput("1", text)])[0]


def test_probabilities_cover_the_seven_emotions_and_sum_to_one():
    estimate = _one("What a wonderful surprise, thank you so much!")
    assert set(estimate.probabilities) == set(Emotion)
    assert sum(estimate.probabilities.values()) == pytest.approx(1.0, abs=1e-6)
    assert 0 <= estimate.intensity <= 1 and 0 < estimate.confidence <= 1
    assert estimate.confidence == pytest.approx(max(estimate.probabilities.values()))
    assert estimate.modalities == (Modality.TEXT,)


@pytest.mark.parametrize(
    "text, emotion",
    [
        ("I am so happy for you, this is wonderful news!", Emotion.JOY),
        ("Get out of my house right now, I hate you!", Emotion.ANGER),
        ("I miss her so much. I cried all night.", Emotion.SADNESS),
        ("I'm scared, someone is following me.", Emotion.FEAR),
        ("That is absolutely disgusting, it made me sick.", Emotion.DISGUST),
        ("Wait, what? You're getting married?!", Emotion.SURPRISE),
        ("The meeting is at three in room four.", Emotion.NEUTRAL),
    ],
)
def test_clear_lines_get_their_emotion(text, emotion):
    assert _one(text).emotion == emotion


@pytest.mark.parametrize(
    "mild, strong",
    [
        ("I'm a little annoyed.", "I am absolutely furious!!"),
        ("That's nice.", "This is the BEST day of my life!!!"),
        ("I'm a bit worried.", "I'm terrified, please help me!"),
    ],
)
def test_graded_pairs_come_out_in_order(mild, strong):
    assert _one(mild).intensity < _one(strong).intensity


def test_context_state_follows_the_dialogue_only():
    probs = np.eye(7)[[0, 3, 5]]
    lines = [LineInput("a", "x", "A", "d1"), LineInput("b", "y", "B", "d1"), LineInput("c", "z", "A", "d2")]
    states = context_states(probs, lines)
    assert states[0] is None and states[2] is None  # first turn of each dialogue has no context
    assert np.allclose(states[1], probs[0])
    fused = fuse_context(probs[1], states[1], 0.3)
    assert fused.sum() == pytest.approx(1.0) and fused[0] == pytest.approx(0.3)


def test_context_is_marked_and_can_be_turned_off():
    lines = [LineInput("1", "You lied to me!", "A", "scene"), LineInput("2", "Fine.", "B", "scene")]
    with_context = recognize(lines)
    without = recognize(lines, use_context=False)
    assert Modality.CONTEXT in with_context[1].modalities
    assert without[1].modalities == (Modality.TEXT,)
    narration = recognize([LineInput("1", "You lied to me!"), LineInput("2", "Fine.")])
    assert all(e.modalities == (Modality.TEXT,) for e in narration)
