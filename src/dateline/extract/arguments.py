"""Who did it, to whom, where, when, how many: an event's arguments from the parse.

Each finder works on one sentence (a spaCy span, with the paragraph's character offset)
and the article's linked mentions, and returns the mention it picked, so the event can
cite it as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import Any

from dateline.clean.timestamps import month_number
from dateline.data import read_tsv
from dateline.extract.lexicon import (
    CLITICS,
    deed_nouns,
    killing_lemmas,
    number_words,
    perpetrator_cues,
    quantity_words,
    reciprocal_lemmas,
    reporting_verbs,
    time_words,
    triggers,
    unaccusative_lemmas,
    weapon_names,
)
from dateline.extract.status import (
    has_reflexive_clitic,
    main_verb_past_a_condition,
    misread_denial,
)
from dateline.link.actors.dictionary import fold_text, load_actors
from dateline.link.places import distance_km
from dateline.parse import passive_subject
from dateline.records import ActorMention, PlaceMention, TimeMention

ARMED = frozenset({"military", "armed_group", "police", "state", "government"})
SPEAKERS = frozenset({"media", "ngo"})
_TARGET_CASES = frozenset({"contre", "sur", "against", "on", "at", "vers", "toward", "towards"})
# Most specific first: a district (admin2) is finer than a province, coarser than a town.
_PLACE_RANK = {"point": 0, "town": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}


def char_span(offset: int, tokens: Iterable[Any]) -> tuple[int, int]:
    items = list(tokens)
    return offset + items[0].idx, offset + items[-1].idx + len(items[-1].text)


def mentions_in(mentions: Iterable[Any], start: int, end: int) -> list[Any]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def subject_of(token: Any) -> tuple[list[Any], bool] | None:
    """The subtree of a verb's subject and whether the verb is passive; a verb coordinated
    with another shares its subject ("Hamas gunmen burst through the fence and attacked")."""
    inverted = inverted_subject(token)
    if inverted is not None:
        return inverted, False
    after_relative = _subject_after_a_relative(token)
    if after_relative is not None:
        return after_relative, False
    node = token
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubj:pass", "nsubjpass"):
                passive = child.dep_ != "nsubj" and not _reflexive(node) and not _avoir(node)
                return list(child.subtree), passive and not _takes_etre(node)
        if _clause_of_a_preposition(node):
            node = node.head.head  # "left Niger after handing over their base"
            continue
        if _hung_on_an_object(node):
            node = node.head.head  # "a décrété un blocus … et menacé de…"
            continue
        if _leaves_the_report(node):
            node = node.head.head  # "ont conclu que l'armée avait… et ont annoncé des sanctions"
            continue
        main = main_verb_past_a_condition(node)
        if main is not None:
            node = main  # "a menacé … si le président n'était pas rétabli, et a imposé…"
            continue
        shared = _participle_sharing_an_auxiliary(node)
        if shared is not None:
            node = shared  # "la police a tiré … sur des partisans qui tentaient de…, et interpellé"
            continue
        if node.head.pos_ not in ("VERB", "AUX") or not (
            node.dep_ == "conj"
            or (node.dep_ == "advcl" and _subjectless_infinitive(node))  # "après avoir remis"
            or (node.dep_ == "xcomp" and not _has_object(node.head) and not told_to(node))
            or (node.dep_ == "advcl" and participle_clause(node))
        ):
            return None
        node = node.head
    return None


def _subject_after_a_relative(verb: Any) -> list[Any] | None:
    """ "Le Hezbollah, qu'Israël accuse de…": the parser may hang both the noun the relative
    clause describes and the clause's own subject on its verb; the subject is the one after
    the relative pronoun, the noun before it is what the clause tells of."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) < 2:
        return None
    relative = next(
        (
            c
            for c in verb.children
            if "Rel" in c.morph.get("PronType") and subjects[0].i < c.i < verb.i
        ),
        None,
    )
    if relative is None:
        return None
    after = [s for s in subjects if relative.i < s.i < verb.i]
    return list(after[0].subtree) if after else None


# Clitic pronouns the parser takes for the subject of a verb whose subject follows it.
_CLITICS = frozenset({"en", "le", "la", "l'", "l’", "y", "les"})


def inverted_subject(verb: Any) -> list[Any] | None:
    """ "comme l'en accuse l'armée soudanaise", "comme l'affirme Kiev": after "comme" the
    subject follows the verb; the parser makes the clitic before the verb its subject and
    the noun after it its object, though the noun speaks."""
    if not any(c.dep_ == "mark" and fold_text(c.text) == "comme" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if subjects and not all(fold_text(c.text) in _CLITICS for c in subjects):
        return None
    after = [
        c
        for c in verb.children
        if c.dep_ in ("obj", "nsubj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
    ]
    return sorted(after[0].subtree, key=lambda t: t.i) if after else None


# Prepositions whose gerund tells how or when the main verb's subject acted; not "of" or
# "for" ("accused Russian forces of dropping grenades": the object did it).
# "before withdrawing", "avant de se replier" tell how a raid ended, no deed of its own.
_CIRCUMSTANCES = frozenset({"after", "by", "while", "since", "upon", "without"})


def _participle_sharing_an_auxiliary(verb: Any) -> Any | None:
    """ "la police a tiré des gaz sur des partisans qui tentaient de rejoindre la place, et
    interpellé 120 d'entre eux": a bare past participle the parser coordinated with an
    infinitive cannot be its conjunct; it shares the auxiliary, and the subject, of the
    nearest compound-tense verb above it."""
    if (
        verb.dep_ != "conj"
        or "Part" not in verb.morph.get("VerbForm")
        or "Inf" not in verb.head.morph.get("VerbForm")
        or any(c.dep_.startswith("aux") for c in verb.children)
    ):
        return None
    node = verb.head
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and any(c.dep_ == "aux:tense" for c in node.children):
            return node
    return None


def _hung_on_an_object(verb: Any) -> bool:
    """ "a décrété un blocus sur les importations et menacé de s'en prendre…": a second
    verb the parser coordinated with the first verb's object shares that verb's subject."""
    noun = verb.head
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and not participle_clause(verb)  # "tuant six civils et en blessant 60": its own
        and noun.dep_ in ("obj", "dobj")
        and noun.head.pos_ in ("VERB", "AUX")
    )


def _finite(verb: Any) -> Any | None:
    """The word that carries a verb's tense: its finite auxiliary, else the verb itself."""
    for child in verb.children:
        if child.dep_.startswith("aux") and "Fin" in child.morph.get("VerbForm"):
            return child
    return verb if "Fin" in verb.morph.get("VerbForm") else None


# English finite forms of a backshifted report ("said the army had used…", "…was…").
_PAST_TAGS = frozenset({"VBD"})
# English auxiliaries of the reporter's own future ("…and will impose sanctions"); not "has",
# "have": "said gunmen attacked the village and have abducted 20 people" stays reported.
_NOW_WORDS = frozenset({"will", "shall"})


def _leaves_the_report(verb: Any) -> bool:
    """ "Les États-Unis ont conclu que l'armée avait utilisé des armes chimiques et ont
    annoncé des sanctions", "The US determined that the army had used chemical weapons and
    will impose sanctions": a verb the parser coordinated with the reported clause's verb,
    whose own auxiliary agrees with the reporting verb and not the reported one (French
    number, tense and mood) or breaks the report's past (English "will"), is the
    reporter's second deed."""
    told = verb.head
    if verb.dep_ != "conj" or told.dep_ != "ccomp" or told.head.pos_ not in ("VERB", "AUX"):
        return False
    own = next((c for c in verb.children if c.dep_.startswith("aux")), None)
    if own is None and _simple_tense_of_the_reporter(verb, told):
        return True
    if own is None or "Fin" not in own.morph.get("VerbForm"):
        return False
    told_finite, main_finite = _finite(told), _finite(told.head)
    if told_finite is None or main_finite is None:
        return False
    if verb.lang_ == "fr":

        def agrees(one: Any, other: Any) -> bool:
            keys = ("Number", "Tense", "Mood")  # "a nié que l'armée ait tué … et a suspendu"
            return all(one.morph.get(k) == other.morph.get(k) for k in keys)

        return agrees(own, main_finite) and not agrees(own, told_finite)
    return told_finite.tag_ in _PAST_TAGS and fold_text(own.text) in _NOW_WORDS


def _simple_tense_of_the_reporter(verb: Any, told: Any) -> bool:
    """ "Le groupe affirme que son chef a été tué lors d'affrontements avec HTS, et accuse
    HTS d'avoir remis sa dépouille": a French simple present coordinated with a reported
    compound past, after a reporting verb in that same simple present, is the reporter's."""
    if verb.lang_ != "fr" or "Fin" not in verb.morph.get("VerbForm"):
        return False
    reporter = told.head
    if "Fin" not in reporter.morph.get("VerbForm") or _has_auxiliary(reporter):
        return False
    if not _has_auxiliary(told):
        return False
    keys = ("Number", "Tense", "Mood")
    return all(verb.morph.get(k) == reporter.morph.get(k) for k in keys)


def _has_auxiliary(verb: Any) -> bool:
    return any(c.dep_.startswith("aux") for c in verb.children)


def said_beside_the_report(verb: Any) -> bool:
    """ "The minister denied that troops had used live ammunition and accused the
    protesters": a simple past the parser coordinated with a reported pluperfect, with no
    subject or auxiliary of its own, keeps the reporting verb's tense and so its subject.
    Only a statement is read so (the caller checks): "said gunmen had killed three people
    and burned houses" is one report of two deeds."""
    told = verb.head
    if verb.lang_ != "en" or verb.dep_ != "conj" or verb.tag_ not in _PAST_TAGS:
        return False
    if told.dep_ != "ccomp" or told.head.tag_ not in _PAST_TAGS:
        return False
    if any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
        return False
    return any(
        c.dep_ == "aux" and fold_text(c.lemma_) == "have" and c.tag_ in _PAST_TAGS
        for c in told.children
    )


def _clause_of_a_preposition(verb: Any) -> bool:
    """ "left Niger after handing over their base", "retaliated by shelling": a gerund a
    preposition of the main verb heads has that verb's subject."""
    preposition = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and preposition.dep_ == "prep"
        and fold_text(preposition.text) in _CIRCUMSTANCES
        and preposition.head.pos_ in ("VERB", "AUX")
        and not blames_another(preposition.head)
    )


def blames_another(verb: Any) -> bool:
    """A verb whose subject puts a deed down to someone else ("blame", "accuser",
    "attribuer"; "accused the UAE of complicity … by arming the RSF": the accused did it):
    the perpetrators' stage names the doer, the subject is not it."""
    cue = perpetrator_cues(verb.lang_).get(fold_text(verb.lemma_))
    return cue is not None and "subject" not in cue.names


# How far up from a deed's word the blaming verb whose charge names it may stand ("accused
# Moscow of using drones to drop chloropicrin": drop → using → of → accused).
_CHARGE_DEPTH = 4
# What introduces a charge: "accuse Kigali de soutenir", "accused Eritrea of arming",
# "blamed the army for using cluster munitions".
_CHARGE_MARKS = frozenset({"de", "d'", "d’", "du", "des"})
_CHARGE_PREPOSITIONS = frozenset({"of", "for"})
# Dependencies of a French charge hung on the blaming verb or on its object.
_CHARGE_DEPS = frozenset({"xcomp", "advcl", "acl", "ccomp", "obl", "obl:arg"})


def charge_holder(token: Any) -> Any | None:
    """The blaming verb ("accuser", "accuse", "blame", "soupçonner") whose charge names the
    deed at ``token``: "accuse Kigali de soutenir les rebelles", "accused Eritrea of arming
    the TPLF", "accused Kyiv of a drone attack", "a accusé les rebelles d'avoir tiré" (hung
    on the object). What the charge names is told by the accuser as done by the accused."""
    node = token
    for _ in range(_CHARGE_DEPTH):
        head = node.head
        if head.i == node.i or deed_beside_a_charge(node):
            return None
        if _states_a_charge(node, head):
            return head
        accusing = _verb_of_its_agent(head)
        if accusing is not None and _states_a_charge(node, accusing):
            return accusing  # "the RSF, accused by the army of shelling El Fasher"
        if (
            head.dep_ in ("obj", "dobj")
            and _names_a_doing(node)  # "les rebelles d'avoir tiré", not "auteurs de l'attaque"
            and _states_a_charge(node, head.head)
        ):
            return head.head
        node = head
    return None


def deed_beside_a_charge(verb: Any) -> bool:
    """A conjunct that cannot share its head's form: "a accusé Washington de commettre des
    exécutions et ordonné le déploiement de soldats" (a participle joined to an
    infinitive), "accused the army of staging the surrender and called for talks" (a
    finite verb joined to a gerund) is a second deed of the main clause, which the parser
    hung inside the charge."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in verb.children):
        return False
    form, head_form = verb.morph.get("VerbForm"), verb.head.morph.get("VerbForm")
    if verb.lang_ == "fr":
        bare_infinitive = "Inf" in head_form and not any(
            c.dep_.startswith("aux") for c in verb.head.children
        )
        return bare_infinitive and "Part" in form and "Past" in verb.morph.get("Tense")
    gerund = "Part" in head_form and "Prog" in verb.head.morph.get("Aspect")
    return gerund and "Fin" in form and "Past" in verb.morph.get("Tense")


def charge_holder_by_agent(verb: Any) -> bool:
    """A blaming participle on the accused, with its accuser as agent and a charge:
    "the RSF, accused by the army of shelling El Fasher" (the army accuses); not a deed
    put down to someone ("une frappe attribuée par des habitants à l'armée")."""
    if not blames_another(verb) or not agent_of(verb):
        return False
    return any(_states_a_charge(child, verb) for child in verb.subtree if child.i > verb.i)


def _verb_of_its_agent(noun: Any) -> Any | None:
    """The passive verb whose agent ``noun`` is ("accused by the army", "accusées par
    l'armée"): the parser may hang the charge on that agent."""
    if noun.dep_ == "obl:agent":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head
    return None


def _names_a_doing(node: Any) -> bool:
    """A verb ("d'avoir tiré"), or "of"/"for" before a gerund ("the rebels of firing")."""
    if node.pos_ in ("VERB", "AUX"):
        return True
    return node.dep_ == "prep" and any(c.dep_ == "pcomp" for c in node.children)


def _states_a_charge(node: Any, verb: Any) -> bool:
    """Whether ``node``, a word hung on ``verb`` after it, opens the charge of a blaming
    verb: "of"/"for" in English, a "de" phrase, infinitive or bare xcomp in French."""
    if verb.pos_ not in ("VERB", "AUX") or node.i < verb.i or not blames_another(verb):
        return False
    if verb.lang_ == "en":
        return node.dep_ == "prep" and fold_text(node.text) in _CHARGE_PREPOSITIONS
    if node.dep_ not in _CHARGE_DEPS:
        return False
    marks = {fold_text(c.text) for c in node.children if c.dep_ in ("mark", "case")}
    return bool(marks & _CHARGE_MARKS) or (node.dep_ == "xcomp" and not marks)


def charged_as_a_description(verb: Any) -> bool:
    """ "trois jeunes Palestiniens accusés d'avoir jeté des pierres", "two men accused of
    stealing cattle": a blaming participle describing a noun tells what someone is charged
    with, not that the deed happened."""
    past = "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense")
    return (
        verb.dep_ in ("acl", "amod")
        and (past or verb.tag_ == "VBN")
        and not any(c.dep_.startswith("aux") for c in verb.children)
        and not agent_of(verb)  # "accused by the army of shelling": an accusation made
    )


def _subjectless_infinitive(verb: Any) -> bool:
    """ "après avoir remis leur base", "avant de se retirer": an infinitive clause with no
    subject of its own is done by the main verb's subject."""
    infinitive = "Inf" in verb.morph.get("VerbForm") or any(
        "Inf" in c.morph.get("VerbForm") and c.dep_.startswith("aux") for c in verb.children
    )
    marks = {fold_text(c.text) for c in verb.children if c.dep_ == "mark"}
    return infinitive and bool(marks) and "avant" not in marks


def participle_hung_on_a_noun(verb: Any) -> Any | None:
    """ "Le Hamas a annoncé le report « jusqu'à nouvel ordre » …, accusant Israël de…": a
    present participle after a comma, with an object of its own, that the parser hung on a
    noun of the main clause is that clause's: the main verb, whose subject is the doer."""
    if verb.dep_ != "acl" or not participle_clause(verb) or not _has_object(verb):
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    root = verb.sent.root
    return root if root.pos_ in ("VERB", "AUX") and root.i < verb.i else None


def _has_object(verb: Any) -> bool:
    """ "urged Kyiv to withdraw", "called on the EU to impose sanctions": with an object,
    or someone called on, the object does the infinitive's deed."""
    return any(c.dep_ in ("obj", "dobj", "iobj") or _called_on(c) for c in verb.children)


# French verbs that order or let the one they address ("à X") do the infinitive's deed; not
# "promettre à X de", "décider à Ouagadougou de", whose subject does it.
_ORDERING = frozenset({"ordonner", "enjoindre", "intimer", "commander", "interdire", "permettre"})
_TO_WHOM = frozenset({"a", "au", "aux"})


def told_to(infinitive: Any) -> Any | None:
    """ "a ordonné à la police d'arrêter", "a enjoint aux militaires de libérer": the one
    an infinitive with "de" is ordered or allowed to do, a "à" phrase of the verb before it."""
    verb = infinitive.head
    marks = {fold_text(c.text) for c in infinitive.children if c.dep_ == "mark"}
    if not marks & {"de", "d'", "d’"} or fold_text(verb.lemma_) not in _ORDERING:
        return None
    for child in verb.children:
        cases = {fold_text(c.text) for c in child.children if c.dep_ == "case"}
        if (
            child.dep_ in ("obl:arg", "iobj", "obl")
            and child.i < infinitive.i
            and cases & _TO_WHOM
            and child.pos_ in ("NOUN", "PROPN")
        ):
            return child
    return None


def _called_on(child: Any) -> bool:
    """ "called on NATO", not "agreed on Monday": an "on" phrase naming no date."""
    words = [t for t in child.subtree if t.i != child.i]
    return (
        child.dep_ == "prep"
        and child.lower_ == "on"
        and bool(words)
        and not any(t.ent_type_ in ("DATE", "TIME") for t in words)
    )


def participle_clause(verb: Any) -> bool:
    """ "…, agreeing to exchange prisoners", "…, tuant dix civils": a clause with no subject
    of its own, whose doer is the main verb's."""
    forms = verb.morph.get("VerbForm")
    present = "Part" in forms and "Pres" in verb.morph.get("Tense")
    return verb.tag_ == "VBG" or "Ger" in forms or present


def _takes_etre(verb: Any) -> bool:
    """ "sont arrivés", "sont entrés", "sont convenus": French verbs whose "être" the parser
    reads as a passive; with no "par" agent, their subject acts."""
    lemma = fold_text(verb.lemma_)
    return lemma in unaccusative_lemmas("fr") and agent_of(verb) is None


def _avoir(verb: Any) -> bool:
    """ "L'état-major ukrainien a accusé…" parsed with a passive subject: a French verb
    whose only auxiliary is "avoir" is active whatever the subject's label."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    return any(fold_text(c.lemma_) == "avoir" for c in auxiliaries) and not any(
        c.dep_ in ("aux:pass", "auxpass") for c in auxiliaries
    )


def _reflexive(verb: Any) -> bool:
    """ "se sont rencontrés" is read as a passive by the French parser; the clitic and no
    passive auxiliary say its subject acts."""
    children = list(verb.children)
    if has_reflexive_clitic(verb, verb.lang_):
        # "Les islamistes s'étaient retirés": "se" with "être", which the parser then
        # labels a passive auxiliary, is a pronominal verb; French builds no passive on it.
        return agent_of(verb) is None
    return any(c.dep_.startswith("expl") for c in children) and not any(
        c.dep_ in ("aux:pass", "auxpass") for c in children
    )


def is_passive(verb: Any) -> bool:
    """ "a été abattu", "was shot down", even when the parser lost the subject; not "Kigali a
    aussitôt rejeté", whose subject the parser may label passive."""
    return any(
        child.dep_ in ("aux:pass", "auxpass") or passive_subject(child) for child in verb.children
    )


_GOVERNED = frozenset({"obj", "dobj", "nsubj", "obl", "nmod"})


# Prepositions of the means a deed used: "avec des mortiers", "with mortar shells".
_WITH = frozenset({"avec", "with"})


def _means_of_the_verb(noun: Any) -> Any | None:
    """ "ont attaqué une base … avec des mortiers", "attacked an FARDC position with mortar
    shells": the weapon the parser hangs on the verb as a modifier, or on its object, is
    what the verb's subject used; the verb, else None."""
    if noun.dep_ == "compound":
        noun = noun.head
    cases = {fold_text(c.text) for c in noun.children if c.dep_ == "case"}
    holder = noun.head
    if noun.dep_ == "pobj":
        cases.add(fold_text(holder.text))
        holder = holder.head
    if not cases & _WITH:
        return None
    if noun.dep_ == "obl:mod" and holder.pos_ == "VERB":
        return holder
    if holder.dep_ in ("obj", "dobj") and holder.head.pos_ == "VERB":
        return holder.head
    return None


def governing_verb(token: Any) -> Any | None:
    """For a noun trigger ("ont porté la deuxième frappe"), the verb it is the object of."""
    head = token
    for _ in range(3):
        # "lors d'une embuscade": the noun hangs on an adverb that hangs on the verb.
        linked = head.dep_ in _GOVERNED or (head.dep_ == "advmod" and head.pos_ == "ADV")
        if linked and head.head.pos_ in (
            "VERB",
            "AUX",
        ):
            return head.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB":
            return head.head.head  # "called for a ceasefire"
        if (means_of := _means_of_the_verb(head)) is not None:
            return means_of  # "ont attaqué une base … avec des mortiers"
        if _behind_the_deed(head):
            return head.head.head  # "the United States and Britain were behind the strikes"
        if _hung_on_a_day(head):
            return head.head.head  # "a adopté vendredi des sanctions": the day is no owner
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def led_by(noun: Any, prepositions: frozenset[str]) -> bool:
    """Whether a noun's phrase opens with one of the (folded) ``prepositions``: English hangs
    the noun on the preposition ("after the attack"), French the preposition on the noun
    ("après l'attaque")."""
    if noun.dep_ == "pobj" and fold_text(noun.head.text) in prepositions:
        return True
    return any(c.dep_ == "case" and fold_text(c.text) in prepositions for c in noun.children)


def _behind_the_deed(noun: Any) -> bool:
    """ "Washington and London were behind the strikes": the copula's subject owns the deed,
    and is no bystander named before it."""
    preposition = noun.head
    return bool(
        noun.dep_ == "pobj"
        and preposition.lower_ == "behind"
        and preposition.head.pos_ == "AUX"
        and preposition.head.lemma_ == "be"
    )


def _hung_on_a_day(noun: Any) -> bool:
    """ "L'UE a adopté vendredi des sanctions": the parser hangs the object after the day
    on the day, which hangs on the verb."""
    day = noun.head
    return (
        noun.dep_ == "nmod"
        and day.i < noun.i
        and fold_text(day.text) in _time_words()
        and day.dep_ in ("obl:mod", "obj", "obl")
        and day.head.pos_ == "VERB"
    )


def agent_of(token: Any) -> list[Any] | None:
    """The agent of a passive verb: "abattu par les rebelles", also when the parser made
    a mere modifier of it ("a été attaquée dans la nuit à Bosso, par des éléments de Boko
    Haram")."""
    for child in token.children:
        if child.dep_ in ("obl:agent", "agent") and not _a_deadline(child):
            return list(child.subtree)
    if not is_passive(token):
        return None
    for child in token.children:
        cases = {fold_text(c.text) for c in child.children if c.dep_ == "case"}
        if child.dep_ in _LOOSE_AGENTS and cases & BY_WORDS and not _a_deadline(child):
            return list(child.subtree)
    return _agent_hung_on_a_day(token)


def _agent_hung_on_a_day(verb: Any) -> list[Any] | None:
    """ "ont été pilonnées mercredi par l'artillerie des FSR": the parser may hang the
    agent after the day on the day, which hangs on the passive verb."""
    for day in verb.children:
        if day.i < verb.i or fold_text(day.text) not in _time_words():
            continue
        for child in day.children:
            cases = {fold_text(c.text) for c in child.children if c.dep_ == "case"}
            if child.i > day.i and child.dep_ == "nmod" and cases & BY_WORDS:
                return list(child.subtree)
    return None


def _a_deadline(phrase: Any) -> bool:
    """ "had been arrested by Sunday", "par la suite": a time, not the doer."""
    nouns = [t for t in phrase.subtree if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and all(fold_text(t.text) in _time_words() for t in nouns)


def names_a_time(phrase: Any) -> bool:
    """A "by"/"par" phrase that is a time ("by Sunday"), not who acted."""
    return _a_deadline(phrase)


@cache
def _time_words() -> frozenset[str]:
    return time_words("fr") | time_words("en")


_LOOSE_AGENTS = frozenset({"obl", "obl:mod", "obl:arg", "nmod"})
BY_WORDS = frozenset({"par", "by"})


def targets_of(token: Any) -> list[list[Any]]:
    """Objects of a trigger: its direct object, or what it is "contre"/"against"."""
    found = []
    for child in token.children:
        if child.dep_ in ("obj", "dobj"):
            found.append(list(child.subtree))
        elif child.dep_ in ("obl", "obl:arg", "nmod", "prep"):
            cases = {fold_text(c.text) for c in child.children if c.dep_ in ("case", "mark")}
            if cases & _TARGET_CASES or fold_text(child.text) in _TARGET_CASES:
                found.append(list(child.subtree))
    return found


def pick_actor(
    actors: list[ActorMention],
    start: int,
    end: int,
    *,
    kinds: frozenset[str] | None = None,
    text: str | None = None,
    speakers: frozenset[str] = frozenset(),
) -> ActorMention | None:
    """The first actor named inside a span ("l'armée soudanaise et les FSR": the army);
    given the ``text``, the force a common noun first in the span belongs to. Outlets and
    NGOs tell of deeds rather than do them, unless ``speakers`` admits their kind (an NGO
    that accuses or calls for something is the statement's doer)."""
    left_out = SPEAKERS - speakers
    inside = [a for a in mentions_in(actors, start, end) if a.kind not in left_out]
    if not inside:
        # "JNIM: Jama'a Nusrat al-Islam wal-Muslimin militants": a name whose start the
        # sentence splitter cut off at the colon still names the span's words.
        inside = [a for a in actors if a.start < start < a.end <= end and a.kind not in left_out]
    if kinds is not None:
        inside = [a for a in inside if a.kind in kinds] or inside
    if not inside:
        return None
    first = min(inside, key=lambda a: a.start)
    if text is not None:
        first = _whose(first, inside, text) or first
        first = _backed_by(first, inside, text) or first
        first = _faction_of(first, inside, text) or _group_premodified(first, inside, text) or first
    return _owned_by(first, inside, text) or first


# "des soldats des", "militaires russes de l'", "soldiers of the": what joins a common
# noun for forces to the name of the force they belong to.
_OF_A_FORCE = re.compile(r"^\s*(?:de|des|du|d'|d’|of)\s*(?:(?:la|le|les|the)\s+|l'|l’)?$", re.I)
# "Israeli rights group B'Tselem", "le groupe armé congolais CODECO": a name set right
# after a nationality's common noun, with at most two lower-case words between (the rest
# of the noun the parser left out), is the one it describes; not "Rwandan and Mozambican
# troops", two sides.
_APPOSED = re.compile(
    r"^(?: (?!(?:and|et|or|ou|with|avec|of|de|du|des|by|par|from)\b)[a-zà-ÿ-]+){0,2} ?$"
)
_GENERIC = frozenset({"home", "demonym"})
# "Kyiv's security service, the SBU,": a force's common noun renamed in apposition.
_RENAMED = re.compile(r"^\s*,\s*(?:the|le|la|les|l'|l’)\s*$", re.I)


def _whose(first: ActorMention, inside: list[ActorMention], text: str) -> ActorMention | None:
    """ "des soldats des Military Forces of Rwanda", "des militaires russes de l'Africa
    Corps": a common noun read through the story's country or a nationality, or a state's
    whole army or police, names less than the force named right after it, the doer; so
    does a nationality's noun set right before a name ("Israeli rights group B'Tselem")."""
    forces = first.canonical_id.count(".") == 1 and first.canonical_id.endswith((".MIL", ".POL"))
    if first.via not in _GENERIC and not forces:
        return None
    return next(
        (
            a
            for a in inside
            if a.start >= first.end
            and a.via not in _GENERIC | {"capital"}
            and a.kind not in ("state", "person")
            and (
                _OF_A_FORCE.match(text[first.end : a.start])
                or _RENAMED.match(text[first.end : a.start])
                or (first.via == "demonym" and _APPOSED.match(text[first.end : a.start]))
            )
        ),
        None,
    )


# "Islamic State-backed ADF rebels", "Iran-aligned militias": a backer named as a prefix.
_BACKING = re.compile(r"^[-‑–]\s*(?:backed|aligned|allied|supported|sponsored|linked)\b", re.I)


def _backed_by(backer: ActorMention, inside: list[ActorMention], text: str) -> ActorMention | None:
    """ "Islamic State-backed ADF rebels attacked a church": the group backed acts, not the
    backer its prefix names."""
    if not _BACKING.match(text[backer.end : backer.end + 12]):
        return None
    return next((a for a in sorted(inside, key=lambda a: a.start) if a.start > backer.end), None)


# "des dissidents des FARC de l'État-major central (EMC)": the faction's spelled-out name,
# which the dictionary leaves out as too generic, before the acronym it is known by.
_SPELLED_OUT_BEFORE = re.compile(
    r"^\s*(?:of|de|du|des|d'|d’)\s*(?:the\s+|la\s+|le\s+|l'|l’)?[\w'’ -]{1,40}\($", re.I
)
# "militants of JNIM's Katiba Macina": a movement's possessive before its faction.
_POSSESSIVE = re.compile(r"^['’]s?\s+$")


def _faction_of(group: ActorMention, inside: list[ActorMention], text: str) -> ActorMention | None:
    """ "FARC dissidents of the Jaime Martinez front", "des dissidents des FARC du front
    Carlos Patiño": a movement's own faction named right after it ("of", "du", or renamed
    after a comma) is the one that acts, as ACLED codes it, not the movement at large."""
    if group.kind in ("state", "person"):
        return None
    return next(
        (
            a
            for a in inside
            if a.start >= group.end
            and descends_from(a.canonical_id, group.canonical_id)
            and (
                _OF_A_FORCE.match(text[group.end : a.start])
                or _RENAMED.match(text[group.end : a.start])
                or _SPELLED_OUT_BEFORE.match(text[group.end : a.start])
                or _POSSESSIVE.match(text[group.end : a.start])
            )
        ),
        None,
    )


def _group_premodified(
    group: ActorMention, inside: list[ActorMention], text: str
) -> ActorMention | None:
    """ "the FARC dissident Estado Mayor Central (EMC) split", "the Islamic State affiliate
    ISWAP claimed": a movement's name used as a modifier of another group's name, at most two
    lower-case words between, leaves the group named last as the one meant."""
    if group.kind != "armed_group":
        return None
    return next(
        (
            a
            for a in inside
            if a.start > group.end
            and a.kind == "armed_group"
            and a.canonical_id != group.canonical_id
            and _APPOSED.match(text[group.end : a.start])
            and text[group.end : a.start].strip()
        ),
        None,
    )


def descends_from(actor_id: str, ancestor_id: str) -> bool:
    """Whether the dictionary sets ``actor_id`` under ``ancestor_id`` (GRP.EMC under
    GRP.FARC_DISS, GRP.KATIBA_MACINA under GRP.JNIM under GRP.AQ)."""
    dictionary = load_actors()
    seen: set[str] = set()
    known = dictionary.get(actor_id)
    while known is not None and known.parent is not None and known.parent not in seen:
        if known.parent == ancestor_id:
            return True
        seen.add(known.parent)
        known = dictionary.get(known.parent)
    return False


# Characters between a person and what they own: "Machar's SPLM-IO".
_POSSESSIVE_GAP = 3


# "Ukraine's SBU", "Russia’s FSB": a state's possessive ending.
_STATE_POSSESSIVE = re.compile(r"^\s*['’]s?\s+$")


def _owned_by(
    person: ActorMention, inside: list[ActorMention], text: str | None = None
) -> ActorMention | None:
    """ "Machar's SPLM-IO called the charges…": the party a leader owns acts, not the
    leader; so does a state's service ("Ukraine's SBU security service struck…")."""
    if person.kind == "state" and text is not None:
        return _state_owned(person, inside, text)
    if person.kind != "person":
        return None
    return next(
        (a for a in inside if 0 < a.start - person.end <= _POSSESSIVE_GAP and a.kind != "person"),
        None,
    )


def _of_the_state(body: ActorMention, state: ActorMention) -> bool:
    return body.country_iso3 == state.country_iso3 or body.canonical_id.startswith(
        state.canonical_id + "."
    )


def _state_owned(state: ActorMention, inside: list[ActorMention], text: str) -> ActorMention | None:
    """ "Israel's Mossad", "Pakistan's ISI": the state's own body named right after its
    possessive is the doer, not the state at large."""
    return next(
        (
            a
            for a in inside
            if a.start >= state.end
            and a.kind not in ("state", "person")
            and _of_the_state(a, state)
            and _STATE_POSSESSIVE.match(text[state.end : a.start])
        ),
        None,
    )


_JOINED = re.compile(r"\s*(?:et|and|&)\s*(?:(?:le|la|les|l'|the)\s*)?$", re.IGNORECASE)
_AND = re.compile(r"\b(?:et|and)\b", re.IGNORECASE)
# Before "A et B", a list goes on with commas: "A, B et C".
_LISTED_BEFORE = re.compile(r"\s*(?:,|et|and|&)\s*(?:(?:le|la|les|l'|the)\s*)?$", re.IGNORECASE)


def coordinated_start(
    actors: list[ActorMention], start: int, text: str, end: int | None = None
) -> int:
    """Where a subject really starts when the parser cut off its first conjuncts ("l'armée
    soudanaise et les FSR ont signé" parsed with "les FSR" alone as the subject; "Le
    Royaume-Uni, le Canada et la Norvège ont imposé" with "la Norvège")."""
    ordered = sorted(actors, key=lambda a: -a.end)
    listing = end is not None and _AND.search(text[start:end]) is not None
    link, moved = _LISTED_BEFORE if listing else _JOINED, True
    while moved:
        moved = False
        for actor in ordered:
            if actor.end <= start and start - actor.end <= 8:
                if link.match(text[actor.end : start]):
                    start, moved, link = actor.start, True, _LISTED_BEFORE
                break
    return start


@cache
def victim_words(lang: str) -> dict[tuple[str, ...], str]:
    return {
        tuple(fold_text(row["word"]).split()): row["target"]
        for row in read_tsv("events/victims")
        if row["lang"] == lang
    }


@cache
def crowd_words(lang: str) -> dict[tuple[str, ...], str]:
    return {
        tuple(fold_text(row["word"]).split()): row["crowd"]
        for row in read_tsv("events/crowds")
        if row["lang"] == lang
    }


def words_in(tokens: list[Any], lexicon: dict[tuple[str, ...], str]) -> set[str]:
    """The values of the lexicon's words and phrases found in a run of tokens."""
    folded = [fold_text(token.text) for token in tokens]
    longest = max((len(words) for words in lexicon), default=1)
    found = set()
    for index in range(len(folded)):
        for size in range(min(longest, len(folded) - index), 0, -1):
            value = lexicon.get(tuple(folded[index : index + size]))
            if value is not None:
                found.add(value)
                break
    return found


def victims_in(sent: Any, lang: str, *, besides: frozenset[int] = frozenset()) -> str | None:
    """Who an attack hit when no actor says it: PROTESTERS, then soldiers and their posts
    (ARMED: an attack on a base is a battle even when civilians die too), then CIVILIANS,
    then people of no stated kind.
    Tokens in ``besides`` (the agent's words: "soldiers fired on protesters") do not count."""
    tokens = [token for token in sent if token.i not in besides]
    found = words_in([t for t in tokens if not _not_hit(t, lang)], victim_words(lang))
    if any(_protesting(token, lang) for token in tokens):
        found.add("PROTESTERS")  # "sur des étudiants qui manifestaient"
    if any(_crowd_heading_somewhere(token, lang) for token in tokens if not _not_hit(token, lang)):
        found.add("PROTESTERS")  # "sur des partisans … qui marchaient vers le centre-ville"
    for target in ("PROTESTERS", "ARMED", "CIVILIANS", "PEOPLE"):
        if target in found:
            return target
    return None


# Words that make a noun a source ("selon des habitants", "according to residents"), the doer
# of a passive deed ("par des rebelles des ADF", "by ADF rebels"), or what the doers set up
# ("set up a base", "ont installé une base"): none of them names whom an attack hit.
_SOURCE_CASES = frozenset({"selon", "according", "dixit"})
_SETTING_UP = frozenset(
    {"set", "establish", "install", "build", "installer", "etablir", "implanter", "construire"}
)


def _not_hit(token: Any, lang: str) -> bool:
    """Whether a victim word names who told, who did, or what the doers set up, not whom
    they hit: "ISWAP fighters attacked Monguno, residents said" is a battle."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "witnesses and residents said"
    return _a_source(head, lang) or _the_doers(head) or _set_up(head)


def _a_source(token: Any, lang: str) -> bool:
    """ "selon des habitants", "according to residents", "residents said", "ont rapporté
    des habitants" (the French inverted subject)."""
    if _cased_as_a_source(token) or told_by(token):
        return True
    verb = token.head
    if fold_text(verb.lemma_) not in reporting_verbs(lang):
        return False
    if token.dep_.startswith("nsubj"):
        # The subject nearest the verb: "protesters … hurled stones, police said" is
        # sometimes parsed with two subjects of "said".
        nearest = max(c.i for c in verb.children if c.dep_.startswith("nsubj"))
        return bool(token.i == nearest)
    return _inverted_subject(token, verb, lang)


def is_the_source(token: Any, lang: str) -> bool:
    """Whether a name is itself who told ("selon Kigali", "according to Nairobi", "Kinshasa
    said"), not a word deeper in a source phrase ("according to residents of Goma")."""
    if _cased_as_a_source(token):
        return True
    preposition = token.head
    if token.dep_ == "pobj" and fold_text(preposition.head.text) in _SOURCE_CASES:
        return bool(preposition.i != token.i)  # "according to Nairobi"
    verb = token.head
    if fold_text(verb.lemma_) not in reporting_verbs(lang):
        return False
    return token.dep_.startswith("nsubj") or _inverted_subject(token, verb, lang)


def _cased_as_a_source(token: Any) -> bool:
    """ "selon des habitants", "selon Kigali": the word's own preposition names a source."""
    return any(fold_text(c.text) in _SOURCE_CASES for c in token.children if c.dep_ == "case")


def _inverted_subject(token: Any, verb: Any, lang: str) -> bool:
    """French only: "…, ont rapporté des habitants", "a affirmé Ouagadougou" — the subject
    after a verb of saying, read as its object when the verb has no subject."""
    inverted = lang == "fr" and token.dep_ == "obj" and token.i > verb.i
    return inverted and not any(c.dep_.startswith("nsubj") for c in verb.children)


def told_by(token: Any) -> bool:
    """Whether a word sits in a source phrase ("selon des habitants", "according to
    residents"): who told, not who did or suffered."""
    return any(fold_text(a.text) in _SOURCE_CASES for a in token.ancestors)


def _the_doers(token: Any) -> bool:
    """ "tués dans l'attaque d'une église par des rebelles des ADF", "killed in an attack on
    a church by ADF rebels": the agent phrase hangs on the noun, not on the verb."""
    if token.dep_ == "pobj" and fold_text(token.head.text) in BY_WORDS:
        return True
    return any(c.dep_ == "case" and fold_text(c.text) in BY_WORDS for c in token.children)


def _set_up(token: Any) -> bool:
    """ "set up a base in the hills, from which they attacked…": the attackers' own base."""
    return token.dep_ in ("obj", "dobj") and fold_text(token.head.lemma_) in _SETTING_UP


def _protesting(token: Any, lang: str) -> bool:
    """A protest verb in a clause describing people: "des étudiants qui manifestaient",
    "supporters marching against the results"."""
    if token.pos_ != "VERB" or token.dep_ not in ("acl", "acl:relcl", "relcl"):
        return False
    rows = triggers(lang).get((fold_text(token.lemma_),), [])
    return token.head.pos_ == "NOUN" and any(row.plover_type == "PROTEST" for row in rows)


# Verbs of a crowd heading for a place ("as they tried to reach a central square",
# "qui marchaient vers le centre-ville"): a march, not a gathering caught in a strike.
_HEADING_FOR = frozenset(
    {"reach", "march", "head", "converge", "marcher", "rejoindre", "atteindre", "converger"}
)


def _crowd_heading_somewhere(token: Any, lang: str) -> bool:
    """A demonstrating crowd's word (supporters, partisans) hit while a clause tells it
    heading for a place: "fired on supporters … as they tried to reach a central square",
    "ont tiré sur des partisans qui marchaient vers le centre-ville" hit marchers."""
    if crowd_words(lang).get((fold_text(token.text),)) != "protesters":
        return False
    verb = governing_verb(token)
    anchors = {token.i} if verb is None else {token.i, verb.i}
    return any(
        fold_text(other.lemma_) in _HEADING_FOR
        and other.pos_ == "VERB"
        and other.i > token.i
        and any(a.i in anchors for a in other.ancestors)
        for other in token.sent
    )


def agent_tokens(token: Any) -> frozenset[int]:
    """Token indexes of the agent's words of a trigger's clause: the active subject of its
    verb, or the "par X"/"by X" of a passive one."""
    if misread_relative_verb(token):
        return frozenset(t.i for t in with_nominal_run_before([token.head]))
    if fight_misread_as_a_participle(token):
        return frozenset(t.i for t in fight_misread_sides(token))
    if misread_denial(token):
        return frozenset(t.i for t in misread_denier(token))
    verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
    if verb is None:
        return frozenset()
    agent = agent_of(verb)
    if agent:
        return frozenset(t.i for t in agent)
    subject = subject_of(verb)
    if subject and not subject[1]:
        words = with_nominal_run_before(subject[0])
        if token in words and token.pos_ == "NOUN":
            # "Une attaque de Boko Haram contre une base … a fait 40 morts": the attack is
            # the subject; what it was against is no agent.
            aimed_at = {t.i for target in targets_of(token) for t in target}
            words = [t for t in words if t.i not in aimed_at]
        return frozenset(t.i for t in words)
    return frozenset()


# Prepositions that take the other side of a fight: "clashed with police", "fought against".
_FOUGHT_WITH = frozenset({"with", "against"})
_FIGHTING_VERBS = frozenset({"clash", "fight", "skirmish"})
# What a crowd does with no object, so that no passive reading of the participle stands.
_CROWD_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "riot"})


def fight_misread_as_a_participle(verb: Any) -> bool:
    """ "Inmates from rival gangs fought with guns inside the prison", "protesters angry
    about prices clashed with police", "Thousands protested in Dhaka": the English parser
    hangs the sentence's own past-tense verb on the plural noun before it as a participle.
    Clashing and protesting take no object, and fighting *with* or *against* someone none
    either, so no passive reading stands ("the war fought with drones", "the battles fought
    in 2014" are done to their noun)."""
    if verb.doc.lang_ != "en" or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
        return False
    lemma = fold_text(verb.lemma_)
    noun = verb.head
    if any(c.dep_ in ("agent", "dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    if lemma in _CROWD_VERBS and noun.dep_ == "ROOT":
        return _told_of_many(noun)  # "Thousands protested in Dhaka": no one is protested
    if lemma not in _FIGHTING_VERBS or not _told_of_many(noun):
        return False
    if fold_text(noun.lemma_) in reciprocal_lemmas("en"):
        return False  # "the battles fought with tanks"
    return lemma == "clash" or any(
        c.dep_ == "prep" and fold_text(c.text) in _FOUGHT_WITH for c in verb.children
    )


def _nouns_up_from(noun: Any) -> list[Any]:
    """The nouns of the noun phrase ``noun`` sits in, from it up to the phrase's head:
    "cost" in "protesters angry about the rising cost of living" leads up to "protesters"."""
    nouns = [noun]
    token = noun
    while token.head.i != token.i and token.head.pos_ in _NOMINAL:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN"):
            nouns.append(token)
    return nouns


def _told_of_many(noun: Any) -> bool:
    """A plural noun in the noun phrase ``noun`` sits in: the sides of a fight ("protesters
    angry about the cost of living"), not "a documentary about the war"."""
    return any(t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") for t in _nouns_up_from(noun))


def fight_misread_sides(verb: Any) -> list[Any]:
    """The words before a misread fighting verb that tell who fought: the noun phrase it
    hangs on, from that phrase's head ("protesters angry about the cost of living")."""
    outermost = _nouns_up_from(verb.head)[-1]
    return list(verb.doc[outermost.left_edge.i : verb.i])


_NOMINAL = frozenset({"DET", "NOUN", "PROPN", "ADP", "ADJ", "NUM"})
# The relative pronoun before a subject and its verb ("ce que Kigali dément").
_RELATIVE_QUE = frozenset({"que", "qu'", "qu’"})


def misread_relative_verb(token: Any, forms: frozenset[str] | None = None) -> bool:
    """A verb of a French relative clause tagged as an adverb or adjective of its subject
    ("ce que Kigali dément": "dément" an adverb on "Kigali"), optionally one of ``forms``
    (folded): its subject is the noun it hangs on, right after "que"."""
    if forms is not None and fold_text(token.text) not in forms:
        return False
    if token.pos_ not in ("ADV", "ADJ") or token.dep_ not in ("advmod", "amod"):
        return False
    subject = token.head
    if subject.pos_ not in ("NOUN", "PROPN") or not 0 < token.i - subject.i <= 3:
        return False
    words = with_nominal_run_before([subject])
    before = subject.doc[words[0].i - 1] if words[0].i > 0 else None
    return before is not None and fold_text(before.text) in _RELATIVE_QUE


def misread_denier(token: Any) -> list[Any]:
    """Who says a misread "dément": the noun it hangs on, told before it ("L'armée dément
    avoir tiré"), the subject of the word it hangs on ("Le Rwanda dément soutenir", "qui
    dément toute implication"), or the noun right after it ("ce que dément l'armée")."""
    head = token.head
    if head.i < token.i and head.pos_ in ("NOUN", "PROPN"):
        return with_nominal_run_before([head])
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and subject.i < token.i:
        if fold_text(subject.text) in _RELATIVE_SUBJECTS and head.dep_.endswith("relcl"):
            return with_nominal_run_before([head.head])  # "l'armée, qui dément"
        return list(subject.subtree)
    after = token.doc[token.i + 1 : token.sent.end]
    noun = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)
    return [] if noun is None else [t for t in after if t.i <= noun.i]


# Relative pronouns that stand for the noun before them as a subject.
_RELATIVE_SUBJECTS = frozenset({"qui"})


def with_nominal_run_before(words: list[Any]) -> list[Any]:
    """The subject with the nominal words right before it: when the parser cut "des
    combattants de Boko Haram" to "Haram", the fighters are still the doers."""
    first = min(words, key=lambda t: t.i)
    doc = first.doc
    start = first.i
    while start > first.sent.start and doc[start - 1].pos_ in _NOMINAL:
        start -= 1
    return [*doc[start : first.i], *words]


# What may stand between two places of one list ("à Saint-Louis et à Dakar", "in Erbil and
# at Ain al-Asad", "d'Es-Suhne et d'Arak"): separators and the words of a locative phrase,
# not "près de"/"near" or "dans le territoire de", which place one inside the other.
_LISTED = re.compile(
    r"^(?:[\s,;]|\b(?:et|and|ainsi que|as well as|ou|or|à|a|au|aux|en|dans|in|at|on|de|du|des|"
    r"d'|d’|la|le|les|l'|l’|the|of|villes?|villages?|localités?|towns?|cities|city|"
    r"provinces?|régions?|regions?|districts?)\b)*$",
    re.IGNORECASE,
)


def places_for_event(
    places: list[PlaceMention], start: int, end: int, *, near: int, text: str
) -> list[PlaceMention]:
    """Where the event happened: the most specific resolved place nearest the trigger, and
    the places listed with it ("à l'est de Palmyre, ainsi que dans les villes d'Es-Suhne et
    d'Arak"), one event each as ACLED codes; other places in the sentence are context."""
    found = [p for p in mentions_in(places, start, end) if p.kind == "place" and p.lat is not None]
    if not found:
        return []
    best = min(_PLACE_RANK.get(p.feature or "country", 5) for p in found)
    ranked = sorted(
        (p for p in found if _PLACE_RANK.get(p.feature or "country", 5) == best),
        key=lambda p: p.start,
    )
    first = min(ranked, key=lambda p: abs(p.start - near))
    chosen = [first]
    for direction in (1, -1):
        index = ranked.index(first)
        while 0 <= index + direction < len(ranked):
            left, right = sorted((ranked[index], ranked[index + direction]), key=lambda p: p.start)
            if not _LISTED.match(text[left.end : right.start]):
                break
            index += direction
            chosen.append(ranked[index])
    unique: dict[object, PlaceMention] = {}
    for place in sorted(chosen, key=lambda p: p.start):
        unique.setdefault(place.geonames_id or place.name, place)
    return _without_containers(_stretch_ends_dropped(list(unique.values()), text), text)


# "sur l'axe entre Douentza et Boni", "on the road between Mueda and Awasse": the words
# before the first end of a stretch of road.
_BETWEEN = re.compile(r"\b(?:entre|between)\b[^.,;:]{0,25}$", re.IGNORECASE)


def _stretch_ends_dropped(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A deed on the road between two towns is one event, placed at the first, as ACLED
    codes it; two towns listed are two events."""
    kept = list(places)
    for left, right in pairwise(places):
        listed = _LISTED.match(text[left.end : right.start])
        between = _BETWEEN.search(text, max(0, left.start - 30), left.start)
        if between and listed and left in kept and right in kept:
            kept.remove(right)
    return kept


# "Dasht-e-Barchi, à Kaboul", "Hodan, in Mogadishu": the second place holds the first.
_INSIDE = re.compile(r"^\s*,?\s*(?:à|a|in|at|près de|near)\s*$", re.IGNORECASE)
# How far a place may lie from the town said to hold it before we doubt it was resolved right.
_HELD_WITHIN_KM = 30.0


def _without_containers(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """One event for a place and the town said to hold it: the place itself, or the town
    when the place was put too far from it to be inside (a namesake elsewhere)."""
    kept = list(places)
    for left, right in pairwise(places):
        if left not in kept or right not in kept or not _INSIDE.match(text[left.end : right.start]):
            continue
        assert left.lat is not None and left.lon is not None
        assert right.lat is not None and right.lon is not None
        near = distance_km(left.lat, left.lon, right.lat, right.lon) <= _HELD_WITHIN_KM
        kept.remove(right if near else left)
    return kept


def time_for_event(
    times: list[TimeMention], start: int, end: int, *, near: int, text: str = ""
) -> TimeMention | None:
    """A point in time over a stretch ("ce jeudi" rather than "en 48 heures"), the one
    nearest the trigger when the sentence dates several things; a day over a bare "dans la
    nuit"/"overnight" ("in an overnight raid on Friday"); a range's first day, as ACLED
    dates an event that spans two ("dans la nuit du 13 au 14 mai", "between 18 and 22
    December", "dans la nuit de dimanche à lundi")."""
    found = [t for t in mentions_in(times, start, end) if t.date_start is not None]
    if not found:
        return None
    points = [t for t in found if t.kind != "duration"] or found
    # "sanctions … depuis 2022", "cette année": when a day is named, a period's start or
    # a whole year is not the event's date.
    points = [t for t in points if not _SINCE.match(t.text)] or points
    if any(t.precision == "day" for t in points):
        points = [t for t in points if t.precision != "year"]
    days = [t for t in points if not _bare_night(t)]
    chosen: TimeMention = min(days or points, key=lambda t: abs(t.start - near))
    return _range_start(chosen, found, text) if text else chosen


_SINCE = re.compile(r"(?:depuis|since)\b", re.IGNORECASE)
# "Dans la nuit", "overnight": the night of a day the sentence names, not a day itself.
_BARE_NIGHTS = frozenset(
    {"dans la nuit", "la nuit", "pendant la nuit", "overnight", "in the night", "during the night"}
)
# What opens a range before its first day, and what joins it to the second.
_RANGE_OPENING = re.compile(
    r"(?:\bdu|\bentre\s+le|\bles|\bfrom|\bbetween|\bde)\s+(\w+)(?:\s+(?P<month>[^\W\d]+))?\s+"
    r"(?:au|et\s+le|et|à|to|and|-|–)\s*$",
    re.IGNORECASE,
)
_ORDINAL_SUFFIX = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th)?$", re.IGNORECASE)


def _bare_night(time: TimeMention) -> bool:
    return time.kind == "relative" and " ".join(time.text.lower().split()) in _BARE_NIGHTS


def _range_start(time: TimeMention, found: list[TimeMention], text: str) -> TimeMention:
    """The first day of a range whose last day ``time`` is: a day number ("du 13 au 14 mai
    2024") or a weekday the text dates as well ("de dimanche à lundi")."""
    day = time.date_start
    if day is None or time.precision != "day":
        return time
    window = max(0, time.start - 30)
    opening = _RANGE_OPENING.search(text[window : time.start])
    if opening is None:
        return time
    first = opening.group(1)
    number = _ORDINAL_SUFFIX.match(first)
    month = month_number(opening["month"]) if opening["month"] else day.month
    if opening["month"] and month is None:
        return time
    if number is not None and month is not None:
        # "du 30 juin au 1er juillet 2023": the first day may lie in the month before.
        start_day = int(number.group(1))
        year = day.year - 1 if month > day.month else day.year
        try:
            begins = date(year, month, start_day)
        except ValueError:
            return time
        if not day - timedelta(days=31) < begins < day:
            return time
    else:
        at = window + opening.start(1)
        weekday = next((t for t in found if t.kind == "weekday" and t.start == at), None)
        if weekday is None or weekday.date_start is None or weekday.date_start >= day:
            return time
        begins = weekday.date_start
    opens = window + opening.start()
    return replace(time, text=text[opens : time.end], start=opens, date_start=begins)


_NUMBER = re.compile(r"^\d[\d\s.,]*$")


def number_value(token: Any, lang: str) -> int | None:
    """The value of a number token, in digits or words ("six", "1,200")."""
    return _number(token, lang)


def _number(token: Any, lang: str) -> int | None:
    value = _plain_number(token, lang)
    if value is None or value < 2 or token.i + 1 >= len(token.doc):
        return value
    # "two dozen people", "deux douzaines de civils": so many twelves.
    return value * 12 if fold_text(token.doc[token.i + 1].text) in _DOZENS else value


_DOZENS = frozenset({"dozen", "douzaine", "douzaines"})


def _plain_number(token: Any, lang: str) -> int | None:
    text = token.text.replace("\u202f", "").replace(" ", "")
    if _NUMBER.match(text):
        digits = re.sub(r"[.,\s]", "", text)
        return int(digits) if digits.isdigit() else None
    if _spelled(token, lang) is None:
        return None
    return _spelled_value(_spelled_run(token, lang), lang)


_JOINERS = frozenset({"-", "et", "and"})
_MULTIPLIERS = frozenset({100, 1000, 1_000_000})


def _spelled(token: Any, lang: str) -> list[int] | None:
    """The values of a number written in words, hyphenated parts apart ("quatre-vingt-dix")."""
    words = number_words(lang)
    values = [words.get(fold_text(part)) for part in token.text.split("-") if part]
    if not values or None in values:
        return None
    return values  # type: ignore[return-value]


def _follows(before: int, after: int, joiner: str | None, lang: str) -> bool:
    """Whether two number words make one number: "thirty-two", "vingt et un", "deux cents",
    "hundred and fifty", "quatre-vingts"; not "deux ou trois", nor "cinq et six"."""
    if after < before:
        return True
    if joiner in ("et", "and"):
        return False
    return after in _MULTIPLIERS or (lang == "fr" and (before, after) == (4, 20))


def _spelled_run(token: Any, lang: str) -> list[int]:
    """The values of the whole spelled number a token is part of: the parser splits
    "quarante-quatre" and "thirty-two" and hangs their parts on different words."""
    doc = token.doc
    values = list(_spelled(token, lang) or [])
    for step in (-1, 1):
        at = token.i
        while True:
            nxt = at + step
            joiner = fold_text(doc[nxt].text) if 0 <= nxt < len(doc) else None
            if joiner in _JOINERS:
                nxt += step
            else:
                joiner = None
            if not 0 <= nxt < len(doc):
                break
            more = _spelled(doc[nxt], lang)
            if more is None:
                break
            pair = (more[-1], values[0]) if step < 0 else (values[-1], more[0])
            if not _follows(*pair, joiner, lang):
                break
            values = more + values if step < 0 else values + more
            at = nxt
    return values


def _spelled_value(values: list[int], lang: str) -> int:
    """ "quatre-vingt-dix-sept" 97, "mille deux cents" 1200, "two hundred and fifty" 250."""
    total = current = 0
    previous = None
    for value in values:
        if lang == "fr" and value == 20 and previous == 4:
            current += 76  # "quatre-vingt(s)": four twenties, the four already counted
        elif value == 100:
            current = max(current, 1) * value
        elif value >= 1000:
            total += max(current, 1) * value
            current = 0
        else:
            current += value
        previous = value
    return total + current


def fatalities_in(
    sent: Any,
    offset: int,
    lang: str,
    *,
    anchor: Any = None,
    rivals: tuple[int, ...] = (),
    dates: Iterable[tuple[int, int]] = (),
) -> tuple[int, tuple[int, int]] | None:
    """Deaths stated in a sentence, ACLED-style: the lowest figure given, vague words at
    their conventional value, an explicit "no victims" as 0. A death count belongs to the
    nearest trigger: with ``anchor`` (this trigger's token) and ``rivals`` (the other
    triggers' token indexes), counts nearer a rival are left to it ("frappes annoncées
    mardi, suite à la mort de deux pilotes … tués": the deaths are the killing's). Numbers
    inside ``dates`` (character spans) are days, not victims ("du 27 au 31 mars")."""
    words = quantity_words(lang)
    in_dates = [(start - offset, end - offset) for start, end in dates]
    counts: list[tuple[int, tuple[int, int], str | None]] = []
    own: list[tuple[int, tuple[int, int]]] = []
    earlier: list[tuple[int, tuple[int, int]]] = []
    zero: tuple[int, tuple[int, int]] | None = None
    latest: tuple[int, Any, tuple[int, int]] | None = None
    for token in sent:
        entry, phrase = _fatality_word(token, words, lang)
        if entry is not None and entry[0] in _TOLL_NOUNS:
            found = _reached_figure(token, lang, of_dead=entry[0] == "count")
            if found is not None and fold_text(token.head.lemma_) in _REVISING | _UPDATING:
                # "Four more people died, bringing the toll to 16": the latest total.
                start, end = sorted((token, found[1]), key=lambda t: t.i)
                latest = latest or (found[0], found[1], (start.idx, end.idx + len(end.text)))
        elif (
            entry is None
            or entry[0] not in _KILLING_KINDS
            or _among_the_dead(token)
            or _background_murder(token)
        ):
            continue
        else:
            found = _count_near(phrase[0], lang, phrase=frozenset(t.i for t in phrase))
        if entry[0] == "loss" and (found is None or _side(found[1], lang) is None):
            continue  # "perdu deux soldats" counts dead, "perdu trois villages" none
        if entry[0] == "shooting" and (
            _with_clitic(token) or (found is not None and _counts_a_weapon(found[1]))
        ):
            continue  # "ont abattu deux drones", "une roquette s'est abattue sur"
        if found is not None and any(a <= found[1].idx < b for a, b in in_dates):
            continue
        if found is not None and not _part_of_a_count(found[1]):
            number, number_token = found
            number, number_token = (
                _revised(number_token, lang)
                or _range_low(number_token, lang)
                or (number, number_token)
            )
            number = min([number, *_other_sources_figures(number_token, lang)])
            left = min(number_token.idx, token.idx)
            right = max(number_token.idx + len(number_token.text), token.idx + len(token.text))
            span = (offset + left, offset + right)
            if number == 0:
                # "No US personnel were killed": said of some, kept only when nobody is counted.
                zero = zero or (0, span)
                continue
            if _superseded(number_token):
                earlier.append((number, span))
                continue
            counts.append((number, span, _side(number_token, lang)))
            if anchor is None or all(
                abs(rival - token.i) >= abs(anchor.i - token.i) for rival in rivals
            ):
                own.append((number, span))
    if not counts:
        own = earlier  # only an earlier figure was given: it is the toll
    if latest is not None and latest[0] and not _part_of_a_count(latest[1]):
        return latest[0], (offset + latest[2][0], offset + latest[2][1])
    # "« plusieurs » combattants tués et aucune victime civile": the dead counted win over
    # the "no victims" said of others.
    return (
        _both_sides(counts)
        or min(own, key=lambda c: c[0], default=None)
        or zero
        or _no_victims(sent, offset, lang)
    )


# The words that take a tally to its figure: "rose to 23", "stands at 23", "s'élève à 23".
_REACHING = frozenset({"to", "at", "a"})


# Kinds of nouns a verb takes to a toll's figure: a toll itself, or a count of the dead.
_TOLL_NOUNS = frozenset({"tally", "count"})


def _reached_figure(tally: Any, lang: str, *, of_dead: bool = False) -> tuple[int, Any] | None:
    """The figure a verb takes a toll to ("the death toll rose to 23", "bringing the toll to
    30", "put the toll at 12", "le bilan est passé à 23"); none for a toll of the wounded
    ("le bilan des blessés"). A count (``of_dead``: "the number of people killed has risen
    to 23", "le nombre de morts") is a toll only when its words name the dead."""
    if tally.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj"):
        return None
    if any(_counts_wounded(word, lang) for word in tally.subtree):
        return None
    if of_dead and not any(_counts_dead(word, lang) for word in tally.subtree):
        return None
    verb = tally.head
    for part in _reaching_parts(verb):
        if part.i < tally.i:
            continue
        if part.dep_ == "prep" and fold_text(part.text) in _REACHING:
            figures = [c for c in part.children if c.dep_ == "pobj"]
        elif (part.dep_.startswith("obl") or part.dep_ == "nmod") and any(
            c.dep_ == "case" and fold_text(c.text) in _REACHING for c in part.children
        ):
            figures = [part]
        else:
            continue
        for figure in figures:
            if _numeral(figure) and (number := _number(figure, lang)) is not None:
                return number, figure
            found = _count_on(figure, lang, people=[])
            if found is not None:
                return found
    return None


def _reaching_parts(verb: Any) -> list[Any]:
    """A verb's complements, with those the parser hung on a day between the verb and its
    figure ("le bilan est passé vendredi à cinq morts")."""
    parts = list(verb.children)
    for part in verb.children:
        if part.dep_.startswith("obl") and fold_text(part.text) in _time_words():
            parts += [c for c in part.children if c.dep_ == "nmod"]
    return sorted(parts, key=lambda part: part.i)


# Verbs that bring a toll to its latest figure ("rose to", "s'est alourdi à", "reached").
_UPDATING = frozenset({*("reach", "bring", "atteindre", "elever")})


def revises_a_toll(sent: Any, lang: str) -> bool:
    """Whether a sentence gives a toll's latest figure ("The death toll later rose to 23",
    "le bilan s'est alourdi à 23 morts"): it replaces the figure told before."""
    words = quantity_words(lang)
    return any(
        (kind := words.get(fold_text(word.lemma_), ("",))[0]) in _TOLL_NOUNS
        and fold_text(word.head.lemma_) in _REVISING | _UPDATING
        and _reached_figure(word, lang, of_dead=kind == "count") is not None
        for word in sent
    )


def _counts_wounded(word: Any, lang: str) -> bool:
    return quantity_words(lang).get(fold_text(word.text), ("",))[0] == "injury"


def _counts_dead(word: Any, lang: str) -> bool:
    return quantity_words(lang).get(fold_text(word.text), ("",))[0] == "fatality"


# Words saying a figure was given before the latest one ("qui avait d'abord fait état de 16
# morts", "revising an earlier toll of 18").
_EARLIER = frozenset(
    {
        *("abord", "tot", "initialement", "precedemment", "precedent", "initial"),
        *("earlier", "initially", "previously", "previous"),
    }
)


def _superseded(number: Any) -> bool:
    """A figure the report gives as an earlier count: the words of its clause before it say
    so. The latest figure is the toll, not the lowest."""
    clause = number
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    words = number.doc[clause.left_edge.i : number.i]
    return any(fold_text(word.text) in _EARLIER for word in words) or _said_before(clause)


def _said_before(verb: Any) -> bool:
    """ "…, a indiqué le maire, qui faisait état le matin même de 40 morts", "qui avait
    annoncé 25 morts": a figure told by a verb of saying in the imperfect or pluperfect is
    the one the source gave before its latest."""
    lang = "fr" if verb.doc.lang_ == "fr" else "en"
    lemma = fold_text(verb.lemma_)
    saying = lemma in reporting_verbs(lang) or (
        lemma == "faire" and any(fold_text(c.text) == "etat" for c in verb.children)
    )
    if not saying or verb.pos_ != "VERB":
        return False
    if lang == "en":
        return any(c.dep_ == "aux" and fold_text(c.text) == "had" for c in verb.children)
    auxes = [c for c in verb.children if c.dep_.startswith("aux")]
    return any("Imp" in word.morph.get("Tense") for word in [verb, *auxes])


_AMONG = frozenset({"parmi", "among", "amongst"})


def _among_the_dead(token: Any) -> bool:
    """ "une adolescente parmi les morts", "a child among the dead": who is named is among
    the dead, not their number."""
    window = token.doc[max(token.sent.start, token.i - 2) : token.i]
    return any(fold_text(t.text) in _AMONG for t in window)


# Longest phrase of the lexicon read as one fatality word ("a coûté la vie à 86 civils").
_PHRASE_REACH = 4


def _fatality_word(
    token: Any, words: dict[str, tuple[str, str]], lang: str
) -> tuple[Any, list[Any]]:
    """The lexicon entry of a phrase ending on a word ("coûté la vie", "lost their lives":
    the verb then carries the count), else of the word, with the phrase's tokens."""
    doc = token.doc
    ends = _phrase_ends(lang)
    sizes = range(_PHRASE_REACH, 1, -1) if fold_text(token.text) in ends else ()
    for size in sizes:
        start = token.i - size + 1
        if start < token.sent.start:
            continue
        phrase = list(doc[start : token.i + 1])
        rest = " ".join(fold_text(t.text) for t in phrase[1:])
        for first in (phrase[0].text, phrase[0].lemma_):
            entry = words.get(f"{fold_text(first)} {rest}")
            if entry is not None:
                return entry, phrase
    if _own_body(token):
        return None, [token]
    return words.get(fold_text(token.text)) or words.get(fold_text(token.lemma_)), [token]


# Owners that make a body someone's own living one ("explosives strapped to her body"): those
# of one person (``_THEIR_ONE``) and the plural "ses", "leurs".
_PLURAL_OWNERS = frozenset({"ses", "leurs"})


def _own_body(token: Any) -> bool:
    return fold_text(token.lemma_) in _BODIES and any(
        c.dep_ in _POSSESSIVE_DEPS and fold_text(c.text) in _THEIR_ONE | _PLURAL_OWNERS
        for c in token.children
    )


@cache
def _phrase_ends(lang: str) -> frozenset[str]:
    """The last words of the lexicon's toll phrases: most words end none, and are looked
    up alone."""
    return frozenset(word.split()[-1] for word in quantity_words(lang) if " " in word)


def _no_victims(sent: Any, offset: int, lang: str) -> tuple[int, tuple[int, int]] | None:
    text = fold_text(sent.text)
    for phrase in _no_victim_phrases(lang):
        if phrase in text:
            at = offset + sent.start_char + text.index(phrase)
            return 0, (at, at + len(phrase))
    return None


_KILLING_KINDS = frozenset({"fatality", "shooting", "loss"})


def _counts_a_weapon(number: Any) -> bool:
    """ "deux drones", "une vingtaine de drones Shahed": the count is of weapons."""
    noun = number.head if number.dep_ in ("nummod", "det", "quantmod") else number
    nouns = [noun, *(c for c in noun.children if c.dep_ in ("nmod", "pobj", "prep"))]
    forms = {fold_text(n.lemma_) for n in nouns} | {fold_text(n.text) for n in nouns}
    return bool(forms & weapon_names())


def _with_clitic(verb: Any) -> bool:
    return any(fold_text(c.text) in CLITICS for c in verb.children if c.i < verb.i)


# Words for attackers that may as well name victims ("deux hommes tués").
_EITHER_SIDE = frozenset({"homme", "man", "gang"})


@cache
def _attackers(lang: str) -> frozenset[str]:
    return deed_nouns(lang, "doer") - _EITHER_SIDE


def _side(number: Any, lang: str) -> str | None:
    """Whose dead a number counts: the attackers' ("30 assaillants", "30 attackers") or the
    victims' (soldiers, police, civilians, people); None when the noun does not say."""
    noun = number.head if number.dep_ in ("nummod", "det", "quantmod") else number
    return _side_of_forms((fold_text(noun.lemma_), fold_text(noun.text)), lang)


def side_of_words(text: str, lang: str) -> str | None:
    """Whose dead a toll's words count, by the first word that says ("24 assaillants ont
    été tués": the attackers'; "tuant 11 soldats": the victims')."""
    for word in re.findall(r"\w+", fold_text(text)):
        side = _side_of_forms((word, word.removesuffix("s")), lang)
        if side is not None:
            return side
    return None


def sides_of_words(text: str, lang: str) -> set[str]:
    """Every side a toll's words count: "deux militaires tués et douze assaillants
    neutralisés" counts both."""
    found = set()
    for word in re.findall(r"\w+", fold_text(text)):
        side = _side_of_forms((word, word.removesuffix("s")), lang)
        if side is not None:
            found.add(side)
    return found


def _side_of_forms(forms: tuple[str, ...], lang: str) -> str | None:
    """The side a word names, tried form by form (the attackers' nouns first)."""
    for form in forms:
        if form in _attackers(lang):
            return "attackers"
        if (form,) in victim_words(lang):
            return "victims"
    return None


def _both_sides(
    counts: list[tuple[int, tuple[int, int], str | None]],
) -> tuple[int, tuple[int, int]] | None:
    """ "killing 12 soldiers; the army said 30 attackers were killed": ACLED counts the dead
    of every side of one event, so the lowest figure of each side adds up (two figures for
    the same dead, "cinq policiers selon la police et six selon l'hôpital", do not)."""
    sides: dict[str, list[tuple[int, tuple[int, int]]]] = {}
    for number, span, side in counts:
        if side is not None:
            sides.setdefault(side, []).append((number, span))
    if len(sides) < 2:
        return None
    lowest = [min(found, key=lambda c: c[0]) for found in sides.values()]
    start = min(span[0] for _, span in lowest)
    end = max(span[1] for _, span in lowest)
    return sum(number for number, _ in lowest), (start, end)


@cache
def _no_victim_phrases(lang: str) -> tuple[str, ...]:
    """The phrases of ``quantity_words`` saying there were no victims ("aucune victime"),
    in lexicon order: looked for in every sentence with a trigger."""
    words = quantity_words(lang)
    return tuple(phrase for phrase, (kind, _) in words.items() if kind == "none" and " " in phrase)


_SUBSET_MARKERS = frozenset({"dont", "including", "among", "parmi"})


def _numeral(token: Any) -> bool:
    """A number, even one the tagger took for a name, an adjective or an adverb at a
    sentence's start ("Neuf VDP…", "Neuf soldats…"), or a pronoun ("tuant l'un d'eux")."""
    return token.pos_ == "NUM" or (token.pos_ in ("PROPN", "ADJ", "ADV", "PRON") and token.like_num)


def _part_of_a_count(number: Any) -> bool:
    """ "15 civils, dont quatre enfants": the four are among the fifteen, not the toll."""
    window = number.doc[max(0, number.i - 3) : number.i]
    return any(fold_text(token.text) in _SUBSET_MARKERS for token in window)


def _vague_at(token: Any, lang: str) -> int | None:
    """The value of a vague count phrase the token is part of ("une dizaine" 10, "des
    centaines" 100), so that "une" is not read as one."""
    words = quantity_words(lang)
    doc = token.doc
    for size in (3, 2, 1):
        for start in range(max(0, token.i - size + 1), min(token.i + 1, len(doc) - size + 1)):
            phrase = " ".join(fold_text(t.text) for t in doc[start : start + size])
            kind, value = words.get(phrase, ("", ""))
            if kind == "vague" and value:
                return int(value)
    return None


def _counts_property(holder: Any, lang: str) -> bool:
    """ "des dizaines d'abris", "dozens of houses", "30 maisons": what a deed burned or looted
    (``property`` in ``events/quantities.tsv``), whose count is no toll; the parser may hang
    it on the killing verb of the clause before."""
    words = quantity_words(lang)
    nouns = [
        holder,
        *(c for c in holder.children if c.dep_ in ("nmod", "pobj")),
        *(g for c in holder.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"),
    ]
    return any(
        words.get(fold_text(noun.text), ("",))[0] == "property"
        or words.get(fold_text(noun.lemma_), ("",))[0] == "property"
        for noun in nouns
    )


def _count_near(
    token: Any, lang: str, *, phrase: frozenset[int] = frozenset()
) -> tuple[int, Any] | None:
    """The number counting a fatality word: its own numeral, its head noun's ("deux pilotes
    … tués"), its subject's or object's ("12 people were killed", "killed 23 villagers"),
    or a vague word ("plusieurs morts"); 0 for "no one" ("No personnel were killed").
    ``phrase`` holds the other words of a fatality phrase ("coûté la vie"), no objects."""
    if (
        token.dep_ == "pobj"
        and fold_text(token.head.text) == "to"
        and token.head.head.pos_ == "VERB"
    ):
        token = token.head.head  # "beat to death a classmate": who the verb hit died
    elif (
        token.head.pos_ == "VERB"
        and any(c.dep_ == "case" and fold_text(c.text) == "a" for c in token.children)
        and not any(c.dep_ == "nummod" for c in token.children)
    ):
        # "ont battu à mort un homme", "condamné à mort" has no object; "le bilan est
        # passé à 23 morts" counts its own dead.
        token = token.head
    own = next((c for c in token.children if c.dep_ == "nummod" and _numeral(c)), None)
    if token.pos_ == "ADJ" and own is not None and (number := _number(own, lang)) is not None:
        return number, own  # "leaving 7 dead": the adjective's own numeral counts the dead
    if (
        token.pos_ == "ADJ"
        and token.head.pos_ == "VERB"
        and token.dep_ != "amod"
        and not _objects_of(token, phrase)
    ):
        # "shot dead a journalist", "left 18 attackers and one soldier dead"; not a
        # participle tagged ADJ with its own object ("avoir « neutralisé » une trentaine").
        token = token.head
    objects = [o for o in _objects_of(token, phrase) if not _wounding_between(token, o, lang)]
    subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
    if not subjects and token.dep_ == "conj" and is_passive(token.head):
        # "Seven passengers were offloaded from a coach and shot dead": the first verb's
        # subject is who died.
        subjects = [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj:pass")]
    if objects or _kills_actively(token, lang):
        # "A suicide bomber killed 40 Afghans": who killed is not counted among the dead,
        # even when the parser lost the object ("A drone attack … killed at least 67
        # patients" is no toll of one for "A").
        subjects = [c for c in subjects if c.dep_ != "nsubj"]
    if not subjects and not objects and _said_of_the_subject(token):
        # "were reported killed", "ont été retrouvés morts": the dead are the verb's subject.
        subjects = [c for c in token.head.children if c.dep_.startswith("nsubj")]
    obliques = [c for c in token.children if c.dep_ in ("obl", "obl:mod")]
    people = objects + subjects + obliques
    # "deux pilotes … tués": the head noun counts the dead; "un convoi …, tuant trois
    # civils": with an object of its own, the verb's head is not who died.
    candidates = [token, *people] if objects else [token, token.head, *people]
    if subjects and token.dep_ == "conj" and token.head.pos_ == "NOUN":
        # "one peacekeeper and 15 assailants were killed" with "killed" hung on the first
        # group: the subject counts, and the first group is added as its conjunct.
        candidates.remove(token.head)
    for holder in people:
        if _nobody(holder):
            return 0, holder
        if _counts_property(holder, lang):
            continue  # "tué deux personnes et brûlé des dizaines d'abris": no dead
        vague = _vague_at(holder, lang)  # "tué des dizaines de civils"
        if vague is not None:
            return vague, holder
        # "killing two", "tuant trois"; a bare number on an oblique is a day or an hour
        # ("Le 18 septembre, … ont battu à mort un homme").
        if _numeral(holder) and holder not in obliques:
            number = _number(holder, lang)
            if number is not None:
                return number + _conjoined_counts(holder, lang), holder
    # "Deux soldats et quatre assaillants tués": the participle describes the last group of
    # a list, and the groups add up as a verb's subjects do.
    described = [token.head] if token.dep_ in ("acl", "amod") and not objects else []
    for holder in candidates:
        found = _tallied(holder, lang) or _count_on(holder, lang, people=people + described)
        if found is not None:
            return found
    found = _complement_count(token, lang)
    if found is not None:
        return found
    for holder in (token.head, *objects, *subjects):
        # "une vingtaine d'assaillants neutralisés", "dozens of fighters": the noun is what
        # a vague word or a number counts.
        found = _counted_by(holder, lang)
        if found is not None:
            return found
    with_others = _named_and_others(token, objects, lang)
    if with_others is not None:
        return with_others
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None:
        number = _number(previous, lang)
        if number is not None:
            return number, previous
    following = _count_of_people_after(token, lang)
    if following is not None:
        return following
    if not objects and _kills_actively(token, lang):
        lone = _one_person_after(token, lang)
        if lone is not None:
            return 1, lone  # "tuant son conducteur" with the driver parsed as another's subject
    for holder in subjects:
        if fold_text(holder.text) in _ONE_OF_US and token.pos_ == "VERB":
            return 1, holder  # "he died of his injuries", "elle a succombé"
    for holder in objects + subjects:
        if _one_person(holder):
            # "killing a local journalist", "a tué un enfant"; "killing a colonel, a major and
            # a police officer" is three.
            return 1 + len(_more_people_listed(holder)), holder
    for holder in objects + subjects:
        named = _persons_killed_by_name(holder)
        if named:
            return named, holder  # "killed Iranian commander Qassem Soleimani"
    for holder in objects + subjects:
        # "more than 400 IS fighters", parsed as "400" counting "IS": a number before the
        # noun, inside its phrase.
        found = _number_before(holder, lang)
        if found is not None:
            return found
    if fold_text(token.lemma_) in _BODIES and token.dep_.startswith("nsubj"):
        # "Les corps de cinq hommes ont été découverts"; not "la découverte des corps de
        # six otages", told as the background of another event.
        found = _counted_inside(token, lang, anyone=True)
        if found is not None:
            return found
    for holder in subjects:
        # "Selon Human Rights Watch, au moins 58 personnes ont été tuées", parsed with the
        # people hung on the source's name.
        found = _counted_inside(holder, lang, anyone=False)
        if found is not None:
            return found
    killing = fold_text(token.lemma_) in killing_lemmas(lang)
    for holder in objects + subjects if killing else ():
        if _one_named_person(holder):  # only a killing's: "strapped to her body" is no one
            # "the school's vice-principal was killed", "le chef du village a été tué"
            return 1 + len(_more_people_listed(holder)), holder
    return None


_BODIES = frozenset({"corps", "depouille", "cadavre", "body", "corpse", "remains"})


def _counted_inside(noun: Any, lang: str, *, anyone: bool) -> tuple[int, Any] | None:
    """A count deeper in a noun's phrase: "les corps de cinq hommes", "the bodies of 2 of
    them" (``anyone``: the noun counts the dead, whatever it counts), else a number
    counting people ("58 personnes") that the parser hung inside the phrase."""
    people = victim_words(lang)
    for word in noun.subtree:
        if word.i == noun.i or not _numeral(word) or _part_of_a_count(word):
            continue
        counted = word.head
        of_them = word.dep_ in ("pobj", "nmod") and fold_text(counted.text) in ("of", "de")
        named = word.dep_ == "nummod" and (
            anyone or (fold_text(counted.text),) in people or (fold_text(counted.lemma_),) in people
        )
        if (of_them and anyone) or named:
            number = _number(word, lang)
            if number is not None:
                return number, word
    return None


_PERSON_LABELS = frozenset({"PERSON", "PER"})


def _persons_killed_by_name(noun: Any) -> int:
    """One for a person named as who died ("killed Qassem Soleimani", "le journaliste Amadou
    Diallo a été tué"), one more for each person listed with them ("le commandant Abou Bakr
    et son chauffeur" is two); 0 when the noun names no one."""
    name = noun if noun.pos_ == "PROPN" else None
    if noun.pos_ == "NOUN" and "Sing" in noun.morph.get("Number"):
        name = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        name = name or _name_after_place(noun)
    if name is None or name.ent_type_ not in _PERSON_LABELS:
        return 0
    listed = {
        other
        for other in (*noun.conjuncts, *name.conjuncts)
        if (other.pos_ == "PROPN" and other.ent_type_ in _PERSON_LABELS) or _one_person(other)
    }
    return 1 + len(listed - {noun, name})


_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _name_after_place(noun: Any) -> Any:
    """ "the mayor of Uruapan, Carlos Manzo": the name set off after the office's place,
    which the parser hangs on the place."""
    places = [c for c in noun.children if c.dep_ == "nmod" and c.ent_type_ in _PLACE_LABELS]
    for part in noun.children:
        if part.dep_ == "prep" and fold_text(part.text) in ("of", "de"):
            places += [c for c in part.children if c.ent_type_ in _PLACE_LABELS]
    for place in places:
        for name in place.children:
            if name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ in _PERSON_LABELS:
                return name
    return None


def _wounding_between(verb: Any, noun: Any, lang: str) -> bool:
    """ "tuant quatre personnes et en blessant une quinzaine", parsed with both counts as
    objects of "tuant": a noun after a wounding verb counts the wounded."""
    return any(_wounds(t, lang) for t in verb.doc[verb.i + 1 : noun.i])


def _wounds(word: Any, lang: str) -> bool:
    return word.pos_ == "VERB" and _counts_wounded(word, lang)


def _objects_of(token: Any, phrase: frozenset[int]) -> list[Any]:
    return [c for c in token.children if c.dep_ in ("obj", "dobj") and c.i not in phrase]


# How a fatality word hangs on a verb when it says what befell the verb's subject.
_PREDICATIVE = frozenset({"xcomp", "obl:mod", "oprd", "acomp"})


def _said_of_the_subject(token: Any) -> bool:
    """ "were reported killed", "ont été retrouvés morts": the fatality word completes a
    verb, and whoever it counts is that verb's subject."""
    own_count = any(c.dep_ in ("nummod", "det") for c in token.children)
    return token.dep_ in _PREDICATIVE and token.head.pos_ == "VERB" and not own_count


def _count_on(holder: Any, lang: str, *, people: list[Any]) -> tuple[int, Any] | None:
    """A count written on a noun or verb: its numeral, vague word or misread numeral. An
    article ("An estimated 100 civilians") is no count when a number is there too."""
    words = quantity_words(lang)
    children = list(holder.children)
    numbered = any(c.dep_ == "nummod" for c in children)
    for child in children:
        if numbered and child.dep_ == "det" and fold_text(child.text) in _ONE:
            continue
        # "Neuf soldats ont été tués": a capitalised numeral the parser took for a name.
        misread = child.dep_ == "case" and child.i < holder.i and _numeral(child)
        if misread or child.dep_ in ("nummod", "det", "amod", "quantmod", "advmod", "nmod"):
            vague = _vague_at(child, lang)
            if vague is not None:
                return vague, child
            number = _number(child, lang)
            if number is not None and not _part_of_a_count(child):
                if holder in people:
                    number += _conjoined_counts(holder, lang)
                return number, child
            kind, value = words.get(fold_text(child.text), ("", ""))
            if kind == "vague" and value:
                return int(value), child
    return None


_OF = frozenset({"of", "de", "d'", "du", "des"})
# Nouns that tell a killing, its dead in their complement ("ont revendiqué le meurtre de");
# behind a preposition, a murder is a cause or a background ("manifesté contre le meurtre
# de six civils", "arrested over the murder of").
_MURDERS = frozenset({"meurtre", "assassinat", "murder"})
_KILLING_NOUNS = _MURDERS | {"killing"}


def _behind_a_preposition(noun: Any) -> bool:
    return noun.dep_ == "pobj" or any(c.dep_ == "case" for c in noun.children)


def _background_murder(token: Any) -> bool:
    return fold_text(token.lemma_) in _MURDERS and _behind_a_preposition(token)


def _complement_count(noun: Any, lang: str) -> tuple[int, Any] | None:
    """ "le meurtre de sept bûcherons", "the murders of five aid workers": a killing told as
    a noun counts the dead in its complement, whatever word names them, unless it stands
    behind a preposition, as a cause or a background ("protester contre le meurtre de six civils",
    "after the death of a driver")."""
    if fold_text(noun.lemma_) not in _KILLING_NOUNS or _behind_a_preposition(noun):
        return None
    for part in noun.children:
        if part.dep_ == "prep" and fold_text(part.text) == "of":
            held = [c for c in part.children if c.dep_ == "pobj"]
        elif part.dep_ == "nmod" and any(
            c.dep_ == "case" and fold_text(c.text) in _OF for c in part.children
        ):
            held = [part]
        else:
            continue
        for word in held:
            found = _count_on(word, lang, people=[])
            if found is not None:
                return found
    return None


# Nouns that stand for a count of the noun after them ("a total of 17 soldiers").
_TALLIES = frozenset({"total", "number", "nombre"})


def _tallied(noun: Any, lang: str) -> tuple[int, Any] | None:
    """ "A total of 17 soldiers lost their lives": the count is the tallied noun's."""
    if fold_text(noun.lemma_) not in _TALLIES:
        return None
    for part in noun.children:
        counted = part.children if fold_text(part.text) == "of" else [part]
        for word in counted:
            if word.dep_ in ("pobj", "nmod"):
                found = _count_on(word, lang, people=[])
                if found is not None:
                    return found
    return None


def _counted_by(noun: Any, lang: str) -> tuple[int, Any] | None:
    """The vague word or number a noun hangs on as its complement ("une vingtaine
    d'assaillants", "dozens of fighters", "12 of the soldiers")."""
    governor = noun.head
    if noun.dep_ == "pobj" and fold_text(governor.text) == "of":
        governor = governor.head
    elif noun.dep_ != "nmod" or not any(fold_text(c.text) in ("de", "d'") for c in noun.children):
        return None
    if governor is noun:
        return None
    vague = _vague_at(governor, lang)
    if vague is not None:
        return vague, governor
    if _numeral(governor) and not _part_of_a_count(governor):
        number = _number(governor, lang)
        if number is not None:
            return number, governor
    return None


_NO = frozenset({"no", "aucun", "aucune", "nobody", "none"})


def _nobody(holder: Any) -> bool:
    """ "No US or Iraqi personnel were killed", "aucun n'a été tué": nobody died."""
    return fold_text(holder.text) in _NO or any(
        c.dep_ == "det" and fold_text(c.text) in _NO for c in holder.children
    )


def _number_before(noun: Any, lang: str) -> tuple[int, Any] | None:
    """The first number inside a noun's phrase before it, for a parse that hung it on
    another word of the phrase."""
    for word in noun.doc[noun.left_edge.i : noun.i]:
        if _numeral(word) and not _part_of_a_count(word):
            number = _number(word, lang)
            if number is not None:
                return number, word
    return None


_OTHER = frozenset({"other", "autre"})


def _named_and_others(verb: Any, objects: list[Any], lang: str) -> tuple[int, Any] | None:
    """ "a tué le général Soleimani, al-Mouhandis et huit autres personnes", "killing the
    minister Khalil Haqqani and five other people", "killing Prime Minister X and 11
    ministers": the persons named and the others add up (the parser often hangs "N other
    people" on the verb, beside its object)."""
    others = [c for c in verb.children if c.dep_ == "conj"]
    others += [c for o in objects for c in o.conjuncts]
    others += [n for o in objects if (n := _others_after_a_clause(o)) is not None]
    for noun in others:
        others_said = any(c.dep_ == "amod" and fold_text(c.lemma_) in _OTHER for c in noun.children)
        # "killing Prime Minister Ahmed al-Rahawi and 11 ministers": a name needs no "other".
        named_first = any(o.pos_ == "PROPN" and o.i < noun.i for o in objects)
        if noun.pos_ != "NOUN" or not (others_said or named_first):
            continue
        counts = [(n, c) for c in noun.children if c.dep_ == "nummod" and (n := _number(c, lang))]
        named = sum(_persons_named(o) for o in objects if o is not noun)
        if counts and named:
            return counts[0][0] + named, counts[0][1]
    return None


def _others_after_a_clause(noun: Any) -> Any:
    """ "killed X, whom Israel described as …, and four other people": after a relative
    clause the parser may hang the others elsewhere; the "and" closing the name's phrase
    leads to them."""
    edge = noun.right_edge
    if fold_text(edge.text) not in _JOINING or edge.i + 1 >= noun.sent.end:
        return None
    after = noun.doc[edge.i + 1]
    return after.head if _numeral(after) and after.dep_ == "nummod" else None


def _persons_named(noun: Any) -> int:
    """One for a single person ("the minister Khalil Haqqani"), one more for each other
    name in apposition ("le général Soleimani, Abou Mahdi al-Mouhandis")."""
    names = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if noun.pos_ == "PROPN":
        return 1 + len(names)
    if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number"):
        return 0
    return max(1, len(names))


# How far after a killing verb the parse may have lost its victims ("ont tué à la machette
# au moins 22 civils").
_VICTIMS_REACH = 7


def _kills_actively(token: Any, lang: str) -> bool:
    """A killing verb in the active voice: its subject killed."""
    return (
        token.pos_ == "VERB"
        and fold_text(token.lemma_) in killing_lemmas(lang)
        and not any(
            c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in token.children
        )
    )


def _count_of_people_after(token: Any, lang: str) -> tuple[int, Any] | None:
    """A number right before a word for people ("tuant 12 villageois") or counting some of
    them ("et abattu 23 d'entre eux"), a few words after the verb, when the parse did not
    attach them to it."""
    people = victim_words(lang)
    sentence_end = token.sent.end
    window = token.doc[token.i + 1 : min(token.i + 1 + _VICTIMS_REACH, sentence_end)]
    for word in window:
        if word.is_punct:
            return None
        number = _number(word, lang)
        after = word.doc[word.i + 1 : min(word.i + 4, sentence_end)]
        if number is not None and after and (fold_text(after[0].text),) in people:
            return number, word
        if number is not None and _of_them(after):
            return number, word
    return None


# "trois d'entre eux", "23 of them", "deux parmi elles": a number that counts people told before.
_PARTITIVES = (
    ("d'", "entre", "eux"),
    ("d'", "entre", "elles"),
    ("parmi", "eux"),
    ("parmi", "elles"),
    ("of", "them"),
)


def _of_them(words: Any) -> bool:
    folded = tuple(fold_text(word.text) for word in words)
    return any(folded[: len(partitive)] == partitive for partitive in _PARTITIVES)


_ONE = frozenset({"a", "an", "un", "une"})
# Pronouns for one person, as the subject of a death ("he died of his injuries"), and the
# French article the parser leaves as the subject when it reads the noun after it as a
# participle ("Un manifestant de 38 ans a été tué").
_ONE_OF_US = frozenset({"he", "she", "il", "elle", "un", "une"})
# "tuant son conducteur", "killing his brother": a singular noun someone owns is one person.
_THEIR_ONE = frozenset({"son", "sa", "leur", "his", "her", "their", "its"})
_POSSESSIVE_DEPS = frozenset({"det", "poss", "nmod:poss"})
# Singular nouns that count or group rather than name one person ("a number of", "une série").
_NOT_ONE = frozenset(
    {
        *("number", "dozen", "score", "group", "series", "nombre", "serie", "groupe"),
        *("dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine"),
        *("cinquantaine", "soixantaine", "centaine", "millier"),
    }
)


def _one_person(noun: Any) -> bool:
    return (
        noun.pos_ == "NOUN"
        and "Sing" in noun.morph.get("Number")
        and fold_text(noun.lemma_) not in _NOT_ONE
        and (
            _with_article_one(noun)
            or any(
                c.dep_ in _POSSESSIVE_DEPS and fold_text(c.text) in _THEIR_ONE
                for c in noun.children
            )
        )
    )


def _one_person_after(verb: Any, lang: str) -> Any:
    """The noun right after a killing verb that names one victim by an article or an owner
    ("tuant son conducteur", "killing a driver"), when the parse hung it elsewhere."""
    words = verb.doc[verb.i + 1 : min(verb.i + 3, verb.sent.end)]
    if len(words) < 2:
        return None
    article, noun = words[0], words[1]
    if fold_text(article.text) not in _ONE | _THEIR_ONE or noun.pos_ != "NOUN":
        return None
    if "Sing" not in noun.morph.get("Number") or fold_text(noun.lemma_) in _NOT_ONE:
        return None
    people = victim_words(lang)
    named = (fold_text(noun.text),) in people or (fold_text(noun.lemma_),) in people
    return noun if named else None


# The definite articles of one person named by role ("the mayor", "le chef du village").
_THE = frozenset({"the", "le", "la", "l'"})
# Singular nouns for several people, or for no person, that a killing may still take.
_MANY_OR_NONE = frozenset(
    {
        *("family", "crew", "population", "unit", "team", "force", "army", "convoy", "rest"),
        *("famille", "equipage", "population", "unite", "equipe", "force", "armee", "convoi"),
        *("reste", "majorite", "majority", "totalite", "ensemble", "moitie", "half"),
    }
)


def _one_named_person(noun: Any) -> bool:
    """A singular noun the report names one victim by, with a definite article or an
    owner ("the school's vice-principal", "le directeur adjoint de l'école"); not a
    collective ("the crew", "la famille")."""
    if noun.pos_ != "NOUN" or "Sing" not in noun.morph.get("Number"):
        return False
    if fold_text(noun.lemma_) in _NOT_ONE | _MANY_OR_NONE or fold_text(noun.text) in _MANY_OR_NONE:
        return False
    if any(c.dep_ == "nummod" for c in noun.children):
        return False
    # "the school's vice-principal": the owner may hang on the first word of a compound.
    parts = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return any(
        (c.dep_ == "det" and fold_text(c.text) in _THE) or c.dep_ == "poss"
        for part in parts
        for c in part.children
    )


def _with_article_one(word: Any) -> bool:
    return any(c.dep_ == "det" and fold_text(c.text) in _ONE for c in word.children)


def _more_people_listed(noun: Any) -> set[Any]:
    """The other single persons listed with one: its conjuncts, and an indefinite apposition
    the English parser makes of a list item ("a colonel, a major and a deputy")."""
    listed = {other for other in noun.conjuncts if _one_person(other)}
    # The list's other items as the parser may hang them: appositions of the first, or
    # siblings on its arc. Only a list an "and" closes: "a journalist, a father of three" is
    # one man.
    appositions = [c for c in noun.children if c.dep_ == "appos"]
    siblings = [
        c
        for c in noun.head.children
        if c.dep_ == noun.dep_ and c.i > noun.i and not _a_verb_between(noun, c)
    ]
    for item in (*appositions, *siblings):
        if _one_person(item) and item.conjuncts:
            listed |= {item, *(other for other in item.conjuncts if _one_person(other))}
    listed.discard(noun)
    return listed


def _a_verb_between(first: Any, last: Any) -> bool:
    """ "décapitant cinq habitants et incendiant une église": another verb's object is no
    item of the list."""
    return any(word.pos_ == "VERB" for word in first.doc[first.i + 1 : last.i])


_ALTERNATIVES = frozenset({"ou", "or"})


def _conjoined_counts(noun: Any, lang: str) -> int:
    """ "170 Afghans and 13 US troops", "one peacekeeper and 15 assailants": different
    groups of dead add up (alternative tolls, "132 or 160", do not: they are not conjuncts
    of one object, and "deux ou trois civils" is the lower one)."""
    if _opens_a_range(noun):
        return 0  # "entre 10 et 15 personnes", "between 10 and 15": the low end alone
    total = 0
    others = [*noun.conjuncts, *_split_conjuncts(noun, lang), *_stranded_conjuncts(noun)]
    for other in [*others, *_conjunct_left_behind(noun, others)]:
        if any(c.dep_ == "cc" and fold_text(c.text) in _ALTERNATIVES for c in other.children):
            continue
        if _counts_property(other, lang):
            continue  # "deux personnes et … des dizaines d'abris": shelters are no dead
        counted = [_number(c, lang) for c in other.children if c.dep_ == "nummod"]
        if _numeral(other):
            counted.insert(0, _number(other, lang))  # "… and 2 of its soldiers"
        # "neuf VDP et une quinzaine d'assaillants": a vague count is a count too.
        value = next((n for n in counted if n is not None), None) or _vague_at(other, lang) or 0
        if not value and other.pos_ != "NOUN" and _with_article_one(other):
            value = 1  # "deux paramilitaires et un passant", "passant" tagged as a verb
        total += value
    # "un enseignant et un élève", "a colonel, a major and a deputy": one person each.
    return total + len(_more_people_listed(noun))


# The words that join the groups of a list of dead ("six combattants et trois civils").
_JOINING = frozenset({"and", "et"})


def _split_conjuncts(noun: Any, lang: str) -> list[Any]:
    """Conjuncts the parser gave an arc of their own ("One peacekeeper and 15 assailants
    were killed", "12 militants and 2 of its soldiers were killed" as two subjects): nouns
    or numbers on the same arc, before or after this one, joined by and/et."""
    siblings = [
        c
        for c in noun.head.children
        if c.dep_ == noun.dep_ and c.i != noun.i and (c.pos_ == "NOUN" or _numeral(c))
    ]
    doc = noun.doc
    between = [doc[min(noun.i, s.i) + 1 : max(noun.i, s.i)] for s in siblings]
    return [
        s
        for s, words in zip(siblings, between, strict=True)
        if any(fold_text(t.text) in _JOINING for t in words)
        and not any(_wounds(t, lang) for t in words)  # "tuant quatre … et en blessant une"
    ]


_RANGE_OPENERS = frozenset({"entre", "between"})


def _opens_a_range(noun: Any) -> bool:
    """ "entre 10 et 15 personnes": the count is the first bound of a range."""
    window = noun.doc[max(noun.sent.start, noun.left_edge.i - 2) : noun.i]
    return any(fold_text(t.text) in _RANGE_OPENERS for t in window)


def _stranded_conjuncts(noun: Any) -> list[Any]:
    """The first group of a list the parser made the verb's head ("one peacekeeper and 15
    assailants were killed", "killed" a conjunct of "peacekeeper")."""
    verb = noun.head
    first = verb.head
    if verb.dep_ != "conj" or first.pos_ != "NOUN" or not first.i < noun.i < verb.i:
        return []
    between = noun.doc[first.i + 1 : noun.i]
    if not any(fold_text(t.text) in _JOINING for t in between):
        return []
    return [first]


def _conjunct_left_behind(noun: Any, found: list[Any]) -> list[Any]:
    """The first group of a list the parser hung on a phrase before it ("Selon un bilan de la
    société civile, au moins six combattants et trois civils ont été tués", "six
    combattants" a modifier of "bilan"): a counted noun right before the "et/and" that
    opens this group's phrase."""
    joiner = noun.left_edge.i  # the "et" is the group's own child, or just before it
    if fold_text(noun.doc[joiner].text) not in _JOINING:
        joiner -= 1
    if joiner < 1 or fold_text(noun.doc[joiner].text) not in _JOINING:
        return []
    before = noun.doc[joiner - 1]
    counted = any(c.dep_ == "nummod" for c in before.children)
    if before.pos_ != "NOUN" or not counted or before.head == noun.head or before in found:
        return []
    return [before]


# Verbs that move a toll from one figure to the next ("le bilan est passé de 9 à 18 morts").
_REVISING = frozenset(
    {
        *("passer", "grimper", "monter", "alourdir", "augmenter", "porter"),
        *("rise", "climb", "jump", "increase", "grow", "go", "soar"),
    }
)
_TO = frozenset({"a", "to"})


def _revised(number: Any, lang: str) -> tuple[int, Any] | None:
    """The figure a toll was revised to: "passé de 9 à 18 morts", "rose from 9 to 18" are
    18, the latest count; without such a verb, "de 9 à 18" is a range, read at its low end."""
    doc = number.doc
    after = doc[number.i + 1 : number.i + 3]
    if len(after) < 2 or fold_text(after[0].text) not in _TO or not _numeral(after[1]):
        return None
    if not any(fold_text(t.lemma_) in _REVISING for t in number.sent if t.pos_ == "VERB"):
        return None
    later = _number(after[1], lang)
    return (later, after[1]) if later is not None else None


def _range_low(number: Any, lang: str) -> tuple[int, Any] | None:
    """ "10 to 15 people were killed", "de 10 à 15 morts": the low end of a range, unless a
    verb says the toll went from one to the other."""
    doc = number.doc
    if number.i < number.sent.start + 2:
        return None
    joiner = fold_text(doc[number.i - 1].text)
    # "entre 10 et 15 civils", "between 10 and 15 people"
    between = (
        joiner in ("et", "and")
        and number.i >= number.sent.start + 3
        and fold_text(doc[number.i - 3].text) in ("entre", "between")
    )
    if joiner not in _TO and not between:
        return None
    low = doc[number.i - 2]
    figure = _number(low, lang) if _numeral(low) else None
    if figure is None or _revised(low, lang) is not None:
        return None
    return (figure, low) if figure < (_number(number, lang) or 0) else None


# Words after a figure that give its source ("4 killed according to local sources and 2
# according to the government": the lowest figure is the toll).
_SOURCE_WORDS = frozenset({"selon", "according", "apres"})


def _other_sources_figures(number: Any, lang: str) -> list[int]:
    """Bare figures later in the sentence that a source gives for the same dead ("cinq
    selon la police, huit selon l'hôpital"): a numeral right before "selon" or "according
    to", counting no noun of its own."""
    figures = []
    for word in number.doc[number.i + 1 : number.sent.end - 1]:
        after = number.doc[word.i + 1 : word.i + 3]
        folded = [fold_text(t.text).removeprefix("d'") for t in after]
        source = folded[1] if folded[0] in ("", "d'") and len(folded) > 1 else folded[0]
        if source not in _SOURCE_WORDS or not _numeral(word) or _part_of_a_count(word):
            continue
        figure = _number(word, lang)
        if figure is not None:
            figures.append(figure)
    return figures


def ancestors(token: Any, depth: int) -> list[Any]:
    """Up to ``depth`` heads above ``token``, nearest first: where a trigger's clause verb or
    a framing word may stand."""
    found: list[Any] = []
    while len(found) < depth and token.head.i != token.i:
        token = token.head
        found.append(token)
    return found
