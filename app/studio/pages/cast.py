"""Cast page: choose a voice for each speaker and for narration, with a preview of each."""

import streamlit as st

from app.services.previews import voice_preview
from app.services.projects import get_settings, list_speakers, set_default_voice, set_speaker_voice
from app.studio.state import open_project_page
from engine.voices import list_voices

project_id, project_name, db = open_project_page("🎭 Cast")
voices = list_voices()
voice_ids = [v.id for v in voices]
labels = {v.id: f"{v.display_name} · {v.gender} · {v.engine.value}" for v in voices}


def voice_picker(label: str, current: str, key: str) -> str:
    return st.selectbox(label, voice_ids, index=voice_ids.index(current) if current in voice_ids else 0,
                        format_func=labels.get, key=key)


def preview(voice_id: str, key: str) -> None:
    if st.button("▶ Preview", key=key):
        with st.spinner("Rendering a preview…"):
            st.audio(str(voice_preview(db, voice_id)))


speakers = list_speakers(db, project_id)

st.subheader("Speakers")
if not speakers:
    st.caption("This script has no named speakers: every line uses the narration voice below.")
for speaker in speakers:
    name_col, voice_col, preview_col = st.columns([2, 4, 2])
    name_col.markdown(f"**{speaker.name}**  \n{speaker.line_count} lines")
    with voice_col:
        chosen = voice_picker("Voice", speaker.voice_id, f"voice-{speaker.id}")
    if chosen != speaker.voice_id:
        set_speaker_voice(db, speaker.id, chosen)
        st.rerun()
    with preview_col:
        preview(chosen, f"preview-{speaker.id}")

st.subheader("Narration")
default_voice = get_settings(db, project_id).default_voice
name_col, voice_col, preview_col = st.columns([2, 4, 2])
name_col.markdown("**Narrator**  \nlines without a speaker")
with voice_col:
    chosen = voice_picker("Voice", default_voice, "voice-narrator")
if chosen != default_voice:
    set_default_voice(db, project_id, chosen)
    st.rerun()
with preview_col:
    preview(chosen, "preview-narrator")
