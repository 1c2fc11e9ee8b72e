"""Documentation stays in step with the code: every command and error code is written down."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from dateline.cli import app
from dateline.errors import Messages

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", _commands())
def test_docs_readme_documents_command(command: str) -> None:
    assert f"`dateline {command}" in README


def test_docs_readme_starts_with_the_two_commands() -> None:
    first_block = README.split("```", 2)[1]
    assert "make demo" in first_block
    assert "make test" in first_block


@pytest.mark.parametrize("key", ["id", "url", "lang", "title", "text", "published", "page_time"])
def test_docs_readme_documents_output_key(key: str) -> None:
    assert re.search(rf"`article\.{key}`|`article\.\w+`, `article\.{key}`", README)


def test_docs_error_codes_are_unique_and_numbered() -> None:
    codes = [member.name for member in Messages]
    assert codes == sorted(codes)
    assert all(re.fullmatch(r"E\d{3}", code) for code in codes)
