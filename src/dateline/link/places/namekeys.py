"""One country's name keys, indexed so that fuzzy matching scores only keys that can match.

Fuzzy matching (``fuzz.ratio`` ≥ a cutoff, for typos and damaged spellings) compares a
mention with every name of the places in the article's countries: tens of thousands of
keys per call. Two necessary conditions rule out almost all of them before any scoring,
without changing what matches (rapidfuzz still decides):

- length: ``ratio = 200 · LCS / (a + b) ≤ 200 · min(a, b) / (a + b)``, so the lengths may
  differ by a factor of at most ``(2 - f) / f`` for a cutoff ``f`` (1.5 at 80 %);
- shared bigrams: keep, along a longest common subsequence of ``M`` characters, the pairs
  of characters adjacent in both strings; at most ``(a - M) + (b - M)`` of the ``M - 1``
  pairs are broken by a gap, so the strings share at least ``3M - a - b - 1`` bigram
  occurrences, and ``M ≥ f (a + b) / 2`` makes that ``(1.5 f - 1)(a + b) - 1``.

On the benchmark corpus about 1 % of the keys in the length window pass the bigram test.
Building a country's table folds all its names (~0.1 s for France, 0.6 s for the US), so
tables are saved beside the gazetteer index and loaded by later processes.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# Bumped when the saved format or the keys change, so that old tables are not read.
NAMEKEYS_VERSION = 1
# Slack for float rounding in the bounds: they may keep a key too many, never one too few.
_EPSILON = 1e-6
# Between keys (and bigrams) in a saved table; name keys hold only letters, digits, spaces.
_SEPARATOR = "\x1f"


@dataclass(frozen=True, slots=True)
class NameKeys:
    """Distinct name keys, each with the first entry that bears it, ordered by length, and
    an inverted index from each bigram to the keys holding it (positions and counts)."""

    keys: tuple[str, ...]
    entries: tuple[int, ...]
    lengths: np.ndarray
    bigrams: dict[str, tuple[np.ndarray, np.ndarray]]

    @classmethod
    def build(cls, named: Iterable[tuple[str, int]]) -> NameKeys:
        """From ``(key, entry)`` pairs in entry order; a key keeps its first entry."""
        first: dict[str, int] = {}
        for key, entry in named:
            first.setdefault(key, entry)
        ordered = sorted(first.items(), key=lambda item: (len(item[0]), item[1]))
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for position, (key, _) in enumerate(ordered):
            for bigram, count in _bigrams(key).items():
                positions, counts = postings.setdefault(bigram, ([], []))
                positions.append(position)
                counts.append(count)
        return cls(
            keys=tuple(key for key, _ in ordered),
            entries=tuple(entry for _, entry in ordered),
            lengths=np.array([len(key) for key, _ in ordered], dtype=np.int32),
            bigrams={
                bigram: (np.array(positions, dtype=np.int32), np.array(counts, dtype=np.uint8))
                for bigram, (positions, counts) in postings.items()
            },
        )

    def save(self, path: Path) -> None:
        """Write the table to ``path`` (written aside, then renamed: workers building the
        same country at once never read a half-written file)."""
        names = list(self.bigrams)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        with partial.open("wb") as stream:
            np.savez(
                stream,
                keys=_blob(self.keys),
                entries=np.array(self.entries, dtype=np.int64),
                lengths=self.lengths,
                bigrams=_blob(names),
                offsets=np.cumsum([0, *(len(self.bigrams[name][0]) for name in names)]),
                positions=_joined([self.bigrams[name][0] for name in names], np.int32),
                counts=_joined([self.bigrams[name][1] for name in names], np.uint8),
            )
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> NameKeys:
        """A table written by ``save``."""
        with np.load(path) as data:
            arrays = {name: data[name] for name in data.files}
        offsets, positions, counts = arrays["offsets"], arrays["positions"], arrays["counts"]
        keys = _split(arrays["keys"], len(arrays["entries"]))
        names = _split(arrays["bigrams"], len(offsets) - 1)
        return cls(
            keys=keys,
            entries=tuple(int(entry) for entry in arrays["entries"]),
            lengths=arrays["lengths"],
            bigrams={
                name: (positions[start:end], counts[start:end])
                for name, start, end in zip(names, offsets[:-1], offsets[1:], strict=True)
            },
        )

    def could_match(self, key: str, cutoff: float) -> tuple[list[str], list[int]]:
        """Keys (with their entries) that may reach ``fuzz.ratio ≥ cutoff`` against ``key``:
        a superset of those that do, in this table's order."""
        share = cutoff / 100
        shortest = math.floor(len(key) * share / (2 - share))
        longest = math.ceil(len(key) * (2 - share) / share)
        start, end = (int(i) for i in np.searchsorted(self.lengths, (shortest, longest + 1)))
        if start >= end:
            return [], []
        factor = 1.5 * share - 1
        # Keys are ordered by length: when even the shortest needs a shared bigram, only
        # the keys sharing one are worth a look (a few hundred of tens of thousands).
        sparse = factor * (len(key) + int(self.lengths[start])) - 1 - _EPSILON > 0
        positions, shared = self._shared_bigrams(key, start, end, sparse=sparse)
        needed = factor * (len(key) + self.lengths[positions]) - 1 - _EPSILON
        kept = positions[shared >= needed].tolist()
        return [self.keys[i] for i in kept], [self.entries[i] for i in kept]

    def _shared_bigrams(
        self, key: str, start: int, end: int, *, sparse: bool
    ) -> tuple[np.ndarray, np.ndarray]:
        """Positions of keys in ``[start, end)`` and the bigram occurrences each shares with
        ``key``: every position, or (``sparse``) only those sharing at least one.

        One ``bincount`` over the postings of all the key's bigrams, not one per bigram.
        The counts are small whole numbers, so the sums are exact in any order.
        """
        windows: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for bigram, wanted in _bigrams(key).items():
            found = self.bigrams.get(bigram)
            if found is None:
                continue
            positions, counts = found
            low, high = np.searchsorted(positions, (start, end))
            if low == high:
                continue
            windows.append(positions[low:high])
            weights.append(np.minimum(counts[low:high], wanted))
        if windows:
            shared = np.bincount(
                np.concatenate(windows) - start,
                weights=np.concatenate(weights).astype(np.float64),
                minlength=end - start,
            )
        else:
            shared = np.zeros(end - start, dtype=np.float64)
        if not sparse:
            return np.arange(start, end), shared
        sharing = np.flatnonzero(shared)
        return start + sharing, shared[sharing]


def _joined(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    return np.concatenate(parts).astype(dtype) if parts else np.empty(0, dtype=dtype)


def _blob(texts: Iterable[str]) -> np.ndarray:
    return np.frombuffer(_SEPARATOR.join(texts).encode("utf-8"), dtype=np.uint8)


def _split(blob: np.ndarray, count: int) -> tuple[str, ...]:
    """The ``count`` texts of a blob (an empty blob is no text, or one empty text)."""
    return tuple(blob.tobytes().decode("utf-8").split(_SEPARATOR)) if count else ()


def _bigrams(text: str) -> Counter[str]:
    return Counter(text[i : i + 2] for i in range(len(text) - 1))
