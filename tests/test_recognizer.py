"""The text emotion recognizer: honest probabilities, sensible labels, ordered intensities, context."""

from __future__ import annotations

import numpy as np
import pytest

from engine.emotions import Emotion, Modality
from engine.recognizer import LineInput, recognize
from engine.text_context import context_strings
from engine.text_emotion import CONTEXT_TOKENS, clip_contexts, load_text_model


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


def test_context_strings_follow_each_dialogue():
    lines = [LineInput("a", "You lied.", "A", "d1"), LineInput("b", "I did not.", "B", "d1"),
             LineInput("c", "Hello.", "A", "d2"), LineInput("d", "Yes you did!", "A", "d1"), LineInput("e", "Narration.")]
    assert context_strings(lines) == ["", "other: You lied.", "", "other: I did not. | me: You lied.", ""]


def test_long_contexts_are_cut_to_their_nearest_tokens_and_short_ones_kept():
    tokenizer = load_text_model().tokenizer
    long = "other: " + " ".join(["We waited for you at the station all night long"] * 4) + " | me: Sorry."
    short = "other: You lied. | me: I know."
    clipped = clip_contexts(tokenizer, [long, short, ""])
    assert long.startswith(clipped[0]) and len(tokenizer.encode(clipped[0], add_special_tokens=False).ids) == CONTEXT_TOKENS
    assert clipped[1:] == [short, ""]


def test_context_changes_the_reading_of_an_ambiguous_line():
    after_insult = recognize([LineInput("1", "You're a liar and a coward!", "A", "d"), LineInput("2", "Oh, really?", "B", "d")])
    after_gift = recognize([LineInput("1", "We bought you a puppy!", "A", "d"), LineInput("2", "Oh, really?", "B", "d")])
    shift = np.abs(after_insult[1].vector() - after_gift[1].vector()).sum()
    assert shift > 0.1
    assert after_gift[1].probabilities[Emotion.JOY] + after_gift[1].probabilities[Emotion.SURPRISE] > \
        after_insult[1].probabilities[Emotion.JOY] + after_insult[1].probabilities[Emotion.SURPRISE]


def test_context_is_marked_and_can_be_turned_off():
    lines = [LineInput("1", "You lied to me!", "A", "scene"), LineInput("2", "Fine.", "B", "scene")]
    with_context = recognize(lines)
    without = recognize(lines, use_context=False)
    assert Modality.CONTEXT in with_context[1].modalities
    assert without[1].modalities == (Modality.TEXT,)
    narration = recognize([LineInput("1", "You lied to me!"), LineInput("2", "Fine.")])
    assert all(e.modalities == (Modality.TEXT,) for e in narration)
