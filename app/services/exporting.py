"""Export a project: the mixed voiceover, its subtitles and per-line stems."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pathvalidate import sanitize_filename

from app.services.projects import get_project_id, list_lines
from app.services.rendering import render_project
from app.db.session import transaction
from app.db.models import Project
from engine import audio as au
from engine.errors import IntonateError
from engine.mixing import Clip, mix, place_clips
from engine.text import strip_markup

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportReport:
    mix_path: Path
    subtitles_path: Path
    stem_paths: list[Path] = field(default_factory=list)
    duration_s: float = 0.0
    loudness_lufs: float = float("nan")
    true_peak_dbtp: float = float("nan")


def export_project(db: Path, name: str, out_dir: Path, fmt: str = "wav", loudness: str = "podcast",
                   stems: bool = False, progress: Progress | None = None) -> ExportReport:
    """Render what is missing, then write the mix, an SRT and (optionally) one file per line."""
    fmt = fmt.lower()
    if fmt not in au.EXPORT_FORMATS:
        raise IntonateError(f"unsupported format {fmt!r} (expected one of: {', '.join(au.EXPORT_FORMATS)})")
    if loudness not in au.LOUDNESS_PRESETS:
        raise IntonateError(f"unknown loudness preset {loudness!r} (expected one of: {', '.join(au.LOUDNESS_PRESETS)})")
    render_project(db, name, progress=progress)
    project_id = get_project_id(db, name)
    with transaction(db) as session:
        project = session.get(Project, project_id)
        gap_s, change_gap_s = project.gap_s, project.speaker_change_gap_s
    lines = [line for line in list_lines(db, project_id) if line.take is not None]
    if not lines:
        raise IntonateError(f"project {name!r} has no lines to export")

    rate = au.MIX_SAMPLE_RATE_HZ
    tracks = [au.read_audio(Path(line.take.audio_path), rate)[0] for line in lines]
    clips = [Clip(t.size / rate, line.speaker, line.cue_start_s) for t, line in zip(tracks, lines)]
    starts = place_clips(clips, gap_s, change_gap_s)
    raw_mix = mix(tracks, starts, rate)
    preset = au.LOUDNESS_PRESETS[loudness]
    final = au.normalize_loudness(raw_mix, rate, preset)
    gain = float(abs(final).max() / abs(raw_mix).max()) if abs(raw_mix).max() > 0 else 1.0

    out_dir.mkdir(parents=True, exist_ok=True)
    base = sanitize_filename(name, replacement_text="_") or "project"
    mix_path = au.write_audio(out_dir / f"{base}.{fmt}", final, rate, title=name)
    subtitles_path = out_dir / f"{base}.srt"
    subtitles_path.write_text(_srt(lines, starts, tracks, rate), encoding="utf-8")
    stem_paths = []
    if stems:
        for line, track in zip(lines, tracks):
            stem_name = sanitize_filename(line.label, replacement_text="_") or f"{line.number:03d}"
            if stem_name == base:
                stem_name = f"{stem_name}-line"
            stem = au.limit_peaks(track * gain, rate, preset.true_peak_dbtp) if preset.integrated_lufs else track
            stem_paths.append(au.write_audio(out_dir / f"{stem_name}.{fmt}", stem, rate, title=line.text[:60]))
    return ExportReport(mix_path, subtitles_path, stem_paths, final.size / rate,
                        au.measure_loudness(final, rate), au.true_peak_dbtp(final, rate))


def _srt(lines, starts: list[float], tracks, rate: int) -> str:
    """One cue per spoken line, spanning its speech (not its leading or trailing pauses)."""
    import srt

    cues = []
    for index, (line, start, track) in enumerate(zip(lines, starts, tracks), start=1):
        pause_before = float(line.take.settings.get("pause_before", 0.0))
        pause_after = float(line.take.settings.get("pause_after", 0.0))
        begin = start + pause_before
        end = max(start + track.size / rate - pause_after, begin + 0.1)
        words = strip_markup(line.text)
        text = f"{line.speaker}: {words}" if line.speaker else words
        cues.append(srt.Subtitle(index, dt.timedelta(seconds=begin), dt.timedelta(seconds=end), text))
    return srt.compose(cues)
