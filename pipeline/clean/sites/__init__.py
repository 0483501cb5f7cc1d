"""Site profiles: how to read the pages of one CMS family or site, kept as data (TOML).

A profile names the pages it applies to (URL patterns, host suffixes, or marker selectors that
must all be present) and lists CSS selectors for each field of an article, selectors to drop
from the body, and selectors whose presence marks a page that is not an article (a list or an
error page). Built-in profiles live next to this file; a user's folder of `*.toml` files is
loaded by the same code (`load_profiles(extra_dirs)`, or the `SUTJA_SITES` environment variable
for the command line), and its profiles are tried first, so a user can override a built-in one
by reusing its name.

Schema (every key but `name` and `version` is optional)::

    name = "ndsoft-articleview"     # unique; stored as Article.site
    version = "1"                   # bump when selectors change; stored with each article
    description = "…"
    org = "담양군"                   # the issuing body, for a profile of one public body's site
    [match]
    url = ['articleView\\.html\\?idxno=\\d+']   # regular expressions searched in the URL
    hosts = ["jnilbo.com"]          # host suffixes ("www.jnilbo.com" matches "jnilbo.com")
    markers = ["#article-view-content-div"]    # all present: the page is of this family
    [fields]                        # selectors tried in order; "selector@attr" reads an attribute
    title = ["h1.heading", "meta[property='og:title']@content"]
    subtitle = []
    published_at = []
    author = []
    org = []                        # the issuing body shown on the page (a ministry …)
    body = ["#article-view-content-div"]
    captions = ["figcaption"]
    [drop]
    selectors = [".ad"]             # removed from the body before its text is taken
    [page]
    not_article = []                # any present: a list or error page, not an article
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import soupsieve
from bs4 import BeautifulSoup, Tag

BUILTIN_DIR = Path(__file__).resolve().parent
#: Folders of user profiles for the command line, separated like PATH.
ENV_VAR = "SUTJA_SITES"

FIELDS = ("title", "subtitle", "published_at", "author", "org", "body", "captions")
# "selector@attr": the attribute name after the last "@" (a selector itself never ends so).
_ATTR = re.compile(r"^(?P<css>.+?)@(?P<attr>[A-Za-z_:][\w:.-]*)$")


class ProfileError(ValueError):
    """A profile file that cannot be used: bad TOML, a missing key, a bad pattern or selector."""


@dataclass(frozen=True)
class Selector:
    """One CSS selector, optionally reading an attribute instead of the element's text."""

    css: str
    attr: str | None = None

    @classmethod
    def parse(cls, text: str) -> Selector:
        match = _ATTR.match(text.strip())
        if match:
            return cls(match["css"].strip(), match["attr"])
        return cls(text.strip())

    def __str__(self) -> str:
        return f"{self.css}@{self.attr}" if self.attr else self.css


@dataclass(frozen=True)
class SiteProfile:
    name: str
    version: str
    description: str = ""
    org: str | None = None
    url_patterns: tuple[re.Pattern[str], ...] = ()
    hosts: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    fields: tuple[tuple[str, tuple[Selector, ...]], ...] = ()
    drop: tuple[str, ...] = ()
    not_article: tuple[str, ...] = ()
    # The raw `[list]` table (list pages, feeds, sitemaps) that `sutja scrape` reads; None when the
    # profile only cleans pages.
    list_table: dict[str, Any] | None = None
    path: Path | None = None

    def selectors(self, field: str) -> tuple[Selector, ...]:
        """The selectors of one field (empty when the profile has none)."""
        return dict(self.fields).get(field, ())

    def matches_url(self, url: str | None) -> bool:
        """Does the URL match one of the patterns, or its host one of the host suffixes?"""
        if not url:
            return False
        if any(p.search(url) for p in self.url_patterns):
            return True
        host = _host(url)
        return bool(host) and any(host == h or host.endswith("." + h) for h in self.hosts)

    def matches_markers(self, soup: BeautifulSoup | Tag, names: PageNames | None = None) -> bool:
        """Are all marker selectors present in the page? (False for a profile without any.)

        `names` (the page's ids and classes) lets a marker that needs an id or class the page
        lacks fail without running the selector over the whole page.
        """
        if not self.markers:
            return False
        if names is not None and not all(names.may_match(m) for m in self.markers):
            return False
        return all(soup.select_one(m) is not None for m in self.markers)


_NESTED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_ID_OR_CLASS = re.compile(r"([#.])([A-Za-z_][\w-]*)")


@dataclass(frozen=True)
class PageNames:
    """Every id and class used in a page, gathered in one pass, to rule markers out cheaply."""

    ids: frozenset[str]
    classes: frozenset[str]

    @classmethod
    def of(cls, soup: BeautifulSoup | Tag) -> PageNames:
        ids, classes = set(), set()
        for tag in soup.find_all(True):
            ident = tag.get("id")
            if isinstance(ident, str):
                ids.add(ident)
            classes.update(tag.get("class") or ())
        return cls(frozenset(ids), frozenset(classes))

    def may_match(self, selector: str) -> bool:
        """False when the selector needs an id or class the page does not have (the parts in
        `:not(…)`, `:has(…)` or `[…]` are not required, and lists `a, b` are not judged)."""
        if "," in selector:
            return True
        required = selector
        while True:
            stripped = _NESTED.sub("", required)
            if stripped == required:
                break
            required = stripped
        for kind, name in _ID_OR_CLASS.findall(required):
            if name not in (self.ids if kind == "#" else self.classes):
                return False
        return True


def _host(url: str) -> str:
    if url.startswith("//"):
        url = "https:" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


def parse_profile(data: dict[str, Any], *, path: Path | None = None) -> SiteProfile:
    """Build a profile from parsed TOML; raises ProfileError naming the file and the problem."""
    where = str(path) if path else "profile"

    def fail(message: str) -> ProfileError:
        return ProfileError(f"{where}: {message}")

    def strings(table: dict[str, Any], key: str, label: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"{label} must be a list of strings")
        return tuple(v for v in value if v.strip())

    def css(selectors: Iterable[str], label: str) -> tuple[str, ...]:
        for selector in selectors:
            try:
                soupsieve.compile(selector)
            except Exception as exc:  # soupsieve raises several types for bad selectors
                raise fail(f"{label}: bad CSS selector {selector!r}: {exc}") from exc
        return tuple(selectors)

    name = data.get("name")
    version = data.get("version")
    if not isinstance(name, str) or not name.strip():
        raise fail("'name' is required (a non-empty string)")
    if not isinstance(version, str | int) or not str(version).strip():
        raise fail("'version' is required (a string such as \"1\")")
    match = data.get("match", {})
    fields = data.get("fields", {})
    drop = data.get("drop", {})
    page = data.get("page", {})
    list_table = data.get("list")
    tables = {"[match]": match, "[fields]": fields, "[drop]": drop, "[page]": page}
    if list_table is not None:
        tables["[list]"] = list_table
    for label, table in tables.items():
        if not isinstance(table, dict):
            raise fail(f"{label} must be a table")
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise fail(f"unknown field(s) {sorted(unknown)} in [fields]; known: {list(FIELDS)}")

    patterns = []
    for pattern in strings(match, "url", "match.url"):
        try:
            patterns.append(re.compile(pattern))
        except re.error as exc:
            raise fail(f"match.url: bad regular expression {pattern!r}: {exc}") from exc
    parsed_fields = []
    for field in FIELDS:
        selectors = tuple(Selector.parse(s) for s in strings(fields, field, f"fields.{field}"))
        css((s.css for s in selectors), f"fields.{field}")
        if selectors:
            parsed_fields.append((field, selectors))
    org = data.get("org")
    if org is not None and not (isinstance(org, str) and org.strip()):
        raise fail("'org' must be a non-empty string")
    return SiteProfile(
        name=name.strip(),
        version=str(version).strip(),
        description=str(data.get("description", "")),
        org=org.strip() if org else None,
        url_patterns=tuple(patterns),
        hosts=tuple(h.lower().lstrip(".") for h in strings(match, "hosts", "match.hosts")),
        markers=css(strings(match, "markers", "match.markers"), "match.markers"),
        fields=tuple(parsed_fields),
        drop=css(strings(drop, "selectors", "drop.selectors"), "drop.selectors"),
        not_article=css(strings(page, "not_article", "page.not_article"), "page.not_article"),
        list_table=list_table,
        path=path,
    )


def load_profile(path: Path) -> SiteProfile:
    """Read one profile file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read profile: {exc}") from exc
    return parse_profile(data, path=path)


def _load_dir(folder: Path) -> list[SiteProfile]:
    if not folder.is_dir():
        raise ProfileError(f"{folder}: no such profile folder")
    profiles = [load_profile(p) for p in sorted(folder.glob("*.toml"))]
    seen: dict[str, Path | None] = {}
    for profile in profiles:
        if profile.name in seen:
            raise ProfileError(
                f"{profile.path}: profile name {profile.name!r} is already used by "
                f"{seen[profile.name]}"
            )
        seen[profile.name] = profile.path
    return profiles


def load_profiles(extra_dirs: Iterable[Path | str] = ()) -> list[SiteProfile]:
    """The built-in profiles plus those of the given folders, in the order they are tried.

    Profiles of later folders come first (the last folder named wins), then the built-ins; a
    profile whose name is already taken by one tried earlier replaces it, so a user can
    override a built-in profile by its name.
    """
    folders = [BUILTIN_DIR, *(Path(d) for d in extra_dirs)]
    ordered: list[SiteProfile] = []
    names: set[str] = set()
    for folder in reversed(folders):
        for profile in _load_dir(folder):
            if profile.name not in names:
                names.add(profile.name)
                ordered.append(profile)
    return ordered


def env_dirs() -> list[Path]:
    """User profile folders named by $SUTJA_SITES (separated by os.pathsep)."""
    value = os.environ.get(ENV_VAR, "")
    return [Path(part) for part in value.split(os.pathsep) if part.strip()]


@lru_cache(maxsize=8)
def _cached_profiles(dirs: tuple[str, ...]) -> tuple[SiteProfile, ...]:
    return tuple(load_profiles(dirs))


def default_profiles() -> Sequence[SiteProfile]:
    """The built-in profiles plus those of $SUTJA_SITES, loaded once per process."""
    return _cached_profiles(tuple(str(d) for d in env_dirs()))


def match_profile(
    url: str | None,
    soup: BeautifulSoup | Tag,
    profiles: Sequence[SiteProfile] | None = None,
) -> SiteProfile | None:
    """The profile for a page: the first whose URL patterns or hosts match `url`, else the first
    whose markers are all present in the page (also when the URL matched none: the same board
    software runs on many hosts), else None."""
    candidates = default_profiles() if profiles is None else profiles
    for profile in candidates:
        if profile.matches_url(url):
            return profile
    names = PageNames.of(soup)
    for profile in candidates:
        if profile.matches_markers(soup, names):
            return profile
    return None
