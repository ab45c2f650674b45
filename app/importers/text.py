"""Plain text and Markdown scripts (paragraphs, `NAME:` turns, headings, transcripts), and what pasted text really
is: subtitles, SSML or a screenplay."""

from __future__ import annotations

import re
from collections.abc import Container

from app.importers.lines import (
    NOT_A_CHARACTER,
    ParsedScript,
    ScriptImportError,
    ScriptLine,
    as_direction,
    clock_seconds,
    cue_fields,
    make_line,
    speaker_turn,
    text_blocks,
)
from app.importers.screenplays import as_screenplay, looks_like_screenplay
from app.importers.subtitles import parse_ass, parse_srt, parse_ttml, parse_vtt
from app.importers.tables import is_tab_separated_script, outside_the_table, parse_tsv, read_rows
from engine.text import has_speakable_text


def parse_plain_text(text: str, name: str = "script") -> ParsedScript:
    """Paragraphs become lines; `NAME: words` lines become dialogue. A screenplay typed as plain text (a name in
    capitals above each speech) is read as the Fountain it is; text written in Markdown (a chatbot's script, a
    Notion page) as Markdown; subtitles, SSML, a web page or a spreadsheet's tab-separated rows (pasted, or saved
    as .txt) as what they are."""
    start = text.lstrip("\ufeff \t\r\n")[:200]
    if start.startswith("WEBVTT"):  # subtitles pasted, or saved as .txt
        return parse_vtt(text, name)
    if start.startswith("[Script Info]"):  # Aegisub's .ass, pasted
        return parse_ass(text, name)
    root = _xml_root(text)
    if root == "html" or start.lower().startswith("<!doctype html"):  # a web page, pasted or saved as .txt
        return parse_html(text, name)
    if root == "speak":  # SSML from another TTS tool
        return parse_ssml_script(text, name)
    if root == "tt":  # TTML subtitles
        return parse_ttml(text, name)
    if _SUBTITLE_TIMING.search(text):
        return parse_srt(text, name)
    if is_tab_separated_script(text):  # a spreadsheet saved as text, or its cells pasted
        return parse_tsv(text, name)
    if len(text) <= MAX_MARKDOWN_CHARS and _MARKDOWN_HINT.search(text):
        return parse_markdown(text, name)
    return _parse_text(text, name)


_SUBTITLE_TIMING = re.compile(r"^[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{3}[ \t]*-->[ \t]*\d", re.MULTILINE)


def parse_markdown(text: str, name: str = "script") -> ParsedScript:
    """Markdown's blocks (headings, paragraphs, list items, quotes) read as plain-text paragraphs: `**ANNA:**` is
    ANNA's turn, *italics* stress their words, a table's row is a line of its cells, code and HTML blocks are not
    spoken."""
    from markdown_it import MarkdownIt

    if len(text) > MAX_MARKDOWN_CHARS:  # the parser takes seconds a megabyte on hostile input
        raise ScriptImportError(f"{name} is longer than {MAX_MARKDOWN_CHARS // 10**6} million characters of Markdown "
                                f"(about 40 hours of speech): split it, or save it as plain text")
    raw_lines, headings, in_heading, tables, row, spoken_blocks = [], set(), False, [], None, 0
    for token in MarkdownIt("commonmark", {"html": True}).enable("table").parse(text):
        in_heading = token.type == "heading_open" or (in_heading and token.type != "heading_close")
        if token.type == "hr":  # a thematic break between scenes: a pause, as "* * *" in text is
            raw_lines.extend(["* * *", ""])
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
            tables[-1].append(((token.map or [0])[0] + 1, row))
        elif token.type == "tr_close":
            if any(row):  # a table that is no script: each row a line of its cells, "Class A, wood and paper."
                said = ", ".join(cell for cell in row if cell)
                raw_lines.extend([said if said[-1] in ".!?…" else said + ".", ""])
            row = None
        elif token.type == "inline" and row is not None:
            row.append(" ".join(_markdown_words(token.children or []).split()).rstrip(",;"))
        elif token.type == "inline":  # the words of a heading, a paragraph or a list item: a block of their own
            if in_heading:
                headings.add(len(raw_lines) + 1)
            words = _markdown_words(token.children or [])
            spoken_blocks += has_speakable_text(words)
            raw_lines.extend([*words.split("\n"), ""])
    script = _script_tables(tables, name)
    if script.lines:
        if spoken_blocks:  # a title, a version, instructions to the voice actor
            script.warnings.append(outside_the_table(name, spoken_blocks))
        return script
    return _parse_text("\n".join(raw_lines), name, headings)


def _script_tables(tables: list[list[tuple[int, list[str]]]], name: str) -> ParsedScript:
    """The lines of the Markdown tables that are a script, as a Word document's are read (see read_rows): their
    heading names a column to speak ("Speaker | Line")."""
    script = ParsedScript()
    for number, rows in enumerate(tables, start=1):
        read_rows(rows, f"{name} table {number}", script, need_heading=True)
    return script


def parse_html(text: str, name: str = "script") -> ParsedScript:
    """A web page or a document saved as one (Google Docs' "Download > Web page", a blog post, Notion): its text as
    Markdown (see html_as_markdown), read as .md."""
    return parse_markdown(html_as_markdown(text, name), name)


def html_as_markdown(text: str, name: str) -> str:
    """A page's text as Markdown by html2text: headings, paragraphs, lists; italics stressed, Google Docs' styled
    spans too; scripts, styles, images and links' addresses left out."""
    import html2text

    if len(text) > MAX_HTML_CHARS:  # its text would be past what .md reads, after seconds a megabyte of parsing
        raise ScriptImportError(f"{name} is longer than {MAX_HTML_CHARS // 10**6} million characters of HTML: "
                                f"split it, or save its text as plain text")
    converter = html2text.HTML2Text()
    converter.body_width = 0  # a paragraph on one line, as written
    converter.unicode_snob = True  # café and — as they are, not "cafe" and "--"
    converter.ignore_links = converter.ignore_images = True
    converter.emphasis_mark = "*"
    converter.google_doc = "doc-content" in text[:20_000] or "docs-internal-guid" in text[:200_000]
    try:
        return converter.handle(text)
    except Exception as exc:  # html2text's parser gives up on some broken pages
        raise ScriptImportError(f"{name} is HTML that cannot be read ({type(exc).__name__})") from None


MAX_MARKDOWN_CHARS = 2_000_000
MAX_HTML_CHARS = 10_000_000
# "# Title", "**ANNA:**", a table's rule under its heading ("|---|---|")
_MARKDOWN_HINT = re.compile(r"^#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*|^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$",
                            re.MULTILINE)
_MARKDOWN_MARKS = {"em_open": "*", "em_close": "*", "softbreak": "\n", "hardbreak": "\n"}


def _markdown_words(children) -> str:
    """Inline Markdown as our script text: emphasis as stress (`*word*`), bold and links as their words, inline
    tags (`<break time="1s"/>`) kept, images dropped."""
    return "".join(child.content if child.type in ("text", "code_inline", "html_inline")
                   else _MARKDOWN_MARKS.get(child.type, "") for child in children)


def _parse_text(text: str, name: str, headings: Container[int] = frozenset()) -> ParsedScript:
    """Plain text as a screenplay when it looks like one, else as paragraphs (the lines numbered in `headings` being
    titles)."""
    blocks = text_blocks(text.splitlines())
    if looks_like_screenplay(blocks):
        return as_screenplay(text, name)
    return parse_paragraphs(blocks, headings, name)


# A block with a line longer than this was not wrapped at a fixed width (editors wrap at 60-80 characters): text
# saved from Word or Google Docs puts each paragraph on one line, with no blank line between them
UNWRAPPED_CHARS = 120
_DIRECTIONS_AT_END = r"(?:\s*[(\[][^()\[\]]*[)\]])*$"  # "Relax. (pause 5 seconds)"
_PARAGRAPH_END = re.compile(rf"(?:[.!?…][\"”’')\]]*|^\s*[(\[][^()\[\]]*[)\]]){_DIRECTIONS_AT_END}")


def _paragraphs(block: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A block of lines as its paragraphs: one paragraph wrapped over the lines, or, where the lines were not wrapped
    (one is long, or three or more each end a sentence), a paragraph ending at each line that ends a sentence."""
    ends = [bool(_PARAGRAPH_END.search(text)) for _, text in block]
    if max(len(text) for _, text in block) <= UNWRAPPED_CHARS and not (len(block) >= 3 and all(ends[:-1])):
        return [block]
    paragraphs: list[list[tuple[int, str]]] = [[]]
    for line, ends_sentence in zip(block, ends):
        paragraphs[-1].append(line)
        if ends_sentence:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


# Verse: three or more short lines, each opening with a capital (a poem's stanza, a song's verse, a rhyme for
# children). Where a line ends without punctuation, a reader still pauses a little before the next.
VERSE_LINE_CHARS = 60
VERSE_PAUSE_S = 0.3
_LINE_END_PUNCTUATION = re.compile(r"[.,;:!?…—–\-\"”’')\]]$")


def _joined(lines: list[str]) -> str:
    """A paragraph's lines as one line of text: prose wrapped over them joined by spaces, verse with a short pause
    where a line ends without punctuation ("…travel both / And be one traveler")."""
    verse = len(lines) >= 3 and all(len(line) <= VERSE_LINE_CHARS and line[:1].isupper() for line in lines)
    if not verse:
        return " ".join(lines)
    pause = f' <break time="{VERSE_PAUSE_S:g}s"/> '
    return "".join(line + ("" if last else " " if _LINE_END_PUNCTUATION.search(line) else pause)
                   for last, line in ((i == len(lines) - 1, line) for i, line in enumerate(lines)))


def parse_paragraphs(blocks: list[list[tuple[int, str]]], headings: Container[int] = frozenset(),
                     name: str = "script") -> ParsedScript:
    """Script lines from blocks of (line number, text); the lines numbered in `headings` are titles, read as they
    are, and a video script's opening clocks ("[00:15]") the cue times of its lines."""
    parsed, pending = ParsedScript(), []
    cue: dict[str, float | None] = {}  # a timed script's cue, for the next line made

    def add(text: str, speaker: str | None, number: int) -> None:
        line = make_line(text, speaker, number, pending, **cue)
        if line:
            parsed.lines.append(line)
            cue.clear()

    def add_segment(segment: list[tuple[int, str]]) -> None:
        """A timed script's segment: from its clock ("[00:15]", "0:45 -", "[0:00-0:12]") the cue of its first line;
        a section's title over its words ("0:45 - Materials", "[00:00] Intro") a note, not words to say."""
        number, first = segment[0]
        clock = _LEADING_CLOCK.match(first)
        if clock:
            start, end = (None if stamp is None else clock_seconds(stamp) for stamp in clock.group(2, 3))
            cue.update(cue_fields(f"{name}, at {clock.group(0).strip()}", start, end))
            segment = ([(number, _untimed(first))] if clock.end() < len(first) else []) + segment[1:]
        if len(segment) > 1 and (_is_title(segment[0][1]) if clock else _is_heading(segment[0][1], segment[1][1])):
            pending.append(segment.pop(0)[1])
        for paragraph in _paragraphs(segment) if segment else []:
            add(_joined([t for _, t in paragraph]), None, paragraph[0][0])

    headers = transcript_headers(blocks)
    transcript = sum(1 for header in headers if header) >= 2  # one "Lunch 12:30" over a paragraph is no transcript
    timed = _is_timed_script(blocks)
    for block, header in zip(blocks, headers):
        if block[0][0] in headings:  # a Markdown heading: "Episode 12: Lighthouses" is no speaker's turn
            add(" ".join(t for _, t in block), None, block[0][0])
        elif transcript and header and header.group(1).split()[0].upper() not in NOT_A_CHARACTER:
            # a transcript's turn, as Otter and others export them: "Speaker 1  0:03" over the words
            add(" ".join(t for _, t in block[1:]), header.group(1).strip(), block[0][0])
        elif any(speaker_turn(_untimed(text)) for _, text in block):
            turns: list[tuple[int, str | None, str]] = []
            for number, timed_text in block:
                text = _untimed(timed_text)  # "[00:01:02] ANNA: words", as transcripts time their turns
                match = speaker_turn(text)
                if match:
                    speaker, paren, words = match.groups()
                    turns.append((number, speaker.strip(), f"{paren or ''} {words}"))
                elif turns:
                    turns[-1] = (*turns[-1][:2], f"{turns[-1][2]} {timed_text}")
                else:
                    turns.append((number, None, text))
            for number, speaker, words in turns:
                add(words, speaker, number)
        elif timed:
            for segment in _timed_segments(block):
                add_segment(segment)
        else:
            if len(block) > 1 and _is_heading(block[0][1], block[1][1]):  # "Chapter 1" apart from its paragraph
                heading, block = block[0], block[1:]
                add(heading[1], None, heading[0])
            for paragraph in _paragraphs(block):
                add(_joined([t for _, t in paragraph]), None, paragraph[0][0])
    if any(line.cue_start_s is not None for line in parsed.lines):
        parsed.warnings.append(f"{name} reads as a script timed to its video: each line starts at the time written "
                               f"before it ([00:15], 0:45 -)")
    return parsed


# A transcript's clock: 0:03, 12:45, 1:02:03, [00:01:02], (01:02.5)
_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# Otter's "Speaker 1  0:03", Rev's "Speaker 1 (00:03):"
TRANSCRIPT_HEADER = re.compile(rf"^([A-Z][\w.'\- ]{{0,40}}?)\s+[\[(]?{_CLOCK}[\])]?:?$")
# "[00:15] words", "0:45 - Materials", "(01:02.5)", "[0:00–0:12]": a clock, or a span of two, opening a line (or
# alone on it, over the words it times)
_LEADING_CLOCK = re.compile(rf"^([\[(])?({_CLOCK})(?:\s?[-–—]\s?({_CLOCK}))?[\])]?(?:(?:\s?[-–—:|]\s|\s)\s*(?=\S)|$)")


def _is_timed_script(blocks: list[list[tuple[int, str]]]) -> bool:
    """Whether the lines' opening clocks are cue times, as a video's script times its segments: two or more, and one
    bracketed or the first at 0:00 (a day's agenda, "9:00 Registration", says its times)."""
    clocks = [clock for block in blocks for _, text in block if (clock := _LEADING_CLOCK.match(text))]
    return len(clocks) >= 2 and (any(clock.group(1) for clock in clocks) or clock_seconds(clocks[0].group(2)) == 0)


def _timed_segments(block: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A block of a timed script split where a line opens with a clock."""
    segments: list[list[tuple[int, str]]] = []
    for line in block:
        if not segments or _LEADING_CLOCK.match(line[1]):
            segments.append([])
        segments[-1].append(line)
    return segments


def transcript_headers(blocks: list[list[tuple[int, str]]]) -> list[re.Match | None]:
    """For each block, its transcript heading ("Speaker 1  0:03" over words), if it opens with one."""
    return [TRANSCRIPT_HEADER.match(block[0][1]) if len(block) > 1 else None for block in blocks]


def _untimed(text: str) -> str:
    """A transcript's line without its leading timestamp: a transcript's times say when a person spoke, not where
    the new voice must (subtitles are the format for that). What follows the time is read as a line that opened with
    it would be ("[0:50] Hook: words" labels a part, not a speaker)."""
    clock = _LEADING_CLOCK.match(text)
    return as_direction(text[clock.end():]) if clock else text


_SENTENCE_END = tuple(".!?,;:…—-\"'”’)]")


def _is_title(text: str) -> bool:
    """A short line that ends no sentence, opening with a capital: "Materials", "Part 2: The Storm"."""
    return len(text) <= 40 and len(text.split()) <= 6 and not text.endswith(_SENTENCE_END) and text[:1].isupper()


def _is_heading(text: str, next_line: str) -> bool:
    """A short title line ("CHAPTER ONE", "Part 2: The Storm", "The Storm" over a longer line) over a paragraph; not
    the first line of a wrapped paragraph (longer, and the next goes on in lower case), nor a verse over a verse of
    its length."""
    if not _is_title(text):
        return False
    titled = text.isupper() or text.split()[0].strip(".:").upper() in NOT_A_CHARACTER  # CHAPTER ONE, Part 2
    return next_line[:1].isupper() and (titled or len(next_line) >= max(25, 1.5 * len(text)))


_AZURE_VOICE = re.compile(r"^[a-z]{2,3}-[A-Za-z]{2,4}-([A-Z][a-z]+)")  # en-US-JennyNeural, en-GB-RyanMultilingualNeural


_XML_ROOT = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:[\w.-]+:)?([\w.-]+)", re.DOTALL)


def _xml_root(text: str) -> str | None:
    """The name of an XML document's root element, without its prefix (None if the text does not open as XML)."""
    match = _XML_ROOT.match(text[:10_000])
    return match.group(1) if match else None


def parse_xml_script(text: str, name: str = "script") -> ParsedScript:
    """An .xml file: TTML subtitles (a <tt> root) or an SSML script (anything else, which says what it lacks)."""
    return parse_ttml(text, name) if _xml_root(text) == "tt" else parse_ssml_script(text, name)


def parse_ssml_script(text: str, name: str = "script") -> ParsedScript:
    """SSML: each paragraph (or voice change) is a line; prosody becomes the line's direction."""
    from app.ssml import parse_ssml
    from engine.voices import list_voices

    known = {v.id for v in list_voices()}
    lines, warnings = parse_ssml(text, name)
    parsed = ParsedScript(warnings=warnings)
    for number, line in enumerate(lines, start=1):
        voice = line.voice if line.voice in known else None
        speaker = line.voice
        if line.voice and voice is None:
            azure = _AZURE_VOICE.match(line.voice)
            speaker = azure.group(1) if azure else line.voice  # en-US-JennyNeural: Jenny, cast as a woman
            parsed.warn_once(f"{name}: voice {line.voice!r} is not installed; {speaker!r} becomes a speaker to cast")
        parsed.lines.append(ScriptLine(text=line.text, speaker=speaker, voice=voice, rate=line.rate,
                                       pitch=line.pitch, volume=line.volume, emotion=line.emotion,
                                       intensity=line.intensity, source_line=number))
    return parsed
