"""The text trainer's recipe and model set-up (the training itself is `make train-text`)."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
import torch

from engine.text_emotion import TEXT_MODEL_DIR, base_model_dir, line_tokenizer, softmax
from engine.training.text_finetune import (
    VERSION,
    EmotionNet,
    Recipe,
    TrainingData,
    attach_teachers,
    average_weights,
    encode,
    fit,
    predict,
    teacher_readings,
)


def test_recipe_settings_are_parsed_as_their_fields_types():
    recipe = Recipe().with_settings(["epochs=5", "lr=6e-5", "pool=line", "bf16=false", "ema=0.999"])
    assert (recipe.epochs, recipe.lr, recipe.pool, recipe.bf16, recipe.ema) == (5, 6e-5, "line", False, 0.999)
    assert isinstance(recipe.epochs, int) and Recipe().bf16 is True
    with pytest.raises(ValueError, match="no recipe setting named 'epoch'"):
        Recipe().with_settings(["epoch=5"])
    with pytest.raises(ValueError, match="lr needs a float, not 'fast'"):
        Recipe().with_settings(["lr=fast"])


def test_the_shipped_model_was_made_by_the_recipe_defaults():
    shipped = json.loads((TEXT_MODEL_DIR / "metrics.json").read_text())
    assert shipped["recipe"] == dataclasses.asdict(Recipe()) and shipped["version"] == VERSION


def test_a_frozen_word_table_is_left_out_of_training_and_nothing_else_is():
    model = EmotionNet(base_model_dir(), freeze_word_embeddings=True)
    frozen = [name for name, p in model.named_parameters() if not p.requires_grad]
    assert frozen == ["encoder.embeddings.word_embeddings.weight"]
    assert all(p.requires_grad for p in EmotionNet(base_model_dir()).parameters())


def test_pooling_over_the_line_alone_ignores_the_context_positions_but_not_their_influence():
    torch.manual_seed(0)
    everything = EmotionNet(base_model_dir(), pool="all").eval()
    line_only = EmotionNet(base_model_dir(), pool="line").eval()
    line_only.load_state_dict(everything.state_dict())
    tokenizer = line_tokenizer()
    alone = encode(tokenizer, [{"text": "Oh, really?", "context": ""}])
    paired = encode(tokenizer, [{"text": "Oh, really?", "context": "other: We bought you a puppy!"}])
    with torch.no_grad():
        assert torch.allclose(everything(**alone)[0], line_only(**alone)[0])  # no context: the same pooling
        assert not torch.allclose(everything(**paired)[0], line_only(**paired)[0])
        assert not torch.allclose(line_only(**alone)[0], line_only(**paired)[0])  # the context still attends


def tiny_training_data() -> TrainingData:
    meld = [{"text": text, "context": "other: hi", "target": {label: 1.0}}
            for text, label in [("I hate this!", 0), ("Yay, we won!", 3), ("Fine.", 4), ("Oh no.", 5)]]
    goemotions = [{"text": "wow", "context": "", "target": {6: 1.0}}, {"text": "gross", "context": "", "target": {1: 1.0}}]
    emobank = [{"text": "calm day", "context": "", "arousal": -1.0}, {"text": "WATCH OUT!", "context": "", "arousal": 2.0}]
    return TrainingData(meld, goemotions, emobank, torch.ones(7), 3.0, 0.3)


def test_the_runs_of_a_soup_start_alike_and_differ_only_in_what_they_see():
    recipe = Recipe(epochs=1, batch=2, goemotions_per_epoch=2, emobank_per_epoch=2, ema=0, bf16=False)
    rows, tokenizer = tiny_training_data(), line_tokenizer()

    def weights(run: int, lr: float) -> dict[str, torch.Tensor]:
        return fit(dataclasses.replace(recipe, lr=lr), run, rows, tokenizer, base_model_dir(), minutes=1).state_dict()

    still = [weights(run, lr=0.0) for run in (0, 1)]  # no learning: each run is left as it started
    assert all(torch.equal(still[0][name], still[1][name]) for name in still[0])
    moved = [weights(run, lr=1e-3) for run in (0, 1)]
    assert not torch.equal(moved[0]["emotion.weight"], moved[1]["emotion.weight"])
    soup = average_weights(moved)
    assert torch.allclose(soup["emotion.weight"], (moved[0]["emotion.weight"] + moved[1]["emotion.weight"]) / 2)


def test_a_student_learns_what_its_teachers_read_in_proportion_to_the_distill_weight():
    recipe = Recipe(epochs=3, batch=2, lr=1e-3, goemotions_per_epoch=2, emobank_per_epoch=0, ema=0, bf16=False,
                    context_dropout=0.5)
    tokenizer = line_tokenizer()
    teacher = EmotionNet(base_model_dir(), recipe.pool, recipe.freeze_word_embeddings)
    rows = tiny_training_data()
    readings = teacher_readings(teacher, tokenizer, rows)
    assert [readings[name].shape for name in ("meld", "meld_alone", "goemotions")] == [(4, 7), (4, 7), (2, 7)]
    assert np.allclose(readings["meld"].sum(1), 1) and not np.allclose(readings["meld"], readings["meld_alone"])
    fear = np.eye(7, dtype=np.float32)[2]  # teachers that read every line as fear, which no label says
    attach_teachers(rows, {name: np.tile(fear, (len(reading), 1)) for name, reading in readings.items()})
    texts = [row["text"] for row in rows.meld]

    def fear_read(weight: float) -> float:
        student = fit(dataclasses.replace(recipe, distill_weight=weight), 0, rows, tokenizer, base_model_dir(), minutes=1)
        logits, _ = predict(student, tokenizer, texts, [""] * len(texts))
        return float(softmax(logits)[:, 2].mean())

    labels_only, half, teachers_only = fear_read(0.0), fear_read(0.5), fear_read(1.0)
    assert labels_only < 0.2 < half < teachers_only
