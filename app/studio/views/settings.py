"""Settings page: the project's pronunciation lexicon (edit in place or import a CSV)."""

import pandas as pd
import streamlit as st

from app.services.lexicon import (
    MAX_LEXICON_BYTES,
    LexiconRow,
    as_lexicon,
    import_lexicon_file,
    list_entries,
    replace_entries,
)
from app.services.previews import pronunciation_preview
from app.services.projects import get_settings, list_speakers
from app.studio.state import flash, open_project_page
from app.studio.widgets import cell_text
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
        st.success(f"Saved {len(rows)} entries")
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
        try:
            with st.spinner("Rendering…"):
                st.audio(str(pronunciation_preview(db, sentence, voice_id, as_lexicon(rows))), autoplay=True)
        except IntonateError as exc:
            st.error(str(exc))

with st.form("lexicon-csv"):
    upload = st.file_uploader("Import a CSV (columns: word, pronunciation, ipa) or a PLS lexicon (from ElevenLabs "
                              "or Azure)", type=["csv", "pls", "xml"], max_upload_size=MAX_LEXICON_BYTES // 2**20)
    if st.form_submit_button("Import") and upload is not None:
        try:
            count, warnings = import_lexicon_file(db, project_id, upload.getvalue(), upload.name)
            flash(f"Imported {count} entries", warnings)
            st.rerun()
        except IntonateError as exc:
            st.error(str(exc))
