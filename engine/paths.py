"""Where the repository's bundled assets live, and the user's cache folder."""

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = REPO_ROOT / "assets"
MODELS_DIR = ASSETS_DIR / "models"
VOICES_DIR = REPO_ROOT / "voices"

CACHE_DIR_ENV_VAR = "INTONATE_CACHE_DIR"


def cache_root() -> Path:
    """$INTONATE_CACHE_DIR, else the user's cache folder: rendered engine audio, the joined Whisper model, features."""
    if os.environ.get(CACHE_DIR_ENV_VAR):
        return Path(os.environ[CACHE_DIR_ENV_VAR]).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("intonate", appauthor=False))
