"""Pronunciation lexicon: whole words, case-insensitive, replaced before G2P by a respelling or IPA."""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.errors import IntonateError

_WORD = re.compile(r"^[\w][\w'’.\-+#&]*$")


@dataclass(frozen=True)
class Pronunciation:
    word: str
    say: str  # a respelling ("sequel") or IPA ("ˈsiːkwəl")
    is_ipa: bool = False

    def __post_init__(self) -> None:
        if not _WORD.match(self.word.strip()):
            raise IntonateError(f"lexicon word {self.word!r} must be a single word")
        if not self.say.strip():
            raise IntonateError(f"lexicon entry for {self.word!r} has no pronunciation")


Lexicon = tuple[Pronunciation, ...]


def _pattern(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'’]){re.escape(word.strip())}(?![\w'’])", re.IGNORECASE)


def entries_used(text: str, lexicon: Lexicon) -> Lexicon:
    """The entries whose word appears in the text (these alone change how it sounds)."""
    return tuple(entry for entry in lexicon if _pattern(entry.word).search(text))


def apply_lexicon(text: str, lexicon: Lexicon) -> str:
    """Replace each entry's word: respellings as text, IPA as a [[phonemes]] block G2P passes through."""
    for entry in sorted(lexicon, key=lambda e: -len(e.word)):  # longer words first: "SQL Server" before "SQL"
        replacement = f"[[{entry.say.strip()}]]" if entry.is_ipa else entry.say.strip()
        text = _pattern(entry.word).sub(lambda _m: replacement, text)
    return text
