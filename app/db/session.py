"""Opening the database: SQLite in WAL mode with foreign keys, migrated to the latest schema."""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


def _on_connect(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


@lru_cache(maxsize=8)
def open_engine(db_path: Path) -> Engine:
    """An engine for this SQLite file, created and migrated to head on first use."""
    from alembic import command

    db_path.parent.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{db_path}"
    engine = create_engine(url)
    event.listen(engine, "connect", _on_connect)
    with engine.begin() as connection:
        config = _alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return engine


@contextmanager
def transaction(db_path: Path) -> Iterator[Session]:
    """One short unit of work: commits on success, rolls back on error."""
    factory = sessionmaker(open_engine(db_path), expire_on_commit=False)
    with factory.begin() as session:
        yield session
