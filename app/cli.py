"""The batch command line: recognize, synthesize, voices, and project management."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from app.wording import counted, first_few
from engine.errors import IntonateError

log = logging.getLogger(__name__)


def _print_json_lines(rows: list[dict], out: Path | None) -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if out is None:
        sys.stdout.write(text)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")


@contextmanager
def progress_bar(description: str) -> Iterator:
    """A rich progress bar on stderr when it is a terminal; yields a callback(done, total)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    # Off when stderr is a pipe or file: there a bar is noise, and rich would still end it with a blank line.
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, disable=not console.is_terminal) as bar:
        task = bar.add_task(description, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _uncertain(which: str) -> str:
    """The advice after a count of low-confidence estimates, the same for every command."""
    from engine.emotions import UNCERTAIN_BELOW

    return f"uncertain (under {UNCERTAIN_BELOW:.0%} confidence): check {which}"


def cmd_recognize(args: argparse.Namespace) -> int:
    from app.services.batch import recognize_file
    from engine.emotions import Modality

    modalities = None
    if args.modalities:
        names = {m.strip() for m in args.modalities.split(",") if m.strip()}
        unknown = names - {m.value for m in Modality}
        if unknown or not names:
            raise IntonateError(f"unknown modality {', '.join(sorted(unknown)) or '(none)'} (use text, audio, context)")
        modalities = {Modality(name) for name in names}
    with progress_bar("Reading takes") as update:
        results = recognize_file(args.input, use_context=not args.no_context, modalities=modalities, progress=update)
    _print_json_lines([{"id": line_id, **estimate.to_json()} for line_id, estimate in results], args.output)
    doubtful = [line_id for line_id, estimate in results if estimate.uncertain]
    if doubtful:
        print(f"{len(doubtful)} of {len(results)} lines {_uncertain(first_few(doubtful))}", file=sys.stderr)
    return 0


def cmd_synthesize(args: argparse.Namespace) -> int:
    from app.services.batch import synthesize_file

    with progress_bar("Rendering") as update:
        report = synthesize_file(args.input, args.out, progress=update)
    _print_json_lines(report, args.out / "report.jsonl")
    print(f"rendered {counted(len(report), 'line')} to {args.out}", file=sys.stderr)
    return 0


def cmd_voices(_args: argparse.Namespace) -> int:
    from engine.voices import list_voices

    print(json.dumps([v.to_json() for v in list_voices()], indent=2))
    return 0


def cmd_project(args: argparse.Namespace) -> int:
    from app.config import default_db_path
    from app.services import analysis, exporting, projects, rendering

    db = Path(args.db).expanduser() if args.db else default_db_path()
    action = args.action
    if action == "new":
        projects.create_project(db, args.name)
        print(f"created project {args.name!r}")
    elif action == "list":
        for p in projects.list_projects(db):
            print(f"{p.name}\t{counted(p.line_count, 'line')}\t{counted(p.speaker_count, 'speaker')}\t{p.rendered_count} rendered")
    elif action == "delete":
        projects.delete_project(db, args.name)
        print(f"deleted project {args.name!r}")
    elif action == "import":
        result = projects.import_file(db, args.name, args.file, create=True)
        if result.created:
            print(f"created project {args.name!r}", file=sys.stderr)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(f"imported {counted(result.lines_added, 'line')} ({counted(result.speakers_added, 'new speaker')}) "
              f"into {args.name!r}")
    elif action == "analyze":
        with progress_bar("Analyzing") as update:
            count, uncertain = analysis.analyze_project(db, args.name, use_context=not args.no_context, progress=update)
        which = f"line{'s' if len(uncertain) > 1 else ''} {first_few(uncertain)}"
        doubt = f"; {len(uncertain)} {_uncertain(which)}" if uncertain else ""
        print(f"analyzed {counted(count, 'line')}{doubt}")
    elif action == "show":
        _show_lines(db, args.name, args.reading)
    elif action == "direct":
        _direct_lines(db, args)
    elif action == "reassign":
        _reassign(db, args)
    elif action == "undo":
        undone = projects.undo_last_change(db, projects.get_project_id(db, args.name))
        print(f"undid the {undone}" if undone else f"nothing to undo in {args.name!r}")
    elif action == "cast":
        _cast(db, args)
    elif action == "gaps":
        _gaps(db, args)
    elif action == "lexicon":
        _lexicon(db, args)
    elif action == "render":
        with progress_bar("Rendering") as update:
            summary = rendering.render_project(db, args.name, progress=update)
        print(f"rendered {counted(summary.rendered, 'line')}, reused {summary.reused}"
              + (f", RTF {summary.real_time_factor:.3f}" if summary.rendered else ""))
    elif action == "bundle":
        from app.services.bundles import export_bundle

        print(f"wrote {export_bundle(db, args.name, args.out)}")
    elif action == "unbundle":
        from app.services.bundles import import_bundle

        print(f"imported project {import_bundle(db, args.file, args.name)!r}")
    elif action == "export":
        with progress_bar("Rendering") as update:
            music = exporting.MusicBed(args.music, args.music_level, args.duck) if args.music else None
            video = exporting.VideoTrack(args.video, args.original_level) if args.video else None
            report = exporting.export_project(db, args.name, args.out, fmt=args.format, loudness=args.loudness,
                                              stems=args.stems, speaker_stems=args.speaker_stems, music=music,
                                              video=video, progress=update)
        for overflow in report.overflows:
            print(f"warning: {overflow}", file=sys.stderr)
        print(f"wrote {report.mix_path} ({report.duration_s:.1f} s, {report.loudness_lufs:.1f} LUFS, "
              f"{report.true_peak_dbtp:.1f} dBTP, RMS {report.rms_db:.1f} dB, noise floor {report.noise_floor_text}), "
              f"{report.subtitles_path}, {report.vtt_path}"
              + (f", {counted(len(report.stem_paths), 'line stem')}" if report.stem_paths else "")
              + (f", {counted(len(report.speaker_stem_paths), 'speaker stem')}" if report.speaker_stem_paths else "")
              + (f", {report.video_path}" if report.video_path else ""))
    return 0


def _show_lines(db: Path, name: str, reading: bool = False) -> None:
    """The script as the studio's table has it, tab-separated: what each line will be read as (its direction note
    too: "(laughing)" in the script, and its cue), and why to look.
    The id is the author's (else the zero-padded number): the name of the line's stem file. With `reading`, a last
    column gives the words the voice reads where they differ from the text (numbers, symbols, the lexicon)."""
    from app.importers.lines import as_typed
    from app.services import projects
    from app.services.lexicon import readings

    project_id = projects.get_project_id(db, name)
    lines = projects.list_lines(db, project_id)
    reads = readings(db, project_id, [line.text for line in lines]) if reading else [None] * len(lines)
    print("#\tid\tspeaker\temotion\tintensity\tdetected\tconfidence\ttake\tdirection\tcue\ttext"
          + ("\treads" if reading else ""))
    for line, said in zip(lines, reads):
        estimate = line.estimate
        emotion = line.effective_emotion.value + (" (set)" if line.direction.emotion else "")
        detected = estimate.emotion.value if estimate else "-"
        confidence = f"{estimate.confidence:.0%}" + (" uncertain" if line.uncertain else "") if estimate else "-"
        take = "none" if line.take is None else ("up to date" if line.take.up_to_date else "changed since render")
        cells = [line.number, line.label, line.speaker or "Narrator", emotion, f"{line.effective_intensity:.2f}", detected,
                 confidence, take, " ".join((line.direction_note or "-").split()), _cue_text(line),
                 " ".join(as_typed(line.text).split())] + ([said or ""] if reading else [])
        print("\t".join(map(str, cells)))


def _cue_text(line) -> str:
    """A line's cue as the Script table's Start and End give it: "15.00 s", "12.00–30.00 s", or "-"."""
    if line.cue_start_s is None:
        return "-"
    return f"{line.cue_start_s:.2f}" + (f"–{line.cue_end_s:.2f}" if line.cue_end_s is not None else "") + " s"


def _direct_lines(db: Path, args: argparse.Namespace) -> None:
    """Set the emotion and/or intensity of chosen lines (numbers, ranges, script ids; all by default) as one action."""
    from app.services import projects
    from engine.emotions import parse_emotion

    if args.emotion is None and args.intensity is None:
        raise IntonateError("say what to set: --emotion and/or --intensity")
    lines = projects.list_lines(db, projects.get_project_id(db, args.name))
    chosen = _pick_lines(lines, args.lines, args.name) if args.lines else lines
    if args.speaker:
        chosen = [line for line in chosen if (line.speaker or "Narrator") == args.speaker]
        if not chosen:
            raise IntonateError(f"no chosen line of {args.name!r} is spoken by {args.speaker!r}")
    values = {}
    if args.emotion is not None:
        values["emotion"] = None if args.emotion == "auto" else parse_emotion(args.emotion).value  # 'happy': joy
    if args.intensity is not None:
        try:
            values["intensity"] = None if args.intensity == "auto" else float(args.intensity)
        except ValueError:
            raise IntonateError(f"intensity {args.intensity!r} is neither a number nor 'auto'") from None
    count = projects.direct_lines(db, [line.id for line in chosen], **values)
    what = ", ".join(f"{name} {'auto' if value is None else value}" for name, value in values.items())
    print(f"directed {counted(count, 'line')} of {args.name!r} ({what}); `project render` brings their takes up to date")


def _reassign(db: Path, args: argparse.Namespace) -> None:
    """Give chosen lines (numbers, ranges, script ids) to another speaker as one action."""
    from app.services import projects

    project_id = projects.get_project_id(db, args.name)
    chosen = _pick_lines(projects.list_lines(db, project_id), args.lines, args.name)
    known = {speaker.name for speaker in projects.list_speakers(db, project_id)}
    who = projects.give_lines_to(db, [line.id for line in chosen], args.to) or "Narrator"
    joined = "" if who in known or who == "Narrator" else f"; {who} joins the cast (`project cast {args.name!r}`)"
    print(f"gave {counted(len(chosen), 'line')} of {args.name!r} to {who}{joined}")


def _cast(db: Path, args: argparse.Namespace) -> None:
    """Print who reads what; or give a speaker ('Narrator': lines without one) a voice id or a saved blend."""
    from app.services import blends, projects
    from engine.voices import get_voice

    project_id = projects.get_project_id(db, args.name)
    speakers = projects.list_speakers(db, project_id)
    narration = projects.narration_line_count(db, project_id)
    narrator_voice = projects.get_settings(db, project_id).default_voice
    if args.speaker is None:
        print("speaker\tvoice\tlines")
        print(f"Narrator\t{narrator_voice}\t{narration}")
        for speaker in speakers:
            print(f"{speaker.name}\t{speaker.voice_id}\t{speaker.line_count}")
        return
    matches = [s for s in speakers if s.name == args.speaker] or [
        s for s in speakers if s.name.casefold() == args.speaker.casefold()]
    if args.rename is not None and len(matches) == 1:
        _rename(db, args, matches[0], speakers)
        return
    if args.voice is None or args.rename is not None:
        raise IntonateError("name the voice too: project cast NAME SPEAKER VOICE" if args.rename is None else
                            f"{args.name!r} has no speaker {args.speaker!r} to rename "
                            f"(its speakers: {', '.join(s.name for s in speakers) or 'none'})")
    named = {blend.name.casefold(): blend.voice_id for blend in blends.list_blends(db)}
    voice_id = named.get(args.voice.casefold(), args.voice)
    get_voice(voice_id)  # an unknown voice is refused before anything changes
    if len(matches) == 1:
        who, before, count = matches[0].name, matches[0].voice_id, matches[0].line_count
        projects.set_speaker_voice(db, matches[0].id, voice_id)
    elif not matches and args.speaker.casefold() == "narrator":
        who, before, count = "Narrator", narrator_voice, narration
        projects.set_default_voice(db, project_id, voice_id)
    else:
        known = ", ".join(["Narrator", *(s.name for s in speakers)])
        raise IntonateError(f"{args.name!r} has no speaker {args.speaker!r} (its speakers: {known})")
    if before == voice_id:
        print(f"{who} already reads with {voice_id} in {args.name!r}")
    else:
        print(f"cast {who} as {voice_id} in {args.name!r}"
              + (f"; `project render` re-renders their {counted(count, 'line')}" if count else ""))


def _rename(db: Path, args: argparse.Namespace, speaker, speakers: list) -> None:
    """Correct a speaker's name, or merge them into the speaker (or Narrator) whose name is given."""
    from app.services import projects

    wanted = " ".join(args.rename.split()).casefold()
    merging = wanted in projects.NARRATOR_NAMES or any(
        other.name.casefold() == wanted for other in speakers if other.id != speaker.id)
    now = projects.rename_speaker(db, speaker.id, args.rename) or "Narrator"
    if merging:
        print(f"gave {speaker.name}'s {counted(speaker.line_count, 'line')} to {now} in {args.name!r} "
              f"(`project undo` takes it back)")
    else:
        print(f"renamed {speaker.name} to {now} in {args.name!r}")


def _gaps(db: Path, args: argparse.Namespace) -> None:
    """Print the silences the mix puts between lines, or change them."""
    from app.services import projects

    project_id = projects.get_project_id(db, args.name)
    settings = projects.get_settings(db, project_id)
    gap = settings.gap_s if args.gap is None else args.gap
    change = settings.speaker_change_gap_s if args.speaker_change_gap is None else args.speaker_change_gap
    if (args.gap, args.speaker_change_gap) != (None, None):
        projects.set_gaps(db, project_id, gap, change)
    print(f"{args.name!r}: {gap:g} s between lines, {change:g} s when the speaker changes"
          + (" (negative: the next speaker comes in early)" if change < 0 else ""))


def _lexicon(db: Path, args: argparse.Namespace) -> None:
    """Print the project's pronunciation lexicon, or add to it (one word, or a CSV), remove a word, or list the
    script's words the voice has to guess."""
    from app.services import lexicon, projects

    project_id = projects.get_project_id(db, args.name)
    if sum(given is not None for given in (args.word, args.import_file, args.remove)) + args.check > 1:
        raise IntonateError("one thing at a time: WORD PRONUNCIATION, --import, --remove or --check")
    if args.csv is not None and not args.check:
        raise IntonateError("--csv goes with --check: project lexicon NAME --check --csv FILE")
    if args.check:
        words = lexicon.words_to_check(db, project_id)
        print("word\tlines\tfirst said in")
        for word in words:
            print(f"{word.word}\t{first_few(word.lines, 8)}\t{word.sentence}")
        if args.csv is not None:
            args.csv.write_bytes(lexicon.words_as_csv(words))
            print(f"wrote {args.csv}: fill in the pronunciations, then --import it", file=sys.stderr)
        print(f"{counted(len(words), 'word')} to listen to in {args.name!r}; to tell the voice how to say one: "
              f"project lexicon {args.name!r} WORD PRONUNCIATION", file=sys.stderr)
    elif args.word is not None:
        if args.say is None:
            raise IntonateError("say how too: project lexicon NAME WORD PRONUNCIATION [--ipa]")
        lexicon.set_entry(db, project_id, args.word, args.say, is_ipa=args.ipa)
        print(f"{args.name!r} now says {args.word.strip()!r} as {args.say.strip()!r}" + (" (IPA)" if args.ipa else ""))
    elif args.import_file is not None:
        if not args.import_file.is_file():
            raise IntonateError(f"file not found: {args.import_file}")
        if args.import_file.stat().st_size > lexicon.MAX_LEXICON_BYTES:  # before reading it all
            raise IntonateError(f"{args.import_file.name} is larger than {lexicon.MAX_LEXICON_BYTES // 2**20} MB")
        count, warnings = lexicon.import_lexicon_file(db, project_id, args.import_file.read_bytes(), args.import_file.name)
        for warning in warnings:
            print(f"warning: {warning}", file=sys.stderr)
        print(f"added {counted(count, 'word')} to the lexicon of {args.name!r}")
    elif args.remove is not None:
        if not lexicon.delete_entry(db, project_id, args.remove):
            raise IntonateError(f"the lexicon of {args.name!r} has no entry {args.remove!r}")
        print(f"removed {args.remove.strip()!r} from the lexicon of {args.name!r}")
    else:
        print("word\tpronunciation\tipa")
        for row in lexicon.list_entries(db, project_id):
            print(f"{row.word}\t{row.pronunciation}\t{'yes' if row.is_ipa else 'no'}")


def _pick_lines(lines: list, tokens: list[str], name: str) -> list:
    """Lines by number ('5', the # of `project show`), range ('3-7') or the script's own id ('slide-09'), in
    script order."""
    by_id = {line.author_id: line for line in lines if line.author_id}
    numbers: set[int] = set()
    for token in (t.strip() for raw in tokens for t in raw.split(",") if t.strip()):
        low, dash, high = token.partition("-")
        if not (low.isdigit() and (high.isdigit() or not dash)):
            if token not in by_id:
                raise IntonateError(f"{token!r} is neither a line number, a range like 3-7, nor a line id of {name!r}")
            numbers.add(by_id[token].number)
            continue
        first, last = int(low), int(high or low)
        if first > last:
            raise IntonateError(f"the range {token} runs backwards")
        if first < 1 or last > len(lines):
            raise IntonateError(f"{name!r} has lines 1-{len(lines)}; {token} is outside them")
        numbers.update(range(first, last + 1))
    return [line for line in lines if line.number in numbers]


def cmd_demo(args: argparse.Namespace) -> int:
    from app.config import default_db_path
    from app.services.demo import ensure_demo_project, prepare_first_start_demo

    db = Path(args.db).expanduser() if args.db else default_db_path()
    with progress_bar("Preparing the demo project") as update:
        name = prepare_first_start_demo(db, update) if args.first_start else ensure_demo_project(db, progress=update)
    if name is None:
        print(f"no demo prepared: {db} already holds your projects")
    else:
        print(f"demo project {name!r} is ready in {db}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app", description="Intonate: the emotion-aware voiceover studio.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details (and tracebacks) to stderr")
    commands = parser.add_subparsers(dest="command", required=True)

    rec = commands.add_parser("recognize", help="infer the emotion of lines (JSONL in, JSONL out)")
    rec.add_argument("input", type=Path, metavar="IN.jsonl", help="a JSON-lines file, or - to read standard input")
    rec.add_argument("-o", "--output", type=Path, metavar="OUT.jsonl", help="write here instead of stdout")
    rec.add_argument("--no-context", action="store_true", help="judge each line on its own")
    rec.add_argument("--modalities", help="inputs to use, comma-separated: text, audio, context")
    rec.set_defaults(func=cmd_recognize)

    syn = commands.add_parser("synthesize", help="render lines to WAV files")
    syn.add_argument("input", type=Path, metavar="IN.jsonl", help="a JSON-lines file, or - to read standard input")
    syn.add_argument("--out", type=Path, required=True, metavar="DIR")
    syn.set_defaults(func=cmd_synthesize)

    voices = commands.add_parser("voices", help="list the installed voices as JSON")
    voices.set_defaults(func=cmd_voices)

    demo = commands.add_parser("demo", help="create, analyze and render the demo project if missing")
    demo.add_argument("--db", help="database file (default: $INTONATE_DB or the studio's)")
    demo.add_argument("--first-start", action="store_true",
                      help="only while the database holds no other project (what `make run` does)")
    demo.set_defaults(func=cmd_demo)

    project = commands.add_parser("project", help="manage studio projects")
    actions = project.add_subparsers(dest="action", required=True)
    db_help = "database file (default: $INTONATE_DB or the studio's)"
    for name, help_text in (("new", "create a project"), ("delete", "delete a project and its audio"),
                            ("import", "append a script file's lines (making the project if it is new)"), ("analyze", "recognize every line"),
                            ("render", "render lines without an up-to-date take"),
                            ("export", "write the mix, subtitles and stems"), ("list", "list projects"),
                            ("show", "print each line with its emotion, confidence and take"),
                            ("direct", "set the emotion and/or intensity of lines, as one undoable action"),
                            ("reassign", "give lines to another speaker (a new one is cast), as one undoable action"),
                            ("undo", "take back the latest change to lines (text, direction or speaker), as the studio's Undo"),
                            ("cast", "show the voice of each speaker, cast one, or rename one"),
                            ("gaps", "show or set the silence between lines in the mix"),
                            ("lexicon", "show the pronunciation lexicon, or add to it"),
                            ("bundle", "pack a project and its audio into one zip"),
                            ("unbundle", "recreate a project from a bundle zip")):
        sub = actions.add_parser(name, help=help_text)
        sub.add_argument("--db", help=db_help)
        if name == "unbundle":
            sub.add_argument("file", type=Path, metavar="FILE.zip")
            sub.add_argument("--name", help="import under this name")
        elif name != "list":
            sub.add_argument("name", metavar="NAME")
        if name == "bundle":
            sub.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
        if name == "import":
            sub.add_argument("file", type=Path, metavar="FILE")
        if name == "analyze":
            sub.add_argument("--no-context", action="store_true")
        if name == "show":
            sub.add_argument("--reading", action="store_true",
                             help="add the words the voice reads, where numbers, symbols or the lexicon change them")
        if name == "direct":
            sub.add_argument("lines", nargs="*", metavar="LINE",
                             help="line numbers, ranges (3-7) or the script's line ids; all lines if none")
            sub.add_argument("--speaker", help="only this speaker's lines ('Narrator': lines without a speaker)")
            sub.add_argument("--emotion", help="an emotion, or 'auto' for the recognizer's")
            sub.add_argument("--intensity", help="0-1.5, or 'auto' for the recognizer's")
        if name == "reassign":
            sub.add_argument("lines", nargs="+", metavar="LINE", help="line numbers, ranges (3-7) or the script's line ids")
            sub.add_argument("--to", required=True, metavar="SPEAKER",
                             help="a speaker, a new name (cast with a voice of its own) or 'Narrator'")
        if name == "cast":
            sub.add_argument("speaker", nargs="?", metavar="SPEAKER", help="a speaker, or 'Narrator' for lines without one")
            sub.add_argument("voice", nargs="?", metavar="VOICE", help="a voice id (`python -m app voices`) or a saved blend's name")
            sub.add_argument("--rename", metavar="NEW", help="call SPEAKER this instead (keeping the voice); another "
                             "speaker's name, or Narrator, gives them SPEAKER's lines")
        if name == "gaps":
            sub.add_argument("--gap", type=float, metavar="S", help="seconds between lines of one speaker")
            sub.add_argument("--speaker-change-gap", type=float, metavar="S",
                             help="seconds when the speaker changes; negative lets the next one come in early")
        if name == "lexicon":
            sub.add_argument("word", nargs="?", metavar="WORD")
            sub.add_argument("say", nargs="?", metavar="PRONUNCIATION", help="a respelling ('sequel'), or IPA with --ipa")
            sub.add_argument("--ipa", action="store_true", help="the pronunciation is IPA")
            sub.add_argument("--import", dest="import_file", type=Path, metavar="FILE",
                             help="add the entries of a CSV (word,pronunciation[,ipa]) or a PLS lexicon (.pls)")
            sub.add_argument("--remove", metavar="WORD", help="forget how this word is said")
            sub.add_argument("--check", action="store_true", help="list the script's words the voice has to guess "
                             "(in no pronouncing dictionary, not in the lexicon): names, brands, jargon to listen to")
            sub.add_argument("--csv", type=Path, metavar="FILE", help="with --check: also write them as a lexicon CSV "
                             "to fill in and --import (words left blank are skipped)")
        if name == "export":
            sub.add_argument("--out", type=Path, required=True, metavar="DIR")
            sub.add_argument("--format", default="wav", choices=("wav", "mp3", "flac", "m4a"))
            sub.add_argument("--loudness", default="podcast", choices=("podcast", "broadcast", "audiobook", "none"))
            sub.add_argument("--stems", action="store_true", help="also write one file per line")
            sub.add_argument("--speaker-stems", action="store_true", help="also write one file per speaker")
            sub.add_argument("--music", type=Path, metavar="FILE", help="a music bed under the voice, ducked while anyone speaks")
            sub.add_argument("--music-level", type=float, default=-16.0, metavar="DB", help="bed level under the speech (default -16)")
            sub.add_argument("--duck", type=float, default=12.0, metavar="DB", help="extra drop while speaking (default 12)")
            sub.add_argument("--video", type=Path, metavar="FILE", help="also write this video with the voiceover as its sound")
            sub.add_argument("--original-level", type=float, metavar="DB",
                             help="keep the video's own sound under the voiceover at this level (default: replace it)")
    project.set_defaults(func=cmd_project)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        return args.func(args)
    except IntonateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        if args.verbose:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
