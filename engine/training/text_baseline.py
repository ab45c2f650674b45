"""Train the baseline text emotion model from ../shared/data (GoEmotions-Ekman, MELD, EmoBank).

Run: python -m engine.training.text_baseline [--data ../shared/data]
Writes assets/models/text_emotion/model.npz and metrics.json.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import time
from pathlib import Path

import numpy as np
from scipy.optimize import minimize_scalar
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import f1_score

from engine.emotions import EMOTIONS
from engine.paths import REPO_ROOT
from engine.recognizer import LineInput, context_states, fuse_context
from engine.text_emotion import TEXT_MODEL_PATH, TextEmotionModel, softmax, text_features

log = logging.getLogger("train")
C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0)
CONTEXT_GRID = tuple(np.round(np.arange(0.0, 0.65, 0.05), 2))
ECE_BINS = 15
VERSION = "text-baseline-1"


def load_goemotions(folder: Path, split: str) -> tuple[list[str], list[list[int]]]:
    names = (folder / "labels.txt").read_text().split()
    remap = [EMOTIONS.index(n) for n in names]  # file's label order → ours
    texts, labels = [], []
    for row in csv.reader((folder / f"{split}.tsv").open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        texts.append(row[0])
        labels.append([remap[int(i)] for i in row[1].split(",")])
    return texts, labels


def load_meld(folder: Path, split: str) -> list[dict]:
    with (folder / f"{split}_sent_emo.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load_emobank(folder: Path) -> dict[str, tuple[list[str], np.ndarray]]:
    out: dict[str, tuple[list[str], list[float]]] = {"train": ([], []), "dev": ([], [])}
    with (folder / "emobank.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["split"] in out:
                out[row["split"]][0].append(row["text"])
                out[row["split"]][1].append(float(row["A"]))
    return {k: (t, np.array(a)) for k, (t, a) in out.items()}


def expected_calibration_error(probs: np.ndarray, labels: np.ndarray, bins: int = ECE_BINS) -> float:
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for low, high in zip(edges[:-1], edges[1:]):
        in_bin = (confidence > low) & (confidence <= high)
        if in_bin.any():
            ece += in_bin.mean() * abs(correct[in_bin].mean() - confidence[in_bin].mean())
    return float(ece)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    def nll(t: float) -> float:
        p = softmax(logits / t)
        return float(-np.log(p[np.arange(len(labels)), labels] + 1e-12).mean())

    return float(minimize_scalar(nll, bounds=(0.3, 5.0), method="bounded").x)


def meld_lines(rows: list[dict]) -> list[LineInput]:
    return [LineInput(id=str(i), text=r["Utterance"], speaker=r["Speaker"], dialogue=r["Dialogue_ID"]) for i, r in enumerate(rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=TEXT_MODEL_PATH)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    text_dir = args.data / "text"
    started = time.time()

    ge_train_x, ge_train_y = load_goemotions(text_dir / "goemotions-ekman", "train")
    ge_dev_x, ge_dev_y = load_goemotions(text_dir / "goemotions-ekman", "dev")
    meld_train, meld_dev = load_meld(text_dir / "meld", "train"), load_meld(text_dir / "meld", "dev")
    emobank = load_emobank(text_dir / "emobank")

    log.info("embedding %d texts", len(ge_train_x) + len(ge_dev_x) + len(meld_train) + len(meld_dev) + 9000)
    f_ge_train, f_ge_dev = text_features(ge_train_x), text_features(ge_dev_x)
    f_meld_train = text_features([r["Utterance"] for r in meld_train])
    f_meld_dev = text_features([r["Utterance"] for r in meld_dev])
    f_eb_train, f_eb_dev = text_features(emobank["train"][0]), text_features(emobank["dev"][0])
    log.info("features ready in %.0f s", time.time() - started)

    # Multi-label GoEmotions rows count once in all, split across their labels.
    x_rows, y_rows, w_rows = [], [], []
    for features, labels in zip(f_ge_train, ge_train_y):
        for label in labels:
            x_rows.append(features), y_rows.append(label), w_rows.append(1.0 / len(labels))
    meld_y_train = np.array([EMOTIONS.index(r["Emotion"]) for r in meld_train])
    x = np.vstack([np.stack(x_rows), f_meld_train])
    y = np.concatenate([np.array(y_rows), meld_y_train])
    w = np.concatenate([np.array(w_rows), np.full(len(meld_train), 2.0)])  # MELD: dialogue lines like ours
    counts = np.bincount(y, weights=w, minlength=len(EMOTIONS))
    w = w * (counts.sum() / (len(EMOTIONS) * counts))[y] ** 0.5  # soften the class imbalance

    ge_dev_first = np.array([labels[0] for labels in ge_dev_y])
    meld_dev_y = np.array([EMOTIONS.index(r["Emotion"]) for r in meld_dev])
    best = None
    for c in C_GRID:
        clf = LogisticRegression(C=c, max_iter=3000).fit(x, y, sample_weight=w)
        ge_pred = clf.predict(f_ge_dev)
        ge_macro = f1_score([p if p in t else t[0] for p, t in zip(ge_pred, ge_dev_y)], ge_pred, average="macro")
        meld_wf1 = f1_score(meld_dev_y, clf.predict(f_meld_dev), average="weighted")
        log.info("C=%.1f  GoEmotions macro-F1 %.3f  MELD weighted-F1 %.3f", c, ge_macro, meld_wf1)
        if best is None or ge_macro + meld_wf1 > best[0]:
            best = (ge_macro + meld_wf1, c, clf)
    _, best_c, clf = best

    dev_logits = np.vstack([clf.decision_function(f_ge_dev), clf.decision_function(f_meld_dev)])
    dev_labels = np.concatenate([ge_dev_first, meld_dev_y])
    temperature = fit_temperature(dev_logits, dev_labels)

    arousal = Ridge(alpha=1.0).fit(f_eb_train, emobank["train"][1])
    arousal_train = arousal.predict(f_eb_train)
    arousal_r = float(np.corrcoef(arousal.predict(f_eb_dev), emobank["dev"][1])[0, 1])

    model = TextEmotionModel(
        weights=clf.coef_.T.copy(), bias=clf.intercept_.copy(), temperature=temperature,
        arousal_weights=arousal.coef_.copy(), arousal_bias=float(arousal.intercept_),
        arousal_mean=float(arousal_train.mean()), arousal_std=float(arousal_train.std()),
        context_weight=0.0, version=VERSION,
    )
    meld_probs, _ = model.score_features(f_meld_dev)
    states = context_states(meld_probs, meld_lines(meld_dev))
    context_scores = {}
    for weight in CONTEXT_GRID:
        fused = np.stack([fuse_context(p, s, weight) for p, s in zip(meld_probs, states)])
        context_scores[float(weight)] = f1_score(meld_dev_y, fused.argmax(1), average="weighted")
    context_weight = max(context_scores, key=context_scores.get)
    model = TextEmotionModel(**{**model.__dict__, "context_weight": context_weight})
    model.save(args.out)

    ge_probs, _ = model.score_features(f_ge_dev)
    ge_pred = ge_probs.argmax(1)
    metrics = {
        "version": VERSION,
        "C": best_c,
        "temperature": round(temperature, 4),
        "context_weight": context_weight,
        "goemotions_dev_macro_f1": round(f1_score([p if p in t else t[0] for p, t in zip(ge_pred, ge_dev_y)], ge_pred, average="macro"), 4),
        "meld_dev_weighted_f1_no_context": round(context_scores[0.0], 4),
        "meld_dev_weighted_f1_context": round(context_scores[context_weight], 4),
        "dev_ece": round(expected_calibration_error(np.vstack([ge_probs, meld_probs]), dev_labels), 4),
        "emobank_dev_arousal_pearson_r": round(arousal_r, 4),
        "train_rows": int(len(y)),
        "train_seconds": round(time.time() - started, 1),
    }
    (args.out.parent / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
