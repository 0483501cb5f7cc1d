"""`sutja scrape` and `sutja sites` against a press-release site on 127.0.0.1: the crawl end to
end into WARC, read back by `sutja extract` into figures; a second scrape that fetches nothing
new; a crawl killed with SIGKILL (and one stopped with SIGTERM) resumed with every article
archived exactly once; the robots.txt opt-out; exit codes and usage errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from press_site import PressSite, archived_articles, serving, write_profile
from sqlalchemy import select
from typer.testing import CliRunner
from werkzeug import Response

from pipeline.cli import app
from pipeline.read.warc import read_warc
from pipeline.scrape.crawl_state import CrawlState
from pipeline.store.db import Store
from schemas.models import ArticleRow, FigureRow
from schemas.records import Failure

ROOT = Path(__file__).resolve().parent.parent
CONTACT = "https://example.org/sutja-tests"
runner = CliRunner()


@pytest.fixture
def env(tmp_path, monkeypatch) -> dict[str, str]:
    """A user's profile folder (SUTJA_SITES) and contact URL, for in-process and child runs."""
    monkeypatch.setenv("SUTJA_SITES", str(tmp_path / "sites"))
    monkeypatch.setenv("SUTJA_CONTACT_URL", CONTACT)
    return dict(os.environ)


@pytest.fixture
def site(tmp_path, env) -> Iterator[PressSite]:
    press = PressSite.build(6)
    with serving(press):
        write_profile(tmp_path / "sites", press.base_url)
        yield press


def sutja(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def child(*args: object, env: dict[str, str]) -> subprocess.Popen[str]:
    """`sutja ARGS` in its own process, to be killed."""
    code = "from pipeline.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, *(str(a) for a in args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# -- end to end ---------------------------------------------------------------------------------


def test_scrape_then_extract_gives_figures_and_a_second_scrape_fetches_nothing_new(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    out = tmp_path / "raw"
    first = sutja("scrape", "hanbit-press", "--out", out, "--db", db, "--delay", "0")
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("hanbit-press: pages fetched: 9; new articles: 6;")
    assert len(archived_articles(out)) == 6

    extracted = sutja("extract", out, "--db", db)
    assert extracted.exit_code == 0, extracted.output
    # Six articles; the three list pages archived beside them are recognised as lists.
    assert "inserted 6" in extracted.stdout and "not-article 3" in extracted.stdout
    with Store.open(db) as store, store.session() as session:
        titles = set(session.scalars(select(ArticleRow.title)))
        assert titles == {a.title for a in site.articles}
        sites = {a.site.name for a in session.scalars(select(ArticleRow)) if a.site}
        assert sites == {"hanbit-press"}
        money = session.execute(
            select(ArticleRow.url, FigureRow.value)
            .join(FigureRow, FigureRow.article_id == ArticleRow.id)
            .where(FigureRow.kind == "money", FigureRow.section == "body")
        ).all()
    by_idx = {int(url.split("idx=")[1].split("&")[0]): value for url, value in money}
    assert by_idx == {a.idx: a.idx * 10 * 10**8 for a in site.articles}  # "{idx*10}억원"

    site.requests.clear()
    second = sutja("scrape", "hanbit-press", "--out", out, "--db", db, "--delay", "0")
    assert second.exit_code == 0, second.output
    assert "new articles: 0;" in second.stdout
    assert dict(site.requests) == {"/robots.txt": 1, "/news/list.do?page=1": 1}
    assert site.not_modified == 1

    site.add(1)
    third = sutja("scrape", "hanbit-press", "--out", out, "--db", db, "--delay", "0")
    assert "new articles: 1;" in third.stdout
    assert site.served == {a.idx: 1 for a in site.articles}


def test_a_crawl_killed_halfway_resumes_and_archives_every_article_exactly_once(
    site, tmp_path, env
):
    site.add(3)  # nine articles
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    out = tmp_path / "raw"
    fourth = site.articles[3].path  # newest first: the fourth article fetched
    process: list[subprocess.Popen[str]] = []

    def kill_on_fourth(path: str) -> None:
        if path.startswith(fourth + "&") and process and process[0].poll() is None:
            process[0].send_signal(signal.SIGKILL)
            process[0].wait(timeout=10)

    site.on_request = kill_on_fourth
    process.append(
        child("scrape", "hanbit-press", "--out", out, "--db", db, "--delay", "0", env=env)
    )
    process[0].wait(timeout=60)
    assert process[0].returncode == -signal.SIGKILL
    site.on_request = None
    assert len(archived_articles(out)) == 3  # the first three, whole; the fourth never answered

    resumed = sutja("scrape", "hanbit-press", "--out", out, "--db", db, "--delay", "0")
    assert resumed.exit_code == 0, resumed.output
    assert "new articles: 6;" in resumed.stdout
    uris = archived_articles(out)
    assert len(uris) == len(set(uris)) == 9
    killed_idx = site.articles[3].idx
    # Asked twice: the request in flight when the crawler died, and the one that archived it.
    assert site.served == {a.idx: 2 if a.idx == killed_idx else 1 for a in site.articles}
    # Every WARC file, the killed run's included, reads back whole.
    docs = [d for f in sorted(out.glob("*.warc.gz")) for d in read_warc(f)]
    assert not [d for d in docs if isinstance(d, Failure) and not d.not_article]


def test_sigterm_stops_the_crawl_with_a_summary_and_exit_130_and_it_resumes(site, tmp_path, env):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    out = tmp_path / "raw"
    third = site.articles[2].path
    process: list[subprocess.Popen[str]] = []

    def stop_on_third(path: str) -> None:
        if path.startswith(third + "&") and process:
            process[0].send_signal(signal.SIGTERM)

    site.on_request = stop_on_third
    process.append(
        child("scrape", "hanbit-press", "--out", out, "--db", db, "--delay", "0", env=env)
    )
    stdout, stderr = process[0].communicate(timeout=60)
    site.on_request = None
    assert process[0].returncode == 130, stderr
    assert "(interrupted)" in stdout
    with Store.open(db) as store:
        assert CrawlState(store).last_crawl("hanbit-press").status == "interrupted"
    resumed = sutja("scrape", "hanbit-press", "--out", out, "--db", db, "--delay", "0")
    assert resumed.exit_code == 0
    uris = archived_articles(out)
    assert len(uris) == len(set(uris)) == 6


# -- URLs, robots, failures --------------------------------------------------------------------


def test_scrape_urls_fetches_the_given_pages_once(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    out = tmp_path / "raw"
    urls = [site.base_url + a.path for a in site.articles[:2]]
    variants = [urls[0] + "&utm_source=twitter", urls[0] + "#comments"]
    first = sutja("scrape", *urls, *variants, "--out", out, "--db", db, "--delay", "0")
    assert first.exit_code == 0, first.output
    assert "new articles: 2;" in first.stdout
    again = sutja("scrape", *urls, "--out", out, "--db", db, "--delay", "0")
    assert "new articles: 0;" in again.stdout and "already archived: 2;" in again.stdout
    assert site.served == {site.articles[0].idx: 1, site.articles[1].idx: 1}


def test_robots_txt_is_obeyed_unless_ignore_robots_is_given_with_a_warning(site, tmp_path):
    site.robots = "User-agent: *\nDisallow: /news/view.do\n"
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    url = site.base_url + site.articles[0].path
    obeyed = sutja("scrape", url, "--out", tmp_path / "raw", "--db", db, "--delay", "0")
    assert obeyed.exit_code == 0
    assert "skipped by robots: 1;" in obeyed.stdout
    assert f"robots: {url} robots.txt disallows {url}" in obeyed.stdout
    assert site.served == {}
    ignored = sutja(
        "scrape", url, "--out", tmp_path / "raw", "--db", db, "--delay", "0", "--ignore-robots"
    )
    assert ignored.exit_code == 0
    assert "warning: --ignore-robots" in ignored.stderr
    assert site.served == {site.articles[0].idx: 1}


def test_a_page_that_keeps_failing_is_listed_and_exits_1(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    missing = site.base_url + "/news/view.do?idx=404"
    result = sutja(
        "scrape", missing, "--out", tmp_path / "raw", "--db", db, "--delay", "0", "--retries", "0"
    )
    assert result.exit_code == 1
    assert f"failed: {missing} HTTP 404" in result.stdout


def test_a_refused_url_is_reported_again_without_being_fetched_again(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    pdf = site.base_url + "/files/budget.pdf"
    site.overrides["/files/budget.pdf"] = lambda request: Response(
        b"%PDF-1.7", content_type="application/pdf"
    )
    args = ("--out", tmp_path / "raw", "--db", db, "--delay", "0")
    first = sutja("scrape", pdf, *args)
    assert first.exit_code == 0
    assert f"refused: {pdf} not a page: Content-Type application/pdf" in first.stdout
    second = sutja("scrape", pdf, *args)
    assert second.exit_code == 0
    assert f"refused: {pdf} earlier: not a page: Content-Type application/pdf" in second.stdout
    assert site.requests["/files/budget.pdf"] == 1


def test_progress_is_plain_lines_off_a_terminal_and_user_agent_has_the_contact(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    result = sutja(
        "scrape",
        "hanbit-press",
        "--out",
        tmp_path / "raw",
        "--db",
        db,
        "--delay",
        "0",
        "--max-articles",
        "2",
    )
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert "fetching 2 article pages" in lines
    assert lines[-1].startswith("[2/2] ok ")
    assert "new articles: 2;" in result.stdout


def test_delay_is_kept_between_requests(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    result = sutja(
        "scrape",
        "hanbit-press",
        "--out",
        tmp_path / "raw",
        "--db",
        db,
        "--delay",
        "0.2",
        "--max-articles",
        "2",
    )
    assert result.exit_code == 0
    times = [t for _, t in site.times]
    assert len(times) >= 5  # robots.txt, three list pages, two articles
    assert min(b - a for a, b in pairwise(times)) >= 0.2


def test_no_contact_url_warns(site, tmp_path, monkeypatch):
    monkeypatch.delenv("SUTJA_CONTACT_URL")
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    url = site.base_url + site.articles[0].path
    result = sutja("scrape", url, "--out", tmp_path / "raw", "--db", db, "--delay", "0")
    assert result.exit_code == 0
    assert "warning: no contact URL" in result.stderr
    with_contact = sutja("scrape", url, "--out", tmp_path / "raw", "--db", db, "--contact", CONTACT)
    assert "no contact URL" not in with_contact.stderr


# -- usage errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-site"], "no site profile named 'no-such-site'"),
        (["hanbit-press", "http://127.0.0.1:9/a"], "give one site name, or one or more"),
        (["hanbit-press", "other-site"], "give one site name, or one or more"),
        (["hanbit-press", "--since", "2024-13-01"], "--since expects a date as YYYY-MM-DD"),
        (["hanbit-press", "--since", "2024-03-10", "--until", "2024-03-01"], "is after --until"),
        (["http://127.0.0.1:9/a", "--since", "2024-03-01"], "need a site, not URLs"),
        (["http:///nohost"], "not an absolute http(s) URL"),
        (["damyang"], "has no [list] table"),
    ],
)
def test_usage_errors_exit_2_with_one_line(site, tmp_path, args, message):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    result = sutja("scrape", *args, "--out", tmp_path / "raw", "--db", db)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert site.requests == {}


def test_an_unwritable_out_folder_is_a_usage_error(site, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    result = sutja("scrape", "hanbit-press", "--out", blocker / "raw", "--db", db)
    assert result.exit_code == 2
    assert "cannot create the WARC folder" in result.stderr


# -- sites --------------------------------------------------------------------------------------


def test_sites_lists_profiles_with_their_list_sources_and_last_crawl(site, tmp_path):
    db = f"sqlite:///{tmp_path / 'sutja.db'}"
    before = sutja("sites", "--db", db)
    assert before.exit_code == 0
    row = next(line for line in before.stdout.splitlines() if "hanbit-press" in line)
    assert "127.0.0.1" in row and "1 list" in row
    sutja("scrape", "hanbit-press", "--out", tmp_path / "raw", "--db", db, "--delay", "0")
    after = sutja("sites", "--db", db)
    row = next(line for line in after.stdout.splitlines() if "hanbit-press" in line)
    assert "complete, 6 new" in row
