"""``dateline extract``: one file in, JSON out on stdout; no database needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.cli._output import err_console, report_skipped
from dateline.errors import Messages
from dateline.ingest import read_file
from dateline.pipeline import extraction_output, run
from dateline.records import Skipped


def extract_lines(path: Path) -> tuple[list[dict[str, Any]], list[Skipped]]:
    """One output object per input record, in input order; bad records become error objects."""
    outputs: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    for result in run(read_file(path)):
        if isinstance(result, Skipped):
            skipped.append(result)
            if result.is_error:
                error = {"code": result.code, "reason": result.reason}
                outputs.append({"id": result.record, "source": result.source, "error": error})
        else:
            outputs.append(extraction_output(result))
    return outputs, skipped


def extract_cli(
    file: Annotated[Path, typer.Argument(help="A page, feed, JSON Lines or WARC file.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One record → one JSON object (the default).")
    ] = False,
    as_jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Many records → one JSON object per line.")
    ] = False,
) -> None:
    """Extract articles from FILE and print them as JSON."""
    if as_json and as_jsonl:
        raise typer.BadParameter("choose one of --json and --jsonl")
    if not file.exists():
        err_console.print(f"{file}: {Messages.E004.fill()}")
        raise typer.Exit(code=1)
    outputs, skipped = extract_lines(file)
    if as_jsonl:
        for output in outputs:
            print(json.dumps(output, ensure_ascii=False))
    elif len(outputs) == 1 and "error" not in outputs[0]:
        print(json.dumps(outputs[0], ensure_ascii=False, indent=2))
    elif len(outputs) > 1:
        err_console.print(f"{file}: {Messages.E012.fill(count=len(outputs))}")
        raise typer.Exit(code=1)
    report_skipped(skipped)
    if any(item.is_error for item in skipped) or not outputs:
        raise typer.Exit(code=1)
