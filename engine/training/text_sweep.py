"""Train several text-model recipes side by side and print their dev metrics (a search for settings).

Run: python -m engine.training.text_sweep SWEEP.json [--workers 2] [--device cuda] [--out results.jsonl]
SWEEP.json holds a list of runs, each a list of `name=value` Recipe changes (`[]` is the shipped recipe).
Nothing is exported: the chosen recipe becomes `Recipe`'s defaults and `make train-text` makes the model.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from engine.paths import REPO_ROOT
from engine.training.text_finetune import Recipe

SHOWN = ("meld_dev_weighted_f1_context", "meld_dev_weighted_f1_no_context", "goemotions_dev_macro_f1", "dev_ece")


def run_one(settings: list[str], data: Path, base_model: str | None, minutes: float, device: str, threads: int) -> dict:
    import torch

    from engine.text_emotion import base_model_dir
    from engine.training.text_finetune import train

    torch.set_num_threads(threads)
    logging.basicConfig(level=logging.INFO, format=f"%(asctime)s {' '.join(settings) or 'shipped'}: %(message)s")
    trained = train(Recipe().with_settings(settings), data, base_model or base_model_dir(), minutes, device)
    return {"settings": settings, **trained.metrics}


def summary(result: dict) -> str:
    return " ".join(f"{result[k]:.4f}" for k in SHOWN) + "  " + (" ".join(result["settings"]) or "(shipped recipe)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sweep", type=Path)
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    parser.add_argument("--base-model", default=None)
    parser.add_argument("--minutes", type=float, default=90.0, help="time budget of each training run (a soup has several)")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out", type=Path, help="also append each run's metrics here, as JSON lines")
    args = parser.parse_args()
    runs = json.loads(args.sweep.read_text())
    for settings in runs:  # a typo fails here, not after the runs before it have trained
        try:
            Recipe().with_settings(settings)
        except ValueError as error:
            parser.error(f"{args.sweep}: {error}")
    results = []
    with ProcessPoolExecutor(args.workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        threads = max(1, (os.cpu_count() or 1) // args.workers)
        futures = [pool.submit(run_one, settings, args.data, args.base_model, args.minutes, args.device, threads)
                   for settings in runs]
        for future in as_completed(futures):
            result = future.result()
            results.append(result)
            if args.out:
                with args.out.open("a") as out:
                    out.write(json.dumps(result) + "\n")
            print(summary(result), flush=True)
    print("\nbest first: MELD ctx, MELD alone, GoEmotions macro-F1, ECE, settings")
    for result in sorted(results, key=lambda r: -r[SHOWN[0]]):
        print(summary(result))


if __name__ == "__main__":
    main()
