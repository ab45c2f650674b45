"""Are interjections said as sounds rather than spelled letter by letter?

Run: python -m benchmarks.interjections   (prints figures; nothing is asserted)

espeak-ng spells "Shh" as "S-H-H", "Mm-hmm" as "M-M-hum" and "Grr" as "G-R-R", and reads "Ow" as "Oh", "Ew" as
"you". Each interjection is rendered alone by a Kokoro voice and Piper's joe, as written (espeak-ng's own reading, the
baseline) and after engine/normalize.py.
Figures: the letter names espeak-ng is given (phonemes), how long the voice sounds (a spelled word lasts about
twice the sound), and what Whisper base writes for it in a short line. Whisper knows few interjections, so its
transcript shows mostly whether letters were spelled ("SHB", "GRR") and is no score of the sound.
"""

from __future__ import annotations

import re

import numpy as np

from engine.asr import transcribe
from engine.g2p import phonemize
from engine.normalize import normalize_text
from engine.tts_engines import run_engine
from engine.voices import get_voice

# the last three are read as other words ("Oh", "You", "How are you?"). Not here: "Aww", which espeak reads "aw-wuh"
# and Whisper hears as "Aw"; given as the sound ([[ˈɔː]]), Whisper heard "Are, that's so sweet".
LINES = ["Shh! The baby is asleep.", "Pfft, as if.", "Mm-hmm, that makes sense.", "Mhm, go on.", "Hm, perhaps.",
         "Hmph, fine then.", "Mmm, this is delicious.", "Brrr, it's freezing.", "Grr, I hate this.", "Zzz.",
         "Ow, that hurts.", "Ew, gross.", "Hahaha, good one."]
VOICES = ["af_heart", "joe"]
LETTER_NAMES = re.compile(r"ɛs|eɪtʃ|ɛm|ɛf|ɑːɹ|ziː|dʒiː|biː|piː")  # S, H, M, F, R, Z, G, B, P as espeak spells them


def rendered(text: str, voice) -> tuple[np.ndarray, str]:
    clauses = phonemize(text, voice.espeak_voice)
    return run_engine(voice, clauses, 1.0), " ".join(clause.phonemes for clause in clauses)


def sounding_s(audio: np.ndarray, sample_rate: int) -> float:
    loud = np.flatnonzero(np.abs(audio) > 0.02)
    return (loud[-1] - loud[0]) / sample_rate if len(loud) else 0.0


def main() -> None:
    for voice_id in VOICES:
        voice = get_voice(voice_id)
        print(f"{voice_id}: interjection alone (letter names given to espeak, seconds sounding); the line as heard")
        totals = {"as written": [0, 0.0], "normalized": [0, 0.0]}
        for line in LINES:
            word = line.split(",")[0].split("!")[0].rstrip(".")
            cells = []
            for name, prepare in (("as written", lambda t: t), ("normalized", normalize_text)):
                audio, phonemes = rendered(prepare(word + "."), voice)
                letters, seconds = len(LETTER_NAMES.findall(phonemes)), sounding_s(audio, voice.sample_rate)
                totals[name][0] += letters
                totals[name][1] += seconds
                line_audio, _ = rendered(prepare(line), voice)
                heard = transcribe(line_audio, voice.sample_rate).text.strip()
                cells.append(f"{letters} letters {seconds:.2f} s {heard!r}")
            print(f"  {word:8s} as written: {cells[0]:45s} normalized: {cells[1]}")
        for name, (letters, seconds) in totals.items():
            print(f"  {name}: {letters} letter names in all, {seconds / len(LINES):.2f} s sounding on average")


if __name__ == "__main__":
    main()
