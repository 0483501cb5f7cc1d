"""Run: input paths in, one stored outcome per input out; the batch runner and the per-article
analysis it calls.

    paths ──read──► RawDocument ──clean──► Article ──extract──► Extraction ──► Store

- `engine`: the batch runner (`run_extract`): order, parallel workers, incremental skips,
  failures recorded, never raised;
- `extract`: one Article → its figures and programs (Kiwi once per article, then the
  extractors on each section's Doc).
"""

from pipeline.run.engine import RunSummary, run_extract

__all__ = ["RunSummary", "run_extract"]
