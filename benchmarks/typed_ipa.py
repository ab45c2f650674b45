"""Does IPA typed as a dictionary writes it come out right?

Run: python -m benchmarks.typed_ipa   (prints figures; nothing is asserted)

Dictionaries put a stress mark before the syllable (ˈsiːkwəl) and may add syllable dots and tie bars; the voices
were trained on espeak-ng's form, with the mark before the vowel (sˈiːkwəl). Each word is rendered in "Please
say … again." from its dictionary IPA as typed (the baseline) and after engine/g2p.py's `typed_ipa`, over the
benchmark voices. Listen-by-proxy: Whisper base hears the word, and the word error rate of the sentence.
"""

from __future__ import annotations

import re

import numpy as np

from benchmarks.expressive import VOICES
from engine.asr import transcribe, word_error_rate
from engine.g2p import Clause, phonemize, typed_ipa
from engine.tts_engines import run_engine
from engine.voices import get_voice

# Dictionary IPA (General American, as Wiktionary and Cambridge write it).
WORDS = {"gooey": "ˈɡuːi", "banana": "bəˈnæ.nə", "computer": "kəmˈpjuː.tɚ", "tradition": "trəˈdɪʃ.ən",
         "problem": "ˈprɑː.bləm", "sequel": "ˈsiː.kwəl", "tomato": "təˈmeɪ.toʊ", "window": "ˈwɪn.doʊ",
         "blanket": "ˈblæŋ.kɪt", "strawberry": "ˈstrɔːˌbɛr.i", "chicken": "ˈt͡ʃɪk.ɪn", "journey": "ˈd͡ʒɝ.ni"}


def heard(ipa: str, voice_id: str, word: str) -> tuple[bool, float]:
    """Whether Whisper hears the word, and the sentence's word error rate."""
    voice = get_voice(voice_id)
    clauses = [*phonemize("Please say", voice.espeak_voice), Clause(ipa, "", False),
               *phonemize("again.", voice.espeak_voice)]
    text = transcribe(run_engine(voice, clauses, 1.0), voice.sample_rate).text
    return bool(re.search(rf"\b{word}\b", text, re.IGNORECASE)), word_error_rate(f"Please say {word} again.", text)


def main() -> None:
    print(f"{'IPA':22s} {'word heard':>10s} {'sentence WER':>13s}   ({len(WORDS)} words x {len(VOICES)} voices)")
    for name, form in (("as typed (baseline)", lambda ipa: ipa), ("typed_ipa", typed_ipa)):
        results = [heard(form(ipa), voice_id, word) for voice_id in VOICES for word, ipa in WORDS.items()]
        hits, errors = zip(*results)
        print(f"{name:22s} {np.mean(hits):10.0%} {np.mean(errors):13.1%}")


if __name__ == "__main__":
    main()
