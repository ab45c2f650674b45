"""Is a small rate change as clean by PSOLA over the engine's audio as by the engine's own speed?

Run: python -m benchmarks.rate_band   (prints figures; nothing is asserted)

For the edges of engine/synthesis.py's PSOLA_RATE_BAND, each line is rendered by the engine at that speed and
by PSOLA from the engine's normal-speed audio, over 4 voices x 3 lines. Listen-by-proxy: Whisper base word
error rate, harmonics-to-noise ratio (Praat; PSOLA artefacts would lower it) and the speed reached.
"""

from __future__ import annotations

import numpy as np
import parselmouth
from parselmouth.praat import call

from benchmarks.expressive import LINES, VOICES
from engine.asr import transcribe, word_error_rate
from engine.audio import trim_silence
from engine.g2p import phonemize
from engine.prosody import engine_speed
from engine.synthesis import PSOLA_RATE_BAND, reshape_prosody
from engine.tts_engines import run_engine
from engine.voices import Voice, get_voice


def engine_render(text: str, voice: Voice, rate: float) -> np.ndarray:
    """The line (one chunk) as the engine says it at `rate` times its normal speed."""
    audio = run_engine(voice, phonemize(text, voice.espeak_voice), engine_speed(voice.id, rate))
    return trim_silence(audio, voice.sample_rate)


def harmonics_to_noise_db(audio: np.ndarray, sample_rate: int) -> float:
    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=sample_rate)
    values = call(sound, "To Harmonicity (cc)", 0.01, 75, 0.1, 1.0).values[0]
    return float(np.mean(values[values > -100]))  # voiced frames only


def main() -> None:
    print(f"{'rate':>5s} {'by':7s} {'WER':>6s} {'HNR dB':>7s} {'speed':>6s}   (4 voices x 3 lines)")
    for rate in PSOLA_RATE_BAND:
        figures: dict[str, list[tuple[float, float, float]]] = {"engine": [], "PSOLA": []}
        for voice_id in VOICES:
            voice = get_voice(voice_id)
            for text in LINES:
                normal = engine_render(text, voice, 1.0)
                renders = {"engine": engine_render(text, voice, rate),
                           "PSOLA": reshape_prosody(normal, voice.sample_rate, 0.0, 1.0, rate)}
                for by, audio in renders.items():
                    figures[by].append((word_error_rate(text, transcribe(audio, voice.sample_rate).text),
                                        harmonics_to_noise_db(audio, voice.sample_rate), normal.size / audio.size))
        for by, rows in figures.items():
            wer, hnr, speed = np.mean(rows, axis=0)
            print(f"{rate:5.2f} {by:7s} {wer * 100:5.1f}% {hnr:7.2f} {speed:6.3f}")


if __name__ == "__main__":
    main()
