"""The text trainer's recipe and optimizer set-up (the training itself is `make train-text`, ~15 minutes)."""

from __future__ import annotations

import pytest
import torch

from engine.text_emotion import base_model_dir, line_tokenizer
from engine.training.text_finetune import EmotionNet, Recipe, encode, param_groups


def test_recipe_settings_are_parsed_as_their_fields_types():
    recipe = Recipe().with_settings(["epochs=5", "lr=6e-5", "pool=line", "bf16=false", "ema=0.999"])
    assert (recipe.epochs, recipe.lr, recipe.pool, recipe.bf16, recipe.ema) == (5, 6e-5, "line", False, 0.999)
    assert isinstance(recipe.epochs, int) and Recipe().bf16 is True
    with pytest.raises(ValueError, match="no recipe setting named 'epoch'"):
        Recipe().with_settings(["epoch=5"])


def test_lower_layers_learn_slower_by_the_decay_and_the_frozen_word_table_not_at_all():
    recipe = Recipe(lr=1e-4, layer_lr_decay=0.5)
    model = EmotionNet(base_model_dir())
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    groups = param_groups(model, recipe)
    assert [g["lr"] for g in groups] == pytest.approx([1e-4 * 0.5**depth for depth in [0, 0, 1, 2, 3, 4, 5, 6]])
    trained = [p for g in groups for p in g["params"]]
    assert len({id(p) for p in trained}) == len(trained)
    assert {id(p) for p in trained} == {id(p) for p in model.parameters() if p.requires_grad}
    assert all(p is not model.encoder.embeddings.word_embeddings.weight for p in trained)


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
