"""Factual status of an event: realised, planned, proposed, requested, denied,
hypothetical or negated, read from the words that govern the trigger.

"il doit rencontrer" (planned), "pour lui proposer une coopération" (proposed), "a démenti
avoir frappé" (denied), "n'a pas attaqué" (negated), "pourrait", "serait" (hypothetical).
A proposal of cooperation is not cooperation.
"""

from __future__ import annotations

from typing import Any

from dateline.extract.lexicon import (
    cue_forms,
    disclaiming_lemmas,
    perpetrator_cues,
    reporting_verbs,
    status_cues,
    troop_words,
)
from dateline.extract.recent_deeds import AFTER, DAY_AFTER
from dateline.link.actors.dictionary import fold_text
from dateline.parse import to_read_as_a_mark

# "plus" only negates after "ne" ("plus de 50 frappes" is a count), so it is not listed.
_NEGATIONS = frozenset({"pas", "jamais", "not", "never", "n't", "aucun", "aucune"})
_IF = frozenset({"if", "si", "unless", "sauf"})
# Determiners that deny the noun governing a trigger: "no plans to", "aucune intention de".
_NONE = frozenset({"no", "aucun", "aucune", "nul", "nulle"})
# Where several cues govern a trigger, the closest one decides.
_MAX_DEPTH = 4


def status_of(trigger: Any, lang: str) -> tuple[str, Any | None]:
    """The status and the token that set it (None for realised)."""
    status, cue = _status_of(trigger, lang)
    if status == "hypothetical" and cue is not None and _reported_future(cue, lang):
        return "planned", cue
    return status, cue


def _reported_future(cue: Any, lang: str) -> bool:
    """ "Germany said it would supply tanks", "l'Élysée a annoncé que Macron recevrait":
    a conditional reported after a verb of saying is the future of that time, a plan,
    unless a condition goes with it ("si", "if")."""
    clause = cue if cue.pos_ in ("VERB", "AUX") and cue.dep_ != "aux" else cue.head
    reported = fold_text(clause.head.lemma_) in reporting_verbs(lang)
    if clause.dep_ not in ("ccomp", "xcomp") or not reported:
        return False
    return not any(
        c.dep_ == "advcl" and any(fold_text(m.text) in _IF for m in c.children)
        for c in clause.children
    )


def _misread_object(clause: Any) -> bool:
    """ "yielded to demands": a noun the English parse hangs as a clause, "to" read as its
    infinitive mark; what was yielded to, no request of the doer's."""
    return clause.dep_ == "xcomp" and to_read_as_a_mark(clause)


def _status_of(trigger: Any, lang: str) -> tuple[str, Any | None]:
    cues = status_cues(lang)
    node = previous = trigger
    added = False  # passed a participle clause added after a comma
    relative = False  # passed a relative clause with a subject of its own
    for _ in range(_MAX_DEPTH):
        negation = next(
            (
                c
                for c in node.children
                if c.dep_ in ("advmod", "neg")
                and fold_text(c.text) in _NEGATIONS
                and not _counted_step(c)
            ),
            None,
        )
        if node is trigger and (none := _none_done(trigger)) is not None:
            return "negated", none  # "n'avoir mené aucune frappe"
        if negation is not None:
            if added:
                return "realised", None  # "would not withdraw, rejecting Egypt's demand"
            if node is not trigger and _owning(node, previous):
                return "denied", negation  # "n'est pas responsable du bombardement"
            return "negated", negation
        if (misread := _misread_denial_on(node, trigger)) is not None:
            if relative:
                return "realised", None  # "dément soutenir le M23, qui a pris Goma"
            return "denied", misread  # "Le Rwanda dément soutenir le M23": "dément" an adverb
        if node is not trigger and _disowned(node, previous):
            return "denied", node  # "had nothing to do with the strike"
        if node is not trigger and _responsibility_disclaimed(node, previous, lang):
            return "denied", node  # "a rejeté la responsabilité de l'attaque"
        if node is not trigger and _a_claim_dismissed(node, previous):
            return "denied", node.head  # "rejette les accusations selon lesquelles…"
        if node is not trigger and node.pos_ == "NOUN":
            # "had no plans to target Poland", "n'a aucune intention d'attaquer"
            denial = next(
                (c for c in node.children if c.dep_ == "det" and fold_text(c.text) in _NONE),
                None,
            )
            if denial is not None:
                return ("denied" if _owning(node, previous) else "negated"), denial
        if node is not trigger and (denial := _no_part_played(node, previous)) is not None:
            return "denied", denial  # "played no part in the attack"
        for auxiliary in (c for c in node.children if c.dep_ in ("aux", "aux:pass", "xcomp")):
            if _misread_object(auxiliary):
                continue
            found = cues.get(fold_text(auxiliary.lemma_)) or cues.get(fold_text(auxiliary.text))
            if found and found[1] != "infinitive":  # "sans parvenir à s'entendre": a complement
                return found[0], auxiliary
        mood = node.morph.get("Mood")
        own = cues.get(fold_text(node.text)) if node is not trigger else None
        if own is not None and own[0] == "planned" and "Cnd" in mood:
            return "planned", node  # "devraient se retrouver": a listed form, no condition
        if "Cnd" in mood:
            return "hypothetical", node
        if "Inf" in node.morph.get("VerbForm"):
            # "l'idée serait d'établir…" floats a plan; "l'armée aurait tué" (a conditional
            # on a participle) is the press reporting an unconfirmed deed, left realised.
            floated = next(
                (
                    c
                    for c in node.children
                    if c.dep_ in ("cop", "aux", "aux:pass") and "Cnd" in c.morph.get("Mood")
                ),
                None,
            )
            if floated is not None:
                return "hypothetical", floated
        if "Fut" in node.morph.get("Tense") and node.pos_ in ("VERB", "AUX"):
            return "planned", node
        future = next((c for c in node.children if _future_auxiliary(c)), None)
        if future is not None and node.pos_ == "VERB":
            return "planned", future  # "seront envoyés", "sera déployé": a passive to come
        if node is trigger and (told := _future_in_the_past(node)) is not None:
            return "planned", told  # "a annoncé que des troupes seraient déployées"
        if node is not trigger and not _beside(previous):
            found = next((cues[form] for form in cue_forms(node) if form in cues), None)
            if found and found[0] == "denied" and added:
                return "realised", None  # "denied involvement, accusing the militias"
            if found and found[0] == "denied" and relative:
                return "realised", None  # "denied backing the M23, which seized Goma"
            if found and found[1] == "infinitive" and not _intends(node, previous, lang):
                found = None  # "des tirs ont été entendus", "s'entendre sur": no intention
            if found and found[0] == "requested" and relative:
                return (
                    "realised",
                    None,
                )  # "exige la libération des militants que la police a arrêtés"
            if found and not (found[0] == "requested" and has_reflexive_clitic(node, lang)):
                return found[0], node
            if _is_to_be_done(node, previous):
                return "planned", node
        elif _planned_subject(node, previous, trigger):
            return "planned", node
        elif _demanded_move(node, previous, trigger):
            return "requested", node
        if node is trigger and _soon(node):
            return "planned", node
        if node is trigger and (deadline := _deadline_of(node, lang)) is not None:
            return "planned", deadline
        if node.head.i == node.i or _as_told(node) or _told_as_before(node, previous):
            break
        if _main_clause_conjunct(node) or _clause_of_its_own(node) or _blame_beside(node):
            break
        if main_verb_past_a_condition(node) is not None:
            break  # "…si le président n'était pas rétabli, et a imposé des sanctions"
        added = added or _added_by_a_participle(node)
        relative = relative or _own_relative(node)
        previous, node = node, node.head
    return "realised", None


def _none_done(trigger: Any) -> Any | None:
    """ "a affirmé n'avoir mené aucune frappe", "carried out no strikes": a deed noun that is
    the object of its verb under "aucun"/"no" is said not done (its determiner returned)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("obj", "dobj"):
        return None
    determiners = (c for c in trigger.children if c.dep_ == "det")
    return next((c for c in determiners if fold_text(c.text) in _NONE), None)


# Words by which a party owns a deed: "n'est pas responsable de", "had no role in", "was
# not involved in", "n'est pas à l'origine de", "was not behind", "played no part in";
# negated, they deny the deed is the party's.
_OWNING = frozenset(
    {
        "responsable",
        "responsible",
        "responsabilite",
        "responsibility",
        "role",
        "part",
        "implication",
        "involvement",
        "involved",
        "implique",
        "origine",
        "auteur",
        "behind",
    }
)


# "had nothing to do with the strike", "n'avoir rien à voir avec l'attaque": the pronoun and
# the verb in a relative or infinitive clause on it by which a party disowns a deed.
_DISOWNING = frozenset({("nothing", "do"), ("rien", "voir")})


def _disowned(node: Any, previous: Any) -> bool:
    """Whether ``node`` ("nothing") with ``previous`` ("to do with …") under it disowns
    the deed below: a denial worded without a verb of denial."""
    pair = (fold_text(node.lemma_), fold_text(previous.lemma_))
    return pair in _DISOWNING and previous.dep_ in ("relcl", "acl")


def _responsibility_disclaimed(verb: Any, previous: Any, lang: str) -> bool:
    """ "le M23 a rejeté la responsabilité de l'attaque", "disclaimed responsibility for the
    bombing": a verb of refusing whose object is the deed's responsibility denies the deed
    (the subject is no perpetrator), where "a rejeté la proposition" denies nothing."""
    return (
        previous.dep_ in ("obj", "dobj")
        and fold_text(previous.lemma_) in _RESPONSIBILITY
        and fold_text(verb.lemma_) in disclaiming_lemmas(lang)
    )


# Nouns by which a party owns a deed it may disclaim: "la responsabilité de l'attaque".
_RESPONSIBILITY = frozenset({"responsabilite", "responsibility", "implication", "involvement"})


def _no_part_played(verb: Any, previous: Any) -> Any | None:
    """ "played no part in the attack", "had no role in the killings": the parser hangs the
    deed's phrase on the verb beside an owning object under "no"; that determiner."""
    if verb.pos_ not in ("VERB", "AUX") or previous.dep_ not in ("prep", "obl", "obl:arg"):
        return None
    for owned in (c for c in verb.children if c.dep_ in ("obj", "dobj")):
        if fold_text(owned.lemma_) in _OWNING:
            none = (c for c in owned.children if c.dep_ == "det")
            return next((c for c in none if fold_text(c.text) in _NONE), None)
    return None


def owns_a_deed(noun: Any) -> bool:
    """ "toute implication dans l'attaque", "no role in the strike": a noun by which a party
    owns the deed it governs."""
    return fold_text(noun.lemma_) in _OWNING


def _owning(node: Any, previous: Any) -> bool:
    """Whether the negated ``node`` (or the predicate ``previous`` under it: "was not
    responsible for") says a party owns the deed below it."""
    return fold_text(node.lemma_) in _OWNING or (
        previous.dep_ in ("acomp", "attr", "prep") and fold_text(previous.lemma_) in _OWNING
    )


# Nouns of a charge whose clause tells the deed charged: "les accusations selon lesquelles
# ses forces auraient…", "claims that it had abducted", "reports that officers had fired".
_CLAIMS = frozenset(
    {
        "accusation",
        "allegation",
        "affirmation",
        "information",
        "rumeur",
        "claim",
        "report",
        "rumour",
        "rumor",
        "charge",
        "suggestion",
    }
)
# Verbs that dismiss such a charge as untrue.
_DISMISSING = frozenset(
    {
        "rejeter",
        "dementir",
        "nier",
        "refuter",
        "balayer",
        "contester",
        "reject",
        "deny",
        "dismiss",
        "refute",
        "rebuff",
    }
)


def is_claim_noun(noun: Any) -> bool:
    """ "accusations", "claims", "reports": a noun whose clause tells the deed charged."""
    return noun.pos_ == "NOUN" and fold_text(noun.lemma_) in _CLAIMS


def _a_claim_dismissed(node: Any, previous: Any) -> bool:
    """ "Kigali rejette les accusations selon lesquelles ses forces auraient bombardé",
    "rejected claims that it had abducted", "Claims that troops had fired were rejected by":
    a deed told in the clause of a charge its verb dismisses is denied."""
    return (
        is_claim_noun(node)
        and previous.dep_ in ("acl", "acl:relcl", "relcl", "ccomp")
        and previous.i > node.i
        and fold_text(node.head.lemma_) in _DISMISSING
    )


# Adjectives that put the event a noun names ahead: "le retrait prochain des troupes",
# "the planned withdrawal", "an upcoming visit", "lors d'un cycle prévu à Caracas".
_AHEAD = frozenset(
    {"prochain", "imminent", "prevu", "programme", "upcoming", "forthcoming", "planned"}
)


def _soon(trigger: Any) -> bool:
    """ "le retrait prochain de ses soldats", "the planned pullout": a noun trigger with an
    adjective of the time to come is a plan."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "acl") and fold_text(c.text) in _AHEAD for c in trigger.children
    )


# The head of the time after "by" that makes it a deadline: "by the end of the year".
_DEADLINE_HEADS = frozenset({"end", "mid", "close", "middle"})


def _deadline_of(noun: Any, lang: str) -> Any | None:
    """ "a annoncé le retrait des soldats d'ici la fin de l'année", "announced the
    withdrawal of its troops by September": a noun trigger given a deadline, on itself or
    on the verb announcing it, is a plan (the deed has not happened yet)."""
    if noun.pos_ != "NOUN":
        return None
    words = list(noun.subtree)
    announcer = noun.head
    told = fold_text(announcer.lemma_) in reporting_verbs(lang)
    # "le retrait serait achevé d'ici la fin de l'année": the deadline of the passive verb
    # it is the subject of (not "l'accord prévoit que … d'ici", the deal's content).
    if announcer.i != noun.i and (told or noun.dep_ in ("nsubj:pass", "nsubjpass")):
        words += [w for c in announcer.children if c.i > noun.i for w in c.subtree]
    return next((w for w in words if _opens_a_deadline(w)), None)


def _opens_a_deadline(word: Any) -> bool:
    """ "d'ici (la fin de l'année)", "by (September, the end of the month)"."""
    if fold_text(word.text) == "ici":
        before = word.doc[word.i - 1] if word.i > 0 else None
        return before is not None and before.text.lower() in ("d'", "d’")
    if word.lower_ != "by":
        return False
    return any(
        c.dep_ == "pobj" and (c.ent_type_ == "DATE" or c.lower_ in _DEADLINE_HEADS)
        for c in word.children
    )


def _intends(verb: Any, complement: Any, lang: str) -> bool:
    """ "entend expulser", "compte rouvrir", "decided to withdraw": the complement is an
    infinitive and the verb no reflexive ("s'entendre", to agree)."""
    infinitive = "Inf" in complement.morph.get("VerbForm") or complement.tag_ == "VB"
    return infinitive and not has_reflexive_clitic(verb, lang)


def _counted_step(word: Any) -> bool:
    """ "a salué « un premier pas »": "pas" with an article is a step, no negation."""
    return any(c.dep_ == "det" for c in word.children)


def _added_by_a_participle(clause: Any) -> bool:
    """ "The group denied involvement, accusing government militias", "a démenti, accusant
    Kiev de…": a participle clause after a comma adds what the denier did besides denying;
    it is no complement of the denial."""
    forms = clause.morph.get("VerbForm")
    participle = clause.tag_ == "VBG" or "Ger" in forms or "Pres" in clause.morph.get("Tense")
    first = min(t.i for t in clause.subtree if t.pos_ != "PUNCT")
    comma = first > 0 and clause.doc[first - 1].text == ","
    return clause.dep_ in ("advcl", "acl") and participle and comma and first <= clause.i


# Prepositions of a time before the clause ("following the arrest of", "après
# l'interpellation de") are ``AFTER``, shared with the deeds of a recent day.


def _told_as_before(node: Any, previous: Any) -> bool:
    """ "Following the arrest of the journalist, the union called for his release", "a
    exigé sa libération après son interpellation mercredi": a deed named in a phrase of
    what came before the clause has happened, whatever the clause asks or plans."""
    if previous is not node and previous.dep_ == "pobj":
        return fold_text(node.text) in AFTER
    if node.pos_ == "NOUN" and fold_text(node.lemma_) in DAY_AFTER:
        return True  # "au lendemain d'une frappe": the strike is done
    if node.pos_ in ("VERB", "AUX") and _past_clause_after(node):
        return True  # "would respond, a day after a US strike killed eleven people"
    return node.pos_ == "NOUN" and any(
        c.dep_ == "case" and fold_text(c.text) in AFTER for c in node.children
    )


# Auxiliaries of a time to come, which keep a clause after "after" a plan ("after the
# deal is signed", "après que l'accord sera signé").
_PRESENT_OR_FUTURE = frozenset({"Pres", "Fut"})


def _past_clause_after(verb: Any) -> bool:
    """A clause opened by "after"/"après que" in a past tense ("a day after a strike
    killed", "après que des hommes armés ont attaqué") tells what has happened."""
    if not any(c.dep_ == "mark" and fold_text(c.text) in AFTER for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "auxpass")]
    if verb.lang_ == "en":
        return any("Past" in a.morph.get("Tense") for a in auxiliaries)
    return "Past" in verb.morph.get("Tense") and not any(
        "Fut" in a.morph.get("Tense") for a in auxiliaries
    )


# Conjunctions that leave a clause's deed undone: a condition, a purpose or a time to come
# ("if the RSF rejected", "pour que l'armée se retire", "until the troops withdrew").
_OPEN_MARKS = frozenset(
    {"if", "unless", "so", "lest", "until", "till", "si", "sauf", "pour", "afin", "jusqu'a"}
)


def _clause_of_its_own(clause: Any) -> bool:
    """ "called on the Council to designate the RSF a terrorist group, while the RSF
    rejected the accusations", "a exigé des sanctions, alors que Kigali a rejeté…": an
    adverbial clause with its own subject and a past verb tells a deed done, not what the
    verb above it asks or plans."""
    if clause.dep_ != "advcl" or not any(c.dep_.startswith("nsubj") for c in clause.children):
        return False
    if any(c.dep_ == "mark" and fold_text(c.text) in _OPEN_MARKS for c in clause.children):
        return False
    return _told_in_the_past(clause)


def _told_in_the_past(verb: Any) -> bool:
    """ "rejected" (a simple past), "a rejeté", "had rejected": a past with no conditional or
    future auxiliary."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if any("Fut" in a.morph.get("Tense") or "Cnd" in a.morph.get("Mood") for a in auxiliaries):
        return False
    if verb.tag_ in ("VBD", "VBN") and verb.lang_ == "en":
        return verb.tag_ == "VBD" or any(fold_text(a.lemma_) == "have" for a in auxiliaries)
    return verb.lang_ == "fr" and "Part" in verb.morph.get("VerbForm") and bool(auxiliaries)


def _own_relative(clause: Any) -> bool:
    """ "réclame l'extradition, ce que la Russie a refusé", "demanded the release of those
    the police arrested": a relative clause with its own subject tells a deed of its own,
    not what the verb above it asks."""
    return clause.dep_ in ("acl:relcl", "relcl") and any(
        c.dep_.startswith("nsubj") for c in clause.children
    )


def _as_told(verb: Any) -> bool:
    """ "a démenti avoir livré des armes, comme l'en accuse l'armée": a clause opened by
    "comme" tells what was said beside the main verb; its denial is not the clause's."""
    return any(c.dep_ == "mark" and fold_text(c.text) == "comme" for c in verb.children)


# French clitics that make a verb of asking another verb: "se réclamer de" (to claim to
# belong to), "se demander" (to wonder).
_CLITICS = frozenset({"se", "s'"})


def has_reflexive_clitic(token: Any, lang: str) -> bool:
    """ "Des hommes armés se réclamant des Amba boys", "il se demande": no one is asked."""
    return lang == "fr" and any(
        child.dep_.startswith("expl") and fold_text(child.text) in _CLITICS
        for child in token.children
    )


# Words that open a condition: "si le président n'était pas rétabli", "s'il refusait".
_CONDITIONS = frozenset({"si", "s'", "s’"})
# How far above a condition its main verb may stand ("menacé" > "recourir" > "force" >
# "rétabli").
_CONDITION_REACH = 5


def main_verb_past_a_condition(verb: Any) -> Any | None:
    """The main verb of a French verb the parser coordinated with a condition's verb, when
    its own auxiliary agrees with the main verb's and not the condition's: "la Cédéao a
    menacé d'employer la force si le président n'était pas rétabli sous une semaine, et a
    imposé des sanctions au Niger" tells a second deed of the Cédéao, neither conditional
    nor negated."""
    told = verb.head
    if verb.lang_ != "fr" or verb.dep_ != "conj" or told.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "mark" and fold_text(c.text) in _CONDITIONS for c in told.children):
        return None
    own = next((c for c in verb.children if c.dep_.startswith("aux")), None)
    told_finite = _tense_word(told)
    if own is None or "Fin" not in own.morph.get("VerbForm") or told_finite is None:
        return None
    node = told
    for _ in range(_CONDITION_REACH):
        if node.head.i == node.i:
            return None
        node = node.head
        main_finite = _tense_word(node) if node.pos_ in ("VERB", "AUX") else None
        if main_finite is not None:
            keys = ("Number", "Tense", "Mood")
            agrees = all(own.morph.get(k) == main_finite.morph.get(k) for k in keys)
            differs = any(own.morph.get(k) != told_finite.morph.get(k) for k in keys)
            return node if agrees and differs else None
    return None


def _tense_word(verb: Any) -> Any | None:
    """The word that carries a verb's tense: its finite auxiliary, else the verb itself."""
    for child in verb.children:
        if child.dep_.startswith("aux") and "Fin" in child.morph.get("VerbForm"):
            return child
    return verb if "Fin" in verb.morph.get("VerbForm") else None


def _mood_of_auxiliary(verb: Any) -> list[str]:
    """The mood of a verb's tense auxiliary ("a" Ind, "aient" Sub), empty without one."""
    auxiliary = next((c for c in verb.children if c.dep_ in ("aux", "aux:tense")), None)
    return list(auxiliary.morph.get("Mood")) if auxiliary is not None else []


def _main_clause_conjunct(verb: Any) -> bool:
    """ "a démenti que les soldats aient tiré … et a prolongé l'état d'exception": a verb
    with an indicative auxiliary that the parser joins to a subjunctive one is a second deed
    of the main clause, not part of what the subordinate clause denies or fears."""
    if verb.dep_ != "conj":
        return False
    return "Ind" in _mood_of_auxiliary(verb) and "Sub" in _mood_of_auxiliary(verb.head)


def _blame_beside(verb: Any) -> bool:
    """ "The party denied that the men were fighters and accused the army of staging the
    surrender": a blaming verb with no subject of its own, which the parser joins to the
    denied "that" clause, is the denier's second deed; one does not deny one's own charge
    in the same breath."""
    if verb.dep_ != "conj" or verb.lang_ != "en" or verb.pos_ != "VERB":
        return False
    cue = perpetrator_cues(verb.lang_).get(fold_text(verb.lemma_))
    if cue is None or "subject" in cue.names or "Fin" not in verb.morph.get("VerbForm"):
        return False
    if any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children):
        return False
    clause = verb.head
    has_that = any(c.dep_ == "mark" and fold_text(c.text) == "that" for c in clause.children)
    return clause.dep_ == "ccomp" and has_that


def _beside(token: Any) -> bool:
    """A subject or a conjunct is no complement of its head: in "Ruto and Museveni meet,
    agree to end the row" (a headline the parser hangs on "agree") the meeting is not what
    was agreed to be done, nor is "withdrew" in "agreed to a truce and withdrew"."""
    return bool(token.dep_.startswith("nsubj")) or token.dep_ == "conj"


# "is due to meet", "is set to sign", "are expected to vote": a word with a "to" infinitive.
_SCHEDULED = frozenset({"be", "due", "set", "expected", "scheduled", "slated", "poised"})


def _is_to_be_done(verb: Any, complement: Any) -> bool:
    """ "Israeli troops are to withdraw", "Putin is due to meet Trump": "be" (or "due",
    "set", "scheduled"…) with a "to" infinitive sets a plan; "due to the attack" is a cause."""
    return (
        fold_text(verb.lemma_) in _SCHEDULED
        and complement.dep_ == "xcomp"
        and any(c.dep_ == "aux" and fold_text(c.text) == "to" for c in complement.children)
    )


def _planned_subject(node: Any, previous: Any, trigger: Any) -> bool:
    """ "Un deuxième contingent doit arriver en juin", "reinforcements are expected to
    arrive": a troop noun trigger that is the subject of a verb of the time to come is that
    plan, though a subject is otherwise no complement of its head."""
    if previous is not trigger or trigger.pos_ != "NOUN" or not _beside(previous):
        return False
    if previous.dep_ == "conj":
        return False
    # Only troops and their moves: "the agreement will allow…" tells what a deal done
    # brings, no plan; "le retrait de la Minusma doit s'achever" is a withdrawal to come.
    lemma = fold_text(trigger.lemma_)
    if lemma not in troop_words(trigger.lang_) and lemma not in _TROOP_MOVES:
        return False
    cues = status_cues(trigger.lang_)
    found = next((cues[form] for form in cue_forms(node) if form in cues), None)
    return found is not None and found[0] == "planned"


def _future_in_the_past(verb: Any) -> Any | None:
    """ "Le ministre a annoncé que des troupes seraient déployées à la frontière": a passive
    with its auxiliary in the present conditional, in a "que" clause, is what was announced
    to come, not the press reporting a deed unconfirmed ("l'armée aurait tué")."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "mark" and fold_text(c.text) in ("que", "qu'") for c in verb.children):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "aux:pass"
            and "Cnd" in c.morph.get("Mood")
            and "Pres" in c.morph.get("Tense")
        ),
        None,
    )


# Nouns of forces moving in or out, whose plan a verb of the time to come tells as their
# subject ("le retrait de la Minusma doit s'achever le 31 décembre").
_TROOP_MOVES = frozenset(
    {"retrait", "depart", "deploiement", "redeploiement", "desengagement"}
    | {"withdrawal", "departure", "deployment", "redeployment", "pullout", "drawdown"}
)


def _demanded_move(node: Any, previous: Any, trigger: Any) -> bool:
    """ "Le départ des soldats américains avait été exigé par la junte": a move of forces
    that is the passive subject of a demand is what was asked, not a withdrawal done."""
    if previous is not trigger or previous.dep_ not in ("nsubj:pass", "nsubjpass"):
        return False
    if fold_text(trigger.lemma_) not in _TROOP_MOVES:
        return False
    cues = status_cues(trigger.lang_)
    found = next((cues[form] for form in cue_forms(node) if form in cues), None)
    return found is not None and found[0] == "requested"


def _future_auxiliary(word: Any) -> bool:
    """ "2 000 autres soldats seront envoyés à Bukavu": the future is on the passive's
    auxiliary, the participle has none."""
    return word.dep_ in ("aux", "aux:pass") and "Fut" in word.morph.get("Tense")


# Present forms of "démentir" the French tagger reads as an adjective or adverb.
DENIALS_MISREAD = frozenset({"dement", "dementent"})
# Words that open what such a verb denies: "dément toute implication", "dément
# catégoriquement", "dément avoir tiré" (an infinitive), "ce que dément l'armée" (a
# determiner of its subject).
_DENIED_OPENINGS = frozenset(
    {"tout", "toute", "tous", "toutes", "categoriquement", "formellement", "fermement"}
)


def misread_denial(token: Any) -> bool:
    """ "Le Hezbollah dément toute implication", "L'armée dément avoir tiré": a present of
    "démentir" tagged as an adverb or adjective, told as a verb by what follows it (a
    determiner, an infinitive, "toute"); "un homme dément a attaqué" (insane) is not."""
    if fold_text(token.text) not in DENIALS_MISREAD or token.pos_ not in ("ADV", "ADJ"):
        return False
    if token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    return (
        after.pos_ == "DET"
        or "Inf" in after.morph.get("VerbForm")
        or fold_text(after.text) in _DENIED_OPENINGS
    )


def _misread_denial_on(node: Any, trigger: Any) -> Any | None:
    """A misread "dément" hung on the word it governs ("dément soutenir": on "soutenir";
    "dément toute implication dans l'attaque": on "implication"; "L'armée dément avoir
    tiré": on "armée", which holds "tiré"), told before the deed it denies."""
    return next(
        (c for c in node.children if c.dep_ == "advmod" and c.i < trigger.i and misread_denial(c)),
        None,
    )
