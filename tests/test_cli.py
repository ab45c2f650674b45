"""The batch command line, exactly as interfaces.md describes it, with real files and renders."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import soundfile as sf
import srt

from engine.emotions import UNCERTAIN_BELOW
from tests.conftest import SAMPLES, assert_one_line_error, run_cli

EMOTION_KEYS = {"anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"}


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_voices_lists_kokoro_and_piper():
    result = run_cli("voices")
    assert result.returncode == 0, result.stderr
    voices = json.loads(result.stdout)
    assert len([v for v in voices if v["engine"] == "kokoro"]) == 28
    assert any(v["id"] == "joe" and v["engine"] == "piper" and v["sample_rate"] == 22050 for v in voices)
    assert all({"id", "engine", "language", "gender", "sample_rate"} <= set(v) for v in voices)


def test_recognize_follows_the_interface(tmp_path: Path):
    rows = [
        {"id": "a", "text": "I can't believe you did this to me!", "speaker": "Ann", "dialogue": "d1"},
        {"id": "b", "text": "I'm sorry. I really am.", "speaker": "Bob", "dialogue": "d1"},
        {"id": "c", "text": "The train leaves at nine."},
        {"id": "d", "text": "Interesting."},  # joy, surprise or neutral: the model is unsure
    ]
    source = write_jsonl(tmp_path / "in.jsonl", rows)
    result = run_cli("recognize", str(source), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", "d"]
    for o in out:
        assert set(o) == {"id", "emotion", "probabilities", "intensity", "confidence", "modalities"}
        assert set(o["probabilities"]) == EMOTION_KEYS
        assert abs(sum(o["probabilities"].values()) - 1) < 1e-4
        assert o["emotion"] == max(o["probabilities"], key=o["probabilities"].get)
        assert 0 <= o["intensity"] <= 1 and 0 <= o["confidence"] <= 1
    assert out[1]["modalities"] == ["text", "context"] and out[2]["modalities"] == ["text"]
    doubtful = [o["id"] for o in out if o["confidence"] < UNCERTAIN_BELOW]
    assert doubtful, "the input should hold a line the model is unsure of"
    assert f"{len(doubtful)} of 4 lines uncertain" in result.stderr and f"check {', '.join(doubtful)}" in result.stderr

    no_context = run_cli("recognize", str(source), "--no-context")
    assert all(json.loads(line)["modalities"] == ["text"] for line in no_context.stdout.splitlines())


def test_recognize_and_synthesize_read_rows_piped_in(tmp_path: Path):
    """"-" as IN.jsonl reads the rows from standard input, as from a file; its bad rows are named "stdin line N"."""
    rows = [{"id": "a", "text": "I can't believe you did this to me!"},
            {"id": "b", "text": "The train leaves at nine."}]
    piped = "".join(json.dumps(row) + "\n" for row in rows)
    from_file = run_cli("recognize", str(write_jsonl(tmp_path / "in.jsonl", rows)))
    from_pipe = run_cli("recognize", "-", stdin=piped)
    assert from_pipe.returncode == 0, from_pipe.stderr
    assert from_pipe.stdout == from_file.stdout and len(from_pipe.stdout.splitlines()) == 2
    assert_one_line_error(run_cli("recognize", "-", stdin=piped + "{not json\n"), "stdin line 3", "invalid JSON")
    assert_one_line_error(run_cli("recognize", "-"), "stdin has no rows")
    rendered = run_cli("synthesize", "-", "--out", str(tmp_path / "out"), stdin=json.dumps({"id": "x", "text": "Hi."}))
    assert rendered.returncode == 0, rendered.stderr
    assert sf.info(str(tmp_path / "out" / "x.wav")).duration > 0.2


def test_recognize_rejects_bad_rows_with_their_line_number(tmp_path: Path):
    bad_json = write_jsonl(tmp_path / "a.jsonl", [{"id": "1", "text": "Hi"}, "{not json"])
    assert_one_line_error(run_cli("recognize", str(bad_json)), "a.jsonl line 2", "invalid JSON")
    no_text = write_jsonl(tmp_path / "b.jsonl", [{"id": "1", "text": "Hi"}, {"id": "2"}, {"id": "3", "text": "x"}])
    assert_one_line_error(run_cli("recognize", str(no_text)), "b.jsonl line 2", "missing 'text'")
    bad_audio = tmp_path / "take.wav"
    bad_audio.write_bytes(b"RIFF0000WAVEjunk" * 10)
    with_audio = write_jsonl(tmp_path / "c.jsonl", [{"id": "1", "text": "Hi", "audio": str(bad_audio)}])
    assert_one_line_error(run_cli("recognize", str(with_audio)), "c.jsonl line 1", "cannot read audio")
    assert_one_line_error(run_cli("recognize", str(tmp_path / "missing.jsonl")), "file not found")


def test_synthesize_renders_each_line_and_reports(tmp_path: Path):
    rows = [
        {"id": "hello", "text": "Hello there, how are you?"},
        {"id": "joe-1", "text": "Nice to meet you.", "voice": "joe", "emotion": "joy", "intensity": 0.8,
         "rate": 1.2, "pitch": -2, "volume": -3},
    ]
    out_dir = tmp_path / "renders"
    result = run_cli("synthesize", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--out", str(out_dir))
    assert result.returncode == 0, result.stderr
    report = [json.loads(line) for line in (out_dir / "report.jsonl").read_text().splitlines()]
    assert [r["id"] for r in report] == ["hello", "joe-1"]
    for r, rate in zip(report, (24000, 22050)):
        assert set(r) == {"id", "path", "duration_s", "sample_rate", "render_s"}
        info = sf.info(r["path"])
        assert Path(r["path"]) == out_dir / f"{r['id']}.wav"
        assert info.samplerate == rate == r["sample_rate"] and info.channels == 1
        assert abs(info.duration - r["duration_s"]) < 0.01 and r["duration_s"] > 0.5


def test_synthesize_acts_on_stage_directions_instead_of_saying_them(tmp_path: Path):
    """"(whispering) Don't move." renders as "Don't move." softer and slower, "(angrily) Get out!" in anger; the row's
    own emotion wins over the direction's (the voice said "whispering" and "angrily" aloud)."""
    rows = [
        {"id": "directed", "text": "(whispering) Don't move."},
        {"id": "as-set", "text": "Don't move.", "volume": -8, "rate": 0.95},
        {"id": "angry", "text": "(angrily) Get out!"},
        {"id": "anger", "text": "Get out!", "emotion": "anger"},
        {"id": "overruled", "text": "[angrily] Get out!", "emotion": "joy"},
        {"id": "joy", "text": "Get out!", "emotion": "joy"},
        {"id": "plain", "text": "Get out!"},
    ]
    out_dir = tmp_path / "renders"
    result = run_cli("synthesize", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--out", str(out_dir))
    assert result.returncode == 0, result.stderr
    audio = {row["id"]: sf.read(out_dir / f"{row['id']}.wav")[0] for row in rows}
    for directed, as_set in (("directed", "as-set"), ("angry", "anger"), ("overruled", "joy")):
        assert np.array_equal(audio[directed], audio[as_set]), directed
    assert not np.array_equal(audio["angry"], audio["plain"])  # the direction did something
    only_direction = write_jsonl(tmp_path / "only.jsonl", [{"id": "1", "text": "(laughs)"}])
    assert_one_line_error(run_cli("synthesize", str(only_direction), "--out", str(out_dir)),
                          "only.jsonl line 1", "no words to speak")


def test_synthesize_refuses_unknown_voices_before_rendering(tmp_path: Path):
    rows = [{"id": "1", "text": "Fine."}, {"id": "2", "text": "Hello", "voice": "nobody"}]
    out_dir = tmp_path / "out"
    assert_one_line_error(run_cli("synthesize", str(write_jsonl(tmp_path / "in.jsonl", rows)), "--out", str(out_dir)),
                          "in.jsonl line 2", "unknown voice 'nobody'")
    assert not (out_dir / "1.wav").exists()
    bad_rate = write_jsonl(tmp_path / "r.jsonl", [{"id": "1", "text": "Hi", "rate": 9}])
    assert_one_line_error(run_cli("synthesize", str(bad_rate), "--out", str(out_dir)), "line 1", "'rate'")


def test_project_flow_from_dialogue_to_mp3_and_srt(tmp_path: Path, db: Path):
    assert run_cli("project", "new", "Night", db=db).returncode == 0
    imported = run_cli("project", "import", "Night", str(SAMPLES / "dialogue.txt"), db=db)
    assert imported.returncode == 0 and "imported 5 lines (2 new speakers)" in imported.stdout
    assert run_cli("project", "analyze", "Night", db=db).returncode == 0
    rendered = run_cli("project", "render", "Night", db=db)
    assert rendered.returncode == 0 and "rendered 5 lines" in rendered.stdout
    again = run_cli("project", "render", "Night", db=db)
    assert "rendered 0 lines" in again.stdout  # nothing changed: nothing re-rendered
    out = tmp_path / "export"
    exported = run_cli("project", "export", "Night", "--out", str(out), "--format", "mp3", "--stems", db=db)
    assert exported.returncode == 0, exported.stderr
    assert "LUFS" in exported.stdout and "noise floor" in exported.stdout and "inf" not in exported.stdout
    assert sf.info(str(out / "Night.mp3")).duration > 8
    cues = list(srt.parse((out / "Night.srt").read_text()))
    assert len(cues) == 5 and cues[0].content == "ANNA: Did you hear that? Something is outside."
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:]))
    assert sorted(p.name for p in out.glob("*.mp3")) == ["001.mp3", "002.mp3", "003.mp3", "004.mp3", "005.mp3", "Night.mp3"]
    listing = run_cli("project", "list", db=db)
    assert "Night\t5 lines\t2 speakers\t5 rendered" in listing.stdout
    assert run_cli("project", "delete", "Night", db=db).returncode == 0
    assert "Night" not in run_cli("project", "list", db=db).stdout


def test_project_show_prints_each_reading_and_analyze_names_the_uncertain_lines(tmp_path: Path, db: Path):
    from app.services.projects import get_project_id, list_lines, set_direction

    script = tmp_path / "scene.txt"
    script.write_text("ANN: I can't believe you did this to me!\nBOB: (dryly) Interesting.\nANN: The train leaves at nine.\n")
    run_cli("project", "new", "Scene", db=db)
    run_cli("project", "import", "Scene", str(script), db=db)
    named_line = tmp_path / "outro.csv"
    named_line.write_text("id,text,start,end\nslide-09,That is all for today.,0:12.5,15\n")
    run_cli("project", "import", "Scene", str(named_line), db=db)
    analyzed = run_cli("project", "analyze", "Scene", db=db)
    assert analyzed.returncode == 0, analyzed.stderr
    first = list_lines(db, get_project_id(db, "Scene"))[0]
    set_direction(db, first.id, emotion="joy")

    shown = run_cli("project", "show", "Scene", db=db)
    assert shown.returncode == 0, shown.stderr
    header, *cells = [row.split("\t") for row in shown.stdout.splitlines()]
    assert header == ["#", "id", "speaker", "emotion", "intensity", "detected", "confidence", "take", "direction",
                      "cue", "text"]
    rows = [dict(zip(header, row)) for row in cells]
    assert [row["#"] for row in rows] == ["1", "2", "3", "4"]
    assert [row["id"] for row in rows] == ["001", "002", "003", "slide-09"]  # the names of the line stems
    assert rows[1]["speaker"] == "BOB" and rows[1]["text"] == "Interesting." and rows[1]["direction"] == "dryly"
    assert rows[0]["direction"] == "-"
    assert [row["cue"] for row in rows] == ["-", "-", "-", "12.50–15.00 s"]  # the Script table's Start and End
    assert rows[0]["emotion"] == "joy (set)" and rows[0]["detected"] == first.estimate.emotion.value  # choice and reading
    assert all(row["take"] == "none" for row in rows)
    uncertain = [row["#"] for row in rows if row["confidence"].endswith("uncertain")]
    assert "2" in uncertain, "'Interesting.' should leave the model unsure"
    assert all(int(row["confidence"].split("%")[0]) < UNCERTAIN_BELOW * 100 for row in rows if row["#"] in uncertain)
    named = "line " + uncertain[0] if len(uncertain) == 1 else "lines " + ", ".join(uncertain)
    assert f"{len(uncertain)} uncertain (under 45% confidence): check {named}" in analyzed.stdout
    assert_one_line_error(run_cli("project", "show", "Nope", db=db), "no project named 'Nope'")


def test_project_direct_sets_chosen_lines_as_one_undoable_action(tmp_path: Path, db: Path):
    from app.services.projects import get_project_id, list_lines, undo_last_change

    script = tmp_path / "course.csv"
    script.write_text("id,speaker,text\nintro,ANN,Welcome.\n,BOB,Let's start.\n,ANN,Step one.\n"
                      "quiz,BOB,Time for a quiz!\n,ANN,Well done.\n")
    run_cli("project", "new", "Course", db=db)
    run_cli("project", "import", "Course", str(script), db=db)
    project_id = get_project_id(db, "Course")

    done = run_cli("project", "direct", "Course", "2-3", "quiz", "--emotion", "sadness", "--intensity", "0.2", db=db)
    assert done.returncode == 0, done.stderr
    assert "directed 3 lines of 'Course' (emotion sadness, intensity 0.2)" in done.stdout
    lines = list_lines(db, project_id)
    assert [(l.direction.emotion and l.direction.emotion.value, l.direction.intensity) for l in lines] == [
        (None, None), ("sadness", 0.2), ("sadness", 0.2), ("sadness", 0.2), (None, None)]
    by_speaker = run_cli("project", "direct", "Course", "--speaker", "ANN", "--emotion", "joy", db=db)
    assert "directed 3 lines" in by_speaker.stdout
    assert [l.direction.emotion and l.direction.emotion.value for l in list_lines(db, project_id)] == [
        "joy", "sadness", "joy", "sadness", "joy"]
    assert undo_last_change(db, project_id) == "emotion of 3 lines"  # the studio's Undo takes a command back whole
    assert undo_last_change(db, project_id) == "emotion, intensity of 3 lines"
    untouched = [l.direction for l in list_lines(db, project_id)]
    assert all(d.emotion is None for d in untouched)

    assert_one_line_error(run_cli("project", "direct", "Course", "4-9", "--emotion", "joy", db=db), "lines 1-5", "4-9")
    assert_one_line_error(run_cli("project", "direct", "Course", "outro", "--emotion", "joy", db=db), "'outro'")
    assert_one_line_error(run_cli("project", "direct", "Course", "2-", "--emotion", "joy", db=db), "'2-'")
    assert_one_line_error(run_cli("project", "direct", "Course", "1", "--emotion", "ecstatic", db=db), "unknown emotion")
    assert_one_line_error(run_cli("project", "direct", "Course", "1", "--intensity", "7", db=db), "intensity")
    assert_one_line_error(run_cli("project", "direct", "Course", "1", db=db), "--emotion")
    assert [l.direction for l in list_lines(db, project_id)] == untouched  # a refused command changes nothing


def test_project_cast_and_gaps_set_who_reads_and_the_silences_between(tmp_path: Path, db: Path):
    from app.services.blends import save_blend
    from app.services.projects import get_project_id, get_settings, list_speakers

    script = tmp_path / "show.txt"
    script.write_text("Welcome to the show.\n\nANNA: Hi there.\n\nBEN: Hello.\n\nANNA: Let's begin.\n")
    run_cli("project", "new", "Show", db=db)
    run_cli("project", "import", "Show", str(script), db=db)
    project_id = get_project_id(db, "Show")
    save_blend(db, "Warm host", "af_heart", "bf_emma", 60)

    listed = run_cli("project", "cast", "Show", db=db)
    assert listed.returncode == 0, listed.stderr
    rows = [row.split("\t") for row in listed.stdout.splitlines()]
    assert rows[0] == ["speaker", "voice", "lines"]
    assert [(name, count) for name, _voice, count in rows[1:]] == [("Narrator", "1"), ("ANNA", "2"), ("BEN", "1")]

    cast = run_cli("project", "cast", "Show", "anna", "warm host", db=db)  # names match whatever their case
    assert "cast ANNA as blend-af_heart-bf_emma-60 in 'Show'; `project render` re-renders their 2 lines" in cast.stdout
    assert "cast Narrator as bm_george" in run_cli("project", "cast", "Show", "Narrator", "bm_george", db=db).stdout
    assert "already reads with bm_george" in run_cli("project", "cast", "Show", "narrator", "bm_george", db=db).stdout
    voices = {s.name: s.voice_id for s in list_speakers(db, project_id)}
    assert voices["ANNA"] == "blend-af_heart-bf_emma-60"
    assert get_settings(db, project_id).default_voice == "bm_george"

    assert_one_line_error(run_cli("project", "cast", "Show", "CARL", "am_adam", db=db), "no speaker 'CARL'", "ANNA, BEN")
    assert_one_line_error(run_cli("project", "cast", "Show", "BEN", "am_nobody", db=db), "unknown voice 'am_nobody'")
    assert_one_line_error(run_cli("project", "cast", "Show", "BEN", db=db), "name the voice")
    assert {s.name: s.voice_id for s in list_speakers(db, project_id)} == voices  # refused: nothing changed

    gaps = run_cli("project", "gaps", "Show", "--gap", "0.3", "--speaker-change-gap", "-0.2", db=db)
    assert gaps.returncode == 0, gaps.stderr
    assert "0.3 s between lines, -0.2 s when the speaker changes" in gaps.stdout
    assert_one_line_error(run_cli("project", "gaps", "Show", "--gap", "12", db=db), "between 0 and 10 seconds")
    settings = get_settings(db, project_id)
    assert (settings.gap_s, settings.speaker_change_gap_s) == (0.3, -0.2)
    assert "0.3 s between lines" in run_cli("project", "gaps", "Show", db=db).stdout


def test_project_lexicon_lists_adds_imports_and_removes(tmp_path: Path, db: Path):
    run_cli("project", "new", "Terms", db=db)
    terms = tmp_path / "terms.csv"
    terms.write_text("word,pronunciation,ipa\nSQL,sequel,\nKubernetes,ˌkuːbərˈnɛtiːz,yes\n", encoding="utf-8")
    imported = run_cli("project", "lexicon", "Terms", "--import", str(terms), db=db)
    assert imported.returncode == 0, imported.stderr
    assert "added 2 words to the lexicon of 'Terms'" in imported.stdout
    assert "'Terms' now says 'nginx' as 'engine x'" in run_cli("project", "lexicon", "Terms", "nginx", "engine x", db=db).stdout

    def listed() -> list[list[str]]:
        return [row.split("\t") for row in run_cli("project", "lexicon", "Terms", db=db).stdout.splitlines()]

    assert listed() == [["word", "pronunciation", "ipa"], ["kubernetes", "ˌkuːbərˈnɛtiːz", "yes"],
                        ["nginx", "engine x", "no"], ["sql", "sequel", "no"]]
    assert "removed 'SQL'" in run_cli("project", "lexicon", "Terms", "--remove", "SQL", db=db).stdout
    before = listed()
    assert_one_line_error(run_cli("project", "lexicon", "Terms", "--remove", "sql", db=db), "no entry 'sql'")
    assert_one_line_error(run_cli("project", "lexicon", "Terms", "GUI", db=db), "say how")
    assert_one_line_error(run_cli("project", "lexicon", "Terms", "tomato", "[[təˈmɑːtoʊ", "--ipa", db=db),
                          "cannot say: [")
    assert_one_line_error(run_cli("project", "lexicon", "Terms", "a", "b", "--remove", "c", db=db),
                          "one thing at a time")
    assert_one_line_error(run_cli("project", "lexicon", "Terms", "--import", str(tmp_path / "none.csv"), db=db),
                          "file not found")
    assert listed() == before


def test_project_lexicon_check_lists_the_words_the_voice_guesses(tmp_path: Path, db: Path):
    script = tmp_path / "course.txt"
    script.write_text("Deploy it to Kubernetes with Helm.\n\nThen open Grafana. Kubernetes restarts a failed pod.\n")
    run_cli("project", "import", "Course", str(script), db=db)
    run_cli("project", "lexicon", "Course", "grafana", "gruh-FAH-nuh", db=db)
    checked = run_cli("project", "lexicon", "Course", "--check", db=db)
    assert checked.returncode == 0, checked.stderr
    assert [row.split("\t") for row in checked.stdout.splitlines()] == [
        ["word", "lines", "first said in"], ["Kubernetes", "1, 2", "Deploy it to Kubernetes with Helm."]]
    assert "1 word to listen to in 'Course'" in checked.stderr
    # as a lexicon CSV to fill in: a word left blank is skipped, with a warning naming it
    words = tmp_path / "words.csv"
    assert run_cli("project", "lexicon", "Course", "--check", "--csv", str(words), db=db).returncode == 0
    assert words.read_text() == "word,pronunciation,ipa\nKubernetes,,\n"
    words.write_text("word,pronunciation,ipa\nKubernetes,koo-ber-NET-eez,\nHelm,,\n,,\n")
    imported = run_cli("project", "lexicon", "Course", "--import", str(words), db=db)
    assert "added 1 word" in imported.stdout
    assert "words.csv: left out 1 word without a pronunciation: Helm" in imported.stderr
    left = run_cli("project", "lexicon", "Course", "--check", db=db).stdout.splitlines()
    assert left == ["word\tlines\tfirst said in"]
    assert_one_line_error(run_cli("project", "lexicon", "Course", "--csv", str(words), db=db),
                          "--csv goes with --check")


def test_bad_input_leaves_saved_projects_intact(tmp_path: Path, db: Path):
    run_cli("project", "new", "Keep", db=db)
    run_cli("project", "import", "Keep", str(SAMPLES / "elearning.csv"), db=db)
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes(range(256)) * 100)
    assert_one_line_error(run_cli("project", "import", "Keep", str(garbage), db=db), "binary file")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n")
    assert_one_line_error(run_cli("project", "import", "Keep", str(empty), db=db), "no lines to speak")
    broken_csv = tmp_path / "broken.csv"
    broken_csv.write_text("text,emotion\nGood line,joy\nBad line,smug\n")
    assert_one_line_error(run_cli("project", "import", "Keep", str(broken_csv), db=db), "line 3")
    assert_one_line_error(run_cli("project", "import", "Keep", str(tmp_path / "nope.srt"), db=db), "file not found")
    damaged_pdf = tmp_path / "damaged.pdf"  # pypdf's repair notes on a damaged file are not printed
    damaged_pdf.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n")
    assert_one_line_error(run_cli("project", "import", "Keep", str(damaged_pdf), db=db), "not a readable PDF")
    assert_one_line_error(run_cli("project", "analyze", "Nope", db=db), "no project named 'Nope'")
    assert_one_line_error(run_cli("project", "new", "Keep", db=db), "already exists")
    assert "Keep\t3 lines" in run_cli("project", "list", db=db).stdout


def test_import_into_a_new_name_makes_the_project_only_when_the_file_reads(tmp_path: Path, db: Path):
    broken_csv = tmp_path / "broken.csv"
    broken_csv.write_text("text,emotion\nGood line,joy\nBad line,smug\n")
    assert_one_line_error(run_cli("project", "import", "Course", str(broken_csv), db=db), "line 3")
    assert "Course" not in run_cli("project", "list", db=db).stdout

    made = run_cli("project", "import", "Course", str(SAMPLES / "elearning.csv"), db=db)
    assert made.returncode == 0 and "created project 'Course'" in made.stderr
    again = run_cli("project", "import", "Course", str(SAMPLES / "elearning.csv"), db=db)
    assert again.returncode == 0 and "created" not in again.stderr
    assert "Course\t6 lines" in run_cli("project", "list", db=db).stdout


def test_project_reassign_gives_lines_to_another_speaker_and_undo_takes_it_back(db: Path):
    run_cli("project", "import", "Night", str(SAMPLES / "dialogue.txt"), db=db)  # ANNA, BEN, ANNA, BEN, ANNA
    moved = run_cli("project", "reassign", "Night", "1", "3-4", "--to", "Cara", db=db)
    assert moved.returncode == 0 and "gave 3 lines of 'Night' to Cara; Cara joins the cast" in moved.stdout
    assert run_cli("project", "reassign", "Night", "5", "--to", "ben", db=db).stdout.strip() == "gave 1 line of 'Night' to BEN"
    shown = run_cli("project", "show", "Night", db=db).stdout.splitlines()[1:]
    assert [row.split("\t")[2] for row in shown] == ["Cara", "BEN", "Cara", "Cara", "BEN"]
    assert_one_line_error(run_cli("project", "reassign", "Night", "9", "--to", "Cara", db=db), "9 is outside them")

    assert run_cli("project", "undo", "Night", db=db).stdout.strip() == "undid the speaker of line 5"
    assert run_cli("project", "undo", "Night", db=db).stdout.strip() == "undid the speaker of 3 lines"
    shown = run_cli("project", "show", "Night", db=db).stdout.splitlines()[1:]
    assert [row.split("\t")[2] for row in shown] == ["ANNA", "BEN", "ANNA", "BEN", "ANNA"]
    assert run_cli("project", "undo", "Night", db=db).stdout.strip() == "nothing to undo in 'Night'"
    assert_one_line_error(run_cli("project", "undo", "Nope", db=db), "no project named 'Nope'")


def test_project_cast_renames_a_speaker_or_merges_two(tmp_path: Path, db: Path):
    script = tmp_path / "names.txt"
    script.write_text("MAYYA: Hello.\nTOM: Hi.\nMAYA: Bye.\n")
    run_cli("project", "import", "Names", str(script), db=db)
    assert run_cli("project", "cast", "Names", "TOM", "--rename", "Tom", db=db).stdout.strip() == \
        "renamed TOM to Tom in 'Names'"
    merged = run_cli("project", "cast", "Names", "mayya", "--rename", "maya", db=db)
    assert merged.stdout.strip() == "gave MAYYA's 1 line to MAYA in 'Names' (`project undo` takes it back)"
    listed = run_cli("project", "cast", "Names", db=db).stdout.splitlines()[2:]
    assert [row.split("\t")[::2] for row in listed] == [["Tom", "1"], ["MAYA", "2"]]
    assert_one_line_error(run_cli("project", "cast", "Names", "Nobody", "--rename", "X", db=db), "no speaker 'Nobody'")
    assert_one_line_error(run_cli("project", "cast", "Names", "Tom", "--rename", " ", db=db), "needs a name")


def test_db_flag_and_environment_pick_the_database(tmp_path: Path):
    flag_db = tmp_path / "flag.db"
    assert run_cli("project", "new", "Flagged", "--db", str(flag_db)).returncode == 0
    assert "Flagged" in run_cli("project", "list", "--db", str(flag_db)).stdout
    assert "Flagged" not in run_cli("project", "list", db=tmp_path / "other.db").stdout


def test_whole_number_ids_are_accepted_and_others_named(tmp_path: Path):
    ok = write_jsonl(tmp_path / "n.jsonl", [{"id": 7, "text": "Hello."}])
    result = run_cli("recognize", str(ok))
    assert result.returncode == 0 and json.loads(result.stdout)["id"] == "7"
    bad = write_jsonl(tmp_path / "b.jsonl", [{"id": ["x"], "text": "Hello."}])
    assert_one_line_error(run_cli("recognize", str(bad)), "b.jsonl line 1", "'id' must be a string")


def test_project_show_reading_gives_the_words_the_voice_reads(tmp_path: Path, db: Path):
    script = tmp_path / "guide.txt"
    script.write_text("Install nginx by 5pm for plan A.\n\nThe storm passed.\n\nScan both IDs at the WHO.\n\n"
                      "Shh. RAM is cheap, mm-hmm. \"Hmph!\" RAM.\n\nRecord your screen, then I read it.\n")
    run_cli("project", "import", "Guide", str(script), db=db)
    run_cli("project", "lexicon", "Guide", "nginx", "engine x", db=db)
    shown = run_cli("project", "show", "Guide", "--reading", db=db)
    assert shown.returncode == 0, shown.stderr
    header, *cells = [row.split("\t") for row in shown.stdout.splitlines()]
    assert header[-1] == "reads"
    # the second reads as written; the IPA the normalizer gives espeak is shown as people write it
    assert [row[-1] for row in cells] == ["Install engine x by five P-M for plan A.", "", "Scan both I-Ds at the W-H-O.",
                                          # a sentence starts with a capital, as the line does
                                          'Shh. Ram is cheap, mm-hmm. "Hmph!" Ram.',
                                          # a word's other sense respelled, not in IPA (it showed /ɹᵻkˈɔːɹd/)
                                          "Record (ri-KORD) your screen, then I read it."]


def test_project_show_gives_a_timed_pause_as_typed_not_as_a_break_tag(tmp_path: Path, db: Path):
    script = tmp_path / "calm.txt"
    script.write_text("Breathe in (pause 2 seconds) and out.\n")
    run_cli("project", "import", "Calm", str(script), db=db)
    shown = run_cli("project", "show", "Calm", db=db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines()[1].split("\t")[-1] == "Breathe in (pause 2s) and out."
