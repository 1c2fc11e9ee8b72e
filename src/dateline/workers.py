"""Batches of records through a pool of worker processes, results back in input order.

Each worker is a long-lived process that loads models and indexes once, on first use, and
then takes batch after batch; the parent keeps the order and does every write. At most
``2 × workers`` batches are in flight, so a large input is never read ahead into memory.

Workers come from a fork server that has imported the pipeline and loaded its models once:
starting one costs neither a fresh interpreter's imports and model loading (the weights are
shared with the fork server until written) nor a fork of a parent holding threads (a
database connection, a progress bar). A worker that dies (out of memory, a crash in native code)
breaks the pool; its batches are then retried one record at a time on a fresh pool, and
only a record that kills a worker again is given up, through ``lost``.

As with any process pool, a script that runs this must guard its top level with
``if __name__ == "__main__":`` (workers import the main module).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TypeVar

from dateline.errors import WorkerError

T = TypeVar("T")
R = TypeVar("R")

# Imported by the fork server before it forks any worker: the pipeline, warmed up.
PRELOAD = ["dateline.preload"]
# Records in a row that each kill a fresh worker: past this, the workers cannot run at
# all (memory, a script without a ``__main__`` guard) and the run stops.
MAX_LOSSES_IN_A_ROW = 3


def context() -> BaseContext:
    """The start method for workers (tests may swap in ``fork`` to share a patched stage)."""
    forkserver = multiprocessing.get_context("forkserver")
    forkserver.set_forkserver_preload(PRELOAD)
    return forkserver


def ordered_map(
    function: Callable[[list[T]], list[R]],
    batches: Iterable[list[T]],
    *,
    workers: int,
    lost: Callable[[T, str], R],
) -> Iterator[R]:
    """``function`` over each batch in ``workers`` processes; results flattened, in order.

    ``function`` must be importable by name (a module-level function) and return one result
    per item. ``lost(item, reason)`` stands for an item whose processing kills a worker.
    """
    pool = _Pool(workers)
    pending: deque[tuple[list[T], Future[list[R]], ProcessPoolExecutor]] = deque()
    try:
        for batch in batches:
            pending.append((batch, *pool.submit(function, batch)))
            if len(pending) >= 2 * workers:
                yield from _collect(function, *pending.popleft(), pool=pool, lost=lost)
        while pending:
            yield from _collect(function, *pending.popleft(), pool=pool, lost=lost)
    finally:
        pool.shutdown()


class _Pool:
    """A process pool that is replaced by a fresh one when a worker dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.losses = 0  # records in a row that stopped a worker when run alone
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=context())

    def submit(
        self, function: Callable[[list[T]], list[R]], batch: list[T]
    ) -> tuple[Future[list[R]], ProcessPoolExecutor]:
        """The future and the executor it runs on (to tell, if it breaks, which one broke)."""
        try:
            return self.executor.submit(function, batch), self.executor
        except BrokenProcessPool:
            self.replace(self.executor)
            return self.executor.submit(function, batch), self.executor

    def replace(self, broken: ProcessPoolExecutor) -> None:
        """Start a fresh executor, unless ``broken`` was already replaced."""
        if broken is self.executor:
            broken.shutdown(wait=True, cancel_futures=True)
            self.executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context())

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _collect(
    function: Callable[[list[T]], list[R]],
    batch: list[T],
    future: Future[list[R]],
    executor: ProcessPoolExecutor,
    *,
    pool: _Pool,
    lost: Callable[[T, str], R],
) -> list[R]:
    """The batch's results; when its worker died, the batch again one item at a time, so
    that only the item that kills a worker is given up."""
    try:
        return future.result()
    except BrokenProcessPool as error:
        pool.replace(executor)
        reason = str(error)
    results: list[R] = []
    for item in batch:
        retry, executor = pool.submit(function, [item])
        try:
            results.extend(retry.result())
            pool.losses = 0
        except BrokenProcessPool:
            pool.replace(executor)
            pool.losses += 1
            if pool.losses >= MAX_LOSSES_IN_A_ROW:
                raise WorkerError(
                    detail=f"{pool.losses} records in a row each stopped a fresh worker "
                    f"({reason}); out of memory? try fewer workers"
                ) from None
            results.append(lost(item, f"while processing this record alone ({reason})"))
    return results
