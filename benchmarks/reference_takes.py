"""Reference-take figures: analysis speed, fusion under noise, and delivery transfer.

Run: python -m benchmarks.reference_takes [--data ../shared/data]   (prints figures; nothing is asserted)

1. Speed: VAD trim + Whisper transcript + speech-emotion features + reliability for RAVDESS takes, as a ratio
   to each take's duration (target ≤ 0.3 on 2 cores).
2. Noise: the same takes with white noise at 0 dB SNR: the audio weight, and how often text alone, the take
   alone and the fused result name the acted emotion. RAVDESS sentences are emotionally blank, so the text
   says "neutral"; the shipped speech model has heard these actors in training, so audio figures here are
   optimistic (held-out figures are in the model card).
3. Delivery transfer: "match this take" on takes of one sentence read with different emotions; the render's
   speaking rate and pitch range should follow the take's (correlation across takes, and median error).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from engine.asr import WHISPER_SAMPLE_RATE_HZ
from engine.audio import read_audio, resample
from engine.delivery import match_take, measure_delivery, neutral_reference
from engine.emotions import EMOTIONS, Emotion
from engine.paths import REPO_ROOT
from engine.recognizer import LineInput, TakeEvidence, recognize_with_takes
from engine.synthesis import SynthesisSettings, synthesize
from engine.take_analysis import analyze_take
from engine.training.speech_emotion import RAVDESS_LABELS
from engine.voices import get_voice

SENTENCES = {"01": "Kids are talking by the door.", "02": "Dogs are sitting by the door."}
ACTORS = ("03", "08", "13", "18")


def ravdess_takes(data: Path, per_actor: int) -> list[tuple[Path, Emotion, str]]:
    rng = np.random.default_rng(0)
    takes = []
    for actor in ACTORS:
        paths = sorted((data / "speech" / "ravdess" / f"Actor_{actor}").glob("*.flac"))
        paths = [p for p in paths if p.stem.split("-")[2] != "02"]  # calm is not one of the 7
        for path in rng.choice(paths, per_actor, replace=False):
            code, sentence = path.stem.split("-")[2], path.stem.split("-")[4]
            takes.append((path, RAVDESS_LABELS[code], SENTENCES[sentence]))
    return takes


def with_noise(audio: np.ndarray, snr_db: float, rng: np.random.Generator) -> np.ndarray:
    active = audio[np.abs(audio) > 0.01 * np.abs(audio).max()]
    noise = rng.standard_normal(audio.size)
    noise *= np.sqrt((active**2).mean() / 10 ** (snr_db / 10)) / noise.std()
    return (audio + noise).astype(np.float32)


def speed_and_noise(data: Path) -> None:
    takes = ravdess_takes(data, per_actor=12)
    analyze_take(read_audio(takes[0][0], WHISPER_SAMPLE_RATE_HZ)[0], takes[0][2])  # load models first
    ratios, rows = [], {"clean": [], "0 dB SNR": []}
    rng = np.random.default_rng(1)
    for path, emotion, text in takes:
        audio, _ = read_audio(path, WHISPER_SAMPLE_RATE_HZ)
        started = time.perf_counter()
        clean = analyze_take(audio, text)
        ratios.append((time.perf_counter() - started) / (audio.size / WHISPER_SAMPLE_RATE_HZ))
        noisy = analyze_take(with_noise(audio, 0.0, rng), text)
        for name, analysis in (("clean", clean), ("0 dB SNR", noisy)):
            votes = recognize_with_takes([LineInput("1", text)], [TakeEvidence(analysis.features, analysis.reliability.weight)])[0]
            rows[name].append((emotion, votes))
    print(f"take analysis: median {np.median(ratios):.3f}x the take's duration, 90th percentile "
          f"{np.percentile(ratios, 90):.3f}x, worst {np.max(ratios):.3f}x "
          f"({len(takes)} RAVDESS takes, {np.mean([read_audio(p)[0].size / read_audio(p)[1] for p, _, _ in takes]):.1f} s "
          "average; target <= 0.3)")
    print(f"{'condition':<10} {'audio weight':>12} {'text alone':>10} {'take alone':>10} {'fused':>6}")
    for name, results in rows.items():
        weight = np.median([v.audio_weight for _, v in results])
        text = np.mean([v.text.emotion == e for e, v in results])
        audio = np.mean([v.audio.emotion == e for e, v in results])
        fused = np.mean([v.fused.emotion == e for e, v in results])
        print(f"{name:<10} {weight:>12.2f} {text:>10.2f} {audio:>10.2f} {fused:>6.2f}")


def delivery_transfer(data: Path) -> None:
    voice = get_voice("af_heart")
    rates, spans = [], []
    for actor in ("04", "07"):
        paths = sorted((data / "speech" / "ravdess" / f"Actor_{actor}").glob("03-01-0[1-8]-0[12]-01-01-*.flac"))
        for path in paths:
            text = SENTENCES["01"]
            audio, _ = read_audio(path, WHISPER_SAMPLE_RATE_HZ)
            analysis = analyze_take(audio, text)
            take = measure_delivery(analysis.audio, WHISPER_SAMPLE_RATE_HZ, analysis.transcript.words, text)
            emotion = RAVDESS_LABELS[path.stem.split("-")[2]]
            neutral = synthesize(text, voice, SynthesisSettings(intensity=0.0))
            voice_neutral = measure_delivery(resample(neutral.audio, neutral.sample_rate, WHISPER_SAMPLE_RATE_HZ),
                                             WHISPER_SAMPLE_RATE_HZ, [], text)
            values = match_take(take, voice_neutral, neutral_reference(take, []), emotion, 1.0)
            rendered = synthesize(text, voice, SynthesisSettings(emotion=emotion, intensity=1.0, **values))
            result = measure_delivery(resample(rendered.audio, rendered.sample_rate, WHISPER_SAMPLE_RATE_HZ),
                                      WHISPER_SAMPLE_RATE_HZ, [], text)
            rates.append((take.words_per_s, result.words_per_s))
            spans.append((take.range_st, result.range_st))
    rates, spans = np.array(rates), np.array(spans)
    print(f"delivery transfer ({len(rates)} takes, 2 actors, 8 emotions, voice af_heart):")
    print(f"  rate: correlation take vs render {np.corrcoef(rates.T)[0, 1]:.2f}, "
          f"median error {np.median(np.abs(rates[:, 1] / rates[:, 0] - 1)):.1%}")
    print(f"  pitch range: correlation take vs render {np.corrcoef(spans.T)[0, 1]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    assert len(EMOTIONS) == 7
    speed_and_noise(args.data)
    delivery_transfer(args.data)


if __name__ == "__main__":
    main()
