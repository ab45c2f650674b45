"""The pronunciation lexicon: whole words, any case, respellings and IPA, stored per project."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.lexicon import LexiconRow, import_csv, list_entries, replace_entries, set_entry
from app.services.projects import create_project, get_project_id, import_file, list_lines
from app.services.rendering import render_project
from engine.errors import IntonateError
from engine.g2p import phonemize
from engine.lexicon import Pronunciation, apply_lexicon, entries_used
from tests.conftest import SAMPLES

LEXICON = (Pronunciation("SQL", "sequel"), Pronunciation("Nguyen", "wˈɪn", is_ipa=True))


def test_whole_words_in_any_case_are_replaced():
    text = "Ask Nguyen about sql, not SQLite or mySQL."
    assert apply_lexicon(text, LEXICON) == "Ask [[wˈɪn]] about sequel, not SQLite or mySQL."
    assert entries_used("Nothing here uses it.", LEXICON) == ()


def test_ipa_passes_through_g2p_untouched():
    phonemes = "".join(c.phonemes for c in phonemize(apply_lexicon("Hello Nguyen.", LEXICON), "en-us"))
    assert "wˈɪn" in phonemes


def test_invalid_entries_are_refused():
    with pytest.raises(IntonateError):
        Pronunciation("two words", "x")
    with pytest.raises(IntonateError):
        Pronunciation("word", "  ")


def test_project_lexicon_csv_and_stale_lines(tmp_path: Path, db: Path):
    create_project(db, "Lex")
    import_file(db, "Lex", SAMPLES / "elearning.csv")
    project_id = get_project_id(db, "Lex")
    render_project(db, "Lex")
    csv_file = "word,pronunciation,ipa\nhelmet,HEL-mit,no\nsite,sˈaɪt,yes\n".encode()
    assert import_csv(db, project_id, csv_file) == 2
    assert [(e.word, e.is_ipa) for e in list_entries(db, project_id)] == [("helmet", False), ("site", True)]
    lines = list_lines(db, project_id)
    # Only the line that says "helmet" and "site" needs rendering again.
    assert [line.take.up_to_date for line in lines] == [True, False, True]
    assert render_project(db, "Lex").rendered == 1
    with pytest.raises(IntonateError, match="line 2"):
        import_csv(db, project_id, b"word,pronunciation\ntwo words,x\n")
    with pytest.raises(IntonateError, match="more than once"):
        replace_entries(db, project_id, [LexiconRow("a", "x", False), LexiconRow("A", "y", False)])
    set_entry(db, project_id, "Helmet", "HEL-met")
    assert [e.pronunciation for e in list_entries(db, project_id)][0] == "HEL-met"
