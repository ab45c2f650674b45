"""Video in and out through ffmpeg (the static build imageio-ffmpeg ships): subtitles and audio tracks."""

from __future__ import annotations

import subprocess
from pathlib import Path

from engine.errors import IntonateError

VIDEO_EXTENSIONS = (".mp4", ".mov", ".webm", ".mkv")
FFMPEG_TIMEOUT_S = 1800


class VideoError(IntonateError):
    pass


def _ffmpeg(*args: str) -> subprocess.CompletedProcess:
    import imageio_ffmpeg

    command = [imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-nostdin", *args]
    return subprocess.run(command, capture_output=True, timeout=FFMPEG_TIMEOUT_S)


def _last_error(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "ffmpeg failed"


def extract_subtitles(video: Path) -> str:
    """The video's first subtitle track as SRT text."""
    if not video.is_file():
        raise VideoError(f"file not found: {video}")
    result = _ffmpeg("-i", str(video), "-map", "0:s:0", "-f", "srt", "-")
    if result.returncode != 0:
        if b"matches no streams" in result.stderr:
            raise VideoError(f"{video.name} has no subtitle track: import its .srt or .vtt instead")
        raise VideoError(f"cannot read {video.name}: {_last_error(result)}")
    return result.stdout.decode("utf-8", "replace")


def mux_voiceover(video: Path, voiceover: Path, out: Path, original_level_db: float | None = None) -> Path:
    """The video with the voiceover as its sound: replacing its audio, or over it at `original_level_db`."""
    if not video.is_file():
        raise VideoError(f"file not found: {video}")
    codec = ["-c:a", "libopus", "-b:a", "128k"] if out.suffix.lower() == ".webm" else ["-c:a", "aac", "-b:a", "192k"]
    if original_level_db is None:
        mapping = ["-map", "0:v:0", "-map", "1:a:0"]
    else:
        mix = (f"[0:a:0]volume={original_level_db}dB[bed];"
               f"[bed][1:a:0]amix=inputs=2:duration=first:normalize=0[mixed]")
        mapping = ["-filter_complex", mix, "-map", "0:v:0", "-map", "[mixed]"]
    result = _ffmpeg("-y", "-i", str(video), "-i", str(voiceover), *mapping, "-c:v", "copy", *codec, str(out))
    if result.returncode != 0:
        if original_level_db is not None and b"matches no streams" in result.stderr:
            raise VideoError(f"{video.name} has no audio track to keep under the voiceover; export with it replaced")
        raise VideoError(f"cannot write {out.name}: {_last_error(result)}")
    return out
