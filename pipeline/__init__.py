"""The pipeline's stages, one folder each, in the order the data flows (docs/architecture.md):

scrape ──► read ──► clean ──► nlp + extractors ──► store ──► query / export / display
                     └──────────── run (the batch runner) ─────────┘        cli on top
"""
