"""Settings page: the project's pronunciation lexicon (edit in place or import a CSV)."""

import pandas as pd
import streamlit as st
from pathvalidate import sanitize_filename

from app.services.lexicon import (
    MAX_LEXICON_BYTES,
    LexiconRow,
    as_lexicon,
    import_lexicon_file,
    list_entries,
    replace_entries,
    set_entry,
    words_as_csv,
    words_to_check,
)
from app.services.previews import pronunciation_preview
from app.services.projects import get_settings, list_speakers
from app.studio.state import flash, open_project_page
from app.studio.widgets import cell_text
from app.wording import counted, first_few
from engine.errors import IntonateError
from engine.voices import get_voice

project_id, project_name, db = open_project_page("⚙️ Settings")

st.subheader("Pronunciation lexicon")
st.caption("Whole words, any case. Say it with a respelling (*SEE-kwel*) or, ticking IPA, with phonemes "
           "(*ˈsiːkwəl*, as a dictionary writes it). Lines that use a changed word are marked for re-rendering.")
entries = list_entries(db, project_id)
table = pd.DataFrame({"Word": [e.word for e in entries], "Say it as": [e.pronunciation for e in entries],
                      "IPA": [e.is_ipa for e in entries]}).astype({"Word": str, "Say it as": str, "IPA": bool})
edited = st.data_editor(table, num_rows="dynamic", hide_index=True, width="stretch", placeholder="",
                        key=f"lexicon-{project_id}",
                        column_config={"IPA": st.column_config.CheckboxColumn(default=False)})
rows = [LexiconRow(cell_text(r["Word"]), cell_text(r["Say it as"]), bool(r["IPA"]))
        for _, r in edited.iterrows() if cell_text(r["Word"]).strip()]
if st.button("Save lexicon", type="primary"):
    try:
        replace_entries(db, project_id, rows)
        st.success(f"Saved {counted(len(rows), 'word')} in the lexicon")
    except IntonateError as exc:
        st.error(str(exc))



def say(sentence: str, voice_id: str, lexicon_rows: list[LexiconRow]) -> None:
    """Play the sentence in the voice with these lexicon rows (saved or not), or say what is wrong."""
    try:
        with st.spinner("Rendering…"):
            st.audio(str(pronunciation_preview(db, sentence, voice_id, as_lexicon(lexicon_rows))), autoplay=True)
    except IntonateError as exc:
        st.error(str(exc))


with st.container(border=True):
    st.markdown("**Hear it** · the table above as it is now, saved or not")
    sentence_col, voice_col = st.columns([3, 2])
    sentence = sentence_col.text_input("Say", value=f"Let's talk about {rows[0].word}." if rows else "",
                                       placeholder="A word or a sentence", key=f"lexicon-try-{project_id}")
    voices = dict.fromkeys([get_settings(db, project_id).default_voice, *(s.voice_id for s in list_speakers(db, project_id))])
    voice_id = voice_col.selectbox("Voice", list(voices), format_func=lambda v: get_voice(v).display_name,
                                   key=f"lexicon-voice-{project_id}")
    if st.button("▶ Hear it"):
        say(sentence, voice_id, rows)

with st.container(border=True):
    st.markdown("**Words to listen to** · the script's words in no pronouncing dictionary (names, brands, jargon): "
                "the voice guesses how to say them")
    shown_key = f"words-to-check-{project_id}"
    if st.button("Find them", disabled=st.session_state.get(shown_key, False)):
        st.session_state[shown_key] = True
    if st.session_state.get(shown_key):
        in_table = {row.word.lower() for row in rows}
        with st.spinner("Reading the script's words…"):  # a second per 1,000 lines with unlisted words, first time
            words = [word for word in words_to_check(db, project_id) if word.word.lower() not in in_table]
        if not words:
            st.success("Every word of the script is in the dictionary or the lexicon.")
        else:
            st.dataframe(pd.DataFrame({"Word": [w.word for w in words],
                                       "Lines": [first_few(w.lines, 8) for w in words],
                                       "Heard in": [w.sentence for w in words]}),
                         hide_index=True, width="stretch", height=min(38 + 35 * len(words), 320))
            st.download_button("⬇ The words as a lexicon CSV", words_as_csv(words),
                               sanitize_filename(f"{project_name} words.csv", replacement_text="_"), "text/csv",
                               help="Fill in how to say them in a spreadsheet and import the file below: words left "
                                    "blank are skipped")
            word_col, play_col = st.columns([3, 2], vertical_alignment="bottom")
            picked = word_col.selectbox("Hear a word where the script first says it, in the voice chosen above",
                                        words, format_func=lambda w: w.word, key=f"words-pick-{project_id}")
            say_col, try_col, add_col = st.columns([3, 1, 1], vertical_alignment="bottom")
            respelling = say_col.text_input(f"Say {picked.word} as", placeholder="a respelling: koo-ber-NET-eez",
                                            key=f"words-say-{project_id}-{picked.word.lower()}").strip()
            as_guessed = play_col.button("▶ Hear that word")
            as_respelled = try_col.button("▶ Hear it so", disabled=not respelling)
            if as_guessed or as_respelled:
                say(picked.sentence, voice_id,
                    [*rows, LexiconRow(picked.word, respelling, False)] if as_respelled else rows)
            unsaved = {(r.word.lower(), r.pronunciation, r.is_ipa) for r in rows} != {
                (e.word, e.pronunciation, e.is_ipa) for e in entries}
            if add_col.button("Add to lexicon", disabled=not respelling or unsaved,
                              help="Save the table above first" if unsaved else None):
                try:
                    set_entry(db, project_id, picked.word, respelling)
                    st.session_state.pop(f"lexicon-{project_id}", None)  # the table shows the lexicon saved
                    flash(f"{picked.word} is now said as {respelling}")
                    st.rerun()
                except IntonateError as exc:
                    st.error(str(exc))

with st.form("lexicon-csv"):
    upload = st.file_uploader("Import a CSV (columns: word, pronunciation, ipa) or a PLS lexicon (from ElevenLabs "
                              "or Azure)", type=["csv", "pls", "xml"], max_upload_size=MAX_LEXICON_BYTES // 2**20)
    if st.form_submit_button("Import") and upload is not None:
        try:
            count, warnings = import_lexicon_file(db, project_id, upload.getvalue(), upload.name)
            flash(f"Added {counted(count, 'word')} to the lexicon", warnings)
            st.rerun()
        except IntonateError as exc:
            st.error(str(exc))
