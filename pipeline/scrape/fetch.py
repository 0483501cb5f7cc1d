"""The polite HTTP session of `sutja scrape`: robots.txt, a minimum delay per host, one
connection per host, an honest User-Agent, timeouts, retries with backoff, redirects kept to
the allowed hosts, and refusals of what is too large or not a page.

Built on a requests `Session` whose `HTTPAdapter` retries with urllib3's `Retry` (connection
errors, read errors, 429 and 5xx; `Retry-After` honoured). A subclass of `Retry` never waits
less than the host's delay between two attempts, and gives up rather than wait longer than
`FetchPolicy.max_retry_after` when a server asks for that.

Bodies are kept exactly as the server sent them (a gzip-encoded page stays gzip-encoded, as a
WARC response record wants it); only the chunked transfer coding, which urllib3 always undoes,
is gone. `Exchange.content()` undoes the content coding for whoever must read the page.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from pipeline.read.decode import MAX_PAGE_BYTES
from pipeline.scrape.codings import decode_content

log = logging.getLogger(__name__)

CONTACT_ENV = "SUTJA_CONTACT_URL"
#: The User-Agent token robots.txt groups are matched against.
ROBOTS_TOKEN = "sutja"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
        "application/rdf+xml",
        # sitemaps are often served gzipped as a file rather than content-coded
        "application/gzip",
        "application/x-gzip",
        "application/octet-stream",
        # some boards serve their feed as text/html
        "text/html",
        "text/plain",
    }
)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Google reads the first 500 KiB of a robots.txt; so do we.
ROBOTS_MAX_BYTES = 500 * 1024
_CHUNK = 64 * 1024

Outcome = Literal["ok", "not_modified", "robots", "refused", "failed"]


def sutja_version() -> str:
    try:
        return metadata.version("sutja")
    except metadata.PackageNotFoundError:
        return "0"


def user_agent(contact_url: str | None) -> str:
    """`sutja/<version> (+<contact URL>)`, or without the parenthesis when none is set."""
    base = f"sutja/{sutja_version()}"
    return f"{base} (+{contact_url})" if contact_url else base


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and how patiently to fetch. Times in seconds."""

    delay: float = 1.0  # minimum gap per host between a response and the next request
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0  # for one body, however slowly it trickles in
    retries: int = 3  # attempts after the first, per URL
    backoff: float = 2.0  # the 1st retry waits `delay`, the 2nd this, then doubling
    max_backoff: float = 60.0
    max_retry_after: float = 300.0  # a server asking to wait longer than this: give up
    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = 5
    obey_robots: bool = True
    contact_url: str | None = None

    @property
    def user_agent(self) -> str:
        return user_agent(self.contact_url)


@dataclass
class Exchange:
    """One HTTP request and the response to it, as they went over the wire."""

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    reason: str
    http_version: str  # "HTTP/1.1"
    headers: list[tuple[str, str]]  # as received, in order, repeated fields kept
    body: bytes  # as received: content coding kept, transfer coding undone
    fetched_at: datetime
    request_body: bytes = b""  # what a POST sent (form fields), archived with the request

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def media_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()

    def content(self) -> bytes:
        """The body with its content coding (gzip, deflate) undone."""
        coding = (self.header("Content-Encoding") or "").strip().lower()
        return decode_content(self.body, coding)


@dataclass
class FetchResult:
    """What became of one URL: `ok` with the exchange, `not_modified` (a 304 to a conditional
    GET), or a reason why there is no page (`robots`, `refused`, `failed`)."""

    url: str
    outcome: Outcome
    exchange: Exchange | None = None
    reason: str | None = None
    status: int | None = None
    attempts: int = 0
    redirects: list[str] = field(default_factory=list)  # every URL before the final one

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"

    @property
    def final_url(self) -> str:
        return self.exchange.url if self.exchange else self.url


class PoliteRetry(Retry):
    """urllib3 `Retry` that waits at least `min_backoff` between attempts (the host's delay,
    which urllib3's own first retry ignores) and does not retry when `Retry-After` asks for
    more than `retry_after_limit` seconds."""

    def __init__(
        self, *args: Any, min_backoff: float = 0.0, retry_after_limit: float = 300.0, **kw: Any
    ) -> None:
        # Read Retry-After uncapped here, so that a long one is refused rather than shortened.
        kw.setdefault("retry_after_max", 10**9)
        super().__init__(*args, **kw)
        self.min_backoff = min_backoff
        self.retry_after_limit = retry_after_limit

    def new(self, **kw: Any) -> PoliteRetry:
        kw.setdefault("min_backoff", self.min_backoff)
        kw.setdefault("retry_after_limit", self.retry_after_limit)
        return super().new(**kw)  # type: ignore[return-value]

    def get_backoff_time(self) -> float:
        return max(self.min_backoff, super().get_backoff_time())

    def sleep_for_retry(self, response: Any) -> bool:
        retry_after = self.get_retry_after(response)
        if retry_after:
            time.sleep(max(retry_after, self.min_backoff))
            return True
        return False

    def increment(self, method: str | None = None, url: str | None = None, *args: Any, **kw: Any):
        response = kw.get("response")
        if response is not None and self.respect_retry_after_header:
            try:
                wait = self.get_retry_after(response)
            except Exception:  # an unparseable Retry-After: let urllib3 decide as usual
                wait = None
            if wait is not None and wait > self.retry_after_limit:
                raise MaxRetryError(
                    kw.get("_pool"),
                    url or "",
                    ResponseError(
                        f"Retry-After {wait:.0f} s is over the {self.retry_after_limit:.0f} s limit"
                    ),
                )
        return super().increment(method, url, *args, **kw)


class PoliteSession:
    """Fetches pages one at a time, politely. Use as a context manager or call `close()`."""

    def __init__(self, policy: FetchPolicy | None = None) -> None:
        self.policy = policy or FetchPolicy()
        self._session = requests.Session()
        self._session.headers.update(
            {
                "User-Agent": self.policy.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                "Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5",
                # Only codings that warcio (and the WARC reader) can undo.
                "Accept-Encoding": "gzip, deflate",
            }
        )
        self._adapters: dict[str, tuple[HTTPAdapter, float]] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_notes: dict[str, str] = {}
        self._crawl_delays: dict[str, float] = {}
        self._last_response: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self.requests_sent = 0

    def __enter__(self) -> PoliteSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._session.close()

    # -- robots.txt and delays --------------------------------------------------------------

    def robots_allows(self, url: str) -> bool:
        """Does the site's robots.txt let sutja fetch `url`? (Always, with obey_robots off.)"""
        if not self.policy.obey_robots:
            return True
        parser = self._robots_for(url)
        return parser.can_fetch(ROBOTS_TOKEN, url)

    def robots_note(self, url: str) -> str | None:
        """Why the robots.txt of `url`'s site is treated as it is, when it could not be read."""
        return self._robots_notes.get(_origin(url))

    def delay_for(self, url: str) -> float:
        """Seconds to leave between two requests to `url`'s host: the policy's delay, or the
        site's Crawl-delay (or Request-rate) when that is longer."""
        host = _host_key(url)
        if host in self._host_delay:
            return self._host_delay[host]
        delay = self.policy.delay
        if self.policy.obey_robots:
            parser = self._robots_for(url)
            crawl_delay = self._crawl_delays.get(_origin(url))
            if crawl_delay:
                delay = max(delay, crawl_delay)
            rate = parser.request_rate(ROBOTS_TOKEN)
            if rate and rate.requests:
                delay = max(delay, rate.seconds / rate.requests)
        self._host_delay[host] = delay
        return delay

    def _robots_for(self, url: str) -> RobotFileParser:
        origin = _origin(url)
        parser = self._robots.get(origin)
        if parser is None:
            parser = self._read_robots(origin)
            self._robots[origin] = parser
        return parser

    def _read_robots(self, origin: str) -> RobotFileParser:
        """RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be
        reached (5xx, network errors after the retries) forbids everything, for this run.
        Redirects are followed (five at most), to any host: it is only the policy file."""
        parser = RobotFileParser(origin + "/robots.txt")
        url = origin + "/robots.txt"
        note = None
        for _hop in range(self.policy.max_redirects + 1):
            try:
                result = self._get(
                    url,
                    accept=None,
                    max_bytes=ROBOTS_MAX_BYTES,
                    truncate=True,
                    delay=self._host_delay.get(_host_key(url), self.policy.delay),
                )
            except _FetchFailed as exc:
                note = f"robots.txt unreachable ({exc})"
                break
            location = result.header("Location")
            if result.status in REDIRECT_STATUSES and location:
                url = urljoin(url, location.strip())
                continue
            if 200 <= result.status < 300:
                try:
                    text = result.content().decode("utf-8", errors="replace")
                except ValueError as exc:
                    note = f"robots.txt unreadable ({exc})"
                    break
                parser.parse(text.splitlines())
                delay = crawl_delay(text, ROBOTS_TOKEN)
                if delay is not None:
                    self._crawl_delays[origin] = delay
                return parser
            if 400 <= result.status < 500:
                parser.allow_all = True
                parser.modified()
                return parser
            note = f"robots.txt answered HTTP {result.status}"
            break
        else:
            note = f"robots.txt redirected more than {self.policy.max_redirects} times"
        parser.disallow_all = True
        parser.modified()
        self._robots_notes[origin] = f"{note}: nothing is fetched from {origin}"
        log.warning("%s: treating %s as disallowed", note, origin)
        return parser

    # -- fetching ---------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        accept: Collection[str] | None = HTML_TYPES,
        allowed_hosts: Collection[str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        data: bytes | None = None,
    ) -> FetchResult:
        """GET `url` (POST `data` to it, form-encoded, when given: a board whose rows are
        forms), following redirects within `allowed_hosts` (host suffixes; by default the
        URL's own host, with or without `www.`), conditionally when validators are given. A
        redirect after a POST is followed with a GET, as browsers do.

        Never raises for what a server or the network does: the result says what happened.
        `accept` lists the media types taken (None: any); a response without a Content-Type is
        taken too, and left to the reader to judge."""
        hosts = _allowed(url, allowed_hosts)
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = url
        redirects: list[str] = []
        attempts = 0

        def result(outcome: Outcome, **fields: Any) -> FetchResult:
            return FetchResult(url, outcome, attempts=attempts, redirects=redirects, **fields)

        while True:
            if not self.robots_allows(current):
                note = self.robots_note(current)
                return result("robots", reason=note or f"robots.txt disallows {current}")
            try:
                exchange = self._get(
                    current,
                    accept=accept,
                    max_bytes=self.policy.max_bytes,
                    headers=conditional,
                    delay=self.delay_for(current),
                    data=data,
                )
            except _FetchFailed as exc:
                attempts += exc.attempts
                return result("failed", reason=str(exc))
            except _RefusedResponse as exc:
                attempts += exc.attempts
                return result("refused", reason=str(exc), status=exc.status)
            attempts += exchange.attempts
            status = exchange.status
            if status in REDIRECT_STATUSES and exchange.header("Location"):
                target = urljoin(current, (exchange.header("Location") or "").strip())
                reason = self._redirect_refusal(current, target, hosts, len(redirects))
                if reason:
                    return result("refused", reason=reason, status=status)
                redirects.append(current)
                current = target
                data = None
                continue
            if status == 304:
                return result("not_modified", exchange=exchange, status=status)
            if not 200 <= status < 300:
                note = f"HTTP {status}"
                if status in RETRY_STATUSES:
                    note += f" after {exchange.attempts} attempts"
                if exchange.retry_refusal:
                    note += f" ({exchange.retry_refusal})"
                return result("failed", reason=note, status=status)
            return result("ok", exchange=exchange, status=status)

    def _redirect_refusal(
        self, current: str, target: str, hosts: Collection[str], hops: int
    ) -> str | None:
        if hops >= self.policy.max_redirects:
            return f"more than {self.policy.max_redirects} redirects"
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"redirect to a non-HTTP URL: {current} → {target}"
        if not host_allowed(parts.hostname, hosts):
            return f"redirect to another host refused: {current} → {target}"
        return None

    def _mount(self, url: str, delay: float) -> None:
        """An adapter per origin: its own single connection, and retries that wait at least
        that host's delay (replaced, once robots.txt is read, when its Crawl-delay differs)."""
        origin = _origin(url)
        mounted = self._adapters.get(origin)
        if mounted is not None:
            if mounted[1] == delay:
                return
            mounted[0].close()
        adapter = HTTPAdapter(
            # One pooled connection per host; a request waits for it rather than open another.
            pool_connections=1,
            pool_maxsize=1,
            pool_block=True,
            max_retries=self._retry(delay),
        )
        self._adapters[origin] = (adapter, delay)
        self._session.mount(origin + "/", adapter)

    def _retry(self, delay: float) -> PoliteRetry:
        p = self.policy
        return PoliteRetry(
            total=p.retries,
            connect=p.retries,
            read=p.retries,
            status=p.retries,
            other=0,
            redirect=0,  # redirects are followed by `fetch`, hop by hop, host by host
            raise_on_redirect=False,
            status_forcelist=RETRY_STATUSES,
            # POST only ever reads an article (a board's view form): safe to repeat.
            allowed_methods=frozenset({"GET", "POST"}),
            backoff_factor=p.backoff / 2,  # urllib3: factor * 2 ** (n - 1) from the 2nd retry
            backoff_max=p.max_backoff,
            respect_retry_after_header=True,
            raise_on_status=False,
            min_backoff=delay,
            retry_after_limit=p.max_retry_after,
        )

    def _get(
        self,
        url: str,
        *,
        accept: Collection[str] | None,
        max_bytes: int,
        delay: float,
        headers: dict[str, str] | None = None,
        truncate: bool = False,
        data: bytes | None = None,
    ) -> _Received:
        """One GET, or POST of `data` (urllib3 retrying inside it), after the host's delay;
        the body read in full, up to `max_bytes` (beyond: refused, or cut when `truncate`)."""
        host = _host_key(url)
        self._mount(url, delay)
        self._wait(host, delay)
        self.requests_sent += 1
        started = time.monotonic()
        try:
            if data is not None:
                headers = {
                    **(headers or {}),
                    "Content-Type": "application/x-www-form-urlencoded",
                }
            response = self._session.request(
                "GET" if data is None else "POST",
                url,
                data=data,
                headers=headers,
                allow_redirects=False,
                stream=True,
                timeout=(self.policy.connect_timeout, self.policy.read_timeout),
            )
        except requests.RequestException as exc:
            self._last_response[host] = time.monotonic()
            raise _FetchFailed(_network_reason(exc), self.policy.retries + 1) from None
        except ValueError as exc:  # a URL that urllib3 cannot send (bad host, bad port)
            raise _FetchFailed(f"bad URL: {_one_line(exc)}", 0) from None
        try:
            retries = getattr(response.raw, "retries", None)
            attempts = len(getattr(retries, "history", ()) or ()) + 1
            self.requests_sent += attempts - 1  # urllib3's retries are requests too
            retry_refusal = self._retry_after_refusal(response)
            fetched_at = datetime.now(UTC)
            received_headers = list(response.raw.headers.items())
            if not 200 <= response.status_code < 300:
                body = b""  # redirects, 304 and errors: only the status and headers count
            else:
                media_type = (response.headers.get("Content-Type") or "").split(";")[0]
                media_type = media_type.strip().lower()
                if accept is not None and media_type and media_type not in accept:
                    raise _RefusedResponse(
                        f"not a page: Content-Type {media_type}", response.status_code, attempts
                    )
                declared = _content_length(response)
                if declared is not None and declared > max_bytes and not truncate:
                    raise _RefusedResponse(
                        f"too large: Content-Length {declared} bytes over the "
                        f"{max_bytes} byte limit",
                        response.status_code,
                        attempts,
                    )
                body = self._read_body(response, max_bytes, started, truncate, attempts)
            return _Received(
                url=url,
                method="GET" if data is None else "POST",
                request_headers=_request_headers(response),
                status=response.status_code,
                reason=response.reason or "",
                http_version=_http_version(response),
                headers=[(k, v) for k, v in received_headers if k.lower() != "transfer-encoding"],
                body=body,
                fetched_at=fetched_at,
                attempts=attempts,
                retry_refusal=retry_refusal,
                request_body=data or b"",
            )
        finally:
            response.close()
            self._last_response[host] = time.monotonic()

    def _read_body(
        self,
        response: requests.Response,
        max_bytes: int,
        started: float,
        truncate: bool,
        attempts: int,
    ) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.raw.stream(_CHUNK, decode_content=False):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    if truncate:
                        return b"".join(chunks)[:max_bytes]
                    raise _RefusedResponse(
                        f"too large: over the {max_bytes} byte limit",
                        response.status_code,
                        attempts,
                    )
                if time.monotonic() - started > self.policy.total_timeout:
                    raise _FetchFailed(
                        f"too slow: body not complete after {self.policy.total_timeout:.0f} s",
                        attempts,
                    )
        except (_RefusedResponse, _FetchFailed):
            raise
        except Exception as exc:  # urllib3 and requests raise several types for a broken body
            raise _FetchFailed(
                f"connection broken while reading the body: {_one_line(exc)}", attempts
            ) from None
        return b"".join(chunks)

    def _retry_after_refusal(self, response: requests.Response) -> str | None:
        """Why a 429/503 came back without being retried: it asked for too long a wait."""
        value = response.headers.get("Retry-After")
        if response.status_code not in RETRY_STATUSES or not value:
            return None
        try:
            wait = PoliteRetry(retry_after_limit=self.policy.max_retry_after).parse_retry_after(
                value
            )
        except Exception:  # an unparseable Retry-After says nothing usable
            return None
        if wait > self.policy.max_retry_after:
            return f"Retry-After {wait:.0f} s is over the {self.policy.max_retry_after:.0f} s limit"
        return None

    def _wait(self, host: str, delay: float) -> None:
        last = self._last_response.get(host)
        if last is None:
            return
        remaining = last + delay - time.monotonic()
        if remaining > 0:
            time.sleep(remaining)


@dataclass
class _Received(Exchange):
    attempts: int = 1
    retry_refusal: str | None = None


class _FetchFailed(Exception):
    def __init__(self, reason: str, attempts: int) -> None:
        super().__init__(reason)
        self.attempts = attempts


class _RefusedResponse(Exception):
    def __init__(self, reason: str, status: int, attempts: int) -> None:
        super().__init__(reason)
        self.status = status
        self.attempts = attempts


def crawl_delay(robots_txt: str, token: str = ROBOTS_TOKEN) -> float | None:
    """The Crawl-delay, in seconds, of the robots.txt group for `token` (else of `*`).

    `urllib.robotparser` reads only whole seconds; sites write `Crawl-delay: 0.5` as well."""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_agents = False
    for raw_line in robots_txt.splitlines():
        line = raw_line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key == "user-agent":
            if not in_agents:
                agents = []
            agents.append(value.lower())
            in_agents = True
            continue
        in_agents = False
        if key == "crawl-delay":
            try:
                seconds = float(value)
            except ValueError:
                continue
            if seconds >= 0:
                for agent in agents:
                    delays.setdefault(agent, seconds)
    token = token.lower()
    for agent, seconds in delays.items():
        if agent != "*" and agent in token:
            return seconds
    return delays.get("*")


def host_allowed(host: str, allowed: Collection[str]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in allowed)


def _allowed(url: str, allowed_hosts: Collection[str] | None) -> tuple[str, ...]:
    if allowed_hosts:
        return tuple(h.lower().lstrip(".") for h in allowed_hosts)
    host = (urlsplit(url).hostname or "").lower()
    bare = host.removeprefix("www.")
    return (host, bare, "www." + bare)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _host_key(url: str) -> str:
    # The host without the port: two servers on one machine share its capacity.
    return (urlsplit(url).hostname or "").lower()


def _content_length(response: requests.Response) -> int | None:
    value = response.headers.get("Content-Length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _http_version(response: requests.Response) -> str:
    version = getattr(response.raw, "version", 11)
    return {9: "HTTP/0.9", 10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(version, "HTTP/1.1")


def _request_headers(response: requests.Response) -> list[tuple[str, str]]:
    request = response.request
    host = urlsplit(request.url or "").netloc
    sent = [("Host", host)]
    sent += [(k, v) for k, v in request.headers.items() if k.lower() != "host"]
    return sent


def _network_reason(exc: requests.RequestException) -> str:
    """One line that says what went wrong: timeout, refused, reset, …"""
    text = _one_line(exc)
    lowered = text.lower()
    if isinstance(exc, requests.ConnectTimeout) or "connecttimeout" in lowered:
        kind = "connect timeout"
    elif isinstance(exc, requests.ReadTimeout) or "read timed out" in lowered:
        kind = "read timeout"
    elif "retry-after" in lowered:
        kind = "gave up"
    elif "reset" in lowered or "aborted" in lowered or "remotedisconnected" in lowered:
        kind = "connection reset"
    elif "refused" in lowered:
        kind = "connection refused"
    else:
        kind = "network error"
    return f"{kind}: {text}"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def contact_from_env() -> str | None:
    value = os.environ.get(CONTACT_ENV, "").strip()
    return value or None
