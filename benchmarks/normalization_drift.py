"""Which real lines does a change to the normalizer read differently? A regression check on real text.

Run: python -m benchmarks.normalization_drift [--base REV] [--show N]   (prints counts and examples; asserts nothing)

Every line of the shared corpora (MELD and EmoBank sentences, GoEmotions comments: about 67,000 lines written by
people, not by the tests' authors) is normalized by engine/normalize.py as it was at git revision REV (default
HEAD) and as it is in the working tree; each line read differently is printed as the words that changed. Read them:
a rule meant for one form often catches another ("Super Bowl I'm" read as "Super Bowl one'm").
"""

from __future__ import annotations

import argparse
import csv
import difflib
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

from engine.normalize import normalize_text
from engine.paths import REPO_ROOT


def corpus_lines(data: Path) -> list[str]:
    """The text of every row of the shared text corpora, each distinct line once."""
    lines = []
    for path in sorted((data / "text").rglob("*.csv")):
        with path.open(encoding="utf-8", errors="replace", newline="") as file:
            for row in csv.DictReader(file):
                lines.append(row.get("Utterance") or row.get("text") or "")
    for path in sorted((data / "text").rglob("*.tsv")):
        lines += [row.split("\t")[0] for row in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    return list(dict.fromkeys(line for line in lines if line.strip()))


def normalizer_at(revision: str):
    """normalize_text as engine/normalize.py was at a git revision (imported from a temporary copy)."""
    source = subprocess.run(["git", "show", f"{revision}:engine/normalize.py"], cwd=REPO_ROOT, check=True,
                            capture_output=True, text=True).stdout
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "normalize_at_revision.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location("normalize_at_revision", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module.normalize_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="the git revision to compare with (default HEAD)")
    parser.add_argument("--show", type=int, default=60, help="how many changed lines to print")
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    before = normalizer_at(args.base)
    lines = corpus_lines(args.data)
    changed = [(line, before(line), normalize_text(line)) for line in lines]
    changed = [(line, old, new) for line, old, new in changed if old != new]
    print(f"{len(changed)} of {len(lines)} corpus lines read differently from {args.base}")
    for line, old, new in changed[:args.show]:
        words = " ".join(d for d in difflib.ndiff(old.split(), new.split()) if d[0] in "+-")
        print(f"  {words[:150]}\n    in: {line[:150]}")


if __name__ == "__main__":
    sys.exit(main())
