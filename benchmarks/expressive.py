"""Expressive renderer figures: control accuracy, emotion shifts against human actors, intelligibility,
cost, and whether a speech-emotion classifier trained on RAVDESS hears the intended emotion.

Run: python -m benchmarks.expressive [--data ../shared/data]   (prints tables; nothing is asserted)
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from engine.asr import transcribe, word_error_rate
from engine.audio import read_audio, trim_silence
from engine.emotions import EMOTIONS, Emotion
from engine.paths import REPO_ROOT
from engine.prosody import SHIFTS_PATH
from engine.synthesis import SynthesisSettings, forget_engine_audio, synthesize
from engine.training.prosody_from_ravdess import RAVDESS_EMOTIONS
from engine.voice_features import ProsodyMeasure, measure_prosody
from engine.voices import get_voice

VOICES = ("af_heart", "am_michael", "bf_emma", "joe")
LINES = (
    "I cannot believe you did this to us after everything we shared.",
    "The letter arrived this morning, and nobody has opened it yet.",
    "We will meet again at the harbour when the storm is over.",
)
FEATURES = ("f0_median_st", "f0_range_st", "active_s", "loudness_db", "tilt_db")


def render(text: str, voice: str, **settings) -> ProsodyMeasure:
    out = synthesize(text, get_voice(voice), SynthesisSettings(**settings))
    return measure_prosody(out.audio, out.sample_rate)


def speech_seconds(text: str, voice: str, **settings) -> float:
    """Duration from the first to the last sound of a render."""
    out = synthesize(text, get_voice(voice), SynthesisSettings(**settings))
    return trim_silence(out.audio, out.sample_rate).size / out.sample_rate


def control_accuracy() -> None:
    errors = {"pitch (st)": [], "rate (%)": [], "volume (dB)": []}
    for voice in VOICES:
        for text in LINES[:2]:
            base = render(text, voice, intensity=0.0)
            for st in (-3.0, 3.0):
                errors["pitch (st)"].append(render(text, voice, intensity=0.0, pitch=st).f0_median_st - base.f0_median_st - st)
            for rate in (0.8, 1.1, 1.25):  # 1.1 is within PSOLA_RATE_BAND, the others reach the engine
                got = speech_seconds(text, voice, intensity=0.0) / speech_seconds(text, voice, intensity=0.0, rate=rate)
                errors["rate (%)"].append((got / rate - 1) * 100)
            for db in (-6.0, 3.0):
                errors["volume (dB)"].append(render(text, voice, intensity=0.0, volume=db).loudness_db - base.loudness_db - db)
    print("\nManual controls: median absolute error of the measured change (4 voices x 2 lines x 2-3 requests)")
    for name, values in errors.items():
        print(f"  {name:12s} {np.median(np.abs(values)):.2f}   (worst {np.max(np.abs(values)):.2f})")


def emotion_shifts() -> dict[str, list[np.ndarray]]:
    human = json.loads(SHIFTS_PATH.read_text())
    print("\nEmotion at intensity 1: measured shift from the same voice's neutral render vs the actors' median")
    print(f"  {'emotion':9s} {'pitch st':>17s} {'range x':>15s} {'rate x':>15s} {'loud dB':>15s} {'tilt dB':>15s}")
    features: dict[str, list[np.ndarray]] = {}
    for emotion in EMOTIONS:
        shifts = []
        for voice in VOICES[:2]:
            for text in LINES:
                base = render(text, voice, intensity=0.0)
                got = base if emotion == Emotion.NEUTRAL else render(text, voice, emotion=emotion, intensity=1.0)
                shifts.append([got.f0_median_st - base.f0_median_st, got.f0_range_st / base.f0_range_st,
                               base.active_s / got.active_s, got.loudness_db - base.loudness_db, got.tilt_db - base.tilt_db])
                features.setdefault(emotion.value, []).append(_relative(got, base))
        mean = np.mean(shifts, axis=0)
        target = human[emotion.value]["normal"]
        cells = [f"{m:6.2f} (human {target[k]:5.2f})" for m, k in
                 zip(mean, ("pitch_st", "range_ratio", "rate_ratio", "loudness_db", "tilt_db"))]
        print(f"  {emotion.value:9s} " + " ".join(cells))
    return features


def _relative(take: ProsodyMeasure, neutral: ProsodyMeasure) -> np.ndarray:
    """Features as deviations from the speaker's neutral (how the classifier sees speech)."""
    return np.array([take.f0_median_st - neutral.f0_median_st, take.f0_range_st - neutral.f0_range_st,
                     np.log(neutral.active_s / take.active_s), take.loudness_db - neutral.loudness_db,
                     take.tilt_db - neutral.tilt_db])


def ravdess_classifier(data: Path):
    """A 7-class logistic regression on speaker-normalised prosodic features of RAVDESS actors 01–20."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    by_actor: dict[str, list[tuple[str, ProsodyMeasure]]] = {}
    for path in sorted((data / "speech" / "ravdess").glob("Actor_*/*.flac")):
        parts = path.stem.split("-")
        if parts[2] in RAVDESS_EMOTIONS:
            audio, rate = read_audio(path)
            by_actor.setdefault(parts[6], []).append((RAVDESS_EMOTIONS[parts[2]], measure_prosody(audio, rate)))
    x, y = [], []
    for takes in by_actor.values():
        neutral = [m for e, m in takes if e == "neutral"]
        base = ProsodyMeasure(*[float(np.mean([getattr(m, f) for m in neutral])) for f in FEATURES])
        for emotion, measure in takes:
            x.append(_relative(measure, base)), y.append(emotion)
    scaler = StandardScaler().fit(x)
    return scaler, LogisticRegression(max_iter=2000).fit(scaler.transform(x), y)


def speech_model_on_renders() -> None:
    """The product's own speech emotion model (trained on RAVDESS takes) listening to renders of each emotion,
    one render at a time and relative to the other renders of the same voice."""
    from engine.audio import resample
    from engine.speech_emotion import SpeakerBaseline, load_speech_model
    from engine.take_features import WHISPER_SAMPLE_RATE_HZ, take_features
    from engine.take_features import trim_silence as vad_trim

    model = load_speech_model()
    hits: dict[str, list[int]] = {"raw": [], "speaker": []}
    for voice in VOICES:
        rows, labels = [], []
        for emotion in EMOTIONS:
            for text in LINES:
                out = synthesize(text, get_voice(voice), SynthesisSettings(emotion=emotion, intensity=1.0))
                audio = vad_trim(resample(out.audio, out.sample_rate, WHISPER_SAMPLE_RATE_HZ)).audio
                rows.append(take_features(audio))
                labels.append(EMOTIONS.index(emotion))
        features, labels = np.stack(rows), np.array(labels)
        hits["raw"].extend(model.score(features)[0].argmax(axis=1) == labels)
        baseline = SpeakerBaseline.from_features(features)
        hits["speaker"].extend(model.score(features, baseline)[0].argmax(axis=1) == labels)
    print(f"\nThe speech emotion model on renders at intensity 1 ({len(hits['raw'])} renders, {len(VOICES)} voices, 7 emotions):")
    print(f"  one render at a time {np.mean(hits['raw']):.0%}, relative to the voice's other renders "
          f"{np.mean(hits['speaker']):.0%} (chance {1 / len(EMOTIONS):.0%})")


def intelligibility_and_cost() -> None:
    neutral_wer, emotional_wer, neutral_s, emotional_s = [], [], 0.0, 0.0
    for voice in VOICES:
        for text in LINES:
            forget_engine_audio()  # both renders from scratch: an emotion alone would reuse the engine's audio
            started = time.perf_counter()
            plain = synthesize(text, get_voice(voice), SynthesisSettings(intensity=0.0, rate=1.0001))
            neutral_s += time.perf_counter() - started
            neutral_wer.append(word_error_rate(text, transcribe(plain.audio, plain.sample_rate).text))
            for emotion in ("anger", "sadness", "joy", "fear"):
                forget_engine_audio()
                started = time.perf_counter()
                out = synthesize(text, get_voice(voice), SynthesisSettings(emotion=emotion, intensity=1.0))
                emotional_s += (time.perf_counter() - started) / 4
                emotional_wer.append(word_error_rate(text, transcribe(out.audio, out.sample_rate).text))
    print("\nIntelligibility (Whisper base WER) and cost, 4 voices x 3 lines")
    print(f"  WER neutral {np.mean(neutral_wer) * 100:.1f} %   emotional (4 emotions, intensity 1) {np.mean(emotional_wer) * 100:.1f} %")
    print(f"  expressive render time / neutral render time: {emotional_s / neutral_s:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    parser.add_argument("--controls-only", action="store_true", help="only the manual-control accuracy table")
    args = parser.parse_args()
    control_accuracy()
    if args.controls_only:
        return
    features = emotion_shifts()
    scaler, classifier = ravdess_classifier(args.data)
    emotions = [e for e in features if e != "neutral"] + ["neutral"]
    hits = {e: np.mean(classifier.predict(scaler.transform(features[e])) == e) for e in emotions}
    print("\nSpeech-emotion classifier (prosody only, trained on RAVDESS actors 01-20) on the renders")
    print("  " + "  ".join(f"{e} {hits[e]:.0%}" for e in emotions))
    print(f"  mean recognition {np.mean(list(hits.values())):.0%} (chance {1 / len(emotions):.0%})")
    speech_model_on_renders()
    intelligibility_and_cost()


if __name__ == "__main__":
    main()
