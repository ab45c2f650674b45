"""Word, Writer, PowerPoint, RTF, PDF and EPUB scripts: their tables, paragraphs, notes, laid-out text or chapters,
read by the other readers."""

from __future__ import annotations

import io
import re

from app.importers.lines import ParsedScript, ScriptImportError, check_office_zip, stress_runs, text_blocks
from app.importers.screenplays import as_screenplay, character_cue, looks_like_screenplay
from app.importers.tables import outside_the_table, read_rows
from app.importers.text import (
    TRANSCRIPT_HEADER,
    html_as_markdown,
    parse_markdown,
    parse_paragraphs,
    parse_plain_text,
    transcript_headers,
)
from app.untrusted_xml import local_tag, parse_untrusted_xml
from app.wording import first_few
from engine.text import has_speakable_text

MAX_PDF_PAGES = 2000


_PAGE_NUMBER = re.compile(r"^(?:\d{1,4}\.?|page \d+(?: of \d+)?)$", re.IGNORECASE)  # "12.", "Page 3 of 9"


def _unpaged(lines: list[str]) -> list[str]:
    """A document's lines without page numbers, and a screenplay's speech whole again where a page broke it
    ("(MORE)" at the foot, "MAYA (CONT'D)" at the head of the next)."""
    kept, broken = [], False
    for line in lines:
        if _PAGE_NUMBER.match(line) or (broken and not line):
            continue
        if line.upper() == "(MORE)":
            broken = True
            continue
        if broken:
            broken = False
            if "CONT'D" in line.upper() or "CONT’D" in line.upper():
                continue  # the speech goes on under the cue before the break
            kept.append("")
        kept.append(line)
    return kept


def parse_pdf(data: bytes, name: str = "script") -> ParsedScript:
    """A PDF with text in it (a screenplay exported from Final Draft, a script printed to PDF), read like a .txt
    file from its text laid out as on the page; page numbers and a screenplay's (MORE) are left out."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its repairs of a damaged file are no news to the user
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ScriptImportError(f"{name} is password-protected: save it without a password first")
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ScriptImportError(f"{name} has {len(reader.pages)} pages, more than {MAX_PDF_PAGES}")
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except ScriptImportError:
        raise
    except Exception as exc:  # pypdf raises many types for broken files
        raise ScriptImportError(f"{name} is not a readable PDF ({type(exc).__name__})") from None
    text = "\n".join(_unpaged([line.strip() for page in pages for line in [*page.splitlines(), ""]]))
    if not has_speakable_text(text):
        raise ScriptImportError(f"{name} holds no text, only images (a scan?): export it with its text, or OCR it")
    return parse_plain_text(text, name)


def parse_docx(data: bytes, name: str = "script") -> ParsedScript:
    """A Word script: its table of lines when it has one (see _read_table), else its paragraphs read like a
    plain-text script; refuses zip bombs and broken files."""
    check_office_zip(data, name, ".docx", "word/document.xml", "a Word document")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise ScriptImportError(f"{name} is a damaged .docx file ({type(exc).__name__})") from None
    if getattr(document.element, "body", None) is None:  # python-docx opens it, then fails on its first paragraph
        raise ScriptImportError(f"{name} is a damaged .docx file (its document has no body)")
    tables, stressing = ParsedScript(), _stressing_styles(document)
    for number, table in enumerate(document.tables, start=1):
        _read_table(table, f"{name} table {number}", tables, stressing)
    if not tables.lines:
        parsed = _paragraphs_script([_accepted_text(paragraph, stressing).strip() for paragraph in document.paragraphs],
                                    name)
        parsed.warnings[:0] = tables.warnings
        return parsed
    left_out = sum(1 for paragraph in document.paragraphs if has_speakable_text(_accepted_text(paragraph, stressing)))
    if left_out:  # a title, a version, instructions to the voice actor
        tables.warnings.append(outside_the_table(name, left_out))
    return tables


def _paragraphs_script(paragraphs: list[str], name: str) -> ParsedScript:
    """A word processor's paragraphs as script lines: each paragraph a line, or a screenplay or a transcript written
    in one, where a character cue, a (parenthetical) or a transcript's "Speaker 1  0:03" runs on into the words under
    it."""
    joined = "\n".join(text if character_cue(text) or text.startswith("(") or TRANSCRIPT_HEADER.match(text)
                        else f"{text}\n" for text in paragraphs)
    blocks = text_blocks(joined.splitlines())
    if looks_like_screenplay(blocks):
        return as_screenplay(joined, name)
    if sum(1 for header in transcript_headers(blocks) if header) >= 2:
        return parse_paragraphs(blocks, name=name)
    return parse_paragraphs(text_blocks([line for text in paragraphs for line in (text, "")]), name=name)


# What an OpenDocument holds besides its text: deleted tracked changes, comments and footnotes (inline in paragraphs)
_ODT_ASIDES = "descendant::text:tracked-changes | descendant::office:annotation | descendant::text:note"


def parse_odt(data: bytes, name: str = "script") -> ParsedScript:
    """A LibreOffice or OpenOffice Writer script (.odt): its paragraphs read as a Word document's are, with tracked
    changes accepted; refuses zip bombs, broken files and content with a DTD or entities."""
    import zipfile

    import odfdo

    from app.untrusted_xml import parse_untrusted_xml

    check_office_zip(data, name, ".odt", "content.xml", "an OpenDocument text")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.read("content.xml").decode("utf-8", errors="replace")
    parse_untrusted_xml(content, name, "OpenDocument", "document-content", ScriptImportError)
    try:
        document = odfdo.Document(io.BytesIO(data))
        for aside in document.body.xpath(_ODT_ASIDES):
            aside.delete()
        for span in document.body.get_spans():
            if _odt_stressing(document, span.style):
                _mark_run(span)
        paragraphs = [" ".join(_marked_runs_text(str(element)).split())
                      for element in document.body.xpath("descendant::text:p | descendant::text:h")]
    except Exception as exc:  # odfdo raises many types for broken packages
        raise ScriptImportError(f"{name} is a damaged .odt file ({type(exc).__name__})") from None
    return _paragraphs_script(paragraphs, name)


# Private-use characters marking where a stressed run of a paragraph opens and closes while its text is extracted
_RUN_OPENS, _RUN_CLOSES = "\ue000", "\ue001"


def _odt_stressing(document, style_name: str | None) -> bool:
    """Whether a span's text style (or a style it inherits) sets italics or an underline."""
    style = document.get_style("text", style_name) if style_name else None
    while style is not None:
        properties = style.get_properties() or {}
        if properties.get("fo:font-style") == "italic" or properties.get("style:text-underline-style", "none") != "none":
            return True
        style = document.get_parent_style(style)
    return False


def _mark_run(span) -> None:
    """Put the stressed-run marks around a span's words (its text and its children's)."""
    children = span.children
    span.text = _RUN_OPENS + (span.text or "")
    if children:
        children[-1].tail = (children[-1].tail or "") + _RUN_CLOSES
    else:
        span.text += _RUN_CLOSES


def _marked_runs_text(text: str) -> str:
    """A paragraph's text with its marked runs stressed as Word's italics are (see stress_runs)."""
    runs, depth = [], 0
    for fragment in re.split(f"([{_RUN_OPENS}{_RUN_CLOSES}])", text):
        if fragment in (_RUN_OPENS, _RUN_CLOSES):
            depth += 1 if fragment == _RUN_OPENS else -1
        elif fragment:
            runs.append((fragment, depth > 0 and not fragment.strip().endswith(":")))  # never a label ("ANNA:")
    return stress_runs(runs)


# Where RTF text breaks into lines or cells: a stressed run is closed before them (and opened again after)
_RTF_BREAKS = {"par", "sect", "page", "line", "row", "cell", "nestcell", "\n", "\r"}
_RTF_RUN_MARKS = {_RUN_OPENS: r"{\uc1\u57344?}", _RUN_CLOSES: r"{\uc1\u57345?}"}  # the marks as RTF characters


def _rtf_with_run_marks(rtf: str) -> str:
    """An RTF document with the stressed-run marks around its words in italics or underlined, as characters that
    striprtf keeps while it extracts the text (striprtf drops the formatting itself). A field's words (a link's
    underline) are not marked; pictures are taken out first, as striprtf does, so no mark falls in their bytes."""
    from striprtf.striprtf import PATTERN, remove_pict_groups, specialchars

    pieces, saved, marked = [], [], False
    italic = underline = in_field = False
    for token in PATTERN.finditer(remove_pict_groups(rtf)):
        word, argument, hex_byte, symbol, brace, char = token.groups()
        control = word or symbol
        writes = bool(char or hex_byte or word == "u" or (control in specialchars and control not in _RTF_BREAKS))
        if marked and (brace or control in _RTF_BREAKS):  # each group's marks kept within it
            pieces.append(_RTF_RUN_MARKS[_RUN_CLOSES])
            marked = False
        if brace == "{":
            saved.append((italic, underline, in_field))
        elif brace == "}" and saved:
            italic, underline, in_field = saved.pop()
        elif word == "i":
            italic = argument != "0"
        elif word and word.startswith("ul") and word != "ulc":  # \ul, \uldb, \ulwave...; \ulc is its colour
            underline = word != "ulnone" and argument != "0"
        elif word == "plain":
            italic = underline = False
        elif word == "field":
            in_field = True
        stressing = (italic or underline) and not in_field
        if marked and not stressing:
            pieces.append(_RTF_RUN_MARKS[_RUN_CLOSES])
            marked = False
        elif writes and stressing and not marked:
            pieces.append(_RTF_RUN_MARKS[_RUN_OPENS])
            marked = True
        pieces.append(token.group())
    return "".join(pieces)


def parse_rtf(data: bytes, name: str = "script") -> ParsedScript:
    """A rich-text script (.rtf, as TextEdit and WordPad save): its text read like .txt, in the code page it names,
    its words in italics or underlined within a line stressed as Word's are."""
    import codecs

    from striprtf.striprtf import rtf_to_text

    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise ScriptImportError(f"{name} is not an RTF file (it does not start with {{\\rtf)")
    page = re.search(rb"\\ansicpg(\d+)", data[:4096])
    encoding = f"cp{page.group(1).decode()}" if page else "cp1252"
    try:
        codecs.lookup(encoding)
    except LookupError:
        encoding = "cp1252"
    try:
        text = rtf_to_text(_rtf_with_run_marks(data.decode("latin-1")), encoding=encoding, errors="replace")
    except (TypeError, ValueError):  # striprtf on a character code out of range (\u-1) or missing (\uc alone)
        raise ScriptImportError(f"{name} is a damaged RTF file (a control word it cannot read)") from None
    return parse_plain_text("\n".join(_marked_runs_text(line) for line in text.split("\n")), name)


def parse_pptx(data: bytes, name: str = "script") -> ParsedScript:
    """A PowerPoint deck's speaker notes, where e-learning authors write each slide's narration: each slide's notes
    are read like a Word document's paragraphs (speakers, directions, pauses; italics stressed), its lines named by
    the slide ("slide-3", "slide-3.2"), as their stems are. Hidden slides and slides without notes say nothing."""
    check_office_zip(data, name, ".pptx", "ppt/presentation.xml", "a PowerPoint presentation")
    import pptx

    try:
        deck = pptx.Presentation(io.BytesIO(data))
        slides = [(number, slide.element.get("show") == "0",
                   [_pptx_paragraph(paragraph) for paragraph in slide.notes_slide.notes_text_frame.paragraphs]
                   if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None else [])
                  for number, slide in enumerate(deck.slides, start=1)]
    except Exception as exc:  # python-pptx raises many types for broken packages
        raise ScriptImportError(f"{name} is a damaged .pptx file ({type(exc).__name__})") from None
    parsed, silent, hidden = ParsedScript(), [], []
    for number, is_hidden, paragraphs in slides:
        if is_hidden:
            hidden.append(number)
            continue
        said = any(map(has_speakable_text, paragraphs))
        lines = _paragraphs_script(paragraphs, f"{name} slide {number}").lines if said else []
        if not lines:
            silent.append(number)
        for part, line in enumerate(lines, start=1):
            line.author_id = f"slide-{number}" if len(lines) == 1 else f"slide-{number}.{part}"
            line.source_line = number
        parsed.lines.extend(lines)
    if not parsed.lines:
        raise ScriptImportError(f"{name}: no slide has speaker notes to say (a deck's narration is read from its "
                                f"notes: View > Notes in PowerPoint)")
    if silent:
        parsed.warnings.append(f"{name}: no speaker notes on {_slides(silent)}: nothing is said over "
                               f"{'it' if len(silent) == 1 else 'them'}")
    if hidden:
        parsed.warnings.append(f"{name}: hidden {_slides(hidden)} left out")
    return parsed


def parse_epub(data: bytes, name: str = "script") -> ParsedScript:
    """An e-book (.epub), as audiobooks are narrated from: its chapters in reading order, each read as a web page is
    (headings, paragraphs, italics stressed), a scene break's pause between chapters; its table of contents and the
    pages it keeps out of the reading order are not read. A book locked by DRM is refused, saying so."""
    import posixpath
    import zipfile
    from urllib.parse import unquote

    check_office_zip(data, name, ".epub", "META-INF/container.xml", "an EPUB e-book")
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        if "META-INF/rights.xml" in book.namelist() or _encrypted_pages(book, name):
            raise ScriptImportError(f"{name} is locked by DRM: only a book without DRM can be read")
        container = _epub_xml(book, "META-INF/container.xml", name, "container")
        package_path = next((element.get("full-path") for element in container.iter()
                             if local_tag(element) == "rootfile" and element.get("full-path")), None)
        if package_path is None:
            raise ScriptImportError(f"{name}: the e-book names no package file in META-INF/container.xml")
        package = _epub_xml(book, package_path, name, "package")
        items = {item.get("id"): item for item in package.iter() if local_tag(item) == "item"}
        chapters = [items[ref.get("idref")] for ref in package.iter() if local_tag(ref) == "itemref"
                    and ref.get("linear", "yes") != "no" and ref.get("idref") in items]
        folder = posixpath.dirname(package_path)
        pages = [_epub_text(book, posixpath.normpath(posixpath.join(folder, unquote(item.get("href", "")))), name)
                 for item in chapters if "nav" not in (item.get("properties") or "").split()]
    if not pages:
        raise ScriptImportError(f"{name}: the e-book has no chapters in its reading order")
    return parse_markdown("\n\n* * *\n\n".join(html_as_markdown(page, name) for page in pages), name)


def _epub_xml(book, path: str, name: str, root_tag: str):
    return parse_untrusted_xml(_epub_text(book, path, name), name, "EPUB", root_tag, ScriptImportError)


def _epub_text(book, path: str, name: str) -> str:
    try:
        return book.read(path).decode("utf-8", errors="replace")
    except KeyError:
        raise ScriptImportError(f"{name}: the e-book lacks {path}, which it lists") from None


def _encrypted_pages(book, name: str) -> bool:
    """Whether the book's encryption (META-INF/encryption.xml) covers pages of text, not only fonts, as DRM does."""
    if "META-INF/encryption.xml" not in book.namelist():
        return False
    encryption = _epub_xml(book, "META-INF/encryption.xml", name, "encryption")
    return any(local_tag(element) == "cipherreference" and re.search(r"\.x?html?$", element.get("URI", ""), re.I)
               for element in encryption.iter())


def _pptx_paragraph(paragraph) -> str:
    """A notes paragraph's words, those in italics or underlined within it stressed."""
    return stress_runs([(run.text, bool(run.font.italic or run.font.underline)) for run in paragraph.runs]).strip()


def _slides(numbers: list[int]) -> str:
    return f"slide{'s' if len(numbers) > 1 else ''} {first_few(numbers)}"


# A paragraph's runs with its tracked changes accepted: inserted runs are read, deleted and moved-away ones are not
# (python-docx's Paragraph.text drops the insertions); a text box's words belong to the box, not the paragraph.
_ACCEPTED_RUNS = ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent)]"


def _accepted_text(paragraph, stressing_styles: set[str]) -> str:
    """A Word paragraph's words, those in italics or underlined within it stressed (a label such as "ANNA:" never)."""
    from docx.text.run import Run

    runs = [Run(element, paragraph) for element in paragraph._p.xpath(_ACCEPTED_RUNS)]
    return stress_runs([(run.text, bool(run.italic or run.underline or run._r.style in stressing_styles)
                         and not run.text.strip().endswith(":")) for run in runs])


def _stressing_styles(document) -> set[str]:
    """The ids of a document's character styles in italics or underlined ("Emphasis"); a link's underline is the
    link's, not a stress."""
    from docx.enum.style import WD_STYLE_TYPE

    return {style.style_id for style in document.styles if style.type == WD_STYLE_TYPE.CHARACTER
            and style.name != "Hyperlink" and (style.font.italic or style.font.underline)}


def _read_table(table, where: str, parsed: ParsedScript, stressing_styles: set[str]) -> None:
    """A Word table as script lines (see read_rows). A divider across the table is no line, and words in a cell
    merged over several rows are said once."""
    grid = [row.cells for row in table.rows]  # a merged cell is the same cell in every place of the grid it covers

    def merged(number: int, column: int) -> bool:
        row, above = grid[number - 1], grid[number - 2] if number > 1 else []
        if column >= len(row):  # a row with fewer cells than the heading (a table edited by hand in the XML)
            return False
        cell = row[column]
        divider = len(row) > 1 and all(other._tc is cell._tc for other in row)  # a one-column table has none
        return divider or (column < len(above) and above[column]._tc is cell._tc)

    def words(cell) -> str:
        return " ".join(" ".join(_accepted_text(paragraph, stressing_styles) for paragraph in cell.paragraphs).split())

    rows = [(number, [words(cell) for cell in cells]) for number, cells in enumerate(grid, start=1)]
    read_rows(rows, where, parsed, merged)
