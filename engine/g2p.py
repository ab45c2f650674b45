"""Offline grapheme-to-phoneme conversion with espeak-ng (the copy bundled in piper-tts)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from functools import lru_cache

from engine.text import IPA_BLOCK

_ESPEAK_LOCK = threading.Lock()  # espeak-ng keeps global state: one caller at a time
_LANG_SWITCH = re.compile(r"\([^)]+\)")
_EMPHASIS = re.compile(r"\*([^*]+)\*")
_LEADING_PUNCTUATION = re.compile(r"\s*([.,;:!?])[.,;:!?…]*")  # "*WHAT*?!": espeak read a lone "!" as "exclamation"
# An article just before an [[IPA]] block ("caught a [[bˈæs]]"): espeak, given it last, says the letter's name ("ay")
_ARTICLE_AT_END = re.compile(r"(?:^|(?<=\s))([Aa]n?)\s+$")
_ARTICLE_SAID = {"a": "ɐ ", "an": "ɐn "}
_IPA_VOWELS = "aeiouyæɐɑɒɔəɘɚɛɜɝɞɤɨɪʉʊʌʏøœɯɵɶᵊᵻ"
_DICTIONARY_SYMBOLS = str.maketrans({"\u0361": "", "\u035c": "", "r": "ɹ", "ɝ": "ɜː", "g": "ɡ"})
_SYLLABLE_DOT = re.compile(r"(?<=\S)\.(?=\S)")
_STRESS_BEFORE_ONSET = re.compile(rf"([ˈˌ])([^{_IPA_VOWELS}\sˈˌ]+)(?=[{_IPA_VOWELS}])")


@dataclass(frozen=True)
class Clause:
    phonemes: str
    terminator: str  # one of . ? ! , : ; or ""
    ends_sentence: bool
    stressed: bool = False  # inside *emphasis*


@lru_cache(maxsize=1)
def _bridge():
    from piper import espeakbridge
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    espeakbridge.initialize(str(ESPEAK_DATA_DIR))
    return espeakbridge


def phonemize(text: str, espeak_voice: str) -> list[Clause]:
    """IPA phonemes of `text`, clause by clause, as espeak-ng reads it; [[IPA]] blocks pass through as given.
    Words in `*stars*` become clauses of their own, marked `stressed`; a lone star is dropped."""
    clauses: list[Clause] = []
    for index, span in enumerate(_EMPHASIS.split(text)):
        stressed = bool(index % 2)
        parts, article = IPA_BLOCK.split(span.replace("*", "")), ""
        for part_index, part in enumerate(parts):
            if part_index % 2:  # inside [[ ]]
                clauses.append(Clause(article + typed_ipa(part.strip()), "", False, stressed))
                article = ""
                continue
            ending = _ARTICLE_AT_END.search(part) if part_index + 1 < len(parts) else None
            if ending:  # said with the block, unstressed
                article, part = _ARTICLE_SAID[ending.group(1).lower()], part[:ending.start()]
            leading = _LEADING_PUNCTUATION.match(part)
            if leading and clauses and not clauses[-1].terminator:  # "*tonight*, not …", "[[ˈeɪ]].": it ends the word
                clauses[-1] = replace(clauses[-1], terminator=leading.group(1))
                part = part[leading.end():]
            if part.strip():
                clauses.extend(replace(clause, stressed=stressed) for clause in _espeak(part, espeak_voice))
    return clauses


def typed_ipa(ipa: str) -> str:
    """English IPA as a dictionary writes it, in the form the voices were trained on (espeak-ng's): each stress mark
    just before its syllable's vowel (ˈsiːkwəl → sˈiːkwəl), no syllable dots or tie bars, ɹ for r, ɜː for ɝ and ɡ
    for a typed g. Given the dictionary form, the voices insert vowels and break words (benchmarks/typed_ipa.py)."""
    ipa = _SYLLABLE_DOT.sub("", ipa.translate(_DICTIONARY_SYMBOLS))
    return _STRESS_BEFORE_ONSET.sub(r"\2\1", ipa)


def with_typed_ipa(text: str) -> str:
    """The text with each [[IPA]] block in the form the voices are given (see `typed_ipa`)."""
    return IPA_BLOCK.sub(lambda block: f"[[{typed_ipa(block.group(1))}]]", text)


def _espeak(text: str, espeak_voice: str) -> list[Clause]:
    bridge = _bridge()
    with _ESPEAK_LOCK:
        bridge.set_voice(espeak_voice)
        raw = bridge.get_phonemes(text)
    return [Clause(_LANG_SWITCH.sub("", p), t, bool(e)) for p, t, e in raw if p.strip() or t]


def phoneme_string(clauses: list[Clause]) -> str:
    """One chunk's phonemes with its punctuation, clauses separated by spaces."""
    return " ".join(c.phonemes + c.terminator for c in clauses).strip()


def stressed_symbols(clauses: list[Clause]) -> list[tuple[str, bool]]:
    """Each symbol of the chunk's phoneme string (clauses joined by spaces, as `phoneme_string` writes it) and
    whether it is said with stress (a symbol of a stressed clause; spaces never are)."""
    symbols: list[tuple[str, bool]] = []
    for index, clause in enumerate(clauses):
        if index:
            symbols.append((" ", False))
        symbols.extend((symbol, clause.stressed and symbol != " ") for symbol in clause.phonemes + clause.terminator)
    return symbols
