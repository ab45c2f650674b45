"""The text emotion recognizer: honest probabilities, sensible labels, ordered intensities, context."""

from __future__ import annotations

import numpy as np
import pytest

from engine.emotions import EMOTIONS, Emotion, Modality
from engine.recognizer import LineInput, recognize
from engine.text_context import context_strings
from engine.text_emotion import (
    CONTEXT_TOKENS,
    clip_contexts,
    emoji_as_words,
    encode_lines,
    load_text_model,
    readable_parts,
)


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


def test_a_line_is_encoded_alone_without_context_and_as_a_pair_with_it():
    tokenizer = load_text_model().tokenizer
    feeds = encode_lines(tokenizer, ["Oh, really?", "Oh, really?"], ["", "other: We bought you a puppy!"])
    sep = tokenizer.token_to_id("[SEP]")
    alone, paired = feeds["input_ids"] * feeds["attention_mask"]
    assert list(alone).count(sep) == 1 and feeds["token_type_ids"][0].sum() == 0
    assert list(paired).count(sep) == 2 and feeds["token_type_ids"][1].sum() > 0
    assert list(alone[: list(alone).index(sep) + 1]) == list(paired[: list(paired).index(sep) + 1])


AMBIGUOUS_REPLIES = [  # (bad news, good news, a reply that could follow either)
    ("You're a liar and a coward!", "We bought you a puppy!", "Oh, really?"),
    ("You lied to me!", "Want to get pizza tonight?", "Fine."),
    ("Grandma died last night.", "We won the lottery!", "Oh my God."),
    ("I just got fired.", "I got the job!", "I can't believe it."),
    ("Get out of my house!", "Happy birthday, sweetheart!", "What are you doing?"),
    ("There's someone in the basement.", "Dinner is ready.", "Okay, I'm coming."),
    ("You ate my sandwich again.", "You look great today.", "So what?"),
    ("The dog is gone. We looked everywhere.", "The dog is back! He came home!", "Are you sure?"),
]


def test_context_changes_the_reading_of_ambiguous_replies():
    shifts, darker_after_bad_news = [], 0
    for bad, good, reply in AMBIGUOUS_REPLIES:
        after_bad = recognize([LineInput("1", bad, "A", "d"), LineInput("2", reply, "B", "d")])[1]
        after_good = recognize([LineInput("1", good, "A", "d"), LineInput("2", reply, "B", "d")])[1]
        shifts.append(np.abs(after_bad.vector() - after_good.vector()).sum())
        darker_after_bad_news += negative(after_bad) > negative(after_good)
    assert np.mean(shifts) > 0.15  # of 2 at most; the text models so far: 0.24-0.31
    assert darker_after_bad_news > len(AMBIGUOUS_REPLIES) / 2  # ft-4: 7 of 8 (dynamic int8), 6 (static int8)


def negative(estimate) -> float:
    """The probability a line carries a negative emotion (joy stays at 1-5 % on these replies, too small to compare)."""
    return sum(estimate.probabilities[e] for e in (Emotion.ANGER, Emotion.DISGUST, Emotion.FEAR, Emotion.SADNESS))


def test_context_is_marked_and_can_be_turned_off():
    lines = [LineInput("1", "You lied to me!", "A", "scene"), LineInput("2", "Fine.", "B", "scene")]
    with_context = recognize(lines)
    without = recognize(lines, use_context=False)
    assert Modality.CONTEXT in with_context[1].modalities
    assert without[1].modalities == (Modality.TEXT,)
    narration = recognize([LineInput("1", "You lied to me!"), LineInput("2", "Fine.")])
    assert all(e.modalities == (Modality.TEXT,) for e in narration)


def test_a_line_reads_the_same_whatever_lines_share_its_model_call():
    model = load_text_model()
    script = ["We did it!", "I can't believe he's gone.", "Ugh, that smell.", "Please, don't hurt me.",
              "What? Since when?", "Turn left at the next light.", "You never listen to me!!", "Fine."] * 3
    together, together_arousal = model.score(script)
    for i, line in enumerate(script[:8]):
        alone, alone_arousal = model.score([line])
        assert np.allclose(alone[0], together[i], atol=1e-5) and np.isclose(alone_arousal[0], together_arousal[i], atol=1e-5)


def test_curly_quotes_and_apostrophes_read_as_straight_ones():
    """A line pasted from Word reads as the same line typed in the studio (the tokenizer saw ’ and ' apart: "I’m a
    little annoyed" had 0.45 intensity, "I'm…" 0.50)."""
    typed = ["I'm a little annoyed.", "I can't believe it!!", 'She said "fine" and left.']
    pasted = ["I’m a little annoyed.", "I can’t believe it!!", "She said “fine” and left."]
    lines = [LineInput(str(i), text, "Ann", "d") for i, text in enumerate(typed)]
    curled = [LineInput(str(i), text, "Ann", "d") for i, text in enumerate(pasted)]
    for straight, curly in zip(recognize(lines), recognize(curled)):
        assert straight.probabilities == curly.probabilities and straight.intensity == curly.intensity


def test_emoji_are_read_by_name_not_as_unknown_tokens():
    """The tokenizer has no emoji: "😡😡😡" was one [UNK], read as neutral at 85 % confidence."""
    assert emoji_as_words("so funny 😂, 👍🏽 ok") == "so funny tears of joy , thumbs up ok"
    assert emoji_as_words("No emoji, a café’s “quote”.") == "No emoji, a café’s “quote”."
    angry = _one("😡😡😡")
    assert angry.emotion == Emotion.ANGER, angry.probabilities
    assert angry.probabilities[Emotion.NEUTRAL] < 0.5


def test_a_paragraph_longer_than_the_model_reads_at_once_is_read_to_its_end():
    """A narration paragraph past the model's 96 tokens is read in parts of whole sentences: an outburst at its end
    counts (cut at the limit, the model never saw it), and a line that fits is read whole, as one part."""
    model = load_text_model()
    briefing = ("Welcome to this module on workplace safety. In the next few minutes we will look at the layout of the "
                "warehouse, the location of the fire exits, and the procedures that apply when the alarm sounds. "
                "Please take notes as we go, and keep your badge with you at all times. ") * 2
    outburst = "I am absolutely furious that nobody told me, this is an outrage!"
    calm, angry = model.score([briefing, briefing + outburst])[0]
    anger = EMOTIONS.index("anger")
    assert angry[anger] > calm[anger] + 0.1 and angry.sum() == pytest.approx(1.0, abs=1e-5)
    parts = readable_parts(model.tokenizer, [briefing + outburst, outburst], ["", "other: Why?"])
    assert len(parts[0]) == 2 and " ".join(part for part, _ in parts[0]) == " ".join((briefing + outburst).split())
    assert all(tokens <= 94 for _, tokens in parts[0]) and parts[1] == [(outburst, 14)]
