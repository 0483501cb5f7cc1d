"""Bumped whenever a change to the extractors can change their output: the store then
re-extracts articles stored by an older version and replaces their figures."""

EXTRACTOR_VERSION = "21"
