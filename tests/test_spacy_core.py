"""extractors.spacy_core: the extractors load spaCy's Doc and Matcher only, and any other use of
spaCy in the same process still gets all of it. Each case runs in a fresh interpreter, since
what is imported is the point."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from extractors.spacy_core import SUPPORTED, supported

_HEAVY = ("spacy.language", "spacy.cli", "spacy.pipeline", "spacy.training", "weasel", "httpx")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip()


def test_the_extractors_load_only_the_core_and_work() -> None:
    out = _run(
        "import sys\n"
        "from extractors import extract_figures\n"
        "figure, = extract_figures('시는 내년 예산 3억원을 들인다.')\n"
        "print(figure.kind, figure.value)\n"
        f"print([m for m in {_HEAVY!r} if m in sys.modules])\n"
        "print('spacy' in sys.modules)\n"
    )
    assert out.splitlines() == ["money 300000000", "[]", "False"]


@pytest.mark.parametrize(
    "use",
    [
        # the whole package, then its API
        "import spacy\nnlp = spacy.blank('xx')\nassert type(nlp('가 나')) is Doc\n"
        "assert spacy.tokens.Doc is Doc and spacy.__version__",
        # a module outside the core, imported directly
        "from spacy.language import Language\nassert type(Language()('가')) is Doc",
        "import spacy.lang.en\nassert type(spacy.lang.en.English()('a b')) is Doc",
        "from spacy.training import Example\nassert Example",
        # a core module the plain way: `import spacy.x` binds `spacy` itself
        "import spacy.tokens\nassert spacy.tokens.Doc is Doc and callable(spacy.load)",
    ],
)
def test_all_of_spacy_is_there_for_other_code_afterwards(use: str) -> None:
    out = _run(
        "import sys\n"
        "from extractors.figures import Doc\n"
        "from extractors import extract_programs\n"
        f"{use}\n"
        "import spacy\n"
        "print(spacy.__spec__.name, type(spacy.__spec__.loader).__name__)\n"
        "print(sum(type(f).__name__ == '_Completer' for f in sys.meta_path))\n"
        "print(len(extract_programs('도는 청년 월세 지원사업을 추진한다.')) > 0)\n"
    )
    assert out.splitlines() == ["spacy SourceFileLoader", "0", "True"]


def test_spacy_imported_first_is_left_as_it_is() -> None:
    out = _run(
        "import spacy.matcher\n"  # the order that fails without spacy/__init__.py
        "import sys\n"
        "from extractors import extract_figures\n"
        "print(len(extract_figures('주민 120명이 참여했다.')))\n"
        "print('spacy.language' in sys.modules)\n"
    )
    assert out.splitlines() == ["1", "True"]


def test_a_core_that_fails_to_import_leaves_all_of_spacy() -> None:
    out = _run(
        "import sys\n"
        "from extractors import spacy_core\n"  # the package's import loads the core: undo it
        "for name in [m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')]:\n"
        "    del sys.modules[name]\n"
        "sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != '_Completer']\n"
        "spacy_core.load(('spacy.tokens', 'spacy.no_such_module'))\n"
        "import spacy\n"
        "print(callable(spacy.blank), 'spacy.language' in sys.modules)\n"
    )
    assert out == "True True"


@pytest.mark.parametrize(
    ("version", "expected"),
    [("3.8.18", True), ("3.8.0", True), ("3.9.1", True), ("3.7.5", False), ("4.0.0", False)],
)
def test_only_the_checked_spacy_versions(version: str, expected: bool) -> None:
    assert supported(version) is expected
    assert not supported("") and not supported("dev")


def test_the_checked_versions_are_those_pyproject_allows() -> None:
    pyproject = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))
    (spec,) = [d for d in pyproject["project"]["dependencies"] if re.match(r"spacy\b", d)]
    found = re.fullmatch(r"spacy>=(\d+)\.(\d+),<(\d+)(?:\.(\d+))?", spec)
    assert found, spec
    low_major, low_minor, high_major, high_minor = found.groups()
    assert (
        (int(low_major), int(low_minor)),
        (int(high_major), int(high_minor or 0)),
    ) == SUPPORTED
