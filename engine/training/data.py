"""Loading the labelled corpora in ../shared/data (their emoji as the text model reads them: by name), and the
calibration measures the trainer reports."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
from scipy.optimize import minimize_scalar

from engine.emotions import EMOTIONS
from engine.recognizer import LineInput
from engine.text_emotion import emoji_as_words, softmax

ECE_BINS = 15


def load_goemotions(folder: Path, split: str) -> tuple[list[str], list[list[int]]]:
    names = (folder / "labels.txt").read_text().split()
    remap = [EMOTIONS.index(n) for n in names]  # file's label order → ours
    texts, labels = [], []
    for row in csv.reader((folder / f"{split}.tsv").open(encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        texts.append(emoji_as_words(row[0]))
        labels.append([remap[int(i)] for i in row[1].split(",")])
    return texts, labels


def load_meld(folder: Path, split: str) -> list[dict]:
    with (folder / f"{split}_sent_emo.csv").open(encoding="utf-8") as f:
        return [{**row, "Utterance": emoji_as_words(row["Utterance"])} for row in csv.DictReader(f)]


def load_emobank(folder: Path) -> dict[str, tuple[list[str], np.ndarray]]:
    out: dict[str, tuple[list[str], list[float]]] = {"train": ([], []), "dev": ([], [])}
    with (folder / "emobank.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["split"] in out:
                out[row["split"]][0].append(emoji_as_words(row["text"]))
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
