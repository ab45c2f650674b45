"""Render many lines on every core: one worker process per core, each running its engine on one thread.

Two single-threaded processes keep both cores busy through the one-threaded DSP (Praat, loudness) too: a
project render takes about as long as the bare engine calls on two threads (`make benchmark`: 0.97x).
A single line stays in this process (no start-up cost), which keeps auditioning instant.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache
from typing import Callable

from engine.lexicon import Lexicon
from engine.synthesis import Rendered, SynthesisSettings, synthesize
from engine.voices import get_voice

logger = logging.getLogger(__name__)
Job = tuple[str, str, dict, Lexicon]  # text, voice id, settings as JSON, lexicon entries


def worker_count() -> int:
    """One worker per core, or $INTONATE_WORKERS."""
    cores = os.cpu_count() or 1
    return max(1, min(cores, int(os.environ.get("INTONATE_WORKERS") or cores)))


def _init_worker() -> None:
    os.environ["INTONATE_THREADS"] = "1"


def _render(job: Job) -> tuple[Rendered, float]:
    """The render and the seconds it took (in the worker, so queueing does not count)."""
    text, voice_id, settings, lexicon = job
    started = time.perf_counter()
    rendered = synthesize(text, get_voice(voice_id), SynthesisSettings.from_json(settings), lexicon)
    return rendered, time.perf_counter() - started


@lru_cache(maxsize=1)
def _pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: onnxruntime's thread pools do not survive a fork.
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker)


def render_all(jobs: list[Job], on_rendered: Callable[[int, Rendered, float], None],
               stop: Callable[[], bool] | None = None) -> None:
    """Render every job, calling `on_rendered(index, result, seconds)` in this process as each one finishes.
    `stop()` is asked after each one: when it says yes, what has not started is dropped."""
    stop = stop or (lambda: False)
    workers = worker_count()
    if len(jobs) <= 1 or workers == 1:
        for index, job in enumerate(jobs):
            if stop():
                return
            on_rendered(index, *_render(job))
        return
    longest_first = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][0]))  # no worker idles at the end
    futures: dict[Future, int] = {_pool(workers).submit(_render, jobs[i]): i for i in longest_first}
    done: set[int] = set()
    try:
        for future in as_completed(futures):
            on_rendered(futures[future], *future.result())
            done.add(futures[future])
            if stop():
                return
    except BrokenProcessPool:
        # Workers could not start (a host program whose main module cannot be re-imported): carry on here.
        logger.warning("render workers failed to start; rendering in this process instead")
        _pool.cache_clear()
        for index in longest_first:
            if stop():
                return
            if index not in done:
                on_rendered(index, *_render(jobs[index]))
    finally:
        for future in futures:
            future.cancel()
