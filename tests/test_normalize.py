"""Text normalization, table-driven: what a narrator would say for each written form."""

from __future__ import annotations

import pytest

from engine.g2p import phonemize
from engine.normalize import normalize_text

CASES = [
    ("I have 3 cats.", "I have three cats."),
    ("It costs 1,250 euros.", "It costs one thousand two hundred and fifty euros."),
    ("Pi is 3.14.", "Pi is three point one four."),
    ("She finished 1st and he was 22nd.", "She finished first and he was twenty-second."),
    ("Tickets are $5.50 each.", "Tickets are five dollars and fifty cents each."),
    ("That's $1 only.", "That's one dollar only."),
    ("We raised £3m.", "We raised three million pounds."),
    ("Prices rose 12% this year.", "Prices rose twelve percent this year."),
    ("Growth was 2.5%.", "Growth was two point five percent."),
    ("The call is at 10:30.", "The call is at ten thirty."),
    ("Meet me at 7pm.", "Meet me at seven P M."),
    ("Wake up at 6:05 am.", "Wake up at six oh five A M."),
    ("Lunch at 12:00.", "Lunch at twelve o'clock."),
    ("Released on 2024-03-15.", "Released on March fifteenth, twenty twenty-four."),
    ("Born on July 4, 1976.", "Born on July fourth, nineteen seventy-six."),
    ("In 1999 it changed.", "In nineteen ninety-nine it changed."),
    ("It weighs 5 kg.", "It weighs five kilograms."),
    ("Drive 1 km north.", "Drive one kilometre north."),
    ("It was 20°C outside.", "It was twenty degrees Celsius outside."),
    ("The limit is 70 mph.", "The limit is seventy miles per hour."),
    ("A 16 GB card.", "A sixteen gigabytes card."),
    ("Dr. Smith lives on Baker St. now.", "Doctor Smith lives on Baker Saint now."),
    ("Fruit, e.g. apples.", "Fruit, for example apples."),
    ("Visit example.com today.", "Visit example dot com today."),
    ("See https://docs.intonate.dev/start for help.", "See docs dot intonate dot dev slash start for help."),
    ("Write to anna.lee@mail.org please.", "Write to anna dot lee at mail dot org please."),
    ("I AM SO ANGRY right now.", "i am so angry right now."),
    ("The FBI called.", "The FBI called."),
    ("Room 101.", "Room one hundred and one."),
]


@pytest.mark.parametrize("written, spoken", CASES)
def test_normalization(written, spoken):
    assert normalize_text(written) == spoken


def test_markup_is_left_alone():
    text = 'Wait 2 s. <break time="2s"/> Say [[wˈɪn 2]] now.'
    assert normalize_text(text) == 'Wait two seconds. <break time="2s"/> Say [[wˈɪn 2]] now.'


def test_plain_prose_is_untouched():
    text = "The storm had raged for three days when the boat reached the lighthouse."
    assert normalize_text(text) == text


def test_lone_acronyms_are_spelled_by_espeak():
    phonemes = "".join(c.phonemes for c in phonemize(normalize_text("The FBI called."), "en-us"))
    assert "ɛf" in phonemes and "ˈaɪ" in phonemes
