"""Is `*emphasis*` audible? The stressed word against the same word in a plain render of the line.

Run: python -m benchmarks.emphasis   (prints figures; nothing is asserted)

For each sentence and voice (three Kokoro voices and Piper's joe), the line is rendered twice, plainly and with one word in *stars*. Whisper's
word timings find the word in both renders; Praat measures it. Each figure is the stressed word relative to
its own line, minus the same in the plain render, so line-wide level and pitch do not count:
duration (ratio), pitch (semitones, word median F0 over line median F0) and loudness (dB, word RMS over the
rest of the line's). People stress a word by roughly +20-40 % duration, +2-4 st and +2-5 dB.
"""

from __future__ import annotations

import numpy as np

from engine.asr import normalize_words, transcribe, word_error_rate
from engine.synthesis import synthesize
from engine.voice_features import pitch_track
from engine.voices import get_voice

SENTENCES = [
    ("I never said she stole my money.", "never"),
    ("I never said she stole my money.", "money"),
    ("Put the red box on the table, please.", "red"),
    ("We have to leave tonight, not tomorrow.", "tonight"),
    ("She told me the answer was obvious.", "obvious"),
    ("This is the last time I help you.", "last"),
    ("Nobody in the village believed him.", "nobody"),
    ("You promised you would call me first.", "promised"),
]
VOICES = ["af_heart", "am_michael", "bf_emma", "joe"]  # three Kokoro voices, and Piper's


def word_span(audio: np.ndarray, sample_rate: int, word: str) -> tuple[int, int] | None:
    for item in transcribe(audio, sample_rate).words:
        if normalize_words(item.text) == [word]:
            return int(item.start_s * sample_rate), int(item.end_s * sample_rate)
    return None


def measures(audio: np.ndarray, sample_rate: int, span: tuple[int, int]) -> tuple[float, float, float]:
    """Word duration (s), word pitch over line pitch (st), word RMS over the rest of the line's (dB)."""
    start, end = span
    word = audio[start:end]
    line_f0, word_f0 = pitch_track(audio, sample_rate), pitch_track(word, sample_rate)
    pitch = 12 * np.log2(np.median(word_f0) / np.median(line_f0)) if word_f0.size and line_f0.size else np.nan
    rms = lambda x: 20 * np.log10(np.sqrt(np.mean(np.square(x))) + 1e-9)  # noqa: E731
    rest = np.concatenate([audio[:start], audio[end:]])
    return (end - start) / sample_rate, pitch, rms(word) - rms(rest)


def main() -> None:
    figures: dict[str, dict[str, list[float]]] = {}
    for voice_id in VOICES:
        voice = get_voice(voice_id)
        found = figures.setdefault(voice.engine.value, {k: [] for k in ("duration", "pitch", "level", "wer0", "wer1")})
        for sentence, word in SENTENCES:
            stressed_text = " ".join(f"*{w}*" if normalize_words(w) == [word] else w for w in sentence.split())
            plain, stressed = synthesize(sentence, voice), synthesize(stressed_text, voice)
            rate = plain.sample_rate
            spans = word_span(plain.audio, rate, word), word_span(stressed.audio, rate, word)
            found["wer0"].append(word_error_rate(sentence, transcribe(plain.audio, rate).text))
            found["wer1"].append(word_error_rate(sentence, transcribe(stressed.audio, rate).text))
            if None in spans:
                print(f"  {voice_id}: {word!r} not found by Whisper in {sentence!r}; skipped")
                continue
            (d0, p0, l0), (d1, p1, l1) = measures(plain.audio, rate, spans[0]), measures(stressed.audio, rate, spans[1])
            found["duration"].append(d1 / d0)
            found["pitch"].append(p1 - p0)
            found["level"].append(l1 - l0)
    print(f"emphasis: a stressed word vs the same word in a plain render ({len(SENTENCES)} sentences), median:")
    for engine, found in figures.items():
        print(f"  {engine:7s} ({len(found['duration'])} words)  duration x{np.nanmedian(found['duration']):.2f}   "
              f"pitch {np.nanmedian(found['pitch']):+.1f} st   loudness {np.nanmedian(found['level']):+.1f} dB   "
              f"Whisper WER plain {np.mean(found['wer0']):.1%}, stressed {np.mean(found['wer1']):.1%}")


if __name__ == "__main__":
    main()
