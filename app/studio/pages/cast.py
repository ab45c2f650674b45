"""Cast page: choose a voice for each speaker and for narration, with a preview of each."""

import streamlit as st

from app.services.audition import MAX_CANDIDATES, audition, candidate_voices
from app.services.previews import voice_preview
from app.services.projects import get_settings, list_speakers, set_default_voice, set_speaker_voice
from app.studio.state import open_project_page
from engine.errors import IntonateError
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


def audition_panel(speaker_id: int | None, current: str, key: str, picker_key: str, cast) -> None:
    """Compare 2–4 voices reading this speaker's first lines, and cast one."""

    def cast_and_show(voice_id: str) -> None:  # a callback: it runs before the page redraws its voice picker
        cast(voice_id)
        st.session_state[picker_key] = voice_id

    with st.expander("🎧 Audition voices on this speaker's first lines"):
        chosen = st.multiselect("Candidates", voice_ids, default=candidate_voices(current), format_func=labels.get,
                                max_selections=MAX_CANDIDATES, key=f"candidates-{key}")
        if st.button("Audition", key=f"audition-{key}", disabled=len(chosen) < 2, help="Choose 2 to 4 voices"):
            try:
                with st.spinner(f"Rendering the first lines with {len(chosen)} voices…"):
                    st.session_state[f"auditioned-{key}"] = {k: str(v) for k, v in
                                                             audition(db, project_id, speaker_id, chosen).items()}
            except IntonateError as exc:
                st.error(str(exc))
        heard = st.session_state.get(f"auditioned-{key}", {})
        if heard:
            for column, (voice_id, path) in zip(st.columns(len(heard)), heard.items()):
                column.markdown(f"**{labels[voice_id]}**{' · current' if voice_id == current else ''}")
                column.audio(path)
                column.button("Cast this voice", key=f"cast-{key}-{voice_id}", disabled=voice_id == current,
                              on_click=cast_and_show, args=(voice_id,))


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
    audition_panel(speaker.id, chosen, str(speaker.id), f"voice-{speaker.id}",
                   lambda voice, sid=speaker.id: set_speaker_voice(db, sid, voice))

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
audition_panel(None, chosen, "narrator", "voice-narrator", lambda voice: set_default_voice(db, project_id, voice))
