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
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

# Slack for float rounding in the bounds: they may keep a key too many, never one too few.
_EPSILON = 1e-6


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

    def could_match(self, key: str, cutoff: float) -> tuple[list[str], list[int]]:
        """Keys (with their entries) that may reach ``fuzz.ratio ≥ cutoff`` against ``key``:
        a superset of those that do, in this table's order."""
        share = cutoff / 100
        shortest = math.floor(len(key) * share / (2 - share))
        longest = math.ceil(len(key) * (2 - share) / share)
        start, end = (int(i) for i in np.searchsorted(self.lengths, (shortest, longest + 1)))
        if start >= end:
            return [], []
        shared = self._shared_bigrams(key, start, end)
        needed = (1.5 * share - 1) * (len(key) + self.lengths[start:end]) - 1 - _EPSILON
        kept = (start + np.nonzero(shared >= needed)[0]).tolist()
        return [self.keys[i] for i in kept], [self.entries[i] for i in kept]

    def _shared_bigrams(self, key: str, start: int, end: int) -> np.ndarray:
        """For each key in ``[start, end)``: bigram occurrences it shares with ``key``."""
        shared = np.zeros(end - start, dtype=np.float64)
        for bigram, wanted in _bigrams(key).items():
            found = self.bigrams.get(bigram)
            if found is None:
                continue
            positions, counts = found
            low, high = np.searchsorted(positions, (start, end))
            if low == high:
                continue
            window = positions[low:high] - start
            weights = np.minimum(counts[low:high], wanted).astype(np.float64)
            shared += np.bincount(window, weights=weights, minlength=end - start)
        return shared


def _bigrams(text: str) -> Counter[str]:
    return Counter(text[i : i + 2] for i in range(len(text) - 1))
