"""The ``dateline`` command: one Typer app, one module per command."""

from __future__ import annotations

from typing import Annotated

import typer

from dateline import __version__
from dateline.cli.articles import articles_cli
from dateline.cli.events import events_cli
from dateline.cli.export import export_cli
from dateline.cli.extract import extract_cli
from dateline.cli.ingest import ingest_cli
from dateline.cli.load import load_cli
from dateline.cli.places import places_cli
from dateline.cli.run import run_cli
from dateline.cli.serve import serve_cli

app = typer.Typer(
    name="dateline",
    help="Turn raw news reports into an auditable event dataset.",
    no_args_is_help=True,
    add_completion=False,
)


def _print_version(value: bool) -> None:
    if value:
        print(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn raw news reports into an auditable event dataset."""


app.command("ingest")(ingest_cli)
app.command("extract")(extract_cli)
app.command("articles")(articles_cli)
app.command("places")(places_cli)
app.command("events")(events_cli)
app.command("export")(export_cli)
app.command("serve")(serve_cli)
app.command("run")(run_cli)
app.command("load")(load_cli)


def main() -> None:
    app()
