"""Project versions: duplicate, rename, and snapshots to restore. A snapshot is a project bundle kept beside the
database, so a restore goes through the same checked import as a bundle from another machine."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select

from app.db.models import Project
from app.db.session import transaction
from app.services.bundles import export_bundle, import_bundle
from app.services.common import find_project, snapshot_dir
from app.services.projects import ProjectExistsError, clean_project_name, delete_project
from engine.errors import IntonateError

_LABEL = re.compile(r"[^A-Za-z0-9 _-]+")


@dataclass(frozen=True)
class Snapshot:
    path: Path
    label: str
    taken_at: datetime


def duplicate_project(db: Path, name: str, new_name: str) -> str:
    """A full copy (lines, direction, takes, reference takes, lexicon, audio) under a new name."""
    new_name = clean_project_name(new_name)
    with tempfile.TemporaryDirectory() as folder:
        return import_bundle(db, export_bundle(db, name, Path(folder) / "copy.zip"), new_name)


def rename_project(db: Path, name: str, new_name: str) -> str:
    new_name = clean_project_name(new_name)
    with transaction(db) as session:
        project = find_project(session, name)
        if new_name != name and session.scalar(select(Project.id).where(Project.name == new_name)) is not None:
            raise ProjectExistsError(f"a project named {new_name!r} already exists")
        project.name = new_name
    old, new = snapshot_dir(db, name), snapshot_dir(db, new_name)
    if old.exists() and old != new:
        new.parent.mkdir(parents=True, exist_ok=True)
        old.rename(new)
    return new_name


def take_snapshot(db: Path, name: str, label: str = "") -> Snapshot:
    """Save the project as it is now."""
    label = _LABEL.sub("", label).strip()[:60] or "snapshot"
    taken_at = datetime.now(timezone.utc)
    folder = snapshot_dir(db, name)
    path = folder / f"{taken_at:%Y%m%dT%H%M%S%fZ}--{label.replace(' ', '_')}.zip"
    export_bundle(db, name, path)
    return Snapshot(path, label, taken_at)


def list_snapshots(db: Path, name: str) -> list[Snapshot]:
    """The project's snapshots, newest first."""
    snapshots = []
    for path in snapshot_dir(db, name).glob("*--*.zip"):
        stamp, label = path.stem.split("--", 1)
        taken_at = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        snapshots.append(Snapshot(path, label.replace("_", " "), taken_at))
    return sorted(snapshots, key=lambda s: s.taken_at, reverse=True)


def restore_snapshot(db: Path, name: str, snapshot: Path) -> None:
    """Bring the project back to a snapshot. The current state is snapshotted first ("before restore"), and the
    snapshot is imported in full before the current project is replaced, so a failure loses nothing."""
    if snapshot.parent != snapshot_dir(db, name) or not snapshot.is_file():
        raise IntonateError(f"{snapshot.name} is not a snapshot of {name!r}")
    take_snapshot(db, name, "before restore")
    staging = f"{name} (restoring {datetime.now(timezone.utc):%H%M%S%f})"
    import_bundle(db, snapshot, staging)
    delete_project(db, name, keep_snapshots=True)
    rename_project(db, staging, name)
