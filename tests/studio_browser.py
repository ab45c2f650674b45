"""The real studio served on a database and opened in headless Chromium (browser tests and benchmarks)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve_studio(db: Path) -> Iterator[str]:
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
            raise RuntimeError("the studio did not start within 60 s")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


@contextmanager
def studio_in_chromium(db: Path, height: int = 1000):
    """The real studio on `db` in headless Chromium, open on its Script page; yields the page."""
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "run `make browser` to install Debian's Chromium"
    with serve_studio(db) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": height})
            page.goto(url)
            expect(page.get_by_role("heading", name="📝 Script")).to_be_visible(timeout=120_000)
            yield page
        finally:
            browser.close()
