"""Script import for every format, including broken files and odd encodings."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from app.importers import ScriptImportError, import_script, parse_script
from tests.conftest import SAMPLES


def test_plain_text_dialogue_keeps_speakers_and_directions():
    lines = import_script(SAMPLES / "dialogue.txt").lines
    assert [(l.speaker, l.text) for l in lines] == [
        ("ANNA", "Did you hear that? Something is outside."),
        ("BEN", "It's just the wind. Go back to sleep."),
        ("ANNA", "I am absolutely terrified, Ben!"),
        ("BEN", "Fine. I'll check."),
        ("ANNA", "Thank you. I love you, you know."),
    ]
    # The scene heading has no words to speak: it travels to the next line as direction.
    assert lines[0].direction == "Night. A small kitchen.; whispering"
    assert lines[3].direction == "grabs a torch"


def test_plain_text_paragraphs_become_lines():
    lines = import_script(SAMPLES / "narration.txt").lines
    assert len(lines) == 3
    assert lines[1].text.startswith("Sound is a wave of pressure. When a guitar string")
    assert "\n" not in lines[1].text and lines[1].speaker is None


def test_srt_keeps_cues_and_voice_spans():
    lines = import_script(SAMPLES / "cues.srt").lines
    assert [l.cue_start_s for l in lines] == [1.0, 6.5, 12.0]
    assert [l.cue_end_s for l in lines] == [4.0, 10.0, 15.0]
    assert lines[1].speaker == "Host" and lines[1].text == "Today we are building a tiny robot."
    assert [l.author_id for l in lines] == ["1", "2", "3"]


def test_vtt_speakers_tags_and_unspoken_cues():
    lines = import_script(SAMPLES / "cues.vtt").lines
    assert [(l.speaker, l.text) for l in lines] == [("Roger", "Hi, I'm Roger."), ("Ana", "And I'm Ana. *Welcome!*")]
    assert lines[0].author_id == "intro"
    assert lines[1].cue_start_s == 4.0 and lines[1].cue_end_s == 6.0


YOUTUBE_AUTO_VTT = """WEBVTT
Kind: captions
Language: en

00:00:00.000 --> 00:00:02.310 align:start position:0%
 
hey<00:00:00.400><c> guys</c><00:00:00.640><c> welcome</c><00:00:00.960><c> back</c>

00:00:02.310 --> 00:00:02.320 align:start position:0%
hey guys welcome back
 

00:00:02.320 --> 00:00:04.789 align:start position:0%
hey guys welcome back
today<00:00:02.639><c> we're</c><00:00:02.879><c> building</c><00:00:03.200><c> a</c><00:00:03.600><c> shed</c>

00:00:04.789 --> 00:00:04.799 align:start position:0%
today we're building a shed
 

00:00:04.799 --> 00:00:07.269 align:start position:0%
today we're building a shed
and<00:00:05.120><c> it's</c><00:00:05.359><c> gonna</c><00:00:05.600><c> be</c><00:00:05.839><c> awesome</c>
"""


def test_youtube_automatic_captions_read_each_row_once_at_its_own_time():
    """YouTube's automatic captions roll up: each cue shows the row before it again, and a 10 ms cue repeats the
    finished row. Every row used to become a line of its own each time it was shown."""
    parsed = parse_script(YOUTUBE_AUTO_VTT.encode(), ".vtt", "auto.vtt")
    assert [(l.text, l.cue_start_s, l.cue_end_s) for l in parsed.lines] == [
        ("hey guys welcome back", 0.0, 2.31), ("today we're building a shed", 2.32, 4.789),
        ("and it's gonna be awesome", 4.799, 7.269)]
    assert "roll up" in parsed.warnings[0]


def test_rolling_srt_captions_of_three_rows_and_a_plain_repeat():
    """Television's roll-up captions (here three rows deep, as an .srt) are read a row at a time; in captions that
    do not roll, a cue said twice ("Help!" / "Help!") is kept twice."""
    rows = ["Who's there?", "It's me.", "Open the door.", "Now!"]
    shown = [rows[:1], rows[:2], rows[:3], rows[1:4]]
    srt = "".join(f"{n}\n00:00:0{n},000 --> 00:00:0{n},900\n" + "\n".join(cue) + "\n\n"
                  for n, cue in enumerate(shown, start=1))
    parsed = parse_script(srt.encode(), ".srt", "live.srt")
    assert [(l.text, l.cue_start_s) for l in parsed.lines] == [(row, n) for n, row in enumerate(rows, start=1)]
    plain = "1\n00:00:01,000 --> 00:00:02,000\nHelp!\n\n2\n00:00:02,500 --> 00:00:03,500\nHelp!\n\n" \
            "3\n00:00:04,000 --> 00:00:05,000\nHelp!\nAnyone?\n"
    parsed = parse_script(plain.encode(), ".srt", "plain.srt")
    assert [l.text for l in parsed.lines] == ["Help!", "Help!", "Help! Anyone?"] and not parsed.warnings


def test_fountain_characters_parentheticals_and_dual_dialogue():
    lines = import_script(SAMPLES / "scene.fountain").lines
    assert [(l.speaker, l.text) for l in lines] == [
        ("Sarah", "Hello? Who is this?"),
        ("Voice", "You know exactly who this is."),
        ("Sarah", "I don't. Please, just tell me what you want."),
        ("Mark", "Sarah, hang up!"),
        ("Sarah", "Stop shouting!"),
    ]
    assert lines[0].direction == "into the phone"


def test_fountain_words_in_italics_or_underlined_within_a_speech_are_stressed():
    """Fountain's *italics* and _underline_ stress a word as Final Draft's do; a speech wholly in italics, or a
    word in **bold**, stresses nothing."""
    fountain = (b"INT. STUDIO - NIGHT\n\nDEV\nMost of them were, let's say, *passionate*. I _really_ **mean** it.\n\n"
                b"MAYA\n*All of this is a thought.*\n")
    lines = parse_script(fountain, ".fountain", "x.fountain").lines
    assert [line.text for line in lines] == ["Most of them were, let's say, *passionate*. I *really* mean it.",
                                             "All of this is a thought."]


def test_character_cues_in_capitals_become_names_as_written():
    """str.title() made MAYA'S MOM "Maya'S Mom" and McCLANE "Mcclane"."""
    cues = ["MAYA'S MOM", "@McCLANE", "O'BRIEN", "JEAN-LUC (V.O.)", "HENRY VIII", "FBI AGENT", "DR. JONES", "LIV"]
    fountain = "INT. HALL - DAY\n\n" + "".join(f"{cue}\nHello.\n\n" for cue in cues)
    speakers = [l.speaker for l in parse_script(fountain.encode(), ".fountain", "x.fountain").lines]
    assert speakers == ["Maya's Mom", "McClane", "O'Brien", "Jean-Luc", "Henry VIII", "FBI Agent", "Dr. Jones", "Liv"]


def test_csv_with_ids_emotions_and_intensity():
    lines = import_script(SAMPLES / "elearning.csv").lines
    assert [l.author_id for l in lines] == ["slide-01", "slide-02", "slide-03"]
    assert (lines[0].emotion, lines[0].intensity) == ("joy", 0.4)
    assert (lines[1].emotion, lines[1].intensity) == (None, None)


def test_a_spreadsheet_saved_as_unicode_text_is_read_as_its_table():
    """Excel's "Unicode Text" (.txt) is UTF-16 with tabs between the cells: it was one paragraph holding every cell,
    headings and all. An intensity a spreadsheet formats as a percentage reads as the fraction it is."""
    sheet = ("Scene\tCharacter\tDialogue\tEmotion\tIntensity\r\n1\tMia\tI can't believe you did this!\tAngry\t80%\r\n"
             "1\tTom\tI did it for us.\tSad\t\r\n")
    parsed = parse_script(sheet.encode("utf-16"), ".txt", "sheet.txt")
    assert [(l.speaker, l.text, l.emotion, l.intensity) for l in parsed.lines] == [
        ("Mia", "I can't believe you did this!", "anger", 0.8), ("Tom", "I did it for us.", "sadness", None)]
    indented = "Once upon a time\tthere was a lighthouse.\n\nIts keeper was old.\n"
    assert [l.text for l in parse_script(indented.encode(), ".txt", "story.txt").lines] == [
        "Once upon a time there was a lighthouse.", "Its keeper was old."]


def test_a_subtitle_with_two_speakers_turns_becomes_two_lines():
    """Film subtitles put a quick exchange in one cue, each turn opened by a dash: each turn is its own line (its own
    emotion, and a voice of its own where the cue names it), sharing the cue's time by length."""
    srt_text = ("1\n00:00:01,000 --> 00:00:03,000\n- Where were you?\n- Out.\n\n"
                "2\n00:00:04,000 --> 00:00:05,000\n-5 degrees tonight.\n")
    parsed = parse_script(srt_text.encode(), ".srt", "x.srt")
    first, second, third = parsed.lines
    assert parsed.warnings == ["x.srt: captions give two speakers' turns (a dash before each) without their names; "
                               "each turn is a line of its own, read by the narrator until you name its speaker (the "
                               "Speaker column, or project reassign)"]  # one voice read both sides, and nothing said so
    assert [(l.author_id, l.text) for l in (first, second, third)] == [
        ("1a", "Where were you?"), ("1b", "Out."), ("2", "-5 degrees tonight.")]
    assert (first.cue_start_s, second.cue_end_s) == (1.0, 3.0)
    assert first.cue_end_s == second.cue_start_s == pytest.approx(1.0 + 2.0 * 15 / 19)
    sung = parse_script(b"1\n00:00:01,000 --> 00:00:02,000\n<i>\xe2\x99\xaa Happy birthday \xe2\x99\xaa</i>\n\n"
                        b"2\n00:00:03,000 --> 00:00:04,000\nThank you.\n", ".srt", "x.srt").lines
    assert [(l.text, l.direction) for l in sung] == [("Thank you.", "♪ Happy birthday ♪")]  # lyrics are not read out
    vtt_text = "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Anna>- Where were\nyou?</v>\n<v Ben>- Out.</v>\n"
    named = parse_script(vtt_text.encode(), ".vtt", "x.vtt")
    assert [(l.speaker, l.text) for l in named.lines] == [("Anna", "Where were you?"), ("Ben", "Out.")]
    assert named.warnings == []
    two_voices = "WEBVTT\n\n00:01.000 --> 00:03.000\n<v.loud Jonas>Just me!\n<v Mara>Oh, thank god.\n"
    first, second = parse_script(two_voices.encode(), ".vtt", "x.vtt").lines  # no dashes: the voices part them
    assert [(first.speaker, first.text), (second.speaker, second.text)] == [("Jonas", "Just me!"),
                                                                          ("Mara", "Oh, thank god.")]
    assert first.cue_end_s == second.cue_start_s


def test_broadcast_subtitles_tell_speakers_apart_by_colour():
    """As the BBC's do: a caption wholly in one colour is that colour's speaker, in .srt (<font color>), .vtt
    (<c.yellow>) and TTML (tts:color, by style); uncoloured or partly coloured captions stay narration, and a file
    in one colour throughout has no speakers."""
    srt = ('1\n00:00:01,000 --> 00:00:02,000\n<font color="#ffff00">Where were you?</font>\n\n'
           '2\n00:00:03,000 --> 00:00:04,000\n<font color="#00ffff">Out.</font>\n\n'
           '3\n00:00:05,000 --> 00:00:06,000\nThe night was cold.\n\n'
           '4\n00:00:07,000 --> 00:00:08,000\n<font color=yellow>All night?</font>\n\n'
           '5\n00:00:09,000 --> 00:00:10,000\n<font color="#0ff">All night.</font>\n\n'
           '6\n00:00:11,000 --> 00:00:12,000\nHe <font color="#ffff00">said</font> so.\n')
    parsed = parse_script(srt.encode(), ".srt", "bbc.srt")
    assert [line.speaker for line in parsed.lines] == ["Yellow", "Cyan", None, "Yellow", "Cyan", None]
    assert parsed.warnings == ["bbc.srt: speakers told apart by colour, as broadcast subtitles do: Cyan, Yellow "
                               "(rename them on the Cast page, or by `project cast --rename`)"]
    vtt = ("WEBVTT\n\n00:01.000 --> 00:02.000\n<c.yellow>Where were you?</c>\n\n00:03.000 --> 00:04.000\n<c.cyan>Out."
           "</c>\n\n00:05.000 --> 00:06.000\n<c.yellow>Why?</c>\n\n00:07.000 --> 00:08.000\n<c.cyan>Because.</c>\n")
    assert [line.speaker for line in parse_script(vtt.encode(), ".vtt", "bbc.vtt").lines] == ["Yellow", "Cyan"] * 2
    ttml = ('<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling"><head><styling>'
            '<style xml:id="y" tts:color="yellow"/><style xml:id="c" tts:color="#00FFFF"/></styling></head><body><div>'
            '<p begin="1s" end="2s" style="y">Where were you?</p><p begin="3s" end="4s"><span style="c">Out.</span></p>'
            '<p begin="5s" end="6s" style="y">Why?</p><p begin="7s" end="8s"><span style="c">Because.</span></p>'
            '<p begin="9s" end="10s">Plain <span style="y">mixed</span>.</p></div></body></tt>')
    assert [line.speaker for line in parse_script(ttml.encode(), ".ttml", "bbc.ttml").lines] == [
        "Yellow", "Cyan", "Yellow", "Cyan", None]
    counted = ttml.replace("Where were you?", "42").replace("Because.", "7.")  # a caption of digits has its colour too
    assert [line.speaker for line in parse_script(counted.encode(), ".ttml", "n.ttml").lines] == [
        "Yellow", "Cyan", "Yellow", "Cyan", None]
    one_colour = ('1\n00:00:01,000 --> 00:00:02,000\n<font color="#ffff00">Hello.</font>\n\n'
                  '2\n00:00:03,000 --> 00:00:04,000\n<font color="#ffff00">Bye.</font>\n')
    parsed = parse_script(one_colour.encode(), ".srt", "yellow.srt")
    assert [line.speaker for line in parsed.lines] == [None, None] and parsed.warnings == []


def test_subtitle_italics_stress_and_substation_tags_are_not_read():
    """An .srt or .vtt word in <i> inside a line is stressed, as in .ass and TTML (a line wholly in italics is not);
    a SubStation tag an .srt carries ({\\an8}: top of the screen) is not read out."""
    srt_text = ("1\n00:00:01,000 --> 00:00:02,000\nI <i>told</i> you so.\n\n"
                "2\n00:00:02,000 --> 00:00:03,000\n{\\an8}<i>Meanwhile, upstairs.</i>\n\n"
                "3\n00:00:03,000 --> 00:00:04,000\n<font color=\"#ffff00\">JOHN:</font> Get <I>down</I>!\n")
    assert [(l.speaker, l.text) for l in parse_script(srt_text.encode(), ".srt", "x.srt").lines] == [
        (None, "I *told* you so."), (None, "Meanwhile, upstairs."), ("JOHN", "Get *down*!")]
    vtt_text = "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Anna>You <i>promised</i> &amp; you forgot.</v>\n"
    assert [(l.speaker, l.text) for l in parse_script(vtt_text.encode(), ".vtt", "x.vtt").lines] == [
        ("Anna", "You *promised* & you forgot.")]
    tagged = "WEBVTT\n\n00:01.000 --> 00:03.000\n<c.loud>Nobody</c> <b>move</b>. <00:02.000>Please<br/>wait.\n"
    assert parse_script(tagged.encode(), ".vtt", "x.vtt").lines[0].text == "Nobody move. Please wait."


def test_spreadsheet_exports_read_whatever_their_separator_and_headings():
    """A localization sheet exported from a European-locale spreadsheet: semicolons, decimal commas, its own
    column names; and the same sheet saved as tab-separated values, whose text holds commas."""
    semicolons = "ID;Character;Line;Notes;Intensity\nL1;Anna;Hello, and welcome.;warmly;0,7\n"
    tabs = "ID\tCharacter\tLine\tNotes\tIntensity\nL1\tAnna\tHello, and welcome.\twarmly\t0.7\n"
    for data, suffix in ((semicolons, ".csv"), (tabs, ".tsv"), (tabs, ".csv")):
        (line,) = parse_script(data.encode(), suffix, f"sheet{suffix}").lines
        assert (line.author_id, line.speaker, line.text, line.direction, line.intensity) == (
            "L1", "Anna", "Hello, and welcome.", "warmly", 0.7), suffix


def test_a_csv_text_column_wins_over_an_alias_of_it_and_dialogue_over_line():
    parsed = parse_script(b"line,text\n1,Good morning.\n", ".csv", "x.csv")
    assert [l.text for l in parsed.lines] == ["Good morning."]
    assert parsed.warnings == ["x.csv: ignored columns line"]
    numbered = parse_script(b"Line,Character,Dialogue\n1,Anna,Good morning.\n", ".csv", "loc.csv")
    assert [(l.speaker, l.text) for l in numbered.lines] == [("Anna", "Good morning.")]  # not "1"


def test_a_sheets_video_script_speaks_its_audio_column_at_its_times():
    """A video script kept in a sheet: "Time | Visual | Audio", the times as clocks; "Audio" beside no picture column
    is a sheet's sound files, not words."""
    parsed = parse_script(b"Time,Visual,Audio\n0:00,Logo,Welcome to Acme.\n0:05.5,Product shot,Meet the X1.\n"
                          b"1:02:03,End card,Bye.\n", ".csv", "av.csv")
    assert [(l.cue_start_s, l.text) for l in parsed.lines] == [(0.0, "Welcome to Acme."), (5.5, "Meet the X1."),
                                                              (3723.0, "Bye.")]
    timed = parse_script(b"start time,end time,text\n0:01,0:03,Hello.\n", ".csv", "t.csv").lines[0]
    assert (timed.cue_start_s, timed.cue_end_s) == (1.0, 3.0)
    span = parse_script("Time,Video,Audio\n0:00–0:04.5,Logo,Hi.\n".encode(), ".csv", "s.csv").lines[0]
    assert (span.cue_start_s, span.cue_end_s) == (0.0, 4.5)  # a span in the time column
    files = parse_script(b"id,text,audio\n1,Hello.,line1.wav\n", ".csv", "loc.csv")
    assert [l.text for l in files.lines] == ["Hello."] and files.warnings == ["loc.csv: ignored columns audio"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("speaker,words\nA,hello\n", "needs a 'text' column"),
        ("text,emotion\nHello,joy\nHi there,furious-ish\n", "line 3: unknown emotion"),
        ("text,intensity\nHello,0.5\nHi,7\n", "line 3: intensity 7 is outside"),
        ("text,intensity\nHello,loud\n", "line 2: intensity 'loud' is not a number"),
        ("text,intensity\nHello,150%\n", "line 2: intensity 150 is outside 0–100"),
        ("text,id\nHello,a\n   ,b\n", "line 3: empty text"),
        ("text,id\nHello,a,extra\n", "line 2: expected 2 fields, found 3"),
        ("timecode,video,audio\n00:00:05:12,Logo,Hi.\n", "line 2: start '00:00:05:12' counts frames"),
        ("start,text\n0:75,Hi.\n", "line 2: start '0:75' is not a time"),
    ],
)
def test_csv_bad_rows_name_their_line(content, message):
    with pytest.raises(ScriptImportError, match=message):
        parse_script(content.encode(), ".csv", "lines.csv")


def test_text_saved_from_word_has_a_paragraph_per_line():
    """Word and Google Docs save text with each paragraph on one line and no blank line between: those are lines
    of their own (the whole chapter was one line), while a paragraph wrapped by an editor stays one line."""
    saved = ("The rain had not stopped for three days. Mara watched it from the window, counting the drops that raced "
             "down the glass.\n\"We found it,\" he said.\nShe did not ask what.")
    dialogue = '"Where are you going?" she asked.\n"Out."\n"Out where?"\nHe did not answer.'
    wrapped = "The rain fell all night, and by morning\nthe road was gone. Nobody\ncame."
    assert [len(parse_script(text.encode(), ".txt", "t.txt").lines) for text in (saved, dialogue, wrapped)] == [3, 4, 1]


@pytest.mark.parametrize(
    "encoded",
    [
        "ANNA: Café au lait — naïve “quotes”.".encode("utf-8"),
        "\ufeffANNA: Café au lait — naïve “quotes”.".encode("utf-8"),
        "ANNA: Café au lait — naïve “quotes”.".encode("utf-16"),  # with BOM
        "ANNA: Café au lait — naïve “quotes”.".encode("utf-16-le"),  # without BOM
        "ANNA: Café au lait — naïve “quotes”.".encode("cp1252"),
        # UTF-8 but for one Windows-1252 word pasted in: each part read in its own encoding, not "CafÃ©"
        "ANNA: Café au lait — ".encode("utf-8") + "naïve “quotes”.".encode("cp1252"),
    ],
)
def test_encodings_are_detected(encoded):
    (line,) = parse_script(encoded, ".txt", "x.txt").lines
    assert (line.speaker, line.text) == ("ANNA", "Café au lait — naïve “quotes”.")


def test_binary_garbage_is_refused():
    garbage = bytes(range(256)) * 40
    with pytest.raises(ScriptImportError, match="binary file"):
        parse_script(garbage, ".txt", "garbage.txt")


@pytest.mark.parametrize("suffix", [".txt", ".srt", ".vtt", ".fountain", ".csv"])
def test_empty_scripts_are_refused(suffix):
    content = {".csv": "text\n", ".vtt": "WEBVTT\n"}.get(suffix, "\n\n  \n")
    with pytest.raises(ScriptImportError):
        parse_script(content.encode(), suffix, f"empty{suffix}")


def test_malformed_srt_is_refused():
    with pytest.raises(ScriptImportError, match="malformed SRT"):
        parse_script(b"1\n00:00:01,000 --> banana\nHello\n", ".srt", "bad.srt")


@pytest.mark.parametrize(
    "content, suffix, message",
    [
        ("1\n00:00:04,000 --> 00:00:02,500\nBackwards\n", ".srt", "b.srt cue 1: a cue must end after it starts \\(this one starts at 4 s, ends at 2.5 s\\)"),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nFine\n\n00:05.000 --> 00:03.000\nBackwards\n", ".vtt", "b.vtt cue 2: a cue must end after it starts"),
        ("text,start,end\nFine,0,1\nBackwards,3,2\n", ".csv", "b.csv line 3: a cue must end after it starts"),
    ],
)
def test_cues_that_end_before_they_start_are_refused(content, suffix, message):
    with pytest.raises(ScriptImportError, match=message):
        parse_script(content.encode(), suffix, f"b{suffix}")


_TTML = ('<tt xmlns="http://www.w3.org/ns/ttml" xmlns:tts="http://www.w3.org/ns/ttml#styling" '
         'xmlns:ttp="http://www.w3.org/ns/ttml#parameter" {}>'
         '<body><div><p begin="{}" end="3s" {}>Hi.</p></div></body></tt>')


@pytest.mark.parametrize("data, suffix, message", [
    (b"1\n999999999999999999999:00:01,000 --> 999999999999999999999:00:02,000\nHi\n", ".srt",
     "x.srt: malformed SRT \\(a cue time out of range\\)"),
    ("text\nShort.\n\"{}\"\n".format("a" * 140_000).encode(), ".csv", "x.csv line 3: field larger than field limit"),
    (_TTML.format("", "1s", 'tts:fontStyle="tom"').encode(), ".ttml",
     "x.ttml: malformed TTML \\(an unknown value 'tom'\\)"),
    (_TTML.format('ttp:frameRate="0"', "10f", "").encode(), ".ttml",
     "x.ttml: malformed TTML \\(a frame or tick rate of 0\\)"),
])
def test_what_the_format_libraries_cannot_read_is_a_clear_refusal(data, suffix, message):
    """Found by feeding mutated scripts to the importers: each of these escaped as the library's own exception (an
    OverflowError from srt, csv.Error, a KeyError or ZeroDivisionError from ttconv, a TypeError or ValueError from
    striprtf, an AttributeError from python-docx) instead of naming the problem."""
    with pytest.raises(ScriptImportError, match=message):
        parse_script(data, suffix, f"x{suffix}")


def test_damaged_rtf_and_docx_files_are_refused_clearly():
    rtf = rb"{\rtf1\ansi ANNA: Hi \u99999999? there.\par}", rb"{\rtf1\ansi ANNA: Hi \uc there.\par}"
    for damaged in rtf:
        with pytest.raises(ScriptImportError, match="x.rtf is a damaged RTF file"):
            parse_script(damaged, ".rtf", "x.rtf")
    with zipfile.ZipFile(io.BytesIO(_docx_bytes(["ANNA: Hi."]))) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:document ", b"<w:documnt ", 1).replace(
        b"</w:document>", b"</w:documnt>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, part in parts.items():
            package.writestr(name, part)
    with pytest.raises(ScriptImportError, match="x.docx is a damaged .docx file \\(its document has no body\\)"):
        parse_script(buffer.getvalue(), ".docx", "x.docx")


def test_a_word_table_row_with_a_cell_missing_is_read():
    """A row with fewer cells than the heading (python-docx reads what the XML holds) was an IndexError."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [["Speaker", "Line"], ["Anna", "Hello."], ["Ben", "Bye."]]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    table.rows[2]._tr.remove(table.rows[2]._tr.tc_lst[0])  # Ben's row keeps one cell: "Bye."
    buffer = io.BytesIO()
    document.save(buffer)
    lines = parse_script(buffer.getvalue(), ".docx", "ragged.docx").lines
    assert [(line.speaker, line.text) for line in lines][0] == ("Anna", "Hello.")


def test_odd_but_readable_scripts_are_read():
    """A UTF-16 file cut short by a byte, a CSV from Excel for the Mac (rows ended by a lone carriage return) and an
    SSML date written "yyyymmdd" are read, not refused with a decoder's or an index error."""
    cut_short = "ANNA: Hello.\nBEN: Bye.".encode("utf-16")[:-1]
    assert [(l.speaker, l.text) for l in parse_script(cut_short, ".txt", "x.txt").lines] == [
        ("ANNA", "Hello."), ("BEN", "Bye\ufffd")]
    mac = parse_script(b"speaker,text\rAnna,Hello.\rBen,\"Bye,\rnow.\"\r", ".csv", "mac.csv").lines
    assert [(l.speaker, l.text) for l in mac] == [("Anna", "Hello."), ("Ben", "Bye, now.")]
    ssml = b'<speak>Due <say-as interpret-as="date" format="yyyymmdd">2026-12-07</say-as>.</speak>'
    assert parse_script(ssml, ".ssml", "x.ssml").lines[0].text == "Due December seventh, twenty twenty-six."


def test_ssml_say_as_reads_numbers_as_asked():
    """A signed or decimal cardinal lost its sign and point ("-3.5" said "thirty-five"); Azure's "digits" (and
    Alexa's "number_digit") are said digit by digit; a time inside a sentence keeps a small letter; a number past
    what num2words can say is left to the normalizer, not an OverflowError."""
    def said(inner: str) -> str:
        return parse_script(f"<speak>It is {inner} now.</speak>".encode(), ".ssml", "x.ssml").lines[0].text

    assert said('<say-as interpret-as="cardinal">-3.5</say-as>') == "It is minus three point five now."
    assert said('<say-as interpret-as="cardinal">1,204</say-as>') == "It is one thousand, two hundred and four now."
    assert said('<say-as interpret-as="digits">2026</say-as>') == "It is two zero two six now."
    assert said('<say-as interpret-as="number_digit">12</say-as>') == "It is one two now."
    assert said('<say-as interpret-as="time">2:30pm</say-as>') == "It is two thirty P-M now."
    huge = "9" * 400
    assert said(f'<say-as interpret-as="cardinal">{huge}</say-as>') == f"It is {huge} now."
    assert said(f'<say-as interpret-as="ordinal">{huge}</say-as>') == f"It is {huge} now."


def test_a_zero_length_cue_keeps_only_its_start():
    (line,) = parse_script(b"1\n00:00:04,000 --> 00:00:04,000\nBlink\n", ".srt", "z.srt").lines
    assert (line.cue_start_s, line.cue_end_s) == (4.0, None)


def test_malformed_vtt_is_refused():
    with pytest.raises(ScriptImportError, match="malformed WebVTT"):
        parse_script(b"NOT A VTT\n\n00:01.000 --> 00:02.000\nHi\n", ".vtt", "bad.vtt")


def test_missing_and_unsupported_files(tmp_path: Path):
    with pytest.raises(ScriptImportError, match="file not found"):
        import_script(tmp_path / "nope.txt")
    odd = tmp_path / "script.xyz"
    odd.write_bytes(b"PK\x03\x04")
    with pytest.raises(ScriptImportError, match="unsupported script format"):
        import_script(odd)
    pages = tmp_path / "script.pages"  # a format a writer has: how to get one read here
    pages.write_bytes(b"PK\x03\x04")
    with pytest.raises(ScriptImportError, match=r"script.pages: a Pages document: export it as Word \(.docx\)"):
        import_script(pages)


def _docx_bytes(paragraphs: list[str], *tables: list[list[str]]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _reviewed_docx(as_table: bool) -> bytes:
    """Anna's line with a tracked change ("liked" deleted, "loved" inserted), as a paragraph or in a table of lines."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:author="Ed"'
    document = docx.Document()
    if as_table:
        table = document.add_table(rows=2, cols=2)
        for cell, text in zip(table.rows[0].cells + table.rows[1].cells, ("Speaker", "Line", "Anna", "I never ")):
            cell.text = text
        paragraph = table.rows[1].cells[1].paragraphs[0]
    else:
        paragraph = document.add_paragraph("ANNA: I never ")
    paragraph._p.append(parse_xml(f'<w:del {w} w:id="1"><w:r><w:delText>liked</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f'<w:ins {w} w:id="2"><w:r><w:t>loved</w:t></w:r></w:ins>'))
    paragraph.add_run(" that house.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_under_review_is_read_with_its_tracked_changes_accepted():
    """A script sent back with Word's tracked changes: inserted words are read and deleted ones are not, in
    paragraphs and in a table of lines alike (python-docx's text dropped the insertions: "I never that house")."""
    for as_table, speaker in ((False, "ANNA"), (True, "Anna")):
        lines = parse_script(_reviewed_docx(as_table), ".docx", "review.docx").lines
        assert [(l.speaker, l.text) for l in lines] == [(speaker, "I never loved that house.")], as_table


def test_docx_words_in_italics_or_underlined_within_a_line_are_stressed():
    """As in Final Draft, Markdown and subtitles: a word Word splits over two italic runs is stressed once; the
    Emphasis style stresses; a paragraph wholly in italics, an italic "MAYA:" label and a link do not."""
    document = docx.Document()

    def paragraph(*runs: tuple[str, dict]) -> None:
        made = document.add_paragraph()
        for text, formatting in runs:
            run = made.add_run(text)
            for name, value in formatting.items():
                setattr(run, name, document.styles[value] if name == "style" else value)

    paragraph(("ANNA: I ", {}), ("nev", {"italic": True}), ("er", {"italic": True}), (" said that.", {}))
    paragraph(("BEN: It was ", {}), ("your", {"underline": True}), (" idea.", {}))
    paragraph(("MAYA:", {"italic": True}), (" It is ", {}), ("so", {"style": "Emphasis"}), (" late.", {}))
    paragraph(("She walks out, slamming the door.", {"italic": True}))
    buffer = io.BytesIO()
    document.save(buffer)
    assert [(l.speaker, l.text) for l in parse_script(buffer.getvalue(), ".docx", "x.docx").lines] == [
        ("ANNA", "I *never* said that."), ("BEN", "It was *your* idea."), ("MAYA", "It is *so* late."),
        (None, "She walks out, slamming the door.")]


def _zip_bytes(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for part, text in parts.items():
            archive.writestr(part, text)
    return buffer.getvalue()


TEXTEDIT_RTF = rb"""{\rtf1\ansi\ansicpg1252\cocoartf2761
{\fonttbl\f0\fswiss\fcharset0 Helvetica;}
\pard\tx566\pardirnatural\partightenfactor0
\f0\fs24 \cf0 ANNA: Caf\'e9 tonight? I \i never\i0  said that.\
BEN: (sighs) Fine. \uc0\u8220 Fine,\u8221  he said.\
\
NARRATOR: The end.}"""


def test_rtf_from_textedit_or_wordpad_reads_like_text():
    """TextEdit's default format: its code page's accents and Unicode quotes come through, its lines are lines."""
    lines = parse_script(TEXTEDIT_RTF, ".rtf", "scene.rtf").lines
    assert [(l.speaker, l.text, l.emotion) for l in lines] == [
        ("ANNA", "Café tonight? I *never* said that.", None), ("BEN", "Fine. “Fine,” he said.", "sadness"),
        ("NARRATOR", "The end.", None)]
    with pytest.raises(ScriptImportError, match="x.rtf is not an RTF file"):
        parse_script(b"ANNA: hello", ".rtf", "x.rtf")


WORDPAD_RTF = rb"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041;}{\stylesheet{\s1\i Emphasis;}}\viewkind4\uc1
\pard\sa200\sl276\slmult1\f0\fs22\lang9 {\i MAYA:} It is {\i so} late.\par
\par
BEN: It was \ul your\ulnone  idea, not {\i\u8217?min\'e9}.\par
\par
{\i She walks out, slamming the door.}\par
\par
ANNA: I \i really {\b do}\i0  mean \uldb it\ul0 .\par
\par
\i Thinking \plain aloud.\par
\par
Visit {\field{\*\fldinst{HYPERLINK "https://example.com"}}{\fldrslt{\ul\cf1 our site}}} for \i more\i0  help.\par
\par
\i An {\pict\wmetafile8\picw10\pich10\bin6 ab{}cd} image\i0  here.\par
}"""


def test_rtf_words_in_italics_or_underlined_within_a_line_are_stressed():
    """As in Word: words in an italic group, between italics on and off, or underlined are stressed, a run broken by
    a bold group once; a paragraph wholly in italics, an italic label, a style's definition and a link are not (a
    picture's bytes are no words)."""
    lines = parse_script(WORDPAD_RTF, ".rtf", "scene.rtf").lines
    assert [(l.speaker, l.text) for l in lines] == [
        ("MAYA", "It is *so* late."), ("BEN", "It was *your* idea, not *’miné*."),
        (None, "She walks out, slamming the door."), ("ANNA", "I *really do* mean *it*."), (None, "*Thinking* aloud."),
        (None, "Visit our site for *more* help."), (None, "*An image* here.")]


def _odt_bytes(*paragraphs: str, deleted: str | None = None, comment: str | None = None) -> bytes:
    """An OpenDocument text, made by odfdo, optionally with a tracked deletion and a comment."""
    import odfdo

    document = odfdo.Document("text")
    document.body.clear()
    document.body.append(odfdo.Header(1, "The Interview"))
    for text in paragraphs:
        document.body.append(odfdo.Paragraph(text))
    if comment:
        document.body.get_paragraph(position=0).insert_annotation(after="ANNA", body=comment, creator="Ed")
    if deleted:
        changes = odfdo.Element.from_tag(
            '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info>'
            '<dc:creator>Ed</dc:creator></office:change-info>'
            f'<text:p>{deleted}</text:p></text:deletion></text:changed-region></text:tracked-changes>')
        document.body.insert(changes, position=0)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_odt_from_libreoffice_reads_like_a_word_document():
    """Writer's paragraphs and headings are lines; a deleted tracked change and a comment are not read out."""
    data = _odt_bytes("ANNA: I never said that.", "BEN: Then   who did?", deleted="BEN: Cut this.",
                      comment="Slower here")
    assert [(l.speaker, l.text) for l in parse_script(data, ".odt", "t.odt").lines] == [
        (None, "The Interview"), ("ANNA", "I never said that."), ("BEN", "Then who did?")]


def test_odt_words_in_italics_or_underlined_are_stressed_as_in_word():
    """Writer's direct italics (an automatic style), its "Emphasis" character style and an underline stress the
    words within a line; a paragraph wholly in italics (a thought) stresses nothing."""
    import odfdo

    document = odfdo.Document("text")
    document.body.clear()
    document.insert_style(odfdo.Style("text", name="Emphasis", italic=True))  # a common style, in styles.xml
    document.insert_style(odfdo.Style("text", name="T1", italic=True), automatic=True)
    document.insert_style(odfdo.Style("text", name="T2", underline="solid"), automatic=True)
    for text, style, words in [("ANNA: I never said that.", "T1", "never"), ("BEN: It was you.", "T2", "you"),
                               ("ANNA: Not me.", "Emphasis", "me"), ("A thought in italics.", "T1", "A thought.*")]:
        paragraph = odfdo.Paragraph(text)
        paragraph.set_span(style, regex=words)
        document.body.append(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    assert [(l.speaker, l.text) for l in parse_script(buffer.getvalue(), ".odt", "t.odt").lines] == [
        ("ANNA", "I *never* said that."), ("BEN", "It was *you*."), ("ANNA", "Not *me*."),
        (None, "A thought in italics.")]


@pytest.mark.parametrize("data, message", [
    (b"not a zip", "x.odt is not a valid .odt file"),
    (_zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text"}), "x.odt is not an OpenDocument text"),
    (_zip_bytes({"content.xml": '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                                '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office'
                                ':1.0">&e;</office:document-content>'}), "x.odt: refused: OpenDocument with a DTD"),
])
def test_broken_or_hostile_odt_is_refused_with_the_reason(data, message):
    with pytest.raises(ScriptImportError, match=message):
        parse_script(data, ".odt", "x.odt")


def test_docx_paragraphs_and_dialogue():
    data = _docx_bytes(["Chapter one.", "ANNA: (softly) Are you awake?", "BEN: I am now."])
    lines = parse_script(data, ".docx", "script.docx").lines
    assert [(l.speaker, l.text, l.direction) for l in lines] == [
        (None, "Chapter one.", None), ("ANNA", "Are you awake?", "softly"), ("BEN", "I am now.", None),
    ]


def test_docx_script_table_is_read_by_its_headings():
    """An e-learning script in Word: a title above a table of slides, visuals, narration and notes. The narration is
    spoken, the slide names each line's stem, a row with nothing to say is skipped, and the title is left out."""
    data = _docx_bytes(["Module 3: Safety", "Draft 2, for the voice actor"], [
        ["Module 3 script", "", "", ""],
        ["Slide", "Visual", "Narration:", "Notes"],
        ["1", "Logo animation", "Welcome to module three.", "warmly"],
        ["2", "Title card", "", ""],
        ["3", "Warning sign", "Never   open this valve\nwhile the pump runs!", "sternly"],
    ])
    parsed = parse_script(data, ".docx", "course.docx")
    assert [(l.author_id, l.speaker, l.text, l.direction, l.emotion) for l in parsed.lines] == [
        ("1", None, "Welcome to module three.", "warmly", "joy"),
        ("3", None, "Never open this valve while the pump runs!", "sternly", "anger"),
    ]
    assert parsed.warnings == ["course.docx table 1: columns Visual are not spoken",
                               "course.docx: the script is read from its table; 2 paragraphs outside it were left out"]


def test_docx_av_script_reads_who_says_each_line_and_leaves_the_sound_cues_out():
    """The classic two-column ad or video script: the Audio column labels who reads ("VO:", "VO (warm):", a
    character) and holds sound and music cues nobody says."""
    data = _docx_bytes(["Tempo launch, :30"], [
        ["VIDEO", "AUDIO"],
        ["Wide shot of city at dawn.", "VO: Every morning, millions wake up to the same problem."],
        ["Logo reveal.", "SFX: whoosh"],
        ["Woman at desk.", "WOMAN: Where did my morning go?"],
        ["Product, slow push-in.", "VO (warm): Meet Tempo, the planner that plans itself."],
        ["Super: tempo.app", "MUSIC UP AND OUT"],
    ])
    parsed = parse_script(data, ".docx", "spot.docx")
    assert [(l.speaker, l.text, l.direction) for l in parsed.lines] == [
        ("VO", "Every morning, millions wake up to the same problem.", None),
        ("WOMAN", "Where did my morning go?", None),
        ("VO", "Meet Tempo, the planner that plans itself.", "warm"),
    ]


def test_radio_script_cues_are_notes_not_words_and_labels_are_no_speakers():
    """A radio spot typed as text: "SFX:" and "MUSIC:" lines are directions (which set no emotion: "sad piano" is the
    music's), "Remember:" opens the narrator's sentence rather than naming a character."""
    text = ("LENGTH: :30\n\nMUSIC: sad piano, under\n\nANNCR: The house was quiet.\nSFX: baby crying\n"
            "ANNCR: Then everything changed.\n\nRemember: always check the smoke alarm.\n\nMUSIC UP AND OUT\n")
    parsed = parse_script(text.encode(), ".txt", "spot.txt")
    assert [(l.speaker, l.text, l.direction, l.emotion) for l in parsed.lines] == [
        ("ANNCR", "The house was quiet.", "LENGTH: :30; MUSIC: sad piano, under; SFX: baby crying", None),
        ("ANNCR", "Then everything changed.", None, None),
        (None, "Remember: always check the smoke alarm.", None, None),
    ]
    # a line that only starts like a cue is said
    said = parse_script(b"MUSIC IS MY LIFE!\n\nMusic filled the room.\n", ".txt", "story.txt").lines
    assert [l.text for l in said] == ["MUSIC IS MY LIFE!", "Music filled the room."]


def test_video_script_part_labels_are_notes_and_the_words_after_them_are_said():
    """A YouTube script's "HOOK", "INTRO" and "SPONSOR READ:" label its parts for the writer: the voice says what
    follows them, not the labels; a sentence that merely begins with such a word is said whole."""
    text = ("HOOK\n\nWhat if your phone is listening?\n\nIntro: Hey everyone, welcome back.\n\n"
            "SPONSOR READ:\n\nThis video is sponsored by Tempo.\n\nOUTRO\n\nIntro music plays as we wrap up.\n\n"
            "END SCREEN\n")
    parsed = parse_script(text.encode(), ".txt", "video.txt")
    assert [(l.text, l.direction) for l in parsed.lines] == [
        ("What if your phone is listening?", "HOOK"), ("Hey everyone, welcome back.", "Intro"),
        ("This video is sponsored by Tempo.", "SPONSOR READ"), ("Intro music plays as we wrap up.", "OUTRO"),
    ]


def test_verse_pauses_at_line_ends_where_prose_wrapped_runs_on():
    """A stanza's lines (short, each opening with a capital) keep a short pause where a line ends without
    punctuation; prose wrapped over lines reads on."""
    poem = ("Two roads diverged in a yellow wood,\nAnd sorry I could not travel both\n"
            "And be one traveler, long I stood\nTo where it bent in the undergrowth;\n\nThe rain had not stopped for three days, and the river\n"
            "was rising faster than anyone in the village\nhad seen it rise before.\n")
    lines = parse_script(poem.encode(), ".txt", "poem.txt").lines
    assert [l.text for l in lines] == [
        'Two roads diverged in a yellow wood, And sorry I could not travel both <break time="0.3s"/> And be one '
        'traveler, long I stood <break time="0.3s"/> To where it bent in the undergrowth;',
        "The rain had not stopped for three days, and the river was rising faster than anyone in the village had "
        "seen it rise before."]


def test_html_page_is_read_as_its_text():
    """A script saved as a web page: headings, paragraphs and list items are lines, bold NAME: labels speakers,
    italics stressed, entities decoded; its title, styles, scripts, images and link addresses are not spoken."""
    page = ("<!DOCTYPE html><html><head><title>Draft 3</title><style>p {color: red}</style>"
            "<script>alert('x')</script></head><body><h1>Episode 4</h1>"
            "<p>The keeper climbed the stairs <em>every</em> night.</p>"
            "<p><b>ANNA:</b> (whispering) Did you hear that?</p>"
            "<p><strong>BEN:</strong> It's just the <a href='https://example.com'>wind</a>.</p><hr>"
            "<ul><li>Check the lamp.</li></ul><img src='x.png' alt='a lighthouse'>"
            "<p>Caf&eacute; at 9&nbsp;pm &mdash; don&rsquo;t be late.</p></body></html>")
    parsed = parse_script(page.encode(), ".html", "episode.html")
    assert [(l.speaker, l.text, l.direction, l.pause_before) for l in parsed.lines] == [
        (None, "Episode 4", None, None), (None, "The keeper climbed the stairs *every* night.", None, None),
        ("ANNA", "Did you hear that?", "whispering", None), ("BEN", "It's just the wind.", None, None),
        (None, "Check the lamp.", None, 2.0), (None, "Café at 9 pm — don’t be late.", None, None)]
    pasted = parse_script(page.encode(), ".txt", "pasted.txt").lines  # the same page pasted as text
    assert [l.text for l in pasted] == [l.text for l in parsed.lines]


def test_google_docs_web_page_keeps_its_italics_and_speakers():
    """Google Docs' "Download > Web page" writes italics as styled spans, not <em>."""
    page = ('<html><head><style type="text/css">.c1{font-style:italic}.c2{font-weight:700}</style></head>'
            '<body class="c3 doc-content"><p class="c0"><span class="c2">NARRATOR:</span><span>&nbsp;The storm had '
            '</span><span class="c1">finally</span><span>&nbsp;passed.</span></p><p class="c0"><span>MAYA: Is it '
            'over?</span></p></body></html>')
    lines = parse_script(page.encode(), ".html", "doc.html").lines
    assert [(l.speaker, l.text) for l in lines] == [("NARRATOR", "The storm had *finally* passed."),
                                                    ("MAYA", "Is it over?")]


def test_html_too_long_is_refused_before_it_is_parsed():
    from app.importers.text import MAX_HTML_CHARS

    with pytest.raises(ScriptImportError, match="million characters of HTML"):
        parse_script(b"<html><body><p>" + b"word " * (MAX_HTML_CHARS // 5 + 1) + b"</p></body></html>", ".html",
                     "big.html")


def _epub_bytes(chapters: list[tuple[str, bool]], extra: dict[str, str] | None = None,
                container: str | None = None) -> bytes:
    """A real EPUB 3 book: a nav page, then each chapter's XHTML body and whether it is outside the reading order."""
    items = "".join(f'<item id="c{i}" href="Text/ch%20{i}.xhtml" media-type="application/xhtml+xml"/>'
                    for i in range(len(chapters)))
    outside = ' linear="no"'
    spine = "".join(f'<itemref idref="c{i}"{outside if aside else ""}/>' for i, (_, aside) in enumerate(chapters))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        book.writestr("META-INF/container.xml", container or (
            '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
            '</rootfiles></container>'))
        book.writestr("OEBPS/content.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
                      'version="3.0"><metadata/><manifest><item id="nav" href="nav.xhtml" properties="nav" '
                      f'media-type="application/xhtml+xml"/>{items}</manifest><spine><itemref idref="nav"/>{spine}'
                      '</spine></package>')
        book.writestr("OEBPS/nav.xhtml", "<html><body><nav><ol><li>Chapter One</li></ol></nav></body></html>")
        for i, (body, _) in enumerate(chapters):
            book.writestr(f"OEBPS/Text/ch {i}.xhtml", '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html>'
                          f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>')
        for path, content in (extra or {}).items():
            book.writestr(path, content)
    return buffer.getvalue()


def test_a_script_too_large_is_refused_but_a_book_may_carry_its_pictures():
    from app.importers import MAX_SCRIPT_BYTES

    data = b"x" * (MAX_SCRIPT_BYTES + 1)
    with pytest.raises(ScriptImportError, match="larger than 20 MB"):
        parse_script(data, ".txt", "huge.txt")
    with pytest.raises(ScriptImportError, match="not a valid .epub"):  # past the size check, to the reader
        parse_script(data, ".epub", "illustrated.epub")


def test_epub_chapters_are_read_in_order_with_a_pause_between():
    """An e-book narrated as an audiobook: its chapters in reading order (not its table of contents, nor a page kept
    out of the reading order), italics stressed, typographic quotes kept, a pause where a chapter begins."""
    data = _epub_bytes([("<h1>Chapter One</h1><p>The rain had not stopped for <i>three</i> days.</p>"
                         "<p>&#8220;Come in,&#8221; she said.</p>", False),
                        ("<p>Also by this author.</p>", True),
                        ("<h1>Chapter Two</h1><p>Morning came grey.</p>", False)])
    lines = parse_script(data, ".epub", "book.epub").lines
    assert [(l.text, l.pause_before) for l in lines] == [
        ("Chapter One", None), ("The rain had not stopped for *three* days.", None), ("“Come in,” she said.", None),
        ("Chapter Two", 2.0), ("Morning came grey.", None)]


@pytest.mark.parametrize("data, problem", [
    (b"PK\x03\x04 not a zip", "not a valid .epub"),
    ("drm", "locked by DRM"),
    ("font obfuscation", None),
    ("dtd", "refused: EPUB with a DTD"),
    ("no package", "lacks OEBPS/content.opf"),
])
def test_epub_that_cannot_be_read_is_refused_by_name(data, problem):
    chapter = [("<p>Hello there.</p>", False)]
    encryption = ('<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                  'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
                  '<enc:CipherReference URI="{}"/></enc:CipherData></enc:EncryptedData></encryption>')
    if data == "drm":
        data = _epub_bytes(chapter, {"META-INF/encryption.xml": encryption.format("OEBPS/Text/ch%200.xhtml")})
    elif data == "font obfuscation":  # fonts scrambled as publishers do: the text is free to read
        data = _epub_bytes(chapter, {"META-INF/encryption.xml": encryption.format("OEBPS/Fonts/serif.otf")})
    elif data == "dtd":
        data = _epub_bytes(chapter, container='<!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]><container/>')
    elif data == "no package":
        buffer = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(_epub_bytes(chapter))) as source, zipfile.ZipFile(buffer, "w") as target:
            for item in source.infolist():
                if item.filename != "OEBPS/content.opf":
                    target.writestr(item, source.read(item))
        data = buffer.getvalue()
    if problem is None:
        assert [l.text for l in parse_script(data, ".epub", "book.epub").lines] == ["Hello there."]
        return
    with pytest.raises(ScriptImportError, match=problem):
        parse_script(data, ".epub", "book.epub")


def test_a_scene_break_is_a_longer_pause_before_the_next_line():
    """A book's "* * *" (or "***", "#", "~", Markdown's thematic break) is not a line but two seconds of silence."""
    text = "CHAPTER ONE\n\nThe rain had not stopped.\n\n* * *\n\nMorning came.\n\n#\n\nShe left.\n"
    lines = parse_script(text.encode(), ".txt", "book.txt").lines
    assert [(l.text, l.pause_before) for l in lines] == [
        ("CHAPTER ONE", None), ("The rain had not stopped.", None), ("Morning came.", 2.0), ("She left.", 2.0)]
    markdown = parse_script(b"# Chapter 1\n\nThe rain.\n\n---\n\nMorning.\n", ".md", "book.md").lines
    assert [(l.text, l.pause_before) for l in markdown] == [("Chapter 1", None), ("The rain.", None), ("Morning.", 2.0)]
    sheet = parse_script(b"text\nThe rain.\n***\nMorning.\n(pause 3 seconds)\nNoon.\nDusk.\n", ".csv", "book.csv").lines
    assert [(l.text, l.pause_before) for l in sheet] == [("The rain.", None), ("Morning.", 2.0), ("Noon.", 3.0),
                                                        ("Dusk.", None)]
    document = docx.Document()
    table = document.add_table(rows=4, cols=1)
    for row, text in zip(table.rows, ["Narration", "The rain.", "* * *", "Morning."]):
        row.cells[0].text = text
    buffer = io.BytesIO()
    document.save(buffer)
    word = parse_script(buffer.getvalue(), ".docx", "book.docx").lines
    assert [(l.text, l.pause_before) for l in word] == [("The rain.", None), ("Morning.", 2.0)]


def test_csv_sound_cue_rows_are_skipped_and_a_labelled_cell_names_its_speaker():
    rows = "text\nVO: Welcome to Tempo.\nSFX: chime\nAGENT (brightly): How can I help?\n"
    parsed = parse_script(rows.encode(), ".csv", "spot.csv")
    assert [(l.speaker, l.text, l.direction) for l in parsed.lines] == [
        ("VO", "Welcome to Tempo.", None), ("AGENT", "How can I help?", "brightly")]


def test_docx_table_with_merged_cells_says_each_line_once():
    """A narration cell merged down over two visuals is said once; a divider row merged across the table is no line;
    a speaker merged down over two lines speaks both."""
    document = docx.Document()
    rows = [["Speaker", "Visual", "Narration"], ["HOST", "Logo", "Welcome."], ["", "Chart", ""],
            ["PART TWO", "", ""], ["", "Map", "Let's begin."], ["", "Quiz", "Good luck."]]
    table = document.add_table(rows=len(rows), cols=3)
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    table.cell(1, 2).merge(table.cell(2, 2))  # the welcome runs over the logo and the chart
    table.cell(3, 0).merge(table.cell(3, 2))  # a divider
    table.cell(4, 0).merge(table.cell(5, 0)).text = "GUIDE"  # one speaker for two rows
    buffer = io.BytesIO()
    document.save(buffer)
    lines = parse_script(buffer.getvalue(), ".docx", "merged.docx").lines
    assert [(l.speaker, l.text) for l in lines] == [("HOST", "Welcome."), ("GUIDE", "Let's begin."),
                                                   ("GUIDE", "Good luck.")]


def test_docx_table_of_names_and_lines_needs_no_header():
    data = _docx_bytes([], [["MAYA", "You made it!"], ["Old Man (V.O.)", "(sighs) Barely."]])
    lines = parse_script(data, ".docx", "scene.docx").lines
    assert [(l.speaker, l.text, l.direction, l.emotion) for l in lines] == [
        ("MAYA", "You made it!", None, None), ("Old Man", "Barely.", "V.O.; sighs", "sadness")]


def test_docx_table_that_is_no_script_leaves_the_paragraphs_to_speak():
    data = _docx_bytes(["ANNA: Hello.", "BEN: Hi."], [["Version", "Date", "Author"], ["2", "May 1", "Kim"]],
                       [["Logo animation", "Welcome."], ["Music fades", "Let's begin."]])
    parsed = parse_script(data, ".docx", "notes.docx")
    assert [(l.speaker, l.text) for l in parsed.lines] == [("ANNA", "Hello."), ("BEN", "Hi.")]
    assert len(parsed.warnings) == 2 and all("left out: no heading names a column to speak" in w for w in parsed.warnings)


def test_docx_table_row_with_a_bad_value_is_named():
    data = _docx_bytes([], [["Speaker", "Line", "Emotion"], ["ANNA", "Hello.", "joy"], ["BEN", "Hi.", "ecstatic"]])
    with pytest.raises(ScriptImportError, match=r"take\.docx table 1 row 3: .*ecstatic"):
        parse_script(data, ".docx", "take.docx")


def test_a_heading_over_its_first_paragraph_is_a_line_apart_and_no_speaker():
    """An audiobook chapter as typed: the heading is read as a line of its own (a pause after it), "Chapter 2:" is
    no speaker, and a wrapped paragraph or a verse stays one line."""
    text = ("CHAPTER ONE\nIt was a dark night.\n\nChapter 2: Morning\nThe morning came. It was\ncold and grey.\n\n"
            "Note: bring a coat.\n\nQuiz: Which is safe?\n\nThe\nfox ran on.\n\nRoses are red\nViolets are blue")
    lines = parse_script(text.encode(), ".txt", "book.txt").lines
    assert [(l.speaker, l.text) for l in lines] == [
        (None, "CHAPTER ONE"), (None, "It was a dark night."), (None, "Chapter 2: Morning"),
        (None, "The morning came. It was cold and grey."), (None, "Note: bring a coat."), (None, "Quiz: Which is safe?"),
        (None, "The fox ran on."),
        (None, "Roses are red Violets are blue")]


def test_transcripts_give_speakers_without_their_times():
    """A podcast transcript to re-voice (as text or Word): Otter's "Name  0:03" or Rev's "Name (00:03):" over each
    turn, or a timestamp before "NAME:" or a chat log's "<nick>"; each turn is its speaker's line. The times say when
    a person spoke, not where the new voice must, so no line is pinned to them. A time in the words, or one "Lunch
    12:30" heading, is no transcript."""
    def read(data: bytes, suffix: str = ".txt") -> list:
        return [(l.speaker, l.text, l.cue_start_s) for l in parse_script(data, suffix, f"t{suffix}").lines]

    otter = "Speaker 1  0:03\nHello everyone,\nwelcome.\n\nJANE  1:02:10\nThanks for having me.\n\nJANE  1:02:15\nReally."
    assert read(otter.encode()) == [("Speaker 1", "Hello everyone, welcome.", None),
                                    ("JANE", "Thanks for having me.", None), ("JANE", "Really.", None)]  # no screenplay
    rev = "Speaker 1 (00:03):\nHello.\n\nSpeaker 2 (01:10):\nHi there."
    assert read(rev.encode()) == [("Speaker 1", "Hello.", None), ("Speaker 2", "Hi there.", None)]
    otter_word = _docx_bytes(["Interview", "Speaker 1  0:03", "Hello everyone.", "Speaker 2  0:09", "Hi."])
    assert read(otter_word, ".docx") == [(None, "Interview", None), ("Speaker 1", "Hello everyone.", None),
                                         ("Speaker 2", "Hi.", None)]
    stamped = "[00:00:01] ANNA: Hello.\n[00:00:04.5] BEN: (sighs) Hi.\n00:07 ANNA: Bye."
    assert [(l.speaker, l.text, l.emotion) for l in parse_script(stamped.encode(), ".txt").lines] == [
        ("ANNA", "Hello.", None), ("BEN", "Hi.", "sadness"), ("ANNA", "Bye.", None)]
    inline = "Speaker 1 (00:01:23): Welcome back.\nSpeaker 2 [01:27]: (laughs) Thanks."  # the time on the turn's row
    assert read(inline.encode()) == [("Speaker 1", "Welcome back.", None), ("Speaker 2", "Thanks.", None)]
    chat = "[10:32] <alice> did you push the fix?\n[10:33] <bob_92> yeah, just now"  # an IRC or Matrix log
    assert read(chat.encode()) == [("alice", "did you push the fix?", None), ("bob_92", "yeah, just now", None)]
    plain = "Lunch 12:30\nBring sandwiches.\n\n10:30 is early."
    assert read(plain.encode()) == [(None, "Lunch 12:30 Bring sandwiches.", None), (None, "10:30 is early.", None)]


def test_a_video_scripts_timestamps_are_its_cue_times():
    """A creator's script timed to the video ("[00:15] words", "0:45 - Materials", "[0:00-0:12]", a clock over the
    words): each time is where its line starts (a span also where it ends), and a section's title is a note, not
    words. A day's agenda says its times; a backwards span is refused, naming the file and the clock."""
    def read(data: bytes, suffix: str = ".txt") -> list:
        lines = parse_script(data, suffix, f"v{suffix}").lines
        return [(l.cue_start_s, l.cue_end_s, l.direction, l.text) for l in lines]

    video = ("[00:00] Intro\nHey everyone, welcome back to the channel!\n[00:15] Today we're building a birdhouse.\n"
             "0:45 - Materials\nYou'll need wood glue.\n\n[0:50-1:02] Hook: Did you know bees can count?\n\n[01:30]\n"
             "Outro\n\nThanks for watching.")
    assert read(video.encode()) == [(0.0, None, "Intro", "Hey everyone, welcome back to the channel!"),
                                    (15.0, None, None, "Today we're building a birdhouse."),
                                    (45.0, None, "Materials", "You'll need wood glue."),
                                    (50.0, 62.0, "Hook", "Did you know bees can count?"),
                                    (90.0, None, "Outro", "Thanks for watching.")]
    assert read(_docx_bytes(["[00:00] Intro", "Hey everyone!", "[00:15] Today we build."]), ".docx") == [
        (0.0, None, "Intro", "Hey everyone!"), (15.0, None, None, "Today we build.")]
    assert parse_script(video.encode(), ".txt", "v.txt").warnings == [
        "v.txt reads as a script timed to its video: each line starts at the time written before it ([00:15], 0:45 -)"]
    agenda = "9:00 Registration opens in the lobby.\n9:30 Keynote by Dr. Lee.\n10:30 Coffee break."
    assert read(agenda.encode()) == [(None, None, None, text) for text in agenda.splitlines()]
    assert parse_script(agenda.encode(), ".txt", "a.txt").warnings == []
    with pytest.raises(ScriptImportError, match=r"v\.txt, at \[0:30-0:10\]: a cue must end after it starts"):
        read(b"[0:00] Hi there.\n[0:30-0:10] Backwards.")


CHATBOT_SCRIPT = """# Episode 12: *Lighthouses*

**HOST:** Welcome back! Today we talk about **lighthouses**.

**GUEST (laughing):** Thanks for having me.
It is a *real* pleasure.

---

**[Music fades]**

- First, the lamp.
- Then the lens, with a <break time="1s"/> pause.

```
notes for the editor, not spoken
```
"""


def test_markdown_scripts_as_chatbots_and_notes_apps_write_them():
    """Bold speaker labels are speakers, not words to read; headings and list items are lines; italics stress;
    a bracketed cue is a note; code blocks and rules are not spoken. Pasted as plain text or saved as .md alike."""
    expected = [(None, "Episode 12: *Lighthouses*", None), ("HOST", "Welcome back! Today we talk about lighthouses.", None),
                ("GUEST", "Thanks for having me. It is a *real* pleasure.", "laughing"),
                (None, "First, the lamp.", "Music fades"),
                (None, 'Then the lens, with a <break time="1s"/> pause.', None)]
    for suffix in (".txt", ".md"):
        lines = parse_script(CHATBOT_SCRIPT.encode(), suffix, f"episode{suffix}").lines
        assert [(l.speaker, l.text, l.direction) for l in lines] == expected, suffix


def test_a_markdown_table_is_read_as_a_script_or_row_by_row():
    """A chatbot's script as a table ("Speaker | Line | Emotion") is read as a Word table is, the note above it left
    out; a table of facts in a lesson is said a row at a time, not as "Class bar Fuel bar dash dash"."""
    script = parse_script(b"# Episode 3\n\nA note to the voice actor.\n\n| Speaker | Line | Emotion |\n|---|---|---|\n"
                          b"| Anna | Welcome back! | joy |\n| Ben | (laughing) Glad to be here. | |\n", ".md", "ep3.md")
    assert [(l.speaker, l.text, l.emotion, l.direction, l.source_line) for l in script.lines] == [
        ("Anna", "Welcome back!", "joy", None, 7), ("Ben", "Glad to be here.", "joy", "laughing", 8)]
    assert script.warnings == ["ep3.md: the script is read from its table; 2 paragraphs outside it were left out"]
    pasted = parse_script(b"| Speaker | Line |\n|:--|:--|\n| Anna | Welcome back! |\n", ".txt", "pasted")  # no heading
    assert [(l.speaker, l.text) for l in pasted.lines] == [("Anna", "Welcome back!")]
    lesson = parse_script(b"# Fire classes\n\n| Class | Fuel |\n|---|---|\n| A | Wood, paper |\n| B | Liquids. |\n\n"
                          b"That's all.\n", ".txt", "lesson.txt")
    assert [l.text for l in lesson.lines] == ["Fire classes", "Class, Fuel.", "A, Wood, paper.", "B, Liquids.",
                                              "That's all."]
    assert not lesson.warnings


def test_markdown_too_long_to_parse_safely_is_refused_by_name():
    with pytest.raises(ScriptImportError, match="huge.md is longer than 2 million characters of Markdown"):
        parse_script(b"# " + b"*" * 2_000_001, ".md", "huge.md")
    assert parse_script(b"**A** " + b"word " * 500_000, ".txt", "long.txt").lines  # plain text, read as such


def test_subtitles_and_ssml_pasted_as_text_are_read_as_what_they_are():
    """Subtitles or SSML pasted into the studio (or saved as .txt) are read as such, not as numbers, arrows and
    tags to say."""
    srt_text = "1\n00:00:01,000 --> 00:00:02,500\nHello there.\n\n2\n00:00:03,000 --> 00:00:04,000\nBye.\n"
    vtt_text = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna>Hi.\n"
    assert [(l.text, l.cue_start_s) for l in parse_script(srt_text.encode(), ".txt", "pasted.txt").lines] == [
        ("Hello there.", 1.0), ("Bye.", 3.0)]
    assert [(l.speaker, l.text) for l in parse_script(vtt_text.encode(), ".txt", "pasted.txt").lines] == [("Anna", "Hi.")]
    ssml = '<speak>Hello <break time="1s"/> there.<p><prosody rate="slow">Slowly now.</prosody></p></speak>'
    assert len(parse_script(ssml.encode(), ".txt", "pasted.txt").lines) == 2


SCREENPLAY = ["THE LAMP", "Written by K. Ito", "FADE IN:", "INT. KITCHEN - DAY", "Maya pours coffee.", "MAYA", "(quietly)", "You're up early.", "TOM (O.S.)",
              "Couldn't sleep.", "MAYA", "Me neither."]


def test_screenplay_typed_as_plain_text_or_in_word_speaks_its_dialogue():
    """Names in capitals above the speeches, as screenwriters type them: the names are speakers, not words to read;
    the title page, the scene heading and the action are not dialogue."""
    text = "\n\n".join(["THE LAMP\nWritten by K. Ito", "INT. KITCHEN - DAY", "Maya pours coffee.", "MAYA\n(quietly)\nYou're up early.",
                          "TOM (O.S.)\nCouldn't sleep.", "MAYA\nMe neither."])
    for data, suffix in ((text.encode(), ".txt"), (_docx_bytes(SCREENPLAY), ".docx")):
        parsed = parse_script(data, suffix, f"scene{suffix}")
        assert parsed.warnings == [f"scene{suffix} reads as a screenplay: names in capitals above the speeches are "
                                   f"speakers; scene headings, action and the title page are not spoken"]
        lines = parsed.lines
        assert [(l.speaker, l.text, l.direction) for l in lines] == [
            ("Maya", "You're up early.", "quietly"), ("Tom", "Couldn't sleep.", None), ("Maya", "Me neither.", None)
        ], suffix


def test_screenplay_without_scenes_leaves_its_title_block_out():
    text = "THE LAMP\nWritten by K. Ito\n\nMAYA\n(quietly)\nYou're up early.\n\nTOM\nCouldn't sleep.\n\nMAYA\nSame."
    lines = parse_script(text.encode(), ".txt", "lamp.txt").lines
    assert [(l.speaker, l.text) for l in lines] == [("Maya", "You're up early."), ("Tom", "Couldn't sleep."),
                                                   ("Maya", "Same.")]


@pytest.mark.parametrize("paragraphs", [
    ["CHAPTER ONE", "It was a dark night.", "CHAPTER TWO", "The morning came."],
    ["INTRODUCTION", "Welcome to the course.", "SUMMARY", "That is all."],
])
def test_headings_in_capitals_are_no_screenplay(paragraphs):
    lines = parse_script(_docx_bytes(paragraphs), ".docx", "course.docx").lines
    assert [(l.speaker, l.text) for l in lines] == [(None, text) for text in paragraphs]


FDX = """<?xml version="1.0" encoding="UTF-8" standalone="no" ?>
<FinalDraft DocumentType="Script" Template="No" Version="5">
  <Content>
    <Paragraph Type="Scene Heading"><Text>INT. KITCHEN - DAY</Text></Paragraph>
    <Paragraph Type="Action"><Text>Maya pours coffee.</Text></Paragraph>
    <Paragraph Type="Character"><Text>MAYA</Text></Paragraph>
    <Paragraph Type="Parenthetical"><Text>(quietly)</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>You're up </Text><Text Style="Italic">early</Text><Text>.</Text></Paragraph>
    <Paragraph Type="Character"><Text>TOM (O.S.) (CONT'D)</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Couldn't sleep.</Text></Paragraph>
    <Paragraph Type="Dialogue"><Text>Not a wink.</Text></Paragraph>
    <Paragraph Type="Transition"><Text>CUT TO:</Text></Paragraph>
    <Paragraph><DualDialogue>
      <Paragraph Type="Character"><Text>MAYA</Text></Paragraph>
      <Paragraph Type="Dialogue"><Text>Now?</Text></Paragraph>
      <Paragraph Type="Character"><Text>TOM</Text></Paragraph>
      <Paragraph Type="Dialogue"><Text>Now!</Text></Paragraph>
    </DualDialogue></Paragraph>
  </Content>
  <TitlePage><Content><Paragraph><Text>THE LAMP</Text></Paragraph></Content></TitlePage>
</FinalDraft>
"""


def test_final_draft_scripts_speak_their_dialogue():
    lines = parse_script(FDX.encode(), ".fdx", "lamp.fdx").lines
    assert [(l.speaker, l.text, l.direction) for l in lines] == [
        ("Maya", "You're up *early*.", "quietly"), ("Tom", "Couldn't sleep. Not a wink.", None),
        ("Maya", "Now?", None), ("Tom", "Now!", None)]


@pytest.mark.parametrize("document, problem", [
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><FinalDraft><Content/></FinalDraft>', "DTD or entities"),
    ("<FinalDraft><Content><Paragraph>", "malformed Final Draft"),
    ("<speak>Hello</speak>", "must start with <finaldraft>"),
    ("<FinalDraft><TitlePage/></FinalDraft>", "without <Content>"),
])
def test_final_draft_files_that_cannot_be_read_are_named(document, problem):
    with pytest.raises(ScriptImportError, match=problem):
        parse_script(document.encode(), ".fdx", "bad.fdx")


def _pdf_bytes(pages: list[list[tuple[float, str]]], user_password: str | None = None) -> bytes:
    """A text PDF as a screenplay program prints one: each page's lines as (left margin in mm, text); "" skips a line."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.set_font("Courier", size=12)
    if user_password:
        pdf.set_encryption(owner_password="owner", user_password=user_password)
    for page in pages:
        pdf.add_page()
        for left, text in page:
            pdf.set_x(left)
            pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pdf_screenplay_speaks_its_dialogue_across_page_breaks():
    first = [(25, "INT. KITCHEN - DAY"), (25, ""), (25, "Maya pours coffee. The rain has not stopped,"),
             (25, "and the radio hisses."), (25, ""), (95, "MAYA"), (80, "(quietly)"),
             (65, "You're up early. I thought you"), (65, "would sleep in."), (95, "(MORE)")]
    second = [(180, "2."), (95, "MAYA (CONT'D)"), (65, "After last night."), (25, ""), (95, "TOM (O.S.)"),
              (65, "Couldn't sleep."), (25, ""), (150, "CUT TO:")]
    lines = parse_script(_pdf_bytes([first, second]), ".pdf", "play.pdf").lines
    assert [(l.speaker, l.text, l.direction) for l in lines] == [
        ("Maya", "You're up early. I thought you would sleep in. After last night.", "quietly"),
        ("Tom", "Couldn't sleep.", None)]


def test_pdf_narration_reads_its_paragraphs_without_page_numbers():
    pages = [[(25, "Welcome to the course. In this module we look"), (25, "at how data is kept safe."), (25, ""),
              (25, "Let's begin."), (100, "1")],
             [(25, "Thank you for listening."), (100, "Page 2 of 2")]]
    lines = parse_script(_pdf_bytes(pages), ".pdf", "course.pdf").lines
    assert [l.text for l in lines] == ["Welcome to the course. In this module we look at how data is kept safe.",
                                      "Let's begin.", "Thank you for listening."]


@pytest.mark.parametrize("data, problem", [
    (b"%PDF-1.7 this is not really a pdf", "not a readable PDF"),
    (None, "holds no text, only images"),
    ("secret", "password-protected"),
])
def test_pdf_that_cannot_be_read_is_named(data, problem):
    if data is None:
        data = _pdf_bytes([[]])  # a page with nothing written on it, as a scan has no text
    elif isinstance(data, str):
        data = _pdf_bytes([[(25, "Hello there.")]], user_password=data)
    with pytest.raises(ScriptImportError, match=problem):
        parse_script(data, ".pdf", "odd.pdf")


def _xlsx_bytes(sheets: dict[str, list[list]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_excel_localization_sheet_is_read_like_a_csv():
    """The script is on the sheet whose headings name a column to speak, under a title row; numbers come as typed
    (id 1, not 1.0; intensity 0.7), and an empty row or one with nothing to say is skipped."""
    data = _xlsx_bytes({
        "Revisions": [["Version", "Date"], [3, "May 1"]],
        "Script": [["Lighthouse, French dub"], ["ID", "Character", "Dialogue", "Notes", "Intensity"],
                   [1, "Anna", "Hello, and welcome.", "warmly", 0.7], [None, None, None, None, None],
                   [2, "Ben", None, "(door slams)", None], [3, "Ben", "You came back!", None, None]],
    })
    parsed = parse_script(data, ".xlsx", "loc.xlsx")
    assert [(l.author_id, l.speaker, l.text, l.direction, l.intensity) for l in parsed.lines] == [
        ("1", "Anna", "Hello, and welcome.", "warmly", 0.7), ("3", "Ben", "You came back!", None, None)]


@pytest.mark.parametrize("data, problem", [
    (b"PK\x03\x04 not a zip", "not a valid .xlsx file"),
    ("docx", "is not an Excel workbook"),
    ({"Sheet": [["Version", "Date"], [1, "May"]]}, "no sheet has a heading row naming a column to speak"),
    ({"Sheet": [["Line", "Emotion"], ["Hi.", "ecstatic"]]}, "sheet 'Sheet' row 2: .*ecstatic"),
    ("entities", "refused: a workbook with a DTD or entities"),
])
def test_excel_files_that_cannot_be_read_are_named(data, problem):
    if data == "docx":
        data = _docx_bytes(["Hello."])
    elif data == "entities":  # a sheet that would read a file of the machine into a cell
        data = _with_file_entity(_xlsx_bytes({"S": [["Text"], ["Hello."]]}), "xl/worksheets/sheet1.xml", b"Hello.")
    elif isinstance(data, dict):
        data = _xlsx_bytes(data)
    with pytest.raises(ScriptImportError, match=problem):
        parse_script(data, ".xlsx", "sheet.xlsx")


def test_docx_that_is_not_a_zip_is_refused():
    with pytest.raises(ScriptImportError, match="not a valid .docx"):
        parse_script(b"PK\x03\x04 definitely not a zip", ".docx", "broken.docx")


def test_docx_zip_bomb_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b"a" * (300 * 1024 * 1024) + b">")
    with pytest.raises(ScriptImportError, match="zip bomb"):
        parse_script(buffer.getvalue(), ".docx", "bomb.docx")


def _with_file_entity(data: bytes, part: str, words: bytes) -> bytes:
    """The Office file with a DTD in the parts named `part…` whose entity would read a file of the machine where
    `words` were."""
    hostile = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(hostile, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename.startswith(part):
                dtd = b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                declared = content.replace(b"?>", b"?>" + dtd, 1) if content.startswith(b"<?xml") else dtd + content
                content = declared.replace(words, b"&x;")
            target.writestr(item, content)
    return hostile.getvalue()


def test_docx_with_external_entities_does_not_expand_them():
    hostile = _with_file_entity(_docx_bytes(["Hello there."]), "word/document.xml", b"there.")
    try:
        lines = parse_script(hostile, ".docx", "hostile.docx").lines
    except ScriptImportError:
        return  # refusing it is fine too
    assert all("root:" not in line.text for line in lines)


def _pptx_bytes(slides: list[tuple[list[str] | None, bool]]) -> bytes:
    """A real PowerPoint deck: each slide's speaker notes (paragraphs; None: no notes page) and whether it is
    hidden; a paragraph's *word* is written in italics."""
    import pptx

    deck = pptx.Presentation()
    for notes, hidden in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        if notes is not None:
            frame = slide.notes_slide.notes_text_frame
            for index, text in enumerate(notes):
                paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
                for part, piece in enumerate(text.split("*")):
                    if piece:
                        run = paragraph.add_run()
                        run.text, run.font.italic = piece, part % 2 == 1
        if hidden:
            slide.element.set("show", "0")
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def test_pptx_speaker_notes_are_the_narration_named_by_slide():
    """An e-learning deck: each slide's notes are its narration, a line per paragraph named by the slide (as its stem
    is), italics stressed, directions and timed pauses read as in any script; a slide without notes and a hidden
    slide say nothing, and the warnings say which."""
    data = _pptx_bytes([
        (["Welcome to Module 3: Fire Safety.", "In ten minutes, you'll know how to use an extinguisher."], False),
        (["*Never* turn your back on a fire."], False),
        (None, False),
        (["Narration we cut."], True),
        (["(warmly) Now, let's check what you learned. (pause 2 seconds) Ready?", "   "], False),
    ])
    parsed = parse_script(data, ".pptx", "module3.pptx")
    assert [(l.author_id, l.text, l.direction, l.emotion) for l in parsed.lines] == [
        ("slide-1.1", "Welcome to Module 3: Fire Safety.", None, None),
        ("slide-1.2", "In ten minutes, you'll know how to use an extinguisher.", None, None),
        ("slide-2", "*Never* turn your back on a fire.", None, None),
        ("slide-5", 'Now, let\'s check what you learned. <break time="2s"/> Ready?', "warmly", "joy"),
    ]
    assert parsed.warnings == ["module3.pptx: no speaker notes on slide 3: nothing is said over it",
                               "module3.pptx: hidden slide 4 left out"]


@pytest.mark.parametrize("data, problem", [
    (b"PK\x03\x04 not a zip", "not a valid .pptx"),
    ("no notes", "no slide has speaker notes"),
    ("bomb", "zip bomb"),
    ("entities", None),
])
def test_pptx_that_cannot_be_read_is_refused_by_name(data, problem):
    if data == "no notes":
        data = _pptx_bytes([(None, False), ([""], False)])
    elif data == "bomb":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("ppt/presentation.xml", b"<" + b"a" * (300 * 1024 * 1024) + b">")
        data = buffer.getvalue()
    elif data == "entities":  # notes that would read a file of the machine into the narration
        hostile = _with_file_entity(_pptx_bytes([(["Hello there."], False)]), "ppt/notesSlides/", b"there.")
        try:
            lines = parse_script(hostile, ".pptx", "hostile.pptx").lines
        except ScriptImportError:
            return  # refusing it is fine too
        assert all("root:" not in line.text for line in lines)
        return
    with pytest.raises(ScriptImportError, match=problem):
        parse_script(data, ".pptx", "deck.pptx")


def test_ssml_subset_becomes_lines_with_direction():
    parsed = import_script(SAMPLES / "promo.ssml")
    texts = [line.text for line in parsed.lines]
    assert texts[0] == 'Welcome to Intonate. <break time="0.5s"/> Let\'s begin.'
    assert (parsed.lines[1].rate, parsed.lines[1].pitch, parsed.lines[1].volume) == (0.75, -2.0, -3.0)
    assert parsed.lines[2].voice == "bm_george" and parsed.lines[2].speaker == "bm_george"
    assert texts[2] == "Call us on five five five, zero one nine nine before March fifteenth, twenty twenty-five."
    assert texts[3] == "This is *really* important, say [[təˈmɑːtoʊ]]."
    assert texts[4] == "Spell it: S S M L, you are third."
    assert texts[5] == "Unknown tags keep their words."
    assert parsed.warnings == ["promo.ssml: unknown tag <blink> ignored; its text is kept"]


AZURE_SSML = """<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xmlns:mstts="https://www.w3.org/2001/mstts">
  <voice name="en-US-JennyNeural"><mstts:express-as style="cheerful" styledegree="2">That'd be amazing!</mstts:express-as></voice>
  <voice name="en-US-GuyNeural">
    <mstts:express-as style="sad" styledegree="0.5">I lost my keys.</mstts:express-as>
    <mstts:express-as style="newscast">Here is the news.</mstts:express-as>
    <mstts:express-as style="whispering">Between us.</mstts:express-as>
    <mstts:express-as style="robotic">Beep.</mstts:express-as>
    Back to normal.
  </voice>
</speak>"""


def test_azure_speaking_styles_become_emotion_and_intensity():
    """Scripts written for Azure keep their direction: style and styledegree (0.01-2) map onto emotion and
    intensity (0-1.5), and its neural voices become speakers named like people, cast by their gender."""
    parsed = parse_script(AZURE_SSML.encode(), ".ssml", "azure.ssml")
    assert [(line.speaker, line.emotion, line.intensity) for line in parsed.lines] == [
        ("Jenny", "joy", 1.5), ("Guy", "sadness", 0.375), ("Guy", "neutral", 0.75), ("Guy", "neutral", 0.75),
        ("Guy", None, None), ("Guy", None, None)]
    assert parsed.lines[3].volume == -8.0 and parsed.lines[2].volume is None  # a whisper is softer
    assert parsed.warnings == [
        "azure.ssml: speaking style 'robotic' has no emotion here; the recognizer reads those lines",
        "azure.ssml: voice 'en-US-JennyNeural' is not installed; 'Jenny' becomes a speaker to cast",
        "azure.ssml: voice 'en-US-GuyNeural' is not installed; 'Guy' becomes a speaker to cast"]
    with pytest.raises(ScriptImportError, match="styledegree 'lots'"):
        parse_script(AZURE_SSML.replace('"0.5"', '"lots"').encode(), ".ssml", "azure.ssml")


@pytest.mark.parametrize(
    "ssml, message",
    [
        ('<?xml version="1.0"?><!DOCTYPE speak [<!ENTITY x SYSTEM "file:///etc/passwd">]><speak>&x;</speak>', "DTD"),
        ('<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><speak>&b;</speak>', "DTD"),
        ("<speak><p>Unclosed</speak>", "malformed SSML"),
        ("<html><p>Hi</p></html>", "must start with <speak>"),
        ('<speak>Hi <break time="soon"/></speak>', "break time"),
        ('<speak><prosody rate="warp">Hi</prosody></speak>', "prosody rate"),
    ],
)
def test_hostile_or_broken_ssml_is_refused(ssml, message):
    with pytest.raises(ScriptImportError, match=message):
        parse_script(ssml.encode(), ".ssml", "x.ssml")


def test_inline_prosody_applies_to_its_line_with_a_warning():
    parsed = parse_script(b'<speak><p>Calm, then <prosody volume="loud">LOUD</prosody> again.</p><p>Next.</p></speak>',
                          ".ssml", "x.ssml")
    assert parsed.lines[0].volume == 6.0 and parsed.lines[1].volume is None
    assert "applies to its whole line" in parsed.warnings[0]


def test_a_stage_direction_that_names_an_emotion_directs_its_line():
    """'(angrily)', an ElevenLabs-style '[excited]' tag or a Fountain parenthetical is the author's direction; a
    scene note or '(to Ben)' is not, and an emotion column says it more exactly."""
    parsed = parse_script("[A tense night. Everyone is terrified.]\n\nANNA: (angrily) Where were you?\n"
                          "BEN: [excited] You won't believe it!\nANNA: (a little sad) I waited.\n"
                          "BEN: (not angry, just tired) Sorry.\nANNA: (to Ben) Fine.\n".encode(), ".txt", "x.txt")
    assert [(line.emotion, line.intensity) for line in parsed.lines] == [
        ("anger", None), ("joy", None), ("sadness", 0.3), ("sadness", 0.3), (None, None)]
    fountain = parse_script(b"INT. HALL - NIGHT\n\nMAYA\n(sobbing)\nHe's gone.\n", ".fountain", "x.fountain")
    assert (fountain.lines[0].emotion, fountain.lines[0].intensity) == ("sadness", 1.0)
    table = parse_script(b"text,direction,emotion,intensity\nStop it.,furious,,\nStop it.,furious,,0.4\n"
                         b"Stop it.,furious,joy,\n", ".csv", "x.csv")
    assert [(line.emotion, line.intensity) for line in table.lines] == [("anger", 1.0), ("anger", 0.4), ("joy", None)]


def test_a_gentle_direction_is_a_touch_of_its_emotion():
    parsed = parse_script(b"ANNA: (warmly) Welcome home.\nBEN: (coldly) Thanks.\nANNA: (sighs) Never mind.\n"
                          b"BEN: (sarcastically) Wonderful.\nANNA: (very warmly) I missed you.\n", ".txt", "x.txt")
    assert [(line.emotion, line.intensity) for line in parsed.lines] == [
        ("joy", 0.3), ("anger", 0.3), ("sadness", None), ("disgust", None), ("joy", 1.0)]


def test_elevenlabs_tags_and_screenplay_phrases_direct_their_lines():
    """ElevenLabs v3 tags and the phrases screenwriters use say an emotion or a delivery as plainly as "(angrily)"."""
    parsed = parse_script(b"ANNA: [curious] What is that?\nBEN: [mischievously] A plan.\nANNA: [tired] Not again.\n"
                          b"BEN: (through tears) I miss him.\nANNA: (through gritted teeth) Thank you.\n"
                          b"BEN: (under his breath) Idiot.\nANNA: (bursts into tears) Why?\n"
                          b"BEN: (trying not to cry) Fine.\nANNA: (not in tears) Okay.\n", ".txt", "x.txt")
    assert [(line.emotion, line.intensity, line.volume, line.rate) for line in parsed.lines] == [
        ("surprise", 0.3, None, None), ("joy", 0.3, None, None), ("sadness", 0.3, None, 0.9),
        ("sadness", None, None, None), ("anger", None, None, None), (None, None, -6.0, None),
        ("sadness", 1.0, None, None), ("sadness", None, None, None), (None, None, None, None)]
    assert [line.text for line in parsed.lines][-3:] == ["Why?", "Fine.", "Okay."]


def test_a_stage_direction_that_names_a_delivery_sets_volume_and_rate():
    parsed = parse_script(b"ANNA: (whispering) Did you hear that?\nBEN: [shouts] Who's there?\n"
                          b"ANNA: (slowly, quietly) Nobody.\nBEN: (not shouting) Fine.\n", ".txt", "x.txt")
    assert [(line.volume, line.rate) for line in parsed.lines] == [(-8.0, 0.95), (6.0, None), (-6.0, 0.85), (None, None)]
    table = parse_script(b"text,direction\nCome here.,quietly\n", ".csv", "x.csv")
    assert (table.lines[0].volume, table.lines[0].rate) == (-6.0, None)


def test_a_chat_style_action_between_asterisks_directs_its_line_and_a_stressed_word_stays():
    """Scripts drafted in chat tools write "*sighs*" where a screenplay writes "(sighs)": not to be read out."""
    parsed = parse_script(b"ANNA: *sighs* Fine.\nBEN: Okay. *laughs nervously*\nANNA: *Whispers* Come here.\n"
                          b"BEN: I *love* it. *NOT* now!\nANNA: He said it *angrily* twice.\n", ".txt", "x.txt")
    assert [(line.text, line.direction, line.emotion, line.volume) for line in parsed.lines] == [
        ("Fine.", "sighs", "sadness", None), ("Okay.", "laughs nervously", "joy", None),
        ("Come here.", "Whispers", None, -8.0), ("I *love* it. *NOT* now!", None, None, None),
        ("He said it *angrily* twice.", None, None, None)]


def test_a_direction_taken_out_before_punctuation_leaves_no_space_before_it():
    """"Look at this [points at the screen]." is "Look at this." in the script table, not "Look at this ."."""
    parsed = parse_script(b"ANNA: Look at this [points at the screen]. Wow (softly) , right?\n", ".txt", "x.txt")
    assert (parsed.lines[0].text, parsed.lines[0].direction) == ("Look at this. Wow, right?",
                                                                "points at the screen; softly")


def test_a_timed_pause_is_as_long_as_the_script_says():
    """A meditation script times its silences: between words a break that long, before or after them the line's
    pause before or after, and on a line of its own the next line's pause before (all were left out)."""
    script = ("Close your eyes. (pause 5 seconds) Breathe in. [pause: 500ms] Out.\n\n[pause 8s]\n\n"
              "And now, rest. [20-second silence]\n\n(pause for 2 sec) Wake.\n")
    lines = parse_script(script.encode(), ".txt", "m.txt").lines
    assert [(l.text, l.pause_before, l.pause_after) for l in lines] == [
        ('Close your eyes. <break time="5s"/> Breathe in. <break time="0.5s"/> Out.', None, None),
        ("And now, rest.", 8.0, 20.0), ("Wake.", 2.0, None)]
    (row,) = parse_script(b"text\n(pause 3 seconds) Begin. [pause 90s]\n", ".csv", "m.csv").lines  # a sheet too;
    assert (row.text, row.pause_before, row.pause_after) == ("Begin.", 3.0, 60.0)  # a minute at most


def test_a_beat_between_words_is_a_pause_there():
    parsed = parse_script(b"ANNA: I... (beat) I love you.\nBEN: Wait [long pause] what?\nANNA: (beat) Fine.\n",
                          ".txt", "x.txt")
    assert [line.text for line in parsed.lines] == [
        'I... <break time="0.6s"/> I love you.', 'Wait <break time="1.5s"/> what?', "Fine."]
    assert parsed.lines[2].direction == "beat"  # before the words, the turn gap is the pause: a note


def test_aegisub_dub_script_speaks_its_actors_lines_in_time():
    """An .ass dub script from Aegisub: each Dialogue event is its actor's line at its time; the comment, the
    on-screen sign (drawn twice, on two layers) and the opening song are not read out, and a word set in italics
    inside a line is stressed, though a line wholly in italics (a flashback) is not."""
    parsed = import_script(SAMPLES / "dub.ass")
    assert [(l.speaker, l.text) for l in parsed.lines] == [
        ("Mira", "The lamp went out *again* last night. Three ships nearly ran aground."),
        ("Tom", "I know. I was there."),
        ("Mira", "Then why didn't you fix it?"),
        ("Tom", "Because it wasn't broken."),
        ("Keeper", "Never let the light go dark, boy."),
        ("Mira", "Then someone put it out."),
    ]
    assert [l.author_id for l in parsed.lines] == ["5", "6", "7a", "7b", "8", "9"]  # Aegisub's row numbers
    assert (parsed.lines[0].cue_start_s, parsed.lines[0].cue_end_s) == (6.5, 9.8)
    assert parsed.lines[0].direction == "♪ Shine a light ♪"
    assert parsed.lines[1].direction == "sighs"
    assert parsed.warnings == ["dub.ass: 1 on-screen sign left out (not spoken)"]


def test_substation_files_out_of_order_in_ssa_or_pasted_read_the_same():
    """Events sorted by style are spoken in time order; an old .ssa file and an .ass pasted as text are read too."""
    events = ("Dialogue: 0,0:00:05.00,0:00:06.00,Default,Ben,0,0,0,,Second.\n"
              "Dialogue: 0,0:00:01.00,0:00:02.00,Default,Ann,0,0,0,,First.\n")
    ass = ("[Script Info]\nScriptType: v4.00+\n\n[Events]\n"
           "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n" + events)
    for suffix in (".ass", ".txt"):
        assert [(l.speaker, l.text, l.cue_start_s) for l in parse_script(ass.encode(), suffix, f"x{suffix}").lines] == [
            ("Ann", "First.", 1.0), ("Ben", "Second.", 5.0)]
    ssa = ("[Script Info]\nScriptType: v4.00\n\n[Events]\n"
           "Format: Marked, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
           "Dialogue: Marked=0,0:00:01.00,0:00:02.50,Default,Ann,0000,0000,0000,,Hello there.\n")
    (line,) = parse_script(ssa.encode(), ".ssa", "old.ssa").lines
    assert (line.speaker, line.text, line.cue_end_s) == ("Ann", "Hello there.", 2.5)


@pytest.mark.parametrize("content, message", [
    ("Just some words.\n", "a.ass: not SubStation subtitles \\(no \\[Events\\] section\\)"),
    ("[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
     "Dialogue: 0,0:00:xx.00,0:00:04.00,Default,A,0,0,0,,Hi\n", "a.ass: malformed SubStation subtitles"),
    ("[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
     "Dialogue: 0,0:00:05.00,0:00:04.00,Default,A,0,0,0,,Hi\n", "a.ass event 1: a cue must end after it starts"),
])
def test_broken_substation_files_are_refused_with_the_reason(content, message):
    with pytest.raises(ScriptImportError, match=message):
        parse_script(content.encode(), ".ass", "a.ass")


def test_a_narrators_aside_in_brackets_is_said_and_a_direction_is_not():
    """E-learning and narration put numbers, references and examples in round brackets, to be read out; a
    screenplay's "(to Ben)" or "(whispering)" directs the line instead."""
    text = ("Welcome to Module 3 (approx. 15 min).\n\nUse a ladder (e.g. a step ladder) here.\n\n"
            "ANNA: (whispering) I know (to Ben) you lied.\n\nBEN: (about to cry) Fine. (pause) Go.\n\n"
            "Welcome to Module 4: Fire Safety (approx. 10 min).")
    lines = parse_script(text.encode(), ".txt", "course.txt").lines
    assert lines[-1].speaker is None  # "Welcome to Module 4" is a phrase, not a speaker's name
    assert [(l.text, l.direction) for l in lines[:-1]] == [
        ("Welcome to Module 3 (approx. 15 min).", None),
        ("Use a ladder (e.g. a step ladder) here.", None),
        ("I know you lied.", "whispering; to Ben"),
        ('Fine. <break time="0.6s"/> Go.', "about to cry"),
    ]


def test_streaming_service_ttml_speaks_its_characters_lines_in_time():
    """A TTML subtitle file as streaming services deliver it: times in frames at 23.976 fps, speakers as ttm:agent,
    a sound cue kept as a note, two dashed turns split, a word in italics stressed (a line wholly in italics not)."""
    parsed = import_script(SAMPLES / "episode.ttml")
    assert [(l.speaker, l.text, l.author_id) for l in parsed.lines] == [
        ("Mira", "The lamp went out *again* last night.", "sub2"),
        ("Tom", "I know. I was there.", "sub3"),
        (None, "Then why didn't you fix it?", "sub4a"),
        (None, "Because it wasn't broken.", "sub4b"),
        ("Mira", "Someone put it out.", "sub5"),
    ]
    assert parsed.lines[0].cue_start_s == pytest.approx(4 + 12 * 1001 / 24000) and parsed.lines[0].cue_end_s == 8.0
    assert parsed.lines[0].direction == "THUNDER RUMBLING"


def test_ttml_in_its_other_dress_is_read_too():
    """Ticks and durations, the old DFXP namespace with one-digit hours, EBU-TT-D's prefixed elements, a .xml file or
    pasted text, and paragraphs timed only by their div."""
    ticks = ('<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter" '
             'ttp:tickRate="10000000"><body><div><p begin="10000000t" dur="2s">Tick &amp; tock.</p></div></body></tt>')
    dfxp = ('<tt xmlns="http://www.w3.org/2006/10/ttaf1"><body><div>'
            '<p begin="0:00:01.00" end="0:00:02.50">Old but gold.</p></div></body></tt>')
    ebu = ('<?xml version="1.0"?><!-- EBU-TT-D --><tt:tt xmlns:tt="http://www.w3.org/ns/ttml"><tt:body><tt:div>'
           '<tt:p begin="00:00:05.000" end="00:00:06.000">Prefixed.</tt:p></tt:div></tt:body></tt:tt>')
    div_timed = ('<tt xmlns="http://www.w3.org/ns/ttml"><body><div begin="10s" end="20s">'
                 '<p begin="1s" end="3s">At eleven.</p><p>All along.</p></div></body></tt>')
    read = {suffix: [(l.text, l.cue_start_s, l.cue_end_s) for l in parse_script(content.encode(), suffix, "s").lines]
            for content, suffix in ((ticks, ".ttml"), (dfxp, ".dfxp"), (ebu, ".xml"), (div_timed, ".txt"))}
    assert read == {".ttml": [("Tick & tock.", 1.0, 3.0)], ".dfxp": [("Old but gold.", 1.0, 2.5)],
                    ".xml": [("Prefixed.", 5.0, 6.0)], ".txt": [("At eleven.", 11.0, 13.0), ("All along.", 10.0, 20.0)]}
    ssml = parse_script(b'<speak>Still <break time="1s"/> SSML.</speak>', ".xml", "s.xml")
    assert ssml.lines[0].text.startswith("Still")


@pytest.mark.parametrize("content, message", [
    ('<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="soon" end="3s">Hi</p></div></body></tt>',
     "t.ttml: malformed TTML \\(Bad begin attribute value: soon\\)"),
    ('<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="5s" end="3s">Hi</p></div></body></tt>',
     "t.ttml paragraph 1: a cue must end after it starts"),
    ('<?xml version="1.0"?><!DOCTYPE tt [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     '<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="3s">&x;</p></div></body></tt>',
     "t.ttml: refused: TTML with a DTD or entities"),
    ('<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="3s">Hi</div></body></tt>',
     "t.ttml: malformed TTML \\(mismatched tag"),
    ("<html><body>Hi</body></html>", "t.ttml: TTML must start with <tt>, found <html>"),
])
def test_broken_or_hostile_ttml_is_refused_with_the_reason(content, message):
    with pytest.raises(ScriptImportError, match=message):
        parse_script(content.encode(), ".ttml", "t.ttml")


def test_a_ttml_paragraph_never_on_screen_is_named():
    ttml = ('<tt xmlns="http://www.w3.org/ns/ttml"><body><div><p begin="1s" end="1s">Blink.</p>'
            '<p begin="2s" end="3s">Seen.</p></div></body></tt>')
    parsed = parse_script(ttml.encode(), ".ttml", "t.ttml")
    assert [l.text for l in parsed.lines] == ["Seen."]
    assert parsed.warnings == ["t.ttml: 1 paragraph left out (never on screen)"]


def test_youtube_sbv_captions_and_television_speaker_marks():
    """YouTube Studio's .sbv captions; '>>' opens a new speaker's turn in captions from television and YouTube, and
    WebVTT's escaped characters are said as the characters they stand for."""
    sbv = ("0:00:00.000,0:00:02.500\n>> NARRATOR: Welcome back to the channel!\n\n"
           "0:00:02.500,0:00:05.000\nToday we build a shelf\nin under ten minutes.\n\n"
           "0:00:05.000,0:00:07.000\n>> Looks easy.\n>> Easy peasy.\n")
    assert [(l.speaker, l.text, l.cue_start_s, l.cue_end_s) for l in parse_script(sbv.encode(), ".sbv", "y.sbv").lines] == [
        ("NARRATOR", "Welcome back to the channel!", 0.0, 2.5),
        (None, "Today we build a shelf in under ten minutes.", 2.5, 5.0),
        (None, "Looks easy.", 5.0, pytest.approx(6.0)),
        (None, "Easy peasy.", pytest.approx(6.0), 7.0),  # the cue shared by their length
    ]
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n&gt;&gt; Tom &amp; Jerry &lt;3 cheese.\n"
    assert [l.text for l in parse_script(vtt.encode(), ".vtt", "e.vtt").lines] == ["Tom & Jerry <3 cheese."]
    with pytest.raises(ScriptImportError, match="y.sbv: malformed SubViewer \\(.sbv\\) captions"):
        parse_script(b"not captions at all\n", ".sbv", "y.sbv")
    with pytest.raises(ScriptImportError, match="y.sbv cue 1: a cue must end after it starts"):
        parse_script(b"0:00:05.000,0:00:04.000\nBackwards\n", ".sbv", "y.sbv")


_MUTATION_PIECES = [b"\n", b"\r", b"\r\n", b"-->", b"00:00:01,000", b"<v A>", b"<i>", b"</i>", b"{\\an8}", b"&amp;",
                    b"&#0;", b"\x00", b"\xff\xfe", b"(", b")", b":", b"[[", b"]]", b"*", b"_", b"^", b"@", b"INT. ", b'"', b",",
                    b";", b"\t", b"\xe2\x80\x99", b'<break time="3s"/>', b"\\N", b'<p begin="1s">', b"</p>", b"<!--",
                    b"\xc3", b"99999999999999999999", b"-1", b"NaN"]


def _mutated(original: bytes, rng, pieces: list[bytes]) -> bytes:
    """`original` cut, spliced and sprinkled with `pieces` a few times."""
    data = bytearray(original)
    for _ in range(rng.randint(1, 8)):
        at, kind = rng.randint(0, len(data)), rng.random()
        if kind < 0.4:
            data[at:at] = rng.choice(pieces)
        elif kind < 0.7:
            del data[at:at + rng.randint(1, 20)]
        elif kind < 0.85:
            data[at:at + 1] = bytes([rng.randint(0, 255)])
        else:
            start = rng.randint(0, len(data))
            data[at:at] = data[start:start + rng.randint(1, 40)]
    return bytes(data)


@pytest.mark.parametrize("sample", sorted(path.name for path in SAMPLES.iterdir()))
def test_mutated_scripts_are_read_or_refused_clearly(sample):
    """Each sample script, cut, spliced and sprinkled with its formats' syntax 300 times (seeded): every result is
    read, or refused with a ScriptImportError naming the problem; no parser library's own exception gets out."""
    import random

    original, suffix = (SAMPLES / sample).read_bytes(), Path(sample).suffix
    rng = random.Random(sample)
    for _ in range(300):
        try:
            parse_script(_mutated(original, rng, _MUTATION_PIECES), suffix, sample)
        except ScriptImportError:
            pass


def test_word_documents_with_mutated_xml_are_read_or_refused_clearly():
    """A Word script whose document.xml is cut, spliced and sprinkled with WordprocessingML 200 times (seeded): read,
    or refused as damaged; python-docx's own exceptions (a body missing, a row short of cells) do not get out."""
    import random

    with zipfile.ZipFile(io.BytesIO(_docx_bytes(["ANNA: (softly) Hello there.", "BEN: It was *you*."],
                                                [["Speaker", "Line"], ["Maya", "Hi."], ["Tom", "Bye."]]))) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    pieces = [b"<w:p>", b"</w:p>", b"<w:t>", b"</w:t>", b"<w:tc>", b"</w:tc>", b"<w:tr>", b"</w:tr>", b"<w:ins>",
              b"<w:del>", b"&#0;", b"&amp;", b"\x00", b"<", b">", b'"']
    rng = random.Random("docx")
    for _ in range(200):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as package:
            for name, part in parts.items():
                package.writestr(name, _mutated(part, rng, pieces) if name == "word/document.xml" else part)
        try:
            parse_script(buffer.getvalue(), ".docx", "mutated.docx")
        except ScriptImportError:
            pass


def test_office_files_damaged_inside_their_zip_are_refused_clearly():
    """Word, Writer, Excel, PowerPoint and EPUB files with a few bytes of their parts flipped (a download cut short, a
    bad disk; seeded, 60 each): refused as damaged, not with zipfile's, zlib's or lzma's own exceptions (a bad CRC, a
    compression method or zip version it does not know, an encrypted part)."""
    import random

    files = {".docx": _docx_bytes(["ANNA: Hello there."] * 20), ".odt": _odt_bytes(*["ANNA: Hi there."] * 20),
             ".xlsx": _xlsx_bytes({"Script": [["speaker", "text"], *[["Anna", "Hello."]] * 20]}),
             ".pptx": _pptx_bytes([(["Welcome to the course."], False)] * 3),
             ".epub": _epub_bytes([("<p>ANNA: Hello there, in a chapter long enough to compress.</p>" * 5, False)])}
    rng = random.Random("zip")
    refused = 0
    for suffix, original in files.items():
        for _ in range(60):
            data = bytearray(original)
            for _ in range(rng.randint(1, 4)):
                data[rng.randint(30, len(data) - 200)] = rng.randint(0, 255)  # parts, not the directory at the end
            try:
                parse_script(bytes(data), suffix, f"damaged{suffix}")
            except ScriptImportError as exc:
                refused += "damaged" in str(exc) or "not a valid" in str(exc)
    assert refused > 100, refused  # most flips land in a part's compressed bytes
