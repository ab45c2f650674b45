"""Where the studio keeps its database and audio, and the project defaults."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV_VAR = "INTONATE_DB"
DEFAULT_GAP_S = 0.6
DEFAULT_SPEAKER_CHANGE_GAP_S = 0.8
DEMO_PROJECT_NAME = "Demo: The Lighthouse"


def default_db_path() -> Path:
    """The studio's database: $INTONATE_DB, else the user's data folder."""
    if os.environ.get(DB_ENV_VAR):
        return Path(os.environ[DB_ENV_VAR]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("intonate", appauthor=False)) / "intonate.db"


def media_dir_for(db_path: Path) -> Path:
    """Audio files live beside the database, in a folder named after it."""
    return db_path.with_name(db_path.stem + "-media")
