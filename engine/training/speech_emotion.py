"""Train the speech emotion model on RAVDESS, evaluated on actors held out from training.

Run: python -m engine.training.speech_emotion [--data ../shared/data]
Features (`engine.take_features`) are cached in the user cache folder; the first run extracts them (~3 min).
Five folds of four actors each give out-of-fold figures for every actor; the shipped model is then fitted on
all twenty. Writes assets/models/speech_emotion/{model.npz, metrics.json}.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
from sklearn.preprocessing import StandardScaler

from engine.audio import read_audio
from engine.emotions import EMOTIONS, Emotion
from engine.paths import REPO_ROOT, cache_root
from engine.speech_emotion import MIN_BASELINE_TAKES, SPEECH_MODEL_DIR, SpeakerBaseline
from engine.take_features import (
    FEATURES_VERSION,
    PROSODIC_NAMES,
    WHISPER_SAMPLE_RATE_HZ,
    take_features,
    trim_silence,
)
from engine.training.data import expected_calibration_error, fit_temperature

RAVDESS_LABELS = {"01": Emotion.NEUTRAL, "02": Emotion.NEUTRAL, "03": Emotion.JOY, "04": Emotion.SADNESS,
                  "05": Emotion.ANGER, "06": Emotion.FEAR, "07": Emotion.DISGUST, "08": Emotion.SURPRISE}
CALM = "02"  # trained as neutral, left out of the 7-class figures
INTENSITY_TARGET = {"01": 0.5, "02": 1.0}  # RAVDESS "normal" and "strong"; neutral and calm count as 0
FOLDS = 5
C_EMOTION = {"raw": 0.1, "speaker": 0.03}  # chosen among 0.01–1 on the out-of-fold figures
C_INTENSITY = 300.0
SEED = 0


def feature_cache(data: Path) -> Path:
    """Where the features of this copy of the data are kept, by feature version (not by the source text, so an
    edited comment does not cost a 12-minute extraction)."""
    digest = hashlib.sha256(str(data.resolve()).encode()).hexdigest()[:12]
    return cache_root() / f"ravdess-features-v{FEATURES_VERSION}-{digest}.npz"


def load_features(data: Path) -> tuple[np.ndarray, np.ndarray]:
    """Features and file stems of every RAVDESS take, extracted once and cached."""
    cache = feature_cache(data)
    if cache.exists():
        stored = np.load(cache)
        return stored["features"], stored["stems"]
    paths = sorted((data / "speech" / "ravdess").glob("Actor_*/*.flac"))
    if not paths:
        raise SystemExit(f"no RAVDESS files under {data / 'speech' / 'ravdess'}")
    rows = []
    for number, path in enumerate(paths, 1):
        audio, _ = read_audio(path, WHISPER_SAMPLE_RATE_HZ)
        rows.append(take_features(trim_silence(audio).audio))
        if number % 100 == 0:
            print(f"features: {number}/{len(paths)}", flush=True)
    features, stems = np.stack(rows), np.array([p.stem for p in paths])
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, features=features, stems=stems)
    return features, stems


def speaker_normalized(features: np.ndarray, actors: np.ndarray) -> np.ndarray:
    out = np.empty_like(features, dtype=np.float64)
    for actor in np.unique(actors):
        rows = actors == actor
        out[rows] = SpeakerBaseline.from_features(features[rows]).normalize(features[rows])
    return out


def with_prosody_only_copies(features: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The takes again with their Whisper states set to the average (modality dropout): the model must also hear
    emotion in prosody alone, as it is in voices whose states say little (synthetic or unusual recordings)."""
    blanked = features.copy()
    blanked[:, :-len(PROSODIC_NAMES)] = features[:, :-len(PROSODIC_NAMES)].mean(axis=0)
    return np.vstack([features, blanked]), np.concatenate([labels, labels])


def fit_classifier(features: np.ndarray, labels: np.ndarray, variant: str) -> tuple[StandardScaler, LogisticRegression]:
    scaler = StandardScaler().fit(features)
    model = LogisticRegression(C=C_EMOTION[variant], max_iter=5000, class_weight="balanced")
    model.fit(*with_prosody_only_copies(scaler.transform(features), labels))
    return scaler, model


def out_of_fold_logits(features: np.ndarray, labels: np.ndarray, folds: np.ndarray, variant: str) -> np.ndarray:
    logits = np.zeros((len(labels), len(EMOTIONS)))
    for fold in range(FOLDS):
        test = folds == fold
        scaler, model = fit_classifier(features[~test], labels[~test], variant)
        logits[test] = model.decision_function(scaler.transform(features[test]))
    return logits


def report(name: str, logits: np.ndarray, labels: np.ndarray, keep: np.ndarray, temperature: float) -> dict:
    from engine.text_emotion import softmax

    predicted = logits.argmax(axis=1)
    probs = softmax(logits / temperature)
    figures = {
        "accuracy_7class": round(float(accuracy_score(labels[keep], predicted[keep])), 4),
        "macro_f1_7class": round(float(f1_score(labels[keep], predicted[keep], average="macro")), 4),
        "ece": round(expected_calibration_error(probs[keep], labels[keep]), 4),
        "temperature": round(temperature, 4),
    }
    print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    print(confusion_matrix(labels[keep], predicted[keep]))
    return figures


def baseline_from_few_takes(features: np.ndarray, actors: np.ndarray, folds: np.ndarray, labels: np.ndarray,
                            keep: np.ndarray, takes: int) -> float:
    """Held-out accuracy when only `takes` random takes of each speaker are known for the baseline."""
    rng = np.random.default_rng(SEED)
    correct = []
    for fold in range(FOLDS):
        test = folds == fold
        train_norm = speaker_normalized(features[~test], actors[~test])
        scaler, model = fit_classifier(train_norm, labels[~test], "speaker")
        for actor in np.unique(actors[test]):
            rows = np.flatnonzero(actors == actor)
            baseline = SpeakerBaseline.from_features(features[rng.choice(rows, takes, replace=False)])
            predicted = model.predict(scaler.transform(baseline.normalize(features[rows])))
            correct.extend((predicted == labels[rows])[keep[rows]])
    return float(np.mean(correct))


def neutral_registers(features: np.ndarray, emotion_codes: np.ndarray, actors: np.ndarray) -> dict:
    """Median neutral pitch and pitch range of the male (low) and female (high) actors, from the prosodic features."""
    f0, span = features[:, -14], features[:, -12] - features[:, -13]  # f0_median_st, f0_p90_st − f0_p10_st
    out = {}
    for register, parity in (("low", 1), ("high", 0)):
        per_actor = [(np.median(f0[rows]), np.median(span[rows])) for actor in np.unique(actors) if actor % 2 == parity
                     for rows in [(actors == actor) & (emotion_codes == "01")]]
        out[register] = {"f0_st": round(float(np.median([p[0] for p in per_actor])), 2),
                         "range_st": round(float(np.median([p[1] for p in per_actor])), 2)}
    return out


SENTENCES = {"01": "Kids are talking by the door.", "02": "Dogs are sitting by the door."}


def fusion_figures(logits: np.ndarray, temperature: float, statements: np.ndarray, labels: np.ndarray,
                   keep: np.ndarray) -> dict:
    """Accuracy of text alone, the (held-out) take alone and the fused result, for clean takes of RAVDESS's two
    emotionally blank sentences: emotional audio with neutral text."""
    from engine.emotions import EmotionEstimate, Modality
    from engine.fusion import fuse, text_reliability
    from engine.recognizer import LineInput, recognize
    from engine.text_emotion import softmax

    text = {code: recognize([LineInput(code, sentence)])[0] for code, sentence in SENTENCES.items()}
    probs = softmax(logits / temperature)
    rows = []
    for p, statement, label in zip(probs[keep], statements[keep], labels[keep]):
        audio = EmotionEstimate.from_vector(p, 0.5, (Modality.AUDIO,))
        reading = text[statement]
        fused = fuse(reading, text_reliability(reading, SENTENCES[statement]), audio, 1.0).fused
        rows.append((EMOTIONS.index(reading.emotion) == label, EMOTIONS.index(audio.emotion) == label,
                     EMOTIONS.index(fused.emotion) == label))
    text_acc, audio_acc, fused_acc = np.mean(rows, axis=0)
    return {"text_alone": round(float(text_acc), 4), "audio_alone": round(float(audio_acc), 4),
            "fused": round(float(fused_acc), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    features, stems = load_features(args.data)
    parts = np.array([stem.split("-") for stem in stems])
    emotion_codes, intensity_codes, actors = parts[:, 2], parts[:, 3], parts[:, 6].astype(int)
    labels = np.array([EMOTIONS.index(RAVDESS_LABELS[code]) for code in emotion_codes])
    keep = emotion_codes != CALM
    folds = (actors - 1) % FOLDS  # actors 1, 6, 11, 16 in fold 0, …: both sexes in every fold
    intensity = np.array([0.0 if code in ("01", "02") else INTENSITY_TARGET[level]
                          for code, level in zip(emotion_codes, intensity_codes)])

    metrics: dict = {"data": "RAVDESS speech, actors 01-20 (calm trained as neutral, left out of the figures)",
                     "evaluation": f"{FOLDS} folds of 4 actors, each predicted by a model that never heard them"}
    temperatures = {}
    normalized = speaker_normalized(features, actors)
    for name, matrix in (("raw", features), ("speaker", normalized)):
        logits = out_of_fold_logits(matrix, labels, folds, name)
        temperatures[name] = fit_temperature(logits, labels)
        metrics[f"held_out_{name}"] = report(name, logits, labels, keep, temperatures[name])
        if name == "raw":
            metrics["held_out_fusion_accuracy"] = fusion_figures(logits, temperatures[name], parts[:, 4], labels, keep)
            print("fusion (clean takes, blank sentences):", metrics["held_out_fusion_accuracy"])
    metrics["held_out_speaker_few_takes"] = {
        str(n): round(baseline_from_few_takes(features, actors, folds, labels, keep, n), 4)
        for n in (MIN_BASELINE_TAKES, 16, 32)
    }
    print("speaker baseline from few takes:", metrics["held_out_speaker_few_takes"])

    predicted_intensity = np.zeros(len(labels))
    for fold in range(FOLDS):
        test = folds == fold
        scaler = StandardScaler().fit(features[~test])
        ridge = Ridge(alpha=C_INTENSITY).fit(scaler.transform(features[~test]), intensity[~test])
        predicted_intensity[test] = ridge.predict(scaler.transform(features[test]))
    metrics["held_out_intensity_spearman"] = round(float(spearmanr(predicted_intensity, intensity).statistic), 4)
    print("intensity spearman:", metrics["held_out_intensity_spearman"])

    arrays = {}
    for name, matrix in (("raw", features), ("speaker", normalized)):
        scaler, model = fit_classifier(matrix, labels, name)
        arrays |= {f"{name}_mean": scaler.mean_, f"{name}_scale": scaler.scale_, f"{name}_weights": model.coef_,
                   f"{name}_bias": model.intercept_}
    scaler = StandardScaler().fit(features)
    ridge = Ridge(alpha=C_INTENSITY).fit(scaler.transform(features), intensity)
    arrays |= {"intensity_mean": scaler.mean_, "intensity_scale": scaler.scale_,
               "intensity_weights": ridge.coef_[None], "intensity_bias": np.array([ridge.intercept_])}
    SPEECH_MODEL_DIR.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(SPEECH_MODEL_DIR / "model.npz", **{k: np.asarray(v, np.float32) for k, v in arrays.items()})
    digest = hashlib.sha256((SPEECH_MODEL_DIR / "model.npz").read_bytes()).hexdigest()[:8]
    metrics |= {"neutral_registers": neutral_registers(features, emotion_codes, actors),
                "version": f"speech-{digest}", "temperature": {k: round(v, 4) for k, v in temperatures.items()},
                "settings": {"C_emotion": C_EMOTION, "ridge_alpha_intensity": C_INTENSITY, "folds": FOLDS,
                             "min_baseline_takes": MIN_BASELINE_TAKES}}
    (SPEECH_MODEL_DIR / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")


if __name__ == "__main__":
    main()
