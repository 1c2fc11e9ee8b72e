"""Stances a speaker takes in words that are no trigger of their own.

A reply promised under a verb of saying is a threat by the speaker's side: "Kremlin spokesman
Dmitry Peskov said Russia would respond", "a Hezbollah official said the group would
respond", "a averti qu'elle riposterait"; so is a price the other side "would pay". A
characterisation of what the other side did or said is a blame or a rejection by the speaker:
"dismissed the letter as lies", "a qualifié ces violences de « tentative de coup d'État »",
"called the charges a political witch-hunt", "said the measures were illegal". The words are
in ``events/stances.tsv``; the stance's doer is the speaker, the subject of the verb that
carries it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.data import read_tsv
from dateline.extract.lexicon import Trigger, reporting_verbs
from dateline.link.actors.dictionary import fold_text
from dateline.records import ActorMention


@dataclass(frozen=True, slots=True)
class Stance:
    """A stance found: its coding, the words that tell it and the verb whose subject holds it."""

    trigger: Trigger
    words: list[Any]  # the tokens the evidence spans
    head: Any  # the verb of saying or characterising


@dataclass(frozen=True, slots=True)
class _Words:
    responses: frozenset[str]
    penalties: dict[str, frozenset[str]]
    characterising: dict[str, str]
    predicates: dict[str, str]
    after_copula: frozenset[str]
    not_speakers: frozenset[str]
    hedges: frozenset[str]
    reported: frozenset[str]


@cache
def _words(lang: str) -> _Words:
    rows = [row for row in read_tsv("events/stances") if row["lang"] == lang]

    def of(kind: str) -> list[dict[str, str]]:
        return [row for row in rows if row["kind"] == kind]

    penalties: dict[str, set[str]] = {}
    for row in of("penalty"):
        penalties.setdefault(row["word"], set()).add(row["object"])
    return _Words(
        responses=frozenset(row["word"] for row in of("response")),
        penalties={verb: frozenset(words) for verb, words in penalties.items()},
        characterising={row["word"]: row["plover_type"] for row in of("characterise")},
        predicates={row["word"]: row["plover_type"] for row in of("predicate")},
        after_copula=frozenset(row["word"] for row in of("predicate") if row["object"]),
        not_speakers=frozenset(row["word"] for row in of("not_speaker")),
        hedges=frozenset(row["word"] for row in of("hedge")),
        reported=frozenset(row["word"] for row in of("reported")),
    )


# The word class of a stance's trigger: no lexicon row has it.
STANCE = "STANCE"


def _trigger(lang: str, plover_type: str, word: str) -> Trigger:
    return Trigger(
        lang=lang,
        words=(word,),
        written=word,
        pos=STANCE,
        plover_type=plover_type,
        plover_mode=None,
        acled_type="Strategic developments",
        acled_subtype="Other",
        needs=None,
    )


_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
_NEGATIONS = frozenset({"not", "n't", "never", "pas", "jamais", "ne"})
_FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll"})
_GOING = frozenset({"aller"})


def spoken_stances(
    tokens: list[Any], lang: str, taken: set[int], actors: list[ActorMention], offset: int
) -> list[Stance]:
    """The stances of a sentence whose carrying verb no other trigger took (``taken`` holds
    sentence-relative token indexes)."""
    words = _words(lang)
    first = tokens[0].i if tokens else 0
    found: list[Stance] = []
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        stance = _threat(token, lang, words, actors, offset) or _characterisation(
            token, lang, words
        )
        if stance is None or stance.head.i - first in taken:
            continue
        if any(item.head.i == stance.head.i for item in found):
            continue
        found.append(stance)
        taken.add(stance.head.i - first)
    return found


def _speaker_verb(verb: Any, lang: str) -> Any | None:
    """The verb of saying whose complement ``verb`` is: "said (that) Russia would respond",
    "said Iran had made a mistake and would pay for it", "a dit qu'il allait riposter"."""
    clause = verb
    if clause.dep_ == "xcomp" and fold_text(clause.head.lemma_) in _GOING:
        clause = clause.head
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    speaker = clause.head
    return speaker if fold_text(speaker.lemma_) in reporting_verbs(lang) else None


def _told_in_future(verb: Any, lang: str) -> bool:
    if any(c.dep_ == "aux" and fold_text(c.text) in _FUTURE_AUXILIARIES for c in verb.children):
        return True
    if lang != "fr":
        return False
    return (
        "Fut" in verb.morph.get("Tense")
        or "Cnd" in verb.morph.get("Mood")
        or (verb.dep_ == "xcomp" and fold_text(verb.head.lemma_) in _GOING)
    )


def _threat(
    verb: Any, lang: str, words: _Words, actors: list[ActorMention], offset: int
) -> Stance | None:
    lemma = fold_text(verb.lemma_)
    particles = {fold_text(c.text) for c in verb.children if c.dep_ == "prt"}
    responds = lemma in words.responses or any(f"{lemma} {p}" in words.responses for p in particles)
    penalty = _penalty(verb, lemma, words)
    if not (responds or penalty) or not _told_in_future(verb, lang):
        return None
    if any(fold_text(c.text) in _NEGATIONS | words.hedges for c in verb.children):
        return None  # "would not respond", "whether Iran would respond", "would likely hit back"
    speaker = _speaker_verb(verb, lang)
    if speaker is None:
        return None
    said_by = _subject(speaker)
    if said_by is None or fold_text(said_by.lemma_) in words.not_speakers:
        return None  # "analysts said Iran would respond" foresees, threatens nothing
    if responds and not _one_side(said_by, _subject(verb), actors, offset):
        return None  # "Israel said Hezbollah would respond" is no threat by Israel
    shown = [c for c in verb.children if c.dep_ == "aux"] + [verb]
    return Stance(_trigger(lang, "THREATEN", lemma), shown, speaker)


def _penalty(verb: Any, lemma: str, words: _Words) -> bool:
    """ "would pay for it", "would pay the price", "paiera le prix fort", "le paiera cher"."""
    wanted = words.penalties.get(lemma, frozenset())
    return any(fold_text(c.lemma_) in wanted for c in verb.children)


def _subject(verb: Any) -> Any | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _one_side(speaker: Any, subject: Any | None, actors: list[ActorMention], offset: int) -> bool:
    """The one who will reply is the speaker's side: a pronoun, a bare noun ("the group"),
    or a name of the speaker's country ("Peskov said Russia would respond")."""
    if subject is None or subject.pos_ == "PRON":
        return True
    theirs = _country(subject, actors, offset)
    ours = _country(speaker, actors, offset)
    return theirs is None or ours is None or theirs == ours


def _country(word: Any, actors: list[ActorMention], offset: int) -> str | None:
    span = sorted(word.subtree, key=lambda t: t.i)
    start, end = offset + span[0].idx, offset + span[-1].idx + len(span[-1].text)
    return next((a.country_iso3 for a in actors if start <= a.start < end and a.country_iso3), None)


# Where the quality given stands: "called the sanctions illegal" (oprd), "dismissed X as
# lies" (as + pobj), "a qualifié ces violences de « tentative de coup d'État »" (de + nmod).
_QUALITY_DEPS = frozenset({"oprd", "acomp", "attr", "xcomp"})
_AS = frozenset({"as", "comme", "de"})
_QUALITY_REACH = 12


def _characterisation(verb: Any, lang: str, words: _Words) -> Stance | None:
    lemma = fold_text(verb.lemma_)
    if lemma in words.characterising:
        if any(
            c.dep_ == "prep" and c.i == verb.i + 1 and fold_text(c.text) in ("on", "for")
            for c in verb.children
        ):
            return None  # "called on", "called for" ask, they characterise nothing
        if any(
            c.dep_ in ("obj", "dobj") and fold_text(c.lemma_) in words.reported
            for c in verb.children
        ):
            return None  # "dismissed the report as fake news" denies the deed reported
        qualities = _qualities(verb)
        stance = words.characterising[lemma] or _stance_of(qualities, words, copula=False)
        if stance is None or not qualities or (_subject(verb) is None and verb.dep_ != "advcl"):
            return None
        return Stance(_trigger(lang, stance, lemma), [verb], verb)
    if lemma not in reporting_verbs(lang) or _subject(verb) is None:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        stance = _stance_of(_copula_qualities(clause), words, copula=True)
        if stance is not None:
            return Stance(_trigger(lang, stance, lemma), [verb], verb)
    return None


def _qualities(verb: Any) -> list[Any]:
    """The words of the quality a characterising verb gives its object."""
    heads = [c for c in verb.children if c.dep_ in _QUALITY_DEPS]
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    for holder in (verb, *objects):
        for child in holder.children:
            if child.dep_ == "prep" and fold_text(child.text) in _AS:
                heads += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("nmod", "obl", "obl:arg", "obl:mod") and any(
                c.dep_ == "case" and fold_text(c.text) in _AS for c in child.children
            ):
                heads.append(child)
    return [
        word
        for head in heads
        if head.i > verb.i
        for word in head.subtree
        if word.i - verb.i <= _QUALITY_REACH
    ]


def _copula_qualities(clause: Any) -> list[Any]:
    """ "said the measures were 'illegal'", "a affirmé que ces accusations étaient
    « infondées »": the predicate of a reported copula."""
    if fold_text(clause.lemma_) in ("be", "etre"):
        heads = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    elif any(c.dep_ == "cop" or _passive_etre(c) for c in clause.children):
        heads = [clause]  # "étaient infondées", which the French parser reads as a passive
    else:
        return []
    return [w for head in heads for w in (head, *(c for c in head.children if c.dep_ == "conj"))]


def _passive_etre(word: Any) -> bool:
    return word.dep_ == "aux:pass" and fold_text(word.lemma_) == "etre"


def _masculine_singular(word: Any) -> str:
    """ "infondées" → "infonde", "mensongères" → "mensonger": an adjective the parser
    lemmatised as a verb's participle, back to the form the lexicon lists."""
    text = fold_text(word.text)
    if word.lang_ != "fr":
        return text
    text = text.removesuffix("s")
    return text.removesuffix("e") if text.endswith(("ee", "ere")) else text


def _stance_of(qualities: list[Any], words: _Words, *, copula: bool) -> str | None:
    """REJECT before ACCUSE: "political witch-hunt" rejects, though it names a wrong."""
    lemmas = {fold_text(w.lemma_) for w in qualities} | {fold_text(w.text) for w in qualities}
    lemmas |= {_masculine_singular(w) for w in qualities}
    if copula:
        lemmas &= words.after_copula
    found = {words.predicates[lemma] for lemma in lemmas if lemma in words.predicates}
    return next((kind for kind in ("REJECT", "ACCUSE") if kind in found), None)
