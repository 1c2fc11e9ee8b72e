"""Parse: spaCy over each paragraph, with offsets mapped back into ``Article.text``.

Paragraphs are parsed separately (entities must not cross blank lines) but in one
``nlp.pipe`` stream per batch of articles and language, so spaCy's batches fill up across
articles; each language's model is loaded once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits

from dateline.parse.memo import replaceable
from dateline.records import Article, Entity, ParsedArticle, Span
from dateline.settings import get_int, get_str, has_option

__all__ = ["load_model", "load_stock_model", "parse", "parse_many", "passive_subject"]


# A sentence ends only after one of these (or a line break): the statistical parser
# otherwise sometimes cuts "Fin novembre 2020, des soldats … ont violé" in two, and the
# second half loses its subject.
_SENTENCE_ENDS = frozenset('.!?…;:»"”')


@Language.component("dateline_sentence_bounds")
def _no_split_inside_a_sentence(doc: Doc) -> Doc:
    """Forbid a sentence start that no end punctuation precedes, and start one after a wire
    dateline ("BAMAKO (Reuters) - Mali's …"); the parser decides the rest.

    Read and written as arrays (a token's trailing whitespace is a space or nothing, so
    only its text can hold the line break): no Token object per word."""
    if len(doc) < 2:
        return doc
    words: Any = doc.to_array(["ORTH", "SENT_START"])
    strings = doc.vocab.strings
    orths = words[:, 0].tolist()
    story_starts = []
    line_start = True
    for i, orth in enumerate(orths[:-1]):
        if line_start and (dash := _dateline_dash(orths, i, strings)) is not None:
            story_starts.append(dash + 1)
        if _runs_on(orth, strings):
            words[i + 1, 1] = _NOT_A_START
        line_start = "\n" in strings[orth]
    for i in story_starts:
        words[i, 1] = 1
    doc.from_array(["SENT_START"], words[:, 1:])
    return doc


# A wire story's dateline: "BAMAKO -", "ÉQUATEUR —" opening a line, or a place in capitals
# with more words before an agency in brackets ("JUBA, South Sudan (AP) -", "EL OBEID, Nov 6
# (Sudan Tribune) -").
_DATELINE_DASHES = frozenset("-–—")
_DATELINE_LENGTH = 12


def _dateline_dash(orths: list[int], start: int, strings: Any) -> int | None:
    """The dash closing a dateline that opens a line at ``start``, or None: the story after
    it is a sentence of its own, which the parser otherwise reads as governed by the place's
    name."""
    if not _in_capitals(strings[orths[start]]):
        return None
    in_capitals = True  # every word so far in capitals, an agency in brackets aside
    place = False  # a place in capitals, then a comma: "JUBA, …"
    bracket = False
    previous = ""
    for i in range(start, min(start + _DATELINE_LENGTH + 1, len(orths) - 1)):
        text = strings[orths[i]]
        if "\n" in text:
            return None
        if text in _DATELINE_DASHES:
            return i if in_capitals or (place and previous == ")") else None
        bracket = text == "(" or (bracket and previous != ")")
        place = place or (in_capitals and text == ",")
        in_capitals = in_capitals and (bracket or _in_capitals(text) or text in ",'")
        previous = text
    return None


def _in_capitals(word: str) -> bool:
    return word.isupper() and word.replace("-", "").replace("'", "").isalpha()


# SENT_START -1 (not a sentence start), as the unsigned value of ``Doc.to_array``.
_NOT_A_START = 2**64 - 1


# Word (its hash) → whether a sentence goes on after it, worked out once per word.
_RUNS_ON: dict[int, bool] = {}


def _runs_on(orth: int, strings: Any) -> bool:
    """Whether the sentence goes on after this word: no end punctuation, no line break."""
    known = _RUNS_ON.get(orth)
    if known is None:
        text = strings[orth]
        known = _RUNS_ON[orth] = text[-1] not in _SENTENCE_ENDS and "\n" not in text
    return known


# Tense auxiliaries of the active voice: "Kigali a aussitôt rejeté", "has swiftly denied".
_ACTIVE_AUXILIARIES = frozenset({"avoir", "have"})


def passive_subject(token: Any) -> bool:
    """Whether a subject is a passive one. The French parser labels the subject of "Kigali a
    aussitôt rejeté" passive when an adverb parts the auxiliary from the participle; a verb
    built on "avoir"/"have" with no passive auxiliary ("été", "been") is active whatever the
    label says."""
    if token.dep_ not in ("nsubj:pass", "nsubjpass"):
        return False
    siblings = list(token.head.children)
    if any(c.dep_ in ("aux:pass", "auxpass") for c in siblings):
        return True
    return not any(
        c.dep_.startswith("aux") and c.lemma_.lower() in _ACTIVE_AUXILIARIES for c in siblings
    )


def to_read_as_a_mark(noun: Any) -> bool:
    """Whether the English parser hangs "to" right before a noun as an infinitive's mark
    ("yielded to demands": "to" an ``aux`` of "demands"); it is the preposition that
    introduces the noun."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == noun.i - 1 for c in noun.children
    )


@cache
def load_model(lang: str) -> Any:
    """The installed spaCy pipeline for ``lang`` as dateline runs it, or None when we have
    none: sentence starts only after end punctuation, the attribute ruler and the lemmatizer
    replaced by memoised equivalents (``dateline.parse.memo``: same output), and matrix
    products done by numpy when ``matmul`` in settings.cfg says so (``_matmul``)."""
    if not has_option("models", lang):
        return None
    nlp = spacy.load(get_str("models", lang))
    _use_matmul(nlp)
    nlp.add_pipe("dateline_sentence_bounds", before="parser")
    _memoise(nlp, "attribute_ruler", "dateline_attribute_rules")
    _memoise(nlp, "lemmatizer", "dateline_lemmas")
    return nlp


def load_stock_model(lang: str) -> Any:
    """A fresh copy of the installed spaCy pipeline for ``lang``, as its package ships it
    (the reference the benchmark measures against), or None when we have none."""
    if not has_option("models", lang):
        return None
    return spacy.load(get_str("models", lang))


def _use_matmul(nlp: Language) -> None:
    """Give every layer of the models numpy's matrix product (OpenBLAS) instead of thinc's
    blis when settings.cfg says ``matmul = numpy``: blis ships as a generic build that
    reaches ~40 GFLOP/s here against ~120 for OpenBLAS, and the products are most of
    tok2vec and a good part of the parser and NER (tok2vec 2.3x faster, ~25 ms less per
    article). The sums are not bit-identical (another summation order), but every token's
    tag, morphology, lemma, dependency, head, entity and sentence start came out the same
    on the benchmark corpus, the dev sets and the examples (250,000 tokens). OpenBLAS is
    held to one thread: parallelism comes from worker processes, and idle OpenBLAS
    threads spin on the cores the other workers need."""
    if get_str("models", "matmul") != "numpy":
        return
    _one_blas_thread()
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for layer in model.walk():
                layer.ops = ops


@cache
def _one_blas_thread() -> None:
    threadpool_limits(limits=1, user_api="blas")


def _memoise(nlp: Language, stock: str, memoised: str) -> None:
    """Run ``memoised`` in place of the component ``stock``, which stays loaded (disabled)
    as the definition the memoised one reads; a ruler with patterns it cannot evaluate,
    or a lemmatizer that is not rule- or lookup-based, is left as it is."""
    if stock not in nlp.pipe_names:
        return
    component = nlp.get_pipe(stock)
    if stock == "attribute_ruler" and not replaceable(component):
        return
    if stock == "lemmatizer" and getattr(component, "mode", None) not in ("rule", "lookup"):
        return
    nlp.add_pipe(memoised, after=stock, config={"source": stock})
    nlp.disable_pipe(stock)


def parse(article: Article) -> ParsedArticle:
    return next(parse_many([article]))


def parse_many(articles: Iterable[Article]) -> Iterator[ParsedArticle]:
    """Parsed articles in input order; a language without a model gets no parse.

    The articles are taken as one batch: the paragraphs of all those in one language go
    through a single ``nlp.pipe`` call (about 15 % faster than a call per article on
    500-word articles, and spaCy's results do not depend on how texts are batched).
    """
    batch = list(articles)
    docs = _docs_by_article(batch)
    for position, article in enumerate(batch):
        if position not in docs:
            yield ParsedArticle(article)
            continue
        pairs = tuple(
            (span.start, doc) for span, doc in zip(article.paragraphs, docs[position], strict=True)
        )
        yield ParsedArticle(article, _sentences(pairs), _entities(pairs), pairs)


def _docs_by_article(batch: list[Article]) -> dict[int, list[Any]]:
    """Each parsable article's paragraph docs, keyed by its position in ``batch``."""
    by_lang: dict[str, list[int]] = {}
    for position, article in enumerate(batch):
        if article.lang and load_model(article.lang) is not None:
            by_lang.setdefault(article.lang, []).append(position)
    docs: dict[int, list[Any]] = {}
    for lang, positions in by_lang.items():
        texts = [text for position in positions for text in batch[position].paragraph_texts()]
        stream = load_model(lang).pipe(texts, batch_size=get_int("models", "batch_size"))
        for position in positions:
            docs[position] = list(islice(stream, len(batch[position].paragraphs)))
    return docs


def _sentences(pairs: tuple[tuple[int, Any], ...]) -> tuple[Span, ...]:
    return tuple(
        Span(offset + sent.start_char, offset + sent.end_char)
        for offset, doc in pairs
        for sent in doc.sents
    )


def _entities(pairs: tuple[tuple[int, Any], ...]) -> tuple[Entity, ...]:
    return tuple(
        Entity(offset + ent.start_char, offset + ent.end_char, ent.label_, ent.text)
        for offset, doc in pairs
        for ent in doc.ents
    )
