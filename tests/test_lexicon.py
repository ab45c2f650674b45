"""The pronunciation lexicon: whole words, any case, respellings and IPA, stored per project."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.lexicon import LexiconRow, as_lexicon, import_csv, list_entries, replace_entries, set_entry
from app.services.projects import create_project, get_project_id, import_file, list_lines, update_line_text
from app.services.rendering import render_project
from engine.asr import transcribe
from engine.errors import IntonateError
from engine.g2p import phonemize, typed_ipa
from engine.lexicon import Pronunciation, apply_lexicon, entries_used
from engine.synthesis import SynthesisSettings, render_key, synthesize
from engine.tts_engines import kokoro_tokens, kokoro_vocab
from engine.voices import get_voice
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
    assert import_csv(db, project_id, csv_file) == (2, [])
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


def test_lexicon_csvs_from_other_tools_are_read_or_refused_by_line(db: Path):
    """A Mac CSV (rows ended by a lone carriage return) and rows with cells past the header's columns are read; a
    cell too long for the csv module is refused naming its line (each escaped as csv.Error or AttributeError)."""
    project_id = create_project(db, "Csv")
    assert import_csv(db, project_id, b"word,pronunciation\rNguyen,win\rSiobhan,shiv-AWN,note,more\r") == (2, [])
    assert [(e.word, e.pronunciation) for e in list_entries(db, project_id)] == [("nguyen", "win"),
                                                                               ("siobhan", "shiv-AWN")]
    with pytest.raises(IntonateError, match="big.csv line 3: field larger than field limit"):
        import_csv(db, project_id, b'word,pronunciation\nA,ay\nX,"' + b"a" * 140_000 + b'"\n', "big.csv")


def test_ipa_the_voices_cannot_say_is_refused_not_skipped(db: Path):
    project_id = create_project(db, "Ipa")
    with pytest.raises(IntonateError, match=r"'tomato' has symbols the voices cannot say: \[ /"):
        set_entry(db, project_id, "tomato", "[[təˈmɑːtoʊ/", is_ipa=True)
    with pytest.raises(IntonateError, match="line 3: the IPA for 'nope'"):
        import_csv(db, project_id, "word,pronunciation,ipa\nok,oʊˈkeɪ,yes\nnope,nəʊp/,yes\n".encode())
    assert list_entries(db, project_id) == []  # a refused CSV adds none of its rows
    # An ASCII g typed for IPA's ɡ is said, not dropped.
    set_entry(db, project_id, "gooey", "ˈguːi", is_ipa=True)
    tokens, _ = kokoro_tokens(phonemize(apply_lexicon("gooey", (Pronunciation("gooey", "ˈguːi", True),)), "en-us"))
    assert kokoro_vocab()["ɡ"] in tokens


def test_dictionary_ipa_is_given_to_the_voices_in_their_own_form():
    assert typed_ipa("ˈstrɔːˌbɛr.i") == "stɹˈɔːbˌɛɹi"  # stress before the vowel, no dots, ɹ
    assert typed_ipa("ˈt͡ʃɪk.ɪn") == "tʃˈɪkɪn"
    assert typed_ipa("dʒˈɜːni") == typed_ipa("ˈd͡ʒɝ.ni") == "dʒˈɜːni"  # espeak's own form is kept as it is
    voice = get_voice("af_heart")
    # A take rendered from espeak-form IPA stays up to date; the dictionary form renders the same audio.
    assert render_key("Say [[bənˈænə]].", voice, SynthesisSettings()) == render_key("Say [[bəˈnæ.nə]].", voice, SynthesisSettings())
    assert render_key("Say [[bənˈænə]].", voice, SynthesisSettings()) != render_key("Say [[bənˈɑːnə]].", voice, SynthesisSettings())
    rendered = synthesize("Please say [[kəmˈpjuː.tɚ]] again.", voice)  # as typed, the voice said "come up you to"
    assert "computer" in transcribe(rendered.audio, rendered.sample_rate).text.lower()


def test_ipa_typed_in_a_script_is_spoken_and_checked(tmp_path: Path, db: Path):
    script = tmp_path / "terms.txt"
    script.write_text("(slowly) Say [[ˈklʌs.tɚ]] twice. [points]\n\nThen [[bəˈnæ.nə/]].\n", encoding="utf-8")
    create_project(db, "Typed")
    result = import_file(db, "Typed", script)
    assert result.warnings == ["line 2: the IPA [[bəˈnæ.nə/]] has symbols the voices cannot say: /"]
    first, second = list_lines(db, get_project_id(db, "Typed"))
    assert (first.text, first.direction_note) == ("Say [[ˈklʌs.tɚ]] twice.", "slowly; points")  # not a stage direction
    with pytest.raises(IntonateError, match="cannot say: /"):
        update_line_text(db, second.id, "Then [[bəˈnæ.nə/]]!")
    update_line_text(db, second.id, "Then [[bəˈnæ.nə]]!")


def test_a_word_is_heard_with_an_entry_not_yet_saved(db: Path):
    from app.services.previews import pronunciation_preview
    from engine.audio import read_audio

    lexicon = as_lexicon([LexiconRow("cat", "dog", False)])  # a respelling no one could mistake
    path = pronunciation_preview(db, "I have a cat at home.", "af_heart", lexicon)
    audio, rate = read_audio(path)
    assert "dog" in transcribe(audio, rate).text.lower()
    assert pronunciation_preview(db, "I have a cat at home.", "af_heart", lexicon) == path  # kept, not rendered again
    with pytest.raises(IntonateError, match="more than once"):
        as_lexicon([LexiconRow("a", "x", False), LexiconRow("A", "y", False)])


ELEVENLABS_PLS = """<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-US">
  <lexeme><grapheme>tomato</grapheme><phoneme>təˈmeɪtoʊ</phoneme></lexeme>
  <lexeme><grapheme>Kubernetes</grapheme><grapheme>K8s</grapheme>
    <phoneme alphabet="x-cmu-arpabet">K UW2 B ER0 N EH1 T IY0 Z</phoneme></lexeme>
  <lexeme><grapheme>UN</grapheme><alias>United Nations</alias></lexeme>
  <lexeme><grapheme>New York</grapheme><alias>Noo York</alias></lexeme>
</lexicon>"""


def test_a_pls_lexicon_from_elevenlabs_or_azure_is_imported(db: Path):
    from app.pls import arpabet_to_ipa
    from app.services.lexicon import import_lexicon_file

    project_id = create_project(db, "Pls")
    count, warnings = import_lexicon_file(db, project_id, ELEVENLABS_PLS.encode(), "terms.pls")
    assert count == 4
    assert warnings == ["terms.pls: 'New York' is more than one word; the lexicon holds single words"]
    assert [(e.word, e.pronunciation, e.is_ipa) for e in list_entries(db, project_id)] == [
        ("k8s", "kˌuːbɚnˈɛtiz", True), ("kubernetes", "kˌuːbɚnˈɛtiz", True), ("tomato", "təˈmeɪtoʊ", True),
        ("un", "United Nations", False)]
    assert arpabet_to_ipa("T AH0 M EY1 T OW2") == "təmˈeɪtˌoʊ"  # ARPAbet arrives in the voices' own form
    # GIF and gif are one word of the lexicon: the count says so (it said "added 2 words" and listed one)
    cased = ("<lexicon><lexeme><grapheme>GIF</grapheme><grapheme>gif</grapheme><phoneme>dʒɪf</phoneme></lexeme>"
             "</lexicon>")
    assert import_lexicon_file(db, project_id, cased.encode(), "gif.pls") == (1, [])
    assert import_lexicon_file(db, project_id, b"word,pronunciation\nSQL,sequel\nsql,sequel\n", "sql.csv") == (1, [])
    for bad, message in ((ELEVENLABS_PLS.replace('"x-cmu-arpabet"', '"x-sampa"'), "alphabet 'x-sampa'"),
                         (ELEVENLABS_PLS.replace("UW2", "QQ2"), "'QQ2' is not an ARPAbet phoneme"),
                         ('<!DOCTYPE l [<!ENTITY e "x">]><lexicon/>', "DTD"), ("<speak/>", "must start with <lexicon>"),
                         ("<lexicon><lexeme><grapheme> </grapheme><alias>x</alias></lexeme></lexicon>",
                          "lexeme 1 needs a <grapheme>")):
        other = create_project(db, f"Pls {message}")
        with pytest.raises(IntonateError, match=message):
            import_lexicon_file(db, other, bad.encode(), "terms.pls")
        assert list_entries(db, other) == []  # a refused file adds nothing
