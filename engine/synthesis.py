"""Turn a line of text into audio with a voice and per-take settings."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import numpy as np

from engine import audio as au
from engine import audio_cache
from engine.emotions import DEFAULT_INTENSITY, Emotion
from engine.errors import IntonateError
from engine.g2p import Clause, phonemize, typed_ipa, with_typed_ipa
from engine.lexicon import Lexicon, apply_lexicon, entries_used
from engine.normalize import normalize_text
from engine.prosody import engine_speed, plan_prosody
from engine.text import MAX_BREAK_S, has_speakable_text, split_with_breaks
from engine.tts_engines import run_engine
from engine.voice_features import PITCH_CEILING_HZ, PITCH_FLOOR_HZ, pitch_track, speech_tilt_db
from engine.voices import Voice

log = logging.getLogger(__name__)

ENGINE_VERSION = "11"  # bump when the same line and settings would render differently (11: espeak's glide ʲ)
SPEECH_VERSION = "10"  # bump when the engine would say the same phonemes differently (its cached audio goes stale)
SENTENCE_PAUSE_S = 0.32
QUESTION_PAUSE_S = 0.38
CLAUSE_PAUSE_S = 0.16
RATE_RANGE = (0.5, 2.0)
PSOLA_RATE_BAND = (0.85, 1.18)  # speaking rates applied to the engine's audio by PSOLA, not by the engine
PITCH_RANGE_ST = (-12.0, 12.0)
VOLUME_RANGE_DB = (-30.0, 12.0)
INTENSITY_RANGE = (0.0, 1.5)
PAUSE_RANGE_S = (0.0, MAX_BREAK_S)
PITCH_RANGE_RANGE = (0.0, 3.0)
ENGINE_SPEED_RANGE = (0.3, 3.0)
REFERENCE_LOUDNESS_LUFS = -23.0  # a neutral line; emotions and the volume control move from here
LINE_CEILING_DBTP = -1.0
PSOLA_SEED = 1
MAX_SHELF_DB = 12.0
_PRAAT_RANDOM = threading.Lock()  # Praat's random generator is one per process

@dataclass(frozen=True)
class SynthesisSettings:
    """What one take asks for. Validated on creation; change with `dataclasses.replace`."""

    emotion: Emotion = Emotion.NEUTRAL
    intensity: float = DEFAULT_INTENSITY
    rate: float = 1.0  # speaking-rate multiplier
    pitch: float = 0.0  # semitones
    pitch_range: float = 1.0  # multiplier of the pitch movement around the speaker's median
    volume: float = 0.0  # dB
    pause_before: float = 0.0  # seconds
    pause_after: float = 0.0  # seconds

    def __post_init__(self) -> None:
        object.__setattr__(self, "emotion", Emotion(self.emotion))
        for name, (low, high) in {
            "intensity": INTENSITY_RANGE, "rate": RATE_RANGE, "pitch": PITCH_RANGE_ST,
            "volume": VOLUME_RANGE_DB, "pitch_range": PITCH_RANGE_RANGE, "pause_before": PAUSE_RANGE_S, "pause_after": PAUSE_RANGE_S,
        }.items():
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not low <= value <= high:
                raise IntonateError(f"{name} must be a number from {low:g} to {high:g}, got {value!r}")
            object.__setattr__(self, name, float(value))

    def to_json(self) -> dict:
        data = asdict(self)
        data["emotion"] = self.emotion.value
        return data

    @classmethod
    def from_json(cls, data: dict) -> SynthesisSettings:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class Rendered:
    audio: np.ndarray = field(repr=False)
    sample_rate: int

    @property
    def duration_s(self) -> float:
        return self.audio.size / self.sample_rate


def render_key(text: str, voice: Voice, settings: SynthesisSettings, lexicon: Lexicon = ()) -> str:
    """A content hash that changes whenever the audio would. Text and IPA count as the engine is given them
    (normalized; IPA in the voices' form), so a better reading of a number re-renders the lines it changes and no
    others; lexicon entries the text does not use don't count."""
    used = sorted((e.word.lower(), typed_ipa(e.say) if e.is_ipa else e.say, e.is_ipa) for e in entries_used(text, lexicon))
    return _content_hash({"text": normalize_text(with_typed_ipa(text)), "voice": voice.id, "settings": settings.to_json(), "lexicon": used})


def _content_hash(payload: dict, version: str = ENGINE_VERSION) -> str:
    """SHA-256 of the payload as canonical JSON, with the version of what renders it: the name of what it renders to."""
    text = json.dumps({**payload, "engine": version}, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def spoken_text(text: str, lexicon: Lexicon = ()) -> str:
    """The words the engine is given for a line: the lexicon applied, then numbers, symbols and abbreviations said."""
    return normalize_text(apply_lexicon(text, lexicon))


def synthesize(text: str, voice: Voice, settings: SynthesisSettings | None = None, lexicon: Lexicon = ()) -> Rendered:
    """Render text sentence by sentence with the emotion's prosody and the manual controls on top."""
    settings = settings or SynthesisSettings()
    rate_hz = voice.sample_rate
    if not has_speakable_text(text):
        raise IntonateError("nothing to say: the text has no words")
    text = spoken_text(text, lexicon)
    plan = plan_prosody(settings.emotion, settings.intensity)
    # The emotion's tempo, like its pitch, is one PSOLA pass over the engine's audio, and so is a rate within
    # PSOLA_RATE_BAND (as clean as the engine's own speed there: benchmarks/rate_band.py); so directing a line
    # reuses the engine's audio instead of waiting for it. A rate beyond the band is the engine's speed.
    engine_rate = 1.0 if PSOLA_RATE_BAND[0] <= settings.rate <= PSOLA_RATE_BAND[1] else settings.rate
    speed = float(np.clip(engine_speed(voice.id, engine_rate), *ENGINE_SPEED_RANGE))
    pieces: list[np.ndarray] = []
    breaks: list[tuple[int, int]] = []  # explicit breaks, in samples: kept exact, whatever the emotion
    chunks = split_with_breaks(text)
    for index, (chunk, pause) in enumerate(chunks):
        clauses = tuple(phonemize(chunk, voice.espeak_voice))
        if clauses:
            seed = int(hashlib.sha256(f"{voice.id}|{chunk}".encode()).hexdigest()[:8], 16)
            pieces.append(_speech(voice, clauses, speed, seed))
        if pause is not None:
            start = sum(piece.size for piece in pieces)
            pieces.append(au.silence(pause, rate_hz))
            breaks.append((start, start + pieces[-1].size))
        elif index < len(chunks) - 1:
            pieces.append(au.silence(_pause_after(chunk) / engine_rate, rate_hz))
    engine_audio = np.concatenate(pieces) if pieces else np.zeros(0, np.float32)
    audio = reshape_prosody(engine_audio, rate_hz, settings.pitch + plan.pitch_st,
                            settings.pitch_range * plan.range_ratio, plan.rate * settings.rate / engine_rate, breaks)
    audio = voice_colour(audio, rate_hz, plan.tilt_db, engine_audio)
    audio = au.set_level(audio, rate_hz, REFERENCE_LOUDNESS_LUFS + plan.loudness_db + settings.volume)
    audio = au.limit_peaks(audio, rate_hz, LINE_CEILING_DBTP)
    audio = np.concatenate([au.silence(settings.pause_before, rate_hz), audio,
                            au.silence(settings.pause_after, rate_hz)]).astype(np.float32)
    return Rendered(audio=audio, sample_rate=rate_hz)


@lru_cache(maxsize=128)  # ~40 MB at most
def _speech(voice: Voice, clauses: tuple[Clause, ...], speed: float, seed: int) -> np.ndarray:
    """One chunk from the engine, trimmed and faded. Kept in memory and on disk, so a change that does not
    reach the engine (emotion, intensity, pitch, range, volume, pauses, or another sentence of the line)
    re-renders in milliseconds, also after the render workers made the line or the studio restarted."""
    key = _content_hash({"voice": voice.id, "parts": voice.parts, "speed": speed, "seed": seed,
                         "clauses": [asdict(clause) for clause in clauses]}, SPEECH_VERSION)
    speech = audio_cache.cached_audio(key, lambda: au.fade_edges(
        au.trim_silence(run_engine(voice, list(clauses), speed, seed), voice.sample_rate), voice.sample_rate))
    speech.flags.writeable = False  # shared between renders
    return speech


def voice_colour(audio: np.ndarray, sample_rate: int, tilt_db: float, engine_audio: np.ndarray) -> np.ndarray:
    """Brighten or darken with a 1 kHz high shelf so the measured spectral tilt ends `tilt_db` from the engine's
    own audio's. The actors' shifts use that measure; a shelf moves it by only part of its gain (most speech
    energy above 1 kHz lies just above it), and the PSOLA pass moves it a little too."""
    if (audio is engine_audio and abs(tilt_db) < 0.1) or audio.size < sample_rate // 10:
        return audio
    now = speech_tilt_db(audio, sample_rate)
    needed = speech_tilt_db(engine_audio, sample_rate) + tilt_db - now
    if abs(needed) < 0.1:
        return audio
    moved = speech_tilt_db(au.tilt(audio, sample_rate, needed), sample_rate) - now
    gain = needed * needed / moved if moved * needed > 0.01 else needed  # the shelf's effect is close to linear
    return au.tilt(audio, sample_rate, float(np.clip(gain, -MAX_SHELF_DB, MAX_SHELF_DB)))


def forget_engine_audio() -> None:
    """Drop the engine audio kept in memory and on disk, so the next renders start from scratch."""
    _speech.cache_clear()
    audio_cache.clear()


def _pause_after(chunk: str) -> float:
    end = chunk.rstrip()[-1:]
    if end in ".!…":
        return SENTENCE_PAUSE_S
    if end == "?":
        return QUESTION_PAUSE_S
    return CLAUSE_PAUSE_S


def reshape_prosody(audio: np.ndarray, sample_rate: int, shift_st: float, range_ratio: float, rate: float = 1.0,
                    keep: list[tuple[int, int]] = ()) -> np.ndarray:
    """One PSOLA resynthesis (Praat) that moves the pitch level by `shift_st` semitones, scales its movement
    around the median by `range_ratio` and speaks `rate` times faster (pauses too, except the sample spans in
    `keep`). Formants stay as they were."""
    import parselmouth
    from parselmouth import praat
    from parselmouth.praat import call

    change_pitch = abs(shift_st) >= 0.01 or abs(range_ratio - 1.0) >= 0.01
    change_tempo = abs(rate - 1.0) >= 0.001
    if not (change_pitch or change_tempo) or audio.size < sample_rate // 10:
        return audio
    sound = parselmouth.Sound(audio.astype(np.float64), sampling_frequency=sample_rate)
    manipulation = call(sound, "To Manipulation", 0.01, PITCH_FLOOR_HZ, PITCH_CEILING_HZ)
    voiced = pitch_track(audio, sample_rate) if change_pitch else np.zeros(0)
    median = float(np.median(voiced)) if voiced.size else float("nan")  # the centre the range scales around
    if change_pitch and np.isfinite(median) and median > 0:
        tier = call(manipulation, "Extract pitch tier")
        call(tier, "Formula", f"{median * 2 ** (shift_st / 12)} * (self / {median}) ^ {range_ratio}")
        call([tier, manipulation], "Replace pitch tier")
    elif change_pitch:
        log.warning("no pitch found; pitch change skipped")
    if change_tempo:
        call([_duration_tier(sound.duration, sample_rate, 1.0 / rate, keep), manipulation], "Replace duration tier")
    with _PRAAT_RANDOM:  # Praat picks random periods when it stretches unvoiced sound: seeded, renders repeat
        praat.run(f"random_initializeWithSeedUnsafelyButPredictably ({PSOLA_SEED})")
        resynthesized = call(manipulation, "Get resynthesis (overlap-add)").values[0].astype(np.float32)
    if change_tempo:
        return resynthesized
    return np.pad(resynthesized, (0, max(audio.size - resynthesized.size, 0)))[: audio.size]


def _duration_tier(duration_s: float, sample_rate: int, stretch: float, keep: list[tuple[int, int]]):
    """A Praat DurationTier: `stretch` everywhere except the `keep` spans (samples), which stay 1."""
    from parselmouth.praat import call

    tier = call("Create DurationTier", "tempo", 0.0, duration_s)
    call(tier, "Add point", 0.0, stretch)
    edge = 1e-4  # seconds over which the stretch steps to 1 and back
    for start, end in keep:
        start_s, end_s = start / sample_rate, end / sample_rate
        for time, value in ((start_s - edge, stretch), (start_s, 1.0), (end_s, 1.0), (end_s + edge, stretch)):
            if 0.0 <= time <= duration_s:
                call(tier, "Add point", time, value)
    return tier
