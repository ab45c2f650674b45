"""Calibrate each voice's speed input: how much faster the speech really gets per unit of `speed`.

Both engines round phoneme durations as running totals (engine/graph_edits.py), so speech length follows
`speed` almost exactly; what is left (alpha 0.95-1.02 per voice) is corrected here: the synthesizer raises
each requested rate to 1/alpha, alpha fitted per voice as log(duration ratio) = alpha * log(speed) over a few
speeds. (Before that edit Kokoro at speed 1.25 spoke only 1.17x faster, and Piper 1.11x.)
Run: python -m engine.training.calibrate_rate   (a few minutes; writes assets/models/prosody/rate_calibration.json)
"""

from __future__ import annotations

import json

import numpy as np

from engine.audio import trim_silence
from engine.g2p import phonemize
from engine.paths import MODELS_DIR
from engine.tts_engines import run_engine
from engine.voices import list_voices

OUT_PATH = MODELS_DIR / "prosody" / "rate_calibration.json"
SPEEDS = (0.8, 1.25)
SENTENCES = ("The letter arrived this morning, and nobody has opened it yet. We will meet again at the harbour.",)


def speech_seconds(voice, text: str, speed: float) -> float:
    audio = run_engine(voice, phonemize(text, voice.espeak_voice), speed)
    return trim_silence(audio, voice.sample_rate).size / voice.sample_rate


def main() -> None:
    table = {}
    for voice in list_voices():
        logs_speed, logs_ratio = [], []
        for text in SENTENCES:
            base = speech_seconds(voice, text, 1.0)
            for speed in SPEEDS:
                logs_speed.append(np.log(speed))
                logs_ratio.append(np.log(base / speech_seconds(voice, text, speed)))
        alpha = float(np.dot(logs_speed, logs_ratio) / np.dot(logs_speed, logs_speed))
        table[voice.id] = round(alpha, 4)
        print(voice.id, table[voice.id])
    OUT_PATH.write_text(json.dumps(table, indent=2) + "\n")


if __name__ == "__main__":
    main()
