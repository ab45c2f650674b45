"""Does Kokoro speak more clearly when espeak's glide ʲ is given as its own G2P writes it?

Run: python -m benchmarks.kokoro_glide [--lines 60]   (prints figures; nothing is asserted; ~10 minutes)

espeak-ng writes a glide between vowels as ʲ ("the apple" ðɪʲ ˈæpəl, BMW bˌiːʲˌɛm…). It used to reach Kokoro as a
full j; Kokoro's own G2P (misaki) leaves it out except before o and ə. MELD dev lines of 6-14 words whose phonemes hold
a ʲ are rendered by two Kokoro voices both ways in the same run (the old mapping is the baseline), and Whisper base
transcribes each render: the word error rate against the line, and the lines whose transcripts differ.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
VOICES = ["af_heart", "am_michael"]


def glide_lines(count: int, data: Path) -> list[str]:
    """MELD dev lines of 6-14 words, in a seeded order, whose espeak phonemes hold a glide."""
    from engine.g2p import phonemize
    from engine.normalize import normalize_text

    with (data / "text" / "meld" / "dev_sent_emo.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    random.Random(7).shuffle(rows)
    lines = []
    for row in rows:
        text = row["Utterance"].translate({0x92: "'", 0x91: "'", 0x93: '"', 0x94: '"', 0x85: "..."})
        if 6 <= len(text.split()) <= 14 and text.isascii() and any(
                "ʲ" in clause.phonemes for clause in phonemize(normalize_text(text), "en-us")):
            lines.append(text)
        if len(lines) == count:
            break
    return lines


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]", " ", text.lower()).split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=60)
    parser.add_argument("--data", type=Path, default=REPO_ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    os.environ["INTONATE_CACHE_DIR"] = tempfile.mkdtemp()  # leaves the user's engine-audio cache alone
    import jiwer

    import engine.synthesis as synthesis
    import engine.tts_engines as engines
    from engine.asr import transcribe
    from engine.voices import get_voice

    lines = glide_lines(args.lines, args.data)
    as_misaki = engines.kokoro_symbol
    heard: dict[str, list[str]] = {}
    for name, mapping in (("ʲ as j (before)", lambda symbol, _: symbol.translate(engines.KOKORO_PHONEME_FIXES)),
                          ("ʲ as misaki writes it", as_misaki)):
        engines.kokoro_symbol = mapping
        synthesis.forget_engine_audio()  # its cache keys do not know the mapping
        heard[name] = []
        for voice in VOICES:
            for line in lines:
                take = synthesis.synthesize(line, get_voice(voice))
                heard[name].append(_words(transcribe(take.audio, take.sample_rate).text))
    engines.kokoro_symbol = as_misaki
    said = [_words(line) for _ in VOICES for line in lines]
    print(f"{len(lines)} MELD dev lines with a glide, voices {', '.join(VOICES)}")
    for name, transcripts in heard.items():
        print(f"  {name:24s} word error rate {jiwer.wer(said, transcripts):.4f}")
    before, after = heard.values()
    for line, old, new in zip(said, before, after):
        if old != new:
            print(f"- {line}\n    before: {old}\n    now:    {new}")


if __name__ == "__main__":
    main()
