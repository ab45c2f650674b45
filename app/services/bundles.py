"""Project bundles: one zip with a project's rows and audio, to move it to another machine, imported safely."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.config import media_dir_for
from app.db.models import Direction, Estimate, LexiconEntry, Line, Project, ReferenceTake, Speaker, Take
from app.db.session import transaction
from app.importers.lines import DAMAGED_ZIP_ERRORS
from app.services.common import find_project, has_audio, project_media_dir
from app.services.lexicon import checked_entry
from app.services.projects import MAX_GAP_S, MAX_OVERLAP_S
from engine.emotions import Emotion
from engine.errors import IntonateError
from engine.synthesis import SynthesisSettings
from engine.take_features import FEATURE_COUNT

BUNDLE_FORMAT = 1
MANIFEST = "project.json"
MAX_MANIFEST_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 4 * 1024**3
MAX_ENTRIES = 50_000
MAX_RATIO = 200  # unpacked / packed size of one member; more is a zip bomb
_AUDIO_NAME = re.compile(r"^audio/[A-Za-z0-9._-]{1,120}\.wav$")


class BundleError(IntonateError):
    pass


# What a manifest may hold, checked whole before anything is saved: a bundle is a file from elsewhere, and a value
# of the wrong type or out of range, saved, would break the project's page in the studio rather than the import.
Number = Annotated[float, Field(allow_inf_nan=False)]
Seconds = Annotated[float, Field(ge=0, le=24 * 3600, allow_inf_nan=False)]
Share = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]
Checksum = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class _Part(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Estimate(_Part):
    emotion: Emotion
    probabilities: dict[Emotion, Share]
    intensity: Share
    confidence: Share
    modalities: list[str]
    model_version: str
    votes: dict[str, Any] | None = None


class _Overrides(_Part):
    emotion: Emotion | None = None
    intensity: Number | None = None
    rate: Number | None = None
    pitch: Number | None = None
    pitch_range: Number | None = None
    volume: Number | None = None
    pause_before: Number | None = None
    pause_after: Number | None = None

    @model_validator(mode="after")
    def _in_range(self) -> _Overrides:
        _settings({name: value for name, value in self.model_dump().items() if value is not None})
        return self


class _Take(_Part):
    voice_id: str
    text: str
    settings: dict[str, Any]
    render_key: str
    audio: str
    sha256: Checksum
    duration_s: Seconds
    sample_rate: Annotated[int, Field(ge=8000, le=192_000)]
    render_s: Annotated[float, Field(ge=0, allow_inf_nan=False)]
    chosen: bool = False

    @field_validator("settings")
    @classmethod
    def _known_settings(cls, settings: dict) -> dict:
        _settings(settings)
        return settings


class _Reference(_Part):
    source_name: str
    audio: str
    sha256: Checksum
    duration_s: Seconds
    transcript: str
    words: list[tuple[str, Seconds, Seconds]]
    reliability: dict[str, Any]
    features: str

    @field_validator("reliability")
    @classmethod
    def _weighted(cls, reliability: dict) -> dict:
        weight = reliability.get("weight")
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 <= weight <= 1:
            raise ValueError("a reference take's reliability needs a weight from 0 to 1")
        return reliability

    @field_validator("features")
    @classmethod
    def _feature_bytes(cls, features: str) -> str:
        if len(base64.b64decode(features, validate=True)) != 4 * FEATURE_COUNT:
            raise ValueError(f"a reference take's features are {FEATURE_COUNT} float32 numbers")
        return features


class _Line(_Part):
    speaker: str | None = None
    text: str
    direction: str | None = None
    author_id: str | None = None
    cue_start_s: Seconds | None = None
    cue_end_s: Seconds | None = None
    estimate: _Estimate | None = None
    overrides: _Overrides | None = None
    takes: list[_Take] = []
    reference: _Reference | None = None


class _Project(_Part):
    name: str
    gap_s: Annotated[float, Field(ge=0, le=MAX_GAP_S)]
    speaker_change_gap_s: Annotated[float, Field(ge=-MAX_OVERLAP_S, le=MAX_GAP_S)]
    default_voice: str | None = None


class _Speaker(_Part):
    name: str
    voice_id: str | None = None


class _Entry(_Part):
    word: str
    pronunciation: str
    is_ipa: bool = False

    @model_validator(mode="after")
    def _sayable(self) -> _Entry:
        try:
            checked_entry(self.word, self.pronunciation, self.is_ipa)
        except IntonateError as exc:
            raise ValueError(str(exc)) from None
        return self


class _Manifest(_Part):
    format: Literal[1]
    project: _Project
    speakers: list[_Speaker]
    lexicon: list[_Entry] = []
    lines: list[_Line]

    @model_validator(mode="after")
    def _one_entry_a_word(self) -> _Manifest:
        words = [entry.word.strip().lower() for entry in self.lexicon]
        if len(set(words)) < len(words):
            raise ValueError("the lexicon gives a word more than once")
        return self


def _settings(values: dict) -> SynthesisSettings:
    """The settings the values make, or a ValueError naming the one out of range (pydantic reports it)."""
    try:
        return SynthesisSettings.from_json(values)
    except IntonateError as exc:
        raise ValueError(str(exc)) from None


def read_manifest(data: bytes, label: str) -> dict:
    """A bundle's manifest as plain data, every field checked, or a BundleError naming the first bad one."""
    try:
        raw = json.loads(data)
    except ValueError as exc:
        raise BundleError(f"{label}: damaged {MANIFEST} (not JSON: {exc})") from None
    if not isinstance(raw, dict) or raw.get("format") != BUNDLE_FORMAT:
        found = raw.get("format") if isinstance(raw, dict) else None
        raise BundleError(f"{label}: unknown bundle format {found!r}")
    try:
        return _Manifest.model_validate(raw).model_dump(mode="json")
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        where = f"{where}: " if where else ""
        problem = error["msg"].removeprefix("Value error, ")  # what a validator above raised, as it said it
        raise BundleError(f"{label}: damaged {MANIFEST} ({where}{problem})") from None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def export_bundle(db: Path, name: str, out_path: Path) -> Path:
    """Write the project (settings, speakers, lines, estimates, directions, takes, lexicon, audio) as a zip."""
    media = media_dir_for(db)
    with transaction(db) as session:
        project = find_project(session, name)
        speakers = session.scalars(select(Speaker).where(Speaker.project_id == project.id).order_by(Speaker.id)).all()
        lines = session.scalars(select(Line).where(Line.project_id == project.id).order_by(Line.position).options(
            selectinload(Line.estimate), selectinload(Line.direction_override), selectinload(Line.takes),
            selectinload(Line.reference))).all()
        lexicon = session.scalars(select(LexiconEntry).where(LexiconEntry.project_id == project.id)).all()
        audio_files: dict[str, Path] = {}
        manifest = {
            "format": BUNDLE_FORMAT,
            "project": {"name": project.name, "gap_s": project.gap_s, "speaker_change_gap_s": project.speaker_change_gap_s,
                        "default_voice": project.default_voice},
            "speakers": [{"name": s.name, "voice_id": s.voice_id} for s in speakers],
            "lexicon": [{"word": e.word, "pronunciation": e.pronunciation, "is_ipa": e.is_ipa} for e in lexicon],
            "lines": [],
        }
        speaker_names = {s.id: s.name for s in speakers}
        for line in lines:
            takes = []
            for take in line.takes:
                if not has_audio(take, media):  # the take cannot travel (its line renders again)
                    continue
                source = media / take.audio_path
                arcname = f"audio/take-{take.id}.wav"
                audio_files[arcname] = source
                takes.append({"voice_id": take.voice_id, "text": take.text, "settings": take.settings,
                              "render_key": take.render_key, "audio": arcname, "sha256": _sha256(source),
                              "duration_s": take.duration_s, "sample_rate": take.sample_rate,
                              "render_s": take.render_s, "chosen": take.chosen})
            reference = None
            if line.reference is not None and has_audio(line.reference, media):
                ref = line.reference
                source = media / ref.audio_path
                arcname = f"audio/reference-{line.id}.wav"
                audio_files[arcname] = source
                reference = {"source_name": ref.source_name, "audio": arcname, "sha256": _sha256(source),
                             "duration_s": ref.duration_s, "transcript": ref.transcript, "words": ref.words,
                             "reliability": ref.reliability, "features": base64.b64encode(ref.features).decode("ascii")}
            e, d = line.estimate, line.direction_override
            manifest["lines"].append({
                "speaker": speaker_names.get(line.speaker_id), "text": line.text, "direction": line.direction,
                "author_id": line.author_id, "cue_start_s": line.cue_start_s, "cue_end_s": line.cue_end_s,
                "estimate": None if e is None else {"emotion": e.emotion, "probabilities": e.probabilities,
                                                    "intensity": e.intensity, "confidence": e.confidence,
                                                    "modalities": e.modalities, "model_version": e.model_version,
                                                    "votes": e.votes},
                "overrides": None if d is None else {f: getattr(d, f) for f in Direction.FIELDS},
                "takes": takes,
                "reference": reference,
            })
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1))
        for arcname, source in audio_files.items():
            archive.write(source, arcname)
    return out_path


def _check_archive(archive: zipfile.ZipFile, name: str) -> None:
    members = archive.infolist()
    if len(members) > MAX_ENTRIES:
        raise BundleError(f"{name} has {len(members)} files: more than a bundle can hold")
    total = 0
    for member in members:
        if member.filename != MANIFEST and not _AUDIO_NAME.match(member.filename):
            raise BundleError(f"{name} holds an unexpected path {member.filename!r}: refused")
        total += member.file_size
        if member.file_size > MAX_RATIO * max(member.compress_size, 1) + 1024 * 1024:
            raise BundleError(f"{name}: {member.filename} unpacks {member.file_size // max(member.compress_size, 1)}x: refused as a zip bomb")
    if total > MAX_UNPACKED_BYTES:
        raise BundleError(f"{name} unpacks to {total // 2**20} MB: too large")
    if MANIFEST not in archive.namelist():
        raise BundleError(f"{name} is not an Intonate bundle (no {MANIFEST})")
    if archive.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
        raise BundleError(f"{name}: {MANIFEST} is too large")


def import_bundle(db: Path, bundle: Path, new_name: str | None = None) -> str:
    """Recreate a bundled project (under `new_name` if given); nothing is saved unless all of it checks out."""
    if not bundle.is_file():
        raise BundleError(f"file not found: {bundle}")
    try:
        archive = zipfile.ZipFile(bundle)
    except zipfile.BadZipFile:
        raise BundleError(f"{bundle.name} is not a zip archive") from None
    except DAMAGED_ZIP_ERRORS as exc:
        raise BundleError(f"{bundle.name} is a damaged zip archive ({exc})") from None
    with archive:
        _check_archive(archive, bundle.name)
        try:
            manifest = read_manifest(archive.read(MANIFEST), bundle.name)
            name = " ".join((new_name or manifest["project"]["name"]).split())
            if not name:
                raise BundleError(f"{bundle.name}: a project needs a name")
            return _restore(db, archive, manifest, name, bundle.name)
        except DAMAGED_ZIP_ERRORS as exc:  # a part that does not unpack: nothing of it was kept (see _restore)
            raise BundleError(f"{bundle.name} is a damaged zip archive ({str(exc)[:120]})") from None


def _restore(db: Path, archive: zipfile.ZipFile, manifest: dict, name: str, label: str) -> str:
    """The project a checked manifest (read_manifest: every field present, of its type) and its audio describe."""
    for line in manifest["lines"]:
        for take in line["takes"] + ([line["reference"]] if line["reference"] else []):
            if take["audio"] not in archive.namelist():
                raise BundleError(f"{label}: missing audio {take['audio']}")
            if hashlib.sha256(archive.read(take["audio"])).hexdigest() != take["sha256"]:
                raise BundleError(f"{label}: {take['audio']} does not match its checksum")
    written: list[Path] = []
    try:
        with transaction(db) as session:
            if session.scalar(select(Project.id).where(Project.name == name)) is not None:
                raise BundleError(f"a project named {name!r} already exists (import it under another name)")
            project = Project(**{**manifest["project"], "name": name})
            session.add(project)
            session.flush()
            folder = project_media_dir(db, project.id)
            folder.mkdir(parents=True, exist_ok=True)
            speakers = {s["name"]: Speaker(project_id=project.id, **s) for s in manifest["speakers"]}
            session.add_all(speakers.values())
            session.add_all(LexiconEntry(project_id=project.id, **entry) for entry in manifest["lexicon"])
            for position, item in enumerate(manifest["lines"], start=1):
                line = Line(project_id=project.id, position=position, speaker=speakers.get(item["speaker"]),
                            text=item["text"], direction=item["direction"], author_id=item["author_id"],
                            cue_start_s=item["cue_start_s"], cue_end_s=item["cue_end_s"])
                if item["estimate"]:
                    line.estimate = Estimate(**item["estimate"])
                if item["overrides"]:
                    line.direction_override = Direction(**item["overrides"])
                session.add(line)
                session.flush()
                for take in item["takes"]:
                    target = folder / f"line-{line.id}-{take['sha256'][:10]}.wav"
                    with archive.open(take["audio"]) as source, target.open("wb") as out:
                        shutil.copyfileobj(source, out)
                    written.append(target)
                    session.add(Take(line_id=line.id, voice_id=take["voice_id"], text=take["text"], settings=take["settings"],
                                     render_key=take["render_key"], audio_path=str(target.relative_to(media_dir_for(db))),
                                     duration_s=take["duration_s"], sample_rate=take["sample_rate"],
                                     render_s=take["render_s"], chosen=take["chosen"]))
                if item["reference"]:
                    ref = item["reference"]
                    (folder / "references").mkdir(exist_ok=True)
                    target = folder / "references" / f"line-{line.id}-{ref['sha256'][:10]}.wav"
                    with archive.open(ref["audio"]) as source, target.open("wb") as out:
                        shutil.copyfileobj(source, out)
                    written.append(target)
                    session.add(ReferenceTake(
                        line_id=line.id, source_name=ref["source_name"][:300],
                        audio_path=str(target.relative_to(media_dir_for(db))), duration_s=ref["duration_s"],
                        transcript=ref["transcript"], words=ref["words"], reliability=ref["reliability"],
                        features=base64.b64decode(ref["features"], validate=True)))
    except Exception:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return name
