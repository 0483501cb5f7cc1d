"""One cleaned article → its figures and programs (the analyse + extract stages)."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.figures import figures_from_doc
from extractors.programs import merge_programs, programs_from_doc
from extractors.timeline import resolve_article
from extractors.version import EXTRACTOR_VERSION
from pipeline.nlp import analyze_many, prepare, release, to_doc
from schemas.records import Article, Extraction, Program


def extract_article(article: Article, analysed: Sequence[list] | None = None) -> Extraction:
    """Run the extractors on each section's Doc. `analysed` holds Kiwi's sentences for each
    section (from `pipeline.nlp.analyze_stream`, in section order); without it the sections are
    analysed here, as one batch."""
    if analysed is None:
        docs = list(analyze_many(s.text for s in article.sections))
    else:
        docs = [
            to_doc(prepare(s.text), sentences)
            for s, sentences in zip(article.sections, analysed, strict=True)
        ]
    figures = []
    programs: list[Program] = []
    for section, doc in zip(article.sections, docs, strict=True):
        figures.extend(figures_from_doc(doc, section.name, article.published_at))
        programs.extend(programs_from_doc(doc, section.name))
    # Years and subjects the figure's own sentence leaves open, from the rest of the article.
    names = [s.name for s in article.sections]
    figures = resolve_article(figures, list(zip(names, docs, strict=True)), article.published_at)
    # The same program named in the title and again in the body is one program.
    programs = merge_programs(programs)
    for doc in docs:
        # The rules keep words and sentences in `user_data`, and each refers back to its Doc:
        # dropping them lets the Doc go as soon as this returns, instead of waiting, with all it
        # holds, for the garbage collector to find the cycles.
        release(doc)
    return Extraction(
        article=article,
        figures=figures,
        programs=programs,
        extractor_version=EXTRACTOR_VERSION,
    )
