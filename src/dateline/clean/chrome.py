"""Page furniture around the article: timestamp lines, repeated headlines, source footers.

Each function takes the page's lines and returns what it recognised plus the lines that
remain, so ``clean`` can apply them in order and keep a record of what was removed.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from dateline.clean.timestamps import Timestamp, find_timestamp
from dateline.data import read_tsv
from dateline.records import ChromeLine
from dateline.settings import get_float, get_int

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Words that may accompany a timestamp in chrome without making it prose.
_FILLER = {"timing", "time", "heure", "le", "à", "at", "on", "the", "h", "gmt", "utc", "am", "pm"}


@dataclass(frozen=True, slots=True)
class ChromeTime:
    """A timestamp line and what its label says it is (published, updated or just shown)."""

    timestamp: Timestamp
    kind: str
    line: str


@dataclass(slots=True)
class Footer:
    sources: list[str] = field(default_factory=list)
    removed: list[ChromeLine] = field(default_factory=list)


@cache
def _labels(kind: str) -> tuple[str, ...]:
    labels = (row["label"] for row in read_tsv("chrome/labels") if row["kind"] == kind)
    return tuple(sorted(labels, key=len, reverse=True))


def normalise_line(line: str) -> str:
    """Case-, accent- and punctuation-blind form of a line, for comparing headlines."""
    decomposed = unicodedata.normalize("NFKD", line.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_WORD.findall(stripped))


def _label_kind(text: str) -> str | None:
    lowered = text.casefold().strip(" :|-–—")
    for kind in ("updated", "published"):
        if any(lowered.startswith(label) or lowered.endswith(label) for label in _labels(kind)):
            return kind
    return None


def chrome_time(line: str) -> ChromeTime | None:
    """The line's timestamp when the line is nothing but a timestamp and its labels."""
    if len(line) > get_int("clean", "max_chrome_line"):
        return None
    found = find_timestamp(line)
    if found is None:
        return None
    before, after = line[: found.start], line[found.end :]
    kind = _label_kind(before) or _label_kind(after) or "shown"
    leftover = [w for w in _WORD.findall(f"{before} {after}".casefold()) if w not in _FILLER]
    label_words = (
        {w for label in _labels(kind) for w in _WORD.findall(label)} if kind != "shown" else set()
    )
    if len([w for w in leftover if w not in label_words]) > 2:
        return None
    return ChromeTime(found, kind, line)


def is_repeat(line: str, headline: str) -> bool:
    """True when ``line`` repeats ``headline`` up to case, accents, spacing and small edits."""
    a, b = normalise_line(line), normalise_line(headline)
    if not a or not b:
        return False
    if a == b:
        return True
    ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    return ratio >= get_float("clean", "headline_repeat_ratio")


def looks_like_headline(line: str) -> bool:
    """A short line without a sentence's final period: a title, not a paragraph."""
    stripped = line.strip()
    if not stripped or len(stripped) > get_int("clean", "max_headline_line"):
        return False
    return not stripped.endswith((".", ";", ",")) and len(_WORD.findall(stripped)) >= 2


def split_footer(lines: list[str]) -> tuple[list[str], Footer]:
    """Remove a trailing "Sources: A, B" line, the chrome after it and trailing chrome lines."""
    footer = Footer()
    end = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].strip():
            continue
        sources = parse_sources_line(lines[index])
        if sources is not None:
            footer.sources = sources
            footer.removed.append(ChromeLine(lines[index].strip(), "sources footer"))
            after = (line.strip() for line in lines[index + 1 : end] if line.strip())
            footer.removed.extend(ChromeLine(line, "after sources footer") for line in after)
            end = index
            break
        if not _is_trailing_chrome(lines[index]):
            break
    remaining = lines[:end]
    # Trailing chrome may also stand without a sources footer ("Share", "Tags: ...").
    trailing: list[ChromeLine] = []
    while remaining and (not remaining[-1].strip() or _is_trailing_chrome(remaining[-1])):
        line = remaining.pop().strip()
        if line:
            trailing.insert(0, ChromeLine(line, "trailing chrome"))
    footer.removed[:0] = trailing
    return remaining, footer


def _is_trailing_chrome(line: str) -> bool:
    stripped = line.strip().casefold()
    if not stripped or len(stripped) > 80:
        return False
    # A closing sentence ("Photos publiées par l'armée montrent un char détruit.") is body.
    if stripped.endswith((".", "!", "?", "»", '"')) and len(stripped.split()) > 3:
        return False
    return any(
        stripped == label
        or stripped.startswith((f"{label} ", f"{label}:", f"{label}-", f"{label} -"))
        for label in _labels("trailing")
    )


_SOURCES_SPLIT = re.compile(r"\s*(?:[,;/|]|\bet\b|\band\b|&)\s*", re.IGNORECASE)


def parse_sources_line(line: str) -> list[str] | None:
    """Names listed in a "Sources: AFP, Sputnik" or "(avec AFP et Reuters)" line, else None."""
    bracketed = re.fullmatch(r"\s*[(\[](.*)[)\]]\s*", line)
    stripped = (bracketed.group(1) if bracketed else line).strip()
    if len(stripped) > get_int("clean", "max_chrome_line"):
        return None
    lowered = stripped.casefold()
    # "Sources: A, B" needs its colon; "(avec AFP et Reuters)" needs its brackets.
    kinds = ("sources", "sources_bracketed") if bracketed else ("sources",)
    for label in (label for kind in kinds for label in _labels(kind)):
        rest = stripped[len(label) :]
        if not lowered.startswith(label):
            continue
        separator = re.match(r"\s*[:：-]\s*" if not bracketed else r"\s*[:：-]?\s*", rest)
        if separator is None or (not bracketed and not separator.group().strip()):
            continue
        names = _names(rest[separator.end() :])
        if names and all(len(name.split()) <= 5 for name in names):
            return names
    return _agency_signature(stripped) if bracketed else None


def _names(listed: str) -> list[str]:
    return [name for name in (part.strip(" .") for part in _SOURCES_SPLIT.split(listed)) if name]


def _agency_signature(inside: str) -> list[str] | None:
    """A last line "(AFP)" or "(AFP/Reuters)": up to three capitalised one-word names."""
    names = _names(inside)
    trailing = set(_labels("trailing"))
    if not names or len(names) > 3:
        return None
    if all(
        len(name.split()) == 1 and name[0].isupper() and name.casefold() not in trailing
        for name in names
    ):
        return names
    return None
