"""Shared terminal output: a stderr console and the end-of-batch skip report."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape

from dateline.records import Skipped

err_console = Console(stderr=True, highlight=False)


def report_skipped(skipped: Sequence[Skipped]) -> None:
    """List every record a batch passed over, errors first, one line each."""
    errors = [item for item in skipped if item.is_error]
    ignored = [item for item in skipped if not item.is_error]
    if errors:
        err_console.print(f"[bold red]{len(errors)} record(s) could not be used:[/]")
        for item in errors:
            err_console.print(f"  {escape(item.describe())}")
    if ignored:
        err_console.print(f"{len(ignored)} record(s) passed over (not articles):")
        for item in ignored:
            err_console.print(f"  {escape(item.describe())}")
