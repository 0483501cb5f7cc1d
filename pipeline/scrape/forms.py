"""Rows that open by a script call or a form submission, turned into what to fetch when the page
itself shows how: a function defined on the page that sets `location.href`, or that fills a
form's fields and submits it; a link whose `data-action`/`data-keyset` name a POST form; a
submit button inside a row's own `<form>`. Pure functions over the page's scripts and forms.

A call is mapped only from what the page states: the function's body is read, its string
literals and parameters put together (`'/board/view.do?nttId=' + id`), and the call's own
literal arguments put in. Anything else in the expression (a variable set elsewhere, another
function's result) and the call is not mapped: the board reader then says what the rows do.

A POST target is kept in the crawl state as `ACTION#sutja-post:BODY` (a fragment is never sent,
so the address stays a URL of the right host for robots.txt, hosts and progress lines); its
identity, the key of its crawl state and of the article it becomes, is the action with the
form's fields sorted into its query (`pipeline.read.warc.post_identity`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urljoin, urlsplit, urlunsplit

from pipeline.read.warc import post_identity

#: The fragment that marks a POST target in a crawl-state address.
POST_MARK = "#sutja-post:"

_CALL = re.compile(r"([A-Za-z_$][\w$.]*)\s*\(")
_STRING = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_ENCODERS = {"encodeURIComponent": "", "encodeURI": "/:?&=#", "escape": "/@*+-._"}


@dataclass(frozen=True)
class Target:
    """What a row's link fetches: a GET of `url`, or a POST of `fields` to `url`."""

    url: str
    fields: tuple[tuple[str, str], ...] = ()
    method: str = "GET"
    via: str = field(default="", compare=False)  # how a script call was mapped, for `why`

    @property
    def body(self) -> bytes:
        return urlencode(self.fields).encode("utf-8")

    @property
    def identity(self) -> str:
        """The address that names it: the URL of a GET; a POST's action with its fields."""
        return self.url if self.method == "GET" else post_identity(self.url, self.body)

    @property
    def address(self) -> str:
        """What the crawl state keeps to fetch it again (see the module's note)."""
        if self.method == "GET":
            return self.url
        return self.url.partition("#")[0] + POST_MARK + self.body.decode("ascii")


def split_address(address: str) -> tuple[str, bytes | None]:
    """The URL to ask for and, for a POST target, the body to send."""
    url, mark, body = address.partition(POST_MARK)
    return (url, body.encode("ascii")) if mark else (address, None)


@dataclass
class PageForm:
    """A `<form>` of the page: its names, action, method and fields (name, value, id)."""

    name: str
    ident: str
    action: str
    method: str
    fields: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Function:
    """A script function found by name: its parameters and the text of its body."""

    params: list[str]
    body: str


class Resolver:
    """Maps a page's script calls and form links to Targets, from the page's own scripts and
    forms; `last_failure` says why the last call could not be mapped."""

    def __init__(self, scripts: str, forms: list[PageForm], base: str) -> None:
        self.scripts = scripts
        self.forms = forms
        self.base = base
        self._functions: dict[str, Function | None] = {}
        self.last_failure: str | None = None
        self._elements: list[tuple[Any, PageForm]] = []
        self._parent: Any = lambda node: None

    @classmethod
    def from_lxml(cls, root: Any, scripts: str, base: str) -> Resolver:
        forms = []
        for form in root.iter("form"):
            fields = [
                (f.get("name") or "", f.get("value") or "", f.get("id") or "")
                for f in form.iter("input", "select", "textarea")
                if (f.get("name") or f.get("id")) and _sent(f.get("type"))
            ]
            forms.append((form, _page_form(form.get, fields, base)))
        return cls._with_elements(scripts, forms, base, lambda node: node.getparent())

    @classmethod
    def from_soup(cls, soup: Any, base: str) -> Resolver:
        scripts = "\n".join(s.get_text() for s in soup.find_all("script"))
        forms = []
        for form in soup.find_all("form"):
            fields = [
                (str(f.get("name") or ""), str(f.get("value") or ""), str(f.get("id") or ""))
                for f in form.find_all(["input", "select", "textarea"])
                if (f.get("name") or f.get("id")) and _sent(attr_text(f, "type"))
            ]
            forms.append((form, _page_form(lambda k, f=form: attr_text(f, k), fields, base)))
        return cls._with_elements(scripts, forms, base, lambda node: node.parent)

    @classmethod
    def _with_elements(
        cls, scripts: str, forms: list[tuple[Any, PageForm]], base: str, parent: Any
    ) -> Resolver:
        resolver = cls(scripts, [form for _, form in forms], base)
        resolver._elements = forms
        resolver._parent = parent
        return resolver

    def form_for(self, element: Any) -> PageForm | None:
        """The PageForm of the `<form>` around `element`, if any."""
        node = element
        while node is not None and self._elements:
            for form_element, form in self._elements:
                if form_element is node:
                    return form
            node = self._parent(node)
        return None

    # -- one link ---------------------------------------------------------------------------

    def target(
        self, tag: str, attrs: dict[str, str], enclosing: PageForm | None = None
    ) -> Target | None:
        """The Target of a link or button that has no plain address, or None."""
        self.last_failure = None
        keyset = attrs.get("data-keyset")
        if keyset:
            return self._keyset_target(attrs, keyset)
        href = (attrs.get("href") or "").strip()
        js = attrs.get("onclick") or ""
        if href.lower().startswith("javascript:"):
            js = href[len("javascript:") :] + ";" + js
        if js.strip():
            call = _first_call(js)
            if call is not None:
                return self.call_target(*call)
        if tag in ("button", "input") and enclosing is not None:
            kind = (attrs.get("type") or "submit").lower()
            if kind == "submit":
                fields = [(n, v) for n, v, _ in enclosing.fields if n]
                if attrs.get("name"):
                    fields.append((attrs["name"], attrs.get("value") or ""))
                return _form_target(enclosing.action, enclosing.method, fields)
        return None

    def _keyset_target(self, attrs: dict[str, str], raw: str) -> Target | None:
        try:
            keys = json.loads(raw.replace("'", '"'))
        except ValueError:
            self.last_failure = f"data-keyset {raw!r} is not a table of fields"
            return None
        if not isinstance(keys, dict):
            self.last_failure = f"data-keyset {raw!r} is not a table of fields"
            return None
        fields = [(str(k), str(v)) for k, v in keys.items()]
        form = self.forms[0] if len(self.forms) == 1 else None
        action = attrs.get("data-action") or (form.action if form else "")
        if not action:
            self.last_failure = "data-keyset rows name no action and no single form holds one"
            return None
        said = (attrs.get("data-method") or "").upper()
        posts = "post" in (attrs.get("onclick") or "").lower()
        method = said or ("POST" if posts else form.method if form else "GET")
        return _form_target(urljoin(self.base, action), method, fields)

    # -- script calls -----------------------------------------------------------------------

    def call_target(self, name: str, args: list[str | None]) -> Target | None:
        short = name.rsplit(".", 1)[-1]
        function = self._function(short)
        if function is None:
            self.last_failure = f"the page does not define {short}()"
            return None
        values = dict(zip(function.params, args, strict=False))
        body = function.body
        for pattern in _NAVIGATE:
            match = pattern.search(body)
            if match:
                text = _expression(body, match.end())
                url = _evaluate(text, values)
                if url is None:
                    self.last_failure = f"{short}() goes to {text.strip()!r}, not worked out"
                    return None
                how = f"{short}() sets location to {text.strip()}"
                return Target(urljoin(self.base, url).partition("#")[0], via=how)
        if ".submit" in body or "submit()" in body:
            return self._submit_target(short, body, values)
        self.last_failure = f"{short}() neither sets location nor submits a form"
        return None

    def _submit_target(self, short: str, body: str, values: dict[str, str | None]) -> Target | None:
        assigned: dict[str, str] = {}
        for pattern in _FIELD_SETS:
            for match in pattern.finditer(body):
                value = _evaluate(_expression(body, match.end()), values)
                if value is None:
                    self.last_failure = f"{short}() fills {match.group(1)} with what it computes"
                    return None
                assigned[match.group(1)] = value
        form = self._form_in(body, assigned)
        if form is None:
            self.last_failure = f"{short}() submits a form the page does not hold"
            return None
        action = form.action
        for pattern in _ACTION_SETS:
            match = pattern.search(body)
            if match:
                value = _evaluate(_expression(body, match.end()), values)
                if value is None:
                    self.last_failure = f"{short}() sets the form's action to what it computes"
                    return None
                action = urljoin(self.base, value)
        method = form.method
        said = _METHOD_SET.search(body)
        if said:
            method = said.group(1).upper()
        by_id = {i: n for n, _, i in form.fields if i and n}
        named = {by_id.get(k, k): v for k, v in assigned.items()}
        fields = [(n, named.pop(n, v)) for n, v, _ in form.fields if n]
        fields += list(named.items())
        how = (
            f"{short}() fills {', '.join(sorted(assigned)) or 'no field'} of form "
            f"{form.name or form.ident or '(unnamed)'} and submits it by {method}"
        )
        return dataclasses.replace(_form_target(action, method, fields), via=how)

    def _form_in(self, body: str, assigned: dict[str, str]) -> PageForm | None:
        words = set(re.findall(r"[\w-]+", body))
        named = [f for f in self.forms if (f.name and f.name in words) or f.ident in words]
        if len(named) == 1:
            return named[0]
        holding = [f for f in self.forms if assigned and all(_has_field(f, k) for k in assigned)]
        if len(holding) == 1:
            return holding[0]
        return self.forms[0] if len(self.forms) == 1 else None

    def _function(self, name: str) -> Function | None:
        if name not in self._functions:
            self._functions[name] = find_function(self.scripts, name)
        return self._functions[name]


def _sent(kind: str | None) -> bool:
    """Is a field of this type sent with its form (buttons only when they are clicked)?"""
    return (kind or "text").lower() not in ("submit", "button", "image", "reset", "file")


def attr_text(element: Any, key: str) -> str | None:
    value = element.get(key)
    if isinstance(value, list):
        return " ".join(value)
    return value


def _page_form(get: Any, fields: list[tuple[str, str, str]], base: str) -> PageForm:
    return PageForm(
        name=get("name") or "",
        ident=get("id") or "",
        action=urljoin(base, (get("action") or "").strip()),
        method=(get("method") or "GET").strip().upper() or "GET",
        fields=fields,
    )


def _has_field(form: PageForm, key: str) -> bool:
    return any(key in (n, i) for n, _, i in form.fields)


def _form_target(action: str, method: str, fields: list[tuple[str, str]]) -> Target:
    action = action.partition("#")[0]
    if method.upper() == "POST":
        return Target(action, tuple(fields), "POST")
    # A GET form replaces the action's query with its fields, as browsers do.
    parts = urlsplit(action)
    return Target(urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(fields), "")))


# -- reading scripts ----------------------------------------------------------------------------


def _first_call(js: str) -> tuple[str, list[str | None]] | None:
    for match in _CALL.finditer(js):
        name = match.group(1)
        if name in ("void", "return", "if", "function") or name.startswith("event."):
            continue
        inner = _balanced(js, match.end() - 1, "(", ")")
        if inner is None:
            return None
        return name, [_literal(a) for a in _split_args(inner)]
    return None


def _literal(text: str) -> str | None:
    text = text.strip()
    match = _STRING.fullmatch(text)
    if match:
        return _string_value(match)
    if _NUMBER.match(text):
        return text
    return None  # `this`, a variable: not a value the page states


def _string_value(match: re.Match[str]) -> str:
    """The text of a matched JS string literal, escapes undone."""
    text = match.group(1) if match.group(1) is not None else match.group(2)
    return re.sub(r"\\(.)", r"\1", text)


def _split_args(text: str) -> list[str]:
    return _split_top(text, ",", "([{", ")]}") if text.strip() else []


def _split_top(text: str, separator: str, openers: str, closers: str) -> list[str]:
    """`text` split at `separator` outside quotes and brackets (a JS argument list or sum)."""
    parts, depth, last = [], 0, 0
    for index, char in _code_chars(text, 0):
        if char in openers:
            depth += 1
        elif char in closers:
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(text[last:index])
            last = index + 1
    parts.append(text[last:])
    return parts


def _code_chars(text: str, start: int) -> Iterator[tuple[int, str]]:
    """(index, character) of the JavaScript text from `start` that stand outside string
    literals; the characters of a string (quotes and escapes included) are skipped."""
    quote_char, index = "", start
    while index < len(text):
        char = text[index]
        if quote_char:
            if char == "\\":
                index += 1
            elif char == quote_char:
                quote_char = ""
        elif char in "'\"":
            quote_char = char
        else:
            yield index, char
        index += 1


def _balanced(text: str, start: int, opening: str, closing: str) -> str | None:
    """The text between the bracket at `start` and its match, strings skipped."""
    depth = 0
    for index, char in _code_chars(text, start):
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return text[start + 1 : index]
    return None


def find_function(scripts: str, name: str) -> Function | None:
    """The first definition of function `name` in `scripts` (`function f(a){…}`, `f =
    function(a){…}`)."""
    pattern = re.compile(
        rf"(?:function\s+{re.escape(name)}\s*\(([^)]*)\)|"
        rf"\b{re.escape(name)}\s*[:=]\s*function\s*\(([^)]*)\))\s*\{{"
    )
    match = pattern.search(scripts)
    if not match:
        return None
    body = _balanced(scripts, match.end() - 1, "{", "}")
    if body is None:
        return None
    params = [p.strip() for p in (match.group(1) or match.group(2) or "").split(",") if p.strip()]
    return Function(params, body)


_NAVIGATE = (
    re.compile(r"(?:\b(?:window|document|self|top)\.)?\blocation(?:\.href)?\s*=(?!=)"),
    re.compile(r"\blocation\.(?:replace|assign)\s*\("),
    re.compile(r"\bwindow\.open\s*\("),
)
_FIELD_SETS = (
    # frm.nttId.value = id; document.frm.nttId.value = id
    re.compile(r"\b[\w$]+\.([\w$]+)\.value\s*=(?!=)"),
    # document.getElementById('nttId').value = id
    re.compile(r"getElementById\(\s*['\"]([\w-]+)['\"]\s*\)\.value\s*=(?!=)"),
    # $('#nttId').val(id); $("input[name='nttId']").val(id)
    re.compile(r"\$\(\s*['\"]#([\w-]+)['\"]\s*\)\.val\(\s*"),
    re.compile(r"\$\(\s*['\"](?:input)?\[name=['\"]?([\w-]+)['\"]?\]['\"]\s*\)\.val\(\s*"),
)
_ACTION_SETS = (
    re.compile(r"\.action\s*=(?!=)"),
    re.compile(r"\.attr\(\s*['\"]action['\"]\s*,\s*"),
)
_METHOD_SET = re.compile(
    r"""(?:\.method\s*=\s*|\.attr\(\s*['"]method['"]\s*,\s*)['"](get|post)['"]""", re.IGNORECASE
)


def _expression(text: str, start: int) -> str:
    """The expression starting at `start`: up to `;`, a line end, or an unmatched `)`/`,`."""
    depth = 0
    for index, char in _code_chars(text, start):
        if char in "([":
            depth += 1
        elif char in ")]":
            if depth == 0:
                return text[start:index]
            depth -= 1
        elif char in ";\n," and depth == 0:
            return text[start:index]
    return text[start:]


def _evaluate(expression: str, values: dict[str, str | None]) -> str | None:
    """A string concatenation of literals and the call's arguments, or None."""
    out = []
    for term in _split_plus(expression):
        term = term.strip()
        if not term:
            return None
        literal = _STRING.fullmatch(term)
        if literal:
            out.append(_string_value(literal))
            continue
        if _NUMBER.match(term):
            out.append(term)
            continue
        wrapped = re.fullmatch(r"(encodeURIComponent|encodeURI|escape|String)\s*\((.*)\)", term)
        if wrapped:
            inner = _evaluate(wrapped.group(2), values)
            if inner is None:
                return None
            safe = _ENCODERS.get(wrapped.group(1))
            out.append(inner if safe is None else quote(inner, safe=safe))
            continue
        if term in values and values[term] is not None:
            out.append(str(values[term]))
            continue
        return None
    return "".join(out)


def _split_plus(text: str) -> list[str]:
    return _split_top(text, "+", "([", ")]")
