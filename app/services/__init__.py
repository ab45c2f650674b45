"""Use cases of the studio and the CLI: each opens its own short transactions and calls the engine."""
