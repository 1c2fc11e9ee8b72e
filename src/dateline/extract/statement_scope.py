"""Support, agreement and threat words that only set another event's scene: a warning to
residents to leave before a strike, a forecast of another party's deed, a threat that is
only a judgement, a support told as a party's description, an alleged support (the charge
of an accusation), or an agreement or support named in a condition ("as long as…") or as
the frame of another deed ("in violation of the truce"). None is an event of its own; the
extra "Other" event would take a real one's pairing. Word lists: events/statement_scope.tsv."""

from __future__ import annotations

from typing import Any

from dateline.extract.arguments import ancestors
from dateline.extract.lexicon import lemmas_of_kind
from dateline.link.actors.dictionary import fold_text

# The statement types this module screens.
_SCREENED = frozenset({"SUPPORT", "AGREE", "THREATEN"})
# Clause openers of a lasting condition: "as long as Pakistan supports terrorism", "tant
# que Moscou n'aura pas accepté", "until the deal is signed".
_CONDITIONS = (("as", "long", "as"), ("so", "long", "as"), ("tant", "que"), ("until",))
_CONDITION_OPENERS = frozenset({"until", "jusqu"})


def _words(lang: str, kind: str) -> frozenset[str]:
    return lemmas_of_kind("events/statement_scope", lang, kind)


def _lemma(token: Any) -> str:
    return fold_text(token.lemma_)


def only_a_setting(plover_type: str, head: Any, lang: str) -> bool:
    """Whether a SUPPORT, AGREE or THREATEN trigger word only sets another event's scene."""
    if plover_type not in _SCREENED:
        return False
    if plover_type == "THREATEN" and (_warning_to_leave(head, lang) or _forecast(head, lang)):
        return True
    if plover_type == "SUPPORT" and (
        _alleged(head, lang) or _support_as_description(head) or _purpose_conjunct(head)
    ):
        return True
    if plover_type == "AGREE" and _agreement_as_frame(head, lang):
        return True
    return plover_type in ("SUPPORT", "AGREE") and _in_a_condition(head)


def _warning_to_leave(head: Any, lang: str) -> bool:
    """ "The army warned residents to evacuate before striking", "a prévenu les habitants
    de quitter le quartier": the warning is part of the strike, no threat of its own."""
    if head.pos_ != "VERB" or _lemma(head) not in _words(lang, "warning"):
        return False
    leave = _words(lang, "evacuate")
    return any(
        c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp", "advcl") and _lemma(c) in leave
        for c in head.children
    )


def _forecast(head: Any, lang: str) -> bool:
    """ "Aid agencies warned that the RSF could storm El Fasher", "a averti que les gangs
    pourraient s'emparer de Pétion-Ville": a warning of what might happen forecasts, it
    threatens nothing ("warned it would respond" stays a threat)."""
    if head.pos_ != "VERB" or _lemma(head) not in _words(lang, "warning"):
        return False
    likely = _words(lang, "likely")
    for clause in (c for c in head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")):
        if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children):
            continue  # "warned it could strike back": the warner's own deed threatens
        if _lemma(clause) in likely or any(
            c.dep_ in ("aux", "aux:tense") and _lemma(c) in likely for c in clause.children
        ):
            return True
    return False


def judged_a_threat(plover_type: str, head: Any, lang: str) -> bool:
    """ "Caracas sees the deployment as a threat", "y voit une « menace d'invasion »", "a
    threat to regional security" after a copula: a judgement of another party's deed, coded
    as an accusation of it, no threat made."""
    if plover_type != "THREATEN" or head.pos_ != "NOUN":
        return False
    if any(c.dep_ == "cop" for c in head.children) or head.dep_ in ("attr", "oprd"):
        return True
    judging = _words(lang, "judging")
    verb = next((a for a in ancestors(head, 3) if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and _lemma(verb) in judging


def _alleged(head: Any, lang: str) -> bool:
    """ "accusant les Émirats de complicité pour leur soutien présumé aux FSR", "its alleged
    support for the rebels": a support only alleged is the accusation's charge."""
    alleged = _words(lang, "alleged")
    return any(
        c.dep_ in ("amod", "advmod", "acl")
        and (fold_text(c.text) in alleged or _lemma(c) in alleged)
        for c in head.children
    )


def _support_as_description(head: Any) -> bool:
    """ "L'Algérie, principal soutien du Front Polisario, a rappelé…", "Iran, the main
    backer of the Houthis": a support noun set beside a party describes it."""
    return bool(head.pos_ == "NOUN" and head.dep_ == "appos")


def _purpose_conjunct(head: Any) -> bool:
    """ "announced aid to pay salaries and support the currency": a support verb joined to
    a purpose infinitive is that aim too, no statement of support."""
    if head.pos_ != "VERB" or head.dep_ != "conj":
        return False
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    marked = any(
        c.dep_ in ("aux", "mark") and fold_text(c.text) in ("to", "pour", "afin")
        for c in first.children
    )
    return marked and first.dep_ in ("advcl", "acl", "relcl")


def _agreement_as_frame(head: Any, lang: str) -> bool:
    """ "struck a house in violation of the ceasefire agreement", "conformément à l'accord
    de Sotchi", "exchanges agreed in Istanbul": an agreement in force that frames another
    deed, no agreement made in the report's news."""
    if head.pos_ == "VERB":
        # A past participle on a noun: "exchanges agreed in Istanbul".
        return (
            head.dep_ == "acl"
            and "Part" in head.morph.get("VerbForm")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children)
        )
    if head.pos_ != "NOUN":
        return False
    setting = _words(lang, "setting")
    for above in ancestors(head, 4):
        if above.pos_ in ("VERB", "AUX"):
            return False
        if _lemma(above) in setting or fold_text(above.text) in setting:
            return True
    return False


def _in_a_condition(head: Any) -> bool:
    """ "ruled out talks as long as Pakistan supports terrorism", "tant que Moscou n'aura
    pas accepté un cessez-le-feu": a support or agreement named as a condition is none."""
    clause = head
    if head.pos_ == "NOUN":
        clause = next((a for a in ancestors(head, 3) if a.pos_ in ("VERB", "AUX")), head)
    if clause.dep_ not in ("advcl", "ccomp", "conj"):
        return False
    edge = clause.left_edge.i
    if _word(clause.doc[edge]) in _CONDITION_OPENERS:
        return True
    # The parser may hang "as long as" on "long", before the clause's own words.
    window = tuple(_word(t) for t in clause.doc[max(0, edge - 3) : edge + 2])
    return any(
        window[at : at + len(cue)] == cue
        for cue in _CONDITIONS
        for at in range(len(window) - len(cue) + 1)
    )


def _word(token: Any) -> str:
    """A token's folded text, an elided "qu'" read as "que"."""
    word = fold_text(token.text).rstrip("'’")
    return "que" if word == "qu" else word


def promise_to_go_on(head: Any, lang: str) -> bool:
    """ "Les Houthis ont promis d'intensifier leurs opérations contre Israël", "vowed to
    escalate": a promise to step up hostilities threatens; it is no agreement."""
    going_on = _words(lang, "going_on")
    return head.pos_ == "VERB" and any(
        c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp") and _lemma(c) in going_on
        for c in head.children
    )
