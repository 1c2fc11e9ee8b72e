"""One exception tree, rooted at ``DatelineError``; every error names its record and reason.

Message texts live in ``Messages`` with stable codes, so logs and skip reports can be
grepped and tests can assert on the code rather than on wording.
"""

from __future__ import annotations

from enum import Enum
from typing import Any


class Messages(Enum):
    """Stable codes and message templates, filled with ``.fill(...)``."""

    E001 = "file is empty"
    E002 = "binary content ({detail}), not a text, HTML, feed, JSON Lines or WARC file"
    E003 = "cannot decode bytes as text: {detail}"
    E004 = "no such file or directory"
    E005 = "line {line} is not valid JSON: {detail}"
    E006 = "line {line} is a JSON {kind}, expected an object with 'text' or 'html'"
    E007 = "record has neither 'text' nor 'html'"
    E008 = "malformed feed: {detail}"
    E009 = "WARC file is truncated or corrupt after {count} records: {detail}"
    E010 = "no article text found in the page"
    E011 = "not an article ({detail})"
    E012 = "expected one record but the file holds {count}; use --jsonl"
    E013 = "field '{field}' must be a string, got {kind}"
    E014 = "cannot open the database {path}: {detail}"
    E015 = "database {path} has schema version {found}, newer than this dateline ({supported})"
    E016 = "WARC record is cut short: {missing} bytes missing"
    E017 = "actor dictionary {file}, line {line}: {detail}"
    E018 = "too large to be one article: {size}, over the limit of {limit} ({setting})"
    E019 = "WARC record {number} (byte {offset}) has a corrupt header: {detail}"
    E020 = "cannot write the export to {path}: {detail}"
    E021 = "setting [merge] {key} = {value!r} cannot be used: {detail}"
    E022 = "cannot merge the events of article {record}: {detail}"
    E023 = "database {path} is locked by another process (an ingest writing it?); retry later"
    E024 = "request body of {size} is over the limit of {limit} ({setting})"
    E025 = "invalid {parameter}: {detail}"
    E026 = "cannot use the Dask scheduler at {address}: {detail}"
    E027 = "run manifest {path} cannot be used: {detail}"
    E028 = "shard {shard} failed: {detail}"
    E029 = "internal error in stage {stage}: {detail}"
    E030 = "worker process stopped: {detail}"
    E031 = "cannot be stored in the database: {detail}"

    def fill(self, **details: object) -> str:
        return f"[{self.name}] {self.value.format(**details)}"


# Codes of skipped records that are expected in a batch (an image in a crawl), not failures.
NOT_ERRORS = frozenset({"E011"})


class DatelineError(Exception):
    """Base of all errors the pipeline raises on purpose."""

    def __init__(self, message: Messages, /, **details: object) -> None:
        self.code = message.name
        self.reason = message.fill(**details)
        self.details = details
        super().__init__(self.reason)

    def __reduce__(self) -> tuple[Any, ...]:
        """Crossing a process boundary keeps the error whole: a worker's crashed record must
        reach the batch report, not hang the pool on an error it cannot rebuild."""
        return (_rebuilt, (type(self), self.args, self.__dict__.copy()))


def _rebuilt(kind: type[DatelineError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(DatelineError):
    """An input file or record cannot be read; carries the source and record id."""

    def __init__(
        self, message: Messages, /, *, source: str, record: str | None = None, **details: object
    ) -> None:
        self.source = source
        self.record = record
        super().__init__(message, **details)

    def __str__(self) -> str:
        where = f"{self.source}#{self.record}" if self.record else self.source
        return f"{where}: {self.reason}"


class ExtractionError(InputError):
    """A record was read but holds no usable article."""


class InternalError(InputError):
    """A stage failed on a record in a way it should not (a bug, not bad input); carries the
    stage, so that one record's crash is reported with the batch instead of stopping it."""

    def __init__(self, *, source: str, record: str | None, stage: str, detail: str) -> None:
        self.stage = stage
        super().__init__(Messages.E029, source=source, record=record, stage=stage, detail=detail)


class WorkerError(DatelineError):
    """Worker processes keep dying whatever they are given (out of memory, a broken
    install): the run stops rather than skip every record in turn."""

    def __init__(self, *, detail: str) -> None:
        super().__init__(Messages.E030, detail=detail)


class StoreError(DatelineError):
    """The database cannot be opened or written."""


class MergeError(DatelineError):
    """Corroboration cannot go on: a ``[merge]`` setting is unusable (``key``), or the
    stored events of an article (``record``, its content hash) cannot be merged."""

    def __init__(
        self, message: Messages, /, *, key: str | None = None, record: str | None = None,
        **details: object,
    ) -> None:  # fmt: skip
        self.key = key
        self.record = record
        super().__init__(message, key=key, record=record, **details)


class ExportError(DatelineError):
    """An export cannot be written; carries the path it was going to."""

    def __init__(self, message: Messages, /, *, path: str, **details: object) -> None:
        self.path = path
        super().__init__(message, path=path, **details)


class ScaleError(DatelineError):
    """A distributed or sharded run cannot go on; ``where`` names the shard, manifest or
    scheduler concerned."""

    def __init__(self, message: Messages, /, *, where: str, **details: object) -> None:
        self.where = where
        super().__init__(message, **details)


class RequestError(DatelineError):
    """An HTTP API request cannot be served as sent; ``parameter`` names the part at fault
    (a query parameter, ``body``) and ``status`` the HTTP status it earns."""

    def __init__(
        self, message: Messages, /, *, parameter: str, status: int, **details: object
    ) -> None:
        self.parameter = parameter
        self.status = status
        super().__init__(message, parameter=parameter, **details)
