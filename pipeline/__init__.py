"""Orchestration and I/O: reading inputs, cleaning, NLP, the batch runner, the store, the CLI."""
