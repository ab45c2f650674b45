"""Services on a real SQLite file: schema, cascades, overrides, caching and timed export."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
import soundfile as sf
import soxr
import srt
from sqlalchemy import create_engine, inspect, text

from app.config import media_dir_for
from app.db.session import open_engine
from app.services.analysis import analyze_project
from app.services.casting import FEMALE_VOICES, MALE_VOICES
from app.services.common import ProjectNotFoundError
from app.services.exporting import export_project
from app.services.projects import (
    ProjectExistsError,
    create_project,
    delete_project,
    get_project_id,
    import_file,
    import_pasted_text,
    list_lines,
    list_projects,
    list_speakers,
    narration_line_count,
    set_direction,
    set_speaker_voice,
    update_line_text,
)
from app.services.rendering import render_project
from engine.emotions import Emotion
from engine.errors import IntonateError
from engine.voices import DEFAULT_VOICE_ID
from tests.conftest import SAMPLES


def test_schema_is_migrated_with_wal_and_foreign_keys(db: Path):
    engine = open_engine(db)
    assert {"projects", "speakers", "lines", "estimates", "directions", "takes", "reference_takes", "alembic_version"} <= set(
        inspect(engine).get_table_names()
    )
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0009"


def test_upgrading_an_old_database_keeps_its_projects(db: Path):
    from alembic import command

    from app.db.session import _alembic_config

    config = _alembic_config(f"sqlite:///{db}")
    command.upgrade(config, "0001")  # a studio database from before the lexicon existed
    with create_engine(f"sqlite:///{db}").begin() as conn:
        conn.execute(text("INSERT INTO projects (name, gap_s, speaker_change_gap_s, created_at, updated_at) "
                          "VALUES ('Old', 0.6, 0.8, '2026-01-01', '2026-01-01')"))
    assert [p.name for p in list_projects(db)] == ["Old"]  # opening it migrates it to head
    with engine_connection(db) as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0009"
        assert "pitch_range" in {c["name"] for c in inspect(conn).get_columns("directions")}


def test_import_casts_distinct_voices(db: Path):
    create_project(db, "Cast")
    result = import_file(db, "Cast", SAMPLES / "scene.fountain")
    assert (result.lines_added, result.speakers_added) == (5, 3)
    speakers = list_speakers(db, get_project_id(db, "Cast"))
    assert [s.name for s in speakers] == ["Sarah", "Voice", "Mark"]
    assert len({s.voice_id for s in speakers}) == 3
    assert speakers[0].voice_id in FEMALE_VOICES and speakers[2].voice_id in MALE_VOICES
    with pytest.raises(ProjectExistsError):
        create_project(db, "Cast")
    with pytest.raises(IntonateError):
        set_speaker_voice(db, speakers[0].id, "nobody")


def test_some_lines_are_read_alone_numbered_as_in_the_whole_script(db: Path):
    """The studio's fine-tune panel reads its one line again on its own reruns, not the whole script."""
    create_project(db, "Cast")
    import_file(db, "Cast", SAMPLES / "scene.fountain")
    project_id = get_project_id(db, "Cast")
    every = list_lines(db, project_id)
    some = list_lines(db, project_id, only=[every[3].id, every[1].id])
    assert [(line.number, line.text) for line in some] == [(2, every[1].text), (4, every[3].text)]
    assert list_lines(db, project_id, only=[]) == []


def test_a_scripts_timed_pauses_become_its_lines_pauses(db: Path, tmp_path: Path):
    """A meditation script's "[pause 8s]" on a line of its own and "(pause 20 seconds)" after the words are saved
    as the pauses before and after the line (past the 5 s the studio's sliders show by default)."""
    script = tmp_path / "calm.txt"
    script.write_text("Breathe in.\n\n[pause 8s]\n\nAnd rest. (pause 20 seconds)\n")
    create_project(db, "Calm")
    import_file(db, "Calm", script)
    lines = list_lines(db, get_project_id(db, "Calm"))
    assert [(l.text, l.direction.pause_before, l.direction.pause_after) for l in lines] == [
        ("Breathe in.", None, None), ("And rest.", 8.0, 20.0)]


@pytest.mark.parametrize("name, gender", [
    ("MARY", "female"), ("John", "male"), ("MOM", "female"), ("OLD MAN", "male"), ("Mrs. Smith", "female"),
    ("Father Brown", "male"), ("Sister Mary", "female"), ("HOST", None),
])
def test_casting_reads_gender_from_a_role_or_a_first_name(name, gender):
    from app.services.casting import guess_gender

    assert guess_gender(name) == gender


def test_a_narrator_label_is_the_narration_voice(db: Path):
    """"NARRATOR:" in a script is what the studio calls narration: no second narrator to cast beside it."""
    create_project(db, "Told")
    import_pasted_text(db, "Told", "NARRATOR: Night fell.\nANNA: Who's there?\nNarration: Nobody answered.\n\nOnce more.")
    project_id = get_project_id(db, "Told")
    assert [s.name for s in list_speakers(db, project_id)] == ["ANNA"]
    assert narration_line_count(db, project_id) == 3
    assert list_speakers(db, project_id)[0].voice_id != DEFAULT_VOICE_ID  # Anna does not sound like the narration
    import_pasted_text(db, "Told", "Anna: Still there?")  # a script's inconsistent case: still one speaker
    assert [(s.name, s.line_count) for s in list_speakers(db, project_id)] == [("ANNA", 2)]


def test_an_ads_voice_over_and_announcer_are_the_narration_voice(db: Path):
    """An ad's "VO:" and "ANNCR:" read what a narrator reads; its characters are cast beside them."""
    create_project(db, "Spot")
    import_pasted_text(db, "Spot", "VO: Mornings are hard.\nWOMAN: Tell me about it.\nANNCR: Tempo. Available now.\n"
                                   "V.O.: Try it free.")
    project_id = get_project_id(db, "Spot")
    assert [s.name for s in list_speakers(db, project_id)] == ["WOMAN"]
    assert narration_line_count(db, project_id) == 3


def test_an_emotion_directed_over_a_calm_line_is_heard(db: Path):
    """'(nervously)' over a line the recognizer reads as calm: its intensity measures the calm, so the line takes at
    least the default, and renders with it; an emotion the recognizer agrees with keeps its intensity."""
    from app.db.models import Line
    from app.db.session import transaction
    from app.services.common import line_settings

    create_project(db, "Calm")
    import_pasted_text(db, "Calm", "ANNA: (nervously) The meeting is at noon.\n\nANNA: The meeting is at noon.")
    analyze_project(db, "Calm")
    directed, plain = list_lines(db, get_project_id(db, "Calm"))
    assert directed.estimate.emotion == Emotion.NEUTRAL and directed.estimate.intensity < 0.5
    assert directed.direction.emotion == Emotion.FEAR and directed.effective_intensity == 0.5
    assert plain.effective_intensity == plain.estimate.intensity
    with transaction(db) as session:
        assert line_settings(session.get(Line, directed.id)).intensity == 0.5


def test_reanalysis_keeps_user_overrides(db: Path):
    create_project(db, "Direct")
    import_file(db, "Direct", SAMPLES / "dialogue.txt")
    analyze_project(db, "Direct")
    project_id = get_project_id(db, "Direct")
    first = list_lines(db, project_id)[0]
    assert first.estimate is not None
    set_direction(db, first.id, emotion="anger", intensity=1.2)
    analyze_project(db, "Direct")
    again = list_lines(db, project_id)[0]
    assert again.direction.emotion == Emotion.ANGER and again.direction.intensity == 1.2
    assert again.effective_emotion == Emotion.ANGER
    with pytest.raises(IntonateError):
        set_direction(db, first.id, rate=7.0)


def test_rendering_is_cached_and_edits_make_lines_stale(db: Path):
    create_project(db, "Cache")
    import_file(db, "Cache", SAMPLES / "elearning.csv")
    first = render_project(db, "Cache")
    assert first.rendered == 3
    assert render_project(db, "Cache").rendered == 0
    project_id = get_project_id(db, "Cache")
    line = list_lines(db, project_id)[1]
    update_line_text(db, line.id, "Always wear your helmet and gloves on site.")
    assert not list_lines(db, project_id)[1].take.up_to_date
    assert render_project(db, "Cache").rendered == 1
    # Going back to the earlier wording chooses the earlier take again instead of rendering.
    update_line_text(db, line.id, "Always wear your helmet on site.")
    summary = render_project(db, "Cache")
    assert (summary.rendered, summary.reused) == (0, 1)


def test_delete_removes_rows_and_audio(db: Path):
    project_id = create_project(db, "Gone")
    import_file(db, "Gone", SAMPLES / "elearning.csv")
    render_project(db, "Gone")
    folder = media_dir_for(db) / f"project-{project_id}"
    assert len(list(folder.glob("*.wav"))) == 3
    create_project(db, "Stays")
    delete_project(db, "Gone")
    assert not folder.exists()
    assert [p.name for p in list_projects(db)] == ["Stays"]
    with engine_connection(db) as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM lines")).scalar() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM takes")).scalar() == 0
    with pytest.raises(ProjectNotFoundError):
        delete_project(db, "Gone")


def engine_connection(db: Path):
    return open_engine(db).connect()


def speech_onsets(audio: np.ndarray, rate: int, frame_s: float = 0.01) -> list[float]:
    """Times where sound starts after at least half a second of silence."""
    frame = int(rate * frame_s)
    energy = np.array([np.abs(audio[i : i + frame]).max() for i in range(0, audio.size - frame, frame)])
    loud = energy > 0.02
    onsets, quiet_run = [], 999
    for index, is_loud in enumerate(loud):
        if is_loud and quiet_run * frame_s >= 0.5:
            onsets.append(index * frame_s)
        quiet_run = 0 if is_loud else quiet_run + 1
    return onsets


def test_srt_timed_export_places_speech_at_cues_at_podcast_loudness(tmp_path: Path, db: Path):
    create_project(db, "Timed")
    import_file(db, "Timed", SAMPLES / "cues.srt")
    report = export_project(db, "Timed", tmp_path, fmt="wav", loudness="podcast", stems=True)
    audio, rate = sf.read(str(report.mix_path), dtype="float32")
    assert speech_onsets(audio, rate) == pytest.approx([1.0, 6.5, 12.0], abs=0.05)
    cues = list(srt.parse(report.subtitles_path.read_text()))
    assert [c.start.total_seconds() for c in cues] == pytest.approx([1.0, 6.5, 12.0], abs=0.05)
    assert cues[1].content == "Host: Today we are building a tiny robot."
    loudness = pyloudnorm.Meter(rate).integrated_loudness(audio.astype(np.float64))
    true_peak = 20 * np.log10(np.abs(soxr.resample(audio, rate, rate * 4)).max())
    assert loudness == pytest.approx(-16.0, abs=0.5)
    assert true_peak <= -1.0 + 0.1
    assert sorted(p.name for p in report.stem_paths) == ["1.wav", "2.wav", "3.wav"]


def test_lines_longer_than_their_cue_are_sped_up_or_flagged(tmp_path: Path, db: Path):
    script = tmp_path / "tight.csv"
    script.write_text("id,text,start,end\n"
                      "fits,Hello there.,0.5,3.0\n"
                      "tight,We walked along the river for hours and talked about nothing at all.,4.0,7.2\n"
                      "hopeless,This sentence is far too long to ever fit inside a cue that lasts one second.,9.0,10.0\n")
    create_project(db, "Cue fit")
    import_file(db, "Cue fit", script)
    report = export_project(db, "Cue fit", tmp_path / "out", fmt="wav", loudness="none", stems=True)
    durations = {p.stem: sf.info(str(p)).duration for p in report.stem_paths}
    lines = {line.label: line for line in list_lines(db, get_project_id(db, "Cue fit"))}
    assert durations["fits"] == pytest.approx(lines["fits"].take.duration_s, abs=0.01)  # untouched
    assert durations["tight"] <= 3.2 + 0.05 < lines["tight"].take.duration_s  # sped up into its cue
    assert durations["hopeless"] == pytest.approx(lines["hopeless"].take.duration_s / 1.25, rel=0.03)
    assert len(report.overflows) == 1 and report.overflows[0].startswith("line 3 runs")


def test_a_line_pushed_past_its_cue_by_the_one_before_is_reported(tmp_path: Path, db: Path):
    script = tmp_path / "late.csv"
    script.write_text("id,text,start,end\n"
                      "long,We walked along the river for hours and talked about nothing at all.,0.0,\n"
                      "late,Then it rained.,1.0,\n"
                      "free,And we ran home.,,\n"
                      "on time,The end.,30.0,\n")
    create_project(db, "Late")
    import_file(db, "Late", script)
    report = export_project(db, "Late", tmp_path / "out", fmt="wav", loudness="none")
    first = list_lines(db, get_project_id(db, "Late"))[0].take.duration_s
    assert len(report.overflows) == 1
    assert re.fullmatch(r"line 2 starts (\d+\.\d) s after its cue, as line 1 before it runs on", report.overflows[0])
    assert float(report.overflows[0].split()[3]) == pytest.approx(first - 1.0, abs=0.15)


def test_vtt_and_speaker_stems_follow_the_mix(tmp_path: Path, db: Path):
    import webvtt

    create_project(db, "Stems")
    import_file(db, "Stems", SAMPLES / "dialogue.txt")
    report = export_project(db, "Stems", tmp_path, fmt="flac", loudness="none", speaker_stems=True)
    srt_starts = [c.start.total_seconds() for c in srt.parse(report.subtitles_path.read_text())]
    vtt = webvtt.read(str(report.vtt_path))
    assert [_seconds(c.start) for c in vtt] == pytest.approx(srt_starts, abs=0.002)
    assert vtt.captions[0].raw_text.startswith("<v ANNA>")
    mix_audio, rate = sf.read(str(report.mix_path))
    stems = {p.stem.split(" - ")[-1]: sf.read(str(p))[0] for p in report.speaker_stem_paths}
    assert set(stems) == {"ANNA", "BEN"}
    assert all(stem.size == mix_audio.size for stem in stems.values())
    assert np.abs(stems["ANNA"] + stems["BEN"] - mix_audio).max() < 1e-3  # the stems add up to the mix


def test_scene_preview_is_the_export_mix_of_the_chosen_lines(tmp_path: Path, db: Path):
    from app.services.exporting import scene_preview

    create_project(db, "Scene")
    import_file(db, "Scene", SAMPLES / "dialogue.txt")
    report = export_project(db, "Scene", tmp_path, fmt="flac", loudness="none")
    mix_audio, _ = sf.read(str(report.mix_path))
    project_id = get_project_id(db, "Scene")
    whole, left_out = scene_preview(db, project_id, [line.id for line in list_lines(db, project_id)])
    assert left_out == [] and whole.size == mix_audio.size and np.abs(whole - mix_audio).max() < 1e-3

    import_pasted_text(db, "Scene", "ANNA: One more thing.")  # not rendered
    lines = list_lines(db, project_id)
    tail, left_out = scene_preview(db, project_id, [line.id for line in lines[3:]])
    assert [line.number for line in left_out] == [6]
    assert 0 < tail.size < mix_audio.size and np.abs(tail - mix_audio[-tail.size:]).max() < 1e-3  # from line 4 on
    with pytest.raises(IntonateError, match="none of these lines is rendered"):
        scene_preview(db, project_id, [lines[5].id])


def test_line_stems_never_overwrite_each_other(tmp_path: Path, db: Path):
    """Script ids repeat (two slides called "intro"), differ only in case, or are no file names at all: every line
    still gets its own stem, and the import says which ids repeat."""
    script = tmp_path / "ids.csv"
    script.write_text("id,text\nintro,Hello.\nINTRO,Welcome.\nm1/s1,First.\n../x,Second.\nids,Third.\n")
    create_project(db, "ids")
    result = import_file(db, "ids", script)
    assert result.warnings == ["line ids used more than once: INTRO; their stems are told apart as INTRO, INTRO-2"]
    report = export_project(db, "ids", tmp_path / "out", fmt="wav", loudness="none", stems=True, speaker_stems=True)
    assert [p.name for p in report.stem_paths] == ["intro.wav", "INTRO-2.wav", "m1_s1.wav", "_x.wav", "ids-2.wav"]
    assert [p.name for p in report.speaker_stem_paths] == ["ids - Narrator.wav"]
    assert len({p.read_bytes() for p in report.stem_paths}) == 5 and report.mix_path.name == "ids.wav"


def _seconds(stamp: str) -> float:
    hours, minutes, seconds = stamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def test_m4a_export_has_the_whole_mix(tmp_path: Path, db: Path):
    import imageio_ffmpeg

    create_project(db, "Aac")
    import_file(db, "Aac", SAMPLES / "elearning.csv")
    report = export_project(db, "Aac", tmp_path, fmt="m4a")
    probe = subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-i", str(report.mix_path), "-f", "null", "-"],
                           capture_output=True, text=True)
    assert "Audio: aac" in probe.stderr
    assert f"time=00:00:{int(report.duration_s):02d}" in probe.stderr


def test_music_bed_ducks_under_speech(tmp_path: Path, db: Path):
    from app.services.exporting import MusicBed
    from engine.mixing import speech_activity

    rate = 24_000
    t = np.arange(rate * 4) / rate
    chords = 0.2 * (np.sin(2 * np.pi * 220 * t) + np.sin(2 * np.pi * 277 * t) + np.sin(2 * np.pi * 330 * t))
    music = tmp_path / "bed.wav"
    sf.write(str(music), chords.astype(np.float32), rate)
    create_project(db, "Bed")
    import_file(db, "Bed", SAMPLES / "cues.srt")
    dry = export_project(db, "Bed", tmp_path / "dry", loudness="none")
    wet = export_project(db, "Bed", tmp_path / "wet", loudness="none", music=MusicBed(music))
    speech, _ = sf.read(str(dry.mix_path))
    bed = sf.read(str(wet.mix_path))[0] - speech  # renders are deterministic: the difference is the music
    frame = rate // 100
    active = speech_activity(speech, rate)
    frames = bed[: active.size * frame].reshape(-1, frame)
    level = 20 * np.log10(np.sqrt((frames**2).mean(axis=1)) + 1e-12)
    settled = np.convolve(active, np.ones(61), "same") / 61  # frames well inside speech or well inside gaps
    under_speech, in_gaps = np.median(level[settled == 1.0]), np.median(level[(settled == 0.0) & (level > -80)])
    assert in_gaps - under_speech >= 10.0


def test_cues_set_in_the_studio_place_the_line(tmp_path: Path, db: Path):
    from app.services.projects import set_cue, set_gaps

    create_project(db, "Cued")
    import_file(db, "Cued", SAMPLES / "elearning.csv")
    project_id = get_project_id(db, "Cued")
    line = list_lines(db, project_id)[2]
    set_cue(db, line.id, 20.0, 24.0)
    with pytest.raises(IntonateError, match="end after it starts"):
        set_cue(db, line.id, 5.0, 4.0)
    with pytest.raises(IntonateError, match="speaker-change gap"):
        set_gaps(db, project_id, 0.5, -3.0)
    report = export_project(db, "Cued", tmp_path, loudness="none")
    cues = list(srt.parse(report.subtitles_path.read_text()))
    assert cues[2].start.total_seconds() == pytest.approx(20.0, abs=0.01)


def test_voice_previews_are_rendered_once_across_processes(db: Path):
    import subprocess
    import sys

    from app.services.previews import voice_preview

    first = voice_preview(db, "af_heart")
    stamp = first.stat().st_mtime_ns
    again = subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                            "from app.services.previews import voice_preview; "
                            "print(voice_preview(Path(sys.argv[1]), 'af_heart'))", str(db)],
                           capture_output=True, text=True, check=True)
    assert Path(again.stdout.strip()) == first and first.stat().st_mtime_ns == stamp


def test_directing_many_lines_is_one_action_for_undo(db: Path, monkeypatch):
    from app.services import common
    from app.services.projects import direct_lines, last_change, undo_last_change

    create_project(db, "Bulk")
    import_file(db, "Bulk", SAMPLES / "dialogue.txt")
    project_id = get_project_id(db, "Bulk")
    before = list_lines(db, project_id)
    set_direction(db, before[1].id, emotion="anger", rate=1.2)
    directed = list_lines(db, project_id)
    assert direct_lines(db, [line.id for line in directed[:3]], emotion="sadness", intensity=0.3) == 3
    after = list_lines(db, project_id)
    assert [(l.direction.emotion, l.direction.intensity) for l in after[:3]] == [(Emotion.SADNESS, 0.3)] * 3
    assert after[1].direction.rate == 1.2 and after[3].direction == directed[3].direction  # others untouched
    assert last_change(db, project_id) == "emotion, intensity of 3 lines"
    assert undo_last_change(db, project_id) == "emotion, intensity of 3 lines"
    assert [l.direction for l in list_lines(db, project_id)] == [l.direction for l in directed]
    direct_lines(db, [line.id for line in before], emotion=None)  # every line back to the recognizer
    assert all(l.direction.emotion is None for l in list_lines(db, project_id))
    undo_last_change(db, project_id)
    assert list_lines(db, project_id)[1].direction.emotion == Emotion.ANGER
    with pytest.raises(IntonateError, match="no lines"):
        direct_lines(db, [], emotion="joy")
    with pytest.raises(IntonateError, match="intensity"):
        direct_lines(db, [before[0].id], intensity=9)

    monkeypatch.setattr(common, "UNDO_DEPTH", 2)  # history is kept by actions: a many-line action stays whole
    set_direction(db, before[0].id, intensity=1.0)
    direct_lines(db, [line.id for line in before], intensity=0.2)
    set_direction(db, before[0].id, intensity=0.9)
    assert undo_last_change(db, project_id) == "intensity of line 1"
    assert undo_last_change(db, project_id) == f"intensity of {len(before)} lines"
    assert list_lines(db, project_id)[0].direction.intensity == 1.0
    assert [l.direction.intensity for l in list_lines(db, project_id)[1:]] == [l.direction.intensity for l in directed[1:]]
    assert undo_last_change(db, project_id) is None


def test_undo_history_of_an_older_database_still_works(db: Path):
    from alembic import command

    from app.db.session import _alembic_config
    from app.services.projects import undo_last_change

    command.upgrade(_alembic_config(f"sqlite:///{db}"), "0006")  # before edits were grouped into actions
    with create_engine(f"sqlite:///{db}").begin() as conn:
        conn.execute(text("INSERT INTO projects (id, name, gap_s, speaker_change_gap_s, created_at, updated_at) "
                          "VALUES (1, 'Old', 0.6, 0.8, '2026-01-01', '2026-01-01')"))
        conn.execute(text("INSERT INTO lines (id, project_id, position, text, updated_at) VALUES "
                          "(1, 1, 1, 'New words.', '2026-01-01'), (2, 1, 2, 'Other new words.', '2026-01-01')"))
        conn.execute(text("INSERT INTO line_edits (project_id, line_id, what, text, created_at) VALUES "
                          "(1, 1, 'text of line 1', 'Old words.', '2026-01-01'), "
                          "(1, 2, 'text of line 2', 'Other old words.', '2026-01-01')"))
    assert undo_last_change(db, 1) == "text of line 2"  # each old edit is an action of its own
    assert [line.text for line in list_lines(db, 1)] == ["New words.", "Other old words."]
    assert undo_last_change(db, 1) == "text of line 1"
    assert undo_last_change(db, 1) is None


def test_a_line_moves_to_another_speaker_as_an_undoable_change(db: Path):
    """A misattributed line is given to the right speaker (any case), to a new one, who is cast at once with a voice
    no one else has, or to the narrator; each move is undone like any edit, and the line's take is then out of date."""
    from app.services.projects import give_lines_to, last_change, undo_last_change

    create_project(db, "Moves")
    import_file(db, "Moves", SAMPLES / "dialogue.txt")  # ANNA, BEN
    project_id = get_project_id(db, "Moves")
    render_project(db, "Moves")
    line = list_lines(db, project_id)[0]
    assert line.speaker == "ANNA" and line.take.up_to_date

    assert give_lines_to(db, [line.id], "ben") == "BEN"
    moved = list_lines(db, project_id)[0]
    assert moved.speaker == "BEN" and not moved.take.up_to_date
    assert give_lines_to(db, [line.id], "  Cara ") == "Cara"
    voices = {s.name: s.voice_id for s in list_speakers(db, project_id)}
    assert set(voices) == {"ANNA", "BEN", "Cara"} and len(set(voices.values())) == 3
    assert give_lines_to(db, [line.id], "narrator") is None and list_lines(db, project_id)[0].speaker is None
    assert give_lines_to(db, [line.id], "") is None and last_change(db, project_id) == "speaker of line 1"

    second, third = list_lines(db, project_id)[1:3]
    assert give_lines_to(db, [second.id, third.id, line.id], "Cara") == "Cara"
    assert [line.speaker for line in list_lines(db, project_id)[:3]] == ["Cara"] * 3
    assert undo_last_change(db, project_id) == "speaker of 3 lines"  # one action
    assert [line.speaker for line in list_lines(db, project_id)[:3]] == [None, "BEN", "ANNA"]

    assert [undo_last_change(db, project_id) for _ in range(3)] == ["speaker of line 1"] * 3
    back = list_lines(db, project_id)[0]
    assert back.speaker == "ANNA" and back.take.up_to_date
    assert undo_last_change(db, project_id) is None


def test_a_speaker_removed_from_the_cast_comes_back_in_their_voice_on_undo(db: Path):
    from app.services.projects import give_lines_to, remove_idle_speakers, set_speaker_voice, undo_last_change

    create_project(db, "Comeback")
    import_file(db, "Comeback", SAMPLES / "dialogue.txt")  # ANNA, BEN
    project_id = get_project_id(db, "Comeback")
    anna = next(s for s in list_speakers(db, project_id) if s.name == "ANNA")
    set_speaker_voice(db, anna.id, "am_fenrir")  # not a voice casting would suggest for Anna
    give_lines_to(db, [line.id for line in list_lines(db, project_id) if line.speaker == "ANNA"], "BEN")
    assert remove_idle_speakers(db, project_id) == ["ANNA"]

    undo_last_change(db, project_id)
    assert {s.name: s.voice_id for s in list_speakers(db, project_id)}["ANNA"] == "am_fenrir"


def test_a_speaker_is_renamed_or_merged_into_another(db: Path):
    """A misspelled speaker keeps their voice under the right name; named as another speaker, or Narrator, their
    lines join that one's (undoable); an undo after a rename brings lines back under the new name."""
    from app.services.projects import give_lines_to, rename_speaker, undo_last_change

    create_project(db, "Names")
    import_pasted_text(db, "Names", "MAYYA: Hello.\nTOM: Hi.\nMaya: Again.\nTOM: Bye.")
    project_id = get_project_id(db, "Names")

    def cast() -> dict:
        return {s.name: (s.voice_id, s.line_count) for s in list_speakers(db, project_id)}

    def speakers() -> list:
        return [line.speaker for line in list_lines(db, project_id)]

    ids = {s.name: s.id for s in list_speakers(db, project_id)}
    voices = {name: voice for name, (voice, _) in cast().items()}
    give_lines_to(db, [list_lines(db, project_id)[1].id], "Maya")  # an earlier action, remembering TOM
    assert rename_speaker(db, ids["TOM"], " Tom  ") == "Tom"
    assert cast()["Tom"] == (voices["TOM"], 1)
    assert undo_last_change(db, project_id) == "speaker of line 2"
    assert speakers() == ["MAYYA", "Tom", "Maya", "Tom"]

    assert rename_speaker(db, ids["MAYYA"], "maya") == "Maya"  # merged into Maya
    assert speakers() == ["Maya", "Tom", "Maya", "Tom"] and "MAYYA" not in cast()
    assert undo_last_change(db, project_id) == "speaker of line 1"
    assert speakers() == ["MAYYA", "Tom", "Maya", "Tom"] and cast()["MAYYA"][0] == voices["MAYYA"]

    assert rename_speaker(db, ids["TOM"], "Narrator") is None
    assert speakers() == ["MAYYA", None, "Maya", None] and "Tom" not in cast()
    with pytest.raises(IntonateError, match="needs a name"):
        rename_speaker(db, ids["MAYYA"], "  ")


def test_undo_takes_back_direction_and_text_changes_in_order(db: Path):
    from app.services.projects import last_change, undo_last_change

    create_project(db, "Undo")
    import_file(db, "Undo", SAMPLES / "dialogue.txt")
    project_id = get_project_id(db, "Undo")
    first, second = list_lines(db, project_id)[:2]
    assert last_change(db, project_id) is None and undo_last_change(db, project_id) is None
    set_direction(db, first.id, emotion="anger", intensity=1.2)
    update_line_text(db, second.id, "Completely new words.")
    set_direction(db, first.id, rate=1.3)
    assert last_change(db, project_id) == "rate of line 1"
    assert undo_last_change(db, project_id) == "rate of line 1"
    lines = list_lines(db, project_id)
    assert lines[0].direction.rate == first.direction.rate and lines[0].direction.emotion == Emotion.ANGER  # as imported
    assert undo_last_change(db, project_id) == "text of line 2"
    assert list_lines(db, project_id)[1].text == second.text
    assert undo_last_change(db, project_id) == "emotion, intensity of line 1"
    assert list_lines(db, project_id)[0].direction == first.direction
    assert undo_last_change(db, project_id) is None


def test_a_typed_direction_or_pause_in_a_line_is_read_as_the_importer_reads_it(db: Path):
    """Typing "(angrily)" or "(pause 2 seconds)" into a line's text in the studio directs the line, as in an imported
    script, instead of being read out; one undo takes the words, the note and the direction back together."""
    from app.importers import as_typed
    from app.services.projects import undo_last_change

    create_project(db, "Typed")
    import_pasted_text(db, "Typed", "ANNA: (softly) Hello there.\nBEN: Hi.")
    project_id = get_project_id(db, "Typed")
    first = list_lines(db, project_id)[0]
    assert (first.text, first.direction_note) == ("Hello there.", "softly")
    update_line_text(db, first.id, "(angrily) (pause 1.5 seconds) Hello there, (pause 2 seconds) you.")
    typed = list_lines(db, project_id)[0]
    assert typed.text == 'Hello there, <break time="2s"/> you.'
    assert typed.direction_note == "softly; angrily"
    assert (typed.direction.emotion, typed.direction.pause_before) == (Emotion.ANGER, 1.5)
    assert typed.direction.volume == first.direction.volume  # what "softly" set stays
    update_line_text(db, first.id, "Hello there, you (see Section 4).")  # an aside with a number is said
    assert list_lines(db, project_id)[0].text == "Hello there, you (see Section 4)."
    assert list_lines(db, project_id)[0].direction_note == "softly; angrily"
    with pytest.raises(IntonateError, match="needs some words"):
        update_line_text(db, first.id, "(whispering)")
    saved = list_lines(db, project_id)[0].text
    assert update_line_text(db, first.id, as_typed('Wait <break time="500ms"/> here.')) == 'Wait <break time="0.5s"/> here.'
    undo_last_change(db, project_id)
    assert list_lines(db, project_id)[0].text == saved
    undo_last_change(db, project_id)
    undo_last_change(db, project_id)
    back = list_lines(db, project_id)[0]
    assert (back.text, back.direction_note, back.direction) == (first.text, first.direction_note, first.direction)


def test_a_direction_note_edited_directs_the_line_as_a_scripts_note_does(db: Path):
    """Writing "angrily" as a line's note sets anger; replacing "whispering" with it takes back the quiet voice the
    old note set, but not a volume the user set since; one undo restores the note and its direction."""
    from app.services.projects import set_line_note, undo_last_change

    create_project(db, "Notes")
    import_pasted_text(db, "Notes", "ANNA: (whispering) Are you there?\nBEN: (softly) Yes.")
    project_id = get_project_id(db, "Notes")
    anna, ben = list_lines(db, project_id)
    assert anna.direction.volume is not None and anna.direction.emotion is None
    set_line_note(db, anna.id, "  angrily ")
    now = list_lines(db, project_id)[0]
    assert (now.direction_note, now.direction.emotion, now.direction.volume) == ("angrily", Emotion.ANGER, None)
    set_direction(db, ben.id, volume=3.0)  # the user's own volume outlives the note that had set one
    set_line_note(db, ben.id, "")
    assert (list_lines(db, project_id)[1].direction_note, list_lines(db, project_id)[1].direction.volume) == (None, 3.0)
    undo_last_change(db, project_id)
    undo_last_change(db, project_id)
    undo_last_change(db, project_id)
    back = list_lines(db, project_id)[0]
    assert (back.direction_note, back.direction) == (anna.direction_note, anna.direction)
    with pytest.raises(IntonateError, match="at most"):
        set_line_note(db, anna.id, "x" * 3000)
