"""Near-duplicate articles: the same report reprinted under another headline or boilerplate.

A syndicated copy is one more place a report appeared, not one more witness, so it must
not count as another source. Articles are compared by MinHash signatures of their word
shingles (datasketch) and found through a locality-sensitive hash index; the signatures
are plain integers, so the store can keep them and rebuild the index in a new process.

Two articles are near-duplicates when most of the shorter one's shingles are in the
other (containment, estimated from the MinHash Jaccard and the two shingle counts): a
reprint wrapped in a "read also" line and a copyright footer stays a reprint even when
the wrapping is a third of a short brief, which plain Jaccard would not see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from datasketch import LeanMinHash, MinHash, MinHashLSH

from dateline.merge.config import merge_values, number

__all__ = [
    "DuplicateIndex",
    "DuplicateSettings",
    "Signature",
    "count_distinct",
    "duplicate_settings",
    "shingles",
    "signature",
]

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DuplicateSettings:
    """The [merge] thresholds for near-duplicates."""

    shingle_words: int
    num_perm: int
    seed: int
    threshold: float
    lsh_threshold: float

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> DuplicateSettings:
        """The settings from raw ``[merge]`` values; an unusable one raises E021."""

        def whole(key: str, minimum: int) -> int:
            return int(number(values, key, minimum=minimum, integer=True))

        def share(key: str) -> float:
            return number(values, key, minimum=0, maximum=1, above_minimum=True)

        return cls(
            shingle_words=whole("shingle_words", 1),
            num_perm=whole("num_perm", 16),
            seed=whole("seed", 0),
            threshold=share("duplicate_threshold"),
            lsh_threshold=share("lsh_threshold"),
        )


_KEYS = ("shingle_words", "num_perm", "seed", "duplicate_threshold", "lsh_threshold")


@cache
def duplicate_settings() -> DuplicateSettings:
    """The near-duplicate settings of ``settings.cfg``."""
    return DuplicateSettings.from_values(merge_values(_KEYS))


@dataclass(frozen=True, slots=True)
class Signature:
    """The MinHash values of one article's text and its number of distinct shingles, as
    stored, with the seed and datasketch hashing scheme that made them (values of another
    seed or scheme do not compare)."""

    values: tuple[int, ...]
    shingles: int
    seed: int
    scheme: str
    shingle_words: int

    def made_with(self, settings: DuplicateSettings) -> bool:
        """Whether the signature compares with those made under ``settings`` now."""
        return (
            len(self.values) == settings.num_perm
            and self.seed == settings.seed
            and self.shingle_words == settings.shingle_words
            and self.scheme == _scheme(settings.num_perm, settings.seed)
        )

    def minhash(self) -> LeanMinHash:
        return LeanMinHash(seed=self.seed, hashvalues=list(self.values), scheme=self.scheme)

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two texts' shingle sets."""
        return float(self.minhash().jaccard(other.minhash()))

    def overlap(self, other: Signature) -> float:
        """Estimated share of the smaller text's shingles found in the other (0-1)."""
        jaccard = self.jaccard(other)
        smaller = min(self.shingles, other.shingles)
        if smaller == 0:
            return 0.0
        shared = jaccard * (self.shingles + other.shingles) / (1 + jaccard)
        return min(1.0, shared / smaller)


def shingles(text: str, *, size: int) -> set[str]:
    """Word ``size``-grams of ``text``, case- and punctuation-blind; a text shorter than
    ``size`` words is one shingle, so two identical short texts still match."""
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, *, settings: DuplicateSettings | None = None) -> Signature:
    """The MinHash signature of a cleaned article text."""
    settings = settings or duplicate_settings()
    found = shingles(text, size=settings.shingle_words)
    minhash = MinHash(num_perm=settings.num_perm, seed=settings.seed)
    minhash.update_batch(shingle.encode("utf-8") for shingle in sorted(found))
    values = tuple(int(value) for value in minhash.hashvalues)
    return Signature(values, len(found), settings.seed, str(minhash.scheme), settings.shingle_words)


@cache
def _scheme(num_perm: int, seed: int) -> str:
    """The hashing scheme datasketch uses today for new signatures."""
    return str(MinHash(num_perm=num_perm, seed=seed).scheme)


class DuplicateIndex:
    """An LSH index over the signatures of stored articles, keyed by content hash.

    LSH proposes candidates at a low Jaccard (a reprint with added boilerplate can be far
    from its original in Jaccard terms); each is then checked on its overlap, which is
    symmetric, so which of two copies was stored first does not decide whether they are
    linked.
    """

    def __init__(self, *, settings: DuplicateSettings | None = None) -> None:
        self.settings = settings or duplicate_settings()
        bands = _bands(self.settings.lsh_threshold, self.settings.num_perm)
        self._lsh = MinHashLSH(
            threshold=self.settings.lsh_threshold, num_perm=self.settings.num_perm, params=bands
        )
        self._signatures: dict[str, Signature] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: object) -> bool:
        return key in self._signatures

    def add(self, key: str, signature: Signature) -> None:
        """Index one article; adding a key twice keeps the first."""
        if key in self._signatures:
            return
        self._lsh.insert(key, signature.minhash())
        self._signatures[key] = signature

    def matches(self, signature: Signature) -> list[tuple[str, float]]:
        """Indexed articles overlapping at least ``threshold``, most overlapping first."""
        found = []
        for key in self._lsh.query(signature.minhash()):
            overlap = signature.overlap(self._signatures[key])
            if overlap >= self.settings.threshold:
                found.append((str(key), round(overlap, 4)))
        return sorted(found, key=lambda match: (-match[1], match[0]))


@cache
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """LSH bands and rows for the threshold; datasketch integrates for them (~10 ms)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(lsh.b), int(lsh.r)


def count_distinct(keys: Sequence[str], links: Iterable[tuple[str, str]]) -> int:
    """How many distinct reports ``keys`` hold once near-duplicate ``links`` are joined.

    Counted as connected groups, so the count does not depend on which copy was seen
    first, and a chain of reprints (A ≈ B ≈ C) is one report.
    """
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for first, second in links:
        if first in parent and second in parent:
            parent[root(first)] = root(second)
    return len({root(key) for key in keys})
