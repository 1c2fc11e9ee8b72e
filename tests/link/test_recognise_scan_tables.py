"""The scans for place names work from tables made once per text (the words and what a
name is made of, the spans already taken, the country cues found); each must answer what
the plain reading of the text answers."""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.data import read_tsv
from dateline.link.places.names import fold
from dateline.link.places.recognise import (
    _WORD,
    _country_cue_patterns,
    _name_word,
    _Taken,
    _words_of,
    country_cues,
)

# Capitalised names, particles, lower-case words, elisions and odd gaps between them.
_PIECES = st.sampled_from(
    ["Deir", "ez-Zor", "al", "Bab", "el-Hawa", "Homs", "ville", "d'Alep", "l'Irak",
     "Mali's", "SANA", "de", "la", "Ras", "al-Aïn", "Kharkiv", "Oblast", "n'Djamena"]
)  # fmt: skip
_GAPS = st.sampled_from([" ", " ", " ", "  ", ", ", "\n", " (", ") ", "-", " – "])


def _name_chunk(text: str, chunk: list[re.Match[str]]) -> bool:
    """The test as first written, over the words themselves."""
    for previous, word in itertools.pairwise(chunk):
        if text[previous.end() : word.start()] != " ":
            return False
    inner = [w.group(1) for w in chunk]
    if not any(char.isupper() for char in inner[-1]):
        return False
    return all(_name_word(word) for word in inner)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GAPS), min_size=1, max_size=10))
def test_recognise_word_table_reads_names_as_the_words_do(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    words = list(_WORD.finditer(text))
    table = _words_of(text)
    assert [m.span() for m in table.matches] == [m.span() for m in words]
    for index in range(len(words)):
        for size in range(1, min(5, len(words) - index) + 1):
            expected = _name_chunk(text, words[index : index + size])
            assert table.name_chunk(index, size) == expected


_SPANS = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(spans=_SPANS, added=_SPANS, start=st.integers(0, 48), size=st.integers(1, 10))
def test_recognise_taken_spans_answer_as_the_span_list_does(
    spans: list[tuple[int, int]], added: list[tuple[int, int]], start: int, size: int
) -> None:
    """Empty spans included: one strictly inside a candidate overlaps it."""
    taken = _Taken(50, spans)
    for span in added:
        taken.add(*span)
    every = spans + added
    end = start + size
    assert taken.holds(start) == any(s <= start < e for s, e in every)
    assert taken.overlaps(start, end) == any(s < end and start < e for s, e in every)


_CUES = [row["cue"] for row in read_tsv("places/country_cues")]


def _every_pattern(text: str) -> list[str]:
    """Country cues with every pattern run, none ruled out by its longest word first."""
    folded = fold(text)
    return [
        iso2
        for pattern, iso2, as_written, _ in _country_cue_patterns()
        if pattern.search(text if as_written else folded)
    ]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_CUES),
            st.sampled_from(_CUES).map(str.upper),
            st.sampled_from(_CUES).map(str.lower),
            st.sampled_from([" ", ", les ", " des ", "-", "é", " al ", "s"]),
        ),
        min_size=1,
        max_size=8,
    ).map("".join)
)
def test_recognise_country_cues_finds_what_every_pattern_finds(text: str) -> None:
    assert country_cues(text) == _every_pattern(text)
    assert country_cues(text) == _every_pattern(text)  # kept, and a fresh list each time
