"""The dialogue context a line is read with: its last turns, marked as the same speaker or another."""

from __future__ import annotations

from typing import Protocol

CONTEXT_TURNS = 2


class DialogueLine(Protocol):
    text: str
    speaker: str | None
    dialogue: str | None


def context_strings(lines: list[DialogueLine], turns: int = CONTEXT_TURNS) -> list[str]:
    """For each line, its dialogue's previous turns, newest first: "me: …" or "other: …" ("" if none)."""
    history: dict[str, list[tuple[str | None, str]]] = {}
    out = []
    for line in lines:
        if line.dialogue is None:
            out.append("")
            continue
        earlier = history.setdefault(line.dialogue, [])
        recent = earlier[-turns:][::-1]
        out.append(" | ".join(f"{'me' if s == line.speaker and s else 'other'}: {t}" for s, t in recent))
        earlier.append((line.speaker, line.text))
    return out
