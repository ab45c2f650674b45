"""Scripts in tables: .csv, .tsv and .xlsx rows (and Word tables, through read_rows) read by their headings."""

from __future__ import annotations

import csv
import io
import re
import textwrap

from app.importers.lines import (
    MAX_CUE_S,
    ParsedScript,
    ScriptImportError,
    ScriptLine,
    as_direction,
    check_office_zip,
    clock_seconds,
    csv_lines,
    cue_fields,
    directed,
    edge_pauses,
    speaker_turn,
    split_direction,
    tags_seconds,
)
from app.wording import counted
from engine.emotions import parse_emotion
from engine.errors import IntonateError
from engine.text import has_speakable_text

CSV_COLUMNS = ("text", "id", "speaker", "emotion", "intensity", "direction", "start", "end")


# Other names spreadsheets give these columns (a localization sheet's "Character", "Dialogue", "Notes"), the likelier
# first: in "Line | Character | Dialogue" the line is a number and the dialogue is spoken.
CSV_ALIASES = {"dialogue": "text", "dialog": "text", "narration": "text", "voiceover": "text", "voice-over": "text",
               "voice over": "text", "vo": "text", "script": "text", "line": "text",
               "character": "speaker", "role": "speaker", "line id": "id", "key": "id", "slide": "id",
               "note": "direction", "notes": "direction", "parenthetical": "direction",
               "start time": "start", "time": "start", "timecode": "start", "time in": "start",
               "end time": "end", "time out": "end"}
# A Word script table's "Audio" column is what is said (the classic two-column "Video | Audio" script), and so is a
# sheet's beside a "Video" or "Visual" column (elsewhere "Audio" may name a sheet's sound files)
TABLE_ALIASES = {"audio": "text", **CSV_ALIASES}
_PICTURE_COLUMNS = {"video", "visual", "visuals", "picture", "on screen", "on-screen"}


def parse_tsv(text: str, name: str = "script") -> ParsedScript:
    """Tab-separated values, read like a .csv file."""
    return parse_csv(text, name, dialect=csv.excel_tab)


def is_tab_separated_script(text: str) -> bool:
    """Whether text is a table of tab-separated rows headed by a row naming a column to speak: a spreadsheet saved
    as Excel's "Unicode Text" (.txt), or cells copied from one."""
    rows = [row for row in csv_lines(text[:65536]) if row.strip()][:50]
    if not rows or "\t" not in rows[0]:
        return False
    header = [heading.strip().lower() for heading in rows[0].split("\t")]
    return "text" in _named_columns(header, CSV_ALIASES) and all("\t" in row for row in rows[1:])


def parse_csv(text: str, name: str = "script", dialect=None) -> ParsedScript:
    """A header row with at least `text` (or "line", "dialogue"); optional id, speaker (or "character"), emotion,
    intensity, direction (or "notes"), start, end. Commas, semicolons or tabs separate the fields."""
    if dialect is None:
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
    reader = csv.reader(csv_lines(text), dialect)
    try:
        return _read_csv_rows(reader, name)
    except csv.Error as exc:  # a field past the csv module's 128 KiB limit, a stray quote in strict dialects
        raise ScriptImportError(f"{name} line {reader.line_num}: {exc}") from None


def _read_csv_rows(reader, name: str) -> ParsedScript:
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise ScriptImportError(f"{name} is empty") from None
    header = _csv_header(header, name)
    parsed = ParsedScript()
    unknown = [h for h in header if h and h not in CSV_COLUMNS]
    if unknown:
        parsed.warnings.append(f"{name}: ignored columns {', '.join(unknown)}")
    waited = 0.0  # a scene break's or a timed pause's seconds, owed before the next line
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ScriptImportError(f"{name} line {number}: expected {len(header)} fields, found {len(row)}")
        written = {h: cell.strip() for h, cell in zip(header, row)}
        record = _turn_in_cell(written)
        spoken = split_direction(record["text"])[0]
        pause = tags_seconds(spoken)
        if not has_speakable_text(spoken) and (pause or record["text"] != written["text"]):
            waited += pause
            continue  # a sound or music cue, a scene break, a row of "(pause 3 seconds)"
        parsed.lines.append(_csv_line(record, number, name, waited=waited))
        waited = 0.0
    return parsed


def _csv_header(header: list[str], name: str) -> list[str]:
    """The header with each alias read as the column it names; refused without a text column."""
    columns = _named_columns(header, TABLE_ALIASES if _PICTURE_COLUMNS & set(header) else CSV_ALIASES)
    if "text" not in columns:
        found = textwrap.shorten(", ".join(header), 120, placeholder=" …") or "nothing"  # a wrong file's first row
        raise ScriptImportError(f"{name}: the header row needs a 'text' column (found: {found})")
    return columns


def _named_columns(header: list[str], aliases: dict[str, str]) -> list[str]:
    """The header with an alias read as the column it names, unless the column itself or a likelier alias is there
    (a sheet with both "Line" and "Text" speaks its text; "Line" is then ignored)."""
    rank = {alias: place for place, alias in enumerate(aliases)}
    columns = list(header)
    for index in sorted(range(len(header)), key=lambda i: rank.get(header[i], -1)):
        column = aliases.get(header[index])
        if column and column not in columns:
            columns[index] = column
    return columns


def _turn_in_cell(record: dict[str, str]) -> dict[str, str]:
    """The row with its words read as a script line's: a sound cue ("SFX: whoosh") a direction, and, where no speaker
    column names one, "VO: words" or "ANNA (warm): words" a speaker's turn (an ad's two-column script)."""
    text = as_direction(record.get("text", ""))
    if not record.get("speaker") and (turn := speaker_turn(text)):
        speaker, note, text = turn.groups()
        record = {**record, "speaker": speaker.strip()}
        text = f"{note or ''} {text}"
    return {**record, "text": text}


def _csv_line(record: dict[str, str], number: int, name: str, where: str | None = None,
              waited: float = 0.0) -> ScriptLine:
    """A row as a script line; `waited` is a pause owed before it (a scene break on the row above)."""
    where = where or f"{name} line {number}"
    spoken, direction = split_direction(record["text"])
    if not has_speakable_text(spoken):
        raise ScriptImportError(f"{where}: empty text")
    emotion = None
    if record.get("emotion"):
        try:
            emotion = parse_emotion(record["emotion"]).value
        except IntonateError as exc:
            raise ScriptImportError(f"{where}: {exc}") from None
    note = "; ".join(filter(None, [record.get("direction"), direction])) or None
    spoken, before, after = edge_pauses(spoken, waited)
    return ScriptLine(
        text=spoken,
        pause_before=before or None,
        pause_after=after or None,
        speaker=record.get("speaker") or None,
        direction=note,
        author_id=record.get("id") or None,
        **directed(note, emotion=emotion, intensity=_intensity(record.get("intensity"), where)),
        **cue_fields(where, *_cue_cells(record, where)),
        source_line=number,
    )


_DECIMAL_COMMA = re.compile(r"^(-?\d+),(\d+)$")


def _intensity(value: str | None, where: str) -> float | None:
    """An intensity cell, 0-1, or a percentage ("80%", as a spreadsheet formats 0.8)."""
    if value and value.endswith("%"):
        percent = _csv_number(value[:-1].strip(), where, "intensity", 0.0, 100.0)
        return None if percent is None else percent / 100
    return _csv_number(value, where, "intensity", 0.0, 1.0)


def _cue_cells(record: dict[str, str], where: str) -> tuple[float | None, float | None]:
    """A row's start and end, the start cell holding both where it is a span ("0:00–0:05") and no end is given."""
    start, end = record.get("start"), record.get("end")
    if start and not end and (span := _CUE_SPAN.match(start)):
        start, end = span.groups()
    return _cue_seconds(start, where, "start"), _cue_seconds(end, where, "end")


def _cue_seconds(value: str | None, where: str, field_name: str) -> float | None:
    """A cue cell: seconds ("4.5") or a clock ("0:05", "01:02:03.5"); a video editor's timecode with frames
    ("00:00:05:12") is refused, its frame rate unknown."""
    if value and _CLOCK_CELL.match(value):
        value = str(clock_seconds(value))
    elif value and _TIMECODE_CELL.match(value):
        raise ScriptImportError(f"{where}: {field_name} {value!r} counts frames; write it in seconds or as "
                                f"h:mm:ss.ms")
    elif value and ":" in value:
        raise ScriptImportError(f"{where}: {field_name} {value!r} is not a time (seconds, or a clock: 1:05.5)")
    return _csv_number(value, where, field_name, 0.0, MAX_CUE_S)


_CUE_SPAN = re.compile(r"^([\d:.,]+)\s?[-–—]\s?([\d:.,]+)$")  # 0:00-0:05, 12.5–15
_CLOCK_CELL = re.compile(r"^(?:\d{1,2}:[0-5]\d|\d{1,3}):[0-5]\d(?:[.,]\d{1,3})?$")  # 0:05, 125:30, 1:02:03.5
_TIMECODE_CELL = re.compile(r"^\d{1,2}:\d{2}:\d{2}[:;]\d{2}$")


def _csv_number(value: str | None, where: str, field_name: str, low: float, high: float) -> float | None:
    if not value:
        return None
    try:
        number = float(_DECIMAL_COMMA.sub(r"\1.\2", value))  # "0,7" from a spreadsheet set to a European locale
    except ValueError:
        raise ScriptImportError(f"{where}: {field_name} {value!r} is not a number") from None
    if not low <= number <= high:
        raise ScriptImportError(f"{where}: {field_name} {number:g} is outside {low:g}–{high:g}")
    return number


def parse_xlsx(data: bytes, name: str = "script") -> ParsedScript:
    """An Excel workbook read like a .csv file: the first sheet whose heading row names a column to speak (a
    localization sheet's "ID | Character | Dialogue | Notes"); cells merged into one are read once."""
    check_office_zip(data, name, ".xlsx", "xl/workbook.xml", "an Excel workbook")
    import openpyxl  # it parses with defusedxml when that is installed, as here
    from defusedxml import DefusedXmlException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets = [(sheet.title, [(number, [_cell_text(value) for value in row])
                                 for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)])
                  for sheet in workbook.worksheets]
    except Exception as exc:  # openpyxl raises many types for broken workbooks, and wraps defusedxml's refusal
        cause = exc
        while cause is not None and not isinstance(cause, DefusedXmlException):
            cause = cause.__cause__ or cause.__context__
        if cause is not None:
            raise ScriptImportError(f"{name}: refused: a workbook with a DTD or entities (they can read files or "
                                    f"explode in size)") from None
        raise ScriptImportError(f"{name} is a damaged .xlsx file ({type(exc).__name__})") from None
    for title, rows in sheets:
        parsed = ParsedScript()
        read_rows(rows, f"{name} sheet {title!r}", parsed, need_heading=True)
        if parsed.lines:
            return parsed
    raise ScriptImportError(f"{name}: no sheet has a heading row naming a column to speak (Text, Line, Dialogue, "
                            f"Narration…)")


def _cell_text(value) -> str:
    """A spreadsheet cell as text: 3.0 is "3", an empty cell ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


# A speaker's name in a table without a header: up to three capitalized words ("MAYA", "Dr. Lee", "Old Man")
_TABLE_SPEAKER = re.compile(r"^[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,2}$")


def outside_the_table(name: str, paragraphs: int) -> str:
    """The warning for a document read from its script table, with paragraphs outside it (a title, notes)."""
    return (f"{name}: the script is read from its table; {counted(paragraphs, 'paragraph')} outside it "
            f"{'was' if paragraphs == 1 else 'were'} left out")


def read_rows(rows: list[tuple[int, list[str]]], where: str, parsed: ParsedScript, merged=None,
               need_heading: bool = False) -> None:
    """Numbered rows of cells as script lines: a header row naming its columns as a spreadsheet's would (an
    e-learning or video script's "Visual | Narration", "Speaker | Line | Notes"), or, without one (unless
    `need_heading`), two columns of names and words. Rows with nothing to say (a visual alone) are skipped, as are
    those whose spoken cell `merged(number, column)` says is a divider or the row above's."""
    rows = [(number, cells) for number, cells in rows if any(cells)]
    if not rows:
        return
    for start, (_, cells) in enumerate(rows[:3]):  # the header may sit under a title row spanning the table
        columns = _named_columns([heading.strip(" :").lower() for heading in cells], TABLE_ALIASES)
        if "text" in columns:
            header, rows = cells, rows[start + 1:]
            break
    else:
        if need_heading:
            return
        named = [cells for _, cells in rows if len(cells) == 2 and _TABLE_SPEAKER.match(split_direction(cells[0])[0])]
        if len(rows) < 2 or len(named) < len(rows):
            parsed.warnings.append(f"{where} left out: no heading names a column to speak (Text, Line, Narration, "
                                   f"Audio…) and it is not two columns of names and lines")
            return
        header, columns = [], ["speaker", "text"]
    ignored = [heading for heading, column in zip(header, columns) if heading and column not in CSV_COLUMNS]
    if ignored:
        parsed.warnings.append(f"{where}: columns {', '.join(ignored)} are not spoken")
    said = columns.index("text")
    waited = 0.0
    for number, cells in rows:
        if merged is not None and merged(number, said):
            continue
        record = _turn_in_cell({column: cell for column, cell in zip(columns, cells) if column in CSV_COLUMNS})
        spoken, direction = split_direction(record["text"])
        if not has_speakable_text(spoken):
            waited += tags_seconds(spoken)  # a scene break's or a timed pause's row: silence before the next line
            continue
        speaker, speaker_note = split_direction(record.get("speaker", ""))  # "ANNA (V.O.)"
        record["speaker"] = speaker.strip()
        record["direction"] = "; ".join(filter(None, [record.get("direction"), speaker_note]))
        parsed.lines.append(_csv_line(record, number, where, where=f"{where} row {number}", waited=waited))
        waited = 0.0
