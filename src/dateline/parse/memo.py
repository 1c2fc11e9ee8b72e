"""Memoised stand-ins for spaCy's attribute ruler and rule lemmatizer: same output, less work.

Both stock components compute a deterministic function of a few token attributes, but pay
for it on every token of every text: the ruler runs a Matcher of up to 179 patterns and
builds a ``Span`` per match (7.5 ms per English article), the lemmatizer calls Python
methods per token (3-6 ms). Here each is worked out once per distinct input and read back
from a table afterwards. The stock components stay loaded (disabled) and still define the
behaviour: the ruler's own patterns and attribute values are read, and a lemma missing from
the table is asked of the stock lemmatizer itself.

- The ruler: a token pattern tests only ``LOWER``, ``TAG``, ``DEP``, ``POS`` or ``IS_SPACE``
  (exact values, ``IN``, ``NOT_IN``, ``REGEX``), so which single-token patterns a token
  matches depends on those five values only; multi-token patterns (8 in English, "gon
  na") are checked over neighbours from the same per-token answers. Matches are applied
  as spaCy applies them: by pattern order, a later pattern overriding an earlier one, with
  spaCy's own ``set_token_attrs``. A ruler whose patterns use anything else (another
  attribute, an operator such as ``OP``) is not replaced (``replaceable``).
- The lemmatizer: a token without a lemma gets the stock ``lemmatize(token)[0]``, which
  reads the token's text, part of speech and morphology only (the English rules' base
  form check reads the morphology), so the table is keyed by exactly those. The stock
  lemmatizer's word lists become sets (it only tests membership), so that a new word
  costs microseconds instead of a scan of 66,000 words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["MemoLemmatizer", "MemoRuler", "replaceable"]

# The token attributes a replaceable pattern may test (to_array columns). LOWER comes
# first: it is the one read through a per-word signature (words are many, tags few).
_COLUMNS = ("LOWER", "TAG", "DEP", "POS", "IS_SPACE")
_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX"})

Test = Callable[[Any], bool]


def replaceable(ruler: Any) -> bool:
    """Whether every pattern of a stock ``AttributeRuler`` is one ``MemoRuler`` evaluates
    as spaCy's Matcher would."""
    return all(
        all(_supported(token) for pattern in entry["patterns"] for token in pattern)
        for entry in ruler.patterns
    )


def _supported(token: dict[str, Any]) -> bool:
    for key, value in token.items():
        if key not in _COLUMNS:
            return False
        if isinstance(value, dict) and not (len(value) == 1 and set(value) <= _OPERATORS):
            return False
        if key == "IS_SPACE" and not isinstance(value, bool):
            return False
        if key != "IS_SPACE" and not isinstance(value, str | dict):
            return False
    return bool(token)


def _test(value: Any) -> Test:
    """One attribute test of a pattern, on the attribute's string (a bool for IS_SPACE),
    with the Matcher's meaning: ``REGEX`` searches, ``IN``/``NOT_IN`` compare whole values."""
    if not isinstance(value, dict):
        return lambda seen: bool(seen == value)
    ((operator, operand),) = value.items()
    if operator == "REGEX":
        regex = re.compile(operand)
        return lambda seen: regex.search(seen) is not None
    options = frozenset(operand)
    if operator == "IN":
        return lambda seen: seen in options
    return lambda seen: seen not in options


@dataclass(frozen=True, slots=True)
class _Multi:
    """A pattern of several tokens: the specs each token must meet, the token it sets."""

    attr_id: int
    specs: tuple[int, ...]
    index: int


@dataclass(frozen=True, slots=True)
class _Answer:
    """What the patterns make of one token, by its tested attributes."""

    specs: frozenset[int]  # the token specs it meets (for multi-token patterns)
    single: tuple[int, ...]  # the single-token patterns it matches, in order
    merged: dict[Any, Any] | None  # their attributes, later patterns overriding
    starts: tuple[int, ...]  # multi-token patterns whose first token it is


class MemoRuler:
    """``AttributeRuler`` output from a table keyed by the attributes its patterns test."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.attrs: list[dict[Any, Any]] = list(ruler.attrs)
        specs: dict[tuple[tuple[str, str], ...], int] = {}
        self._spec_tests: list[tuple[tuple[int, Test], ...]] = []
        self._single: list[tuple[int, int]] = []  # (attr_id, spec)
        self._multi: list[_Multi] = []
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                ids = tuple(self._spec_id(token, specs) for token in pattern)
                if len(ids) == 1:
                    self._single.append((attr_id, ids[0]))
                else:
                    self._multi.append(_Multi(attr_id, ids, ruler.indices[attr_id]))
        tested = {
            key for entry in ruler.patterns for p in entry["patterns"] for t in p for key in t
        }
        self._names: list[int | str] = [name for name in _COLUMNS if name in tested]
        self._lower_tests = self._tests_of("LOWER")
        self._words: dict[int, tuple[bool, ...]] = {}
        self._answers: dict[tuple[Any, ...], _Answer] = {}

    def _spec_id(self, token: dict[str, Any], specs: dict[Any, int]) -> int:
        key = tuple(sorted((name, repr(value)) for name, value in token.items()))
        if key not in specs:
            specs[key] = len(specs)
            self._spec_tests.append(
                tuple((_COLUMNS.index(name), _test(value)) for name, value in token.items())
            )
        return specs[key]

    def _tests_of(self, name: str) -> list[tuple[int, Test]]:
        """Every (spec, test) on one attribute, in a fixed order (a word's signature)."""
        column = _COLUMNS.index(name)
        return [
            (spec, test)
            for spec, tests in enumerate(self._spec_tests)
            for where, test in tests
            if where == column
        ]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self._names:
            return doc
        rows = doc.to_array(self._names).tolist()
        if len(self._names) == 1:
            rows = [[row] for row in rows]
        answers = [self._answer(row) for row in rows]
        extra = self._multi_matches(answers)
        for i, answer in enumerate(answers):
            merged = answer.merged
            if i in extra:
                merged = self._merge(sorted([*answer.single, *extra[i]]))
            if merged:
                set_token_attrs(doc[i], merged)
        return doc

    def _answer(self, row: Sequence[int]) -> _Answer:
        key: tuple[Any, ...] = tuple(row)
        if self._names[0] == "LOWER":
            key = (self._word(row[0]), *row[1:])
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = self._work_out(row)
        return answer

    def _word(self, lower: int) -> tuple[bool, ...]:
        """Which LOWER tests a word passes: its part of the table key."""
        signature = self._words.get(lower)
        if signature is None:
            text = self.vocab.strings[lower]
            signature = tuple(test(text) for _, test in self._lower_tests)
            self._words[lower] = signature
        return signature

    def _work_out(self, row: Sequence[int]) -> _Answer:
        seen: dict[int, Any] = {}
        for name, value in zip(self._names, row, strict=True):
            column = _COLUMNS.index(name)
            seen[column] = bool(value) if name == "IS_SPACE" else self.vocab.strings[value]
        met = frozenset(
            spec
            for spec, tests in enumerate(self._spec_tests)
            if all(test(seen[where]) for where, test in tests)
        )
        single = tuple(attr_id for attr_id, spec in self._single if spec in met)
        starts = tuple(n for n, multi in enumerate(self._multi) if multi.specs[0] in met)
        return _Answer(met, single, self._merge(single) if single else None, starts)

    def _merge(self, attr_ids: Sequence[int]) -> dict[Any, Any]:
        merged: dict[Any, Any] = {}
        for attr_id in attr_ids:
            merged.update(self.attrs[attr_id])
        return merged

    def _multi_matches(self, answers: list[_Answer]) -> dict[int, list[int]]:
        """Token → the multi-token patterns that set it (their attr ids)."""
        extra: dict[int, list[int]] = {}
        length = len(answers)
        for start, answer in enumerate(answers):
            for number in answer.starts:
                multi = self._multi[number]
                end = start + len(multi.specs)
                if end > length or not all(
                    spec in answers[start + k].specs for k, spec in enumerate(multi.specs)
                ):
                    continue
                target = (start if multi.index >= 0 else end) + multi.index
                if not start <= target < end:
                    raise ValueError(f"attribute ruler pattern index {multi.index} out of span")
                extra.setdefault(target, []).append(multi.attr_id)
        return extra


class MemoLemmatizer:
    """Rule lemmatizer output from a table keyed by (text, part of speech, morphology)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self._lemmas: dict[tuple[int, int, int], int] = {}
        _index_as_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table: Any = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma != 0 and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            found = self._lemmas.get(key)
            if found is None:
                found = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self._lemmas[key] = found
            table[i, 3] = found
            changed = True
        if changed:
            doc.from_array(["LEMMA"], table[:, 3:])
        return doc


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer's word lists per part of speech ("lemma_index", up to 66,000
    words) as sets: the rules only ask whether a word is in them, which a list answers
    by a scan (~0.2 ms a word for French, most of a lemma not yet in the table)."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(index.items()):
        if isinstance(words, list):
            index[pos] = frozenset(words)


@Language.factory("dateline_attribute_rules", default_config={"source": "attribute_ruler"})
def make_memo_ruler(nlp: Language, name: str, source: str) -> MemoRuler:
    """The memoised ruler over the pipeline's (disabled) stock ruler ``source``."""
    return MemoRuler(nlp.get_pipe(source))


@Language.factory("dateline_lemmas", default_config={"source": "lemmatizer"})
def make_memo_lemmatizer(nlp: Language, name: str, source: str) -> MemoLemmatizer:
    """The memoised lemmatizer over the pipeline's (disabled) stock lemmatizer ``source``."""
    return MemoLemmatizer(nlp.get_pipe(source))
