"""Delivery transfer: measure how a reference take is read and turn it into the line's prosody controls, so the
rendered voice follows the director's reading (its tempo, its pitch movement relative to the director's own
voice, and its pauses)."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import numpy as np

from engine.asr import Word, normalize_words
from engine.emotions import Emotion
from engine.prosody import plan_prosody
from engine.voice_features import measure_prosody

MIN_PAUSE_S = 0.25  # shorter gaps between words are articulation, not pauses
RATE_LIMITS, PITCH_LIMITS, RANGE_LIMITS = (0.5, 2.0), (-12.0, 12.0), (0.3, 2.5)


def neutral_registers() -> dict[str, dict[str, float]]:
    """Neutral readings of RAVDESS actors, low and high voices (median over actors, semitones re 100 Hz): the
    reference for a director whose own neutral is not known yet. Measured by the speech emotion trainer."""
    from engine.speech_emotion import load_speech_model

    return load_speech_model().neutral_registers


@dataclass(frozen=True)
class Delivery:
    words_per_s: float  # over the time with sound, pauses excluded
    f0_st: float  # median pitch, semitones re 100 Hz
    range_st: float  # 10th–90th percentile pitch span
    pauses: tuple[tuple[int, float], ...]  # (index of the word the pause follows, seconds)


def measure_delivery(audio: np.ndarray, sample_rate: int, words: list[Word] | tuple[Word, ...], text: str) -> Delivery:
    """Tempo, pitch and pauses of a reading of `text`; `words` are its timed words (from Whisper)."""
    measure = measure_prosody(audio, sample_rate)
    count = len(normalize_words(text)) or 1
    pauses = tuple((i, round(b.start_s - a.end_s, 2)) for i, (a, b) in enumerate(zip(words, words[1:]))
                   if b.start_s - a.end_s >= MIN_PAUSE_S)
    return Delivery(count / max(measure.active_s, 0.1), measure.f0_median_st, measure.f0_range_st, pauses)


def neutral_reference(take: Delivery, speaker_takes: list[Delivery]) -> tuple[float, float]:
    """(median pitch, pitch range) the director's take is compared with: their own takes' typical values when
    there are a few, else the register of RAVDESS actors nearest to the take."""
    if len(speaker_takes) >= 3:
        return (float(np.median([d.f0_st for d in speaker_takes])), float(np.median([d.range_st for d in speaker_takes])))
    registers = neutral_registers()
    midpoint = (registers["low"]["f0_st"] + registers["high"]["f0_st"]) / 2 + 1.5  # emotional takes run higher
    register = registers["low" if take.f0_st < midpoint else "high"]
    return register["f0_st"], register["range_st"]


def match_take(take: Delivery, voice_neutral: Delivery, reference: tuple[float, float], emotion: Emotion,
               intensity: float) -> dict[str, float]:
    """Manual rate, pitch and pitch range that, on top of the emotion's own plan, make the voice read the line
    at the take's tempo and with the take's pitch level and movement relative to the director's neutral."""
    plan = plan_prosody(emotion, intensity)
    rate = take.words_per_s / voice_neutral.words_per_s / plan.rate
    pitch = (take.f0_st - reference[0]) - plan.pitch_st if np.isfinite(take.f0_st) else 0.0
    spread = take.range_st / reference[1] / plan.range_ratio if np.isfinite(take.range_st) else 1.0
    return {"rate": round(float(np.clip(rate, *RATE_LIMITS)), 3), "pitch": round(float(np.clip(pitch, *PITCH_LIMITS)), 2),
            "pitch_range": round(float(np.clip(spread, *RANGE_LIMITS)), 3)}


def text_with_pauses(text: str, spoken: list[str], pauses: tuple[tuple[int, float], ...]) -> str:
    """The line's text with a `<break>` after each word the take paused after (words matched to the line's own);
    breaks already in the text are replaced."""
    text = re.sub(r"\s*<break[^>]*>\s*", " ", text).strip()
    tokens = list(re.finditer(r"[A-Za-z0-9'’]+", text))
    line_words = [t.group().lower().replace("’", "'") for t in tokens]
    spoken_norm = ["".join(normalize_words(w)) for w in spoken]
    to_line: dict[int, int] = {}
    for block in difflib.SequenceMatcher(a=spoken_norm, b=line_words, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            to_line[block.a + k] = block.b + k
    inserts = {}
    for spoken_index, seconds in pauses:
        line_index = to_line.get(spoken_index)
        if line_index is None and spoken_index + 1 in to_line:  # misheard word before the pause: anchor on the next
            line_index = to_line[spoken_index + 1] - 1
        if line_index is not None and line_index >= 0 and line_index < len(tokens) - 1:
            end = tokens[line_index].end()
            while end < len(text) and text[end] in ",.;:!?)\"'”’":  # after the word's punctuation
                end += 1
            inserts[end] = f' <break time="{int(round(seconds * 1000))}ms"/>'
    for position in sorted(inserts, reverse=True):
        text = text[:position] + inserts[position] + text[position:]
    return text
