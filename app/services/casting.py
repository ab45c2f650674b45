"""Automatic casting: distinct voices for distinct speakers, matching a gender guessed from the name; and
voices that sound like a speaker's reference takes."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import select

from app.config import media_dir_for
from app.db.models import Line, ReferenceTake
from app.db.session import transaction
from engine.audio import read_audio
from engine.errors import AudioError
from engine.speaker_embedding import VoiceMatch, embed_speech, mean_embedding, nearest_voices

MAX_TAKES_FOR_CASTING = 8  # a centroid of a few takes is as good as of many; each costs ~0.15 s

FEMALE_VOICES = ("af_heart", "bf_emma", "af_bella", "bf_isabella", "af_nicole", "af_sarah", "bf_alice", "af_nova",
                 "af_aoede", "af_kore", "bf_lily", "af_jessica", "af_river", "af_sky", "af_alloy")
MALE_VOICES = ("am_michael", "bm_george", "am_adam", "bm_lewis", "am_echo", "joe", "am_eric", "bm_daniel",
               "am_liam", "bm_fable", "am_onyx", "am_puck", "am_fenrir", "am_santa")


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


# Scripts name many speakers by role or title: MOM, OLD MAN, Mrs. Smith, Father Brown.
_ROLE_GENDERS = {
    **dict.fromkeys("mrs ms miss lady madam mom mum mother grandma grandmother granny aunt auntie sister wife "
                    "daughter girl woman queen princess duchess waitress actress hostess nun girlfriend bride"
                    .split(), "female"),
    **dict.fromkeys("mr sir lord dad father grandpa grandfather uncle brother husband son boy man king prince duke "
                    "waiter actor policeman monk boyfriend groom guy".split(), "male"),
}


def guess_gender(name: str) -> str | None:
    """'female', 'male', or None when neither a role word ("Mom", "Old Man", "Mrs.") nor the first name tells."""
    words = [word.strip(".").lower() for word in name.split()]
    for word in words:
        if word in _ROLE_GENDERS:
            return _ROLE_GENDERS[word]
    first = words[0] if words else ""
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


def voices_like_takes(db: Path, project_id: int, speaker_id: int | None, count: int = 3) -> list[VoiceMatch]:
    """The voices nearest the speaker's reference takes by speaker embedding, best first (narration when
    `speaker_id` is None); [] when none of those lines has a take."""
    with transaction(db) as session:
        paths = session.scalars(
            select(ReferenceTake.audio_path).join(Line)
            .where(Line.project_id == project_id,
                   Line.speaker_id == speaker_id if speaker_id is not None else Line.speaker_id.is_(None))
            .order_by(Line.position).limit(MAX_TAKES_FOR_CASTING)
        ).all()
    embeddings = []
    for path in paths:
        try:
            embeddings.append(take_embedding(str(media_dir_for(db) / path)))
        except AudioError:  # a take file gone from disk: the others still tell
            continue
    return nearest_voices(mean_embedding(embeddings), count=count) if embeddings else []


@lru_cache(maxsize=256)
def take_embedding(path: str):
    """A stored take's speaker embedding, measured once (take files never change in place: a new take gets a
    new name)."""
    return embed_speech(*read_audio(Path(path)))
