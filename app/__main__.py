"""`python -m app`: the batch command line."""

from app.cli import main

raise SystemExit(main())
