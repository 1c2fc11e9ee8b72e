"""Loading the TSV data files under ``dateline/data`` (lexicons, aliases, labels).

Code only wires data in: adding a language or a label means editing a file here, not code.
Lines starting with ``#`` are comments; the first non-comment line names the columns.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/<name>.tsv`` as dicts keyed by the header's column names."""
    text = files("dateline").joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return tuple(dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:])


@cache
def iso3_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 → alpha-3 codes (``data/places/iso3.tsv``): places carry the one,
    actors the other."""
    return {row["iso2"]: row["iso3"] for row in read_tsv("places/iso3")}
