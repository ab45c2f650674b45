"""Measure each voice's speaker embedding from its own renders, and check the matching on real people.

Run: python -m engine.training.voice_embeddings [--data ../shared/data]   (about 3 minutes; writes
assets/models/voices/voice_embeddings.json and prints the check)

Each voice reads the same four neutral sentences; its embedding is the centroid of the four. The check embeds
each RAVDESS actor in ../shared/data/speech/ravdess (odd numbers men, even women) from their neutral and calm takes and
reports how often the nearest voice is of the actor's gender, a figure for how far the suggestion can be
trusted. RAVDESS is CC BY-NC-SA 4.0; only this derived figure is kept.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from engine.audio import read_audio
from engine.paths import REPO_ROOT
from engine.speaker_embedding import (
    VOICE_EMBEDDINGS_PATH,
    embed_speech,
    mean_embedding,
    nearest_voices,
    voice_embeddings,
)
from engine.synthesis import SynthesisSettings, synthesize
from engine.voices import get_voice, list_voices

SENTENCES = (
    "The letter arrived this morning, and nobody has opened it yet.",
    "We will meet again at the harbour when the storm is over.",
    "Please keep your ticket with you until the end of the journey.",
    "She counted the boats twice before she believed her own eyes.",
)


def measure_voices() -> dict[str, list[float]]:
    table = {}
    for voice in list_voices():
        renders = [synthesize(text, voice, SynthesisSettings(intensity=0.0)) for text in SENTENCES]
        centroid = mean_embedding([embed_speech(r.audio, r.sample_rate) for r in renders])
        table[voice.id] = [round(float(x), 5) for x in centroid]
        print(f"  {voice.id}")
    return table


def check_on_actors(ravdess: Path) -> None:
    takes = defaultdict(list)
    for path in sorted(ravdess.glob("Actor_*/*.flac")):
        parts = path.stem.split("-")
        if parts[2] in ("01", "02"):  # neutral, calm
            takes[int(parts[6])].append(path)
    if not takes:
        print(f"no RAVDESS takes under {ravdess}; check skipped")
        return
    hits, similarities = [], []
    for actor, paths in sorted(takes.items()):
        embedding = mean_embedding([embed_speech(*read_audio(path)) for path in paths[:6]])
        best = nearest_voices(embedding, count=1)[0]
        gender = "male" if actor % 2 else "female"  # RAVDESS: odd actors are men
        hits.append(get_voice(best.voice_id).gender == gender)
        similarities.append(best.similarity)
    print(f"RAVDESS actors: the nearest voice has the actor's gender for {np.mean(hits):.0%} of {len(hits)} actors; "
          f"its similarity median {np.median(similarities):.2f} (range {min(similarities):.2f}-{max(similarities):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    print("measuring voices:")
    table = measure_voices()
    VOICE_EMBEDDINGS_PATH.parent.mkdir(parents=True, exist_ok=True)
    VOICE_EMBEDDINGS_PATH.write_text(json.dumps({
        "model": "Resemblyzer 0.1.4 GE2E encoder, centroid of 4 neutral sentences per voice",
        "voices": table,
    }) + "\n", encoding="utf-8")
    voice_embeddings.cache_clear()
    check_on_actors(args.data / "speech" / "ravdess")


if __name__ == "__main__":
    main()
