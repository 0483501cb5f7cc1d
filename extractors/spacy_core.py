"""spaCy's Doc, Span, Token, Vocab and Matcher, without the rest of spaCy until something asks.

`import spacy` runs spacy/__init__.py, which imports spaCy's pipeline components, language
classes, training code and command line (weasel, requests, httpx, jinja2, pydantic schemas …):
about 30 MB of memory and half a second that sutja never uses, since it builds its Docs itself
and only runs Matchers on them. `load()` imports just the modules in `CORE`, under the `spacy`
package module before its __init__ has run, then takes that package out of `sys.modules` and
puts a finder in its place. The first `import spacy` (or `import spacy.anything`, or `from
spacy import anything`) afterwards finds that same package module and runs spacy/__init__.py in
it: other code gets all of spaCy, as always, with the same module objects for the parts already
loaded. `from spacy.tokens import Doc` and the like, for the modules of `CORE`, load nothing more.

Only for the spaCy versions of pyproject.toml's range (`SUPPORTED`; tests/test_spacy_core.py
keeps the two equal), where CORE imports cleanly in this order (spacy.matcher before
spacy.tokens does not: a circular import). Any other version leaves spaCy to a plain import; a
failure while importing CORE runs spaCy's __init__ at once. Either way the result is all of
spaCy, as before this module.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import threading
from types import ModuleType

#: The spaCy modules sutja uses, in an order that imports cleanly without spacy/__init__.py.
CORE = ("spacy.errors", "spacy.tokens", "spacy.vocab", "spacy.attrs", "spacy.matcher")
#: spaCy versions (major, minor) this was checked with: >= the first, < the second.
SUPPORTED = ((3, 8), (4, 0))

_LOCK = threading.Lock()


def load(core: tuple[str, ...] = CORE) -> None:
    """Import the spaCy modules of `core` (see the module docstring); nothing when spaCy is
    imported already, or for a spaCy version outside `SUPPORTED`."""
    with _LOCK:
        if "spacy" in sys.modules or any(isinstance(f, _Completer) for f in sys.meta_path):
            return
        spec = importlib.machinery.PathFinder.find_spec("spacy")
        if spec is None or spec.loader is None:
            return  # not installed: the caller's own import says so
        package = importlib.util.module_from_spec(spec)
        sys.modules["spacy"] = package
        try:
            version = importlib.import_module("spacy.about").__version__
        except Exception:
            version = ""
        if not supported(version):
            del sys.modules["spacy"]
            sys.modules.pop("spacy.about", None)
            return
        try:
            # What `import spacy` does first: spaCy's filters for its own warnings.
            importlib.import_module("spacy.errors").setup_default_warnings()
            for name in core:
                importlib.import_module(name)
        except Exception:
            spec.loader.exec_module(package)  # all of spaCy, in the package module
            return
        del sys.modules["spacy"]
        sys.meta_path.insert(0, _Completer(package, spec))


def supported(version: str) -> bool:
    """Is `version` (`3.8.18`) in the range `load` was checked with?"""
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    low, high = SUPPORTED
    return low <= (major, minor) < high


class _Completer(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds `spacy` for the next import of it: the package module `load` made, completed by
    running spacy/__init__.py in it (then this finder leaves `sys.meta_path`)."""

    def __init__(self, package: ModuleType, spec: importlib.machinery.ModuleSpec) -> None:
        self.package, self.spec = package, spec

    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "spacy":
            return None
        spec = importlib.machinery.ModuleSpec("spacy", self, origin=self.spec.origin)
        spec.submodule_search_locations = self.spec.submodule_search_locations
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return self.package

    def exec_module(self, module: ModuleType) -> None:
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        module.__spec__ = self.spec  # as a plain import leaves it
        self.spec.loader.exec_module(module)  # type: ignore[union-attr]
