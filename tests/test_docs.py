"""The README and docs/*.md document every command and option of the `sutja` app (sqlite-utils'
docs test). A command's reference is its `### sutja NAME` section; a page documenting options
added to a command elsewhere does so under `### sutja NAME --OPTION ...`."""

import re
from pathlib import Path

import pytest
import typer.main

from pipeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCS = [README, *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))]
COMMAND = typer.main.get_command(app)
COMMANDS = sorted(COMMAND.commands)  # type: ignore[attr-defined]


def section(name: str) -> str:
    """The text under `### sutja NAME` (or `### sutja NAME --OPTION …`) in the README and the
    docs pages, each up to the next heading of that level or above."""
    heading = rf"^### sutja {re.escape(name)}(?: --[^\n]*)?\n(.*?)(?=^#{{1,3}} |\Z)"
    return "\n".join(m.group(1) for text in DOCS for m in re.finditer(heading, text, re.M | re.S))


def test_the_app_has_the_documented_commands():
    assert set(COMMANDS) >= {"extract", "export", "query", "eval"}


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_a_readme_section(name):
    assert section(name), f"README.md has no '### sutja {name}' section"


@pytest.mark.parametrize(
    ("name", "option"),
    [
        (name, option)
        for name in COMMANDS
        for param in COMMAND.commands[name].params  # type: ignore[attr-defined]
        if param.param_type_name == "option"
        for option in param.opts
        if option != "--help"
    ],
)
def test_every_option_is_documented_in_its_commands_section(name, option):
    text = section(name)
    assert re.search(rf"`{re.escape(option)}[` ]", text), (
        f"README.md's 'sutja {name}' section does not describe {option}"
    )
    # An example to copy: a command line using the option.
    assert re.search(rf"^sutja {name}\b.*{re.escape(option)}\b", text, re.M), (
        f"README.md's 'sutja {name}' section has no example using {option}"
    )


def test_first_screen_shows_the_two_setup_commands_and_korean_summary():
    first_screen = "\n".join(README.splitlines()[:40])
    assert "make extract" in first_screen
    assert "make test" in first_screen
    assert "한국어 안내" in first_screen


def test_exit_codes_are_documented():
    table = README.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    for code in ("0", "1", "2"):
        assert re.search(rf"^\| {code} \|", table, re.M), f"exit code {code} is not documented"
