"""Pure functions: Korean text or a Doc in, Figure and Program records out. No I/O, no DB.

`extract_figures` and `extract_programs` analyse a text with Kiwi themselves (convenience for
notebooks and tests); the pipeline builds Docs once per section and calls `figures_from_doc` and
`programs_from_doc`.
"""

from extractors import spacy_core

# First: the extractors import spaCy, and need only its Doc and Matcher (extractors/spacy_core.py).
spacy_core.load()

from extractors.figures import extract_figures, figures_from_doc  # noqa: E402
from extractors.numbers import parse_number  # noqa: E402
from extractors.programs import extract_programs, programs_from_doc  # noqa: E402
from extractors.version import EXTRACTOR_VERSION  # noqa: E402

__all__ = [
    "EXTRACTOR_VERSION",
    "extract_figures",
    "extract_programs",
    "figures_from_doc",
    "parse_number",
    "programs_from_doc",
]
