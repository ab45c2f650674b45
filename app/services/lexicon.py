"""A project's pronunciation lexicon: list, set, delete, and import from CSV or a PLS lexicon."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from app.db.models import LexiconEntry, Line
from app.db.session import transaction
from app.importers import csv_lines, decode_text
from app.pls import read_pls
from app.wording import counted, first_few
from engine.errors import IntonateError
from engine.lexicon import Lexicon, Pronunciation
from engine.tts_engines import unsayable_symbols

MAX_LEXICON_BYTES = 2 * 1024 * 1024
_TRUE = {"1", "true", "yes", "ipa", "y"}


@dataclass(frozen=True)
class LexiconRow:
    word: str
    pronunciation: str
    is_ipa: bool


def checked_entry(word: str, pronunciation: str, is_ipa: bool) -> Pronunciation:
    """A valid entry, or an error naming what is wrong (IPA the voices cannot say would be skipped silently)."""
    entry = Pronunciation(word.strip(), pronunciation.strip(), is_ipa)
    unknown = unsayable_symbols(entry.say) if is_ipa else []
    if unknown:
        raise IntonateError(f"the IPA for {entry.word!r} has symbols the voices cannot say: {' '.join(unknown)}")
    return entry


def list_entries(db: Path, project_id: int) -> list[LexiconRow]:
    with transaction(db) as session:
        rows = session.scalars(select(LexiconEntry).where(LexiconEntry.project_id == project_id).order_by(LexiconEntry.word))
        return [LexiconRow(r.word, r.pronunciation, r.is_ipa) for r in rows]


def set_entry(db: Path, project_id: int, word: str, pronunciation: str, is_ipa: bool = False) -> None:
    """Add or replace how a word is said (matching ignores case)."""
    _add_entries(db, project_id, [checked_entry(word, pronunciation, is_ipa)])


def _add_entries(db: Path, project_id: int, entries: list[Pronunciation]) -> int:
    """Add checked entries, or replace those whose word is already there, in one transaction; returns how many
    words they set (GIF and gif are one)."""
    with transaction(db) as session:
        rows = {row.word: row for row in session.scalars(select(LexiconEntry).where(LexiconEntry.project_id == project_id))}
        for entry in entries:
            row = rows.get(entry.word.lower())
            if row is None:
                rows[entry.word.lower()] = row = LexiconEntry(project_id=project_id, word=entry.word.lower())
                session.add(row)
            row.pronunciation, row.is_ipa = entry.say, entry.is_ipa
    return len({entry.word.lower() for entry in entries})


def as_lexicon(rows: list[LexiconRow]) -> Lexicon:
    """The rows as a lexicon the engine reads, each checked, or an error naming the first problem."""
    entries = tuple(checked_entry(r.word, r.pronunciation, r.is_ipa) for r in rows)
    words = [e.word.lower() for e in entries]
    duplicates = sorted({w for w in words if words.count(w) > 1})
    if duplicates:
        raise IntonateError(f"the lexicon lists {', '.join(duplicates)} more than once")
    return entries


def replace_entries(db: Path, project_id: int, rows: list[LexiconRow]) -> None:
    """Make the lexicon exactly these rows (all validated before anything changes)."""
    entries = as_lexicon(rows)
    with transaction(db) as session:
        session.execute(delete(LexiconEntry).where(LexiconEntry.project_id == project_id))
        session.add_all(LexiconEntry(project_id=project_id, word=e.word.lower(), pronunciation=e.say, is_ipa=e.is_ipa)
                        for e in entries)


def delete_entry(db: Path, project_id: int, word: str) -> bool:
    """Forget how a word is said; False when the lexicon had no such word."""
    with transaction(db) as session:
        result = session.execute(delete(LexiconEntry).where(LexiconEntry.project_id == project_id,
                                                            LexiconEntry.word == word.strip().lower()))
        return result.rowcount > 0


def import_csv(db: Path, project_id: int, data: bytes, name: str = "lexicon.csv") -> tuple[int, list[str]]:
    """Add entries from a CSV with a `word,pronunciation[,ipa]` header; returns how many were read, and a warning
    naming the words left without a pronunciation (a list of words to listen to, partly filled in), which are
    skipped."""
    if len(data) > MAX_LEXICON_BYTES:
        raise IntonateError(f"{name} is larger than {MAX_LEXICON_BYTES // 2**20} MB")
    reader = csv.DictReader(csv_lines(decode_text(data, name)))
    try:
        rows, unsaid = _read_lexicon_rows(reader, name)
    except csv.Error as exc:  # a field past the csv module's 128 KiB limit
        raise IntonateError(f"{name} line {reader.reader.line_num}: {exc}") from None
    count = _add_entries(db, project_id, rows)
    if not unsaid:
        return count, []
    return count, [f"{name}: left out {counted(len(unsaid), 'word')} without a pronunciation: {first_few(unsaid)}"]


def _read_lexicon_rows(reader: csv.DictReader, name: str) -> tuple[list[Pronunciation], list[str]]:
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "word" not in fields or "pronunciation" not in fields:
        raise IntonateError(f"{name}: the header needs 'word' and 'pronunciation' columns")
    rows, unsaid = [], []
    for record in reader:
        record = {k.strip().lower(): (v or "").strip() for k, v in record.items() if k is not None}  # not extra cells
        if not record.get("pronunciation"):
            if record.get("word"):
                unsaid.append(record["word"])
            continue
        try:
            entry = checked_entry(record["word"], record["pronunciation"], record.get("ipa", "").lower() in _TRUE)
        except IntonateError as exc:
            raise IntonateError(f"{name} line {reader.reader.line_num}: {exc}") from None
        rows.append(entry)
    return rows, unsaid


def import_lexicon_file(db: Path, project_id: int, data: bytes, name: str) -> tuple[int, list[str]]:
    """Add the entries of a CSV or a W3C PLS lexicon (.pls, .xml: what ElevenLabs and Azure export); returns how
    many were added and what was let through with a warning. Nothing is added when the file has an error."""
    if len(data) > MAX_LEXICON_BYTES:
        raise IntonateError(f"{name} is larger than {MAX_LEXICON_BYTES // 2**20} MB")
    suffix = Path(name).suffix.lower()
    if suffix == ".csv":
        return import_csv(db, project_id, data, name)
    if suffix not in (".pls", ".xml"):
        raise IntonateError(f"{name}: a lexicon is a .csv or a PLS file (.pls, .xml)")
    entries, warnings = [], []
    for word, pronunciation, is_ipa in read_pls(decode_text(data, name), name):
        if " " in word.strip():
            warnings.append(f"{name}: {word!r} is more than one word; the lexicon holds single words")
            continue
        try:
            entries.append(checked_entry(word, pronunciation, is_ipa))
        except IntonateError as exc:
            raise IntonateError(f"{name}: {exc}") from None
    return _add_entries(db, project_id, entries), warnings


def readings(db: Path, project_id: int, texts: list[str]) -> list[str | None]:
    """The words the voice reads for each text (the project's lexicon applied, numbers and symbols written out), as a
    person reads them (the letter A as A, the IDs as I-Ds, other [[IPA]] as /IPA/); None where they are the text itself."""
    from app.services.common import project_lexicon
    from engine.normalize import SHOWN_AS
    from engine.synthesis import spoken_text
    from engine.text import IPA_BLOCK

    with transaction(db) as session:
        lexicon = project_lexicon(session, project_id)
    shown: list[str | None] = []
    for text in texts:
        said = spoken_text(text, lexicon)
        unchanged = said == " ".join(text.split())
        shown.append(None if unchanged else IPA_BLOCK.sub(lambda block: _shown_word(block, SHOWN_AS), said))
    return shown


_SENTENCE_START = re.compile(r"(?:^|[.!?…][\"”’)]*\s)\s*[\"“‘(]*$")  # what comes before a sentence's first word


def _shown_word(block: re.Match, shown_as: dict[str, str]) -> str:
    """How the readings write one [[IPA]] block: its word ("mm-hmm"), capitalised where it starts a sentence."""
    word = shown_as.get(block.group(0), f"/{block.group(1)}/")
    starts_sentence = _SENTENCE_START.search(block.string, 0, block.start()) is not None
    return word[0].upper() + word[1:] if starts_sentence and word[0].isalpha() else word


@dataclass(frozen=True)
class WordToCheck:
    word: str  # as the script first writes it
    lines: list[int]  # the numbers of the lines that say it
    sentence: str  # the first sentence that says it, to hear it in (at most 280 characters, as the voice reads it)


def words_to_check(db: Path, project_id: int, lines: list[tuple[int, str]] | None = None) -> list[WordToCheck]:
    """The script's words the voice has to guess how to say (in no pronouncing dictionary: names, brands, jargon;
    see engine.known_words) and the lexicon does not give, in script order: the words to listen to first. Only in
    `lines` (each line's number and text) where given."""
    from app.services.common import project_lexicon
    from engine.known_words import guessed_words
    from engine.normalize import normalize_text
    from engine.text import split_sentences

    with transaction(db) as session:
        if lines is None:
            texts = session.scalars(select(Line.text).where(Line.project_id == project_id).order_by(Line.position))
            lines = list(enumerate(texts, start=1))
        given = {entry.word.lower() for entry in project_lexicon(session, project_id)}
    found: dict[str, WordToCheck] = {}
    for number, text in lines:
        if not guessed_words(text):  # words all in the dictionary as written stay so (numbers and units become words)
            continue
        for word in guessed_words(normalize_text(text)):
            if word.lower() in given:
                continue
            if word.lower() not in found:
                sentences = split_sentences(text)
                sentence = next((s for s in sentences if word.lower() in s.lower()), (sentences or [text])[0])
                found[word.lower()] = WordToCheck(word, [], sentence)
            found[word.lower()].lines.append(number)
    return list(found.values())


def words_as_csv(words: list[WordToCheck]) -> bytes:
    """Words as a lexicon CSV with their pronunciations left to fill in (in a spreadsheet), then import it."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["word", "pronunciation", "ipa"])
    writer.writerows([word.word, "", ""] for word in words)
    return out.getvalue().encode("utf-8")
