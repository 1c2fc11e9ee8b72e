"""Ingest: read files, directories and globs into ``Document`` records.

Formats are detected from content. Unreadable inputs and records come out as ``Skipped``
in the same stream, in order, so a batch goes on and can report every one of them.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.errors import InputError, Messages
from dateline.ingest.detect import sniff
from dateline.ingest.document import too_large
from dateline.ingest.feeds import read_feed
from dateline.ingest.jsonl import bounded_lines, read_jsonl
from dateline.ingest.plain import read_page
from dateline.ingest.warc import read_warc
from dateline.records import Document, Format, Skipped
from dateline.settings import get_int

__all__ = ["expand_paths", "read_bytes", "read_file", "read_paths"]


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | Skipped]:
    """Every record under ``paths`` (files, directories, globs), in a stable order."""
    for path in expand_paths(paths):
        if isinstance(path, Skipped):
            yield path
        else:
            yield from read_file(path)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files named by ``paths``: directories recursively, globs expanded, sorted."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        elif path.is_file():
            yield path
        elif matches := sorted(glob.glob(str(given), recursive=True)):  # noqa: PTH207 - absolute patterns
            yield from (Path(match) for match in matches if Path(match).is_file())
        else:
            yield Skipped(str(given), None, Messages.E004.fill(), "E004")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def read_file(path: Path) -> Iterator[Document | Skipped]:
    """Records of one file; an unreadable file yields a single ``Skipped``."""
    source = str(path)
    try:
        with path.open("rb") as stream:
            head = stream.read(get_int("ingest", "sniff_bytes"))
        format = sniff(head, source=source)
    except InputError as error:
        yield Skipped(source, error.record, error.reason, error.code)
        return
    except OSError as error:
        yield Skipped(source, None, Messages.E003.fill(detail=error.strerror), "E003")
        return
    limit = get_int("ingest", "max_record_bytes")
    if format is Format.WARC:
        yield from read_warc(path, source=source)
    elif format is Format.JSONL:
        with path.open("rb") as stream:
            yield from read_jsonl(bounded_lines(stream, limit=limit), source=source)
    elif (size := path.stat().st_size) > limit:
        # Refused unread: a whole-file record this large would take minutes and gigabytes.
        yield too_large(source, None, size=size, limit=limit)
    else:
        yield from _read_whole(path.read_bytes(), source=source, format=format)


def read_bytes(data: bytes, *, source: str) -> Iterator[Document | Skipped]:
    """Records of an in-memory file (an upload); WARCs must come from disk."""
    try:
        format = sniff(data[: get_int("ingest", "sniff_bytes")], source=source)
    except InputError as error:
        yield Skipped(source, error.record, error.reason, error.code)
        return
    if format is Format.WARC:
        yield Skipped(
            source, None, Messages.E011.fill(detail="WARC upload; ingest the file"), "E011"
        )
    elif format is Format.JSONL:
        yield from read_jsonl(data.splitlines(), source=source)
    elif len(data) > (limit := get_int("ingest", "max_record_bytes")):
        yield too_large(source, None, size=len(data), limit=limit)
    else:
        yield from _read_whole(data, source=source, format=format)


def _read_whole(data: bytes, *, source: str, format: Format) -> Iterator[Document | Skipped]:
    if format is Format.FEED:
        yield from read_feed(data, source=source)
    else:
        yield from read_page(data, source=source, format=format)
