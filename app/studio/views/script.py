"""Script page: every line with its detected emotion; override emotion and intensity; listen."""


import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitAPIException

from app.importers import as_typed
from app.services.analysis import analyze_project, explain_line
from app.services.background import current_render, forget_render, start_render
from app.services.exporting import scene_preview
from app.services.lexicon import readings, words_to_check
from app.services.projects import (
    direct_lines,
    get_settings,
    give_lines_to,
    last_change,
    list_lines,
    set_cue,
    set_direction,
    set_gaps,
    set_line_note,
    undo_last_change,
    update_line_text,
)
from app.services.references import (
    add_reference_take,
    add_scene_take,
    get_reference,
    match_reference_take,
    remove_reference_take,
)
from app.services.rendering import render_project
from app.services.takes import choose_take, delete_take, list_takes
from app.studio.state import flash, open_project_page
from app.studio.widgets import (
    EMOTION_CHOICES,
    EMOTION_COLOURS,
    cell_text,
    emotion_label,
    emotional_arc_chart,
    take_chart,
    word_heat,
)
from app.wording import counted, first_few
from engine.audio import MIX_SAMPLE_RATE_HZ
from engine.emotions import Emotion
from engine.errors import IntonateError
from engine.synthesis import SynthesisSettings

AUTO = "auto"
KEEP = "keep as is"
LINES_PER_PAGE = 10
PREVIEW_LINES = 3
TABLE_PAGE = 50  # rows of the script table at a time: a 300-line script stays quick to edit

project_id, project_name, db = open_project_page("📝 Script")
lines = list_lines(db, project_id)
if not lines:
    st.info("This project has no lines yet. Import a script on the **Projects** page.")
    st.stop()

toolbar = st.container(horizontal=True, vertical_alignment="center")  # buttons as wide as their labels
if toolbar.button("🔍 Analyze emotions", help="Recognize every line again; your overrides are kept"):
    with st.spinner("Reading every line…"):
        analyze_project(db, project_name)
    st.rerun()
stale = [line for line in lines if line.take is None or not line.take.up_to_date]
job = current_render(db, project_name)
rendering = job is not None and job.running
if toolbar.button(f"🎙️ Render {len(stale)} changed", disabled=not stale or rendering,
                     help="Renders in the background: keep working meanwhile"):
    start_render(db, project_name)
    st.rerun()
if toolbar.button(f"▶ Preview first {min(PREVIEW_LINES, len(stale)) or ''}", disabled=not stale or rendering,
                      help="Render only the first changed lines, to check them before a long render"):
    with st.spinner("Rendering the first lines…"):
        render_project(db, project_name, line_ids=[line.id for line in stale[:PREVIEW_LINES]])
    st.session_state["filter-stale"] = False
    st.rerun()


def drop_table_edits() -> None:
    """Redraw the script table from the database, forgetting the edits it still holds (after an undo, a name the
    cast spells otherwise, or a typed direction taken out of a line's words)."""
    st.session_state["table-version"] = st.session_state.get("table-version", 0) + 1


@st.fragment(run_every=1.0)
def render_progress() -> None:
    """The background render's progress, ETA and cancel button, refreshed every second."""
    job = current_render(db, project_name)
    if job is None:
        return
    if job.running:
        total = job.total
        eta = f" · about {job.eta_s:.0f} s left" if job.eta_s is not None else ""
        bar_col, cancel_col = st.columns([5, 1])
        bar_col.progress(job.done / total if total else 0.0,
                         text=f"Rendering in the background: {job.done}/{total or '…'} lines{eta}")
        if cancel_col.button("Cancel render", disabled=job.cancelled):
            job.cancel()
        return
    forget_render(db, project_name)
    if job.error:
        st.session_state["render-error"] = f"The render stopped: {job.error} (the lines rendered before it are kept)"
    else:
        done = job.summary.rendered if job.summary else 0
        flash(f"Rendered {counted(done, 'line')}" + (" (cancelled)" if job.cancelled else "") + ".")
    st.rerun(scope="app")


if "render-error" in st.session_state:
    st.error(st.session_state.pop("render-error"))


if job is not None:  # polled only while a render runs (the job above): a fragment rerunning every second all the
    render_progress()  # time loses uploads on a busy machine (streamlit#9079), as a take did
undoable = last_change(db, project_id)
if toolbar.button("↶ Undo", disabled=undoable is None, help=f"Undo the {undoable}" if undoable else "Nothing to undo"):
    flash(f"Undid the {undo_last_change(db, project_id)}.")
    drop_table_edits()
    st.rerun()
toolbar.caption(f"{counted(len(lines), 'line')} · {len(lines) - len(stale)} rendered and up to date")


def pick_line(lines, key: str):
    """A line chooser keyed by line id, so the line it returns is always this run's fresh copy."""
    by_id = {line.id: line for line in lines}
    if st.session_state.get(key) not in by_id:
        st.session_state.pop(key, None)
    chosen = st.selectbox("Line", list(by_id), key=key,
                          format_func=lambda i: f"{by_id[i].heading}: {as_typed(by_id[i].text)[:70]}")
    return by_id[chosen]


def filter_bar(lines: list) -> tuple[list, list]:
    """Filters (speaker, emotion, uncertain, changed since render) and a page of the table; returns the lines that
    match and the page's lines."""
    speaker_col, emotion_col, flags_col, page_col = st.columns([2, 2, 2, 1])
    speakers = sorted({line.speaker or "Narrator" for line in lines})
    wanted_speakers = speaker_col.multiselect("Speakers", speakers, placeholder="All speakers", key="filter-speakers")
    wanted_emotions = emotion_col.multiselect("Emotions", EMOTION_CHOICES, placeholder="All emotions", key="filter-emotions")
    uncertain_only = flags_col.checkbox("Uncertain only", key="filter-uncertain")
    stale_only = flags_col.checkbox("Changed since render", key="filter-stale")
    matching = [
        line for line in lines
        if (not wanted_speakers or (line.speaker or "Narrator") in wanted_speakers)
        and (not wanted_emotions or line.effective_emotion.value in wanted_emotions)
        and (not uncertain_only or line.uncertain)
        and (not stale_only or line.take is None or not line.take.up_to_date)
    ]
    pages = max((len(matching) - 1) // TABLE_PAGE + 1, 1)
    if st.session_state.get("table-page", 1) > pages:  # the filters left fewer pages
        st.session_state["table-page"] = 1
    page = int(page_col.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, key="table-page"))
    if len(matching) != len(lines):
        st.caption(f"{len(matching)} of {len(lines)} lines match the filters.")
    return matching, matching[(page - 1) * TABLE_PAGE : page * TABLE_PAGE]


def _cue(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _status(line) -> str:
    if line.take is None:
        return "not rendered"
    return "✓ rendered" if line.take.up_to_date else "changed since render"


with st.expander("📈 Emotional arc", key="arc-panel"):
    arc = pd.DataFrame({
        "line": [line.number for line in lines],
        "speaker": [line.speaker or "Narrator" for line in lines],
        "emotion": [line.effective_emotion.value for line in lines],
        "intensity": [line.effective_intensity for line in lines],
        # an emotion the user set is certain: its point is not faded by the recognizer's doubt about another one
        "confidence": [1.0 if line.direction.emotion else line.estimate.confidence if line.estimate else 0.0
                       for line in lines],
        "set by": ["you" if line.direction.emotion else "recognizer" for line in lines],
        "text": [as_typed(line.text) for line in lines],
    })
    event = st.altair_chart(emotional_arc_chart(arc), width="stretch", on_select="rerun", key="arc")
    picked = (event.selection.get("pick") or []) if event else []
    if picked and picked[0].get("line"):
        number = int(picked[0]["line"])
        for key in ("why-line", "takes-line", "tune-line", "ref-line"):  # open this line in the tools below
            st.session_state[key] = lines[number - 1].id
        st.caption(f"Line {number} is selected in *Why*, *Reference take*, *Takes* and *Fine-tune* below.")

matching, shown = filter_bar(lines)
columns = {"#": [line.number for line in shown]}
if any(line.author_id for line in lines):  # the script named its lines (e-learning ids): line stems carry the name
    columns["Id"] = [line.author_id or "" for line in shown]
table = pd.DataFrame(
    columns | {
        "Speaker": [line.speaker or "Narrator" for line in shown],
        "Text": [as_typed(line.text) for line in shown],
        "Detected": [emotion_label(line.estimate.emotion, line.estimate.confidence) if line.estimate else "—" for line in shown],
        "Emotion": [line.direction.emotion.value if line.direction.emotion else AUTO for line in shown],
        "Intensity": [round(line.effective_intensity, 2) for line in shown],
        "Start": [line.cue_start_s for line in shown],
        "End": [line.cue_end_s for line in shown],
        "Direction": [line.direction_note or "" for line in shown],
        "Take": [_status(line) for line in shown],
    }
)
edited = st.data_editor(
    table,
    key=f"script-table-{project_id}-{st.session_state.get('table-version', 0)}-"
        f"{'-'.join(str(line.id) for line in shown[:1])}-{len(shown)}",
    hide_index=True,
    width="stretch",
    placeholder="—",  # a cell with no value (no cue time), as the Detected column shows it
    disabled=["#", "Id", "Detected", "Take"],
    column_config={
        "#": st.column_config.NumberColumn(width="small"),
        "Speaker": st.column_config.TextColumn(help="Who says the line: a speaker's name (a new name joins the cast "
                                               "with a voice of its own), or Narrator"),
        "Text": st.column_config.TextColumn(width="large", help="Edit in place. `*word*` stresses a word, "
                                            "`(pause 2s)` adds a pause, "
                                            "`(whispering)` directs the line, `[[IPA]]` is said as written"),
        "Direction": st.column_config.TextColumn(help="The line's direction note, never spoken: a delivery or an "
                                                 "emotion it names (`whispering`, `angrily`) directs the line"),
        "Emotion": st.column_config.SelectboxColumn(options=[AUTO, *EMOTION_CHOICES], required=True,
                                                    help="Override the detected emotion; 'auto' follows the recognizer"),
        "Intensity": st.column_config.NumberColumn(min_value=0.0, max_value=1.5, step=0.05, format="%.2f",
                                                   help="0 = neutral delivery, 1 = clearly acted, 1.5 = exaggerated"),
        # the step sets the precision shown, not only the arrows': at 0.1 a cue at 4.799 s showed as "4.70 s"
        "Start": st.column_config.NumberColumn(min_value=0.0, step=0.01, format="%.2f s",
                                               help="Cue start: the line begins here in the mix (empty: after the previous line)"),
        "End": st.column_config.NumberColumn(min_value=0.0, step=0.01, format="%.2f s",
                                             help="Cue end: a longer line is sped up (at most 1.25x) to fit"),
    },
)

changed = False
for line, (_, before), (_, after) in zip(shown, table.iterrows(), edited.iterrows()):
    try:
        if after["Text"] != before["Text"]:
            if as_typed(update_line_text(db, line.id, str(after["Text"]))) != " ".join(str(after["Text"]).split()):
                drop_table_edits()  # "(whispering)" became the line's direction: show the words as saved
            changed = True
        if (note := cell_text(after["Direction"])) != before["Direction"]:
            set_line_note(db, line.id, note)
            changed = True
        if (typed := cell_text(after["Speaker"])) != before["Speaker"]:
            now = give_lines_to(db, [line.id], typed) or "Narrator"
            if now != typed:  # "anna" is ANNA: show the name as the cast has it
                drop_table_edits()
            changed = changed or now != before["Speaker"] or now != typed
        if after["Emotion"] != before["Emotion"]:
            set_direction(db, line.id, emotion=None if after["Emotion"] == AUTO else after["Emotion"])
            changed = True
        if abs(float(after["Intensity"]) - float(before["Intensity"])) > 1e-9:
            set_direction(db, line.id, intensity=float(after["Intensity"]))
            changed = True
        cue_before, cue_after = (_cue(before["Start"]), _cue(before["End"])), (_cue(after["Start"]), _cue(after["End"]))
        if cue_after != cue_before:
            set_cue(db, line.id, *cue_after)
            changed = True
    except IntonateError as exc:
        st.error(f"Line {line.number}: {exc}")
if changed:
    st.rerun()


def _markdown_safe(text: str) -> str:
    return text.replace("$", "\\$").replace("_", "\\_")


read_otherwise = [(line, reading) for line, reading in zip(shown, readings(db, project_id, [line.text for line in shown]))
                  if reading]
read_summary = (f"{counted(len(read_otherwise), 'line')} in the table said otherwise than written" if read_otherwise
                else "every line in the table as written")
with st.expander(f"🗣️ What the voice reads: {read_summary}", key="readings-panel"):
    st.caption("Numbers, symbols, abbreviations and the lexicon as the voice will say them. A word it gets wrong: add "
               "it to the lexicon on the **Settings** page, or reword the line.")
    st.markdown("\n".join(f"- **{line.number}.** {_markdown_safe(as_typed(line.text))}  \n  → {_markdown_safe(reading)}"
                           for line, reading in read_otherwise) or "Every line on this page is read as written.")
    guessed = words_to_check(db, project_id, [(line.number, line.text) for line in shown])
    if guessed:
        listed = ", ".join(f"**{_markdown_safe(word.word)}** (line{'s' if len(word.lines) > 1 else ''} "
                           f"{first_few(word.lines, 5)})" for word in guessed[:20])
        more = f" and {len(guessed) - 20} more" if len(guessed) > 20 else ""
        st.markdown(f"Words the voice has to guess: {listed}{more}. Listen to them, and say how, on the **Settings** "
                    "page.")

everything = len(matching) == len(lines)
filtered = "the line that matches" if len(matching) == 1 else f"the {len(matching)} lines that match"
with st.expander(f"🎚️ Direct {'every line' if everything else f'{filtered} the filters'} "
                 "at once", key="bulk-panel"):
    st.caption("One action: *Undo* takes it back on every line. Narrow the lines down with the filters above.")
    with st.form("bulk-direction"):
        emotion_col, mode_col, intensity_col = st.columns([2, 2, 3])
        emotion = emotion_col.selectbox("Emotion for all", [KEEP, AUTO, *EMOTION_CHOICES], key="bulk-emotion",
                                        help="'auto' hands the lines back to the recognizer")
        mode = mode_col.selectbox("Intensity for all", [KEEP, AUTO, "set to"], key="bulk-intensity-mode")
        intensity = intensity_col.slider("Intensity to set", 0.0, 1.5, 0.5, 0.05, key="bulk-intensity",
                                         help="Used when *Intensity for all* is 'set to'")
        if st.form_submit_button(f"Apply to {counted(len(matching), 'line')}"):
            values = {}
            if emotion != KEEP:
                values["emotion"] = None if emotion == AUTO else emotion
            if mode != KEEP:
                values["intensity"] = None if mode == AUTO else intensity
            if not values:
                st.warning("Choose an emotion or an intensity to apply first.")
            else:
                count = direct_lines(db, [line.id for line in matching], **values)
                flash(f"Directed {counted(count, 'line')}; *Undo* takes it back.")
                st.rerun()

with st.expander("🔎 Why this emotion?", key="why-panel"):
    asked = pick_line(lines, "why-line")
    reason = explain_line(db, project_id, asked.id)
    st.markdown(f"Read as **{emotion_label(reason.emotion)}**. Words that pushed towards it are shaded; "
                "the darker, the more the reading depends on them.")
    st.markdown(word_heat(reason.words, EMOTION_COLOURS[reason.emotion]), unsafe_allow_html=True)
    if reason.context_effect:
        st.caption(f"The earlier turns {'raised' if reason.context_effect > 0 else 'lowered'} it by "
                   f"{abs(reason.context_effect):.0%}.")

TAKE_TYPES = ["wav", "mp3", "m4a", "ogg", "flac", "webm", "mp4", "mov", "mkv"]


def _show_votes(estimate) -> None:
    """Each input's reading, the weight it got, and the fused result."""
    votes = estimate.votes
    text_col, audio_col, fused_col = st.columns(3)
    for cell, name, key in ((text_col, "Text + context", "text"), (audio_col, "Your take", "audio")):
        reading = votes.get(key)
        if reading:
            cell.metric(name, emotion_label(Emotion(reading["emotion"])),
                        f"{reading['confidence']:.0%} sure · weight {votes[key + '_weight']:.2f}", delta_color="off", delta_arrow="off")
        else:
            cell.metric(name, "—")
    fused_col.metric("Fused", emotion_label(estimate.emotion), f"{estimate.confidence:.0%} sure", delta_color="off", delta_arrow="off")


def new_recording(record_label: str, upload_label: str, key: str):
    """A recorder and an uploader side by side; returns a recording or upload not handled yet (each is handled
    once, not again on every rerun while it stays in its widget), else None."""
    record_col, upload_col = st.columns(2)
    recorded = record_col.audio_input(record_label, key=f"record-{key}")
    uploaded = upload_col.file_uploader(upload_label, type=TAKE_TYPES, key=f"upload-{key}")
    incoming = recorded or uploaded
    if incoming is None or st.session_state.get(f"handled-{key}") == incoming.file_id:
        return None
    st.session_state[f"handled-{key}"] = incoming.file_id
    return incoming


with st.expander("🎤 Reference take: say how the line should sound", key="reference-panel"):
    ref_line = pick_line(lines, "ref-line")
    incoming = new_recording("Record", "…or upload audio or video", str(ref_line.id))
    if incoming is not None:
        try:
            with st.spinner("Listening: trimming, transcribing, reading the emotion…"):
                reference = add_reference_take(db, ref_line.id, incoming.getvalue(), incoming.name or "recording.wav")
                analyze_project(db, project_name)
            flash(f"Take for line {ref_line.number} saved ({reference.duration_s:.1f} s of speech).")
            st.rerun()
        except IntonateError as exc:
            st.error(str(exc))
    reference = get_reference(db, ref_line.id)
    if reference is None:
        st.caption("No take for this line yet. Record one or upload a file; its emotion joins the text's, "
                   "and *Match this take* makes the voice follow your reading.")
    else:
        play_col, info_col = st.columns([2, 3])
        if reference.audio_path.is_file():
            play_col.audio(str(reference.audio_path))
        else:  # deleted, or the database was copied without its media folder
            play_col.warning("The recording's file is missing: record or upload it again.")
        heard = reference.transcript or "(no words heard)"
        info_col.markdown(f"**Heard:** “{heard}”  \n{reference.source_name} · {reference.duration_s:.1f} s · "
                          f"reliability {reference.reliability['weight']:.0%}")
        for problem in reference.problems:
            st.warning(problem.capitalize())
        if ref_line.estimate and ref_line.estimate.votes:
            _show_votes(ref_line.estimate)
        match_col, remove_col, _ = st.columns([1, 1, 3])
        if match_col.button("🎯 Match this take", help="Set rate, pitch, range and pauses so the voice follows your reading"):
            with st.spinner("Measuring your reading against the voice…"):
                values = match_reference_take(db, ref_line.id)
            flash(f"Line {ref_line.number} now follows the take: rate ×{values['rate']:g}, pitch {values['pitch']:+g} st, "
                  f"range ×{values['pitch_range']:g}. Render it to hear.")
            st.rerun()
        if remove_col.button("Remove take"):
            remove_reference_take(db, ref_line.id)
            analyze_project(db, project_name)
            flash(f"Take for line {ref_line.number} removed.")
            st.rerun()

with st.expander("🎬 Scene take: read the whole scene in one recording", key="scene-panel"):
    st.caption("Read the lines in order (all of them, or only some); each line heard becomes that line's reference "
               "take. Lines not heard keep the take they had.")
    scene = new_recording("Record the scene", "…or upload it", "scene")
    if scene is not None:
        try:
            with st.spinner("Listening to the scene and finding each line…"):
                found = add_scene_take(db, project_id, scene.getvalue(), scene.name or "scene.wav")
                analyze_project(db, project_name)
            flash(f"Takes saved for lines {', '.join(map(str, found.heard))}"
                  + (f"; not heard: {', '.join(map(str, found.missed))}." if found.missed else "."))
            st.rerun()
        except IntonateError as exc:
            st.error(str(exc))

def rerun_panel() -> None:
    """Run the panel again, not the page (a fragment's own rerun; the page where the panel ran with it)."""
    try:
        st.rerun(scope="fragment")
    except StreamlitAPIException:  # the panel ran with the page (Streamlit allows a panel's rerun only on its own)
        st.rerun()


@st.fragment
def fine_tune_panel() -> None:
    """Direct one line and hear it: *Apply and play* re-runs only this panel and plays the new take at once
    (the table and players above show it on the page's next run: running the whole page first would delay the
    take by ~0.15 s, at worst past 1 s)."""
    with st.expander("🎚️ Fine-tune a line: emotion, rate, pitch, range, volume, pauses", key="tune-panel"):
        found = list_lines(db, project_id, only=[pick_line(lines, "tune-line").id])  # fresh on the panel's own reruns
        if not found:  # deleted meanwhile (in another tab, or by the CLI): read the script again
            st.rerun()
        chosen = found[0]
        (reading,) = readings(db, project_id, [chosen.text])
        if reading:  # numbers, symbols or the lexicon change what is said
            st.caption("🗣️ The voice reads: " + _markdown_safe(reading))
        d = chosen.direction
        with st.form(f"tune-{chosen.id}"):
            emotion_now = d.emotion.value if d.emotion else AUTO
            intensity_now = round(chosen.effective_intensity, 2)  # what the line is rendered at, set or automatic
            emotion_col, intensity_col = st.columns([1, 2])
            emotion_choice = emotion_col.selectbox("Emotion", [AUTO, *EMOTION_CHOICES], index=[AUTO, *EMOTION_CHOICES].index(emotion_now),
                                                   help="'auto' follows the recognizer")
            intensity = intensity_col.slider("Intensity", 0.0, 1.5, float(intensity_now), 0.05,
                                             help="0 = neutral delivery, 1 = clearly acted, 1.5 = exaggerated")
            rate_col, pitch_col, range_col = st.columns(3)
            rate = rate_col.slider("Rate ×", 0.5, 2.0, d.rate or 1.0, 0.05)
            pitch = pitch_col.slider("Pitch (semitones)", -12.0, 12.0, d.pitch or 0.0, 0.5)
            pitch_range = range_col.slider("Pitch range ×", 0.0, 3.0, d.pitch_range if d.pitch_range is not None else 1.0, 0.1)
            volume_col, before_col, after_col = st.columns(3)
            volume = volume_col.slider("Volume (dB)", -30.0, 12.0, d.volume or 0.0, 0.5)
            # up to 5 s, or further where the script timed a longer one ("(pause 20 seconds)")
            before_s, after_s = d.pause_before or 0.0, d.pause_after or 0.0
            before = before_col.slider("Pause before (s)", 0.0, max(5.0, before_s), before_s, 0.05)
            after = after_col.slider("Pause after (s)", 0.0, max(5.0, after_s), after_s, 0.05)
            apply_col, play_col = st.columns([1, 4])
            apply = apply_col.form_submit_button("Apply")
            play = play_col.form_submit_button("▶ Apply and play", type="primary",
                                               help="Apply, render this line and play it (emotion, intensity, pitch, "
                                                    "range, volume, pauses and small rate changes reuse the engine's audio)")
            if apply or play:
                values = {"rate": rate, "pitch": pitch, "pitch_range": pitch_range, "volume": volume,
                          "pause_before": before, "pause_after": after}
                if emotion_choice != emotion_now:
                    values["emotion"] = None if emotion_choice == AUTO else emotion_choice
                if abs(intensity - intensity_now) > 1e-9:
                    values["intensity"] = intensity
                try:
                    set_direction(db, chosen.id, **values)
                    if not play:
                        flash(f"Line {chosen.number} directed; render it to hear.")
                        st.rerun()
                    with st.spinner(f"Rendering line {chosen.number}…"):
                        render_project(db, project_name, line_ids=[chosen.id])
                    (chosen,) = list_lines(db, project_id, only=[chosen.id])
                    # Played when shown; the take stays marked, so later runs keep its player (and its playback).
                    st.session_state["autoplay-take"] = chosen.take.id
                    if abs(SynthesisSettings.from_json(chosen.take.settings).intensity - intensity) > 1e-6:
                        rerun_panel()  # its form shows the intensity the take was made with: an emotion directed
                        # over the detected one raises an automatic 0.45 to the default 0.50
                except IntonateError as exc:
                    st.error(f"Line {chosen.number}: {exc}")
        if chosen.take is not None:
            autoplay = st.session_state.get("autoplay-take") == chosen.take.id
            heard = SynthesisSettings.from_json(chosen.take.settings)
            st.caption(f"Take #{chosen.take.id}: {heard.emotion.value} at {heard.intensity:.2f}, rate ×{heard.rate:g}, "
                       f"pitch {heard.pitch:+g} st, volume {heard.volume:+g} dB"
                       + ("" if chosen.take.up_to_date else " (from before the last change: *Apply and play* renders "
                                                            "the line again)"))
            st.audio(chosen.take.audio_path, autoplay=autoplay)


fine_tune_panel()

with st.expander("🎞️ Takes: compare renders of a line and choose one", key="takes-panel"):
    picked = pick_line(lines, "takes-line")
    takes = list_takes(db, picked.id)
    if not takes:
        st.caption("No takes yet: render the line.")
    else:
        shown_take = next((t for t in takes if t.chosen), takes[0])
        st.altair_chart(take_chart(str(shown_take.audio_path)), width="stretch")
        st.caption("Waveform and pitch contour (red) of the take in use.")
    for number, take in enumerate(takes, start=1):
        info_col, audio_col, use_col, delete_col = st.columns([3, 3, 1, 1])
        s = take.settings
        info_col.markdown(
            f"**Take {len(takes) - number + 1}**{' · ✅ in use' if take.chosen else ''}  \n"
            f"{emotion_label(s.emotion)} × {s.intensity:.2f} · rate {s.rate:g} · pitch {s.pitch:+g} st · {take.voice_id}"
        )
        audio_col.audio(take.audio_path)
        if use_col.button("Use", key=f"use-take-{take.id}", disabled=take.chosen):
            choose_take(db, take.id)
            st.rerun()
        if delete_col.button("Delete", key=f"delete-take-{take.id}"):
            delete_take(db, take.id)
            st.rerun()

st.subheader("Listen")
scene_col, gaps_col, scene_player = st.columns([2, 2, 7])
with gaps_col.popover("⏱ Gaps", help="The silences the scene and the export put between lines"):
    settings = get_settings(db, project_id)
    gap = st.number_input("Between lines of one speaker (s)", 0.0, 10.0, settings.gap_s, 0.1,
                          key=f"scene-gap-{project_id}")
    change_gap = st.number_input("When the speaker changes (s; negative overlaps)", -1.0, 10.0,
                                 settings.speaker_change_gap_s, 0.1, key=f"scene-change-gap-{project_id}")
    if (gap, change_gap) != (settings.gap_s, settings.speaker_change_gap_s):
        set_gaps(db, project_id, gap, change_gap)
        st.caption("Saved: play the scene again to hear it.")
if scene_col.button("▶ Play as a scene", disabled=not any(line.take for line in shown),
                    help="The rendered lines of the table above one after another, with the project's gaps and cue "
                         "times, as the export mixes them: hear the dialogue's timing before exporting"):
    audio, unrendered = scene_preview(db, project_id, [line.id for line in shown])
    scene_player.audio(audio, sample_rate=MIX_SAMPLE_RATE_HZ, autoplay=True)
    outdated = [line for line in shown if line.take is not None and not line.take.up_to_date]
    for lines_named, why in ((unrendered, "Not rendered yet, so left out"),
                             (outdated, "Heard as rendered before their last change (*Render changed* updates them)")):
        if lines_named:
            scene_player.caption(f"{why}: line{'s' if len(lines_named) > 1 else ''} "
                                 f"{first_few(line.number for line in lines_named)}.")
pages = max((len(shown) - 1) // LINES_PER_PAGE + 1, 1)
page = 1
if pages > 1:
    st.caption("The lines of the table above, ten at a time.")
    page = st.number_input("Listening page", min_value=1, max_value=pages, value=1, step=1)
for line in shown[(page - 1) * LINES_PER_PAGE : page * LINES_PER_PAGE]:
    text_col, audio_col, action_col = st.columns([4, 3, 1])
    emotion = line.effective_emotion
    text_col.markdown(f"**{line.heading}** · {emotion_label(emotion)}  \n{_markdown_safe(as_typed(line.text))}")
    if line.take is not None:
        audio_col.audio(line.take.audio_path)
        if not line.take.up_to_date:
            audio_col.caption("changed since this take was rendered")
    else:
        audio_col.caption("not rendered yet")
    if action_col.button("Render", key=f"render-{line.id}", help="Render this line only"):
        with st.spinner(f"Rendering line {line.number}…"):
            render_project(db, project_name, line_ids=[line.id])
        st.rerun()
