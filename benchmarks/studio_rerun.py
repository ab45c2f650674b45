"""How long the studio's Script page takes to run again for a long project (an audiobook's thousands of lines).

Run: python -m benchmarks.studio_rerun [LINES]   (prints figures; nothing is asserted; default 10,000 lines)

Streamlit runs the whole page again after every click, so this is the lag a user feels on each interaction.
A project of LINES narration lines (sentences of the demo script, numbered so no two are alike) is imported
into a fresh database; then `list_lines` (what the page reads) is timed on its own, cold and warm, and so is
`words_to_check` (the Settings page's words to listen to, first and again); and the
Script page is run headless by Streamlit's AppTest: its first run (imports, model-free) and the mean of three
reruns.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from app.services.demo import DEMO_SCRIPT
from app.services.lexicon import words_to_check
from app.services.projects import create_project, get_project_id, import_file, list_lines

STUDIO = Path(__file__).resolve().parent.parent / "app" / "studio" / "main.py"


def long_script(path: Path, count: int) -> None:
    sentences = [line.split(":", 1)[-1].strip() for line in DEMO_SCRIPT.read_text().splitlines()
                 if line.strip()]
    path.write_text("\n\n".join(f"{sentences[i % len(sentences)]} ({i + 1})" for i in range(count)) + "\n")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        db, script = Path(tmp) / "studio.db", Path(tmp) / "book.txt"
        long_script(script, count)
        create_project(db, "Book")
        started = time.perf_counter()
        import_file(db, "Book", script)
        print(f"{count} lines imported in {time.perf_counter() - started:.1f} s")
        project_id = get_project_id(db, "Book")
        for label in ("cold", "warm"):
            started = time.perf_counter()
            lines = list_lines(db, project_id)
            print(f"list_lines, {label}: {time.perf_counter() - started:.2f} s ({len(lines)} lines)")
        for label in ("first", "again"):  # the Settings page's words to listen to (normalizer cold, then cached)
            started = time.perf_counter()
            words = words_to_check(db, project_id)
            print(f"words_to_check, {label}: {time.perf_counter() - started:.2f} s ({len(words)} words)")

        os.environ["INTONATE_DB"] = str(db)
        from streamlit.testing.v1 import AppTest

        page = AppTest.from_file(str(STUDIO), default_timeout=600)
        started = time.perf_counter()
        page.run()
        print(f"Script page, first run: {time.perf_counter() - started:.2f} s"
              + (f" (errors: {[e.message for e in page.exception]})" if page.exception else ""))
        started = time.perf_counter()
        for _ in range(3):
            page.run()
        print(f"Script page, rerun: {(time.perf_counter() - started) / 3:.2f} s (mean of 3)")


if __name__ == "__main__":
    main()
