"""The real studio in headless Chromium: open the demo, move between pages, export a mix."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def studio_url(demo_db: Path):
    yield from _serve(demo_db)


def _serve(db: Path):
    """Start the real studio on `db`; yields its URL and stops it afterwards."""
    port = _free_port()
    env = {**os.environ, "INTONATE_DB": str(db)}
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app/studio/main.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the studio did not start within 60 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_demo_flow_in_chromium(studio_url: str, tmp_path: Path):
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "run `make browser` to install Debian's Chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(studio_url)
        expect(page.get_by_role("heading", name="📝 Script")).to_be_visible(timeout=60_000)
        expect(page.get_by_text("Demo: The Lighthouse").first).to_be_visible()
        expect(page.get_by_text("9 lines · 9 rendered and up to date")).to_be_visible()
        expect(page.locator("audio")).to_have_count(9 + 1 + 1, timeout=30_000)  # per line, under Takes, the recorder
        page.screenshot(path=str(tmp_path / "script.png"), full_page=True)

        page.get_by_role("link", name="Cast").click()
        expect(page.get_by_role("heading", name="🎭 Cast")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("MAYA")).to_be_visible()

        page.get_by_role("link", name="Export").click()
        page.get_by_role("button", name="Render and export").click()
        expect(page.get_by_text("LUFS")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("button", name="Demo_ The Lighthouse.srt")).to_be_visible()
        browser.close()


def test_reference_take_upload_and_match_in_chromium(tmp_path: Path):
    from playwright.sync_api import expect, sync_playwright

    from engine.audio import write_audio
    from engine.emotions import Emotion
    from engine.synthesis import SynthesisSettings, synthesize
    from engine.voices import get_voice

    db = tmp_path / "studio.db"  # the studio opens on its demo here, rendered on first start
    rendered = synthesize("The storm had raged for three days when the supply boat finally reached the lighthouse.",
                          get_voice("am_michael"), SynthesisSettings(emotion=Emotion.SADNESS, intensity=1.0, rate=0.8))
    take = write_audio(tmp_path / "anna-take.wav", rendered.audio, rendered.sample_rate)
    server = _serve(db)
    url = next(server)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1400})
            page.goto(url)
            expect(page.get_by_role("heading", name="📝 Script")).to_be_visible(timeout=60_000)
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
            browser.close()
    finally:
        next(server, None)
