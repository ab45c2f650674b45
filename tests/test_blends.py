"""Voice blends: two Kokoro voices mixed by their style vectors, saved under a name, usable everywhere."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.services.blends import delete_blend, list_blends, save_blend
from engine.errors import IntonateError, UnknownVoiceError
from engine.synthesis import synthesize
from engine.tts_engines import kokoro_voice_pack
from engine.voice_features import measure_prosody
from engine.voices import blend_id, get_voice


def test_a_blend_mixes_the_style_tables_and_sounds_between_its_voices():
    voice = get_voice(blend_id("af_heart", "am_michael", 50))
    assert voice.gender == "female" and voice.parts == (("af_heart", 0.5), ("am_michael", 0.5))
    mixed = kokoro_voice_pack(voice.id)
    assert np.allclose(mixed, 0.5 * kokoro_voice_pack("af_heart") + 0.5 * kokoro_voice_pack("am_michael"), atol=1e-6)
    text = "We will meet again at the harbour when the storm is over."
    pitch = {v: measure_prosody(*(lambda r: (r.audio, r.sample_rate))(synthesize(text, get_voice(v)))).f0_median_st
             for v in ("af_heart", "am_michael", voice.id)}
    assert pitch["am_michael"] < pitch[voice.id] < pitch["af_heart"]
    again = synthesize(text, voice)
    assert np.array_equal(again.audio, synthesize(text, voice).audio)  # deterministic like any voice


@pytest.mark.parametrize("bad", ["blend-af_heart-af_heart-50", "blend-af_heart-am_michael-0", "blend-af_heart-xx_nobody-50"])
def test_bad_blends_are_unknown_voices(bad: str):
    with pytest.raises(UnknownVoiceError):
        get_voice(bad)


def test_named_blends_are_saved_listed_and_forgotten(db: Path):
    saved = save_blend(db, "Warm narrator", "af_heart", "bf_emma", 70)
    assert saved.voice_id == "blend-af_heart-bf_emma-70" and "70%" in saved.description
    assert [b.name for b in list_blends(db)] == ["Warm narrator"]
    with pytest.raises(IntonateError, match="already exists"):
        save_blend(db, "Warm narrator", "af_heart", "bf_emma", 30)
    with pytest.raises(IntonateError):
        save_blend(db, "Odd", "af_heart", "joe", 50)
    delete_blend(db, "Warm narrator")
    assert list_blends(db) == []
