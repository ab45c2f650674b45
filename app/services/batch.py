"""The batch use cases behind `recognize` and `synthesize`: JSONL rows in, results out."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from app.importers.lines import make_line
from app.jsonl import Row, RowError, read_rows, source_name
from engine.audio import write_audio
from engine.emotions import EmotionEstimate, Modality, parse_emotion
from engine.errors import IntonateError
from engine.recognizer import LineInput, TakeEvidence, recognize_with_takes
from engine.synthesis import SynthesisSettings, synthesize
from engine.take_analysis import analyze_take
from engine.take_features import decode_take
from engine.text import strip_markup
from engine.voices import Voice, get_voice

Progress = Callable[[int, int], None]
SAFE_ID = re.compile(r"^[\w.\-]{1,128}$")


@dataclass(frozen=True)
class RecognizeRequest:
    line: LineInput
    audio: Path | None
    where: str  # "FILE line N", for messages


def read_recognize_requests(path: Path) -> list[RecognizeRequest]:
    requests = []
    for row in read_rows(path):
        audio = row.text("audio")
        audio_path = None
        if audio:
            audio_path = Path(audio) if Path(audio).is_absolute() else path.parent / audio
            if not audio_path.exists():
                audio_path = Path(audio)
            if not audio_path.is_file():
                raise RowError(f"{row.where}: reference take {audio} does not exist")
        line = LineInput(id=row.line_id(), text=strip_markup(row.text("text", required=True)),
                         speaker=row.text("speaker"), dialogue=row.text("dialogue"))
        requests.append(RecognizeRequest(line, audio_path, row.where))
    if not requests:
        raise IntonateError(f"{source_name(path)} has no rows")
    return requests


def recognize_file(path: Path, use_context: bool = True, modalities: set[Modality] | None = None,
                   progress: Progress | None = None) -> list[tuple[str, EmotionEstimate]]:
    """Estimate each row's emotion, in file order, from its text and context and its reference take if any."""
    modalities = modalities or {Modality.TEXT, Modality.CONTEXT, Modality.AUDIO}
    requests = read_recognize_requests(path)
    use_audio = Modality.AUDIO in modalities
    takes: list[TakeEvidence | None] = []
    for number, request in enumerate(requests, 1):
        takes.append(_take_evidence(request) if use_audio and request.audio else None)
        if progress:
            progress(number, len(requests))
    votes = recognize_with_takes([r.line for r in requests], takes, use_context=use_context,
                                 use_text=Modality.TEXT in modalities, use_audio=use_audio)
    return [(r.line.id, v.fused) for r, v in zip(requests, votes)]


def _take_evidence(request: RecognizeRequest) -> TakeEvidence:
    try:
        audio = decode_take(request.audio)
    except IntonateError as exc:
        raise RowError(f"{request.where}: {exc}") from None
    analysis = analyze_take(audio, request.line.text)
    return TakeEvidence(analysis.features, analysis.reliability.weight)


@dataclass(frozen=True)
class SynthesisRequest:
    id: str
    text: str
    voice: Voice
    settings: SynthesisSettings


_LINE_SETTINGS = ("intensity", "rate", "pitch", "volume", "pause_before", "pause_after")


def _synthesis_request(row: Row) -> SynthesisRequest:
    line_id = row.line_id()
    if not SAFE_ID.match(line_id):
        raise RowError(f"{row.where}: id {line_id!r} cannot be a file name (use letters, digits, '.', '_' or '-')")
    try:
        voice = get_voice(row.text("voice"))
        # the text read as an imported line is: a stage direction ("(laughs)", "[whispering]") is not said, and what
        # it directs ("(angrily)": anger, "[whispering]": softer) applies unless the row's own fields say otherwise
        line = make_line(row.text("text", required=True), None, row.number, [], emotion=row.text("emotion"))
        if line is None:
            raise RowError(f"{row.where}: 'text' has no words to speak")
        settings = {key: getattr(line, key) for key in _LINE_SETTINGS if getattr(line, key) is not None}
        settings["emotion"] = parse_emotion(line.emotion or "neutral")
        for key, low, high in (("intensity", 0.0, 1.0), ("rate", 0.5, 2.0), ("pitch", -12.0, 12.0), ("volume", -30.0, 12.0)):
            value = row.number_field(key, low, high)
            if value is not None:
                settings[key] = value
        return SynthesisRequest(line_id, line.text, voice, SynthesisSettings(**settings))
    except RowError:
        raise
    except IntonateError as exc:
        raise RowError(f"{row.where}: {exc}") from None


def synthesize_file(path: Path, out_dir: Path, progress: Progress | None = None) -> list[dict]:
    """Validate every row first, then render each to OUT/<id>.wav; returns the report rows."""
    requests = [_synthesis_request(row) for row in read_rows(path)]
    if not requests:
        raise IntonateError(f"{source_name(path)} has no rows")
    seen: set[str] = set()
    for request in requests:
        if request.id in seen:
            raise IntonateError(f"{source_name(path)}: id {request.id!r} appears twice")
        seen.add(request.id)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = []
    for done, request in enumerate(requests, start=1):
        started = time.perf_counter()
        rendered = synthesize(request.text, request.voice, request.settings)
        elapsed = time.perf_counter() - started
        wav = write_audio(out_dir / f"{request.id}.wav", rendered.audio, rendered.sample_rate)
        report.append({"id": request.id, "path": str(wav), "duration_s": round(rendered.duration_s, 4),
                       "sample_rate": rendered.sample_rate, "render_s": round(elapsed, 4)})
        if progress:
            progress(done, len(requests))
    return report
