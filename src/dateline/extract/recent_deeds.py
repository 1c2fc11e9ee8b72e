"""Deeds told inside a phrase of a recent day ("au lendemain d'une frappe de l'armée
américaine qui a fait onze morts", "two days after an attack by M23 rebels that killed
five people"): analysts code such a deed as its own realised event, with its doer and toll,
when the phrase names who did it or what it cost. A bare "after the clashes", a war or a
deed of an earlier year ("depuis le début de la guerre", "the 2020 offensive") stays the
background of its clause."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from dateline.extract.lexicon import Trigger, outcome_lemmas
from dateline.link.actors.dictionary import fold_text
from dateline.records import ActorMention

# Words opening a phrase of what came just before ("après", "after", "following").
AFTER = frozenset({"after", "following", "apres"})
# Nouns of the day after a deed: "au lendemain d'une frappe".
DAY_AFTER = frozenset({"lendemain"})
# Nouns of a long conflict, never one day's deed: "depuis le début de la guerre".
_LONG_CONFLICTS = frozenset({"guerre", "war", "conflit", "conflict", "crise", "crisis"})
# Prepositions naming what a deed was aimed at, whose words are no doer ("contre", "on").
_AIMED_AT = frozenset({"contre", "against", "on", "sur"})
# Clause relations of a relative or participle telling what the deed did.
_TOLD_OF = frozenset({"relcl", "acl:relcl", "acl"})
# Nouns of a toll told with "faire": "qui a fait onze morts".
_DEAD = frozenset({"mort", "victime", "blesse", "dead"})


class _Item(Protocol):
    @property
    def trigger(self) -> Trigger: ...
    @property
    def head(self) -> Any: ...


def deed_of_a_recent_day(
    found: _Item, lang: str, actors: Sequence[ActorMention], offset: int
) -> bool:
    """An attack noun told in an "after"/"au lendemain de" phrase that names its doer or
    its toll ("au lendemain d'une frappe de l'armée américaine", "after an attack by M23
    rebels that killed five people") is a deed of the report, not the background of its
    clause."""
    head = found.head
    if found.trigger.plover_type != "ASSAULT" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if fold_text(head.lemma_) in _LONG_CONFLICTS or _names_a_year(head):
        return False
    if on_the_day_after(head):
        return _toll_told(head, lang) or _doer_named(head, actors, offset)
    if not _led_by_after(head):
        return False
    span = _time_span_before(head)
    if span is None:  # "après une attaque … qui a fait cinq morts": a toll tells it
        return _toll_told(head, lang)
    return _recent(span) and (_toll_told(head, lang) or _doer_named(head, actors, offset))


def on_the_day_after(noun: Any) -> bool:
    """A deed noun hung on "lendemain": "au lendemain d'une frappe"."""
    return noun.dep_ == "nmod" and fold_text(noun.head.lemma_) in DAY_AFTER


def _led_by_after(noun: Any) -> bool:
    """ "deux jours après une attaque", "following an attack", "after a strike"."""
    if any(c.dep_ == "case" and fold_text(c.text) in AFTER for c in noun.children):
        return True
    return noun.dep_ == "pobj" and fold_text(noun.head.text) in AFTER


def _time_span_before(noun: Any) -> Any | None:
    """The noun counting the time between the deed and the clause: "deux jours après une
    attaque" (hung on the deed), "two days after an attack" (hung on "after")."""
    holders = [noun]
    if noun.dep_ == "pobj":
        holders.append(noun.head)
    return next(
        (
            c
            for holder in holders
            for c in holder.children
            if c.i < noun.i and fold_text(c.lemma_) in _SPANS
        ),
        None,
    )


def _recent(span: Any) -> bool:
    """A span of hours, or of a day to three ("a day after", "deux jours après"); "une
    semaine après l'attaque" tells an earlier deed analysts leave as background."""
    unit = _SPANS[fold_text(span.lemma_)]
    if unit != "day":
        return unit == "hour"
    counts = [c for c in span.children if c.dep_ == "nummod"]
    if not counts:
        return True  # "a day after", "un jour après"
    word = fold_text(counts[0].text)
    return word in _FEW or (word.isdigit() and int(word) <= 3)


# Nouns of a time span before the clause, by unit.
_SPANS = {
    "jour": "day",
    "day": "day",
    "heure": "hour",
    "hour": "hour",
    "semaine": "week",
    "week": "week",
    "mois": "month",
    "month": "month",
    "an": "year",
    "annee": "year",
    "year": "year",
}
# Spelled counts of a recent span: "two days after", "trois jours après".
_FEW = frozenset({"un", "une", "deux", "trois", "one", "two", "three", "a"})


def _names_a_year(noun: Any) -> bool:
    """ "the 2020 offensive", "l'attaque de 2019": a four-digit year dates it to the past."""
    return any(
        t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < 2100
        for t in noun.subtree
    )


def _own_phrase(noun: Any) -> list[Any]:
    """The noun's words less what it was aimed at and the clauses telling what it did."""
    dropped: set[int] = set()
    for child in noun.children:
        aimed = fold_text(child.text) in _AIMED_AT or any(
            c.dep_ == "case" and fold_text(c.text) in _AIMED_AT for c in child.children
        )
        if aimed or child.dep_ in _TOLD_OF:
            dropped.update(t.i for t in child.subtree)
    return [t for t in noun.subtree if t.i not in dropped and t.i != noun.i]


def _doer_named(noun: Any, actors: Sequence[ActorMention], offset: int) -> bool:
    """An actor named in the deed's own phrase: "de l'armée américaine", "by M23
    rebels", "an Israeli strike"."""
    spans = [(offset + t.idx, offset + t.idx + len(t.text)) for t in _own_phrase(noun)]
    return any(a.start < end and start < a.end for a in actors for start, end in spans)


def _toll_told(noun: Any, lang: str) -> bool:
    """A relative clause in the deed's phrase that tells deaths: "qui a fait onze morts",
    "that killed five people"."""
    outcomes = outcome_lemmas(lang)
    for clause in (t for t in noun.subtree if t.dep_ in ("relcl", "acl:relcl")):
        words = {fold_text(t.lemma_) for t in clause.subtree}
        if fold_text(clause.lemma_) in outcomes or (
            fold_text(clause.lemma_) == "faire" and words & _DEAD
        ):
            return True
    return False
