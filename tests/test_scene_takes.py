"""One recording of the whole scene, split into each line's reference take."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.services.projects import create_project, get_project_id, import_pasted_text, list_lines
from app.services.references import add_reference_take, add_scene_take, get_reference
from engine.asr import WHISPER_SAMPLE_RATE_HZ, Word, word_error_rate
from engine.audio import resample, write_audio
from engine.errors import IntonateError
from engine.scene_alignment import line_spans
from engine.synthesis import synthesize
from engine.voices import get_voice

SCENE = ["Is anyone down there?", "Only me, and the tide is coming in fast.", "Then climb, and do not look back."]


def _words(*timed: tuple[str, float]) -> list[Word]:
    return [Word(text, start, start + 0.3) for text, start in timed]


def test_lines_are_found_in_order_despite_misheard_and_extra_words():
    heard = _words(("Is", 0.0), ("anyone", 0.3), ("down", 0.6), ("there?", 0.9),  # line 1
                   ("um,", 2.0),  # an ad-lib
                   ("Only", 3.0), ("me,", 3.3), ("and", 3.6), ("the", 3.9), ("type", 4.2), ("is", 4.5),
                   ("coming", 4.8), ("in", 5.1), ("fast.", 5.4))  # line 2, "tide" misheard; line 3 not read
    spans = line_spans(heard, SCENE, duration_s=7.0)
    assert spans[2] is None
    (start1, end1), (start2, end2) = spans[0], spans[1]
    assert start1 == 0.0 and 1.2 <= end1 <= 1.45  # room after the last word, not into the next line
    assert 2.8 <= start2 <= 3.0 and end2 == pytest.approx(5.7 + 0.25)


def test_a_recorded_scene_gives_each_line_its_own_take(tmp_path: Path):
    db = tmp_path / "scene.db"
    create_project(db, "Scene")
    import_pasted_text(db, "Scene", "\n".join(f"{who}: {text}" for who, text in zip(["ANNA", "BEN", "ANNA"], SCENE)))
    project_id = get_project_id(db, "Scene")
    lines = list_lines(db, project_id)
    pause = np.zeros(int(0.8 * WHISPER_SAMPLE_RATE_HZ), np.float32)
    pieces = [pause]
    for text, voice in zip(SCENE[:2], ["af_heart", "am_michael"]):  # the director reads the first two lines only
        rendered = synthesize(text, get_voice(voice))
        pieces += [resample(rendered.audio, rendered.sample_rate, WHISPER_SAMPLE_RATE_HZ), pause]
    recording = write_audio(tmp_path / "scene.wav", np.concatenate(pieces), WHISPER_SAMPLE_RATE_HZ)
    add_reference_take(db, lines[2].id, _line_take(SCENE[2]), "line3.wav")  # a take the scene must not replace

    result = add_scene_take(db, project_id, recording.read_bytes(), "scene.wav")

    assert (result.heard, result.missed) == ([1, 2], [3])
    for line, text in zip(lines[:2], SCENE[:2]):
        take = get_reference(db, line.id)
        assert take.source_name == f"scene.wav · line {line.number}"
        assert word_error_rate(text, take.transcript) <= 0.15, take.transcript
        assert take.duration_s < 4.0  # its own line, not the scene
    assert get_reference(db, lines[2].id).source_name == "line3.wav"


def _line_take(text: str) -> np.ndarray:
    rendered = synthesize(text, get_voice("af_heart"))
    return resample(rendered.audio, rendered.sample_rate, WHISPER_SAMPLE_RATE_HZ)


def test_a_recording_of_something_else_is_a_clear_error(tmp_path: Path):
    db = tmp_path / "scene.db"
    create_project(db, "Scene")
    import_pasted_text(db, "Scene", "\n".join(SCENE))
    other = synthesize("The weather in the north will be cold and windy tomorrow.", get_voice("bf_emma"))
    path = write_audio(tmp_path / "other.wav", resample(other.audio, other.sample_rate, WHISPER_SAMPLE_RATE_HZ),
                       WHISPER_SAMPLE_RATE_HZ)
    with pytest.raises(IntonateError, match="no line of the script was heard in other.wav"):
        add_scene_take(db, get_project_id(db, "Scene"), path, "other.wav")
