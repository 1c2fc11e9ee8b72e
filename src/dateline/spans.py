"""Choosing among overlapping mentions, shared by every linker."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar


class HasSpan(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=HasSpan)


def longest_first(items: Iterable[T], *, tie: Callable[[T], int] = lambda _: 0) -> list[T]:
    """Of overlapping spans keep the longest (``tie`` orders equal lengths, lower first),
    and return the kept ones in text order."""
    ranked = sorted(items, key=lambda item: (-(item.end - item.start), tie(item), item.start))
    kept: list[T] = []
    for item in ranked:
        if all(item.end <= other.start or other.end <= item.start for other in kept):
            kept.append(item)
    return sorted(kept, key=lambda item: item.start)
