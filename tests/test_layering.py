"""The engine is a library: it never imports the product layer, Streamlit or SQLAlchemy."""

from __future__ import annotations

import ast

from tests.conftest import REPO

FORBIDDEN = {"app", "streamlit", "sqlalchemy", "alembic"}


def test_engine_imports_point_one_way():
    offenders = []
    for path in (REPO / "engine").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_studio_pages_do_not_touch_the_database():
    offenders = []
    for path in (REPO / "app" / "studio").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if "app.db" in source or "sqlalchemy" in source:
            offenders.append(str(path.relative_to(REPO)))
    assert offenders == []
