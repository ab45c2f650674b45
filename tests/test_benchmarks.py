"""The statistics the text recognizer benchmark prints beside its dev figures."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import f1_score

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
