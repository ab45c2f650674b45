"""Automatic casting: distinct voices for distinct speakers, matching a gender guessed from the name."""

from __future__ import annotations

from functools import lru_cache

FEMALE_VOICES = ("af_heart", "bf_emma", "af_bella", "bf_isabella", "af_nicole", "af_sarah", "bf_alice", "af_nova",
                 "af_aoede", "af_kore", "bf_lily", "af_jessica", "af_river", "af_sky", "af_alloy")
MALE_VOICES = ("am_michael", "bm_george", "am_adam", "bm_lewis", "am_echo", "joe", "am_eric", "bm_daniel",
               "am_liam", "bm_fable", "am_onyx", "am_puck", "am_fenrir", "am_santa")


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def guess_gender(name: str) -> str | None:
    """'female', 'male', or None when the first name does not tell."""
    first = name.strip().split()[0] if name.strip() else ""
    guess = _detector().get_gender(first.capitalize()) if first.isalpha() else "unknown"
    if guess in ("female", "mostly_female"):
        return "female"
    if guess in ("male", "mostly_male"):
        return "male"
    return None


def suggest_voice(speaker_name: str, taken: set[str | None]) -> str:
    """A voice not yet taken, of the speaker's likely gender; unknown names alternate to keep the cast mixed."""
    gender = guess_gender(speaker_name)
    if gender is None:
        females = sum(v in FEMALE_VOICES for v in taken)
        males = sum(v in MALE_VOICES for v in taken)
        gender = "female" if females <= males else "male"
    pool = FEMALE_VOICES if gender == "female" else MALE_VOICES
    free = [v for v in pool if v not in taken]
    return free[0] if free else pool[len(taken) % len(pool)]
