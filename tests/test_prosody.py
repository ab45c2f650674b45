"""Emotion → prosody: plans follow the human actors' shifts, and renders carry them out."""

from __future__ import annotations

import json

import pytest

from engine.emotions import Emotion
from engine.prosody import SHIFTS_PATH, ProsodyPlan, plan_prosody
from engine.synthesis import SynthesisSettings, synthesize
from engine.voice_features import measure_prosody
from engine.voices import get_voice

HUMAN = json.loads(SHIFTS_PATH.read_text())
LINE = "I cannot believe you did this. We trusted you with everything."


def test_neutral_and_zero_intensity_change_nothing():
    assert plan_prosody(Emotion.NEUTRAL, 1.0) == ProsodyPlan()
    assert plan_prosody(Emotion.ANGER, 0.0) == ProsodyPlan()


def test_intensity_one_is_the_actors_normal_reading_and_more_goes_towards_strong():
    normal, strong = HUMAN["anger"]["normal"], HUMAN["anger"]["strong"]
    at_one = plan_prosody(Emotion.ANGER, 1.0)
    assert at_one.pitch_st == pytest.approx(normal["pitch_st"])
    assert at_one.loudness_db == pytest.approx(normal["loudness_db"])
    half = plan_prosody(Emotion.ANGER, 0.5)
    assert half.pitch_st == pytest.approx(normal["pitch_st"] / 2)
    exaggerated = plan_prosody(Emotion.ANGER, 1.5)
    assert normal["pitch_st"] < exaggerated.pitch_st < strong["pitch_st"]
    assert plan_prosody(Emotion.ANGER, 9.0) == exaggerated  # clipped at 1.5


def test_human_table_has_the_known_directions():
    # Acted anger is higher, louder and brighter; sadness is quieter with a narrower pitch range.
    assert HUMAN["anger"]["normal"]["pitch_st"] > 1 and HUMAN["anger"]["normal"]["loudness_db"] > 3
    assert HUMAN["sadness"]["normal"]["loudness_db"] < 0 and HUMAN["sadness"]["normal"]["range_ratio"] < 1
    assert HUMAN["surprise"]["normal"]["range_ratio"] > 1.2


@pytest.fixture(scope="module")
def neutral_measure():
    rendered = synthesize(LINE, get_voice("af_heart"), SynthesisSettings(intensity=0.0))
    return measure_prosody(rendered.audio, rendered.sample_rate)


@pytest.mark.parametrize("emotion", ["anger", "sadness", "surprise"])
def test_renders_move_like_the_actors(emotion, neutral_measure):
    target = HUMAN[emotion]["normal"]
    rendered = synthesize(LINE, get_voice("af_heart"), SynthesisSettings(emotion=emotion, intensity=1.0))
    got = measure_prosody(rendered.audio, rendered.sample_rate)
    assert got.f0_median_st - neutral_measure.f0_median_st == pytest.approx(target["pitch_st"], abs=1.0)
    assert got.loudness_db - neutral_measure.loudness_db == pytest.approx(target["loudness_db"], abs=1.5)
    assert got.f0_range_st / neutral_measure.f0_range_st == pytest.approx(target["range_ratio"], abs=0.15)
    assert neutral_measure.active_s / got.active_s == pytest.approx(target["rate_ratio"], abs=0.05)
    assert got.tilt_db - neutral_measure.tilt_db == pytest.approx(target["tilt_db"], abs=1.0)  # voice colour


def test_pitch_range_control_widens_the_melody(neutral_measure):
    rendered = synthesize(LINE, get_voice("af_heart"), SynthesisSettings(intensity=0.0, pitch_range=1.5))
    got = measure_prosody(rendered.audio, rendered.sample_rate)
    assert got.f0_range_st / neutral_measure.f0_range_st == pytest.approx(1.5, abs=0.15)
    assert got.f0_median_st == pytest.approx(neutral_measure.f0_median_st, abs=0.75)
