"""The real studio in headless Chromium: open the demo, move between pages, export a mix."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.studio_browser import studio_in_chromium

pytestmark = pytest.mark.browser


def click_until(button, taken: Callable[[], None], attempts: int = 3) -> None:
    """Click, and again while `taken()` fails (an AssertionError): a click landing while the page redraws after its
    last change can be lost (seen on busy CI hosts)."""
    for attempt in range(attempts):
        button.click()
        try:
            taken()
            return
        except AssertionError:
            if attempt == attempts - 1:
                raise


def _recorded_take(path: Path, text: str, voice: str, **settings) -> Path:
    """A director's take stand-in: another voice reading the line, as a WAV file to upload."""
    from engine.audio import write_audio
    from engine.synthesis import SynthesisSettings, synthesize
    from engine.voices import get_voice

    rendered = synthesize(text, get_voice(voice), SynthesisSettings(**{"intensity": 1.0, **settings}))
    return write_audio(path, rendered.audio, rendered.sample_rate)


def test_demo_flow_in_chromium(demo_db: Path, tmp_path: Path):
    from playwright.sync_api import expect

    from app.config import DEMO_PROJECT_NAME
    from app.services.projects import get_project_id, mark_project_opened

    mark_project_opened(demo_db, get_project_id(demo_db, DEMO_PROJECT_NAME))  # other tests open other projects
    with studio_in_chromium(demo_db) as page:
        expect(page.get_by_text("Demo: The Lighthouse").first).to_be_visible()
        expect(page.get_by_text("9 lines · 9 rendered and up to date")).to_be_visible()
        expect(page.locator("audio")).to_have_count(9 + 1 + 1 + 2, timeout=30_000)  # per line, Takes, Fine-tune, 2 recorders
        page.screenshot(path=str(tmp_path / "script.png"), full_page=True)

        page.get_by_role("link", name="Cast").click()
        expect(page.get_by_role("heading", name="🎭 Cast")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("MAYA")).to_be_visible()

        page.get_by_role("link", name="Export").click()
        page.get_by_role("button", name="Render and export").click()
        expect(page.get_by_text("LUFS")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("button", name="Demo_ The Lighthouse.srt")).to_be_visible()


def test_reference_and_scene_takes_upload_and_match_in_chromium(tmp_path: Path):
    from playwright.sync_api import expect

    db = tmp_path / "studio.db"  # the studio opens on its demo here, rendered on first start
    take = _recorded_take(tmp_path / "take.wav", "The storm had raged for three days when the supply boat finally "
                          "reached the lighthouse.", "am_michael", emotion="sadness", rate=0.8)
    scene_take = _recorded_take(tmp_path / "scene.wav", "You made it! I honestly thought you'd turned back. "
                                '<break time="1s"/> Turned back? In this weather, the harbour is worse than the open sea.',
                                "bf_emma")
    with studio_in_chromium(db, height=1400) as page:
        page.get_by_text("🎤 Reference take").click()
        page.locator("input[type=file]").first.set_input_files(str(take))
        expect(page.get_by_text("Take for line 1 saved")).to_be_visible(timeout=90_000)
        expect(page.get_by_text("Heard:")).to_be_visible()
        expect(page.get_by_text("Your take")).to_be_visible()
        expect(page.get_by_text("does not say the line")).to_have_count(0)
        page.screenshot(path=str(tmp_path / "reference.png"), full_page=True)
        page.get_by_role("button", name="🎯 Match this take").click()
        expect(page.get_by_text("now follows the take")).to_be_visible(timeout=90_000)
        page.get_by_role("button", name="🎙️ Render 1 changed").click()  # in the background
        expect(page.get_by_text("Rendered 1 line.")).to_be_visible(timeout=120_000)
        expect(page.get_by_text("9 lines · 9 rendered and up to date")).to_be_visible()
        page.get_by_text("🎬 Scene take").click()  # lines 2 and 3 read in one recording
        scene = page.locator("[data-testid=stExpander]").filter(has_text="Scene take").first
        scene.locator("input[type=file]").set_input_files(str(scene_take))
        expect(page.get_by_text("Takes saved for lines 2, 3; not heard: 1, 4")).to_be_visible(
            timeout=300_000)  # a busy host


DIALOGUE = "\n".join([
    "MAYA: You're late again. The boat left an hour ago.",
    "TOM: I know, I know. The road was flooded all the way from town.",
    "MAYA: You could have called. I waited on that pier like a fool.",
    "TOM: My phone died. I'm sorry, truly.",
    "ELIAS: Enough, both of you. We have bigger problems tonight.",
    "MAYA: What do you mean?",
    "ELIAS: The lamp is out. The lighthouse is dark.",
    "TOM: That's impossible. I changed the bulb myself last week.",
    "ELIAS: Then someone switched it off.",
    "MAYA: Who would do that? There's nobody out here but us.",
    "ELIAS: That is exactly what worries me.",
    "TOM: We need to get up there before the ships come in.",
    "MAYA: In this storm? The stairs are soaked.",
    "TOM: Then we go slowly. Grab the lantern.",
    "ELIAS: I'll stay with the radio and warn the harbour.",
    "MAYA: Be careful, Elias. Please.",
    "ELIAS: I always am. Now go!",
    "TOM: Maya, stay close to me.",
    "MAYA: I'm right behind you.",
    "TOM: Look, the door at the top is open!",
])


def test_director_tour_in_chromium(tmp_path: Path):
    """The issue's flow as a new user: paste a 20-line dialogue, cast three speakers, audition, override two
    emotions, upload a reference take, render, pick a take, export. With INTONATE_TOUR_DIR set, each step's
    screenshot is written there (the README's tour lives in docs/tour)."""
    from playwright.sync_api import expect

    shots = Path(os.environ.get("INTONATE_TOUR_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    take = _recorded_take(tmp_path / "maya-late-again.wav", "You're late again. The boat left an hour ago.", "bf_emma",
                          emotion="anger", intensity=1.2)
    db = tmp_path / "studio.db"

    def expander(page, title: str):
        return page.locator("[data-testid=stExpander]").filter(has_text=title).first

    def choose(page, box, option: str) -> None:
        """Pick from a Streamlit selectbox by typing, as a keyboard user would; again if a busy page lost the
        keys (the box must show the choice before the test goes on)."""
        for _ in range(3):
            box.click()
            page.keyboard.type(option)
            page.keyboard.press("Enter")
            try:
                expect(box).to_have_value(re.compile(re.escape(option)), timeout=10_000)
                break
            except AssertionError:
                page.keyboard.press("Escape")
        expect(box).to_have_value(re.compile(re.escape(option)))
        page.wait_for_timeout(2000)  # the rerun the choice triggers redraws what depends on it

    with studio_in_chromium(db, height=1100) as page:
        # 1. a project from a pasted dialogue
        page.get_by_role("link", name="Projects").click()
        page.get_by_label("Name", exact=True).fill("Lamp out")
        page.get_by_role("textbox", name="…or paste the script").fill(DIALOGUE)
        page.get_by_role("button", name="Create and analyze").click()
        expect(page.get_by_text("Created 'Lamp out' with 20 lines")).to_be_visible(timeout=60_000)
        page.screenshot(path=str(shots / "1-new-project.png"))

        # 2. cast three speakers, audition one
        page.get_by_role("link", name="Cast").click()
        expect(page.get_by_role("heading", name="🎭 Cast")).to_be_visible(timeout=30_000)
        for speaker, voice in (("MAYA", "Bella (US)"), ("TOM", "Fenrir (US)"), ("ELIAS", "George (UK)")):
            row = page.locator("[data-testid=stHorizontalBlock]").filter(has_text=f"{speaker}").filter(
                has=page.get_by_role("button", name="▶ Preview")).last
            choose(page, row.get_by_role("combobox").first, voice)
        from app.services.projects import get_project_id, list_lines, list_speakers

        cast = {s.name: s.voice_id for s in list_speakers(db, get_project_id(db, "Lamp out"))}
        assert cast == {"MAYA": "af_bella", "TOM": "am_fenrir", "ELIAS": "bm_george"}, cast
        audition = expander(page, "Audition voices")
        audition.click()
        audition.get_by_role("button", name="Audition").click()
        expect(audition.locator("audio")).to_have_count(3, timeout=120_000)
        page.screenshot(path=str(shots / "2-cast-and-audition.png"), full_page=True)

        # 3. render everything, in the background
        page.get_by_role("link", name="Script").click()
        page.get_by_role("button", name="🎙️ Render 20 changed").click()
        expect(page.get_by_text("Rendered 20 lines.")).to_be_visible(timeout=300_000)

        # 4. override two emotions
        tune = expander(page, "Fine-tune a line")
        tune.click()
        choose(page, tune.get_by_role("combobox").nth(0), "9. ELIAS: Then someone")
        choose(page, tune.get_by_role("combobox").nth(1), "fear")
        directed = page.get_by_text("Line 9 directed; render it to hear")
        click_until(tune.get_by_role("button", name="Apply", exact=True),
                    lambda: expect(directed).to_be_visible(timeout=30_000), attempts=2)
        choose(page, tune.get_by_role("combobox").nth(0), "2. TOM: I know")
        choose(page, tune.get_by_role("combobox").nth(1), "sadness")
        tune.get_by_role("button", name="▶ Apply and play").click()  # directed, rendered and played at once
        expect(tune.get_by_text(re.compile(r"Take #\d+: sadness at"))).to_be_visible(timeout=60_000)
        expect(tune.locator("audio")).to_have_count(1)
        page.screenshot(path=str(shots / "3-direct-emotions.png"), full_page=True)

        # 5. a reference take for line 1 (the panel opens on it)
        reference = expander(page, "Reference take")
        reference.click()
        reference.locator("input[type=file]").set_input_files(str(take))
        expect(page.get_by_text("Take for line 1 saved")).to_be_visible(timeout=90_000)
        expect(page.get_by_text("Your take")).to_be_visible()
        from app.services.references import get_reference

        line_one = list_lines(db, get_project_id(db, "Lamp out"))[0]
        reference_take = get_reference(db, line_one.id)
        assert reference_take is not None and reference_take.problems == [], reference_take
        page.screenshot(path=str(shots / "4-reference-take.png"), full_page=True)

        # 6. render the changed lines, then pick the earlier take of line 2
        page.get_by_role("button", name=re.compile(r"🎙️ Render [12] changed")).click()  # line 9 + line 1 if its take changed the reading
        expect(page.get_by_text(re.compile(r"Rendered [12] lines?\."))).to_be_visible(timeout=120_000)
        takes = expander(page, "Takes: compare")
        takes.click()
        choose(page, takes.get_by_role("combobox").first, "2. TOM: I know")
        expect(takes.get_by_text("Take 2")).to_be_visible()
        takes.get_by_role("button", name="Use").last.click()  # newest first: the last is take 1
        expect(takes.get_by_text("Take 1 · ✅ in use")).to_be_visible(timeout=30_000)
        page.screenshot(path=str(shots / "5-pick-takes.png"), full_page=True)

        # 7. export
        page.get_by_role("link", name="Export").click()
        page.get_by_role("button", name="Render and export").click()
        expect(page.get_by_text("LUFS").first).to_be_visible(timeout=120_000)
        expect(page.get_by_role("button", name="Lamp out.srt")).to_be_visible()
        page.screenshot(path=str(shots / "6-export.png"), full_page=True)


def test_a_line_is_given_to_another_speaker_in_the_script_table(tmp_path: Path):
    """Typed into the table as a user would (click the line's cell, step to its Speaker, type a name, Enter): the line
    goes to a new speaker, cast at once; Undo gives it back."""
    from playwright.sync_api import expect

    from app.services.projects import create_project, import_pasted_text, list_lines, list_speakers

    db = tmp_path / "speakers.db"
    project_id = create_project(db, "Who speaks")
    import_pasted_text(db, "Who speaks", "ANNA: Is anyone there?\nBEN: Only me.\nANNA: Come in, then.")

    def speakers() -> list:
        return [line.speaker for line in list_lines(db, project_id)]

    with studio_in_chromium(db) as page:
        grid = page.locator("[data-testid=stDataFrame]").first
        grid.wait_for()
        editor = page.locator("textarea.gdg-input")  # the grid's cell editor
        for _ in range(5):  # the grid draws its cells a moment after the page is up (longer on a busy machine)
            page.wait_for_timeout(1000)
            box = grid.bounding_box()
            page.mouse.click(box["x"] + 20, box["y"] + 18 + 35 * 2)  # the # cell of line 2
            page.keyboard.press("ArrowRight")  # its Speaker cell
            page.keyboard.press("Enter")  # open the cell's editor
            try:
                expect(editor).to_have_value("BEN", timeout=3000)
                break
            except AssertionError:
                page.keyboard.press("Escape")
        expect(editor).to_have_value("BEN", timeout=1000)
        page.keyboard.press("ControlOrMeta+A")
        page.keyboard.type("Cara", delay=50)
        page.keyboard.press("Enter")
        undo = page.get_by_role("button", name="↶ Undo")
        expect(undo.first).to_be_enabled(timeout=30_000)
        assert speakers() == ["ANNA", "Cara", "ANNA"]
        cast = {s.name: s.voice_id for s in list_speakers(db, project_id)}
        assert len(set(cast.values())) == 3, cast  # Cara has a voice of her own

        def given_back() -> None:  # the database says whether the click was taken
            deadline = time.monotonic() + 20
            while speakers() != ["ANNA", "BEN", "ANNA"] and time.monotonic() < deadline:
                page.wait_for_timeout(500)
            assert speakers() == ["ANNA", "BEN", "ANNA"]

        click_until(undo.first, given_back)
        expect(undo.first).to_be_disabled(timeout=30_000)  # nothing left to take back


def test_a_project_goes_out_as_a_bundle_and_comes_back_in_chromium(tmp_path: Path):
    """On the Projects page: download the open project as a bundle, open it again under another name (its lines and
    directions come back), and a damaged bundle is refused naming the uploaded file and the bad field."""
    import json
    import zipfile

    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    from app.services.projects import create_project, get_project_id, import_pasted_text, list_lines, set_direction

    db = tmp_path / "bundles.db"
    project_id = create_project(db, "Night shift")
    import_pasted_text(db, "Night shift", "ANNA: Is anyone there?\nBEN: Only me.")
    set_direction(db, list_lines(db, project_id)[1].id, emotion="fear", intensity=0.9)

    with studio_in_chromium(db) as page:
        page.get_by_role("link", name="Projects").click()
        button = page.get_by_role("button", name="📦 Download the open project as a bundle")
        expect(button).to_be_enabled(timeout=60_000)
        for attempt in range(3):  # a click while the page is still being drawn can be lost (seen once on a busy CI)
            try:
                with page.expect_download(timeout=20_000) as download:
                    button.click()
                break
            except PlaywrightTimeout:
                if attempt == 2:
                    raise
        bundle = tmp_path / download.value.suggested_filename
        download.value.save_as(bundle)
        assert bundle.name == "Night shift.zip"

        opener = page.locator("[data-testid=stExpander]").filter(has_text="Open a project bundle")
        opener.get_by_text("Open a project bundle").click()
        opener.locator("input[type=file]").set_input_files(str(bundle))
        expect(opener.get_by_text("Night shift.zip")).to_be_visible(timeout=30_000)  # uploaded
        opener.get_by_label("Name it (optional)").fill("Night shift (laptop)")
        opener.get_by_role("button", name="Open bundle").click()
        expect(page.get_by_text("Opened the bundle as 'Night shift (laptop)'")).to_be_visible(timeout=60_000)
        copy = list_lines(db, get_project_id(db, "Night shift (laptop)"))
        assert [(line.speaker, line.text, line.direction.emotion) for line in copy] == [
            ("ANNA", "Is anyone there?", None), ("BEN", "Only me.", "fear")]

        with zipfile.ZipFile(bundle) as archive:
            manifest = json.loads(archive.read("project.json"))
        manifest["lines"][1]["overrides"]["intensity"] = 7
        damaged = tmp_path / "damaged.zip"
        with zipfile.ZipFile(damaged, "w") as archive:
            archive.writestr("project.json", json.dumps(manifest))
        opener = page.locator("[data-testid=stExpander]").filter(has_text="Open a project bundle")
        if not opener.locator("input[type=file]").is_visible():
            opener.get_by_text("Open a project bundle").click()
        opener.locator("input[type=file]").set_input_files(str(damaged))
        expect(opener.get_by_text("damaged.zip")).to_be_visible(timeout=30_000)
        refusal = page.get_by_text("damaged.zip: damaged project.json (lines.1.overrides: intensity must be a number "
                                   "from 0 to 1.5, got 7.0)")
        click_until(opener.get_by_role("button", name="Open bundle"),
                    lambda: expect(refusal).to_be_visible(timeout=20_000), attempts=2)


def test_an_idle_script_page_does_not_rerun_on_its_own(tmp_path: Path):
    """The render progress polled every second even with no render running, and an upload arriving during such a
    rerun can be lost (streamlit#9079: a scene take uploaded on a busy machine never arrived). Idle, the page is
    still: no message comes from the server."""
    import time

    from playwright.sync_api import expect, sync_playwright

    from app.services.projects import create_project, import_pasted_text, mark_project_opened
    from tests.studio_browser import CHROMIUM, CHROMIUM_ARGS, serve_studio

    db = tmp_path / "idle.db"
    project_id = create_project(db, "Idle")
    import_pasted_text(db, "Idle", "MAYA: Are you coming?\nTOM: In a minute.")
    mark_project_opened(db, project_id)
    messages: list[float] = []  # when each message went either way between the page and the studio

    def listen(socket) -> None:
        for event in ("framesent", "framereceived"):
            socket.on(event, lambda _: messages.append(time.monotonic()))

    with serve_studio(db) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("websocket", listen)
            page.goto(url)
            expect(page.get_by_role("heading", name="📝 Script")).to_be_visible(timeout=120_000)
            page.wait_for_timeout(5_000)  # the first run's last messages (the page handles events while it waits)
            quiet_from = time.monotonic()
            page.wait_for_timeout(4_000)
            assert messages  # the page did talk to the studio while it loaded
            assert [t for t in messages if t > quiet_from] == []  # it reran every second
        finally:
            browser.close()


def test_cue_times_in_the_script_table_show_their_hundredths(tmp_path: Path):
    """The Start and End columns' step of 0.1 cut what they showed to tenths: a cue at 4.799 s read "4.70 s"."""
    from app.services.projects import create_project, import_file, mark_project_opened
    from tests.studio_browser import studio_in_chromium

    subtitles = tmp_path / "cues.srt"
    subtitles.write_text("1\n00:00:02,320 --> 00:00:04,789\nToday we build a shed.\n\n"
                         "2\n00:00:04,799 --> 00:00:07,269\nIt will be great.\n", encoding="utf-8")
    db = tmp_path / "cues.db"
    project_id = create_project(db, "Cues")
    import_file(db, "Cues", subtitles)
    mark_project_opened(db, project_id)
    with studio_in_chromium(db) as page:
        table = page.locator("[data-testid=stDataFrame]").first
        table.wait_for(timeout=60_000)
        page.wait_for_timeout(1_000)
        cells = table.locator("td").all_inner_texts()  # the grid's accessible copy of its cells (those in view)
        assert {"2.32", "4.79"} <= set(cells), cells  # the Start column
