"""W3C PLS pronunciation lexicons (what ElevenLabs and Azure export), read safely into lexicon rows.

Each <lexeme> gives its <grapheme>s one pronunciation: an <alias> (said as those words) or a <phoneme> in IPA or
CMU ARPAbet. ARPAbet is turned into IPA in espeak-ng's form, the stress mark just before the vowel."""

from __future__ import annotations

from app.untrusted_xml import local_tag, parse_untrusted_xml
from engine import known_words
from engine.errors import IntonateError

ARPABET_NAMES = {"x-cmu-arpabet", "cmu-arpabet", "arpabet"}


class PlsError(IntonateError):
    pass


def arpabet_to_ipa(arpabet: str) -> str:
    """'T AH0 M EY1 T OW2' → 'təmˈeɪtˌoʊ'."""
    try:
        return known_words.arpabet_to_ipa(arpabet)
    except ValueError as exc:
        raise PlsError(str(exc)) from None


def read_pls(text: str, name: str) -> list[tuple[str, str, bool]]:
    """(word, pronunciation, is_ipa) for every grapheme of the lexicon, in order."""
    root = parse_untrusted_xml(text, name, "PLS", "lexicon", PlsError)
    alphabet = (root.get("alphabet") or "ipa").lower()
    rows = []
    for number, lexeme in enumerate((e for e in root if local_tag(e) == "lexeme"), start=1):
        graphemes = [(g.text or "").strip() for g in lexeme if local_tag(g) == "grapheme" and (g.text or "").strip()]
        said = next((e for e in lexeme if local_tag(e) in ("phoneme", "alias")), None)
        if not graphemes or said is None or not (said.text or "").strip():
            raise PlsError(f"{name}: lexeme {number} needs a <grapheme> and a <phoneme> or <alias>")
        pronunciation, is_ipa = (said.text or "").strip(), local_tag(said) == "phoneme"
        if is_ipa:
            own = (said.get("alphabet") or alphabet).lower()
            if own in ARPABET_NAMES:
                try:
                    pronunciation = arpabet_to_ipa(pronunciation)
                except PlsError as exc:
                    raise PlsError(f"{name}: lexeme {number}: {exc}") from None
            elif own != "ipa":
                raise PlsError(f"{name}: lexeme {number}: phoneme alphabet {own!r} is not supported (use ipa or x-cmu-arpabet)")
        rows += [(grapheme, pronunciation, is_ipa) for grapheme in graphemes]
    return rows
