"""The statistics the text recognizer benchmark prints beside its dev figures, and the normalizer drift check's
reading of the corpora and of an earlier normalizer."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import f1_score

from benchmarks.normalization_drift import corpus_lines, normalizer_at
from benchmarks.text_recognizer import MELD_TEST_COUNTS, interval, label_shift_weights
from engine.emotions import EMOTIONS


def test_label_shift_weights_give_dev_lines_the_test_splits_class_mix():
    truth = np.repeat(np.arange(len(EMOTIONS)), [30, 5, 8, 40, 120, 25, 35])
    weights = label_shift_weights(truth)[truth]
    shares = np.bincount(truth, weights=weights) / weights.sum()
    test = np.array([MELD_TEST_COUNTS[emotion] for emotion in EMOTIONS])
    np.testing.assert_allclose(shares, test / test.sum())


def test_the_dialogue_interval_brackets_the_figure_and_narrows_with_more_dialogues():
    rng = np.random.default_rng(1)

    def spread(dialogue_count: int) -> tuple[float, float, float]:
        truth = rng.integers(len(EMOTIONS), size=dialogue_count * 10)
        predicted = np.where(rng.random(truth.size) < 0.6, truth, rng.integers(len(EMOTIONS), size=truth.size))
        low, high = interval(truth, predicted, np.repeat(np.arange(dialogue_count), 10))
        return low, f1_score(truth, predicted, average="weighted"), high

    low, figure, high = spread(30)
    assert low < figure < high
    narrow_low, _, narrow_high = spread(300)
    assert narrow_high - narrow_low < (high - low) / 2


def test_the_drift_check_reads_every_corpus_line_once(tmp_path):
    (tmp_path / "text" / "meld").mkdir(parents=True)
    rows = "Utterance,Emotion\nHi there.,joy\nHi there.,joy\n5 kg,neutral\n"
    (tmp_path / "text" / "meld" / "dev.csv").write_text(rows)
    (tmp_path / "text" / "goemotions").mkdir()
    (tmp_path / "text" / "goemotions" / "dev.tsv").write_text("So cool\t1\tabc\n")
    assert corpus_lines(tmp_path) == ["Hi there.", "5 kg", "So cool"]


def test_the_drift_check_loads_the_normalizer_of_a_revision():
    from engine.normalize import normalize_text

    at_head = normalizer_at("HEAD")  # a copy of the committed module, not the one imported
    assert at_head is not normalize_text and at_head("Call 911 now.") == "Call nine one one now."
