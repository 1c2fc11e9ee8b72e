"""Meetings, mediations and visits told only as the setting or the means of another event.

"Ont libéré des détenus grâce à une médiation de l'Égypte", "a annoncé un plan lors d'une
réunion du conseil des ministres", "ministers meeting in Cairo condemned the strikes",
"hosting the signing", "cut short a visit": analysts code the release, the announcement,
the condemnation or the deal, and no CONSULT beside it. A meeting held with someone ("after a
meeting with Macron") stays a meeting of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

from dateline.extract.lexicon import lemmas_of_kind
from dateline.link.actors.dictionary import fold_text


class _Reading(Protocol):
    """A trigger found in a sentence (events._Found): its lexicon row and head token."""

    @property
    def trigger(self) -> Any: ...

    @property
    def head(self) -> Any: ...


_Item = TypeVar("_Item", bound=_Reading)

# Modes of CONSULT triggers (``events/triggers.tsv``) read here.
_MEDIATION = "third_party"
_VISIT = "visit"
# Dependencies of a participle told beside its clause's verb: "leaders meeting in Abuja
# gave…", "la Cedeao, réunie en sommet, a menacé…".
_BESIDE = frozenset({"acl", "advcl", "dep", "nsubj", "amod"})


def _words(lang: str, kind: str) -> frozenset[str]:
    return lemmas_of_kind("events/meeting_settings", lang, kind)


def _marks(noun: Any) -> set[str]:
    """The folded words that introduce a noun: its case marks ("grâce à", "lors de" read
    as "lors"), the preposition it hangs on, and the noun that preposition hangs on ("on
    the sidelines of", "à la suite de")."""
    marks = {fold_text(c.text) for c in noun.children if c.dep_ in ("case", "mark")}
    head = noun.head
    if head.i != noun.i and noun.dep_ in ("pobj", "nmod", "obl:arg", "obl:mod", "obl"):
        if head.pos_ in ("ADP", "ADV", "NOUN"):
            marks.add(fold_text(head.text))
        if head.pos_ == "ADP" and head.head.i != head.i:
            marks.add(fold_text(head.head.text))
    return marks


def _has_partner(token: Any, lang: str) -> bool:
    """A meeting naming who it was held with ("a meeting with Macron", "entre les deux")."""
    partners = _words(lang, "partner")
    return any(
        fold_text(c.text) in partners
        or any(fold_text(g.text) in partners for g in c.children if g.dep_ == "case")
        for c in token.children
    )


def _is_participle(verb: Any) -> bool:
    return verb.tag_ in ("VBG", "VBN") or "Part" in verb.morph.get("VerbForm")


def _mediation_as_means(item: Any, lang: str) -> bool:
    """ "Grâce à une médiation du Qatar", "sous médiation qatarie", "citing mediation by
    Oman", "after talks mediated by Turkey": how another deed came about."""
    head = item.head
    if head.pos_ in ("NOUN", "PROPN"):
        if _marks(head) & _words(lang, "means"):
            return True
        return head.dep_ in ("dobj", "obj") and fold_text(head.head.lemma_) in _words(lang, "cite")
    return head.pos_ == "VERB" and head.dep_ == "acl" and _is_participle(head)


def _meeting_as_time(item: Any, deeds: set[int], lang: str) -> bool:
    """ "A proposé … lors d'une réunion des chefs d'état-major", "said after a cabinet
    meeting": a meeting noun held with nobody named, dating another deed; or the subject
    of another deed's verb ("ministers meeting in Cairo condemned", read as a noun)."""
    head = item.head
    if item.trigger.plover_mode in (_MEDIATION, _VISIT) or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if _has_partner(head, lang):
        return False
    speaks = head.dep_ in ("nsubj", "nsubj:pass") and head.head.i in deeds
    return speaks or bool(_marks(head) & _words(lang, "during"))


def _meeting_as_participle(item: Any, lang: str) -> bool:
    """ "ECOWAS leaders meeting in Abuja gave…", "réunis en sommet à Abuja, les dirigeants
    ont imposé…": a participle of meeting beside its clause's verb."""
    verb = item.head
    if verb.pos_ in ("NOUN", "PROPN"):
        if "en" not in _marks(verb) or verb.head.i == verb.i:
            return False
        verb = verb.head  # "réunie en sommet"; a capital "Réunis" is read as anything
    elif verb.pos_ != "VERB" or not _is_participle(verb):
        return False
    if verb.dep_ not in _BESIDE:
        return False
    has_aux = any(c.dep_.startswith("aux") for c in verb.children)
    return not has_aux and not _has_partner(verb, lang) and item.trigger.plover_mode != _VISIT


def _visit_cut_short(item: Any, lang: str) -> bool:
    """ "Cut short a visit to South Africa", "a écourté sa visite": no visit realised."""
    head = item.head
    if item.trigger.plover_mode != _VISIT or head.dep_ not in ("dobj", "obj"):
        return False
    verb = head.head
    if fold_text(verb.lemma_) not in _words(lang, "cut"):
        return False
    return lang == "fr" or any(fold_text(c.text) == "short" for c in verb.children)


def _hosts_a_ceremony(item: Any, lang: str) -> bool:
    """ "Condemned Kenya for hosting the signing", "a accueilli la cérémonie de signature":
    the host of another event's ceremony holds no meeting of its own."""
    head = item.head
    if item.trigger.plover_mode != _VISIT or head.pos_ != "VERB":
        return False
    return any(
        c.dep_ in ("dobj", "obj") and fold_text(c.lemma_) in _words(lang, "hosted")
        for c in head.children
    )


def without_settings(found: Sequence[_Item], lang: str) -> list[_Item]:
    """Triggers less the meetings, mediations and visits that are only the setting of
    another event of their sentence, or no meeting at all."""
    kept: list[_Item] = []
    for item in found:
        trigger = item.trigger
        if trigger.plover_type != "CONSULT":
            kept.append(item)
            continue
        if _visit_cut_short(item, lang) or _hosts_a_ceremony(item, lang):
            continue
        others = [o for o in found if o is not item]
        deeds = {o.head.i for o in others if o.trigger.plover_type != "CONSULT"}
        if trigger.plover_mode == _MEDIATION:
            if others and _mediation_as_means(item, lang):
                continue
        elif deeds and (_meeting_as_time(item, deeds, lang) or _meeting_as_participle(item, lang)):
            continue
        kept.append(item)
    return kept
