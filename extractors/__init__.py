"""Pure functions: Korean text or a Doc in, Figure and Program records out. No I/O, no DB.

`extract_figures` and `extract_programs` analyse a text with Kiwi themselves (convenience for
notebooks and tests); the pipeline builds Docs once per section and calls `figures_from_doc` and
`programs_from_doc`.
"""

from extractors.figures import extract_figures, figures_from_doc
from extractors.numbers import parse_number
from extractors.programs import extract_programs, programs_from_doc
from extractors.version import EXTRACTOR_VERSION

__all__ = [
    "EXTRACTOR_VERSION",
    "extract_figures",
    "extract_programs",
    "figures_from_doc",
    "parse_number",
    "programs_from_doc",
]
