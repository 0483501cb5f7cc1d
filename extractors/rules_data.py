"""The extractors' rule files (`*_rules.toml` beside the code), read as data once per name."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def read_rules(name: str) -> dict[str, Any]:
    """The parsed TOML file `extractors/NAME` (always UTF-8, whatever the locale)."""
    return tomllib.loads(resources.files("extractors").joinpath(name).read_text("utf-8"))
