"""Project use cases: create, list, delete, import scripts, cast speakers, direct lines."""

from __future__ import annotations

import shutil
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from app.config import media_dir_for
from app.db.models import Direction, Line, LineEdit, Project, Speaker, Take, utcnow
from app.db.session import transaction
from app.importers import ParsedScript, check_cue, directed, import_script, parse_script, read_typed_line
from app.services.casting import suggest_voice
from app.services.common import (
    change_line,
    change_lines,
    chosen_take,
    find_project,
    get_line,
    has_audio,
    line_render_key,
    line_voice,
    project_lexicon,
    project_media_dir,
    snapshot_dir,
    unsayable_ipa,
    write_direction,
)
from app.services.views import (
    DirectionView,
    EstimateView,
    LineView,
    ProjectSettings,
    ProjectSummary,
    SpeakerView,
    TakeView,
)
from app.wording import first_few
from engine.emotions import Emotion, parse_emotion
from engine.errors import IntonateError
from engine.synthesis import SynthesisSettings
from engine.voices import DEFAULT_VOICE_ID, get_voice

MAX_NAME_LENGTH = 200
MAX_NOTE_LENGTH = 2000
MAX_GAP_S = 10.0
# "NARRATOR: …" is read by the narration voice, as unnamed lines are, and so is an ad's voice-over or announcer
NARRATOR_NAMES = {"narrator", "narration", "narr", "narr.", "vo", "v.o.", "voiceover", "voice-over", "voice over",
                  "anncr", "anncr.", "announcer"}
MAX_OVERLAP_S = 1.0  # a negative speaker-change gap lets the next speaker come in early


class ProjectExistsError(IntonateError):
    pass


@dataclass(frozen=True)
class ImportResult:
    lines_added: int
    speakers_added: int
    warnings: list[str] = field(default_factory=list)
    created: bool = False  # the project did not exist and the import made it


def clean_project_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise IntonateError("a project needs a name")
    if len(name) > MAX_NAME_LENGTH:
        raise IntonateError(f"project names are at most {MAX_NAME_LENGTH} characters")
    return name


def create_project(db: Path, name: str, default_voice: str | None = None) -> int:
    name = clean_project_name(name)
    if default_voice:
        get_voice(default_voice)
    with transaction(db) as session:
        if session.scalar(select(Project.id).where(Project.name == name)) is not None:
            raise ProjectExistsError(f"a project named {name!r} already exists")
        project = Project(name=name, default_voice=default_voice)
        session.add(project)
        session.flush()
        return project.id


def project_exists(db: Path, name: str) -> bool:
    with transaction(db) as session:
        return session.scalar(select(Project.id).where(Project.name == name)) is not None


def get_project_id(db: Path, name: str) -> int:
    with transaction(db) as session:
        return find_project(session, name).id


def mark_project_opened(db: Path, project_id: int) -> None:
    """Remember that the studio opened this project (not an edit: its `updated_at` stays)."""
    with transaction(db) as session:
        session.execute(update(Project).where(Project.id == project_id)
                        .values(opened_at=utcnow(), updated_at=Project.updated_at))


def list_projects(db: Path) -> list[ProjectSummary]:
    media = media_dir_for(db)
    with transaction(db) as session:
        projects = session.scalars(select(Project).order_by(Project.updated_at.desc())).all()
        summaries = []
        for project in projects:
            line_count = session.scalar(select(func.count(Line.id)).where(Line.project_id == project.id))
            speakers = session.scalar(select(func.count(Speaker.id)).where(Speaker.project_id == project.id))
            narrated = session.scalar(select(Line.id).where(Line.project_id == project.id, Line.speaker_id.is_(None))
                                      .limit(1))
            speakers += narrated is not None  # the Narrator, cast as any speaker is: a narration is not "0 speakers"
            chosen = session.scalars(
                select(Take).join(Line, Line.id == Take.line_id)
                .where(Line.project_id == project.id, Take.chosen.is_(True))
            )
            rendered = sum(has_audio(take, media) for take in chosen)  # as list_lines counts them
            summaries.append(ProjectSummary(project.id, project.name, line_count, speakers, rendered, project.updated_at,
                                            project.opened_at))
        return summaries


def delete_project(db: Path, name: str, keep_snapshots: bool = False) -> None:
    """Delete the project's rows and then its audio files (and its snapshots, unless told to keep them)."""
    with transaction(db) as session:
        project = find_project(session, name)
        project_id = project.id
        session.delete(project)
    shutil.rmtree(project_media_dir(db, project_id), ignore_errors=True)
    if not keep_snapshots:
        shutil.rmtree(snapshot_dir(db, name), ignore_errors=True)


def import_file(db: Path, name: str, path: Path, create: bool = False) -> ImportResult:
    """Append a script file's lines to a project (parsed fully before anything is saved); with `create`, a missing
    project is made in the same transaction, so a file that cannot be read leaves no empty project behind."""
    return add_script(db, name, import_script(path), create=create)


def import_bytes(db: Path, name: str, data: bytes, filename: str) -> ImportResult:
    suffix = Path(filename).suffix.lower()
    return add_script(db, name, parse_script(data, suffix, filename))


def import_pasted_text(db: Path, name: str, text: str) -> ImportResult:
    return import_bytes(db, name, text.encode("utf-8"), "pasted.txt")


def add_script(db: Path, name: str, parsed: ParsedScript, create: bool = False) -> ImportResult:
    with transaction(db) as session:
        if create:
            name = clean_project_name(name)
        created = create and session.scalar(select(Project.id).where(Project.name == name)) is None
        if created:
            session.add(Project(name=name))
            session.flush()
        project = find_project(session, name)
        cast = _Cast(session, project, narration_coming=any(
            not item.speaker or item.speaker.casefold() in NARRATOR_NAMES for item in parsed.lines))
        position = session.scalar(select(func.max(Line.position)).where(Line.project_id == project.id)) or 0
        warnings = list(parsed.warnings)
        saved_ids = session.scalars(select(Line.author_id).where(Line.project_id == project.id, Line.author_id.is_not(None)))
        if repeated := _repeated_ids([*saved_ids, *(item.author_id for item in parsed.lines)]):
            warnings.append(f"line ids used more than once: {first_few(repeated, 5)}; "
                            f"their stems are told apart as {repeated[0]}, {repeated[0]}-2")
        for item in parsed.lines:
            speaker = cast.speaker(item.speaker, item.voice)
            position += 1
            line = Line(
                project_id=project.id, position=position, speaker=speaker, text=item.text,
                direction=item.direction, author_id=item.author_id,
                cue_start_s=item.cue_start_s, cue_end_s=item.cue_end_s,
            )
            overrides = {"emotion": item.emotion, "intensity": item.intensity, "rate": item.rate,
                         "pitch": item.pitch, "volume": item.volume, "pause_before": item.pause_before,
                         "pause_after": item.pause_after}
            if any(value is not None for value in overrides.values()):
                line.direction_override = Direction(**overrides)
            session.add(line)
            if problem := unsayable_ipa(item.text):
                warnings.append(f"line {position}: {problem}")
        project.updated_at = utcnow()
        return ImportResult(len(parsed.lines), cast.added, warnings, created)


def _repeated_ids(ids: list[str | None]) -> list[str]:
    seen, repeated = set(), []
    for author_id in filter(None, ids):
        key = author_id.casefold()
        if key in seen and author_id not in repeated:
            repeated.append(author_id)
        seen.add(key)
    return repeated


class _Cast:
    """A project's speakers, read once per transaction: a name finds its speaker regardless of case ("Anna:" is
    ANNA, unless both are cast), a new name is cast with a voice no speaker has (nor the narration, when the project
    has or is getting narrated lines), and "Narrator" or no name is the narration voice (None)."""

    def __init__(self, session: Session, project: Project, narration_coming: bool = False):
        self._session, self._project_id = session, project.id
        speakers = session.scalars(select(Speaker).where(Speaker.project_id == project.id).order_by(Speaker.id)).all()
        self._by_name = {s.name: s for s in speakers}
        self._by_folded = {}
        for speaker in speakers:
            self._by_folded.setdefault(speaker.name.casefold(), speaker)
        self._voices = {s.voice_id for s in speakers}
        if narration_coming or session.scalar(select(Line.id).where(
                Line.project_id == project.id, Line.speaker_id.is_(None)).limit(1)) is not None:
            self._voices.add(project.default_voice or DEFAULT_VOICE_ID)
        self.added = 0

    def speaker(self, name: str | None, voice: str | None = None) -> Speaker | None:
        if not name or name.casefold() in NARRATOR_NAMES:
            return None
        found = self._by_name.get(name) or self._by_folded.get(name.casefold())
        if found is None:
            found = Speaker(project_id=self._project_id, name=name, voice_id=voice or suggest_voice(name, self._voices))
            self._session.add(found)
            self._voices.add(found.voice_id)
            self._by_name[name] = self._by_folded[name.casefold()] = found
            self.added += 1
        return found


def list_speakers(db: Path, project_id: int) -> list[SpeakerView]:
    with transaction(db) as session:
        rows = session.execute(
            select(Speaker, func.count(Line.id))
            .outerjoin(Line, Line.speaker_id == Speaker.id)
            .where(Speaker.project_id == project_id)
            .group_by(Speaker.id)
            .order_by(Speaker.id)
        ).all()
        return [SpeakerView(s.id, s.name, s.voice_id or DEFAULT_VOICE_ID, count) for s, count in rows]


def narration_line_count(db: Path, project_id: int) -> int:
    """How many of the project's lines no speaker says (the default voice reads them)."""
    with transaction(db) as session:
        return session.scalar(select(func.count(Line.id)).where(Line.project_id == project_id, Line.speaker_id.is_(None)))


def remove_idle_speakers(db: Path, project_id: int) -> list[str]:
    """Take speakers who no longer say any line out of the cast; returns their names."""
    with transaction(db) as session:
        idle = session.scalars(select(Speaker).where(Speaker.project_id == project_id, ~Speaker.id.in_(
            select(Line.speaker_id).where(Line.project_id == project_id, Line.speaker_id.is_not(None))))).all()
        for speaker in idle:
            session.delete(speaker)
        return [speaker.name for speaker in idle]


def set_speaker_voice(db: Path, speaker_id: int, voice_id: str) -> None:
    get_voice(voice_id)
    with transaction(db) as session:
        speaker = session.get(Speaker, speaker_id)
        if speaker is None:
            raise IntonateError(f"no speaker with id {speaker_id}")
        speaker.voice_id = voice_id


def set_default_voice(db: Path, project_id: int, voice_id: str) -> None:
    get_voice(voice_id)
    with transaction(db) as session:
        session.get(Project, project_id).default_voice = voice_id


def set_direction(db: Path, line_id: int, **values) -> None:
    """Override a line's emotion, intensity or prosody; a value of None returns it to automatic."""
    direct_lines(db, [line_id], **values)


def direct_lines(db: Path, line_ids: list[int], **values) -> int:
    """Give lines of one project the same direction as one action, so one undo takes it back (None returns a
    field to automatic); returns how many lines were directed."""
    unknown = set(values) - set(Direction.FIELDS)
    if unknown:
        raise IntonateError(f"unknown direction fields: {', '.join(sorted(unknown))}")
    if values.get("emotion") is not None:
        values["emotion"] = parse_emotion(values["emotion"]).value
    probe = {k: v for k, v in values.items() if v is not None}
    SynthesisSettings(**probe)  # validates ranges with a readable message
    with transaction(db) as session:
        lines = _lines_of_one_project(session, line_ids)
        change_lines(session, lines, f"{', '.join(values)} of {_which(lines)}", direction=values)
        return len(lines)


def _lines_of_one_project(session: Session, line_ids: list[int]) -> list[Line]:
    """The lines in the order asked, each once, refusing an unknown id, none at all, or lines of two projects."""
    wanted = list(dict.fromkeys(line_ids))
    found = {line.id: line for line in session.scalars(select(Line).where(Line.id.in_(wanted)))}
    missing = [line_id for line_id in wanted if line_id not in found]
    if missing:
        raise IntonateError(f"no line with id {missing[0]}")
    if not wanted:
        raise IntonateError("no lines chosen")
    lines = [found[line_id] for line_id in wanted]
    if len({line.project_id for line in lines}) > 1:
        raise IntonateError("lines of different projects cannot be changed together")
    return lines


def _which(lines: list[Line]) -> str:
    return f"line {lines[0].position}" if len(lines) == 1 else f"{len(lines)} lines"


def update_line_text(db: Path, line_id: int, text: str) -> str:
    """Set a line's words as one undoable action; returns them as saved. What the user types is read as a script
    line is: a "(whispering)" joins the line's direction note and directs its delivery, a "(pause 2 seconds)" is a
    pause."""
    typed = read_typed_line(text)
    if problem := unsayable_ipa(typed.text):
        raise IntonateError(problem)
    direction = {name: value for name in Direction.FIELDS if (value := getattr(typed, name, None)) is not None}
    with transaction(db) as session:
        line = get_line(session, line_id)
        notes = [note for note in (line.direction, typed.direction) if note]
        note = "; ".join(dict.fromkeys(notes)) if typed.direction else None
        change_line(session, line, f"text of line {line.position}", text=typed.text, direction=direction, note=note)
        return typed.text


def set_line_note(db: Path, line_id: int, note: str) -> None:
    """Write a line's direction note as one undoable action, read as a script's note is: what the old note set and
    is still as it set it returns to automatic, and what the new one names is set ("angrily": anger)."""
    note = " ".join(note.split())
    if len(note) > MAX_NOTE_LENGTH:
        raise IntonateError(f"a direction note is at most {MAX_NOTE_LENGTH} characters")
    with transaction(db) as session:
        line = get_line(session, line_id)
        old, new = _note_directs(line.direction), _note_directs(note)
        current = line.direction_override
        values = {name: None for name, value in old.items()
                  if name not in new and current is not None and getattr(current, name) == value}
        change_line(session, line, f"direction note of line {line.position}", direction=values | new, note=note)


def _note_directs(note: str | None) -> dict:
    return {name: value for name, value in directed(note).items() if value is not None}


def give_lines_to(db: Path, line_ids: list[int], name: str) -> str | None:
    """Give lines to another speaker as one undoable action: an existing one (any case), a new one (cast at once
    with a voice of their own) or, for "" or "Narrator", the narration voice. Returns the speaker's name."""
    name = " ".join(name.split())
    if len(name) > MAX_NAME_LENGTH:
        raise IntonateError(f"speaker names are at most {MAX_NAME_LENGTH} characters")
    with transaction(db) as session:
        lines = _lines_of_one_project(session, line_ids)
        speaker = _Cast(session, session.get(Project, lines[0].project_id)).speaker(name)
        moving = [line for line in lines if line.speaker is not speaker]
        if moving:
            change_lines(session, moving, f"speaker of {_which(moving)}")
            for line in moving:
                line.speaker = speaker
        return speaker.name if speaker else None


def rename_speaker(db: Path, speaker_id: int, name: str) -> str | None:
    """Call a speaker by another name, keeping their voice. A name another speaker has (any case), or Narrator,
    merges them instead: the lines go to that speaker as one undoable action, and this one leaves the cast.
    Returns the name the lines now have (None: the narration voice)."""
    name = " ".join(name.split())
    if not name:
        raise IntonateError("a speaker needs a name")
    if len(name) > MAX_NAME_LENGTH:
        raise IntonateError(f"speaker names are at most {MAX_NAME_LENGTH} characters")
    with transaction(db) as session:
        speaker = session.get(Speaker, speaker_id)
        if speaker is None:
            raise IntonateError(f"no speaker with id {speaker_id}")
        others = session.scalars(select(Speaker).where(Speaker.project_id == speaker.project_id,
                                                       Speaker.id != speaker.id).order_by(Speaker.id)).all()
        target = next((other for other in others if other.name.casefold() == name.casefold()), None)
        if target is None and name.casefold() not in NARRATOR_NAMES:
            old, speaker.name = speaker.name, name
            session.execute(update(LineEdit).where(LineEdit.project_id == speaker.project_id, LineEdit.speaker == old)
                            .values(speaker=name))  # an undo brings lines back to the speaker by their new name
            return name
        lines = session.scalars(select(Line).where(Line.speaker_id == speaker.id).order_by(Line.position)).all()
        if lines:
            change_lines(session, lines, f"speaker of {_which(lines)}")
            for line in lines:
                line.speaker = target
        session.delete(speaker)
        return target.name if target else None


def set_cue(db: Path, line_id: int, start_s: float | None, end_s: float | None) -> None:
    """Time a line to the video: it starts at `start_s`; `end_s` is where it should be done by."""
    check_cue(start_s, end_s)
    with transaction(db) as session:
        line = get_line(session, line_id)
        line.cue_start_s, line.cue_end_s = start_s, end_s


def list_lines(db: Path, project_id: int, only: Collection[int] | None = None) -> list[LineView]:
    """Every line of a project in script order (or just the lines with the ids in `only`, numbered as in the
    whole script), with its estimate, direction and chosen take."""
    media = media_dir_for(db)
    with transaction(db) as session:
        project = session.get(Project, project_id)
        if project is None:
            raise IntonateError(f"no project with id {project_id}")
        query = select(Line).where(Line.project_id == project_id)
        if only is not None:
            query = query.where(Line.id.in_(only))
        lines = session.scalars(
            query.order_by(Line.position).options(selectinload(Line.speaker), selectinload(Line.estimate),
                                                  selectinload(Line.direction_override), selectinload(Line.takes))
        ).all()
        lexicon = project_lexicon(session, project_id)
        views = []
        for index, line in enumerate(lines, start=1):
            number = index if only is None else 1 + session.scalar(select(func.count(Line.id)).where(
                Line.project_id == project_id, Line.position < line.position))
            chosen = chosen_take(line, media)
            key = line_render_key(line, project, lexicon) if chosen else None  # only a take can be out of date
            views.append(LineView(
                id=line.id, number=number, speaker=line.speaker.name if line.speaker else None, text=line.text,
                direction_note=line.direction, author_id=line.author_id,
                cue_start_s=line.cue_start_s, cue_end_s=line.cue_end_s,
                voice_id=line_voice(line, project).id,
                estimate=_estimate_view(line),
                direction=_direction_view(line),
                take=TakeView(chosen.id, str(media / chosen.audio_path), chosen.duration_s, chosen.voice_id,
                              chosen.settings, True, chosen.render_key == key) if chosen else None,
            ))
        return views


def _estimate_view(line: Line) -> EstimateView | None:
    e = line.estimate
    if e is None:
        return None
    return EstimateView(Emotion(e.emotion), dict(e.probabilities), e.intensity, e.confidence, tuple(e.modalities),
                        e.votes)


def _direction_view(line: Line) -> DirectionView:
    d = line.direction_override
    if d is None:
        return DirectionView()
    return DirectionView(
        emotion=Emotion(d.emotion) if d.emotion else None, intensity=d.intensity, rate=d.rate, pitch=d.pitch,
        pitch_range=d.pitch_range, volume=d.volume, pause_before=d.pause_before, pause_after=d.pause_after,
    )


def get_settings(db: Path, project_id: int) -> ProjectSettings:
    with transaction(db) as session:
        project = session.get(Project, project_id)
        if project is None:
            raise IntonateError(f"no project with id {project_id}")
        return ProjectSettings(project.id, project.name, project.default_voice or DEFAULT_VOICE_ID,
                               project.gap_s, project.speaker_change_gap_s)


def set_gaps(db: Path, project_id: int, gap_s: float, speaker_change_gap_s: float) -> None:
    """The silence between lines of one speaker, and when the speaker changes (negative: overlap)."""
    if not 0.0 <= gap_s <= MAX_GAP_S:
        raise IntonateError(f"the gap between lines must be between 0 and {MAX_GAP_S:g} seconds")
    if not -MAX_OVERLAP_S <= speaker_change_gap_s <= MAX_GAP_S:
        raise IntonateError(f"the speaker-change gap must be between {-MAX_OVERLAP_S:g} and {MAX_GAP_S:g} seconds")
    with transaction(db) as session:
        project = session.get(Project, project_id)
        project.gap_s, project.speaker_change_gap_s = gap_s, speaker_change_gap_s


def last_change(db: Path, project_id: int) -> str | None:
    """What the next undo would take back, or None."""
    with transaction(db) as session:
        return session.scalar(select(LineEdit.what).where(LineEdit.project_id == project_id).order_by(LineEdit.id.desc()))


def undo_last_change(db: Path, project_id: int) -> str | None:
    """Put back the line text, direction, note and speaker from before the latest action (every line it changed);
    returns what was undone."""
    with transaction(db) as session:
        latest = session.scalar(select(LineEdit).where(LineEdit.project_id == project_id).order_by(LineEdit.id.desc()))
        if latest is None:
            return None
        edits = session.scalars(select(LineEdit).where(LineEdit.project_id == project_id,
                                                       LineEdit.action_id == latest.action_id)
                                .order_by(LineEdit.id.desc())).all()
        cast = _Cast(session, session.get(Project, project_id))
        lines = {line.id: line for line in session.scalars(  # one query, not one per edit
            select(Line).where(Line.id.in_({edit.line_id for edit in edits}))
            .options(selectinload(Line.direction_override), selectinload(Line.speaker)))}
        for edit in edits:  # newest first, so a line changed twice in the action ends as it was before it
            line = lines[edit.line_id]
            line.text = edit.text
            if edit.speaker is not None:  # None: an edit saved before speakers were remembered
                line.speaker = cast.speaker(edit.speaker, edit.speaker_voice)
            if edit.note is not None:  # None: an edit saved before notes were remembered
                line.direction = edit.note or None
            if edit.direction is None:
                line.direction_override = None
            else:
                write_direction(line, {name: edit.direction.get(name) for name in Direction.FIELDS})
            session.delete(edit)
        return latest.what
