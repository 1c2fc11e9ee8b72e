"""Paragraphs of the cleaned body, with the character offsets every later stage relies on."""

from __future__ import annotations

import re

from dateline.clean.mojibake import normalise_spaces
from dateline.records import Span

PARAGRAPH_BREAK = "\n\n"
_ENDS_SENTENCE = re.compile(r"[.!?…:;»\"”')\]]$")


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Group lines into paragraphs.

    A blank line always ends a paragraph. A line break inside a block ends one too, unless
    the text is hard-wrapped (lines of even width, as in e-mail and wire copy) or the line
    stops mid-sentence and the next starts in lower case.
    """
    normalised = [normalise_spaces(line) for line in lines]
    wrapped = is_hard_wrapped(normalised)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in normalised:
        if not line:
            _flush(current, paragraphs)
            continue
        if current and not (wrapped or _continues(current[-1], line)):
            _flush(current, paragraphs)
        current.append(line)
    _flush(current, paragraphs)
    return paragraphs


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when blocks of several lines break at a near-constant width below 100 columns."""
    inner: list[tuple[str, str]] = []  # each line inside a block, with the line after it
    for line, after in zip(lines, [*lines[1:], ""], strict=False):
        if line and after:
            inner.append((line, after))
    if len(inner) < 3:
        return False
    width = max(len(line) for line, _ in inner)
    if width > 100:
        return False
    even = sum(1 for line, _ in inner if len(line) >= 0.6 * width)
    # Wrapping breaks lines mid-sentence; one sentence per line is not wrapping, nor are
    # page lines (a dateline, a headline) that each start with a capital.
    mid_sentence = sum(1 for line, _ in inner if not _ENDS_SENTENCE.search(line))
    carried_on = sum(1 for _, after in inner if after[0].islower())
    return (
        even / len(inner) >= 0.8
        and mid_sentence / len(inner) >= 0.5
        and carried_on / len(inner) >= _CARRIED_ON
    )


# Share of wrapped lines whose next line goes on in lower case: wire copy wraps anywhere, so
# about half of its lines do; page lines almost never do.
_CARRIED_ON = 0.25


def _continues(previous: str, line: str) -> bool:
    return not _ENDS_SENTENCE.search(previous) and (line[0].islower() or line[0] in ",;)")


def _flush(current: list[str], paragraphs: list[str]) -> None:
    if current:
        paragraphs.append(" ".join(current))
        current.clear()


def join_paragraphs(paragraphs: list[str]) -> tuple[str, tuple[Span, ...]]:
    """The body text and each paragraph's span in it."""
    spans = []
    offset = 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + len(PARAGRAPH_BREAK)
    return PARAGRAPH_BREAK.join(paragraphs), tuple(spans)
