"""Measures told as a verb or its noun and an object (``events/measure_frames.tsv``), read off
the parse: "India suspended the Indus Waters Treaty", "a suspendu les activités du parti",
"la fermeture de l'espace aérien", "ordered Pakistani nationals to leave"."""

from __future__ import annotations

from typing import Any

from dateline.extract.lexicon import (
    MeasureFrame,
    Trigger,
    cue_forms,
    measure_nouns,
    measure_verbs,
    status_cues,
)
from dateline.link.actors.dictionary import fold_text
from dateline.parse import to_read_as_a_mark

# How far after its verb a measure's object may stand ("suspended the 1960 Indus Waters
# Treaty", "a donné 48 heures aux diplomates pour quitter").
_FRAME_REACH = 10
# A verb's own object or the verb of a clause it governs ("ordered them to leave").
_OBJECT_DEPS = frozenset({"obj", "dobj", "xcomp", "ccomp", "advcl"})
# What stands on an object and may itself be the measure's object: its complement ("the
# activities of the party", "les activités du parti") or a clause on it ("gave diplomats 48
# hours to leave").
_ADDRESSEE_DEPS = frozenset({"obl:arg", "iobj", "dative"})
_ON_OBJECT_DEPS = frozenset({"acl", "relcl", "acl:relcl", "xcomp", "advcl"})
_RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
_WHERE = frozenset({"ou", "where"})
_OF = frozenset({"of", "de", "du", "des", "d'", "d"})


def frames_in(tokens: list[Any], lang: str) -> list[tuple[Any, Any, Trigger]]:
    """(verb or noun, object, coding) of each measure frame among a sentence's tokens. A
    noun a verb acts on comes with that verb ("ordered the seizure of the assets", "a
    annoncé la fermeture de la frontière"): the verb's subject took the measure."""
    if not tokens:
        return []
    inside = range(tokens[0].i, tokens[-1].i + 1)
    verbs, nouns = measure_verbs(lang), measure_nouns(lang)
    found = []
    for token in tokens:
        lemma = fold_text(token.lemma_.lower())
        if token.pos_ == "VERB" and lemma in verbs:
            if _habit(token):
                continue
            hit = _first_fit(verbs[lemma], _verb_objects, token)
        elif token.pos_ == "NOUN" and lemma in nouns:
            hit = _first_fit(nouns[lemma], _noun_objects, token)
        else:
            continue
        if hit is None or hit[0].i not in inside:
            continue
        if hit[1].plover_type == "COOPERATE" and not _to_a_state(token):
            continue  # "residents handed the suspect to the police": no cooperation
        if hit[1].plover_type == "REJECT" and not _on_itself(hit[0], token):
            continue  # "se sont retirés de la base de la mission de l'Union africaine"
        if (
            token.pos_ == "NOUN"
            and token.dep_ in ("obj", "dobj")
            and token.head.i < token.i
            and not _asks(token.head, lang)
        ):
            token = token.head
        found.append((token, *hit))
    return found


def _asks(verb: Any, lang: str) -> bool:
    """ "a demandé l'arrêt des démolitions", "demanded a halt to the strikes": the one asking
    takes no measure; the noun asked for is the measure, its status requested."""
    cues = status_cues(lang)
    return any(cues[form][0] == "requested" for form in cue_forms(verb) if form in cues)


def _on_itself(word: Any, head: Any) -> bool:
    """The organisation left is the verb's or noun's own complement or one word below it
    ("quit ECOWAS", "withdrawal from the Court", "a quitté mercredi la Cédéao" with the
    name hung on the day), not a name further down ("withdrew from the base of the
    African Union mission")."""
    return head.i in (word.head.i, word.head.head.i)


# Entity labels of a country or its people on a recipient ("to Congolese authorities").
_STATE_LABELS = frozenset({"GPE", "NORP", "LOC"})
_TO = frozenset({"to", "a", "au", "aux", "vers"})


def _to_a_state(head: Any) -> bool:
    """A suspect handed over is a cooperation between states only when the recipient is a
    state or its authorities ("to the United States", "aux autorités maliennes", "au
    Mali"), not the police of the place ("handed the suspect to the police in Kano")."""
    recipients = [
        child
        for child in head.children
        if child.dep_ in ("dative", "iobj", "obl:arg", "obl")
        and child.pos_ != "ADP"
        and (child.dep_ != "obl" or any(fold_text(c.lower_) in _TO for c in child.children))
    ]
    recipients += [
        child
        for prep in head.children
        if prep.dep_ in ("prep", "dative") and fold_text(prep.lower_) in _TO
        for child in prep.children
        if child.dep_ == "pobj"
    ]
    for word in sorted(recipients, key=lambda w: w.i)[:1]:  # the place comes after it
        near = [word, *(c for c in word.children if c.dep_ in ("amod", "compound", "flat:name"))]
        if word.pos_ == "PROPN" or any(w.ent_type_ in _STATE_LABELS for w in near):
            return True
        if any(w.pos_ == "ADJ" and w.dep_ == "amod" and w.i > word.i for w in near):
            return True  # "aux autorités maliennes"
    return False


def _habit(verb: Any) -> bool:
    """A relative clause in the present tells a practice, no measure taken: "un camp …
    où ils prélèvent des taxes", "the base from which they levy taxes"."""
    relative = verb.dep_ in _RELATIVE_DEPS or any(
        fold_text(c.lower_) in _WHERE or "Rel" in c.morph.get("PronType") for c in verb.children
    )
    return (
        relative
        and "Pres" in verb.morph.get("Tense")
        and not any(c.dep_.startswith("aux") for c in verb.children)
    )


def _first_fit(frames: list[MeasureFrame], objects: Any, head: Any) -> tuple[Any, Trigger] | None:
    """The first frame (in file order) one of whose objects the head governs."""
    for frame in frames:
        for word in objects(head, frame.particles):
            if any(_names(word, written) for written in frame.objects):
                return word, frame.trigger
    return None


def _verb_objects(verb: Any, particles: tuple[str, ...]) -> list[Any]:
    """The words a verb acts on: its object or one coordinated with it ("dissolved the NLD
    and 39 other parties"), a complement or clause on that object, or the
    verb of a clause it governs; for a verb with particles ("withdraw from", "mettre fin
    à"), the noun the last particle introduces, the others standing between."""
    if particles:
        words = [
            word
            for word in _descendants(verb, 3)
            if _introduced_by(word, particles[-1]) and _between(verb, word, particles[:-1])
        ]
    else:
        direct = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
        direct += [c for d in direct if d.dep_ in ("obj", "dobj") for c in d.conjuncts]
        direct += _stranded_objects(verb)
        # "a ordonné aux forces de sécurité de traquer": the clause on the addressee.
        addressees = [c for c in verb.children if c.dep_ in _ADDRESSEE_DEPS]
        words = (
            direct
            + [w for a in addressees for w in _clauses_on(a)]
            + [
                word
                for child in direct
                if child.dep_ in ("obj", "dobj")
                for word in (*_complements(child, "of"), *_clauses_on(child))
            ]
            + [word for child in direct for word in _accessed(child)]
        )
    return [w for w in words if 0 < w.i - verb.i <= _FRAME_REACH]


# Nouns for the way to a thing, whose complement is what a measure acts on: "coupé l'accès
# aux réseaux sociaux", "restricted access to the internet".
_ACCESS = frozenset({"acces", "access"})


def _accessed(noun: Any) -> list[Any]:
    """What access was cut to: the "à"/"to" complement of an access noun."""
    if fold_text(noun.lemma_) not in _ACCESS and fold_text(noun.lower_) not in _ACCESS:
        return []
    return [*_complements(noun, "to"), *_complements(noun, "a")]


def _stranded_objects(verb: Any) -> list[Any]:
    """The object the French parse hangs on an adverbial standing between the verb and it
    ("a suspendu jusqu'à nouvel ordre les activités des partis", "a suspendu « jusqu'à
    nouvel ordre » la diffusion de la radio"): a noun with no preposition of its own on the
    adverbial, hung on it as its complement or apposition, is the verb's."""
    return [
        noun
        for adverbial in verb.children
        if adverbial.dep_.startswith("obl") and adverbial.i > verb.i
        for noun in adverbial.children
        if noun.dep_ in ("nmod", "appos")
        and noun.i > adverbial.i
        and noun.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "case" for c in noun.children)
    ]


def _noun_objects(noun: Any, particles: tuple[str, ...]) -> list[Any]:
    """The complement of a measure's noun ("la fermeture de la frontière", "withdrawal
    from the treaty") or an English compound before it ("border closure")."""
    before = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return _complements(noun, particles[0] if particles else "of") + before


def _complements(noun: Any, preposition: str) -> list[Any]:
    """Nouns on a noun through a preposition: English "of" + pobj, French nmod with "de"."""
    wanted = _OF if preposition in _OF else frozenset({preposition})
    english = [
        child
        for prep in noun.children
        if prep.dep_ == "prep" and fold_text(prep.lower_) in wanted
        for child in prep.children
        if child.dep_ == "pobj"
    ]
    french = [
        child
        for child in noun.children
        if child.dep_ in ("nmod", "obl", "obl:arg") and _introduced_by(child, preposition)
    ]
    return english + french


def _clauses_on(noun: Any) -> list[Any]:
    return [c for c in noun.children if c.dep_ in _ON_OBJECT_DEPS]


def _descendants(word: Any, depth: int) -> list[Any]:
    found: list[Any] = []
    level = [word]
    for _ in range(depth):
        level = [child for item in level for child in item.children]
        found += level
    return found


def _introduced_by(word: Any, particle: str) -> bool:
    """ "the treaty" in "withdraw from the treaty", "l'accord" in "mettre fin à l'accord"."""
    wanted = _OF if particle in _OF else frozenset({particle})
    if word.dep_ == "pobj":
        return fold_text(word.head.lower_) in wanted
    return any(
        c.dep_ == "case" and (fold_text(c.lower_) in wanted or fold_text(c.lemma_) in wanted)
        for c in word.children
    ) or _misread_to(word, wanted)


def _misread_to(word: Any, wanted: frozenset[str]) -> bool:
    """ "yielded to demands": the English parse reads "to" as an infinitive's mark on the
    noun; it is still the preposition introducing it."""
    return "to" in wanted and to_read_as_a_mark(word)


def _between(verb: Any, word: Any, particles: tuple[str, ...]) -> bool:
    """The inner words of a verb ("fin" in "mettre fin à", "out" in "pull out of")."""
    between = verb.doc[verb.i + 1 : word.i]
    seen = {fold_text(t.lower_) for t in between} | {fold_text(t.lemma_) for t in between}
    return all(p in seen for p in particles)


def _names(word: Any, written: tuple[str, ...]) -> bool:
    """The word is the object's head, with the object's other words on it ("espace" with
    "aérien", "crossing" with "border")."""
    if fold_text(word.lemma_.lower()) != written[0] and fold_text(word.lower_) != written[0]:
        return False
    around = {fold_text(t.lemma_.lower()) for t in word.subtree}
    around |= {fold_text(t.lower_) for t in word.subtree}
    return all(other in around for other in written[1:])
