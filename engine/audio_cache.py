"""The engine's audio of each sentence, kept on disk, so every process (the studio, the CLI, the render
workers) and every later session reuses what any of them rendered.

A sentence's audio depends only on its key (voice, phonemes, speed, seed, engine version), so a file under
that key never goes stale. The folder is kept under a size cap by removing the least recently used files.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path
from typing import Callable

import numpy as np

from engine.paths import cache_root

log = logging.getLogger(__name__)

CACHE_LIMIT_MB_ENV_VAR = "INTONATE_CACHE_MB"
DEFAULT_LIMIT_MB = 1024  # about 3 hours of 24 kHz audio
PRUNE_EVERY = 100  # writes between size checks
_writes = 0


def cache_dir() -> Path:
    return cache_root() / "engine"


def cached_audio(key: str, make: Callable[[], np.ndarray]) -> np.ndarray:
    """The audio stored under `key`, else `make()`'s, stored for next time. A damaged file is made again."""
    path = cache_dir() / f"{key}.npy"
    try:
        audio = np.load(path, allow_pickle=False)
        os.utime(path)  # recently used: pruned last
        return audio
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as error:
        log.warning("engine audio cache file %s unreadable (%s); rendering again", path.name, error)
    audio = make()
    _store(path, audio)
    return audio


def _store(path: Path, audio: np.ndarray) -> None:
    global _writes
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.stem}.{uuid.uuid4().hex[:8]}.partial")
        with open(partial, "wb") as handle:
            np.save(handle, audio, allow_pickle=False)
        os.replace(partial, path)  # atomic: another process never reads half a file
    except OSError as error:  # a full or read-only disk costs speed, never a render
        log.warning("could not keep engine audio in %s: %s", path.parent, error)
        return
    _writes += 1
    if _writes % PRUNE_EVERY == 1:
        prune(path.parent)


def clear() -> None:
    """Remove every kept file (benchmarks time renders from scratch in their own folder)."""
    for path in cache_dir().glob("*.npy"):
        path.unlink(missing_ok=True)


def prune(folder: Path, limit_mb: float | None = None) -> int:
    """Remove the least recently used files until the folder is within its size cap; how many went."""
    limit = (limit_mb if limit_mb is not None else float(os.environ.get(CACHE_LIMIT_MB_ENV_VAR) or DEFAULT_LIMIT_MB))
    entries = []
    for entry in os.scandir(folder):
        try:
            stat = entry.stat()
        except FileNotFoundError:  # removed by another process meanwhile
            continue
        entries.append((stat.st_mtime, stat.st_size, entry.path))
    total, removed = sum(size for _, size, _ in entries), 0
    for _, size, file in sorted(entries):
        if total <= limit * 1024 * 1024:
            break
        Path(file).unlink(missing_ok=True)
        total -= size
        removed += 1
    return removed
