"""One cleaned article → its figures and programs (the analyse + extract stages)."""

from __future__ import annotations

from extractors.figures import figures_from_doc
from extractors.programs import merge_programs, programs_from_doc
from extractors.timeline import resolve_article
from extractors.version import EXTRACTOR_VERSION
from pipeline.nlp import analyze_many
from schemas.records import Article, Extraction, Program


def extract_article(article: Article) -> Extraction:
    """Analyse every section with Kiwi (one batch) and run the extractors on each Doc."""
    figures = []
    programs: list[Program] = []
    docs = list(analyze_many(s.text for s in article.sections))
    for section, doc in zip(article.sections, docs, strict=True):
        figures.extend(figures_from_doc(doc, section.name, article.published_at))
        programs.extend(programs_from_doc(doc, section.name))
    # Years and subjects the figure's own sentence leaves open, from the rest of the article.
    names = [s.name for s in article.sections]
    figures = resolve_article(figures, list(zip(names, docs, strict=True)), article.published_at)
    # The same program named in the title and again in the body is one program.
    programs = merge_programs(programs)
    return Extraction(
        article=article,
        figures=figures,
        programs=programs,
        extractor_version=EXTRACTOR_VERSION,
    )
