"""Cast page: choose a voice for each speaker and for narration, with a preview of each."""

import streamlit as st

from app.services.audition import MAX_CANDIDATES, audition, candidate_voices
from app.services.blends import list_blends, save_blend
from app.services.casting import voices_like_takes
from app.services.previews import voice_preview
from app.services.projects import (
    NARRATOR_NAMES,
    get_settings,
    list_speakers,
    narration_line_count,
    remove_idle_speakers,
    rename_speaker,
    set_default_voice,
    set_speaker_voice,
)
from app.studio.state import flash, open_project_page
from app.wording import counted
from engine.errors import IntonateError
from engine.voices import Engine, get_voice, list_voices

project_id, project_name, db = open_project_page("🎭 Cast")
voices = list_voices()
blends = list_blends(db)
voice_ids = [v.id for v in voices] + [b.voice_id for b in blends]
labels = {v.id: f"{v.display_name} · {v.gender} · {v.engine.value}" for v in voices}
labels |= {b.voice_id: f"{b.name} · blend of {b.description}" for b in blends}
names = {v.id: v.display_name for v in voices} | {b.voice_id: b.name for b in blends}


def voice_picker(label: str, current: str, key: str) -> str:
    options = voice_ids if current in voice_ids else [*voice_ids, current]  # a blend whose name was deleted
    return st.selectbox(label, options, index=options.index(current),
                        format_func=lambda v: labels.get(v) or get_voice(v).display_name, key=key)


def preview(voice_id: str, key: str) -> None:
    if st.button("▶ Preview", key=key):
        with st.spinner("Rendering a preview…"):
            st.audio(str(voice_preview(db, voice_id)))


def audition_panel(speaker_id: int | None, current: str, key: str, picker_key: str, cast) -> None:
    """Voices that sound like the speaker's reference takes, if any; compare 2–4 voices reading this speaker's
    first lines, and cast one."""

    def cast_and_show(voice_id: str) -> None:  # a callback: it runs before the page redraws its voice picker
        cast(voice_id)
        st.session_state[picker_key] = voice_id

    like_takes = [m for m in voices_like_takes(db, project_id, speaker_id) if m.voice_id in names]
    if like_takes:
        hint_col, cast_col = st.columns([6, 2])
        hint_col.caption("🎙️ Sounds most like your reference takes: " + " · ".join(
            f"**{names[m.voice_id]}** {m.similarity:.2f}" for m in like_takes))
        best = like_takes[0].voice_id
        cast_col.button(f"Cast {names[best]}", key=f"cast-like-takes-{key}", disabled=best == current,
                        on_click=cast_and_show, args=(best,), help="Speaker-embedding similarity (cosine, higher is closer): a real voice against ours usually scores 0.5–0.7")
    defaults = list(dict.fromkeys([current, *(m.voice_id for m in like_takes)]))[:MAX_CANDIDATES] if like_takes \
        else candidate_voices(current)
    with st.expander("🎧 Audition voices on this speaker's first lines", key=f"audition-panel-{key}"):
        chosen = st.multiselect("Candidates", voice_ids, default=defaults, format_func=labels.get,
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


everyone = list_speakers(db, project_id)
speakers = [speaker for speaker in everyone if speaker.line_count]
idle = [speaker.name for speaker in everyone if not speaker.line_count]

st.subheader("Speakers")
if not speakers:
    st.caption("This script has no named speakers: every line uses the narration voice below.")
def rename_popover(speaker) -> None:
    """Correct a speaker's name; another speaker's name (or Narrator) merges the two."""
    with st.popover("✏️ Rename", help="Correct the name; another speaker's name, or Narrator, gives them these lines"):
        with st.form(f"rename-{speaker.id}", border=False):
            typed = st.text_input("Name", value=speaker.name, key=f"rename-name-{speaker.id}")
            if st.form_submit_button("Rename") and typed.strip() != speaker.name:
                wanted = " ".join(typed.split()).casefold()
                merging = wanted in NARRATOR_NAMES or any(other.name.casefold() == wanted
                                                          for other in everyone if other.id != speaker.id)
                try:
                    now = rename_speaker(db, speaker.id, typed) or "Narrator"
                except IntonateError as exc:
                    st.error(str(exc))
                    return
                flash(f"{speaker.name}'s lines now go to {now}; *Undo* on the Script page takes it back." if merging
                      else f"Renamed {speaker.name} to {now}.")
                st.rerun()


for speaker in speakers:
    name_col, voice_col, preview_col = st.columns([2, 4, 2])
    name_col.markdown(f"**{speaker.name}**  \n{counted(speaker.line_count, 'line')}")
    with name_col:
        rename_popover(speaker)
    with voice_col:
        chosen = voice_picker("Voice", speaker.voice_id, f"voice-{speaker.id}")
    if chosen != speaker.voice_id:
        set_speaker_voice(db, speaker.id, chosen)
        st.rerun()
    with preview_col:
        preview(chosen, f"preview-{speaker.id}")
    audition_panel(speaker.id, chosen, str(speaker.id), f"voice-{speaker.id}",
                   lambda voice, sid=speaker.id: set_speaker_voice(db, sid, voice))

if idle:
    idle_col, remove_col = st.columns([6, 2])
    idle_col.caption(f"No lines now (given to others on the Script page): {', '.join(idle)}.")
    if remove_col.button("Remove from the cast", key="remove-idle"):
        flash(f"Removed {', '.join(remove_idle_speakers(db, project_id))} from the cast.")
        st.rerun()

st.subheader("Narration")
default_voice = get_settings(db, project_id).default_voice
name_col, voice_col, preview_col = st.columns([2, 4, 2])
narrated = narration_line_count(db, project_id)
name_col.markdown(f"**Narrator**  \n{counted(narrated, 'line')} without a speaker")
with voice_col:
    chosen = voice_picker("Voice", default_voice, "voice-narrator")
if chosen != default_voice:
    set_default_voice(db, project_id, chosen)
    st.rerun()
with preview_col:
    preview(chosen, "preview-narrator")
if narrated:  # nothing to audition on otherwise
    audition_panel(None, chosen, "narrator", "voice-narrator", lambda voice: set_default_voice(db, project_id, voice))

st.subheader("Voice blends")
st.caption("Mix two voices into a new one (their voice styles blend), save it under a name, and cast it above.")
kokoro = [v.id for v in voices if v.engine == Engine.KOKORO]
first_col, mix_col, second_col = st.columns([3, 2, 3])
first = first_col.selectbox("First voice", kokoro, format_func=labels.get, key="blend-first")
second = second_col.selectbox("Second voice", kokoro, index=1, format_func=labels.get, key="blend-second")
percent = mix_col.slider("Share of the first voice (%)", 10, 90, 50, 5, key="blend-percent")
name_col, listen_col, save_col = st.columns([3, 2, 1])
blend_name = name_col.text_input("Name", placeholder="e.g. Warm narrator", key="blend-name")
if first == second:
    st.caption("Choose two different voices.")
else:
    with listen_col:
        preview(f"blend-{first}-{second}-{percent}", "preview-blend")
    if save_col.button("Save blend"):
        try:
            saved = save_blend(db, blend_name, first, second, percent)
            flash(f"Saved {saved.name!r}: {saved.description}.")
            st.rerun()
        except IntonateError as exc:
            st.error(str(exc))
for blend in blends:
    st.markdown(f"**{blend.name}** · {blend.description}")
