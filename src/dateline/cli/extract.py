"""``dateline extract``: one file in, JSON out on stdout; no database needed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from dateline.cli._output import WorkersOption, err_console, report_skipped
from dateline.errors import Messages, WorkerError
from dateline.ingest import read_file
from dateline.pipeline import extraction_output, run
from dateline.records import Skipped


def extract_lines(path: Path, *, workers: int = 1) -> tuple[list[dict[str, Any]], list[Skipped]]:
    """One output object per input record, in input order; bad records become error objects.

    ``workers`` processes share the records; the output is the same as with one."""
    outputs: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    for output, skip in extract_outputs(path, workers=workers):
        if output is not None:
            outputs.append(output)
        if skip is not None:
            skipped.append(skip)
    return outputs, skipped


def extract_outputs(
    path: Path, *, workers: int = 1
) -> Iterator[tuple[dict[str, Any] | None, Skipped | None]]:
    """As records come out of the pipeline: each one's output object (an error object for a
    bad record, none for one passed over such as an image in a crawl) and its skip report."""
    for result in run(read_file(path), workers=workers):
        if not isinstance(result, Skipped):
            yield extraction_output(result), None
        elif result.is_error:
            error = {"code": result.code, "reason": result.reason}
            yield {"id": result.record, "source": result.source, "error": error}, result
        else:
            yield None, result


def extract_cli(
    file: Annotated[Path, typer.Argument(help="A page, feed, JSON Lines or WARC file.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One record → one JSON object (the default).")
    ] = False,
    as_jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Many records → one JSON object per line.")
    ] = False,
    workers: WorkersOption = 1,
) -> None:
    """Extract articles from FILE and print them as JSON."""
    if as_json and as_jsonl:
        raise typer.BadParameter("choose one of --json and --jsonl")
    if not file.exists():
        err_console.print(f"{file}: {Messages.E004.fill()}")
        raise typer.Exit(code=1)
    outputs: list[dict[str, Any]] = []
    try:
        if as_jsonl:
            count, skipped = _print_lines(file, workers)
        else:
            outputs, skipped = extract_lines(file, workers=workers)
            count = len(outputs)
    except WorkerError as error:
        err_console.print(escape(error.reason))
        raise typer.Exit(code=1) from error
    if not as_jsonl and count > 1:
        err_console.print(f"{file}: {Messages.E012.fill(count=count)}")
        raise typer.Exit(code=1)
    if count == 1 and outputs and "error" not in outputs[0]:
        print(json.dumps(outputs[0], ensure_ascii=False, indent=2))
    report_skipped(skipped)
    if any(item.is_error for item in skipped) or not count:
        raise typer.Exit(code=1)


def _print_lines(path: Path, workers: int) -> tuple[int, list[Skipped]]:
    """Print each output line as soon as its record is done (a long batch shows progress
    and holds no output in memory); the number printed and the skips."""
    count = 0
    skipped: list[Skipped] = []
    for output, skip in extract_outputs(path, workers=workers):
        if output is not None:
            print(json.dumps(output, ensure_ascii=False), flush=True)
            count += 1
        if skip is not None:
            skipped.append(skip)
    return count, skipped
