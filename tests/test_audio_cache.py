"""The engine's audio of each sentence is kept on disk and shared by every process."""

from __future__ import annotations

import os
import time

import numpy as np

from app.services.projects import create_project, get_project_id, import_pasted_text, list_lines, set_direction
from app.services.rendering import render_project
from engine.audio_cache import cache_dir, cached_audio, prune


def test_a_key_is_made_once_and_a_damaged_file_is_made_again():
    calls = []

    def make() -> np.ndarray:
        calls.append(1)
        return np.arange(5, dtype=np.float32)

    key = "test-" + os.urandom(4).hex()
    assert np.array_equal(cached_audio(key, make), np.arange(5))
    assert np.array_equal(cached_audio(key, make), np.arange(5)) and len(calls) == 1
    (cache_dir() / f"{key}.npy").write_bytes(b"not numpy")
    assert np.array_equal(cached_audio(key, make), np.arange(5)) and len(calls) == 2
    assert np.array_equal(cached_audio(key, make), np.arange(5)) and len(calls) == 2


def test_prune_removes_the_least_recently_used_files_first(tmp_path):
    for index in range(4):
        path = tmp_path / f"{index}.npy"
        path.write_bytes(b"x" * 400_000)
        os.utime(path, (time.time() - 100 + index, time.time() - 100 + index))
    os.utime(tmp_path / "0.npy")  # used just now
    assert prune(tmp_path, limit_mb=1.0) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.npy", "3.npy"]


def test_lines_rendered_by_the_workers_re_render_here_without_the_engine(db):
    create_project(db, "Cache")
    import_pasted_text(db, "Cache", "ANA: The tide is turning fast.\nBEN: Then we leave at once.\n"
                                    "ANA: Bring the lamp. It is getting dark.\n")
    render_project(db, "Cache")  # three lines: rendered by the worker processes
    kept = set(cache_dir().iterdir())
    assert len(kept) >= 4  # the sentences the workers rendered
    line = list_lines(db, get_project_id(db, "Cache"))[2]
    set_direction(db, line.id, emotion="fear", intensity=1.2)
    summary = render_project(db, "Cache", line_ids=[line.id])  # in this process, as the studio's Render button
    assert summary.rendered == 1
    assert set(cache_dir().iterdir()) == kept  # both sentences came from the workers' audio
