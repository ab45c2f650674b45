"""Shared fixtures: a fresh SQLite file per test, sample scripts, and helpers to run the CLI."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "assets" / "samples"
# The engine's audio cache starts empty for each run (the studio and CLI started by tests inherit it).
os.environ["INTONATE_CACHE_DIR"] = tempfile.mkdtemp(prefix="intonate-test-cache-")
atexit.register(shutil.rmtree, os.environ["INTONATE_CACHE_DIR"], ignore_errors=True)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "studio.db"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """One database holding the rendered demo project, shared by the studio tests."""
    from app.services.demo import ensure_demo_project

    path = tmp_path_factory.mktemp("demo") / "studio.db"
    ensure_demo_project(path)
    return path


def run_cli(*args: str, db: Path | None = None, cwd: Path | None = None,
            stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ}
    if db is not None:
        env["INTONATE_DB"] = str(db)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          cwd=cwd or REPO, timeout=600, input=stdin)


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    """A failed command: non-zero exit, one readable line on stderr, no traceback."""
    assert result.returncode != 0, result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
