"""Every studio page through Streamlit's AppTest, on a real database holding the rendered demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app.config import DEMO_PROJECT_NAME
from app.services.projects import get_project_id, list_lines, list_projects, list_speakers
from engine.emotions import Emotion
from engine.prosody import MAX_INTENSITY
from tests.conftest import REPO

MAIN = str(REPO / "app" / "studio" / "main.py")


def _studio_on(db: Path, monkeypatch, project_id: int | None = None) -> AppTest:
    """The studio on `db`, run once, with `project_id` open (else the studio's own choice)."""
    from app.studio.state import PROJECT_KEY

    monkeypatch.setenv("INTONATE_DB", str(db))
    app = AppTest.from_file(MAIN, default_timeout=120)
    if project_id is not None:
        app.session_state[PROJECT_KEY] = project_id
    app.run()
    assert not app.exception, app.exception
    return app


@pytest.fixture
def studio(demo_db: Path, monkeypatch) -> AppTest:
    """The studio open on the demo (tests sharing its database open other projects too)."""
    return _studio_on(demo_db, monkeypatch, get_project_id(demo_db, DEMO_PROJECT_NAME))


def _open(app: AppTest, page: str) -> AppTest:
    app.switch_page(f"views/{page}.py")
    app.run()
    assert not app.exception, app.exception
    return app


def test_script_page_opens_on_the_rendered_demo(studio: AppTest, demo_db: Path):
    assert studio.title[0].value == "📝 Script"
    assert DEMO_PROJECT_NAME in studio.caption[0].value
    texts = " ".join(m.value for m in studio.markdown)
    assert "You made it! I honestly thought you'd turned back." in texts
    assert "9 lines · 9 rendered and up to date" in " ".join(c.value for c in studio.caption)
    assert len(studio.get("audio")) == 9 + 1 + 1  # a player per line, the first line's take under Takes and Fine-tune


def test_a_new_session_reopens_the_project_opened_last(tmp_path: Path, monkeypatch):
    """Coming back to the studio (a new browser session, or after a restart) lands on the project the user was
    working on; the demo only until they open one."""
    from app.services.demo import ensure_demo_project
    from app.services.projects import create_project, delete_project, import_pasted_text

    db = tmp_path / "returning.db"
    ensure_demo_project(db, render=False)  # made on the studio's first start
    create_project(db, "Lesson one")
    import_pasted_text(db, "Lesson one", "NARRATOR: Welcome to lesson one.")
    first = _studio_on(db, monkeypatch)
    assert DEMO_PROJECT_NAME in first.caption[0].value
    edited_at = next(p.updated_at for p in list_projects(db) if p.name == "Lesson one")
    _open(first, "projects")
    next(b for b in first.button if b.label == "Open" and not b.disabled).click().run()
    assert not first.exception, first.exception
    assert next(p.updated_at for p in list_projects(db) if p.name == "Lesson one") == edited_at  # opening is no edit

    again = _studio_on(db, monkeypatch)
    assert "Lesson one" in again.caption[0].value
    assert "Welcome to lesson one." in " ".join(m.value for m in again.markdown)

    delete_project(db, "Lesson one")
    assert DEMO_PROJECT_NAME in _studio_on(db, monkeypatch).caption[0].value


def test_a_deleted_demo_stays_deleted(tmp_path: Path, monkeypatch):
    """The demo is made on a first start only: once the user has projects of their own, starting the studio (or
    `make run`'s `demo --first-start`) neither brings back a demo they deleted nor renders anything."""
    from app.services.projects import create_project, import_pasted_text
    from tests.conftest import run_cli

    db = tmp_path / "own.db"
    create_project(db, "Podcast")
    import_pasted_text(db, "Podcast", "HOST: Welcome back to the show.")
    studio = _studio_on(db, monkeypatch)
    assert "Podcast" in studio.caption[0].value
    result = run_cli("demo", "--first-start", db=db)
    assert result.returncode == 0, result.stderr
    assert "no demo prepared" in result.stdout
    assert [p.name for p in list_projects(db)] == ["Podcast"]


def test_the_studio_loads_the_voice_model_in_the_background(demo_db: Path, monkeypatch):
    import time

    from app.studio.state import warm_up_renderer_in_background
    from engine.tts_engines import kokoro_session

    kokoro_session.cache_clear()
    warm_up_renderer_in_background.clear()
    _studio_on(demo_db, monkeypatch)  # nothing rendered: only the start-up can load the model
    deadline = time.time() + 60
    while kokoro_session.cache_info().currsize == 0 and time.time() < deadline:
        time.sleep(0.2)
    assert kokoro_session.cache_info().currsize == 1


def test_script_page_draws_the_emotional_arc(studio: AppTest, demo_db: Path):
    """One point per line: coloured by its emotion, as high as its intensity, as opaque as the recognizer is
    sure, shaped by its speaker."""
    import json

    import pyarrow as pa

    (chart,) = [e for e in studio.main if getattr(e, "type", "") == "vega_lite_chart" and '"Intensity"' in e.proto.spec]
    points = json.loads(chart.proto.spec)["layer"][1]
    assert points["mark"]["type"] == "point"  # a circle mark would ignore the speaker's shape
    assert {channel: points["encoding"][channel]["field"] for channel in ("color", "y", "opacity", "shape")} == {
        "color": "emotion", "y": "intensity", "opacity": "confidence", "shape": "speaker"}
    table = pa.ipc.open_stream(chart.proto.datasets[0].data.data).read_all().to_pylist()
    lines = list_lines(demo_db, get_project_id(demo_db, DEMO_PROJECT_NAME))
    assert [(row["line"], row["emotion"], row["speaker"]) for row in table] == [
        (line.number, line.effective_emotion.value, line.speaker or "Narrator") for line in lines]
    assert [row["confidence"] for row in table] == pytest.approx([line.estimate.confidence for line in lines])
    assert len({row["emotion"] for row in table}) > 2  # the demo scene has a shape, not one flat reading
    assert points["encoding"]["y"]["scale"]["domain"] == [0, MAX_INTENSITY]  # intensity's own range, to exaggerated
    assert points["encoding"]["opacity"]["legend"]["title"] == "Confidence"  # a faded point is explained


def test_emotional_arc_shows_an_emotion_the_user_set_as_certain(tmp_path: Path, monkeypatch):
    """A line the user directed is drawn in their emotion at full strength: the recognizer's doubt was about its
    own reading, not the user's."""
    import json

    import pyarrow as pa

    from app.services.demo import ensure_demo_project
    from app.services.projects import set_direction

    db = tmp_path / "directed.db"
    ensure_demo_project(db, render=False)
    project_id = get_project_id(db, DEMO_PROJECT_NAME)
    first, second = list_lines(db, project_id)[:2]
    set_direction(db, first.id, emotion=Emotion.SURPRISE)
    app = _studio_on(db, monkeypatch, project_id)
    (chart,) = [e for e in app.main if getattr(e, "type", "") == "vega_lite_chart" and '"Intensity"' in e.proto.spec]
    table = pa.ipc.open_stream(chart.proto.datasets[0].data.data).read_all().to_pylist()
    assert (table[0]["emotion"], table[0]["confidence"], table[0]["set by"]) == ("surprise", 1.0, "you")
    assert (table[1]["confidence"], table[1]["set by"]) == (pytest.approx(second.estimate.confidence), "recognizer")
    assert "set by" in json.dumps(json.loads(chart.proto.spec)["layer"][1]["encoding"]["tooltip"])


def test_script_page_renders_one_line_on_request(studio: AppTest, demo_db: Path):
    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    first = list_lines(demo_db, project_id)[0]
    studio.button(key=f"render-{first.id}").click().run()
    assert not studio.exception
    assert list_lines(demo_db, project_id)[0].take.id == first.take.id  # up to date: nothing re-rendered


def test_script_page_plays_the_lines_as_a_scene(studio: AppTest):
    players = len(studio.get("audio"))
    next(b for b in studio.button if b.label == "▶ Play as a scene").click().run()
    assert not studio.exception
    assert len(studio.get("audio")) == players + 1  # the scene, mixed as the export mixes it


def test_the_scene_names_lines_left_out_or_heard_out_of_date(tmp_path: Path, monkeypatch):
    from app.services.projects import create_project, import_pasted_text, update_line_text
    from app.services.rendering import render_project

    db = tmp_path / "scene.db"
    project_id = create_project(db, "Scene")
    import_pasted_text(db, "Scene", "ANNA: Hello.\nBEN: Hi.")
    render_project(db, "Scene")
    update_line_text(db, list_lines(db, project_id)[1].id, "Hi there.")
    import_pasted_text(db, "Scene", "ANNA: Bye.")
    app = _studio_on(db, monkeypatch, project_id)
    next(b for b in app.button if b.label == "▶ Play as a scene").click().run()
    assert not app.exception, app.exception
    captions = [c.value for c in app.caption]
    assert "Not rendered yet, so left out: line 3." in captions
    assert any(c.startswith("Heard as rendered before their last change") and c.endswith(": line 2.") for c in captions)


def test_script_page_sets_the_gaps_the_scene_and_export_use(studio: AppTest, demo_db: Path):
    from app.services.projects import get_settings, set_gaps

    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    before = get_settings(demo_db, project_id)
    try:
        studio.number_input(key=f"scene-change-gap-{project_id}").set_value(-0.2).run()
        assert not studio.exception
        after = get_settings(demo_db, project_id)
        assert (after.gap_s, after.speaker_change_gap_s) == (before.gap_s, -0.2)
    finally:
        set_gaps(demo_db, project_id, before.gap_s, before.speaker_change_gap_s)


def test_cast_page_changes_a_speakers_voice(studio: AppTest, demo_db: Path):
    _open(studio, "cast")
    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    speaker = list_speakers(demo_db, project_id)[0]
    box = studio.selectbox(key=f"voice-{speaker.id}")
    assert box.value == speaker.voice_id
    box.set_value("bf_lily").run()
    assert not studio.exception
    assert list_speakers(demo_db, project_id)[0].voice_id == "bf_lily"
    box = studio.selectbox(key=f"voice-{speaker.id}")
    box.set_value(speaker.voice_id).run()


def test_export_page_writes_the_mix(studio: AppTest):
    _open(studio, "export")
    studio.selectbox[0].set_value("wav")
    studio.button[0].click().run()  # the form's submit button
    assert not studio.exception
    assert "LUFS" in studio.success[0].value
    assert len(studio.get("audio")) == 1


def test_projects_page_creates_a_project_from_pasted_text(studio: AppTest, demo_db: Path):
    _open(studio, "projects")
    studio.text_input[0].input("Pasted scene")
    studio.text_area[0].input("ZOE: Where are my keys?\nLEO: (laughing) In your hand!")
    next(b for b in studio.button if b.label == "Create and analyze").click().run()
    assert not studio.exception
    names = [p.name for p in list_projects(demo_db)]
    assert "Pasted scene" in names
    lines = list_lines(demo_db, get_project_id(demo_db, "Pasted scene"))
    assert [(l.speaker, l.text) for l in lines] == [("ZOE", "Where are my keys?"), ("LEO", "In your hand!")]
    assert all(l.estimate is not None for l in lines)
    assert lines[1].direction_note == "laughing"


def test_projects_page_counts_one_line_and_one_speaker_in_the_singular(tmp_path: Path, monkeypatch):
    """It said "1 lines · 1 speakers · 0 rendered"."""
    from app.services.projects import create_project, import_pasted_text

    db = tmp_path / "one.db"
    project_id = create_project(db, "One")
    import_pasted_text(db, "One", "ANNA: Hi.")
    app = _open(_studio_on(db, monkeypatch, project_id), "projects")
    captions = [c.value for c in app.caption]
    assert "1 line · 1 speaker · 0 rendered" in captions, captions
    import_pasted_text(db, "One", "A narrator's line.")  # the Narrator is one more voice: it said "0 speakers"
    captions = [c.value for c in _open(_studio_on(db, monkeypatch, project_id), "projects").caption]
    assert "2 lines · 2 speakers · 0 rendered" in captions, captions


def test_projects_page_reports_a_bad_paste(studio: AppTest, demo_db: Path):
    _open(studio, "projects")
    studio.text_input[0].input("Empty one")
    studio.text_area[0].input("[music]")
    next(b for b in studio.button if b.label == "Create and analyze").click().run()
    assert "no lines to speak" in studio.error[0].value
    assert "Empty one" not in [p.name for p in list_projects(demo_db)]


def test_settings_page_saves_the_lexicon(studio: AppTest, demo_db: Path):
    from app.services.lexicon import list_entries

    _open(studio, "settings")
    assert studio.title[0].value == "⚙️ Settings"
    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    next(b for b in studio.button if b.label == "Save lexicon").click().run()
    assert not studio.exception
    assert list_entries(demo_db, project_id) == []


def test_a_lexicon_cell_never_typed_in_is_empty_not_none():
    """A word added to the Settings table without a pronunciation was saved to be said as 'None'."""
    from app.studio.widgets import cell_text

    assert [cell_text(v) for v in (None, float("nan"), "engine x", True)] == ["", "", "engine x", "True"]


def test_settings_page_says_a_sentence_with_the_lexicon(studio: AppTest):
    _open(studio, "settings")
    next(t for t in studio.text_input if t.label == "Say").set_value("Say [[bəˈnæ.nə]] twice.")
    next(b for b in studio.button if b.label == "▶ Hear it").click().run()
    assert not studio.exception and not studio.error
    assert len(studio.get("audio")) == 1
    next(t for t in studio.text_input if t.label == "Say").set_value("Say [[bəˈnæ/]] twice.")
    next(b for b in studio.button if b.label == "▶ Hear it").click().run()
    assert "cannot say: /" in studio.error[0].value


def test_settings_page_lists_the_words_the_voice_guesses_and_adds_how_to_say_one(tmp_path: Path, monkeypatch):
    from app.services.lexicon import list_entries, set_entry
    from app.services.projects import create_project, import_pasted_text

    db = tmp_path / "course.db"
    create_project(db, "Course")
    import_pasted_text(db, "Course", "Deploy it to Kubernetes with Helm.\n\nThen open Grafana. Kubernetes restarts a "
                                     "failed pod.")
    project_id = get_project_id(db, "Course")
    app = _studio_on(db, monkeypatch, project_id)  # the Script page's readings name them too
    guessed = "Words the voice has to guess: **Kubernetes** (lines 1, 2), **Grafana** (line 2)."
    assert any(guessed in m.value for m in app.markdown)
    _open(app, "settings")
    next(b for b in app.button if b.label == "Find them").click().run()
    listed = app.dataframe[-1].value  # under the lexicon's table
    assert list(listed["Word"]) == ["Kubernetes", "Grafana"] and list(listed["Lines"]) == ["1, 2", "2"]
    assert list(listed["Heard in"]) == ["Deploy it to Kubernetes with Helm.", "Then open Grafana."]
    assert len(app.get("download_button")) == 1  # the words as a lexicon CSV to fill in
    next(s for s in app.selectbox if s.label.startswith("Hear a word")).select_index(1).run()
    next(b for b in app.button if b.label == "▶ Hear that word").click().run()
    assert not app.exception and not app.error and len(app.get("audio")) == 1
    next(t for t in app.text_input if t.label == "Say Grafana as").input("gruh-FAH-nuh").run()
    next(b for b in app.button if b.label == "▶ Hear it so").click().run()
    assert not app.exception and not app.error and len(app.get("audio")) == 1
    next(b for b in app.button if b.label == "Add to lexicon").click().run()
    assert not app.exception, app.exception
    assert [(e.word, e.pronunciation) for e in list_entries(db, project_id)] == [("grafana", "gruh-FAH-nuh")]
    assert list(app.dataframe[0].value["Word"]) == ["grafana"]  # the lexicon's table shows it
    assert list(app.dataframe[-1].value["Word"]) == ["Kubernetes"]
    # while the lexicon's table has an unsaved edit, adding (which reloads the table) waits for it to be saved
    next(t for t in app.text_input if t.label == "Say Kubernetes as").input("koo-ber-NET-eez").run()
    app.session_state[f"lexicon-{project_id}"] = {"edited_rows": {0: {"Say it as": "GRAF-uh-nuh"}},
                                                  "added_rows": [], "deleted_rows": []}
    app.run()
    held = next(b for b in app.button if b.label == "Add to lexicon")
    assert held.disabled and held.help == "Save the table above first"
    app.session_state[f"lexicon-{project_id}"] = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    set_entry(db, project_id, "kubernetes", "koo-ber-NET-eez")
    app.run()
    assert "Every word of the script is in the dictionary or the lexicon." in app.success[0].value


def test_script_page_fine_tunes_a_line(studio: AppTest, demo_db: Path):
    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    first = list_lines(demo_db, project_id)[0]
    next(s for s in studio.slider if s.label == "Rate ×").set_value(1.25)
    next(s for s in studio.selectbox if s.label == "Emotion").set_value("sadness")
    next(b for b in studio.button if b.label == "Apply").click().run()
    assert not studio.exception
    updated = list_lines(demo_db, project_id)[0]
    assert updated.direction.rate == 1.25 and not updated.take.up_to_date
    assert updated.direction.emotion == "sadness" and updated.direction.intensity == first.direction.intensity
    from app.services.projects import set_direction

    set_direction(demo_db, first.id, emotion=None, rate=None, pitch=None, pitch_range=None, volume=None,
                  pause_before=None, pause_after=None)


def test_script_page_applies_a_direction_and_plays_the_new_take(studio: AppTest, demo_db: Path):
    from app.services.projects import set_direction

    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    first = list_lines(demo_db, project_id)[0]
    next(s for s in studio.slider if s.label == "Intensity").set_value(1.2)
    next(b for b in studio.button if b.label == "▶ Apply and play").click().run()
    assert not studio.exception
    updated = list_lines(demo_db, project_id)[0]
    assert updated.direction.intensity == 1.2 and updated.take.up_to_date and updated.take.id != first.take.id
    playing = [a for a in studio.get("audio") if a.proto.autoplay]
    assert len(playing) == 1  # the new take, under the form
    studio.run()
    assert len([a for a in studio.get("audio") if a.proto.autoplay]) == 1  # unchanged: the player keeps playing
    set_direction(demo_db, first.id, intensity=first.direction.intensity)


def test_the_tune_form_shows_the_intensity_a_new_take_was_made_with(studio: AppTest, demo_db: Path):
    """Directed to another emotion than the one detected, a line's automatic intensity rises to the default (0.50);
    the form showed the detected 0.45 after *Apply and play*, so moving it to 0.50 changed nothing."""
    from app.services.projects import set_direction

    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    calm = next(line for line in list_lines(demo_db, project_id) if line.estimate.intensity < 0.495
                and line.direction.intensity is None and line.effective_emotion != "sadness")
    studio.selectbox(key="tune-line").set_value(calm.id).run()
    assert next(s for s in studio.slider if s.label == "Intensity").value == round(calm.estimate.intensity, 2)
    next(s for s in studio.selectbox if s.label == "Emotion").set_value("sadness")
    next(b for b in studio.button if b.label == "▶ Apply and play").click().run()
    assert not studio.exception, studio.exception
    (directed,) = list_lines(demo_db, project_id, only=[calm.id])
    assert directed.take.up_to_date and directed.effective_intensity == 0.5
    assert next(s for s in studio.slider if s.label == "Intensity").value == 0.5
    set_direction(demo_db, calm.id, emotion=None, rate=None, pitch=None, pitch_range=None, volume=calm.direction.volume,
                  pause_before=None, pause_after=None)


def test_script_page_lists_takes_and_switches_between_them(studio: AppTest, demo_db: Path):
    from app.services.projects import set_direction
    from app.services.rendering import render_project
    from app.services.takes import list_takes

    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    first = list_lines(demo_db, project_id)[0]
    original = first.take.id
    set_direction(demo_db, first.id, pitch=2.0)
    render_project(demo_db, DEMO_PROJECT_NAME, line_ids=[first.id])
    studio.run()
    studio.button(key=f"use-take-{original}").click().run()
    assert not studio.exception
    assert [t.chosen for t in list_takes(demo_db, first.id) if t.id == original] == [True]
    assert list_lines(demo_db, project_id)[0].take.up_to_date
    from app.services.takes import delete_take

    for take in list_takes(demo_db, first.id):  # leave the shared demo as it was
        if take.id != original:
            delete_take(demo_db, take.id)
    set_direction(demo_db, first.id, pitch=None)


def test_projects_page_confirms_a_new_project_after_the_rerun(studio: AppTest, demo_db: Path):
    """With what the import let through (here IPA the voices cannot say): the warnings the CLI prints."""
    _open(studio, "projects")
    studio.text_input[0].input("Confirmed scene")
    studio.text_area[0].input("NARRATOR: It begins. Say [[bəˈnæ/]] now.")
    next(b for b in studio.button if b.label == "Create and analyze").click().run()
    assert not studio.exception
    assert any("Created 'Confirmed scene' with 1 line" in s.value for s in studio.success)
    assert "line 1: the IPA [[bəˈnæ/]] has symbols the voices cannot say: /" in studio.warning[0].value


def test_script_table_pages_and_filters_a_long_script(tmp_path: Path, monkeypatch):
    """A 320-line dialogue: the table shows 50 lines at a time, and filters narrow it."""
    from app.services.analysis import analyze_project
    from app.services.projects import create_project, import_pasted_text

    db = tmp_path / "long.db"
    project_id = create_project(db, "Long")
    moods = ["I am so happy for you!", "Leave me alone, I hate this.", "The meeting is at noon.", "Oh no, I am scared."]
    import_pasted_text(db, "Long", "\n".join(f"{'ANNA' if i % 2 else 'BEN'}: {moods[i % 4]} ({i})" for i in range(320)))
    analyze_project(db, "Long")
    app = _studio_on(db, monkeypatch, project_id)
    table = app.dataframe[0].value
    assert len(table) == 50 and list(table["#"])[:2] == [1, 2]
    app.number_input(key="table-page").set_value(7).run()
    assert list(app.dataframe[0].value["#"]) == list(range(301, 321))
    app.multiselect(key="filter-speakers").set_value(["ANNA"]).run()
    shown = app.dataframe[0].value
    assert set(shown["Speaker"]) == {"ANNA"} and len(shown) == 50
    assert "160 of 320 lines match the filters." in " ".join(c.value for c in app.caption)
    app.checkbox(key="filter-stale").check().run()  # nothing is rendered: every line is "changed"
    assert len(app.dataframe[0].value) == 50
    app.multiselect(key="filter-emotions").set_value(["fear"]).run()
    afraid = [line.number for line in list_lines(db, project_id) if line.speaker == "ANNA" and line.effective_emotion.value == "fear"]
    assert afraid and list(app.dataframe[0].value["#"]) == afraid[:50]


def test_script_table_shows_the_ids_a_script_gave_its_lines(tmp_path: Path, monkeypatch, studio: AppTest):
    """E-learning scripts name each line (the stems are named by it): the table shows those ids, and only then."""
    from app.services.projects import create_project, import_bytes

    assert "Id" not in studio.dataframe[0].value.columns  # the demo's lines have no ids
    db = tmp_path / "course.db"
    project_id = create_project(db, "Course")
    import_bytes(db, "Course", b"id,text\nslide-01,Welcome to the course.\n,A line with no id.\n", "course.csv")
    course = _studio_on(db, monkeypatch, project_id)
    table = course.dataframe[0].value
    assert list(table.columns[:3]) == ["#", "Id", "Speaker"]
    assert list(table["Id"]) == ["slide-01", ""]
    listed = " ".join(m.value for m in course.markdown)
    assert "**1. slide-01 · Narrator**" in listed and "**2. Narrator**" in listed  # the players under the table
    assert course.selectbox(key="why-line").options[0].startswith("1. slide-01 · Narrator: Welcome")


def test_script_table_shows_a_pause_as_it_is_typed(tmp_path: Path, monkeypatch):
    """A pause in a line is shown as "(pause 2s)", which is also how it is typed back; nothing is saved by showing it."""
    from app.services.projects import create_project, import_pasted_text, last_change

    db = tmp_path / "pauses.db"
    project_id = create_project(db, "Pauses")
    import_pasted_text(db, "Pauses", "No. This one's different. (pause 2 seconds) It repeats.")
    assert list_lines(db, project_id)[0].text == 'No. This one\'s different. <break time="2s"/> It repeats.'
    studio = _studio_on(db, monkeypatch, project_id)
    assert list(studio.dataframe[0].value["Text"]) == ["No. This one's different. (pause 2s) It repeats."]
    assert "(pause 2s) It repeats." in " ".join(m.value for m in studio.markdown)  # the player under the table
    studio.run()
    assert last_change(db, project_id) is None


def test_script_page_directs_the_filtered_lines_at_once_and_undoes_it(tmp_path: Path, monkeypatch):
    """A podcaster sets every line of one speaker to calm joy in one go, then takes it back with one undo."""
    from app.services.analysis import analyze_project
    from app.services.projects import create_project, import_pasted_text

    db = tmp_path / "bulk.db"
    project_id = create_project(db, "Show")
    import_pasted_text(db, "Show", "HOST: Welcome back.\nGUEST: Thanks for having me.\nHOST: Let's begin.\n"
                                   "GUEST: I was furious about it!")
    analyze_project(db, "Show")
    before = list_lines(db, project_id)
    app = _studio_on(db, monkeypatch, project_id)
    app.multiselect(key="filter-speakers").set_value(["GUEST"]).run()
    app.selectbox(key="bulk-emotion").set_value("joy")
    app.selectbox(key="bulk-intensity-mode").set_value("set to")
    app.slider(key="bulk-intensity").set_value(0.4)
    next(b for b in app.button if b.label == "Apply to 2 lines").click().run()
    assert not app.exception, app.exception
    assert any("Directed 2 lines" in s.value for s in app.success)
    after = list_lines(db, project_id)
    assert [(l.speaker, l.direction.emotion, l.direction.intensity) for l in after if l.direction.emotion] == [
        ("GUEST", Emotion.JOY, 0.4), ("GUEST", Emotion.JOY, 0.4)]

    next(b for b in app.button if b.label == "↶ Undo").click().run()
    assert not app.exception, app.exception
    assert [l.direction for l in list_lines(db, project_id)] == [l.direction for l in before]


def test_cast_page_offers_to_remove_speakers_left_without_lines(tmp_path: Path, monkeypatch):
    from app.services.projects import create_project, give_lines_to, import_pasted_text, list_lines

    db = tmp_path / "moved.db"
    project_id = create_project(db, "Moved")
    import_pasted_text(db, "Moved", "ANNA: Hello.\nBEN: Hi.\nANNA: Bye.")
    give_lines_to(db, [line.id for line in list_lines(db, project_id) if line.speaker == "BEN"], "Anna")
    studio = _open(_studio_on(db, monkeypatch, project_id), "cast")
    assert [m.value for m in studio.markdown if m.value.startswith("**ANNA**")] == ["**ANNA**  \n3 lines"]
    assert any("No lines now (given to others on the Script page): BEN." in c.value for c in studio.caption)
    studio.button(key="remove-idle").click().run()
    assert not studio.exception
    assert [s.name for s in list_speakers(db, project_id)] == ["ANNA"]
    assert any("Removed BEN from the cast." in m.value for m in studio.success)
    assert not any("No lines now" in c.value for c in studio.caption)


def test_cast_page_renames_a_speaker_or_merges_two(tmp_path: Path, monkeypatch):
    from app.services.projects import create_project, import_pasted_text

    db = tmp_path / "names.db"
    project_id = create_project(db, "Names")
    import_pasted_text(db, "Names", "MAYYA: Hello.\nTOM: Hi.\nMAYA: Bye.")
    ids = {s.name: s.id for s in list_speakers(db, project_id)}
    studio = _open(_studio_on(db, monkeypatch, project_id), "cast")
    studio.text_input(key=f"rename-name-{ids['TOM']}").set_value("Tom")
    next(b for b in studio.button if b.label == "Rename" and b.form_id == f"rename-{ids['TOM']}").click().run()
    assert not studio.exception, studio.exception
    assert any("Renamed TOM to Tom." in m.value for m in studio.success)

    studio.text_input(key=f"rename-name-{ids['MAYYA']}").set_value("maya")
    next(b for b in studio.button if b.label == "Rename" and b.form_id == f"rename-{ids['MAYYA']}").click().run()
    assert not studio.exception, studio.exception
    assert any("MAYYA's lines now go to MAYA" in m.value for m in studio.success)
    assert {s.name: s.line_count for s in list_speakers(db, project_id)} == {"Tom": 1, "MAYA": 2}


def test_cast_page_auditions_voices_and_casts_one(studio: AppTest, demo_db: Path):
    _open(studio, "cast")
    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    speaker = list_speakers(demo_db, project_id)[0]
    original = speaker.voice_id
    candidates = studio.multiselect(key=f"candidates-{speaker.id}")
    assert candidates.value[0] == original and len(candidates.value) == 3
    next(b for b in studio.button if b.key == f"audition-{speaker.id}").click().run()
    assert not studio.exception, studio.exception
    assert len(studio.get("audio")) == 3
    other = candidates.value[1]
    next(b for b in studio.button if b.key == f"cast-{speaker.id}-{other}").click().run()
    assert not studio.exception, studio.exception
    assert list_speakers(demo_db, project_id)[0].voice_id == other
    assert studio.selectbox(key=f"voice-{speaker.id}").value == other
    studio.selectbox(key=f"voice-{speaker.id}").set_value(original).run()  # the shared demo goes back as it was
    assert list_speakers(demo_db, project_id)[0].voice_id == original


def test_the_narrator_is_auditioned_only_where_some_lines_have_no_speaker(studio: AppTest, tmp_path: Path,
                                                                          monkeypatch):
    from app.services.projects import create_project, import_pasted_text

    _open(studio, "cast")  # the demo opens with narration
    assert any(button.key == "audition-narrator" for button in studio.button)
    db = tmp_path / "dialogue.db"
    project_id = create_project(db, "Scene")
    import_pasted_text(db, "Scene", "ANNA: Hello.\nBEN: Goodbye.")
    app = _studio_on(db, monkeypatch, project_id)
    _open(app, "cast")
    assert not app.exception, app.exception
    assert not any(button.key == "audition-narrator" for button in app.button)
    assert any(button.key.startswith("audition-") for button in app.button)  # the speakers' own


def test_projects_page_snapshots_duplicates_and_restores(tmp_path: Path, monkeypatch):
    from app.services.projects import create_project, import_pasted_text, set_direction
    from app.services.versions import list_snapshots
    from app.studio.state import PROJECT_KEY

    db = tmp_path / "versions.db"
    project_id = create_project(db, "Scene")
    import_pasted_text(db, "Scene", "ANNA: Hello.\nBEN: Goodbye.")
    app = _studio_on(db, monkeypatch, project_id)
    _open(app, "projects")
    app.text_input(key="snapshot-label").input("clean")
    next(b for b in app.button if b.label == "📸 Take snapshot").click().run()
    assert not app.exception, app.exception
    assert [s.label for s in list_snapshots(db, "Scene")] == ["clean"]
    set_direction(db, list_lines(db, project_id)[0].id, emotion="anger")
    app.run()
    next(b for b in app.button if b.label == "Restore").click().run()
    assert not app.exception, app.exception
    restored = get_project_id(db, "Scene")
    assert list_lines(db, restored)[0].direction.emotion is None
    assert app.session_state[PROJECT_KEY] == restored
    next(b for b in app.button if b.label == "Duplicate").click().run()
    assert not app.exception, app.exception
    assert {"Scene", "Scene (copy)"} <= {p.name for p in list_projects(db)}


def test_script_page_undoes_a_table_edit(studio: AppTest, demo_db: Path):
    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    from app.services.projects import set_direction

    line = list_lines(demo_db, project_id)[2]
    set_direction(demo_db, line.id, emotion="fear")
    studio.run()
    undo = next(b for b in studio.button if b.label == "↶ Undo")
    assert not undo.disabled
    undo.click().run()
    assert not studio.exception, studio.exception
    assert list_lines(demo_db, project_id)[2].direction.emotion == line.direction.emotion
    assert any("Undid the emotion of line 3" in s.value for s in studio.success)
    studio.run()  # the rerun after undo must not re-apply anything
    assert list_lines(demo_db, project_id)[2].direction.emotion == line.direction.emotion


def test_cast_page_saves_a_voice_blend(studio: AppTest, demo_db: Path):
    from app.services.blends import delete_blend, list_blends

    _open(studio, "cast")
    studio.selectbox(key="blend-first").set_value("af_heart")
    studio.selectbox(key="blend-second").set_value("am_michael")
    studio.slider(key="blend-percent").set_value(60)
    studio.text_input(key="blend-name").input("Test blend").run()
    next(b for b in studio.button if b.label == "Save blend").click().run()
    assert not studio.exception, studio.exception
    assert [(b.name, b.voice_id) for b in list_blends(demo_db)] == [("Test blend", "blend-af_heart-am_michael-60")]
    project_id = get_project_id(demo_db, DEMO_PROJECT_NAME)
    speaker = list_speakers(demo_db, project_id)[0]
    assert "blend-af_heart-am_michael-60" in studio.selectbox(key=f"voice-{speaker.id}").options or \
        any("Test blend" in o for o in studio.selectbox(key=f"voice-{speaker.id}").options)
    delete_blend(demo_db, "Test blend")  # the shared demo database goes back as it was


def test_cast_page_suggests_the_voice_a_reference_take_sounds_like(tmp_path: Path, monkeypatch):
    from app.services.projects import create_project, import_pasted_text
    from app.services.references import add_reference_take
    from engine.audio import write_audio
    from engine.synthesis import synthesize
    from engine.voices import get_voice

    db = tmp_path / "cast.db"
    create_project(db, "Hints")
    import_pasted_text(db, "Hints", "MARA: Keep the lamp lit until I come back.\nTOM: I will, I promise.")
    project_id = get_project_id(db, "Hints")
    mara = next(s for s in list_speakers(db, project_id) if s.name == "MARA")
    take = synthesize("Keep the lamp lit until I come back.", get_voice("bf_emma"))
    add_reference_take(db, list_lines(db, project_id)[0].id,
                       write_audio(tmp_path / "mara.wav", take.audio, take.sample_rate), "mara.wav")
    studio = _open(_studio_on(db, monkeypatch, project_id), "cast")
    button = studio.button(key=f"cast-like-takes-{mara.id}")
    suggested = button.label.removeprefix("Cast ")
    assert any("Sounds most like your reference takes" in c.value for c in studio.caption)
    button.click().run()
    assert not studio.exception, studio.exception
    voice_id = next(s for s in list_speakers(db, project_id) if s.name == "MARA").voice_id
    assert get_voice(voice_id).display_name.startswith(suggested) and get_voice(voice_id).gender == "female"


def test_fine_tune_shows_what_the_voice_will_read(db: Path, monkeypatch):
    """Numbers, symbols and the project's lexicon change the words said: the author sees them before rendering."""
    from app.services.lexicon import set_entry
    from app.services.projects import create_project, import_pasted_text

    project_id = create_project(db, "Setup guide")
    import_pasted_text(db, "Setup guide", "Install nginx by 5pm on Mon., Jan. 3rd and do NOT pay $5 for plan A.\n\nThe storm passed.")
    set_entry(db, project_id, "nginx", "engine x")
    app = _studio_on(db, monkeypatch, project_id)
    captions = [c.value for c in app.caption if "The voice reads" in c.value]
    assert captions == ["🗣️ The voice reads: Install engine x by five P-M on Monday, January third and do *NOT* pay "
                        "five dollars for plan A."]  # the letter A as typed, not the IPA the engine is given
    panel = next(e for e in app.expander if e.label.startswith("🗣️ What the voice reads"))
    assert panel.label == "🗣️ What the voice reads: 1 line in the table said otherwise than written"
    assert [m.value for m in panel.markdown] == [  # every such line of the table at once, for a long script's review
        "- **1.** Install nginx by 5pm on Mon., Jan. 3rd and do NOT pay \\$5 for plan A.  \n"
        "  → Install engine x by five P-M on Monday, January third and do *NOT* pay five dollars for plan A."]
    app.selectbox(key="tune-line").select_index(1).run()
    assert not [c for c in app.caption if "The voice reads" in c.value]  # plain words: nothing to show


def test_a_script_read_as_written_says_so(db: Path, monkeypatch):
    from app.services.projects import create_project, import_pasted_text

    project_id = create_project(db, "Plain words")
    import_pasted_text(db, "Plain words", "The storm passed.\n\nWe went home.")
    app = _studio_on(db, monkeypatch, project_id)
    panel = next(e for e in app.expander if e.label.startswith("🗣️ What the voice reads"))
    assert panel.label == "🗣️ What the voice reads: every line in the table as written"
    assert [m.value for m in panel.markdown] == ["Every line on this page is read as written."]


def test_script_page_opens_when_take_and_recording_files_are_gone(tmp_path: Path, monkeypatch):
    """A database copied without its media folder: the take player raised MediaFileStorageError over the page. The
    line now reads as not rendered, and the recording's panel says its file is missing."""
    from app.services.projects import create_project, import_pasted_text
    from app.services.references import add_reference_take, get_reference
    from app.services.rendering import render_project
    from engine.audio import write_audio
    from engine.synthesis import synthesize
    from engine.voices import get_voice

    db = tmp_path / "moved.db"
    create_project(db, "Moved")
    import_pasted_text(db, "Moved", "MARA: Keep the lamp lit.\nTOM: I will.")
    project_id = get_project_id(db, "Moved")
    render_project(db, "Moved")
    line = list_lines(db, project_id)[0]
    take = synthesize("Keep the lamp lit.", get_voice("bf_emma"))
    add_reference_take(db, line.id, write_audio(tmp_path / "mara.wav", take.audio, take.sample_rate), "mara.wav")
    Path(line.take.audio_path).unlink()
    get_reference(db, line.id).audio_path.unlink()

    studio = _studio_on(db, monkeypatch, project_id)
    assert not studio.exception, studio.exception
    assert any(button.label.endswith("Render 1 changed") for button in studio.button)
    assert any("recording's file is missing" in w.value for w in studio.warning)
