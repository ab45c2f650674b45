"""Projects, lines, casting and takes in SQLite."""
