"""Measure how RAVDESS actors shift their prosody for each emotion, relative to their own neutral.

Run: python -m engine.training.prosody_from_ravdess [--data ../shared/data]
Writes assets/models/prosody/ravdess_shifts.json: per emotion and intensity, the median over actors of
F0 level (st), F0 range (ratio), speaking rate (ratio), loudness (dB) and spectral tilt (dB).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from engine.audio import read_audio
from engine.paths import MODELS_DIR, REPO_ROOT
from engine.voice_features import measure_prosody

RAVDESS_EMOTIONS = {"01": "neutral", "03": "joy", "04": "sadness", "05": "anger", "06": "fear", "07": "disgust",
                    "08": "surprise"}  # 02 "calm" is not one of the product's emotions
INTENSITIES = {"01": "normal", "02": "strong"}
OUT_PATH = MODELS_DIR / "prosody" / "ravdess_shifts.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    measures: dict[str, dict[tuple[str, str, str], list]] = defaultdict(lambda: defaultdict(list))
    for path in sorted((args.data / "speech" / "ravdess").glob("Actor_*/*.flac")):
        _, _, emotion, intensity, statement, _, actor = path.stem.split("-")
        if emotion not in RAVDESS_EMOTIONS:
            continue
        audio, rate = read_audio(path)
        measures[actor][(RAVDESS_EMOTIONS[emotion], INTENSITIES[intensity], statement)].append(measure_prosody(audio, rate))

    def mean(items, field):
        return float(np.nanmean([getattr(m, field) for m in items]))

    shifts: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for actor, groups in measures.items():
        per_actor: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for (emotion, intensity, statement), takes in groups.items():
            base = groups[("neutral", "normal", statement)]  # each actor's own neutral reading of that sentence
            per_actor[(emotion, intensity)].append({
                "pitch_st": mean(takes, "f0_median_st") - mean(base, "f0_median_st"),
                "range_ratio": mean(takes, "f0_range_st") / mean(base, "f0_range_st"),
                "rate_ratio": mean(base, "active_s") / mean(takes, "active_s"),  # same sentence: less time = faster
                "loudness_db": mean(takes, "loudness_db") - mean(base, "loudness_db"),
                "tilt_db": mean(takes, "tilt_db") - mean(base, "tilt_db"),
            })
        for (emotion, intensity), rows in per_actor.items():
            shifts[emotion][intensity].append({k: float(np.mean([r[k] for r in rows])) for k in rows[0]})
    table = {
        emotion: {
            intensity: {key: round(float(np.median([r[key] for r in rows])), 3) for key in rows[0]}
            | {"actors": len(rows)}
            for intensity, rows in by_intensity.items()
        }
        for emotion, by_intensity in sorted(shifts.items())
    }
    OUT_PATH.parent.mkdir(parents=True, exist_ok=True)
    OUT_PATH.write_text(json.dumps(table, indent=2) + "\n")
    print(json.dumps(table, indent=2))


if __name__ == "__main__":
    main()
