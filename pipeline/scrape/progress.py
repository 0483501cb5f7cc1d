"""How a crawl reports what it does: a Rich bar on a terminal, log lines otherwise, nothing in
library calls. The crawler calls a `Progress`; it never prints.
"""

from __future__ import annotations

import sys
from typing import IO, Any, Protocol


class Progress(Protocol):
    def listed(self, url: str, outcome: str, new_links: int) -> None: ...
    def start_fetching(self, total: int) -> None: ...
    def fetched(self, url: str, outcome: str, detail: str) -> None: ...
    def close(self) -> None: ...


class LogProgress:
    """Plain lines on a stream (stderr when it is not a terminal)."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = 0
        self.done = 0

    def listed(self, url: str, outcome: str, new_links: int) -> None:
        self._print(f"list {outcome} {url} ({new_links} new)")

    def start_fetching(self, total: int) -> None:
        self.total = total
        self._print(f"fetching {total} article pages")

    def fetched(self, url: str, outcome: str, detail: str) -> None:
        self.done += 1
        extra = f" {detail}" if detail else ""
        self._print(f"[{self.done}/{self.total}] {outcome} {url}{extra}")

    def close(self) -> None:
        self.stream.flush()

    def _print(self, line: str) -> None:
        print(line, file=self.stream, flush=True)


class RichProgress:
    """A Rich progress bar on the terminal: a spinner while listing, a bar while fetching."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            SpinnerColumn,
            TextColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichBar

        self._bar = RichBar(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._started = False
        self._listing: Any = None
        self._fetching: Any = None
        self._links = 0

    def _start(self) -> None:
        # Started on first use, so that a crawl that never begins leaves the terminal alone.
        if not self._started:
            self._bar.start()
            self._started = True

    def listed(self, url: str, outcome: str, new_links: int) -> None:
        self._start()
        if self._listing is None:
            self._listing = self._bar.add_task("listing", total=None)
        self._links += new_links
        self._bar.update(self._listing, advance=1, description=f"listing ({self._links} new links)")

    def start_fetching(self, total: int) -> None:
        self._start()
        if self._listing is not None:
            done = self._bar.tasks[self._listing].completed
            self._bar.update(self._listing, total=done)
        self._fetching = self._bar.add_task("fetching", total=total)

    def fetched(self, url: str, outcome: str, detail: str) -> None:
        if outcome != "ok":
            self._bar.console.print(f"{outcome} {url} {detail}".rstrip())
        self._bar.update(self._fetching, advance=1)

    def close(self) -> None:
        if self._started:
            self._bar.stop()
            self._started = False


class NoProgress:
    def listed(self, url: str, outcome: str, new_links: int) -> None:
        pass

    def start_fetching(self, total: int) -> None:
        pass

    def fetched(self, url: str, outcome: str, detail: str) -> None:
        pass

    def close(self) -> None:
        pass
