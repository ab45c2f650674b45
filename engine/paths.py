"""Where the repository's bundled assets live."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = REPO_ROOT / "assets"
MODELS_DIR = ASSETS_DIR / "models"
VOICES_DIR = REPO_ROOT / "voices"
