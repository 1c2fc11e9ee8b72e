"""Perpetrators named apart from the attack: "L'attaque a été revendiquée par l'EI-Khorasan",
"The GNA blamed the LNA", "les assaillants appartenaient aux FSR".

Reports often tell an attack first, by what happened to whom, and say who did it in a later
sentence. ACLED codes a claimed or attributed attack to the actor named, so the events of
those earlier sentences that have no actor1 take it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from dateline.extract import arguments as args
from dateline.extract.lexicon import (
    AttributionNoun,
    PerpetratorCue,
    attribution_nouns,
    deed_nouns,
    perpetrator_cues,
    triggers,
)
from dateline.link.actors.dictionary import fold_text, load_actors
from dateline.records import ActorMention, Event, Evidence, ParsedArticle

# How many sentences back from the one naming the perpetrator an attack may be told.
_SENTENCES_BACK = 3
# Attacks that take a perpetrator named elsewhere.
_VIOLENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
)
_VIOLENT_SUBTYPES = frozenset({"Looting/property destruction"})
# What a deed is put down to: "attribuée aux shebab", "attributed to", "blamed on".
ATTRIBUTED_TO = frozenset({"a", "au", "aux", "to", "on"})
_OBJECTS = ("obj", "dobj")
_PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass")


@dataclass(frozen=True, slots=True)
class Attribution:
    """One sentence naming who carried out an attack told before it."""

    sentence: int  # index of the sentence in the article
    actor: ActorMention


def attributions(
    parsed: ParsedArticle, actors: list[ActorMention], lang: str
) -> Iterator[Attribution]:
    cues = perpetrator_cues(lang)
    nouns = attribution_nouns(lang)
    index = 0
    for offset, doc in parsed.docs:
        for sent in doc.sents:
            for token in sent:
                noun = nouns.get(fold_text(token.lemma_))
                if noun is not None and token.pos_ in ("NOUN", "PROPN"):
                    actor = _named_by_noun(token, noun, offset, actors)
                    if actor is not None:
                        yield Attribution(index, actor)
                    continue
                cue = cues.get(fold_text(token.lemma_))
                if cue is None or token.pos_ not in ("VERB", "AUX"):
                    continue
                if not _about_an_attack(token, cue, lang):
                    continue
                actor = _named(token, cue, offset, actors)
                if actor is not None:
                    yield Attribution(index, actor)
            index += 1


def sentence_index(parsed: ParsedArticle, position: int) -> int:
    """The index of the sentence holding character ``position``."""
    return next(
        (i for i, span in enumerate(parsed.sentences) if span.start <= position < span.end),
        len(parsed.sentences),
    )


def with_perpetrators(
    events: list[Event], found: list[Attribution], parsed: ParsedArticle
) -> list[Event]:
    """``events`` where each attack without actor1 told up to three sentences before (or in)
    a sentence naming its perpetrator takes that actor, with its evidence."""
    if not found:
        return events
    updated = []
    for event in events:
        actor = _perpetrator_of(event, found, parsed)
        if actor is None:
            updated.append(event)
            continue
        evidence = Evidence("actor1", actor.start, actor.end, actor.text)
        event = replace(event, actor1=actor, evidence=(*event.evidence, evidence))
        if _same_words(event.actor2, actor):
            # "the bombing bore the hallmarks of al-Shabaab": the side the attack is put down
            # to was taken for its target.
            kept = tuple(e for e in event.evidence if e.field != "actor2")
            event = replace(event, actor2=None, evidence=kept)
        updated.append(event)
    return updated


def _perpetrator_of(
    event: Event, found: list[Attribution], parsed: ParsedArticle
) -> ActorMention | None:
    if event.actor1 is not None:
        return None
    if event.acled_type not in _VIOLENT_TYPES and event.acled_subtype not in _VIOLENT_SUBTYPES:
        return None
    trigger = next((e for e in event.evidence if e.field == "trigger"), None)
    if trigger is None:
        return None
    told = sentence_index(parsed, trigger.start)
    for attribution in found:
        if told <= attribution.sentence <= told + _SENTENCES_BACK:
            victim = event.actor2.canonical_id if event.actor2 else None
            if attribution.actor.canonical_id != victim or _same_words(
                event.actor2, attribution.actor
            ):
                return attribution.actor
    return None


def _same_words(mention: ActorMention | None, actor: ActorMention) -> bool:
    """Whether ``mention`` is the very words naming ``actor``."""
    return mention is not None and mention.start < actor.end and actor.start < mention.end


def blamed_words(verb: Any, deed: Any) -> list[list[Any]]:
    """The words naming whom a blaming verb puts a deed down to ("accuse les forces russes
    d'avoir largué des grenades", "blamed the attack on the LNA"), leaving out the phrase of
    the ``deed`` itself."""
    cue = perpetrator_cues(verb.lang_).get(fold_text(verb.lemma_))
    if cue is None or "subject" in cue.names:
        return []
    return [
        words
        for place in cue.names
        for words in _arguments(verb, place)
        if all(t.i != deed.i for t in words)
    ]


def _about_an_attack(verb: Any, cue: PerpetratorCue, lang: str) -> bool:
    if cue.about == "any":
        return True
    if cue.about == "doer":
        doers = deed_nouns(lang, "doer")
        return any(
            c.dep_.startswith("nsubj") and fold_text(c.lemma_) in doers for c in verb.children
        )
    deeds = deed_nouns(lang, "deed")
    if _describes_a_deed(verb, deeds):
        return True
    return any(
        (c.dep_ in (*_OBJECTS, *_PASSIVE_SUBJECTS) or _set_apart_before(c, verb))
        and (fold_text(c.lemma_) in deeds or _points_back(c))
        for c in verb.children
    ) or any(c.dep_ == "xcomp" and _a_deed_done(c, deeds, lang) for c in verb.children)


def _describes_a_deed(verb: Any, deeds: frozenset[str]) -> bool:
    """ "…, une attaque revendiquée par les shebab", "in an attack blamed on bandits": the
    participle hangs on the attack noun it describes, which is then no argument of it."""
    return verb.dep_ in ("acl", "acl:relcl") and fold_text(verb.head.lemma_) in deeds


# Objects that make using them a deed of violence: "a reconnu avoir utilisé des armes".
_ARMS = frozenset({"arme", "weapon"})


def _a_deed_done(verb: Any, deeds: frozenset[str], lang: str) -> bool:
    """An infinitive telling the deed owned ("a reconnu avoir mené l'attaque", "admitted
    carrying out the bombing", "a reconnu avoir utilisé des armes"): an attack verb, or a
    verb whose object is an attack or arms."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    rows = triggers(lang).get((fold_text(verb.lemma_),), [])
    if any(r.pos == "VERB" and r.plover_type == "ASSAULT" for r in rows):
        return True
    return any(c.dep_ in _OBJECTS and fold_text(c.lemma_) in deeds | _ARMS for c in verb.children)


# Object pronouns that stand for the deed just told: "l'armée l'a attribué aux jihadistes".
_IT = frozenset({"l'", "le", "la", "it"})


def _points_back(word: Any) -> bool:
    return word.pos_ == "PRON" and fold_text(word.text) in _IT


def _set_apart_before(word: Any, verb: Any) -> bool:
    """ "l'attentat, le plus meurtrier du pays, est attribué aux shebab": the parser may hang
    a subject set apart by an apposition on the verb as a bare oblique."""
    return (
        word.i < verb.i
        and (word.dep_.startswith("obl") or word.dep_ == "dislocated")
        and not any(c.dep_ == "case" for c in word.children)
    )


def _named(
    verb: Any, cue: PerpetratorCue, offset: int, actors: list[ActorMention]
) -> ActorMention | None:
    for place in cue.names:
        for words in _arguments(verb, place):
            start, end = args.char_span(offset, words)
            actor = args.pick_actor(actors, start, end) or _starting_in(actors, start, end)
            if actor is None:
                # "attribué l'attentat à l'État-major central (EMC), …": the parser may cut a
                # name apart; the phrase runs on to the next comma.
                start, end = args.char_span(offset, _to_the_comma(words))
                actor = args.pick_actor(actors, start, end)
            if actor is not None:
                return _faction_named(actor, actors, start, end) or actor
    return None


def _named_by_noun(
    noun: Any, cue: AttributionNoun, offset: int, actors: list[ActorMention]
) -> ActorMention | None:
    """The side a noun of attribution names: "bore the hallmarks of al-Shabaab", "les
    soupçons se portent sur le JNIM" — only when the noun hangs on one of its verbs."""
    verb = noun.head
    if verb.i == noun.i or fold_text(verb.lemma_) not in cue.verbs:
        # "l'attaque est l'œuvre des shebab": the French parser heads the clause by the noun.
        verb = next(
            (c for c in noun.children if c.dep_ == "cop" and fold_text(c.lemma_) in cue.verbs),
            None,
        )
        if verb is None:
            return None
    if cue.names == "noun" and not _says_of_a_deed(noun, verb):
        return None
    words = _introduced_by(noun if cue.names == "noun" else verb, cue.after, nominal=True)
    if not words:
        return None
    start, end = args.char_span(offset, words)
    actor = args.pick_actor(actors, start, end) or _starting_in(actors, start, end)
    if actor is None:
        return None
    return _faction_named(actor, actors, start, end) or actor


# Pronouns standing for the attack just told: "it bore the hallmarks", "c'est l'œuvre de".
_DEED_PRONOUNS = frozenset({"it", "this", "which", "il", "elle", "ce", "c'", "cela", "qui"})


def _says_of_a_deed(noun: Any, verb: Any) -> bool:
    """Whether the clause speaks of an attack: its subject, if it has one, is an attack noun
    or a pronoun ("the attack was the work of", not "the report was the work of")."""
    subjects = [
        c for head in (noun, verb) for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")
    ]
    if not subjects:
        return True
    deeds = deed_nouns(noun.lang_, "deed")
    return any(
        fold_text(s.lemma_) in deeds or fold_text(s.text) in _DEED_PRONOUNS for s in subjects
    )


def _faction_named(
    actor: ActorMention, actors: list[ActorMention], start: int, end: int
) -> ActorMention | None:
    """ "Police suspect FARC dissidents of the Jaime Martinez front": the faction of the
    movement first named, which ACLED codes, when the same phrase names it."""
    dictionary = load_actors()
    later: list[ActorMention] = args.mentions_in(actors, max(actor.end, start), end)
    for other in later:
        known = dictionary.get(other.canonical_id)
        if known is not None and known.parent == actor.canonical_id:
            return other
    return None


def _to_the_comma(words: list[Any]) -> list[Any]:
    last = max(words, key=lambda t: t.i)
    run = [last]
    for token in last.doc[last.i + 1 : last.sent.end]:
        if token.text in (",", ";", ".", ":"):
            break
        run.append(token)
    return [*words, *run]


def _starting_in(actors: list[ActorMention], start: int, end: int) -> ActorMention | None:
    """ "revendiquée par The Resistance Front": the French parser splits a foreign name and
    keeps only its first word as the agent; the actor that starts there is the one meant."""
    return next((a for a in actors if start <= a.start < end and a.kind not in args.SPEAKERS), None)


def _arguments(verb: Any, place: str) -> list[list[Any]]:
    if place == "subject":
        agent = args.agent_of(verb) or _introduced_by(verb, args.BY_WORDS) or _by_phrase_below(verb)
        if agent:
            return [agent]
        subject = args.subject_of(verb)
        return [subject[0]] if subject and not subject[1] else []
    if place == "object":
        taken = [list(c.subtree) for c in verb.children if c.dep_ in _OBJECTS]
        if not taken and args.is_passive(verb):
            # "L'EIGS est soupçonné", "JNIM militants are suspected": the passive subject.
            taken = [list(c.subtree) for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS]
        return taken
    words = _introduced_by(verb, ATTRIBUTED_TO)
    if not words:
        # "attribuent l'attaque aux jihadistes": the parser may hang "aux …" on the object.
        objects = [c for c in verb.children if c.dep_ in _OBJECTS]
        words = next(
            (w for o in objects if (w := _introduced_by(o, ATTRIBUTED_TO, nominal=True))), []
        )
    return [words] if words else []


def _by_phrase_below(verb: Any) -> list[Any]:
    """ "revendiqué jeudi par le JNIM": the parser may hang the agent on a word after the
    verb ("jeudi"); take a "par"/"by" phrase in the verb's own clause after it."""
    for token in verb.subtree:
        if token.i <= verb.i or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "case" and fold_text(c.text) in args.BY_WORDS for c in token.children):
            continue
        node = token.head
        while node.i != verb.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.i == verb.i:
            return list(token.subtree)
    return []


def _introduced_by(verb: Any, prepositions: frozenset[str], *, nominal: bool = False) -> list[Any]:
    """The words of the verb's first argument led by one of ``prepositions``: "par Boko
    Haram" (which the French parser may attach as a mere modifier), "aux shebab", "on the LNA";
    with ``nominal``, a noun's complement too."""
    slots = ("obl", "obl:arg", "obl:mod", "iobj", "dative", *(("nmod",) if nominal else ()))
    for child in verb.children:
        cases = {fold_text(c.text) for c in child.children if c.dep_ == "case"}
        if child.dep_ in slots and cases & prepositions:
            return list(child.subtree)
        if child.dep_ in ("prep", "agent") and fold_text(child.text) in prepositions:
            return [t for t in child.subtree if t.i != child.i]
    return []
