"""Export page: render everything with progress, then download the mix, subtitles and stems."""

import io
import zipfile
from pathlib import Path

import streamlit as st

from app.config import media_dir_for
from app.services.exporting import MusicBed, VideoTrack, export_project
from app.services.projects import get_settings, list_lines, set_gaps
from app.studio.state import open_project_page
from app.wording import counted
from engine.errors import IntonateError

project_id, project_name, db = open_project_page("📦 Export")
settings = get_settings(db, project_id)


def render_status() -> str:
    """How many lines the project has, and how many an export would render first."""
    lines = list_lines(db, project_id)
    waiting = sum(1 for line in lines if line.take is None or not line.take.up_to_date)
    return f"{counted(len(lines), 'line')} · {waiting} to render before export"


status = st.empty()
status.caption(render_status())

with st.form("export"):
    fmt_col, loud_col = st.columns(2)
    fmt = fmt_col.selectbox("Format", ["mp3", "wav", "flac", "m4a"])
    loudness = loud_col.selectbox("Loudness", ["podcast", "broadcast", "audiobook", "none"],
                                  help="podcast −16 LUFS · broadcast −23 LUFS (EBU R128) · audiobook ACX")
    gap_col, change_col = st.columns(2)
    gap = gap_col.number_input("Gap between lines (s)", 0.0, 10.0, settings.gap_s, 0.1)
    change_gap = change_col.number_input("Gap when the speaker changes (s; negative overlaps)", -1.0, 10.0,
                                         settings.speaker_change_gap_s, 0.1)
    stems_col, speakers_col = st.columns(2)
    stems = stems_col.checkbox("One file per line (named by line id)")
    speaker_stems = speakers_col.checkbox("One file per speaker")
    music_file = st.file_uploader("Music bed (optional): ducked under the voice", type=["wav", "mp3", "flac", "ogg"])
    bed_col, duck_col = st.columns(2)
    bed_db = bed_col.slider("Music level under the voice (dB)", -30.0, -6.0, -16.0, 1.0)
    duck_db = duck_col.slider("Extra ducking while speaking (dB)", 0.0, 24.0, 12.0, 1.0)
    video_file = st.file_uploader("Video (optional): get it back with the voiceover as its sound",
                                  type=["mp4", "mov", "webm", "mkv"])
    keep_original = st.checkbox("Keep the video's own sound under the voice")
    original_db = st.slider("Its level (dB)", -40.0, 0.0, -18.0, 1.0)
    submitted = st.form_submit_button("Render and export", type="primary")

if submitted:
    set_gaps(db, project_id, gap, change_gap)
    out_dir = media_dir_for(db) / "exports" / f"project-{project_id}"
    bar = st.progress(0.0, text="Rendering…")
    music = None
    if music_file is not None:
        music_path = out_dir / f"music{Path(music_file.name).suffix.lower()}"
        music_path.parent.mkdir(parents=True, exist_ok=True)
        music_path.write_bytes(music_file.getvalue())
        music = MusicBed(music_path, bed_db, duck_db)
    video = None
    if video_file is not None:
        video_path = out_dir / "source" / f"video{Path(video_file.name).suffix.lower()}"
        video_path.parent.mkdir(parents=True, exist_ok=True)
        video_path.write_bytes(video_file.getvalue())
        video = VideoTrack(video_path, original_db if keep_original else None)
    try:
        report = export_project(db, project_name, out_dir, fmt=fmt, loudness=loudness, stems=stems,
                                speaker_stems=speaker_stems, music=music, video=video,
                                progress=lambda done, total: bar.progress(done / total, text=f"Rendering {done}/{total}"))
    except IntonateError as exc:
        st.error(str(exc))
        st.stop()
    bar.progress(1.0, text="Done")
    status.caption(render_status())  # the export rendered them
    st.session_state["last_export"] = report

report = st.session_state.get("last_export")
if report is not None and report.mix_path.exists():
    st.success(f"{report.duration_s:.1f} s · {report.loudness_lufs:.1f} LUFS · true peak {report.true_peak_dbtp:.1f} dBTP · "
               f"RMS {report.rms_db:.1f} dB · noise floor {report.noise_floor_text}")
    for overflow in report.overflows:
        st.warning(overflow[:1].upper() + overflow[1:])  # "Line 3 runs 1.2 s past its cue…"
    st.audio(str(report.mix_path))
    if report.video_path:
        st.video(str(report.video_path))
        st.download_button(f"⬇ {report.video_path.name}", report.video_path.read_bytes(), file_name=report.video_path.name)
    mix_col, srt_col, vtt_col, stems_col = st.columns(4)
    mix_col.download_button(f"⬇ {report.mix_path.name}", report.mix_path.read_bytes(), file_name=report.mix_path.name)
    for column, path in ((srt_col, report.subtitles_path), (vtt_col, report.vtt_path)):
        column.download_button(f"⬇ {path.name}", path.read_bytes(), file_name=path.name, mime="text/plain")
    stem_files = report.stem_paths + report.speaker_stem_paths
    if stem_files:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for path in stem_files:
                archive.write(path, arcname=Path(path).name)
        stems_col.download_button("⬇ stems.zip", buffer.getvalue(), file_name=f"{report.mix_path.stem}-stems.zip")
