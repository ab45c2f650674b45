"""Export a project: the mixed voiceover, its subtitles (SRT and VTT), per-line and per-speaker stems."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
from pathvalidate import sanitize_filename

from app.services.projects import get_project_id, get_settings, list_lines
from app.services.rendering import render_project
from app.services.views import LineView, ProjectSettings
from engine import audio as au
from engine.errors import IntonateError
from engine.mixing import Clip, add_music_bed, mix, place_clips
from engine.text import strip_markup
from engine.video import mux_voiceover

Progress = Callable[[int, int], None]
MAX_FIT_SPEEDUP = 1.25  # a line longer than its cue is sped up at most this much
LATE_CUE_S = 0.05  # a cued line pushed later than this by the line before it is reported
DEFAULT_BED_DB = -16.0  # music this far under the speech level
DEFAULT_DUCK_DB = 12.0  # and this much further down while anyone speaks
NARRATOR = "Narrator"


def distinct_file_names(names: list[str], taken: set[str] = frozenset()) -> list[str]:
    """The names with a repeat (ignoring case, as macOS and Windows do) or a name in `taken` given a -2, -3… suffix,
    so no export overwrites another file of the same export: two lines with the script id "a" give a and a-2."""
    used = {name.casefold() for name in taken}
    distinct = []
    for name in names:
        candidate, count = name, 1
        while candidate.casefold() in used:
            count += 1
            candidate = f"{name}-{count}"
        used.add(candidate.casefold())
        distinct.append(candidate)
    return distinct


@dataclass(frozen=True)
class ExportReport:
    mix_path: Path
    subtitles_path: Path
    vtt_path: Path
    stem_paths: list[Path] = field(default_factory=list)
    speaker_stem_paths: list[Path] = field(default_factory=list)
    duration_s: float = 0.0
    loudness_lufs: float = float("nan")
    true_peak_dbtp: float = float("nan")
    rms_db: float = float("nan")
    noise_floor_db: float = float("nan")
    overflows: list[str] = field(default_factory=list)  # lines that run past their cue, or start after it
    video_path: Path | None = None

    @property
    def noise_floor_text(self) -> str:
        """The noise floor as a person reads it: pauses of pure digital silence have no level in dB."""
        return "digital silence" if self.noise_floor_db == float("-inf") else f"{self.noise_floor_db:.0f} dB"


@dataclass(frozen=True)
class Placed:
    line: LineView
    track: np.ndarray
    start_s: float
    lead_s: float  # silence before the words: the line's pause before, and the trimmed take's lead-in
    tail_s: float


def fit_to_cue(track: np.ndarray, rate: int, line: LineView) -> tuple[np.ndarray, str | None]:
    """Speed a line up (at most 1.25×) when it is longer than its cue; say so if it still does not fit."""
    if line.cue_start_s is None or line.cue_end_s is None or line.cue_end_s <= line.cue_start_s:
        return track, None
    cue_s, length_s = line.cue_end_s - line.cue_start_s, track.size / rate
    if length_s <= cue_s:
        return track, None
    speedup = min(length_s / cue_s, MAX_FIT_SPEEDUP)
    fitted = au.time_stretch(track, rate, 1.0 / speedup)
    over = fitted.size / rate - cue_s
    if over > 0.05:
        return fitted, f"line {line.number} runs {over:.1f} s past its cue even at {speedup:.2f}x"
    return fitted, None


def place_lines(lines: list[LineView], settings: ProjectSettings, rate: int) -> tuple[list[Placed], list[str]]:
    """Where each rendered line's take (fitted to its cue) starts in the mix: on its cue, else after the line
    before it and the project's gap; with the lines that still run past their cue, or start after it."""
    tracks, overflows = [], []
    for line in lines:
        track, overflow = fit_to_cue(au.read_audio(Path(line.take.audio_path), rate)[0], rate, line)
        tracks.append(track)
        if overflow:
            overflows.append(overflow)
    # A take's words begin after its pause and the short lead-in kept when its silence was trimmed:
    # a cued line is placed that much earlier, so its words start on the cue.
    leads = [float(line.take.settings.get("pause_before", 0.0)) + au.EDGE_MARGIN_MS / 1000 for line in lines]
    tails = [float(line.take.settings.get("pause_after", 0.0)) + au.EDGE_MARGIN_MS / 1000 for line in lines]
    clips = [Clip(t.size / rate, line.speaker, None if line.cue_start_s is None else max(line.cue_start_s - lead, 0.0))
             for t, line, lead in zip(tracks, lines, leads)]
    starts = place_clips(clips, settings.gap_s, settings.speaker_change_gap_s)
    for previous, line, clip, start in zip(lines, lines[1:], clips[1:], starts[1:]):  # the first is never pushed
        late_s = start - clip.cue_start_s if clip.cue_start_s is not None else 0.0
        if late_s > LATE_CUE_S:
            overflows.append(f"line {line.number} starts {late_s:.1f} s after its cue, as line {previous.number} "
                             f"before it runs on")
    return [Placed(*item) for item in zip(lines, tracks, starts, leads, tails)], overflows


def scene_preview(db: Path, project_id: int, line_ids: list[int]) -> tuple[np.ndarray, list[LineView]]:
    """The chosen lines' takes mixed as the export places them, from the first one on, without loudness
    normalization: a dialogue's timing heard before exporting. Also returns the chosen lines left out, having no
    take yet. Raises when none has one."""
    chosen = set(line_ids)
    lines = [line for line in list_lines(db, project_id) if line.id in chosen]
    rendered = [line for line in lines if line.take is not None]
    if not rendered:
        raise IntonateError("none of these lines is rendered yet")
    rate = au.MIX_SAMPLE_RATE_HZ
    placed, _ = place_lines(rendered, get_settings(db, project_id), rate)
    first_s = min(item.start_s for item in placed)
    audio = mix([item.track for item in placed], [item.start_s - first_s for item in placed], rate)
    return audio, [line for line in lines if line.take is None]


@dataclass(frozen=True)
class VideoTrack:
    path: Path
    original_level_db: float | None = None  # None: the voiceover replaces the video's sound


@dataclass(frozen=True)
class MusicBed:
    path: Path
    bed_db: float = DEFAULT_BED_DB
    duck_db: float = DEFAULT_DUCK_DB


def export_project(db: Path, name: str, out_dir: Path, fmt: str = "wav", loudness: str = "podcast",
                   stems: bool = False, speaker_stems: bool = False, music: MusicBed | None = None,
                   video: VideoTrack | None = None, progress: Progress | None = None) -> ExportReport:
    """Render what is missing, then write the mix (with an optional ducked music bed), SRT and VTT,
    and optional stems."""
    fmt = fmt.lower()
    if fmt not in au.EXPORT_FORMATS:
        raise IntonateError(f"unsupported format {fmt!r} (expected one of: {', '.join(au.EXPORT_FORMATS)})")
    if loudness not in au.LOUDNESS_PRESETS:
        raise IntonateError(f"unknown loudness preset {loudness!r} (expected one of: {', '.join(au.LOUDNESS_PRESETS)})")
    music_audio = au.read_audio(music.path, au.MIX_SAMPLE_RATE_HZ)[0] if music else None
    render_project(db, name, progress=progress)
    project_id = get_project_id(db, name)
    lines = [line for line in list_lines(db, project_id) if line.take is not None]
    if not lines:
        raise IntonateError(f"project {name!r} has no lines to export")

    rate = au.MIX_SAMPLE_RATE_HZ
    placed, overflows = place_lines(lines, get_settings(db, project_id), rate)
    raw_mix = mix([item.track for item in placed], [item.start_s for item in placed], rate)
    preset = au.LOUDNESS_PRESETS[loudness]
    with_music = raw_mix if music is None else add_music_bed(raw_mix, music_audio, rate, music.bed_db, music.duck_db)
    final = au.normalize_loudness(with_music, rate, preset)
    gain = float(np.abs(final).max() / np.abs(with_music).max()) if np.abs(with_music).max() > 0 else 1.0

    out_dir.mkdir(parents=True, exist_ok=True)
    base = sanitize_filename(name, replacement_text="_") or "project"
    mix_path = au.write_audio(out_dir / f"{base}.{fmt}", final, rate, title=name)
    srt_path, vtt_path = out_dir / f"{base}.srt", out_dir / f"{base}.vtt"
    srt_path.write_text(_srt(placed, rate), encoding="utf-8")
    vtt_path.write_text(_vtt(placed, rate), encoding="utf-8")

    def finished(audio: np.ndarray) -> np.ndarray:
        return au.limit_peaks(audio * gain, rate, preset.true_peak_dbtp) if preset.integrated_lufs else audio

    stem_paths = []
    if stems:
        names = [sanitize_filename(item.line.label, replacement_text="_").lstrip(".") or f"{item.line.number:03d}"
                 for item in placed]  # "../x" is no path, and no hidden file
        for item, stem_name in zip(placed, distinct_file_names(names, taken={base})):
            stem_paths.append(au.write_audio(out_dir / f"{stem_name}.{fmt}", finished(item.track), rate,
                                             title=strip_markup(item.line.text)[:60]))
    speaker_paths = []
    if speaker_stems:
        speakers = list(dict.fromkeys(item.line.speaker or NARRATOR for item in placed))
        names = [sanitize_filename(f"{base} - {speaker}", replacement_text="_") for speaker in speakers]
        for speaker, file_name in zip(speakers, distinct_file_names(names, taken={base, *(p.stem for p in stem_paths)})):
            mine = [item for item in placed if (item.line.speaker or NARRATOR) == speaker]
            track = mix([i.track for i in mine], [i.start_s for i in mine], rate, length=raw_mix.size)
            speaker_paths.append(au.write_audio(out_dir / f"{file_name}.{fmt}", finished(track), rate, title=f"{name}: {speaker}"))
    video_path = None
    if video is not None:
        voiceover = mix_path if fmt in ("wav", "flac") else au.write_audio(out_dir / f"{base}.voiceover.wav", final, rate)
        video_path = mux_voiceover(video.path, voiceover, out_dir / f"{base}{video.path.suffix.lower()}",
                                   video.original_level_db)
    return ExportReport(mix_path, srt_path, vtt_path, stem_paths, speaker_paths, final.size / rate,
                        au.measure_loudness(final, rate), au.true_peak_dbtp(final, rate), au.rms_dbfs(final),
                        au.noise_floor_db(final, rate), overflows, video_path)


def _cue_times(item: Placed, rate: int) -> tuple[float, float]:
    """Where the words are: the line's place, less its leading and trailing pauses."""
    begin = item.start_s + item.lead_s
    return begin, max(item.start_s + item.track.size / rate - item.tail_s, begin + 0.1)


def _caption(item: Placed) -> str:
    words = strip_markup(item.line.text)
    return f"{item.line.speaker}: {words}" if item.line.speaker else words


def _srt(placed: list[Placed], rate: int) -> str:
    import srt

    cues = []
    for index, item in enumerate(placed, start=1):
        begin, end = _cue_times(item, rate)
        cues.append(srt.Subtitle(index, dt.timedelta(seconds=begin), dt.timedelta(seconds=end), _caption(item)))
    return srt.compose(cues)


def _vtt(placed: list[Placed], rate: int) -> str:
    def stamp(seconds: float) -> str:
        millis = int(round(seconds * 1000))
        return f"{millis // 3_600_000:02d}:{millis // 60_000 % 60:02d}:{millis // 1000 % 60:02d}.{millis % 1000:03d}"

    blocks = ["WEBVTT", ""]
    for item in placed:
        begin, end = _cue_times(item, rate)
        text = strip_markup(item.line.text)
        body = f"<v {item.line.speaker}>{text}" if item.line.speaker else text
        blocks += [f"{stamp(begin)} --> {stamp(end)}", body, ""]
    return "\n".join(blocks)
