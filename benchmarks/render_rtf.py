"""Render real-time factor of the demo project on this machine, against bare onnxruntime calls.

Run: python -m benchmarks.render_rtf   (prints one table; nothing is asserted)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.services.analysis import analyze_project
from app.services.demo import DEMO_SCRIPT
from app.services.projects import create_project, get_project_id, import_file, list_lines
from app.services.rendering import render_project
from engine.g2p import phonemize
from engine.parallel import render_all, worker_count
from engine.synthesis import SynthesisSettings
from engine.text import split_sentences
from engine.tts_engines import kokoro_session, piper_voice, run_engine
from engine.voices import get_voice


def bare_engine_seconds(lines) -> tuple[float, float]:
    """Time the engines alone on the same sentences: (compute seconds, audio seconds)."""
    compute = audio = 0.0
    for line in lines:
        voice = get_voice(line.voice_id)
        for chunk in split_sentences(line.text):
            clauses = phonemize(chunk, voice.espeak_voice)
            started = time.perf_counter()
            samples = run_engine(voice, clauses, 1.0)
            compute += time.perf_counter() - started
            audio += samples.size / voice.sample_rate
    return compute, audio


LONG_SENTENCE_WORDS = ("The letter arrived this morning and nobody has opened it yet because everyone was busy with the harvest "
                       "and the storm that came over the hills last night left the roads covered in mud and fallen branches so "
                       "the postman walked the last mile on foot and knocked twice before he left it on the step where the dog "
                       "found it and carried it into the kitchen").split()


def engine_rtf_by_length(voice_id: str = "af_heart") -> None:
    """Bare Kokoro RTF for one call of 4 to 60 words (best of 3): does a longer call amortize anything?"""
    voice = get_voice(voice_id)
    print(f"bare Kokoro by input length ({voice_id}, one call, best of 3):")
    for words in (4, 8, 15, 30, 60):
        clauses = phonemize(" ".join(LONG_SENTENCE_WORDS[:words]) + ".", voice.espeak_voice)
        best, audio_s = float("inf"), 0.0
        for _ in range(3):
            started = time.perf_counter()
            samples = run_engine(voice, clauses, 1.0)
            best, audio_s = min(best, time.perf_counter() - started), samples.size / voice.sample_rate
        print(f"  {words:2d} words, {audio_s:4.1f} s of audio: RTF {best / audio_s:.3f}")


def main() -> None:
    kokoro_session(), piper_voice()  # load once, outside the timings
    warm_up = [("Warming up.", voice, SynthesisSettings().to_json(), ()) for voice in ("af_heart", "joe")] * worker_count()
    render_all(warm_up, lambda index, rendered, seconds: None)  # the studio keeps its worker pool warm too
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        create_project(db, "bench", default_voice="bm_fable")
        import_file(db, "bench", DEMO_SCRIPT)
        analyze_project(db, "bench")
        lines = list_lines(db, get_project_id(db, "bench"))
        bare_s, bare_audio_s = bare_engine_seconds(lines)

        (summary, wall_s), (again, rerender_s) = render_twice(db, "bench")

    print(f"demo project: {len(lines)} lines, {summary.audio_s:.1f} s of speech")
    print(f"bare engines, one process, 2 threads   RTF {bare_s / bare_audio_s:.3f}  (engine output incl. its silences)")
    print(f"project render, {worker_count()} worker processes  RTF {wall_s / summary.audio_s:.3f}  (finished speech)")
    print(f"wall time: project render {wall_s:.1f} s vs bare engine calls {bare_s:.1f} s "
          f"= {wall_s / bare_s:.2f}x")
    print(f"re-render of the unchanged project {rerender_s * 1000:.0f} ms ({again.rendered} lines rendered)")
    big_project()
    engine_rtf_by_length()


def render_twice(db: Path, name: str):
    """(summary, seconds) of a first render and of an immediate re-render of the unchanged project."""
    results = []
    for _ in range(2):
        started = time.perf_counter()
        summary = render_project(db, name)
        results.append((summary, time.perf_counter() - started))
    return results


def big_project(copies: int = 11) -> None:
    """The demo scene 11 times over (99 lines): render once (its sentences' engine audio is kept from the demo's
    render), then time the re-render of the unchanged project: the figure that matters here."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        create_project(db, "big", default_voice="bm_fable")
        for _ in range(copies):
            import_file(db, "big", DEMO_SCRIPT)
        (first, first_s), (again, rerender_s) = render_twice(db, "big")
    print(f"{first.rendered + first.reused}-line project (the scene {copies} times): first render {first_s:.1f} s "
          f"({first.rendered} takes made, {first.reused} reused; every sentence repeats the demo's, so the engine's "
          f"audio of the render above serves them all); unchanged re-render {rerender_s * 1000:.0f} ms ({again.rendered} rendered)")


if __name__ == "__main__":
    main()
