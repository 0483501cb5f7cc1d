"""The extractors' rule files (`*_rules.toml` beside the code), read as data once per name."""

from __future__ import annotations

import tomllib
from dataclasses import fields
from functools import cache
from importlib import resources
from typing import Any


@cache
def read_rules(name: str) -> dict[str, Any]:
    """The parsed TOML file `extractors/NAME` (always UTF-8, whatever the locale)."""
    return tomllib.loads(resources.files("extractors").joinpath(name).read_text("utf-8"))


def word_lists(cls: type, data: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """The fields of the rules dataclass `cls` that `given` leaves out, each read from the one
    table of `data` holding a key of the field's name, as the field's type says: a frozenset of
    the words, or a tuple (matched with str.startswith/endswith). A rule file missing a key, or
    holding it twice, fails at load with the key's name."""
    out = dict(given)
    for f in fields(cls):
        if f.name in out:
            continue
        tables = [t for t in data.values() if isinstance(t, dict) and f.name in t]
        if len(tables) != 1:
            raise KeyError(f"{f.name}: in {len(tables)} tables of the rule file, not one")
        words = tables[0][f.name]
        out[f.name] = frozenset(words) if str(f.type).startswith("frozenset") else tuple(words)
    return out
