"""SSML import: speak, p, s, break, prosody, emphasis, say-as, sub, phoneme and voice, parsed safely; Azure's
mstts:express-as style and styledegree become the line's emotion and intensity."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from xml.etree.ElementTree import Element

from num2words import num2words

from app.importers import ScriptImportError
from app.untrusted_xml import local_tag, parse_untrusted_xml
from engine.normalize import normalize_text
from engine.text_cues import direction_controls

BREAK_STRENGTHS_S = {"none": 0.0, "x-weak": 0.1, "weak": 0.2, "medium": 0.4, "strong": 0.7, "x-strong": 1.2}
RATE_WORDS = {"x-slow": 0.5, "slow": 0.75, "medium": 1.0, "default": 1.0, "fast": 1.25, "x-fast": 1.6}
PITCH_WORDS_ST = {"x-low": -4.0, "low": -2.0, "medium": 0.0, "default": 0.0, "high": 2.0, "x-high": 4.0}
VOLUME_WORDS_DB = {"silent": -30.0, "x-soft": -12.0, "soft": -6.0, "medium": 0.0, "default": 0.0, "loud": 6.0, "x-loud": 9.0}
REFERENCE_PITCH_HZ = 150.0  # to read "+20Hz" as semitones
BLOCKS = {"p", "s", "paragraph", "sentence"}
# Azure speaking styles as the emotion they act; the delivery styles (newscast, narration…) read as neutral.
AZURE_STYLES = {
    "cheerful": "joy", "excited": "joy", "friendly": "joy", "hopeful": "joy", "affectionate": "joy",
    "advertisement_upbeat": "joy", "sports_commentary_excited": "joy", "lyrical": "joy",
    "sad": "sadness", "depressed": "sadness", "disappointed": "sadness", "empathetic": "sadness",
    "embarrassed": "sadness", "angry": "anger", "unfriendly": "anger", "shouting": "anger",
    "disgruntled": "disgust", "envious": "disgust", "fearful": "fear", "terrified": "fear", "nervous": "fear",
    "calm": "neutral", "serious": "neutral", "gentle": "neutral", "whispering": "neutral", "assistant": "neutral",
    "chat": "neutral", "customerservice": "neutral", "newscast": "neutral", "newscast-casual": "neutral",
    "newscast-formal": "neutral", "narration-professional": "neutral", "narration-relaxed": "neutral",
    "documentary-narration": "neutral", "poetry-reading": "neutral", "sports_commentary": "neutral",
}
INTENSITY_PER_STYLEDEGREE = 0.75  # Azure's styledegree 0.01-2 (1 = the style as designed) onto our 0-1.5
INLINE = {"break", "emphasis", "say-as", "sub", "phoneme", "prosody", "voice", "lang", "mark", "audio"}


class SsmlError(ScriptImportError):
    pass


@dataclass
class SsmlLine:
    text: str
    voice: str | None = None
    rate: float | None = None
    pitch: float | None = None
    volume: float | None = None
    emotion: str | None = None
    intensity: float | None = None


@dataclass
class _State:
    lines: list[SsmlLine] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    prosody: dict = field(default_factory=dict)
    line_prosody: dict = field(default_factory=dict)  # a <prosody> that ended mid-line still holds for that line
    voice: str | None = None
    warnings: list[str] = field(default_factory=list)

    def flush(self) -> None:
        text = re.sub(r"\s+([.,!?;:])", r"\1", " ".join(" ".join(self.pieces).split()))
        if re.search(r"\w", re.sub(r"<break[^>]*>", "", text)):
            self.lines.append(SsmlLine(text, self.voice, **{**self.prosody, **self.line_prosody}))
        self.pieces.clear()
        self.line_prosody.clear()


def parse_ssml(text: str, name: str = "script.ssml") -> tuple[list[SsmlLine], list[str]]:
    """Lines with their prosody and voice, and warnings for what was not understood."""
    root = parse_untrusted_xml(text, name, "SSML", "speak", SsmlError)
    state = _State()
    _walk_children(root, state, name)
    state.flush()
    return state.lines, state.warnings


def _walk_children(element: Element, state: _State, name: str) -> None:
    if element.text:
        state.pieces.append(element.text)
    for child in element:
        _walk(child, state, name)
        if child.tail:
            state.pieces.append(child.tail)


def _walk(element: Element, state: _State, name: str) -> None:
    tag = local_tag(element)
    if tag in BLOCKS:
        if tag in ("p", "paragraph"):
            state.flush()
            _walk_children(element, state, name)
            state.flush()
        else:
            _walk_children(element, state, name)
            state.pieces.append(" ")
    elif tag == "break":
        state.pieces.append(f' <break time="{_break_seconds(element, name):g}s"/> ')
    elif tag == "emphasis":
        inner = _inline_text(element, state, name)
        state.pieces.append(f" *{inner.strip()}* " if element.get("level") != "none" else inner)
    elif tag == "say-as":
        state.pieces.append(" " + _say_as(element, name) + " ")
    elif tag == "sub":
        state.pieces.append(" " + (element.get("alias") or element.text or "") + " ")
    elif tag == "phoneme":
        if (element.get("alphabet") or "ipa").lower() != "ipa":
            state.warnings.append(f"{name}: phoneme alphabet {element.get('alphabet')!r} is not supported; the word is read normally")
            state.pieces.append(element.text or "")
        else:
            state.pieces.append(f" [[{element.get('ph', '').strip()}]] ")
    elif tag == "prosody":
        outer, own = dict(state.prosody), _prosody(element, name)
        if "".join(state.pieces).strip():
            state.warnings.append(f"{name}: <prosody> inside a sentence applies to its whole line")
        state.prosody = {**outer, **own}
        _walk_children(element, state, name)
        if "".join(state.pieces).strip():
            state.line_prosody.update(own)
        state.prosody = outer
    elif tag == "express-as":
        state.flush()
        outer = dict(state.prosody)
        state.prosody = {**outer, **_express_as(element, state, name)}
        _walk_children(element, state, name)
        state.flush()
        state.prosody = outer
    elif tag == "voice":
        state.flush()
        outer_voice = state.voice
        state.voice = element.get("name") or outer_voice
        _walk_children(element, state, name)
        state.flush()
        state.voice = outer_voice
    else:
        if tag not in INLINE:
            state.warnings.append(f"{name}: unknown tag <{tag}> ignored; its text is kept")
        elif tag == "audio":
            state.warnings.append(f"{name}: <audio> is not played; its fallback text is kept")
        _walk_children(element, state, name)


def _inline_text(element: Element, state: _State, name: str) -> str:
    inner = _State(prosody=state.prosody, voice=state.voice)
    _walk_children(element, inner, name)
    state.warnings.extend(inner.warnings)
    return " ".join(" ".join(inner.pieces).split())


def _break_seconds(element: Element, name: str) -> float:
    time = element.get("time")
    if time:
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*", time)
        if not match:
            raise SsmlError(f"{name}: break time {time!r} is not like '500ms' or '1.5s'")
        return float(match.group(1)) / (1000 if match.group(2) == "ms" else 1)
    strength = element.get("strength", "medium")
    if strength not in BREAK_STRENGTHS_S:
        raise SsmlError(f"{name}: unknown break strength {strength!r}")
    return BREAK_STRENGTHS_S[strength]


_SIGNED_NUMBER = re.compile(r"[-−+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)")


def _within_sentence(text: str) -> str:
    """The normalizer's reading of words inside a sentence: "2:30pm" is "two thirty P-M", not "Two thirty…"."""
    said = normalize_text(text)
    return said[:1].lower() + said[1:] if said[:1] != text[:1] else said


def _say_as(element: Element, name: str) -> str:
    text = "".join(element.itertext()).strip()
    try:
        return _said_as((element.get("interpret-as") or "").lower(), text, element, name)
    except OverflowError:  # a number past num2words' range: the normalizer reads it digit by digit
        return text


def _said_as(kind: str, text: str, element: Element, name: str) -> str:
    digits = re.sub(r"[^\d]", "", text)
    if kind in ("characters", "spell-out", "verbatim"):
        return " ".join(ch for ch in text if not ch.isspace())
    if kind in ("digits", "number_digit") and digits:  # Azure's and Alexa's "2026": "two zero two six"
        return " ".join(num2words(int(digit)) for digit in digits)
    if kind in ("cardinal", "number"):  # -3.5: "minus three point five" (it was "thirty-five")
        number = _SIGNED_NUMBER.fullmatch(text.replace(" ", ""))
        return num2words(Decimal(number.group(0).replace(",", "").replace("−", "-"))) if number else text
    if kind == "ordinal" and digits:
        return num2words(int(digits), to="ordinal")
    if kind == "telephone" and digits:
        groups = re.findall(r"\d+", text)
        return ", ".join(" ".join(num2words(int(d)) for d in group) for group in groups)
    if kind == "date":
        return _say_date(text, (element.get("format") or "ymd").lower(), name)
    if kind == "time":
        return _within_sentence(text)
    return text


def _say_date(text: str, fmt: str, name: str) -> str:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    letters = dict.fromkeys(letter for letter in fmt if letter in "ymd")  # "yyyymmdd" is "ymd"
    order = {letter: index for index, letter in enumerate(letters)}
    if len(numbers) != len(order) or not order:
        return _within_sentence(text)
    y, m, d = (numbers[order[k]] if k in order else None for k in "ymd")
    months = "January February March April May June July August September October November December".split()
    parts = []
    if m is not None and 1 <= m <= 12:
        parts.append(months[m - 1])
    if d is not None:
        parts.append(num2words(d, to="ordinal"))
    words = " ".join(parts)
    if y is not None:
        words += (", " if words else "") + num2words(y, to="year")
    return words


def _express_as(element: Element, state: _State, name: str) -> dict:
    """Azure's <mstts:express-as style="sad" styledegree="1.5">: the emotion it acts, at an intensity."""
    style = (element.get("style") or "").strip().lower()
    if style not in AZURE_STYLES:
        state.warnings.append(f"{name}: speaking style {style!r} has no emotion here; the recognizer reads those lines")
        return {}
    degree_text = element.get("styledegree", "1").strip()
    try:
        degree = float(degree_text)
        if not math.isfinite(degree):
            raise ValueError(degree_text)
    except ValueError:
        raise SsmlError(f"{name}: cannot read styledegree {degree_text!r} (a number from 0.01 to 2)") from None
    intensity = round(min(max(degree, 0.01), 2.0) * INTENSITY_PER_STYLEDEGREE, 3)
    # The style's own delivery (whispering: softer) under the emotion it maps to.
    return {**direction_controls(style), "emotion": AZURE_STYLES[style], "intensity": intensity}


def _prosody(element: Element, name: str) -> dict:
    out = {}
    if element.get("rate"):
        out["rate"] = _ratio(element.get("rate"), RATE_WORDS, name, "rate")
    if element.get("pitch"):
        out["pitch"] = _pitch(element.get("pitch"), name)
    if element.get("volume"):
        out["volume"] = _volume(element.get("volume"), name)
    return out


def _ratio(value: str, words: dict, name: str, what: str) -> float:
    value = value.strip().lower()
    if value in words:
        return words[value]
    match = re.fullmatch(r"([+-]?\d+(?:\.\d+)?)(%?)", value)
    if not match:
        raise SsmlError(f"{name}: cannot read prosody {what} {value!r}")
    number = float(match.group(1))
    if match.group(2):
        return (1 + number / 100) if value[0] in "+-" else number / 100
    return number


def _pitch(value: str, name: str) -> float:
    value = value.strip().lower()
    if value in PITCH_WORDS_ST:
        return PITCH_WORDS_ST[value]
    match = re.fullmatch(r"([+-]?\d+(?:\.\d+)?)(st|%|hz)", value)
    if not match:
        raise SsmlError(f"{name}: cannot read prosody pitch {value!r}")
    number, unit = float(match.group(1)), match.group(2)
    if unit == "st":
        return number
    if unit == "%":
        return 12 * math.log2(max(1 + number / 100, 0.05))
    return 12 * math.log2(max(REFERENCE_PITCH_HZ + number, 1) / REFERENCE_PITCH_HZ)


def _volume(value: str, name: str) -> float:
    value = value.strip().lower()
    if value in VOLUME_WORDS_DB:
        return VOLUME_WORDS_DB[value]
    match = re.fullmatch(r"([+-]?\d+(?:\.\d+)?)\s*db", value)
    if not match:
        raise SsmlError(f"{name}: cannot read prosody volume {value!r}")
    return float(match.group(1))
