"""Operations launched, ordered or announced ("a annoncé le lancement d'une opération",
"said it had launched an operation to free them"): the forces sent out are a MOBILIZE
(triggers.tsv), unless the same clause tells the fight itself ("launched an operation in
Tammun, killing 3 militants"), which is then the event; what the operation (or a joint
body: "a joint mechanism to investigate incidents") is for ("pour traquer les
assaillants", "to free them") is its purpose, no event of its own; a joint operation
is the partners' COOPERATE."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any, Protocol, TypeVar

from dateline.extract import arguments as args
from dateline.extract.lexicon import Trigger, reporting_verbs, triggers
from dateline.link.actors.dictionary import fold_text

# The last word of a launching phrase that names forces sent out ("lancer une opération",
# "launch of an offensive", "lancer une opération de traque", "launch a manhunt").
_OPERATIONS = frozenset({"operation", "offensive", "traque", "manhunt"})
# Modifiers making an operation a joint one ("opération conjointe", "joint operation").
_JOINT = frozenset({"conjoint", "conjointe", "commun", "commune", "mixte", "joint", "combined"})
# Joint bodies an agreement may set up ("mécanisme conjoint", "joint committee").
_BODIES = frozenset({"mecanisme", "commission", "comite", "mechanism", "committee"})
# The joint operation's own row, whose coding a joint operation launched takes.
_JOINT_ROWS = {"fr": "opération conjointe", "en": "joint operation"}
# ACLED types of a fight the operation's clause may tell instead of the launch.
_FIGHTS = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Words opening a clause that says what an operation is for ("pour traquer", "to free",
# "afin de", "in order to").
_PURPOSE = frozenset({"pour", "afin", "to"})
# Words opening a clause told apart from the launch ("after militants attacked").
_CLAUSE_DEPS = frozenset({"mark", "aux", "case"})


class _Item(Protocol):
    @property
    def trigger(self) -> Trigger: ...

    @property
    def head(self) -> Any: ...


_F = TypeVar("_F", bound=_Item)


def operations_as_told(found: Sequence[_F], lang: str) -> list[_F]:
    """The sentence's triggers with launched operations read as above."""
    launches = [item for item in found if _launches(item)]
    bodies = [item for item in found if _joint_body(item)]
    if not launches and not bodies:
        return list(found)
    kept: list[_F] = []
    for item in found:
        if item in launches:
            noun = _operation_noun(item)
            if noun is not None and _is_joint(noun):
                kept.append(_as_joint(item, lang))
            elif not any(_fought_in(item, other) for other in found if other not in launches):
                kept.append(item)
        elif item in bodies and _signed(item, found):
            continue
        elif not any(_purpose_of(holder, item) for holder in [*launches, *bodies]):
            kept.append(item)
    return kept


def _signed(body: _Item, found: Sequence[_Item]) -> bool:
    """ "ont signé un mécanisme conjoint de vérification": a joint body signed is the
    agreement's content, which the signing codes."""
    return fold_text(body.head.lemma_) in _BODIES and any(
        other.trigger.plover_type == "AGREE"
        and other.head.pos_ in ("VERB", "AUX")
        and other.head.i < body.head.i
        for other in found
    )


def _joint_body(item: _Item) -> bool:
    """A joint body or operation told by a noun ("a joint mechanism to investigate
    incidents", "une commission mixte pour enquêter"): what it is for is no event."""
    return item.trigger.plover_type == "COOPERATE" and item.head.pos_ == "NOUN"


def _launches(item: _Item) -> bool:
    words = item.trigger.words
    return item.trigger.plover_type == "MOBILIZE" and len(words) > 1 and words[-1] in _OPERATIONS


def _operation_noun(item: _Item) -> Any:
    """The operation's noun: the head itself, or the word of it under the launching word."""
    last = item.trigger.words[-1]
    head = item.head
    near = [head, *head.children, *(g for c in head.children for g in c.children)]
    return next((t for t in near if fold_text(t.lemma_) == last and t.i >= head.i), None)


def _is_joint(noun: Any) -> bool:
    return any(c.dep_ == "amod" and fold_text(c.lemma_) in _JOINT for c in noun.children)


@cache
def _joint_row(lang: str) -> Trigger | None:
    written = _JOINT_ROWS.get(lang)
    rows = (row for listed in triggers(lang).values() for row in listed)
    return next((row for row in rows if row.written == written), None)


def _as_joint(item: _F, lang: str) -> _F:
    row = _joint_row(lang)
    return item if row is None else replace(item, trigger=row)  # type: ignore[type-var]


def _path_up(token: Any, top: Any, depth: int = 6) -> list[Any] | None:
    """The tokens from ``token`` up to, not including, ``top``; None if ``top`` does not
    govern it within ``depth`` steps."""
    path: list[Any] = []
    node = token
    for _ in range(depth):
        if node.i == top.i:
            return path
        path.append(node)
        if node.head.i == node.i:
            return None
        node = node.head
    return path if node.i == top.i else None


def _opens_a_clause(node: Any, words: frozenset[str] | None = None) -> bool:
    """A clause opened by a subordinating word (any, or one of ``words``)."""
    return node.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _CLAUSE_DEPS
        and c.i < node.i
        and (words is None or fold_text(c.text) in words)
        and (c.dep_ != "aux" or fold_text(c.text) == "to")
        and (c.dep_ != "case" or fold_text(c.text) in _PURPOSE)
        for c in node.children
    )


def _fought_in(launch: _Item, other: _Item) -> bool:
    """A fight told in the launch's own clause: a participle or a conjunct hung on the
    launching verb ("launched an operation in Tammun, killing 3 militants")."""
    if other.trigger.acled_type not in _FIGHTS or other.head.i == launch.head.i:
        return False
    path = _path_up(other.head, launch.head)
    if not path or any(_opens_a_clause(node) for node in path):
        return False
    # Not through a charge or a verb of saying: "ordered an offensive, accusing the TPLF of
    # attacking a base" tells the charge's deed, not a fight of the offensive.
    saying = reporting_verbs(other.trigger.lang)
    return args.charge_holder(other.head) is None and not any(
        node.pos_ in ("VERB", "AUX") and fold_text(node.lemma_) in saying for node in path
    )


def _purpose_of(launch: _Item, other: _Item) -> bool:
    """The trigger says what the operation is for: a clause opened by "pour", "afin de",
    "to" under the launching word or the operation ("une opération pour traquer les
    assaillants", "launched an operation to free them")."""
    path = _path_up(other.head, launch.head)
    if not path:
        return False
    return any(_opens_a_clause(node, _PURPOSE) for node in path)
