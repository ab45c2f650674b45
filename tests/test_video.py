"""Video in and out: subtitles read from the video, the voiceover written back as its sound track."""

from __future__ import annotations

import subprocess
from pathlib import Path

import imageio_ffmpeg
import numpy as np
import pytest
import soundfile as sf

from app.importers import ScriptImportError, import_script
from app.services.exporting import VideoTrack, export_project
from app.services.projects import create_project, import_file
from tests.conftest import SAMPLES, assert_one_line_error, run_cli

FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()


def make_video(path: Path, subtitles: Path | None, seconds: int = 15) -> Path:
    inputs = ["-f", "lavfi", "-i", f"testsrc=size=160x120:rate=5:duration={seconds}",
              "-f", "lavfi", "-i", f"sine=frequency=300:sample_rate=24000:duration={seconds}"]
    maps = ["-map", "0:v", "-map", "1:a"]
    if subtitles:
        inputs += ["-i", str(subtitles)]
        maps += ["-map", "2:s", "-c:s", "mov_text"]
    subprocess.run([FFMPEG, "-loglevel", "error", "-y", *inputs, *maps, "-c:v", "libx264", "-preset", "ultrafast",
                    "-c:a", "aac", str(path)], check=True)
    return path


def audio_of(video: Path, tmp_path: Path) -> np.ndarray:
    wav = tmp_path / f"{video.stem}-track.wav"
    subprocess.run([FFMPEG, "-loglevel", "error", "-y", "-i", str(video), "-vn", "-ac", "1", "-ar", "24000", str(wav)], check=True)
    return sf.read(str(wav))[0]


def test_video_subtitles_import_with_their_cues(tmp_path: Path):
    video = make_video(tmp_path / "clip.mp4", SAMPLES / "cues.srt")
    lines = import_script(video).lines
    assert [l.cue_start_s for l in lines] == [1.0, 6.5, 12.0]
    assert lines[1].text == "Today we are building a tiny robot."


def test_video_without_subtitles_is_a_clear_error(tmp_path: Path, db: Path):
    video = make_video(tmp_path / "silent.mp4", None, seconds=2)
    with pytest.raises(ScriptImportError, match="has no subtitle track"):
        import_script(video)
    run_cli("project", "new", "V", db=db)
    assert_one_line_error(run_cli("project", "import", "V", str(video), db=db), "has no subtitle track")


def test_export_puts_the_voiceover_on_the_video(tmp_path: Path, db: Path):
    video = make_video(tmp_path / "clip.mp4", SAMPLES / "cues.srt")
    create_project(db, "Clip")
    import_file(db, "Clip", video)
    replaced = export_project(db, "Clip", tmp_path / "replaced", fmt="wav", video=VideoTrack(video))
    voice, _ = sf.read(str(replaced.mix_path))
    track = audio_of(replaced.video_path, tmp_path)
    # Replaced: silence before the first cue (no 300 Hz tone left), speech from 1.0 s.
    assert np.abs(track[: int(0.8 * 24000)]).max() < 0.01
    assert np.abs(track[int(1.2 * 24000) : int(2.5 * 24000)]).max() > 0.05
    mixed = export_project(db, "Clip", tmp_path / "mixed", fmt="mp3", video=VideoTrack(video, original_level_db=-12))
    under = audio_of(mixed.video_path, tmp_path)
    assert np.abs(under[: int(0.8 * 24000)]).max() > 0.02  # the original tone is still there, quieter
