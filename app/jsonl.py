"""Reading and validating the JSON-lines files of the batch commands."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from engine.errors import IntonateError

MAX_JSONL_BYTES = 200 * 1024 * 1024


class RowError(IntonateError):
    """A bad row: the message names the file and line."""


@dataclass(frozen=True)
class Row:
    number: int
    data: dict[str, Any]
    where: str

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise RowError(f"{self.where}: missing {key!r}")
            return None
        if not isinstance(value, str):
            raise RowError(f"{self.where}: {key!r} must be a string")
        if required and not value.strip():
            raise RowError(f"{self.where}: {key!r} is empty")
        return value

    def line_id(self) -> str:
        """The row's `id`: a string, or a whole number written without quotes."""
        value = self.data.get("id")
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return self.text("id", required=True)

    def number_field(self, key: str, low: float, high: float) -> float | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise RowError(f"{self.where}: {key!r} must be a number")
        if not low <= value <= high:
            raise RowError(f"{self.where}: {key!r} must be between {low:g} and {high:g}, got {value:g}")
        return float(value)


STDIN = Path("-")  # as IN.jsonl: the rows piped in


def source_name(path: Path) -> str:
    """How messages name a JSONL input: its file name, or "stdin"."""
    return "stdin" if path == STDIN else path.name


def read_rows(path: Path) -> Iterator[Row]:
    """Yield each non-blank line of a JSONL file (or of standard input, for "-") as an object, or raise naming the
    bad line."""
    if path == STDIN:
        yield from _rows(sys.stdin.buffer, "stdin")
        return
    if not path.exists():
        raise IntonateError(f"file not found: {path}")
    if not path.is_file():
        raise IntonateError(f"not a file: {path}")
    if path.stat().st_size > MAX_JSONL_BYTES:
        raise IntonateError(f"{path} is larger than {MAX_JSONL_BYTES // 2**20} MB")
    with path.open("rb") as handle:
        yield from _rows(handle, path.name)


def _rows(handle: BinaryIO, name: str) -> Iterator[Row]:
    read = 0
    for number, raw in enumerate(iter(lambda: handle.readline(MAX_JSONL_BYTES + 1), b""), start=1):
        read += len(raw)
        if read > MAX_JSONL_BYTES:  # a file's size is known before; a pipe's only as it comes
            raise IntonateError(f"{name} is larger than {MAX_JSONL_BYTES // 2**20} MB")
        where = f"{name} line {number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise RowError(f"{where}: not UTF-8 text") from None
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RowError(f"{where}: invalid JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise RowError(f"{where}: expected a JSON object")
        yield Row(number, data, where)
