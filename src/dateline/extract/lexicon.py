"""The event lexicons under ``data/events``: triggers, weapons, status cues, quantities."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from dateline.data import read_tsv
from dateline.link.actors.dictionary import fold_text


@dataclass(frozen=True, slots=True)
class Trigger:
    lang: str
    words: tuple[str, ...]  # folded lemmas; one word, or a phrase
    written: str  # as the lexicon writes it, accents kept ("marche" is not "marché")
    pos: str  # VERB | NOUN | PHRASE
    plover_type: str
    plover_mode: str | None
    acled_type: str
    acled_subtype: str
    # "target" | "weapon" | "place" | "crowd" | "means" | "troops" | "sides" | "answer" | "toll"
    # | "people"
    needs: str | None


@dataclass(frozen=True, slots=True)
class Weapon:
    name: str
    folded: str
    weapon_class: str
    acled_subtype: str | None
    plover_mode: str | None


def _lemmas(lang: str, phrase: str) -> tuple[str, ...]:
    """A phrase as the parser lemmatises it, so "frappe aérienne" meets "frappes aériennes"."""
    from dateline.parse import load_model

    nlp = load_model(lang)
    if nlp is None:
        return tuple(fold_text(phrase).split())
    return tuple(fold_text(token.lemma_) for token in nlp(phrase))


def _lemmas_as_verb(lang: str, phrase: str) -> tuple[str, ...]:
    """An English phrase lemmatised after "to", so that its first word reads as a verb: alone,
    "lay down arms" is lemmatised "lie down arm" and never meets "laid down their arms"."""
    if lang != "en":
        return _lemmas(lang, phrase)
    return _lemmas(lang, f"to {phrase}")[1:]


@cache
def triggers(lang: str) -> dict[tuple[str, ...], list[Trigger]]:
    """Triggers of a language by their folded lemma sequence (and, for phrases, also by
    their folded words as written)."""
    found: dict[tuple[str, ...], list[Trigger]] = {}
    for row in read_tsv("events/triggers"):
        if row["lang"] != lang:
            continue
        written = tuple(fold_text(row["trigger"]).replace("'", "' ").split())
        keys = {written}
        if len(written) > 1 or row["pos"] == "PHRASE":
            keys.add(_lemmas(lang, row["trigger"]))
            keys.add(_lemmas_as_verb(lang, row["trigger"]))
        for words in keys:
            found.setdefault(words, []).append(
                Trigger(
                    lang=lang,
                    words=words,
                    written=row["trigger"],
                    pos=row["pos"],
                    plover_type=row["plover_type"],
                    plover_mode=row["plover_mode"] or None,
                    acled_type=row["acled_type"],
                    acled_subtype=row["acled_subtype"],
                    needs=row["needs"] or None,
                )
            )
    return found


# Words that end a phrase without being its object ("take over", "fall to", "tomber aux").
PARTICLES = frozenset(
    {
        "a",
        "au",
        "aux",
        "de",
        "du",
        "des",
        "d'",
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "en",
        "dans",
        "sur",
        "to",
        "over",
        "up",
        "out",
        "off",
        "in",
        "on",
        "at",
        "of",
        "the",
        "an",
        "into",
        "down",
        "back",
        "away",
        "for",
        "with",
    }
)


# English phrasal verbs' adverbs, which may follow the object ("pulled its troops out").
ADVERB_PARTICLES = frozenset({"out", "back", "over", "off", "down", "away"})


# Auxiliaries opening a passive phrase ("be received by", "être reçu par"): its participle
# is the phrase's meaning, so it never matches split around other words.
_PASSIVE_AUXILIARIES = frozenset({"be", "être", "etre"})


@cache
def split_phrases(lang: str) -> dict[str, list[tuple[str, Trigger]]]:
    """Verb-object phrases by their verb's lemma, with their object's lemma, so that words
    inside them do not hide them ("ont pris samedi le contrôle", "regained full control")."""
    found: dict[str, list[tuple[str, Trigger]]] = {}
    for words, rows in triggers(lang).items():
        # "pulled its fighters out", "handed it back": a phrasal verb's adverb after its
        # object still makes the phrase.
        phrasal = len(words) == 2 and words[-1] in ADVERB_PARTICLES
        if len(words) < 2 or (words[-1] in PARTICLES and not phrasal) or words[0] in ("se", "s'"):
            continue
        if words[0] in _PASSIVE_AUXILIARIES:
            continue  # "be received by": split, "are to withdraw … by" would read as a visit
        for row in rows:
            if row.pos == "PHRASE" and (words[-1], row) not in found.get(words[0], []):
                found.setdefault(words[0], []).append((words[-1], row))
    return found


# Reflexive clitics, as folded words: "se retirer", "s'est emparé".
CLITICS = frozenset({"se", "s'", "s"})


@cache
def pronominal_triggers(lang: str) -> dict[str, list[tuple[tuple[str, ...], Trigger]]]:
    """Reflexive verb triggers ("s'emparer", "se retirer", "se rendre à") by their verb's
    lemma, with the words after the verb, so that an auxiliary between clitic and verb
    ("se sont emparés", "s'est rendu à") does not hide them."""
    found: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for words, rows in triggers(lang).items():
        if len(words) < 2 or words[0] not in CLITICS or words[1] in ("etre", "être"):
            continue
        for row in rows:
            entry = (words[2:], row)
            if entry not in found.get(words[1], []):
                found.setdefault(words[1], []).append(entry)
    return found


@cache
def longest_trigger(lang: str) -> int:
    return max((len(words) for words in triggers(lang)), default=1)


@cache
def weapons() -> tuple[Weapon, ...]:
    rows = read_tsv("events/weapons")
    return tuple(
        Weapon(
            name=row["name"],
            folded=fold_text(row["name"]),
            weapon_class=row["class"],
            acled_subtype=row["acled_subtype"] or None,
            plover_mode=row["plover_mode"] or None,
        )
        for row in rows
    )


@cache
def weapon_names() -> frozenset[str]:
    """The weapons' folded names, to ask whether a word names a weapon."""
    return frozenset(weapon.folded for weapon in weapons())


@cache
def status_cues(lang: str) -> dict[str, tuple[str, str]]:
    """Folded cue → (status, scope)."""
    return {
        fold_text(row["cue"]): (row["status"], row["scope"])
        for row in read_tsv("events/status")
        if row["lang"] == lang
    }


@cache
def quantity_words(lang: str) -> dict[str, tuple[str, str]]:
    """Folded word or phrase → (kind, value)."""
    return {
        fold_text(row["word"]): (row["kind"], row["value"])
        for row in read_tsv("events/quantities")
        if row["lang"] == lang
    }


@cache
def period_words(lang: str, *, wars: bool = True) -> tuple[str, ...]:
    """Folded words saying a count covers a period ("depuis", "since") or, with ``wars``, a
    whole war ("guerre", "insurgency")."""
    kinds = ("period", "war") if wars else ("period",)
    return tuple(word for word, (kind, _) in quantity_words(lang).items() if kind in kinds)


@cache
def number_words(lang: str) -> dict[str, int]:
    return {
        fold_text(row["word"]): int(row["value"])
        for row in read_tsv("time/numbers")
        if row["lang"] == lang
    }


@cache
def weekday_names(lang: str) -> frozenset[str]:
    """The folded names of the days of the week ("lundi", "monday")."""
    return frozenset(
        fold_text(row["name"]) for row in read_tsv("time/weekdays") if row["lang"] == lang
    )


@cache
def time_words(lang: str) -> frozenset[str]:
    """Single words of dates and times ("dimanche", "mars", "veille", "soir", "semaine"),
    from the time lexicons: words a parser may hang another phrase on."""
    words = set(weekday_names(lang))
    words |= {fold_text(row["name"]) for row in read_tsv("time/months") if row["lang"] == lang}
    words |= {fold_text(row["word"]) for row in read_tsv("time/units") if row["lang"] == lang}
    for row in read_tsv("time/relative"):
        if row["lang"] == lang:
            words.add(fold_text(row["phrase"]).split()[-1])
    return frozenset(words)


def _lemmas_listed(name: str, lang: str) -> frozenset[str]:
    """The folded lemmas of one language in ``events/<name>.tsv``, a word list by lemma."""
    return frozenset(
        fold_text(row["lemma"]) for row in read_tsv(f"events/{name}") if row["lang"] == lang
    )


@cache
def outcome_lemmas(lang: str) -> frozenset[str]:
    """Lemmas of triggers that report an attack's toll (``events/outcomes.tsv``)."""
    return _lemmas_listed("outcomes", lang)


@cache
def witnessing_lemmas(lang: str) -> frozenset[str]:
    """Words reporting atrocities seen (``events/witnessing.tsv``): "faire état", "document"."""
    return _lemmas_listed("witnessing", lang)


@cache
def device_hit_lemmas(lang: str) -> frozenset[str]:
    """Verbs whose subject a mine or bomb hit (``events/device_hit.tsv``): "a sauté sur"."""
    return _lemmas_listed("device_hit", lang)


@cache
def killing_lemmas(lang: str) -> frozenset[str]:
    """Verbs whose active subject killed (``events/killing_verbs.tsv``): "tuer", "behead"."""
    return _lemmas_listed("killing_verbs", lang)


@cache
def reciprocal_lemmas(lang: str) -> frozenset[str]:
    """Fighting that takes two sides (``events/reciprocal.tsv``): "clashed", "affrontements"."""
    return _lemmas_listed("reciprocal", lang)


@cache
def two_sides_lemmas(lang: str) -> frozenset[str]:
    """Nouns that, counted as two, stand for a story's two parties (``events/two_sides.tsv``):
    "both sides", "les deux camps"."""
    return _lemmas_listed("two_sides", lang)


@cache
def unaccusative_lemmas(lang: str) -> frozenset[str]:
    """Verbs whose "être" is no passive (``events/unaccusatives.tsv``): "sont arrivés"."""
    return _lemmas_listed("unaccusatives", lang)


@cache
def holding_lemmas(lang: str) -> frozenset[str]:
    """Verbs of holding captives (``events/holding.tsv``): "détenus par le Hamas"."""
    return _lemmas_listed("holding", lang)


@cache
def disaster_lemmas(lang: str) -> frozenset[str]:
    """Natural causes of death (``events/disasters.tsv``): "the quake killed 2,200"."""
    return _lemmas_listed("disasters", lang)


@cache
def responsibility_lemmas(lang: str) -> frozenset[str]:
    """Verbs whose agent is an attack's perpetrator (``events/responsibility.tsv``)."""
    return _lemmas_listed("responsibility", lang)


@cache
def disclaiming_lemmas(lang: str) -> frozenset[str]:
    """Verbs that deny a deed when their object is its responsibility
    (``events/disclaiming.tsv``): "a rejeté la responsabilité de l'attaque"."""
    return _lemmas_listed("disclaiming", lang)


_TAKEN_GROUND = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


@cache
def repelling_lemmas(lang: str) -> frozenset[str]:
    """Verbs whose subject withstood the attack they take as object (``events/repelling.tsv``)."""
    return _lemmas_listed("repelling", lang)


@cache
def undergoing_phrases(lang: str) -> frozenset[tuple[str, str]]:
    """Verbs and the preposition leading the attack their subject underwent
    (``events/undergoing.tsv``): ("subir", "-"), ("tomber", "dans"), ("come", "under")."""
    return frozenset(
        (fold_text(row["lemma"]), row["prep"].lower())
        for row in read_tsv("events/undergoing")
        if row["lang"] == lang
    )


@cache
def seized_arms_lemmas(lang: str) -> frozenset[str]:
    """Arms a taking verb may take (``events/seized_arms.tsv``): "saisi des armes"."""
    return _lemmas_listed("seized_arms", lang)


@cache
def seized_goods_lemmas(lang: str) -> frozenset[str]:
    """Goods other than arms a taking verb may take (``events/seized_goods.tsv``): "seized
    3.2 tonnes of cocaine" is no ground taken."""
    return _lemmas_listed("seized_goods", lang)


@cache
def seized_people_lemmas(lang: str) -> frozenset[str]:
    """People a taking verb may take (``events/seized_people.tsv``): "two aides, who it said
    were seized by soldiers" were carried off, not ground taken."""
    return _lemmas_listed("seized_people", lang)


def takes_something(trigger: Trigger) -> bool:
    """A taking word: ground taken ("seize", "s'emparer") or goods seized ("saisir",
    "confisquer"), whose object decides what was taken."""
    if trigger.acled_subtype in _TAKEN_GROUND:
        return True
    return trigger.plover_mode == "seize" and trigger.acled_subtype == "Other"


@cache
def taking_verbs(lang: str) -> frozenset[str]:
    """Single-word verb triggers that take something (``takes_something``)."""
    return frozenset(
        words[0]
        for words, rows in triggers(lang).items()
        if len(words) == 1
        for row in rows
        if row.pos == "VERB" and takes_something(row)
    )


@dataclass(frozen=True, slots=True)
class PerpetratorCue:
    names: tuple[str, ...]  # subject | object | to, in the order to try them
    about: str  # deed | doer | any


@cache
def measure_triggers(lang: str) -> frozenset[str]:
    """Triggers, as triggers.tsv writes them, that name a state's restriction on a place
    (``events/measures.tsv``): a sentence telling one alone takes the story's place and
    authorities."""
    return frozenset(row["trigger"] for row in read_tsv("events/measures") if row["lang"] == lang)


@cache
def passive_measures(lang: str) -> dict[str, list[tuple[str, Trigger]]]:
    """Passive wordings of a measure by their verb's lemma, with the subject noun that makes
    them one and the trigger they are coded as ("internet was cut off": "cut", "internet",
    "cut internet")."""
    rows = {row.written: row for listed in triggers(lang).values() for row in listed}
    found: dict[str, list[tuple[str, Trigger]]] = {}
    for row in read_tsv("events/measures"):
        if row["lang"] == lang and row["verb"] and row["trigger"] in rows:
            entry = (fold_text(row["object"]), rows[row["trigger"]])
            found.setdefault(fold_text(row["verb"]), []).append(entry)
    return found


@cache
def perpetrator_cues(lang: str) -> dict[str, PerpetratorCue]:
    """Verbs that name who carried out an attack (``events/perpetrators.tsv``), by lemma."""
    return {
        fold_text(row["lemma"]): PerpetratorCue(tuple(row["names"].split()), row["about"])
        for row in read_tsv("events/perpetrators")
        if row["lang"] == lang
    }


@dataclass(frozen=True, slots=True)
class AttributionNoun:
    verbs: frozenset[str]  # lemmas of the verb the noun must hang on
    names: str  # noun | verb: whose argument names the side
    after: frozenset[str]  # the words leading the side's phrase


@cache
def attribution_nouns(lang: str) -> dict[str, AttributionNoun]:
    """Nouns that put an attack down to a side ("bore the hallmarks of", "porte la marque
    de", "les soupçons se portent sur"; ``events/attribution_nouns.tsv``), by lemma."""
    return {
        fold_text(row["noun"]): AttributionNoun(
            frozenset(fold_text(v) for v in row["verbs"].split()),
            row["names"],
            frozenset(fold_text(w) for w in row["after"].split()),
        )
        for row in read_tsv("events/attribution_nouns")
        if row["lang"] == lang
    }


@cache
def lemmas_of_kind(table: str, lang: str, kind: str) -> frozenset[str]:
    """The folded ``lemma`` column of a word list's rows of one language and ``kind``
    (``events/meeting_settings``, ``events/statement_scope``, ``events/deeds``)."""
    return frozenset(
        fold_text(row["lemma"])
        for row in read_tsv(table)
        if row["lang"] == lang and row["kind"] == kind
    )


@cache
def deed_nouns(lang: str, kind: str) -> frozenset[str]:
    """Nouns standing for an attack (``deed``: its triggers and ``events/deeds.tsv``) or for
    those who carried it out (``doer``)."""
    listed = set(lemmas_of_kind("events/deeds", lang, kind))
    if kind == "deed":
        listed |= {
            words[0]
            for words, rows in triggers(lang).items()
            if len(words) == 1
            and any(r.pos == "NOUN" and r.plover_type in ("ASSAULT", "COERCE") for r in rows)
        }
    return frozenset(listed)


@cache
def policing_phrases(lang: str) -> tuple[str, ...]:
    """Folded phrases naming a state's security forces in general (``actors/policing.tsv``)."""
    return tuple(
        fold_text(row["phrase"]) for row in read_tsv("actors/policing") if row["lang"] == lang
    )


@cache
def downing_triggers(lang: str) -> frozenset[str]:
    """Triggers that, with a munition as object, thwart a strike (``events/downing.tsv``)."""
    return frozenset(row["trigger"] for row in read_tsv("events/downing") if row["lang"] == lang)


@cache
def reporting_verbs(lang: str) -> frozenset[str]:
    """Verbs of saying (``claims/frames.tsv``): "X said they had…" tells who "they" are."""
    return frozenset(
        fold_text(row["form"])
        for row in read_tsv("claims/frames")
        if row["lang"] == lang and row["kind"] == "reporting"
    )


@cache
def agreement_verbs(lang: str) -> frozenset[str]:
    """Verbs that make an agreement noun an event (``events/agreement_verbs.tsv``)."""
    return _lemmas_listed("agreement_verbs", lang)


@cache
def mediator_phrases(lang: str) -> re.Pattern[str]:
    """Words before a mediator or host of talks (``events/mediators.tsv``), as one pattern
    that must end where the actor starts."""
    phrases = [fold_text(r["phrase"]) for r in read_tsv("events/mediators") if r["lang"] == lang]
    words = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # Past "of"/"de" and up to three words with no punctuation: "sous l'égide du président
    # turc Recep Tayyip Erdogan" makes both "président turc" and "Recep Tayyip Erdogan" hosts.
    after = r"(?:\s+(?:of|de|du|des|de la|de l'|d'|the))*\s*(?:[^\s,.;:()]+\s+){0,3}$"
    return re.compile(rf"\b(?:{words}){after}")


def cue_forms(token: Any) -> list[str]:
    """How a status cue may be written at ``token``: its lemma, its text, and with the
    particle or preposition it takes ("call for", "call on", "appeler à"); French hangs
    that preposition on the complement ("a appelé à sa libération"), not on the verb."""
    lemma, text = fold_text(token.lemma_), fold_text(token.text)
    particles = [
        fold_text(c.text)
        for c in token.children
        if c.dep_ in ("prep", "prt", "compound:prt") and c.i > token.i
    ]
    particles += [
        fold_text(case.text)
        for c in token.children
        if c.i > token.i and (c.dep_.startswith("obl") or c.dep_ == "xcomp")
        for case in c.children
        if case.dep_ in ("case", "mark") and case.i < c.i
    ]
    # "a appelé mardi les putschistes à libérer": the infinitive hangs on the addressee,
    # its "à" is still the verb's particle.
    particles += [
        fold_text(mark.text)
        for c in token.children
        if c.i > token.i and c.dep_ in ("obj", "dobj")
        for clause in c.children
        if clause.dep_ == "acl" and "Inf" in clause.morph.get("VerbForm")
        for mark in clause.children
        if mark.dep_ == "mark" and mark.i < clause.i
    ]
    lemmas = [lemma]
    if token.lang_ == "fr" and token.pos_ == "VERB" and lemma == text and text.endswith("e"):
        lemmas.append(f"{lemma}r")  # "réclame", "demande" left unlemmatised by the parser
    if denies_by_defending(token):
        lemmas.append(DENYING_LEMMA)  # "s'est défendue d'avoir visé des civils"
    return [*lemmas, text, *(f"{one} {particle}" for one in lemmas for particle in particles)]


# The French verb of denial a "se défendre de" stands for.
DENYING_LEMMA = "dementir"
_REFLEXIVE_CLITICS = frozenset({"se", "s'", "s’"})
_OF = frozenset({"de", "d'", "d’"})
# Nouns a party "se défend de" to deny them: "se défend de toute implication".
_DISCLAIMED_NOUNS = frozenset(
    {"implication", "responsabilite", "participation", "role", "accusation", "allegation"}
)


def denies_by_defending(token: Any) -> bool:
    """ "L'armée s'est défendue d'avoir visé des civils", "se défend de toute implication":
    "se défendre de" with a clause or a word of involvement denies a deed; "les villageois
    se sont défendus contre les assaillants" (to fight back) does not."""
    if fold_text(token.lemma_) != "defendre" or token.pos_ != "VERB":
        return False
    if not any(fold_text(c.text) in _REFLEXIVE_CLITICS and c.i < token.i for c in token.children):
        return False
    return any(
        c.i > token.i
        and any(m.dep_ in ("mark", "case") and fold_text(m.text) in _OF for m in c.children)
        and (c.pos_ in ("VERB", "AUX") or fold_text(c.lemma_) in _DISCLAIMED_NOUNS)
        for c in token.children
    )


@cache
def false_readings(lang: str) -> dict[str, frozenset[str]]:
    """Objects that make a trigger no event, by trigger (``events/false_readings.tsv``)."""
    found: dict[str, set[str]] = {}
    for row in read_tsv("events/false_readings"):
        if row["lang"] == lang:
            found.setdefault(row["trigger"], set()).add(fold_text(row["object"]))
    return {trigger: frozenset(objects) for trigger, objects in found.items()}


@dataclass(frozen=True, slots=True)
class MeasureFrame:
    """One verb or noun of ``events/measure_frames.tsv`` with the objects that make it a
    measure: "suspend" with "treaty", "fermeture" with "espace aérien"."""

    particles: tuple[str, ...]  # verbs: words between verb and object; nouns: the preposition
    objects: tuple[tuple[str, ...], ...]  # folded words, the head first
    trigger: Trigger


def _frame_object(lang: str, written: str) -> tuple[str, ...]:
    """An object's folded words with its head first: French heads lead ("espace aérien"),
    English heads close ("border crossing")."""
    words = fold_text(written).split()
    return tuple(words if lang == "fr" else [words[-1], *words[:-1]])


@cache
def _measure_frames(
    lang: str,
) -> tuple[dict[str, list[MeasureFrame]], dict[str, list[MeasureFrame]]]:
    """Verb and noun frames of a language, by their folded lemma, in file order."""
    verbs: dict[str, list[MeasureFrame]] = {}
    nouns: dict[str, list[MeasureFrame]] = {}
    for row in read_tsv("events/measure_frames"):
        if row["lang"] != lang:
            continue
        objects = tuple(_frame_object(lang, o) for o in row["objects"].split("|") if o.strip())
        for kind, found in (("verbs", verbs), ("nouns", nouns)):
            for entry in row[kind].split("|"):
                words = fold_text(entry).split()
                if not words:
                    continue
                trigger = Trigger(
                    lang=lang,
                    words=(words[0], objects[0][0]),
                    written=f"{entry} {row['objects'].split('|')[0]}",
                    pos="PHRASE",
                    plover_type=row["plover_type"],
                    plover_mode=row["plover_mode"] or None,
                    acled_type="Strategic developments",
                    acled_subtype="Other",
                    needs=None,
                )
                found.setdefault(words[0], []).append(
                    MeasureFrame(tuple(words[1:]), objects, trigger)
                )
    return verbs, nouns


def measure_verbs(lang: str) -> dict[str, list[MeasureFrame]]:
    """Verbs of a measure by lemma ("suspendre", "close", "withdraw from")."""
    return _measure_frames(lang)[0]


def measure_nouns(lang: str) -> dict[str, list[MeasureFrame]]:
    """Nouns of a measure by lemma ("suspension", "closure", "withdrawal from")."""
    return _measure_frames(lang)[1]


@cache
def office_nouns(lang: str) -> frozenset[str]:
    """Head nouns of office titles (``events/office_nouns.tsv``): "the security minister"."""
    return _lemmas_listed("office_nouns", lang)


@cache
def troop_words(lang: str) -> frozenset[str]:
    """Nouns naming troops (``events/troops.tsv``), folded: what a motion verb or a plan to
    come needs as its subject to tell a move of forces."""
    return frozenset(fold_text(r["word"]) for r in read_tsv("events/troops") if r["lang"] == lang)
