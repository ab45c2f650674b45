"""Script import: a file's lines, with their speakers, directions and cue times, by format.

lines.py is what every reader shares; text.py reads .txt, .md and pasted text; subtitles.py .srt, .vtt, .sbv,
.ass, .ssa and TTML; screenplays.py .fountain and .fdx; tables.py .csv, .tsv and .xlsx; documents.py .docx and .pdf. SSML goes
through app/ssml.py, and a video's own subtitle track through subtitles.py."""

from __future__ import annotations

from pathlib import Path

from app.importers.documents import parse_docx, parse_epub, parse_odt, parse_pdf, parse_pptx, parse_rtf
from app.importers.lines import (
    ParsedScript,
    ScriptImportError,
    ScriptLine,
    as_typed,
    check_cue,
    csv_lines,
    decode_text,
    directed,
    read_typed_line,
)
from app.importers.screenplays import parse_fdx, parse_fountain
from app.importers.subtitles import parse_ass, parse_sbv, parse_srt, parse_ttml, parse_vtt
from app.importers.tables import parse_csv, parse_tsv, parse_xlsx
from app.importers.text import parse_html, parse_markdown, parse_plain_text, parse_ssml_script, parse_xml_script
from engine.errors import IntonateError
from engine.video import VIDEO_EXTENSIONS, extract_subtitles

__all__ = ["SUPPORTED_EXTENSIONS", "ParsedScript", "ScriptImportError", "ScriptLine", "as_typed", "check_cue",
           "csv_lines", "decode_text", "directed", "import_script", "import_video_subtitles", "parse_script",
           "read_typed_line"]

MAX_SCRIPT_BYTES = 20 * 1024 * 1024
# Decks and books carry their pictures: more bytes, for the same words (their unpacked size is checked as for Word)
MAX_BYTES = {".pptx": 100 * 1024 * 1024, ".epub": 100 * 1024 * 1024}
SUPPORTED_EXTENSIONS = (".txt", ".md", ".srt", ".vtt", ".sbv", ".ass", ".ssa", ".ttml", ".dfxp", ".fountain", ".fdx", ".csv",
                        ".tsv", ".xlsx", ".docx", ".odt", ".rtf", ".pdf", ".pptx", ".epub", ".html", ".htm", ".ssml",
                        ".xml", ".mp4", ".mov", ".webm", ".mkv")
MAX_VIDEO_BYTES = 4 * 1024**3


# Formats a writer may well have, which their own app saves in one read here
SAVE_AS = {".doc": "an old Word document (.doc): save it as .docx in Word or LibreOffice",
           ".pages": "a Pages document: export it as Word (.docx) from Pages",
           ".odp": "a presentation: export its notes or text as .docx or .txt",
           ".ppt": "an old PowerPoint deck (.ppt): save it as .pptx, whose speaker notes are read",
           ".key": "a Keynote deck: export it as PowerPoint (.pptx), whose speaker notes are read",
           ".xls": "an old Excel sheet (.xls): save it as .xlsx or .csv",
           ".ods": "a LibreOffice sheet: save it as .xlsx or .csv",
           ".celtx": "a Celtx project: export the script as Final Draft (.fdx) or Fountain",
           ".highland": "a Highland document: export it as Fountain or Final Draft (.fdx)"}


def import_script(path: Path) -> ParsedScript:
    """Read a script file, choosing the format from its extension."""
    if not path.exists():
        raise ScriptImportError(f"file not found: {path}")
    if not path.is_file():
        raise ScriptImportError(f"not a file: {path}")
    suffix = path.suffix.lower()
    if suffix in SAVE_AS:
        raise ScriptImportError(f"{path.name}: {SAVE_AS[suffix]}, then import that")
    if suffix not in SUPPORTED_EXTENSIONS:
        raise ScriptImportError(f"unsupported script format {suffix or '(none)'!r} for {path.name} "
                                f"(expected one of: {' '.join(SUPPORTED_EXTENSIONS)})")
    if suffix in VIDEO_EXTENSIONS:
        return import_video_subtitles(path)
    if path.stat().st_size > (limit := MAX_BYTES.get(suffix, MAX_SCRIPT_BYTES)):
        raise ScriptImportError(f"{path.name} is larger than {limit // 2**20} MB")
    return parse_script(path.read_bytes(), suffix, path.name)


def import_video_subtitles(path: Path) -> ParsedScript:
    """A video's own subtitle track, read like an .srt file (cue times kept)."""
    if path.stat().st_size > MAX_VIDEO_BYTES:
        raise ScriptImportError(f"{path.name} is larger than {MAX_VIDEO_BYTES // 2**30} GB")
    try:
        subtitles = extract_subtitles(path)
    except IntonateError as exc:
        raise ScriptImportError(str(exc)) from None
    parsed = parse_srt(subtitles, path.name)
    if not parsed.lines:
        raise ScriptImportError(f"{path.name}'s subtitles have no lines to speak")
    return parsed


_FILE_PARSERS = {".docx": parse_docx, ".odt": parse_odt, ".rtf": parse_rtf, ".pdf": parse_pdf, ".xlsx": parse_xlsx,
                 ".pptx": parse_pptx, ".epub": parse_epub}


def parse_script(data: bytes, suffix: str, name: str = "script") -> ParsedScript:
    """Parse script bytes in the format the extension names."""
    if len(data) > (limit := MAX_BYTES.get(suffix, MAX_SCRIPT_BYTES)):
        raise ScriptImportError(f"{name} is larger than {limit // 2**20} MB")
    if suffix in VIDEO_EXTENSIONS:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            video = Path(folder) / f"upload{suffix}"
            video.write_bytes(data)
            return import_video_subtitles(video)
    if suffix in _FILE_PARSERS:  # formats read from their bytes, not from decoded text
        parsed = _FILE_PARSERS[suffix](data, name)
    else:
        text = decode_text(data, name)
        parser = {".txt": parse_plain_text, ".md": parse_markdown, ".srt": parse_srt, ".vtt": parse_vtt,
                  ".sbv": parse_sbv, ".ass": parse_ass, ".ssa": parse_ass, ".ttml": parse_ttml, ".dfxp": parse_ttml,
                  ".fountain": parse_fountain, ".fdx": parse_fdx, ".csv": parse_csv, ".tsv": parse_tsv,
                  ".ssml": parse_ssml_script, ".xml": parse_xml_script, ".html": parse_html, ".htm": parse_html}[suffix]
        parsed = parser(text, name)
    if not parsed.lines:
        raise ScriptImportError(f"{name} has no lines to speak")
    return parsed
