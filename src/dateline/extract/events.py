"""The event extractor; see the package docstring for the steps."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

import ahocorasick

from dateline.data import iso3_codes, read_tsv
from dateline.extract import arguments as args
from dateline.extract.lexicon import (
    ADVERB_PARTICLES,
    CLITICS,
    PARTICLES,
    Trigger,
    Weapon,
    agreement_verbs,
    cue_forms,
    deed_nouns,
    denies_by_defending,
    device_hit_lemmas,
    disaster_lemmas,
    downing_triggers,
    false_readings,
    holding_lemmas,
    killing_lemmas,
    longest_trigger,
    measure_triggers,
    mediator_phrases,
    number_words,
    office_nouns,
    outcome_lemmas,
    passive_measures,
    period_words,
    perpetrator_cues,
    policing_phrases,
    pronominal_triggers,
    quantity_words,
    reciprocal_lemmas,
    repelling_lemmas,
    reporting_verbs,
    responsibility_lemmas,
    seized_arms_lemmas,
    seized_goods_lemmas,
    seized_people_lemmas,
    split_phrases,
    status_cues,
    takes_something,
    taking_verbs,
    time_words,
    triggers,
    two_sides_lemmas,
    undergoing_phrases,
    weapon_names,
    weapons,
    weekday_names,
    witnessing_lemmas,
)
from dateline.extract.measure_frames import frames_in
from dateline.extract.meeting_settings import without_settings
from dateline.extract.operations import operations_as_told
from dateline.extract.perpetrators import (
    ATTRIBUTED_TO,
    attributions,
    blamed_words,
    sentence_index,
    with_perpetrators,
)
from dateline.extract.recent_deeds import deed_of_a_recent_day
from dateline.extract.stances import STANCE, spoken_stances
from dateline.extract.statement_scope import judged_a_threat, only_a_setting, promise_to_go_on
from dateline.extract.status import (
    has_reflexive_clitic,
    is_claim_noun,
    misread_denial,
    owns_a_deed,
    status_of,
)
from dateline.link.actors import load_actors, sovereign
from dateline.link.actors.dictionary import Actor, fold_text
from dateline.link.actors.linker import written_as_capital
from dateline.link.places.resolve import distance_km
from dateline.link.time import Reference
from dateline.records import (
    ActorMention,
    Article,
    Claim,
    Event,
    EventDate,
    Evidence,
    ParsedArticle,
    PlaceMention,
    TimeMention,
)

EXTRACTOR_VERSION = "dateline-events/0.1"
_REMOTE = "Explosions/Remote violence"
# How far before a trigger an actor may stand and still be taken for its agent.
_NEAR_AGENT = 80
_SPECIFIC_SUBTYPES = frozenset(
    {
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Suicide bomb",
        "Grenade",
        "Chemical weapon",
    }
)


@dataclass(slots=True)
class _Found:
    trigger: Trigger
    start: int
    end: int
    head: Any  # the spaCy token that carries the trigger


@dataclass(slots=True)
class _Context:
    parsed: ParsedArticle
    places: list[PlaceMention]
    actors: list[ActorMention]
    times: list[TimeMention]
    claims: list[Claim]
    reference: Reference
    lang: str
    tenure: tuple[date, date] | None = None
    events: list[Event] = field(default_factory=list)
    trigger_tokens: tuple[int, ...] = ()  # the current sentence's trigger heads
    recent_deeds: frozenset[int] = frozenset()  # its deeds of a recent day, by head
    # Events the current sentence has made so far, before they join ``events``: a release
    # asked in the sentence that tells the arrest ("detained 11 staff, …, demanding their
    # release") is asked of that arrest's doer.
    sentence_events: list[Event] = field(default_factory=list)
    # The last date an event of this paragraph was given, by paragraph offset: a sentence
    # that names none goes on telling the same day.
    story_time: tuple[int, TimeMention] | None = None
    # Events a charge names ("accusé Erevan de tirs…"), whose doer is the accused or nobody.
    charged: set[str] = field(default_factory=set)
    # Sides later sentences blame for an attack ("Local officials blamed the federal army
    # for the strike"), by sentence index.
    blamed: dict[int, ActorMention] = field(default_factory=dict)


def extract_events(
    parsed: ParsedArticle,
    places: list[PlaceMention],
    actors: list[ActorMention],
    times: list[TimeMention],
    claims: list[Claim],
    reference: Reference,
    *,
    tenure: tuple[date, date] | None = None,
) -> list[Event]:
    """Events in text order, one per (type, place, date), without duplicates.

    ``tenure`` is set when the reference date contradicts an office holder the story
    names: events with no date of their own then get that interval, not the reference.
    """
    lang = parsed.article.lang or ""
    if lang not in ("fr", "en"):
        return []
    places = _not_named_actors(places, actors)
    actors = [
        a
        for a in actors
        if not _names_where(a, parsed.article.text)
        or _asked_to_act(a, parsed, lang)
        or _gives_from(a, parsed.article.text)
    ]
    context = _Context(parsed, places, actors, times, claims, reference, lang, tenure)
    blamed = list(attributions(parsed, actors, lang))
    for attribution in blamed:
        context.blamed.setdefault(attribution.sentence, attribution.actor)
    for offset, doc in parsed.docs:
        for sent in doc.sents:
            named = [*actors, *places, *times]
            found_here = _strikes_told_by_their_toll(_triggers_in(sent, offset, lang, named))
            # "au lendemain d'une frappe de l'armée américaine": a deed of its own.
            recent = frozenset(
                f.head.i for f in found_here if deed_of_a_recent_day(f, lang, actors, offset)
            )
            context.recent_deeds = recent
            grouped = _without_denials(
                [
                    item
                    for item in _group(_without_background(found_here, lang, recent))
                    if not _names_an_existing_agreement(item, lang)
                    if not _is_mention_of_known_event(item)
                    if not _a_reflexive_request(item, lang)
                    if not only_a_setting(item.trigger.plover_type, item.head, lang)
                ],
                lang,
            )
            grouped = _without_charges(grouped, lang)
            grouped = _without_denunciations_in_a_denial(grouped, lang)
            # "Caracas y voit une « menace d'invasion »": calling a deed a threat accuses.
            grouped = [
                replace(item, trigger=replace(item.trigger, plover_type="ACCUSE"))
                if judged_a_threat(item.trigger.plover_type, item.head, lang)
                else item
                for item in grouped
            ]
            grouped = [_drills_held_together(item) for item in grouped]
            grouped = _without_calls_behind(_without_demands(grouped))
            grouped = _without_promises(_without_requests(grouped, lang), lang)
            grouped = _without_refused_deeds(grouped)
            grouped = _without_getaways(grouped, context)
            grouped = _without_retreats_struck(grouped)
            grouped = _without_deeds_naming_the_doer(grouped)
            grouped = operations_as_told(grouped, lang)
            grouped = _without_searches_in_a_deed(grouped)
            grouped = without_settings(grouped, lang)
            grouped = [
                item
                for item in _without_acted_on(grouped)
                if item.head.i in recent or not _qualifies_a_noun(item)
                if not _crime_before_a_court(item)
                if not _says_whom_it_aims_at(item)
                if not _describes_a_party(item)
                if not _detention_behind(item, context)
                if not _move_of_an_earlier_year(item, context)
                if not _statement_followed(item)
                if not _measure_of_an_earlier_year(item, context)
            ]
            if _a_running_count(grouped, sent, lang):
                continue
            context.trigger_tokens = tuple(item.head.i for item in grouped)
            sentence: list[Event] = []
            context.sentence_events = sentence
            # A denial beside other events ("blamed the separatists, who denied any
            # involvement") disputes a deed; it is no REJECT event of its own.
            denials = [item for item in grouped if _is_denial(item, lang)]
            beside = denials if len(denials) < len(grouped) else []
            told_before = list(context.events)
            rejecting: set[str] = set()  # "rejected the accusations": REJECT and denied deed
            disputing: list[Event] = []
            disputed: set[str] = set()  # denials of what another party claims
            # Tolls last, so that each can join the attack nearest to it.
            for found in sorted(grouped, key=lambda item: _is_outcome(item, lang)):
                made = _events_for(found, sent, offset, context)
                if args.charge_holder(found.head) is not None:
                    context.charged.update(event.id for event in made)
                if _denies_a_claim(found, lang):
                    disputed.update(event.id for event in made)
                if _rejects_a_charge(found, lang):
                    rejecting.update(event.id for event in made)
                copy = _denied_copy(found, made, [*context.events, *sentence])
                if copy is not None:
                    sentence.append(copy)
                    continue
                if found in beside and not _a_rejection_of_its_own(
                    found, made, grouped, [*context.events, *sentence], disputed
                ):
                    disputing.extend(made)
                elif made and (fight := _force_answers_a_seizure(found, made[0], offset, context)):
                    sentence.append(fight)
                elif not (made and _joined_earlier(found, made[0], sentence, offset, context)):
                    sentence.extend(made)
            sentence.sort(key=_trigger_start)
            sentence = _cooperation_agreed(sentence, grouped, lang)
            if _only_denies_an_earlier_attack(sentence, grouped, denials, context):
                context.events.extend(_denied_deeds(sentence, context, claims=disputed))
                continue
            if not any(_may_have_a_toll(event) for event in sentence):
                # "…six à Dakar et trois à Ziguinchor, selon le gouvernement, qui a restreint
                # l'accès aux réseaux sociaux": a measure told beside a toll takes none of it.
                _report_toll(sent, offset, context)
            sentence = _looting_beside_a_riot(sentence, grouped)
            sentence = _without_a_strike_s_damage(sentence, grouped)
            sentence = _protests_met_by_arrests(_without_bare_attacks(sentence))
            sentence = _killings_at_protests(sentence)
            sentence = _killed_when_the_deed_was_done(sentence, grouped)
            sentence = _riots_absorb_their_protest(sentence)
            copies = _denied_copies_of_deeds_told(sentence)
            kept = [
                *_one_per_type_and_place([e for e in sentence if e not in copies], context.parsed),
                *copies,
            ]
            context.events.extend(kept)
            context.events.extend(
                _denied_deeds(disputing, context, claims=disputed, told_with=kept)
            )
            context.events.extend(
                _deeds_rejected(
                    [e for e in kept if e.id in rejecting], told_before, kept, context.charged
                )
            )
    perpetrators = [
        replace(attribution, actor=_armed_body(attribution.actor)) for attribution in blamed
    ]
    events = with_perpetrators(context.events, perpetrators, parsed)
    sides = _SidesOfDead(parsed.article.text, lang)
    events = [_as_threat_to_go_on(event, parsed) for event in events]
    told_apart = _strikes_told_apart(events, parsed)
    events = _deduplicated(
        [_crowd_first(_policed(event, lang)) for event in events], sides, told_apart
    )
    events = _riots_absorb_their_clashes(events)
    events = _claims_of_own_deeds(events, parsed)
    events = _doers_carried_over(events, parsed, actors)
    events = _force_that_denies(events, parsed, lang)
    events = _denials_of_deeds_told(events, parsed)
    events = _denied_by_the_state_for_its_force(events, actors)
    events = _with_coded_toll(_tolls_off_denials(events), parsed.article.text)
    events = _tolls_by_place(events, parsed)
    stops = _violent_sentences(events, parsed)
    return [
        _release_in_prospect(
            _with_bodies(
                _state_force_by_default(
                    _peaceful(
                        _deadly_repression(_without_stray_toll(_wounded_only(event, parsed, stops)))
                    ),
                    context,
                )
            )
        )
        for event in events
    ]


# Statuses of a concession not (yet) made.
_IN_PROSPECT = frozenset({"planned", "proposed", "requested", "hypothetical", "negated"})


def _release_in_prospect(event: Event) -> Event:
    """ "Kyiv was ready to hand over all the Russian soldiers", "will free 90 detainees": a
    release not made is no agreement carried out; analysts code it Other, as they do a
    release asked for."""
    if (event.plover_type, event.acled_subtype) != ("CONCEDE", "Agreement"):
        return event
    return replace(event, acled_subtype="Other") if event.status in _IN_PROSPECT else event


# How many heads up from a claimed killing its verb of saying may stand ("a affirmé avoir
# « éliminé » un terroriste", "affirmant avoir tué 70 militaires", "said it had killed").
_CLAIM_REACH = 3
# The codings a claimed killing gets, its means untold: "avoir tué", "had killed".
_CLAIMED_KILLINGS = frozenset({"Armed clash", "Attack"})


def _claims_of_own_deeds(events: list[Event], parsed: ParsedArticle) -> list[Event]:
    """A killing the doer of a deed just told says it did that day ("Un drone israélien a
    frappé …; l'armée israélienne a affirmé avoir « éliminé un terroriste »", "the group
    claimed the attack, saying it had killed 70 soldiers") is its own account of that deed,
    not a second event: it joins the deed, giving its toll only as the lowest figure."""
    gone: set[int] = set()
    updated: dict[int, Event] = {}
    told = sorted(events, key=_trigger_start)
    for at, event in enumerate(told):
        if not _a_claimed_killing(event, parsed):
            continue
        deed = next(
            (
                updated.get(id(e), e)
                for e in reversed(told[:at])
                if id(e) not in gone and _claimed_deed_of(e, event)
            ),
            None,
        )
        if deed is None:
            continue
        original = next(e for e in told[:at] if updated.get(id(e), e) is deed)
        updated[id(original)] = _merged(deed, replace(event, actor2=None))
        gone.add(id(event))
    return [updated.get(id(e), e) for e in events if id(e) not in gone]


# Verbs of keeping up or stepping up hostilities ("keep fighting", "intensify its
# strikes", "intensifier ses frappes"). Resuming and continuing are left out: a fight that
# could resume is coded as that fight, and "continuer", "poursuivre" tell fighting going on.
_GOING_ON = frozenset({"keep", "intensify", "step", "escalate"})


def _as_threat_to_go_on(event: Event, parsed: ParsedArticle) -> Event:
    """A vow or a warning to go on fighting ("vowed to keep fighting", "said they would keep
    targeting Israel", "would intensify its strikes unless …") threatens; no fight of its
    own is told, so it is coded as the threat (PLOVER THREATEN, ACLED Other), as ACLED
    records such statements."""
    if event.plover_type != "ASSAULT" or event.status not in ("planned", "hypothetical"):
        return event
    triggers = [e for e in event.evidence if e.field == "trigger"]
    token = _token_at(parsed, triggers[0].start) if triggers else None
    if token is None or token.dep_ not in ("xcomp", "obj", "dobj"):
        return event
    if fold_text(token.head.lemma_) not in _GOING_ON or token.head.pos_ != "VERB":
        return event
    return replace(
        event,
        plover_type="THREATEN",
        plover_mode=None,
        acled_type="Strategic developments",
        acled_subtype="Other",
        status="realised",
        quantities={**event.quantities, "fatalities": None},
        weapons=(),
    )


# Words between a count and the place it is given for: "six à Dakar", "three in Kaduna".
_AT_PLACE = frozenset({"a", "au", "aux", "en", "dans", "in", "at"})


def _tolls_by_place(events: list[Event], parsed: ParsedArticle) -> list[Event]:
    """One toll told for events at several places, broken down by place in its sentence
    ("Au moins neuf personnes ont été tuées, six à Dakar et trois à Ziguinchor", "12 people
    died, eight in Kano and four in Kaduna"): each event gets its place's share, as ACLED
    codes one event per location."""
    shared: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        tolls = [e for e in event.evidence if e.field == "fatalities"]
        if event.place is not None and event.quantities["fatalities"] and len(tolls) == 1:
            shared.setdefault((tolls[0].start, tolls[0].end), []).append(event)
    shares: dict[int, int] = {}
    for (start, _), group in shared.items():
        places = {_place_name(event) for event in group}
        if len(places) < 2 or len(places) != len(group):
            continue
        found = _counts_by_place(parsed, start, places)
        total = group[0].quantities["fatalities"]
        if set(found) == places and sum(found.values()) <= total:
            shares.update({id(event): found[_place_name(event)] for event in group})
    return [
        replace(event, quantities={**event.quantities, "fatalities": shares[id(event)]})
        if id(event) in shares
        else event
        for event in events
    ]


def _place_name(event: Event) -> str:
    place = event.place
    return fold_text(place.name or place.text) if place is not None else ""


def _counts_by_place(parsed: ParsedArticle, start: int, places: set[str]) -> dict[str, int]:
    """Counts followed by "à/in <place>" in the sentence of the toll at ``start``."""
    token = _token_at(parsed, start)
    if token is None:
        return {}
    lang = parsed.article.lang or ""
    found: dict[str, int] = {}
    words = list(token.sent)
    for at, word in enumerate(words[:-2]):
        if word.i < token.i or fold_text(words[at + 1].text) not in _AT_PLACE:
            continue
        value = args.number_value(word, lang)
        name = fold_text(words[at + 2].text)
        place = next((p for p in places if p == name or p.startswith(f"{name} ")), None)
        if value is not None and place is not None and place not in found:
            found[place] = value
    return found


def _claimed_deed_of(deed: Event, claim: Event) -> bool:
    return (
        deed.acled_type in _VIOLENT_TYPES
        and deed.status == "realised"
        and deed.actor1 is not None
        and claim.actor1 is not None
        and deed.actor1.canonical_id == claim.actor1.canonical_id
        and _day_key(deed) == _day_key(claim)
    )


def _a_claimed_killing(event: Event, parsed: ParsedArticle) -> bool:
    """A killing told only as what its doer says it did: its trigger, a killing verb, hangs
    a few heads up on a verb of saying whose subject is the event's doer ("l'armée a affirmé
    avoir « éliminé »", "the group said it had killed"), not on another party's report of
    it ("un rapport accusant l'armée d'avoir exécuté …")."""
    if event.acled_subtype not in _CLAIMED_KILLINGS or event.status != "realised":
        return False
    triggers = [e for e in event.evidence if e.field == "trigger"]
    doers = [e for e in event.evidence if e.field == "actor1"]
    if len(triggers) != 1 or not doers:
        return False
    token = _token_at(parsed, triggers[0].start)
    lang = parsed.article.lang or ""
    if token is None or fold_text(token.lemma_) not in killing_lemmas(lang) | _CLAIMED_KILLS:
        return False
    said = reporting_verbs(lang)
    node = token
    for _ in range(_CLAIM_REACH):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX") and fold_text(node.lemma_) in said:
            return _spoken_by(node, doers[0].start - triggers[0].start + token.idx)
    return False


def _spoken_by(verb: Any, doer: int) -> bool:
    """The verb of saying's subject holds the doer's mention (``doer``, an offset in the
    verb's doc); a participle's or a conjunct's is its head verb's ("ont revendiqué
    l'attaque en affirmant avoir tué …")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
        return _spoken_by(verb.head, doer)
    for subject in subjects:
        words = list(subject.subtree)
        if words[0].idx <= doer <= words[-1].idx:
            return True
    return False


# Words a doer uses of its own killings beside the killing verbs: "éliminé", "neutralised".
_CLAIMED_KILLS = frozenset({"eliminer", "neutraliser", "eliminate", "neutralise", "neutralize"})


def _token_at(parsed: ParsedArticle, position: int) -> Any:
    """The parsed token starting at character ``position`` of the article, if any."""
    for offset, doc in parsed.docs:
        if offset <= position < offset + len(doc.text):
            return next((t for t in doc if offset + t.idx == position), None)
    return None


# Sides a riot's clashes may name: the police it fights, the state or its government (a
# préfecture reporting), or no one.
_RIOT_SIDES = frozenset({"police", "state", "government"})


def _riots_absorb_their_clashes(events: list[Event]) -> list[Event]:
    """Clashes, shots or blows told beside a riot at its place and day, with no side but the
    police or none ("Des heurts ont éclaté …; des émeutiers ont jeté des pierres sur les
    policiers", "des tirs ont visé des policiers" on a night of riots) are that riot, as
    ACLED codes rioters fighting the police: no armed clash of their own."""
    riots = {id(e): e for e in events if e.acled_type == "Riots" and e.status == "realised"}
    absorbed = set()
    for event in events:
        riot = next((r for r in riots.values() if _a_clash_of(event, r)), None)
        if riot is None:
            continue
        police = next(
            (a for a in (event.actor1, event.actor2) if a is not None and a.kind == "police"),
            None,
        )
        key = next(k for k, r in riots.items() if r is riot)
        riots[key] = _merged(replace(riot, actor2=riot.actor2 or police), _unarmed(event))
        absorbed.add(id(event))
    return [riots.get(id(e), e) for e in events if id(e) not in absorbed]


def _unarmed(event: Event) -> Event:
    """A clash as the riot absorbing it takes it: its sides are the riot's own."""
    return replace(event, actor1=None, actor2=None)


def _a_clash_of(event: Event, riot: Event) -> bool:
    return (
        event.acled_subtype == "Armed clash"
        and event.status == "realised"
        and all(a is None or a.kind in _RIOT_SIDES for a in (event.actor1, event.actor2))
        and _place_key(event) in (_place_key(riot), None)
        and (_day_key(event) == _day_key(riot) or event.date.text is None)
    )


# Kinds of doer whose deed the next sentence goes on telling ("… raped six women during an
# attack on Saint-Marc; 2 residents were shot dead").
_ARMED_KINDS = frozenset({"armed_group", "military", "police"})
_DEEDS_OF_ARMED_MEN = frozenset({"Battles", _REMOTE, "Violence against civilians"})
# Deeds of a state's forces alone, whose doer named without its state ("la police") is
# the force of the country they happen in.
_STATE_FORCE_DEEDS = frozenset({"Excessive force against protesters", "Arrests"})


def _doers_carried_over(
    events: list[Event], parsed: ParsedArticle, actors: list[ActorMention]
) -> list[Event]:
    """A deadly deed told with no doer right after an armed actor's deed at the same place and
    day is that actor's: the report goes on telling one incident ("Gran Grif gang members
    raped at least six women during an attack on the neighbourhood; two residents were
    shot dead"); so is a killing of people the sentence before told in an armed actor's
    hands ("Les corps de trois d'entre eux ont été retrouvés"), wherever and whenever."""
    told = sorted(events, key=_trigger_start)
    updated = {}
    for at, event in enumerate(told):
        if event.actor1 is not None or event.acled_type not in _DEEDS_OF_ARMED_MEN:
            continue  # a riot's crowd is not the doer of the deed told before it
        sentence = sentence_index(parsed, _trigger_start(event))
        before = next((e for e in reversed(told[:at]) if _tells_the_same_incident(e, event)), None)
        if before is None and _victims_told_before(parsed, sentence):
            before = next((e for e in reversed(told[:at]) if _holds_victims(e)), None)
        if before is None and (armed := _armed_subject_before(event, parsed, actors)):
            named = Evidence("actor1", armed.start, armed.end, armed.text)
            updated[id(event)] = replace(event, actor1=armed, evidence=(*event.evidence, named))
            continue
        if before is None or before.actor1 is None:
            continue
        if sentence - sentence_index(parsed, _trigger_start(before)) > 1:
            continue
        doer = next((e for e in before.evidence if e.field == "actor1"), None)
        if doer is not None:
            updated[id(event)] = replace(
                event, actor1=before.actor1, evidence=(*event.evidence, doer)
            )
    return [updated.get(id(event), event) for event in events]


# Openings of a sentence that tells a new incident ("Separately, two people were killed in
# Goma", "Par ailleurs, deux civils ont été tués"), whose deaths are no earlier actor's.
_NEW_INCIDENT = re.compile(
    r"^\W*(?:separately|elsewhere|meanwhile|in (?:another|a separate)|earlier|later|also on"
    r"|par ailleurs|ailleurs|dans (?:un autre|une autre)|d'autre part|de son côté|en outre"
    r"|plus tôt|auparavant)\b",
    re.IGNORECASE,
)


def _armed_subject_before(
    event: Event, parsed: ParsedArticle, actors: list[ActorMention]
) -> ActorMention | None:
    """ "Des soldats rwandais ont mené une opération contre des insurgés près de Macomia.
    Quatre insurgés ont été tués", "RSF fighters tried to storm El Fasher. At least 15 were
    killed in these assaults": deaths told with no doer right after an armed actor's move
    that made no event of its own are that actor's, unless the sentence opens a new incident
    or names a place the move did not."""
    sentence = sentence_index(parsed, _trigger_start(event))
    if not 0 < sentence < len(parsed.sentences):
        return None
    own, previous = parsed.sentences[sentence], parsed.sentences[sentence - 1]
    text = parsed.article.text
    if _NEW_INCIDENT.search(text[own.start : own.end].replace("’", "'")):
        return None
    place = next((e for e in event.evidence if e.field == "place"), None)
    if (
        place is not None
        and own.start <= place.start < own.end
        and fold_text(place.text) not in fold_text(text[previous.start : previous.end])
    ):
        return None  # "…; two people were killed in Goma": somewhere else
    last = _last_token_before(parsed, own.start)
    if last is None or _offset_of(parsed, last) + last.idx < previous.start:
        return None
    return _armed_doer_of(last.sent, last.doc, actors, parsed)


def _main_verb(sent: Any) -> Any:
    """The sentence's main verb; under a dateline parsed as the root ("EL-OBEID (Soudan) -
    Les paramilitaires … ont tenté"), the verb with a subject hung on it."""
    root = sent.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    return next(
        (
            c
            for c in root.children
            if c.pos_ == "VERB" and any(g.dep_ == "nsubj" for g in c.children)
        ),
        None,
    )


def _last_token_before(parsed: ParsedArticle, position: int) -> Any:
    """The last parsed token before character ``position`` (a dateline may split the
    sentence before into several parses: its main clause ends it)."""
    for offset, doc in parsed.docs:
        if offset < position <= offset + len(doc.text):
            return next((t for t in reversed(doc) if offset + t.idx < position), None)
    return None


def _offset_of(parsed: ParsedArticle, token: Any) -> int:
    """Where the paragraph parse holding ``token`` starts in the article."""
    return next(o for o, d in parsed.docs if d is token.doc)


# Words for an armed group's men, who act for the group named with them.
_FIGHTERS = frozenset(
    {
        "combattant",
        "fighter",
        "soldat",
        "soldier",
        "troupe",
        "troop",
        "militaire",
        "paramilitaire",
        "element",
        "membre",
        "member",
        "milicien",
        "militiaman",
        "rebelle",
        "rebel",
        "insurge",
        "insurgent",
        "jihadiste",
        "jihadist",
        "homme",
        "man",
        "militant",
        "gunman",
        "assaillant",
        "assailant",
        "unite",
        "unit",
        "force",
    }
)


# Words that deny the move ("n'ont pas attaqué", "did not attack", "never fired").
_DENIED_MOVE = frozenset({"pas", "jamais", "not", "never", "n't", "aucun", "aucune"})


def _armed_doer_of(
    sent: Any, doc: Any, actors: list[ActorMention], parsed: ParsedArticle
) -> ActorMention | None:
    """The armed actor that is the active subject of a sentence's main verb, when that verb
    is a deed rather than a saying or a deed denied ("The army said…", "n'ont pas attaqué")."""
    verb = _main_verb(sent)
    if verb is None or fold_text(verb.lemma_) in reporting_verbs(doc.lang_):
        return None
    if any(fold_text(c.text) in _DENIED_MOVE for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    armed = [a for a in actors if a.kind in _ARMED_KINDS and _names_the_subject(a, subject, parsed)]
    # "des soldats des Military Forces of Rwanda": the force named over the bare noun read
    # as the home country's.
    return min(armed, key=lambda a: (a.via == "home", a.start)) if armed else None


def _names_the_subject(actor: ActorMention, subject: Any, parsed: ParsedArticle) -> bool:
    """Whether an actor is the subject itself ("Les paramilitaires des FSR") or the group
    its fighters belong to ("Les combattants du M23", "Rapid Support Forces fighters"), not
    a body its speaker belongs to ("Le porte-parole de l'armée")."""
    offset = _offset_of(parsed, subject)
    head = offset + subject.idx
    if actor.start <= head < actor.end:
        return True
    start, end = args.char_span(offset, subject.subtree)
    return fold_text(subject.lemma_) in _FIGHTERS and start <= actor.start and actor.end <= end


# Sentences after force used on protesters within which a force's denial names it.
_DENIAL_REACH = 2


# The kinds of actor that are a state's forces, whose deeds a minister may deny for them.
_FORCES = frozenset({"military", "police"})


def _force_that_denies(events: list[Event], parsed: ParsedArticle, lang: str) -> list[Event]:
    """ "Quatre manifestants ont été tués par balle … La police a démenti avoir fait usage
    de balles réelles": force used on protesters told with no doer is that of the police or
    army that denies it in the next sentences (as a denied copy of the deed or a bare
    denial), as analysts code the force accused."""
    told = sorted(events, key=_trigger_start)
    updated = {}
    for at, event in enumerate(told):
        if (
            event.actor1 is not None
            or event.status != "realised"
            or event.acled_subtype != "Excessive force against protesters"
        ):
            continue
        sentence = sentence_index(parsed, _trigger_start(event))
        denier = next(
            (
                e
                for e in told[at + 1 :]
                if e.actor1 is not None
                and e.actor1.kind in _FORCES
                and sentence_index(parsed, _trigger_start(e)) - sentence <= _DENIAL_REACH
                and _denies_force(e, event, parsed, lang)
            ),
            None,
        )
        if denier is None or denier.actor1 is None:
            continue
        doer = [e for e in denier.evidence if e.field == "actor1"]
        updated[id(event)] = replace(event, actor1=denier.actor1, evidence=(*event.evidence, *doer))
        if denier.status != "denied":
            # A bare denial ("a démenti avoir fait usage de balles réelles") is the deed
            # denied, as the convention codes a denial: no REJECT of its own.
            updated[id(denier)] = _as_denied(event, denier)
    return [updated.get(id(event), event) for event in events]


def _named_as_a_force(denier: ActorMention, actors: list[ActorMention]) -> bool:
    """Whether the denier was told as a force, not a government read as its army ("The
    government … denied using live ammunition" is coded to the military as a strike's doer
    would be, yet speaks for whichever force acted)."""
    told = next((a for a in actors if (a.start, a.end) == (denier.start, denier.end)), None)
    return denier.kind in _FORCES and (told is None or told.kind in _FORCES)


def _spoken_by_a_force(denial: Event, actors: list[ActorMention]) -> bool:
    """Whether a force itself tells the denial: "The army denied that soldiers had used live
    ammunition" speaks for the army; "The interior minister denied that troops had used
    live ammunition" is the state speaking for whichever force fired."""
    speaker = denial.claim_chain[0] if denial.claim_chain else None
    told = next((a for a in actors if a.name == speaker), None)
    return speaker is None or told is None or told.kind in _FORCES


def _denied_by_the_state_for_its_force(
    events: list[Event], actors: list[ActorMention]
) -> list[Event]:
    """ "Police fired on protesters … The interior minister denied that officers had used
    live rounds": a minister or government denying its own force's deed speaks for that
    force; the denied copy is the force's, as analysts code the party accused."""
    told = sorted(events, key=_trigger_start)
    updated = {}
    for at, event in enumerate(told):
        denier = event.actor1
        if event.status != "denied" or denier is None:
            continue
        if _named_as_a_force(denier, actors) and _spoken_by_a_force(event, actors):
            continue
        if denier.kind not in _STATE_FORCES and denier.kind != "person":
            continue  # "The TPLF denied that its forces had attacked": a rebel speaks for itself
        deed = next(
            (
                e
                for e in reversed(told[:at])
                if e.status == "realised" and e.acled_subtype == event.acled_subtype
            ),
            None,
        )
        if deed is None or deed.actor1 is None or deed.actor1.kind not in _FORCES:
            continue
        force = deed.actor1
        if force.country_iso3 is None or force.country_iso3 != denier.country_iso3:
            continue
        doer = [e for e in deed.evidence if e.field == "actor1"]
        evidence = [e for e in event.evidence if e.field != "actor1"]
        updated[id(event)] = replace(event, actor1=force, evidence=(*evidence, *doer))
    return [updated.get(id(event), event) for event in events]


# Verbs whose negation only withholds word on a deed ("did not confirm the strike",
# "n'a pas commenté"): no denial of it.
_UNCONFIRMED = frozenset({"confirm", "comment", "confirmer", "commenter"})


def _left_unconfirmed(event: Event, parsed: ParsedArticle) -> bool:
    token = _token_at(parsed, _trigger_start(event))
    return token is not None and any(
        fold_text(t.lemma_) in _UNCONFIRMED for t in token.sent if t.pos_ in ("VERB", "AUX")
    )


# Words that put a clause in a source's mouth: "selon l'ONG", "according to witnesses".
_SOURCED = frozenset({"selon", "according"})


def _told_by_a_source(event: Event, parsed: ParsedArticle) -> bool:
    """ "Selon l'ONG, l'armée n'a mené aucune frappe": a deed a source says was not done is
    that source's report, no denial by the side named as its doer."""
    token = _token_at(parsed, _trigger_start(event))
    return token is not None and any(fold_text(t.text) in _SOURCED for t in token.sent)


# Sub-types a denial's wording may give when it names the deed only vaguely ("a nié avoir
# visé des civils", "denied any abuses"); negated, an attack too ("insisted it had not
# targeted civilians").
_VAGUE_DENIALS = frozenset({"Armed clash"})
_VAGUE_NEGATIONS = _VAGUE_DENIALS | {"Attack"}


def _denials_of_deeds_told(events: list[Event], parsed: ParsedArticle) -> list[Event]:
    """A denial of a deed told before by the denier's side: "The Israeli army said it had
    never targeted civilians" after Israeli fire killed 12 is that deed denied (the
    speaker disputes its own side's deed), not a negated one; a vague wording ("a nié avoir
    visé des civils" read as a clash) takes the sub-type of the deed it disputes."""
    told = sorted(events, key=_trigger_start)
    updated = {}
    for at, event in enumerate(told):
        if event.status not in ("negated", "denied") or event.actor1 is None:
            continue
        vague = event.plover_type == "ASSAULT" and event.acled_subtype in (
            _VAGUE_DENIALS if event.status == "denied" else _VAGUE_NEGATIONS
        )
        if event.status == "negated" and event.plover_type not in _DENIABLE:
            continue
        if event.status == "denied" and not vague:
            continue
        if event.status == "negated" and _left_unconfirmed(event, parsed):
            continue
        if event.status == "negated" and _told_by_a_source(event, parsed):
            continue
        deed = next(
            (
                e
                for e in reversed(told[:at])
                if e.status == "realised"
                and e.plover_type in _DENIABLE
                and e.actor1 is not None
                and _same_side(e.actor1, event.actor1)
                and (
                    e.acled_subtype == event.acled_subtype
                    or _vaguely_named(event, e, vague)
                    or _remote_either_way(event, e)
                )
            ),
            None,
        )
        if deed is None:
            continue
        if event.status == "denied" and deed.acled_subtype == event.acled_subtype:
            continue  # a vague denial that already names the deed's kind
        if vague and any(
            e.status == "denied" and e.acled_subtype == deed.acled_subtype for e in told
        ):
            continue
        updated[id(event)] = replace(
            event,
            status="denied",
            acled_type=deed.acled_type,
            acled_subtype=deed.acled_subtype,
            plover_type=deed.plover_type,
            plover_mode=deed.plover_mode,
            actor2=event.actor2 or deed.actor2,
            target=event.target or deed.target,
        )
    return [updated.get(id(event), event) for event in events]


def _vaguely_named(denial: Event, deed: Event, vague: bool) -> bool:
    """A vague wording names any deed of its side; negated ("had not targeted civilians"),
    only a violent one."""
    return vague and (denial.status == "denied" or deed.plover_type == "ASSAULT")


def _remote_either_way(denial: Event, deed: Event) -> bool:
    """ "said its forces did not strike civilian targets" after a missile attack: a negated
    remote strike disputes a remote attack of any weapon, its verb naming none."""
    remote = "Explosions/Remote violence"
    return denial.status == "negated" and denial.acled_type == deed.acled_type == remote


def _denies_force(denial: Event, deed: Event, parsed: ParsedArticle, lang: str) -> bool:
    """Whether ``denial`` disputes ``deed``: its denied copy, or a denial with no deed of
    its own ("a démenti avoir fait usage de balles réelles", "denied firing live rounds")."""
    if denial.status == "denied":
        return denial.acled_subtype == deed.acled_subtype
    if denial.plover_type != "REJECT":
        return False
    token = _token_at(parsed, _trigger_start(denial))
    return token is not None and "denied" in _cue_statuses(token, lang)


# Victims the report has already told of: "Les corps de trois d'entre eux ont été retrouvés",
# "The bodies of 2 of them were found", "Les corps ont été retrouvés".
_THEM = re.compile(
    r"\b(?:d'entre (?:eux|elles)|of them|(?:les|leurs) corps|(?:the|their) bodies)\b", re.I
)
# Deeds that leave people in the doer's hands or dead, whose victims a later sentence may
# be found killed.
_HOLDING = frozenset({"Arrests", "Abduction/forced disappearance"})


def _victims_told_before(parsed: ParsedArticle, sentence: int) -> bool:
    """Whether sentence ``sentence`` speaks of victims told before it, not new ones."""
    if not 0 < sentence < len(parsed.sentences):
        return False
    span = parsed.sentences[sentence]
    return _THEM.search(parsed.article.text[span.start : span.end].replace("’", "'")) is not None


def _holds_victims(earlier: Event) -> bool:
    """ "ont arrêté douze civils … Les corps de trois d'entre eux ont été retrouvés": the
    captors or killers of people a later sentence finds dead are those victims' killers."""
    return (
        earlier.status == "realised"
        and earlier.actor1 is not None
        and earlier.actor1.kind in _ARMED_KINDS
        and (earlier.acled_subtype in _HOLDING or earlier.acled_type in _DEEDS_OF_ARMED_MEN)
    )


def _tells_the_same_incident(earlier: Event, event: Event) -> bool:
    """An armed actor's deed or move told just before, at the same place and day; not its
    statement ("Le porte-parole de l'armée a condamné une attaque. Trois civils ont été
    tués": the speaker is no doer)."""
    return (
        earlier.status == "realised"
        and earlier.plover_type in _ACTION_TYPES | _MOVES
        and earlier.actor1 is not None
        and earlier.actor1.kind in _ARMED_KINDS
        and _place_key(earlier) == _place_key(event) is not None
        and _day_key(earlier) == _day_key(event)
    )


# An analyst's note that states the count it codes: "Fatalities coded as 3.", "Fatalities: 3".
_CODED_TOLL = re.compile(
    r"\b(?:fatalit(?:y|ies)\s+(?:(?:are|were|is|was)\s+)?coded\s+as\s+"
    r"|(?:bilan|morts|décès)\s+(?:est\s+|sont\s+)?codés?\s+(?:à|a)\s+"
    r"|fatalit(?:y|ies)\s*:\s*|(?:nombre\s+de\s+)?(?:morts|décès)\s*:\s*)(\d+)\b(?![.,]\d)",
    re.I,
)


def _tolls_off_denials(events: list[Event]) -> list[Event]:
    """ "Soldiers opened fire on protesters…; Amnesty said 12 people were killed; the army
    denied its troops had fired": the dead are the realised deed's, told before with no
    toll of its own, not the denial's copy (which ACLED codes with none)."""
    updated = list(events)
    for at, denied in enumerate(events):
        toll = denied.quantities.get("fatalities")
        if denied.status != "denied" or toll is None:
            continue
        done = next(
            (
                i
                for i, e in enumerate(updated[:at])
                if e.status == "realised"
                and e.acled_subtype == denied.acled_subtype
                and e.quantities.get("fatalities") is None
            ),
            None,
        )
        if done is None:
            continue
        told = [e for e in denied.evidence if e.field == "fatalities"]
        updated[done] = replace(
            updated[done],
            quantities={**updated[done].quantities, "fatalities": toll},
            evidence=(*updated[done].evidence, *told),
        )
        updated[at] = replace(
            denied,
            quantities={**denied.quantities, "fatalities": None},
            evidence=tuple(e for e in denied.evidence if e.field != "fatalities"),
        )
    return updated


def _with_coded_toll(events: list[Event], text: str) -> list[Event]:
    """A note that says what it codes ("Fatalities coded as 3.", "Bilan codé à 11.") gives
    its first violent event that count, whatever figures its sentences give: the analyst
    has already chosen among them."""
    coded = _CODED_TOLL.search(text)
    # A protest may carry the coded count when nothing else does ("Fatalities coded as 0."
    # after police shot a protester); force used on protesters is violence of its own, told
    # first ("an officer shot a protester…, as protesters hurled petrol bombs").
    violent = [
        e
        for e in events
        if e.acled_type in _VIOLENT_TYPES or e.acled_subtype == "Excessive force against protesters"
    ] or [e for e in events if e.acled_type == "Protests"]
    if coded is None or not violent:
        return events
    first = min(violent, key=_trigger_start)
    told = Evidence("fatalities", coded.start(), coded.end(), coded.group(0))
    count = int(coded.group(1))
    # "Fatalities coded as 0." says nobody died in any of the note's violent events.
    zeroed = [e for e in violent if count == 0 and e.quantities.get("fatalities") is None]
    return [
        replace(
            e,
            quantities={**e.quantities, "fatalities": count},
            evidence=(*[x for x in e.evidence if x.field != "fatalities"], told),
        )
        if e is first or any(e is z for z in zeroed)
        else e
        for e in events
    ]


def _wounded_only(event: Event, parsed: ParsedArticle, stops: list[int]) -> Event:
    """An attack whose report counts its wounded and no dead, in its sentence or the next
    ones before another attack is told ("lancé une grenade…, blessant deux agents"; "…
    setting it ablaze. Two crew members were injured"), has a toll of none, as ACLED codes
    it; one that reports no casualties at all keeps no toll. Done last, so that no merge
    takes this 0 as a lowest figure."""
    if event.quantities["fatalities"] is not None or event.acled_type not in _VIOLENT_TYPES:
        return event
    lang = parsed.article.lang or ""
    trigger = next((e for e in event.evidence if e.field == "trigger"), None)
    at = sentence_index(parsed, trigger.start) if trigger else len(parsed.sentences)
    end = min([s for s in stops if s > at] + [at + _WOUNDS_REACH, len(parsed.sentences)])
    for sentence in parsed.sentences[at:end]:
        said = parsed.article.text[sentence.start : sentence.end]
        if _tells_deaths(said, lang):
            return event
        if _counts_wounds(said, lang):
            told = Evidence("fatalities", sentence.start, sentence.end, said)
            return replace(
                event,
                quantities={**event.quantities, "fatalities": 0},
                evidence=(*event.evidence, told),
            )
    return event


# How many sentences, the attack's own first, may tell its wounded.
_WOUNDS_REACH = 3


def _violent_sentences(events: list[Event], parsed: ParsedArticle) -> list[int]:
    """The sentences where violent events are first told: another attack's wounded are its
    own."""
    return sorted(
        sentence_index(parsed, _trigger_start(event))
        for event in events
        if event.acled_type in _VIOLENT_TYPES
    )


def _tells_deaths(text: str, lang: str) -> bool:
    return bool(_word_kinds(text, lang) & {"fatality", "shooting"})


def _counts_wounds(text: str, lang: str) -> bool:
    kinds = _word_kinds(text, lang)
    return "injury" in kinds and not kinds & {"fatality", "shooting", "none"}


def _word_kinds(text: str, lang: str) -> set[str]:
    words = re.findall(r"[\w'-]+", fold_text(text))
    kinds = set()
    for at, word in enumerate(words):
        kind = quantity_words(lang).get(word, ("", ""))[0]
        if kind == "shooting" and _reflexive_before(words[max(0, at - 2) : at]):
            continue  # "un drone s'est abattu sur le poste": it fell, nobody was shot
        kinds.add(kind)
    return kinds


# Reflexive forms before a participle: "s'est abattu", "se sont abattus".
_REFLEXIVE = frozenset({"s'est", "s'etait", "se"})


def _reflexive_before(words: list[str]) -> bool:
    return bool(words) and (
        words[-1] in _REFLEXIVE or (len(words) == 2 and words[0] == "se" and words[1] == "sont")
    )


_POLICING = frozenset(
    {"Excessive force against protesters", "Protest with intervention", "Arrests"}
)


def _policed(event: Event, lang: str) -> Event:
    """Security forces that police a crowd or arrest people are the state's police."""
    if event.acled_subtype not in _POLICING:
        return event
    return replace(
        event, actor1=_as_police(event.actor1, lang), actor2=_as_police(event.actor2, lang)
    )


def _crowd_first(event: Event) -> Event:
    """In a protest met by force the crowd is actor1 and the force actor2, as ACLED codes
    it; the extractor may have taken the force for the doer of "dispersed", or for both."""
    # Force against protesters is the force's deed; in the crowd's own events it is met.
    crowd = event.acled_type in _CROWD_TYPES and event.plover_type == "PROTEST"
    if crowd and event.actor2 is not None and _same_party(event.actor1, event.actor2):
        return replace(event, actor1=None)  # the police both doer and met: they met the crowd
    if event.acled_subtype != "Protest with intervention" or event.actor2 is not None:
        return _one_side_once(event)
    if event.actor1 is None or event.actor1.kind not in ("police", "military", "government"):
        return event
    return replace(event, actor1=None, actor2=event.actor1)


def _same_party(one: ActorMention | None, other: ActorMention | None) -> bool:
    return one is not None and other is not None and one.canonical_id == other.canonical_id


def _one_side_once(event: Event) -> Event:
    """An actor is not both sides of a deed: "Russian aircraft" read as doer and target,
    nor is a state the target of its own body ("retrait israélien": ISR.MIL, not on ISR)."""
    if _same_party(event.actor1, event.actor2) or (
        event.actor1 is not None
        and event.actor2 is not None
        and _own_state(event.actor2, event.actor1)
    ):
        return replace(event, actor2=None)
    return event


def _as_police(actor: ActorMention | None, lang: str) -> ActorMention | None:
    if actor is None or actor.kind != "military" or actor.country_iso3 is None:
        return actor
    text = fold_text(actor.text)
    if not any(phrase in text for phrase in policing_phrases(lang)):
        return actor
    return _country_body(actor, actor.country_iso3, ".POL")


def _country_body(actor: ActorMention, iso3: str, suffix: str) -> ActorMention:
    """The mention read as its country's body with ``suffix`` (".MIL", ".POL"), as the
    dictionary writes it; unchanged where the dictionary has no such body."""
    body = load_actors().by_country(iso3, suffix)
    if body is None:
        return actor
    return replace(actor, canonical_id=body.id, name=body.name, kind=body.kind)


def _not_named_actors(places: list[PlaceMention], actors: list[ActorMention]) -> list[PlaceMention]:
    """A word the story uses as a group's or a person's name ("les miliciens Fano") is not
    also a place there; a state's name is both."""
    names = [(a.start, a.end) for a in actors if a.kind not in ("state",) and a.via == "name"]
    return [p for p in places if not any(s <= p.start < e for s, e in names)]


def _triggers_in(sent: Any, offset: int, lang: str, named: list[Any]) -> list[_Found]:
    """Trigger words and phrases, longest first; none inside a name, a place or a date
    ("March" in "March 2015", "Front" in "front al-Nosra")."""
    lexicon = triggers(lang)
    tokens = list(sent)
    # Folded once per token, not once per window it falls in.
    lemmas = [
        _DENIAL_LEMMA
        if args.misread_relative_verb(t, _DENIALS_MISREAD)
        or misread_denial(t)
        or denies_by_defending(t)
        else fold_text(t.lemma_)
        for t in tokens
    ]
    texts = [fold_text(t.text) for t in tokens]
    firsts = _first_words(lang)
    taken: set[int] = set()
    found = _split_phrases_in(tokens, offset, lang, named, taken)
    found += _measure_frames_in(tokens, offset, named, taken, lang)
    found += _pronominal_verbs_in(tokens, offset, lang, named, taken)
    found += _bodies_found_in(tokens, offset, lang, taken)
    found += _passive_measures_in(tokens, offset, lang, taken)
    found += _passive_handovers_in(tokens, offset, lang, taken)
    for index in range(len(tokens)):
        stems = _stems(tokens[index : index + 1], lang)
        if index in taken or not (
            lemmas[index] in firsts
            or texts[index] in firsts
            or any(stem[0] in firsts for stem in stems)
        ):
            continue  # most tokens start no trigger: no window to look up
        for size in range(min(longest_trigger(lang), len(tokens) - index), 0, -1):
            window = tokens[index : index + size]
            for words in (
                tuple(lemmas[index : index + size]),
                tuple(texts[index : index + size]),
                *(stems if size == 1 else ()),
            ):
                rows = [r for r in lexicon.get(words, []) if _pos_fits(r, window)]
                if rows:
                    start, end = args.char_span(offset, window)
                    if not any(
                        m.start <= start < m.end and getattr(m, "via", "name") == "name"
                        for m in named
                    ):
                        head = _phrase_head(window)
                        found.append(_Found(rows[0], start, end, head))
                        taken.update(range(index, index + size))
                    break
            if index in taken:
                break
    found = _lifted_measures(found, offset, lang)
    found = [_as_troops_sent(item, lang) for item in found]
    found += _troops_ordered(tokens, offset, lang, taken)
    speakers = [m for m in named if isinstance(m, ActorMention)]
    for stance in spoken_stances(tokens, lang, taken, speakers, offset):
        found.append(_Found(stance.trigger, *args.char_span(offset, stance.words), stance.head))
    readings = [
        item
        for item in found
        if not _false_reading(item, lang)
        and _has_its_place(item, offset, named)
        and _has_its_crowd(item, lang)
        and _has_its_means(item)
        and _has_its_troops(item, lang)
        and _has_its_sides(item, lang)
        and _answers_fire(item)
        and _has_its_toll(item)
        and _takes_people(item, lang)
        and not _hosts_troops(item, lang)
        and not _an_appeal_not_a_call(item)
        and not _a_heeded_appeal(item)
        and not _a_dated_call(item)
        and not _killed_by_nature(item, lang)
        and not _received_from_no_one(item, lang)
    ]
    return sorted(readings, key=lambda item: item.start)


# Verbs of getting people or bodies back ("received the bodies", "a récupéré 150 soldats").
_RECEIVING = frozenset({"receive", "get", "recevoir", "recuperer"})
# What a verb of receiving gets back that a giver gave up, folded lemmas.
_RETURNED = frozenset(
    {"body", "remains", "prisoner", "hostage", "pow", "soldier", "corps", "depouille"}
    | {"prisonnier", "otage", "soldat", "militaire"}
)


def _received_back(found: _Found) -> bool:
    """ "Kyiv received the bodies of 909 soldiers from Russia": a concession told from the
    receiving side, whose giver is the doer."""
    return found.trigger.plover_type == "CONCEDE" and fold_text(found.head.lemma_) in _RECEIVING


def _state_placed_in(left: int, right: int, context: _Context) -> ActorMention | None:
    """ "from Russia", "from Moscow": a country (its state) or a capital (its government)
    the linker read as a place, where only a place can stand."""
    for place in context.places:
        if not left <= place.start < right or place.kind != "place":
            continue
        iso3 = _country_of(place)
        if iso3 and place.feature == "country":
            return _inferred_body(context, iso3, "", (place.start, place.end), via="name")
        if iso3 and written_as_capital(place):
            return _inferred_body(context, iso3, ".GOV", (place.start, place.end), via="capital")
    return None


def _received_from_no_one(found: _Found, lang: str) -> bool:
    """ "the hospital received the bodies of 12 people": bodies or people received with no
    giver named ("from Russia", "de la Russie", "détenus par la Russie") tell no release."""
    return _received_back(found) and not _giver_of_the_returned(found.head, lang)


def _giver_of_the_returned(verb: Any, lang: str) -> list[Any]:
    """Who gave back what a verb of receiving got: its "from/de" phrase ("received the
    bodies from Moscow", "a reçu jeudi de la Russie les corps", which the parser may hang on
    the day), else the holder of the returned ("150 soldats détenus par la Russie")."""
    returned = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return list(child.subtree)
    for token in verb.subtree:
        near = token.head.i == verb.i or (
            token.head.head.i == verb.i and fold_text(token.head.lemma_) not in _RETURNED
        )
        marked = any(
            c.dep_ == "case" and fold_text(c.text) in ("de", "d'", "du", "des")
            for c in token.children
        )
        if token.pos_ == "PROPN" and near and marked and token.i != verb.i:
            return list(token.subtree)
    holding = holding_lemmas(lang)
    for noun in returned:
        for clause in noun.children:
            if clause.dep_ == "acl" and fold_text(clause.lemma_) in holding:
                agent = args.agent_of(clause)
                if agent:
                    return agent
    return []


def _has_its_place(found: _Found, offset: int, named: list[Any]) -> bool:
    """A trigger that needs a place ("ont pris Mocímboa da Praia") has one in its object."""
    if found.trigger.needs != "place":
        return True
    places = [m for m in named if isinstance(m, PlaceMention) and m.kind == "place"]
    deeds = triggers(found.trigger.lang)
    for child in _taken_objects(found.head):
        if (fold_text(child.lemma_),) in deeds:
            continue  # "reprendre les attaques … en mer Rouge" resumes attacks, takes no place
        if (
            child.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass", "nmod")
            and fold_text(child.lemma_) in _PLACE_NOUNS
            and _names_the_place(child)
        ):
            return True  # "ont repris la localité", "took the town": the place told before
        left, right = args.char_span(offset, sorted(child.subtree, key=lambda t: t.i))
        if args.mentions_in(places, left, right):
            return True
    return False


_BARE_OBLIQUES = frozenset({"obl", "obl:mod", "flat:name", "dep"})
_ARGUMENT_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "nmod"})


def _taken_objects(verb: Any) -> list[Any]:
    """What a verb of taking took, with two parser slips repaired: a bare place read as a
    modifier ("avoir repris Sinja", with no preposition before it), and the object hung on
    the word before it when the loser comes first ("ont repris aux rebelles la ville de X":
    "ville" under "rapide" of "Forces de soutien rapide")."""
    found = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    if verb.pos_ == "NOUN":
        # "la prise de Goma": the noun's first complement in "de" is what was taken
        found += [
            c
            for c in verb.children
            if c.dep_ == "nmod"
            and c.i > verb.i
            and any(fold_text(k.text) in ("de", "d'", "du", "des") for k in c.children)
        ][:1]
    if any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        # "la localité de Rubaya a été reprise par les FARDC": the passive's subject
        found += [c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass")]
    for child in verb.children:
        if child.dep_ in _BARE_OBLIQUES and child.pos_ == "PROPN" and child.i > verb.i:
            between = verb.doc[verb.i + 1 : child.i]
            if not any(c.dep_ == "case" for c in child.children) and not any(
                t.is_punct for t in between
            ):
                found.append(child)  # "avoir repris Sinja", not "n'ont pas repris, Bogotá …"
        if child.dep_ in _ARGUMENT_DEPS and child.i < min((o.i for o in found), default=10**9):
            found += [
                t
                for t in child.subtree
                if t.dep_ in ("obj", "dobj") and t.head.pos_ not in ("VERB", "AUX")
            ]
    return found


# Common nouns a story uses for a place it has named ("la localité", "the town").
_PLACE_NOUNS = frozenset(
    {"localite", "ville", "village", "commune", "cite", "bourgade", "agglomeration", "quartier"}
    | {"town", "city", "district"}
)


def _names_the_place(noun: Any) -> bool:
    """A definite place noun points back to the place told before ("la localité", "the
    town"); "une ville", "a town" name none."""
    return any(
        c.dep_ == "det" and fold_text(c.text) in ("la", "le", "l'", "the", "cette", "this")
        for c in noun.children
    )


def _has_its_crowd(found: _Found, lang: str) -> bool:
    """A trigger that needs a crowd ("protesters gathered", "des manifestants ont bloqué
    l'avenue") has one as its doer: residents gathering for a festival or gunmen blocking a
    highway hold no protest."""
    if found.trigger.needs != "crowd":
        return True
    head = found.head
    doers = [head.doc[i] for i in sorted(args.agent_tokens(head))]
    crowds = {"protesters", "rioters"}
    if head.dep_ in ("relcl", "acl:relcl"):
        doers.append(head.head)  # "hundreds of protesters who gathered"
    else:
        # A road or a bridge blocked by students, residents or villagers is a blockade, a
        # protest like one by protesters; "youths who had blocked the road" only says whom
        # the police fired at.
        crowds.add("mob")
        if _blockading_trade(doers, lang):
            return True
    return bool(args.words_in(doers, args.crowd_words(lang)) & crowds)


def _blockading_trade(doers: list[Any], lang: str) -> bool:
    """Farmers, truckers or taxi drivers who block a road hold a protest blockade
    ("des centaines d'agriculteurs bloquaient l'autoroute A64", "truckers blocked the
    border crossing"); no crowd word names them."""
    if any(_armed(token) for token in doers):
        return False  # "des paysans armés": a militia
    return any(fold_text(token.lemma_) in _blockaders(lang) for token in doers)


@cache
def _blockaders(lang: str) -> frozenset[str]:
    """Trades that block roads in protest (``events/blockaders.tsv``)."""
    rows = read_tsv("events/blockaders")
    return frozenset(fold_text(row["lemma"]) for row in rows if row["lang"] == lang)


def _takes_people(found: _Found, lang: str) -> bool:
    """A holding or carrying-off verb that needs people ("hold", "pick up", "take away") is
    told of people it holds: "was briefly held by security forces", "picked up the
    journalist", "took seven traders away"; not "held a press conference", "picked up
    momentum", nor "the hostages held in Gaza", "denied holding the men", "before taking
    the men away" (a state, a denial's object or a step of another deed, no new detention)."""
    if found.trigger.needs != "people":
        return True
    verb = found.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("acl", "amod") or verb.tag_ == "VBG":
        return False
    people = seized_people_lemmas(lang)
    for noun in _taken_nouns(verb) or _conjunct_s_passive_subject(verb):
        heads = _taken_heads(_relative_antecedent(noun))
        if any(_a_person_word(word, people) for word in heads):
            return True
    return False


def _conjunct_s_passive_subject(verb: Any) -> list[Any]:
    """ "was intercepted and briefly held by security forces": the held one is the subject
    of the passive verb the conjunct hangs on."""
    if verb.dep_ != "conj":
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj:pass", "nsubjpass")]


def _a_person_word(word: Any, people: frozenset[str]) -> bool:
    """A word naming people or a person: "traders", "the journalist", "Machado", "him"."""
    if fold_text(word.lemma_) in people or fold_text(word.text) in people:
        return True
    if word.ent_type_ in ("PERSON", "PER"):
        return True
    return fold_text(word.text) in _PERSONAL_PRONOUNS


# Weapon classes that strike from afar: the doer of "drones hit a depot", "un missile a
# touché un immeuble"; a rifle "hitting" something says nothing of the kind (military
# aircraft are read apart: ``_striking_means``).
_STRIKING_CLASSES = frozenset({"drone", "missile", "rocket", "artillery"})


def _has_its_means(found: _Found) -> bool:
    """A trigger that needs a means ("hit", "toucher", "viser") has a remote weapon as its
    active subject: "Ukrainian drones hit an oil depot", "un missile a touché le siège du
    gouvernement"; "the storm hit the coast", "la mesure vise les importateurs" tell no
    strike."""
    if found.trigger.needs != "means":
        return True
    head = found.head
    if head.pos_ != "VERB":
        return False
    subjects = [c for c in head.children if _active_subject(c)]
    if not subjects and head.dep_ == "conj":
        subjects = [c for c in head.head.children if _active_subject(c)]
    for subject in subjects:
        # The subject's noun, or the noun under it when "des drones chargés d'explosifs"
        # comes parsed with the participle as the subject's head, or the first noun (a
        # leading date may be parsed into the subject: "Le 10 janvier, des drones…").
        nouns = [subject] + [c for c in subject.children if c.dep_ == "nsubj"]
        nouns += [next((t for t in subject.subtree if t.pos_ in ("NOUN", "PROPN")), subject)]
        if any(n.pos_ in ("NOUN", "PROPN") and _striking_means(fold_text(n.lemma_)) for n in nouns):
            return True
        if _a_force_s_operation(subject) and _told_as_done(head):
            return True
    return _has_a_weapon_instrument(head) or _has_a_striking_agent(head)


def _has_a_striking_agent(head: Any) -> bool:
    """A passive whose agent is a remote weapon ("Russian positions were hit by Ukrainian
    drones", "des positions ont été touchées par des missiles"): the strike told from the
    target's side; "the coast was hit by a storm" names none."""
    for child in head.children:
        if child.dep_ == "agent":  # English: the noun under "by"
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "obl:agent":
            nouns = [child]
        else:
            continue
        if any(n.pos_ == "NOUN" and _striking_means(fold_text(n.lemma_)) for n in nouns):
            return True
    return False


# Nouns for a force's armed operation: "une opération spéciale du SBU", "a raid by Mossad".
_OPERATION_NOUNS = frozenset({"operation", "raid", "offensive", "mission"})
_DOER_MARKERS = frozenset({"de", "du", "des", "d'", "by", "of"})


def _a_force_s_operation(subject: Any) -> bool:
    """ "Une opération spéciale du SBU a visé des bombardiers", "an operation by Ukraine's
    SBU targeted four airfields": an operation with its doer named strikes like a weapon;
    "la mesure vise les importateurs" names none."""
    if fold_text(subject.lemma_) not in _OPERATION_NOUNS:
        return False
    for child in subject.children:
        if child.dep_ == "prep" and fold_text(child.text) in _DOER_MARKERS:
            return any(c.pos_ in ("NOUN", "PROPN") for c in child.children)
        if child.dep_ == "nmod" and child.pos_ in ("NOUN", "PROPN") and child.i > subject.i:
            return any(fold_text(c.text) in _DOER_MARKERS for c in child.children)
    return False


def _told_as_done(verb: Any) -> bool:
    """A past deed ("a visé", "targeted"), not an aim ("l'opération vise les jihadistes")."""
    past = "Past" in verb.morph.get("Tense") and verb.tag_ != "VBN"
    return past or any(c.dep_ == "aux:tense" for c in verb.children)


# Military aircraft told by a common noun: "Israeli jets hit a depot", "l'aviation a visé un
# immeuble" (single-word aircraft models and "warplane" come from weapons.tsv).
_STRIKING_CRAFT = frozenset({"jet", "bomber", "aircraft", "aviation"})

# Prepositions and locutions naming the means of a deed: "hit four bases with drones",
# "a visé le camp avec des drones", "à l'aide d'un drone", "au moyen de missiles".
_INSTRUMENT_WORDS = frozenset({"with", "avec"})
_INSTRUMENT_NOUNS = frozenset({"aide", "moyen"})


def _striking_means(folded: str) -> bool:
    """A remote weapon or a military aircraft, the means of a strike when it is the doer."""
    return folded in _STRIKING_CRAFT or any(
        w.folded == folded and w.weapon_class in _STRIKING_CLASSES | {"aircraft"} for w in weapons()
    )


def _has_a_weapon_instrument(head: Any) -> bool:
    """The verb names a remote weapon as its instrument ("said it had hit 41 warplanes with
    drones", "ont visé le camp à l'aide de drones"): the means is told beside a subject that
    names the doer (or a pronoun for it) instead of the weapon."""
    for token in head.subtree:
        if token.pos_ != "NOUN" or not _remote_weapon(fold_text(token.lemma_)):
            continue
        marker = token.head if token.dep_ == "pobj" else None
        cases = {fold_text(c.text) for c in token.children if c.dep_ == "case"}
        up = token.head
        if marker is not None and fold_text(marker.text) in _INSTRUMENT_WORDS:
            up = marker.head
        elif cases & _INSTRUMENT_WORDS:
            pass
        elif fold_text(token.head.lemma_) in _INSTRUMENT_NOUNS:
            up = token.head.head
        else:
            continue
        # No other clause between the instrument and the verb.
        while up != head and up.pos_ not in ("VERB", "AUX") and up.head != up:
            up = up.head
        if up == head:
            return True
    return False


@cache
def _troop_words(lang: str) -> frozenset[str]:
    """Nouns for troops (``events/troops.tsv``), folded."""
    return frozenset(fold_text(r["word"]) for r in read_tsv("events/troops") if r["lang"] == lang)


# Nouns that count the troops they govern: "des centaines de soldats", "hundreds of troops";
# "cent" and "mille" when the parser reads "Deux cents policiers" as "cents" described by
# "policiers".
_COUNT_NOUNS = frozenset(
    {
        "dizaine",
        "centaine",
        "millier",
        "douzaine",
        "cent",
        "mille",
        "dozen",
        "hundred",
        "thousand",
        "score",
    }
)


def _has_its_sides(found: _Found, lang: str) -> bool:
    """A meeting verb that needs two parties ("se retrouver") has them as its subject,
    counted or coordinated: "les deux délégations doivent se retrouver à Istanbul", "Moscou
    et Ankara se retrouveront"; "des familles se sont retrouvées sans abri" is no meeting."""
    if found.trigger.needs != "sides":
        return True
    head = found.head
    subject = args.subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    if not subject or subject[1] or any(c.dep_ in ("xcomp", "acomp") for c in head.children):
        return False
    inside = {t.i for t in subject[0]}
    noun = next((t for t in subject[0] if t.head.i not in inside), None)
    if noun is None:
        return False
    # spaCy lemmatises "parties" to "party": the plural's text without its "s" is read too.
    forms = {fold_text(noun.lemma_), fold_text(noun.text).removesuffix("s")}
    counted = bool(forms & two_sides_lemmas(lang)) and any(
        fold_text(c.text) in _BOTH for c in noun.children
    )
    coordinated = noun.pos_ == "PROPN" and any(c.dep_ == "conj" for c in noun.children)
    return counted or coordinated


# Verbs whose subject has a toll told ("a fait 15 morts", "left nine dead", "killed 11").
_TOLL_VERBS = frozenset({"faire", "causer", "provoquer", "tuer", "kill", "leave", "claim", "cause"})
# Words telling an operation's forces ("de police", "policière", "army", "security").
_FORCE_WORDS = frozenset(
    {"police", "policier", "policiere", "militaire", "armee", "ordre", "securite", "gendarmerie"}
    | {"military", "army", "security", "troop", "soldier", "counterinsurgency"}
)


def _has_its_toll(found: _Found) -> bool:
    """A police or military operation is a fight only when a toll is its outcome: "une
    opération de police contre un gang a fait 15 morts", "an army operation left six
    militants dead"; "a lancé une opération militaire" sends forces out (MOBILIZE)."""
    if found.trigger.needs != "toll":
        return True
    head = found.head
    if not head.dep_.startswith("nsubj") or head.dep_ in ("nsubj:pass", "nsubjpass"):
        return False
    if fold_text(head.head.lemma_) not in _TOLL_VERBS:
        return False
    told = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(fold_text(t.lemma_) in _FORCE_WORDS for c in told for t in c.subtree)


# Auxiliaries that put a riposte in the future or the hypothetical ("would return fire").
_UNREAL_AUXILIARIES = frozenset({"would", "will", "could", "might", "may", "shall", "should"})


def _answers_fire(found: _Found) -> bool:
    """A riposte word ("les escortes ont riposté", "soldiers returned fire") is a fight of
    its own only when told as done and answering nothing named: "a riposté à une attaque de
    Boko Haram" is that attack, withstood; "a menacé de riposter", "affirme riposter à la
    mort de", "would return fire" tell no fight yet."""
    if found.trigger.needs != "answer":
        return True
    head = found.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    children = list(head.children)
    if any(
        c.dep_ in ("obl", "obl:arg", "obl:mod", "prep")
        and (
            fold_text(c.text) == "to"
            or any(g.dep_ == "case" and fold_text(g.text) in ("a", "au", "aux") for g in c.children)
        )
        for c in children
    ):
        return False
    auxiliaries = [c for c in children if c.dep_ in ("aux", "aux:pass", "aux:tense")]
    if any(fold_text(c.lemma_) in _UNREAL_AUXILIARIES for c in auxiliaries):
        return False
    if "Fut" in head.morph.get("Tense") or "Cnd" in head.morph.get("Mood"):
        return False
    infinitive = "Inf" in head.morph.get("VerbForm") or head.tag_ == "VB"
    return not (infinitive and not auxiliaries)


def _has_its_troops(found: _Found, lang: str) -> bool:
    """A motion verb that needs troops ("arrive", "arriver", "leave") has them as its
    subject: "Russian instructors arrived in Niamey" is a deployment, "US troops will leave
    the country" a withdrawal; "the minister arrived in Doha" or "residents left" are
    neither."""
    if found.trigger.needs != "troops":
        return True
    head = found.head
    if head.pos_ == "NOUN" and found.trigger.pos == "NOUN":
        # "l'arrivée de renforts", "the arrival of Russian instructors": the troops are
        # the noun's "of" complement.
        return _troops_among(_of_complements(head), lang)
    if head.pos_ not in ("VERB", "AUX"):
        return False
    return _has_a_destination(head) and _troops_among(_movers(head), lang)


def _movers(head: Any) -> list[Any]:
    """Who a motion verb moves: its subject, a conjunct's or a relative's antecedent, or
    the subject of the verb its infinitive completes ("un deuxième contingent doit
    arriver", "troops are due to arrive", "are expected to arrive")."""
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    if not subjects and head.dep_ == "conj":
        subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if not subjects and head.dep_ in ("relcl", "acl:relcl"):
        subjects = [head.head]  # "the soldiers who arrived on Monday"
    governor = head
    for _ in range(2):
        if subjects or governor.dep_ not in ("xcomp", "acomp"):
            break
        governor = governor.head
        subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    return subjects


def _troops_among(nouns: list[Any], lang: str) -> bool:
    """Whether one of the nouns, or the noun one of them counts ("plusieurs dizaines
    d'instructeurs", "hundreds of troops"), names troops (``troops.tsv``)."""
    subjects = list(nouns)
    subjects += [
        g
        for s in subjects
        if s.like_num or fold_text(s.lemma_) in _COUNT_NOUNS
        for c in s.children
        for g in (
            [c]
            if c.dep_ == "nmod" or (c.dep_ == "amod" and c.pos_ == "NOUN")
            else c.children
            if c.dep_ == "prep"
            else []
        )
    ]
    words = _troop_words(lang)
    return any(
        fold_text(s.lemma_) in words or fold_text(s.text) in words
        for s in subjects
        if s.pos_ in ("NOUN", "PROPN")  # "Troops from the alliance arrived": PROPN at the start
    )


# Verbs that send whatever their object is: aid by default (triggers.tsv), troops when the
# object names them; and verbs that order troops somewhere ("ordered 3,000 troops to").
_SENDING = frozenset({"send", "envoyer", "expedier"})
_ORDERING = frozenset({"order", "ordonner"})
_DEPLOYING = {"en": ("deploy",), "fr": ("deployer",)}


def _troop_objects(verb: Any, lang: str) -> bool:
    """The verb's direct object (or passive subject) names troops, or counts them ("a
    brigade", "des dizaines de soldats", "three battalions were sent")."""
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
    return bool(objects) and _troops_among(objects, lang)


def _deployment_row(lang: str) -> Trigger | None:
    rows = triggers(lang).get(_DEPLOYING.get(lang, ()), [])
    return rows[0] if rows else None


def _as_troops_sent(found: _Found, lang: str) -> _Found:
    """ "Germany will send a brigade to Lithuania", "a envoyé un bataillon à Goma": the
    single sending verb, read as aid, sends troops, so it is a deployment. Phrases keep
    their row ("envoyer des instructeurs")."""
    head = found.head
    if found.trigger.plover_type == "AID" and found.trigger.pos == "NOUN":
        return _as_troops_sent_noun(found, lang)
    row = _deployment_row(lang)
    if (
        row is None
        or found.trigger.plover_type != "AID"
        or found.trigger.pos != "VERB"
        or fold_text(head.lemma_) not in _SENDING
        or not _troop_objects(head, lang)
    ):
        return found
    return _Found(row, found.start, found.end, head)


# Nouns of sending, read as aid by default (triggers.tsv): troops when their "of"
# complement names them.
_SENDING_NOUNS = frozenset({"envoi", "dispatch", "sending"})
_DEPLOYMENT_NOUN = {"en": ("deployment",), "fr": ("deploiement",)}


def _as_troops_sent_noun(found: _Found, lang: str) -> _Found:
    """ "a annoncé l'envoi de deux escadrons de gendarmes mobiles", "the dispatch of three
    army units": the sending of troops is a deployment, not aid ("l'envoi de vivres")."""
    head = found.head
    rows = triggers(lang).get(_DEPLOYMENT_NOUN.get(lang, ()), [])
    if not rows or fold_text(head.lemma_) not in _SENDING_NOUNS:
        return found
    if head.head.pos_ == "VERB" and fold_text(head.head.lemma_) in _ASKING_VERBS:
        return found  # "a demandé à l'ONU l'envoi d'une force": assistance asked of another
    sent = _of_complements(head)
    words = _troop_words(lang) | _UNIT_NOUNS  # firms are not "sent": companies are units
    if not _troops_among(sent, lang) and not any(fold_text(t.lemma_) in words for t in sent):
        return found
    return _Found(rows[0], found.start, found.end, head)


_ASKING_VERBS = frozenset({"demander", "reclamer", "solliciter", "request", "ask", "seek"})
# Nouns counting units of forces ("deux compagnies de CRS", "three companies of police").
_UNIT_NOUNS = frozenset({"compagnie", "company"})


def _troops_ordered(tokens: list[Any], offset: int, lang: str, taken: set[int]) -> list[_Found]:
    """ "Ordered 3,000 troops to Plateau State", "a ordonné à 500 soldats de se rendre":
    an order whose object is troops and which names where they go is a deployment; an
    order to withdraw ("ordered troops to pull back") keeps its infinitive's reading."""
    row = _deployment_row(lang)
    if row is None:
        return []
    return [
        _Found(row, *args.char_span(offset, [token]), token)
        for token in tokens
        if token.i - tokens[0].i not in taken
        and token.pos_ == "VERB"
        and fold_text(token.lemma_) in _ORDERING
        and _troop_objects(token, lang)
        and any(
            c.dep_ == "prep"
            and fold_text(c.text) in _WHITHER
            and any(
                g.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in g.subtree) for g in c.children
            )
            for c in token.children
        )
    ]


# What a country hosts that is no visitor: "accused Benin of hosting French troops and
# training camps", "accueille une base américaine".
_HOSTED_PLACES = frozenset({"base", "camp"})


def _hosts_troops(found: _Found, lang: str) -> bool:
    """ "Hosting French troops", "accueillir des soldats": a host verb whose object is troops
    or a base tells a presence, not a meeting."""
    if found.trigger.plover_type != "CONSULT" or fold_text(
        found.trigger.written.split()[0]
    ) not in (
        "host",
        "accueillir",
    ):
        return False
    words = _troop_words(lang) | _HOSTED_PLACES
    return any(
        c.dep_ in ("obj", "dobj") and fold_text(c.lemma_) in words for c in found.head.children
    )


# What a call as an appeal hangs on or carries: "calls for a ceasefire", "a call to lay down
# arms", "responding to calls from the Security Council", "despite calls by rights groups".
_APPEAL_PREPOSITIONS = frozenset({"for", "from", "by"})
# Words under which an appeal is what the doer answered or defied, told as background:
# "despite calls for restraint", "responding to calls from the UN", "malgré les appels à la
# retenue", "en réponse aux appels de la Cédéao".
_HEEDING = frozenset(
    {"respond", "response", "heed", "answer", "ignore", "defy", "despite", "amid"}
    | {"malgre", "repondre", "reponse", "ignorer", "braver", "defier"}
)
# What tells a call on the phone: "a phone call", "held calls with Putin", "a call between".
_PHONE_MARKS = frozenset({"phone", "telephone", "video", "with", "between"})


def _an_appeal_not_a_call(found: _Found) -> bool:
    """ "Responding to calls from the UN Security Council", "calls for restraint": the noun
    "call" read as an appeal, not as a phone call ("held a phone call with Putin") or a
    talk ("a call from Biden" to the prime minister)."""
    head = found.head
    if found.trigger.plover_type != "CONSULT" or found.trigger.written != "call":
        return False
    if head.pos_ != "NOUN":
        return False
    marks = {fold_text(c.lemma_) for c in head.children}
    if marks & _PHONE_MARKS:
        return False
    if "for" in marks or any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in head.children):
        return True  # "calls for a ceasefire", "a call to lay down arms"
    plural = "Plur" in head.morph.get("Number")
    return plural and bool(marks & _APPEAL_PREPOSITIONS)  # "calls from the opposition"


def _a_heeded_appeal(found: _Found) -> bool:
    """ "Despite calls for restraint, Israeli jets struck", "Répondant aux appels de la
    Cédéao, la junte a libéré": an appeal named as what the doer answered or defied is
    background to the deed, neither the doer's request nor a talk."""
    head = found.head
    if found.trigger.plover_type not in ("REQUEST", "CONSULT") or head.pos_ != "NOUN":
        return False
    words = {fold_text(c.text) for c in head.children if c.dep_ == "case"}
    words.add(fold_text(head.head.lemma_))
    if head.dep_ == "pobj":
        words.add(fold_text(head.head.head.lemma_))
    return bool(words & _HEEDING)


def _a_dated_call(found: _Found) -> bool:
    """ "Discussed the border in a call on Saturday": the noun "call" with its day, no
    "call on" a party to do something."""
    head = found.head
    if found.trigger.written != "call on" or head.pos_ != "NOUN":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in head.children
    )


# Prepositions of a motion verb's destination or origin: "arrived in Niamey", "sont arrivés
# à Bangui", "débarqué au port", "will leave the country" (an object), "ont afflué vers la
# frontière", "moved towards Sumy", and purpose marks: "arrived to help quell the unrest",
# "arrivés pour sécuriser".
_WHITHER = frozenset(
    {"in", "into", "at", "to", "toward", "towards", "vers"}
    | {"a", "au", "aux", "en", "dans", "pour", "from"}
)


def _has_a_destination(verb: Any) -> bool:
    """Troops moving somewhere (or leaving somewhere) are deployed or withdrawn: the verb
    has a place or a purpose. "Police officers arrived after the killings" tells only that
    they came to the scene."""
    for child in _children_through_particles(verb):
        if child.dep_ in ("obj", "dobj"):
            return True  # "will leave the country", "quitter Bamako"
        if child.dep_ == "prep" and fold_text(child.text) in _WHITHER:
            return True
        if child.dep_ == "prt" and child.lower_ == "in" and args.is_passive(verb):
            return True  # "additional troops had been flown in": brought to the scene
        if child.dep_ in ("obl", "obl:mod", "obl:arg") and any(
            c.dep_ == "case" and fold_text(c.text) in _WHITHER for c in child.children
        ):
            return True
        if child.dep_ in ("advcl", "xcomp") and any(
            c.dep_ in ("aux", "mark") and fold_text(c.text) in _WHITHER for c in child.children
        ):
            return True
        if child.dep_ in ("obl:mod", "npadvmod", "obl") and _names_a_day_before_a_place(child):
            return True
    return False


def _children_through_particles(verb: Any) -> list[Any]:
    """A verb's words, with those the English parser hangs on its adverb particle: in
    "troops fell back to new lines" the "to" stands on "back", not on "fell"."""
    children = list(verb.children)
    return children + [
        g
        for c in children
        if c.dep_ in ("advmod", "prt") and fold_text(c.text) in ADVERB_PARTICLES
        for g in c.children
    ]


def _names_a_day_before_a_place(day: Any) -> bool:
    """ "Sont arrivés mercredi à Niamey": the French parser hangs the place on the day
    between it and the verb; the place is still where the troops went."""
    return fold_text(day.lemma_) in weekday_names("fr") | weekday_names("en") and any(
        c.dep_ == "nmod"
        and c.pos_ == "PROPN"
        and any(g.dep_ == "case" and fold_text(g.text) in _WHITHER for g in c.children)
        for c in day.children
    )


def _active_subject(word: Any) -> bool:
    """The doer of its verb: an active subject, or a passive one beside a direct object
    (the French parser's "nsubj:pass" on "L'artillerie … a pilonné les abords")."""
    return word.dep_ == "nsubj" or (
        word.dep_ == "nsubj:pass" and any(c.dep_ == "obj" for c in word.head.children)
    )


def _remote_weapon(folded: str) -> bool:
    return any(w.folded == folded and w.weapon_class in _STRIKING_CLASSES for w in weapons())


_WITHOUT = frozenset({"sans", "without"})


# Determiners of a deed that may come, not one that came: "any attack", "toute attaque".
_ANY = frozenset({"any", "tout", "toute"})


def _any_one(noun: Any) -> bool:
    """ "any attack would be met", "répondrait à toute attaque": the determiner is the
    noun's only one. A verb's object is left: "a démenti toute exécution", "denied any air
    strike" deny a deed told, coded as denied."""
    dets = [c for c in noun.children if c.dep_ in ("det", "predet")]
    return len(dets) == 1 and fold_text(dets[0].text) in _ANY and noun.dep_ not in ("obj", "dobj")


# What a trigger's object may be read off: its object, a noun after a preposition, or the
# verb it governs ("a refusé de commenter", "refused to comment": no rejection told).
_HEARD_DEPS = frozenset({"obj", "dobj", "obl", "obl:arg", "xcomp"})


def _false_reading(found: _Found, lang: str) -> bool:
    """ "sans rencontrer de résistance": a trigger whose object says it is no event
    (``events/false_readings.tsv``)."""
    if any(
        c.dep_ in ("case", "mark") and fold_text(c.text) in _WITHOUT for c in found.head.children
    ) or (found.head.dep_ in ("pobj", "pcomp") and fold_text(found.head.head.text) in _WITHOUT):
        return True  # "se sont retirées sans combattre", "fell without a fight"
    if _for_a_purpose(found, lang):
        return True
    if found.head.pos_ == "NOUN" and _any_one(found.head):
        return True  # "warned that any attack would be met with force": no attack told
    if _participle_naming_people(found, lang):
        return True  # "the demands of striking doctors": workers on strike, no strike told
    objects = false_readings(lang).get(found.trigger.written)
    if not objects:
        return False
    heard = [c for c in found.head.children if c.dep_ in _HEARD_DEPS]
    heard += [g for c in found.head.children if c.dep_ == "prep" for g in c.children]
    heard += [c for c in found.head.children if c.dep_ == "nmod"]  # "tirs de gaz"
    if lang == "fr" and _participle_read_as_noun(found.head):
        # "d'avoir violé son espace aérien": the parser hangs the object on "avoir".
        heard += [c for c in found.head.head.children if c.dep_ == "obj" and c.i > found.head.i]
    heard += [a for c in heard for a in c.children if a.dep_ == "amod"]  # "grenades lacrymogènes"
    if found.head.pos_ == "NOUN" and not _harms(found.head, lang):
        # "an illegal gold mine": the noun's own modifiers; not "tués par une mine artisanale"
        heard += [c for c in found.head.children if c.dep_ in ("compound", "amod")]
    if any(fold_text(c.lemma_) in objects for c in heard):
        return True
    return _pronoun_for_a_listed_object(found, heard, objects)


def _participle_naming_people(found: _Found, lang: str) -> bool:
    """An English present participle standing before a noun as its adjective ("striking
    doctors", "attacking forces") says what the people do, no attack of its own."""
    head = found.head
    if lang != "en" or found.trigger.plover_type != "ASSAULT" or head.tag_ != "VBG":
        return False
    if head.dep_ == "amod" and head.head.i > head.i:
        return True
    # "of striking doctors" parsed as a gerund with its object: workers on strike
    return fold_text(head.lemma_) == "strike" and any(
        c.dep_ == "dobj" and c.i == head.i + 1 and fold_text(c.lemma_) in _strikers()
        for c in head.children
    )


@cache
def _strikers() -> frozenset[str]:
    """Nouns of workers reports call "striking" (``events/strikers.tsv``)."""
    return frozenset(fold_text(row["lemma"]) for row in read_tsv("events/strikers"))


# Object pronouns standing for a noun told before ("l'avoir violé", "violated it").
_OBJECT_PRONOUNS = frozenset({"l'", "le", "la", "les", "it", "them"})


def _pronoun_for_a_listed_object(found: _Found, heard: list[Any], objects: Any) -> bool:
    """ "ont accepté un cessez-le-feu … a accusé Islamabad de l'avoir violé": an object
    pronoun whose nearest candidate noun, in its sentence or the one before, is a listed
    object (a ceasefire violated, not a rape)."""
    head = found.head
    clitics = [c for c in heard if c.pos_ == "PRON"]
    if head.head.i != head.i and fold_text(head.head.lemma_) in ("avoir", "etre"):
        clitics += [c for c in head.head.children if c.dep_ in ("obj", "dobj") and c.pos_ == "PRON"]
    if not any(fold_text(c.text) in _OBJECT_PRONOUNS for c in clitics):
        return False
    sent = head.sent
    start = sent.start
    if start > 0:
        start = head.doc[start - 1].sent.start
    nouns = [t for t in head.doc[start : head.i] if t.pos_ == "NOUN"]
    return bool(nouns) and any(fold_text(t.lemma_) in objects for t in nouns[-6:])


# Verbs whose subject, when a weapon, is what went off: "une mine artisanale a explosé".
_GOING_OFF = frozenset({"exploser", "explode", "detonate", "blow"})


def _harms(noun: Any, lang: str) -> bool:
    """A noun that killed, hurt or went off ("tués par une mine artisanale", "an improvised
    mine exploded"): a weapon, whatever its modifiers say of a dug mine."""
    if noun.dep_ in ("obl:agent", "agent") or (noun.dep_ == "pobj" and noun.head.dep_ == "agent"):
        return True  # "tués par une mine artisanale", "killed by an improvised mine"
    verb = noun.head
    if verb.pos_ != "VERB":
        return False
    lemma = fold_text(verb.lemma_)
    return noun.dep_ in ("nsubj", "nsubj:pass") and (
        lemma in _GOING_OFF or lemma in killing_lemmas(lang)
    )


_PURPOSE = "(purpose)"
_HALTED = "(halted)"
_PURPOSE_MARKS = frozenset({"to", "pour", "afin"})
_PURPOSE_CLAUSES = frozenset({"advcl", "acl", "relcl", "acl:relcl"})


def _for_a_purpose(found: _Found, lang: str) -> bool:
    """ "deployed 400 police officers to fight the gangs", "a coalition to fight IS", "sent
    troops to counter attacks": what an action is for is no fight that happened
    (``events/false_readings.tsv`` rows with the object "(purpose)")."""
    readings = false_readings(lang)
    purposed = _purpose_verbs(lang)
    head = found.head
    named = {fold_text(head.lemma_), fold_text(found.trigger.written)}  # "take control"
    if named & purposed and _names_a_purpose(head):
        return True
    if found.trigger.plover_type == "ASSAULT" and _halting_noun_before(head, readings):
        return True
    if head.dep_ not in ("obj", "dobj", "xcomp") or found.trigger.plover_type != "ASSAULT":
        return False  # "ayant suspendu le dialogue": the talks suspended are still told
    verb = fold_text(head.head.lemma_)  # "to counter attacks": only what is to be countered
    if verb in purposed and _names_a_purpose(head.head):
        return True
    return _HALTED in readings.get(verb, ())  # "agreed to halt attacks on shipping"


_LINKS = frozenset({"in", "to", "of", "a", "au", "aux", "de", "des", "du", "d'"})


def _halting_noun_before(noun: Any, readings: dict[str, frozenset[str]]) -> bool:
    """ "pauses in fighting", "fin aux combats": read off the words, as the parser hangs
    the preposition on the verb as often as on the noun."""
    if noun.pos_ not in ("NOUN", "VERB"):
        return False
    before = [t for t in noun.doc[max(noun.i - 5, 0) : noun.i] if t.pos_ not in ("DET", "PUNCT")]
    if len(before) < 2:
        return False
    halt, link = before[-2:]
    return fold_text(link.text) in _LINKS and _HALTED in readings.get(fold_text(halt.lemma_), ())


@cache
def _purpose_verbs(lang: str) -> frozenset[str]:
    """The triggers false_readings.tsv reads as no event in a purpose clause."""
    readings = false_readings(lang).items()
    return frozenset(fold_text(trigger) for trigger, objects in readings if _PURPOSE in objects)


def _sends_someone(word: Any) -> bool:
    """ "proposed a coalition to fight IS", "sent troops to fight": the infinitive says what
    the object is for; "began to fight", "vowed to keep fighting" have no object."""
    if word.dep_ != "xcomp":
        return False
    return any(c.dep_ in ("dobj", "obj") and c.i < word.i for c in word.head.children)


def _names_a_purpose(word: Any) -> bool:
    """A verb in a purpose clause ("to fight", "pour combattre", "afin de contrer") or a noun
    in a "for"/"pour" phrase ("for the fight against jihadist groups")."""
    if word.pos_ == "VERB":
        if fold_text(word.head.text) == "afin":
            return True  # "afin de contrer", parsed as hanging on "afin"
        marked = any(
            c.dep_ in ("aux", "mark") and fold_text(c.text) in _PURPOSE_MARKS for c in word.children
        )
        return marked and (word.dep_ in _PURPOSE_CLAUSES or _sends_someone(word))
    if word.dep_ == "pobj":
        return fold_text(word.head.text) in ("for", "pour")
    return any(c.dep_ == "case" and fold_text(c.text) == "pour" for c in word.children)


def _killed_by_nature(found: _Found, lang: str) -> bool:
    """ "Sunday's quake, which killed more than 2,200 people", "les inondations ont fait 40
    morts": a death a natural disaster caused is no event."""
    head = found.head
    if fold_text(head.lemma_) not in outcome_lemmas(lang):
        return False
    causes = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "obl:agent", "agent")]
    if head.dep_ in ("relcl", "acl:relcl"):
        causes.append(head.head)  # "the quake, which killed…"
    nature = disaster_lemmas(lang)
    return any(
        fold_text(t.lemma_) in nature
        for cause in causes
        for t in (cause, *(c for c in cause.children if c.dep_ == "pobj"))
    )


def _phrase_head(window: list[Any]) -> Any:
    """The word a trigger phrase hangs on: its verb ("pris le contrôle"), else the noun the
    others modify ("air strikes", "frappes aériennes")."""
    inside = {t.i for t in window}
    # A participle on a noun of the phrase ("engin explosif improvisé") is no verb of it.
    verbs = [t for t in window if t.pos_ == "VERB" and not _qualifies(t, inside)]
    if verbs:
        return verbs[0]
    outer = [t for t in window if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
    return outer[0] if outer else max(window, key=lambda t: t.pos_ in ("VERB", "NOUN"))


def _qualifies(verb: Any, inside: set[int]) -> bool:
    return verb.dep_ == "acl" and verb.head.i in inside and verb.head.pos_ == "NOUN"


# How far after its verb a split phrase's object may stand ("ont pris samedi le contrôle").
_SPLIT_REACH = 6


def _split_phrases_in(
    tokens: list[Any], offset: int, lang: str, named: list[Any], taken: set[int]
) -> list[_Found]:
    """Verb-object phrases with words between their parts, read off the parse: the object
    must hang on the verb (or on its object, "regained full control")."""
    phrases = split_phrases(lang)
    first = tokens[0].i if tokens else 0
    found = []
    for token in tokens:
        if token.i - first in taken or token.pos_ not in ("VERB", "AUX", "NOUN"):
            continue
        # The parser may hang the object on a time word before it ("ont lancé vendredi soir
        # des pierres": "pierres" on "soir"): a time adverbial's words count as the verb's.
        timed = [t for c in token.children if c.dep_ == "obl:mod" for t in c.subtree]
        for last, row in phrases.get(fold_text(token.lemma_), []):
            near = [
                t
                for t in (
                    *token.children,
                    *(g for c in token.children for g in c.children),
                    *_on_a_name(token),
                    *_counted_nouns(token, lang),
                    *_label_on_the_object(token),
                    *timed,
                )
                if 0 < t.i - token.i <= _reach(t)
                and fold_text(t.lemma_) == last
                and not _aimed_at(t, token, row)
            ]
            near += [t for t in _object_after_an_insertion(token) if fold_text(t.lemma_) == last]
            if not near or any(i - first in taken for i in range(token.i, near[0].i + 1)):
                continue
            if token.pos_ == "NOUN" and not _counted_between(token, near[0]):
                continue
            if near[0].i == token.i + 1 and last in ADVERB_PARTICLES:
                continue  # "shot down several drones": the whole phrase's row, read unsplit
            if not _particles_between(row, token, near[0]):
                continue  # "called for talks" is no "call off talks"
            start, end = args.char_span(offset, [token, near[0]])
            if any(m.start <= start < m.end for m in named):
                continue
            found.append(_Found(row, start, end, token))
            taken.update(range(token.i - first, near[0].i - first + 1))
            break
    return sorted(found, key=lambda item: item.start)


# Prepositions of what a shot or a throw is aimed at, in both languages.
_AIMED_PREPOSITIONS = frozenset({"at", "on", "against", "sur", "contre"})


def _aimed_at(noun: Any, verb: Any, row: Trigger) -> bool:
    """ "Soldiers fired at a drone", "ont tiré sur des drones": what the verb aims at is no
    object of its phrase ("fire drones"), unless the phrase has that preposition ("put on
    trial")."""
    if noun.dep_ == "pobj" and noun.head.head.i != verb.i:
        return False  # its preposition hangs on another word than this verb
    return args.led_by(noun, _AIMED_PREPOSITIONS - set(row.words))


def _object_after_an_insertion(verb: Any) -> list[Any]:
    """The words right after an adverbial set off by commas between a verb and its object,
    which the parser hangs, object and all, on a verb above ("accusé les troupes d'avoir
    largué, à l'aide de drones, des grenades": "grenades" on "aide", "aide" on "accusé"):
    they may end the verb's phrase, however long the insertion."""
    above = [verb.head, verb.head.head]
    for child in (c for a in above for c in a.children):
        if child.dep_ not in ("obl:mod", "prep") or child.i <= verb.i:
            continue
        words = list(child.subtree)
        closing = next((t for t in words if t.text == "," and t.i > child.i), None)
        if closing is not None and verb.doc[child.left_edge.i - 1].text == ",":
            return [t for t in words if 0 < t.i - closing.i <= _AFTER_INSERTION]
    return []


# How far after an insertion's closing comma a split phrase's object may stand ("…, des
# grenades").
_AFTER_INSERTION = 3


def _measure_frames_in(
    tokens: list[Any], offset: int, named: list[Any], taken: set[int], lang: str
) -> list[_Found]:
    """Measures told as a verb or noun and its object (``events/measure_frames.tsv``):
    "suspended the Indus Waters Treaty", "la fermeture de l'espace aérien"; after the
    listed phrases, which keep their own coding where they match."""
    first = tokens[0].i if tokens else 0
    found = []
    for head, word, row in frames_in(tokens, lang):
        low, high = sorted((head.i, word.i))
        if any(i - first in taken for i in range(low, high + 1)):
            continue
        start, end = args.char_span(offset, [head.doc[low], head.doc[high]])
        if any(m.start <= head.idx + offset < m.end for m in named):
            continue
        item = _Found(row, start, end, head)
        if _background(item):
            continue  # "since the closure of the border in 2023": no deed of the story
        if row.plover_type == "CONCEDE" and _concession_not_told(head, lang):
            continue
        if _kept_a_request(head, word) and _asked_of_someone(head, lang):
            continue  # "urged Ethiopia to allow investigators access": the request stands
        found.append(item)
        taken.update(range(low - first, high - first + 1))
    return found


# Words opening a condition, a time limit or an aim: "s'ils ne cessaient pas leurs
# attaques", "until it stopped its offensive", "pour permettre l'évacuation".
_CONDITION_MARKS = frozenset({"si", "s'", "if", "until", "unless", "jusqu'", "pour", "afin"})
# Verbs whose clause tells an undertaking's content or a call, not a deed done: "committing
# to allow humanitarian access", "called on the junta to reverse the decision"; with the
# request and agreement triggers, less promises (a promise is the deed, planned).
_UNDERTAKING_VERBS = frozenset({"commit", "engager", "call", "appeler"})
_PROMISES = frozenset({"promise", "promettre", "pledge", "vow"})
# Clause links, and the addressee a French infinitive hangs on ("a exhorté les belligérants
# à cesser les hostilités": "cesser" on "belligérants").
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "conj", "acl", "obj", "dobj", "iobj"})


# Verbs of letting in or through: asked of a party, what they would let through is too
# often nothing coded ("called on Ethiopia to allow investigators access to Tigray").
_PERMITTING = frozenset(
    {"allow", "permit", "authorize", "authorise", "facilitate", "autoriser", "permettre", "laisser"}
)


# Policies whose withdrawal, asked of a government, the dev golds keep as the asker's
# REQUEST: "called on the junta to reverse the decision", "a demandé à Niamey de revenir
# sur sa décision".
_POLICIES_ASKED_BACK = frozenset(
    {
        "decision",
        "bill",
        "decree",
        "law",
        "directive",
        "reform",
        "legislation",
        "amendment",
        "ordinance",
        "projet",
        "decret",
        "loi",
        "arrete",
        "ordonnance",
        "reforme",
        "mesure",
    }
)


def _kept_a_request(verb: Any, word: Any) -> bool:
    """A concession that, asked for, stays the asker's REQUEST: letting in or through
    ("allow investigators access") or withdrawing a policy ("reverse the decision")."""
    return fold_text(verb.lemma_) in _PERMITTING or fold_text(word.lemma_) in _POLICIES_ASKED_BACK


def _asked_of_someone(verb: Any, lang: str) -> bool:
    """Whether ``verb`` is the content of a request ("urged X to allow", "a demandé à X de
    permettre")."""
    word = verb
    for _ in range(3):
        if word.dep_ not in _CLAUSE_LINKS or word.head.i == word.i:
            return False
        word = word.head
        if _is_request(word, lang):
            return True
    return False


def _concession_not_told(verb: Any, lang: str) -> bool:
    """A concession frame told as a condition, an aim or an agreement's content ("threatened
    them until it stopped its offensive", "agreed to halt attacks"): the agreement is the
    event, if any. A request's content is the event itself, its status requested, the one
    asked its doer ("urged the junta to rescind the curfew", "a appelé les FSR à cesser les
    hostilités")."""
    asking = _asking_lemmas(lang) - _request_lemmas(lang)
    word = verb
    through_a_verb = False
    for _ in range(4):
        if any(c.dep_ == "mark" and fold_text(c.lower_) in _CONDITION_MARKS for c in word.children):
            return True
        if word.dep_ not in _CLAUSE_LINKS or word.head.i == word.i:
            return False
        link, word = word.dep_, word.head
        if _is_request(word, lang):
            # "urged the world to intervene to halt the attacks": the halt is the aim of
            # another deed asked, not the one asked's concession.
            return through_a_verb
        if fold_text(word.lemma_) in asking:
            return True
        through_a_verb = through_a_verb or (link != "conj" and word.pos_ == "VERB")
    return False


@cache
def _asking_lemmas(lang: str) -> frozenset[str]:
    """One-word REQUEST and AGREE triggers and undertaking verbs: what governs a deed only
    asked for or agreed."""
    return _UNDERTAKING_VERBS | frozenset(
        words[0]
        for words, rows in triggers(lang).items()
        if len(words) == 1
        and words[0] not in _PROMISES
        and any(r.plover_type in ("REQUEST", "AGREE") for r in rows)
    )


@cache
def _request_lemmas(lang: str) -> frozenset[str]:
    """The asking lemmas that are request cues ("demander", "urge"), not agreements."""
    cues = status_cues(lang)
    return frozenset(
        lemma for lemma in _asking_lemmas(lang) if cues.get(lemma, ("", ""))[0] == "requested"
    )


# "des"/"du" join a plural or masculine complement ("le départ des soldats français").
_OF_WORDS = frozenset({"of", "de", "d'", "d", "des", "du"})
_NAME_JOINS = frozenset({"flat:name", "flat", "compound"})


def _on_a_name(verb: Any) -> list[Any]:
    """Words the parser hangs on the last part of a named object ("a désigné Yahya
    Sinouar à la tête de", "à la tête" on "Sinouar"): on the object itself."""
    return [
        word
        for child in verb.children
        for part in child.children
        if part.dep_ in _NAME_JOINS
        for word in part.children
    ]


def _label_on_the_object(verb: Any) -> list[Any]:
    """The words of a label the French parser hangs on the object it labels ("a désigné le
    cartel de Sinaloa comme organisation terroriste": "organisation" under "cartel"): the
    label's noun and its adjectives, as the verb's own, however deep in the object."""
    return [
        word
        for child in verb.children
        if child.i > verb.i  # "le gang Gran Grif": a misread name may carry it
        for label in child.subtree  # "les Gardiens de la révolution comme entité…"
        if _labelled_as(label)
        for word in (label, *label.children)
    ]


def _labelled_as(noun: Any) -> bool:
    """Whether a noun is a label brought in by "comme" ("comme organisation terroriste")."""
    return any(c.dep_ == "case" and fold_text(c.text) == "comme" for c in noun.children)


def _counted_nouns(verb: Any, lang: str) -> list[Any]:
    """The nouns a counted object counts ("took dozens of hostages", "emportant plusieurs
    centaines de têtes de bétail"): the parser hangs them further from the verb than an
    object, one "of"/"de" complement after another."""
    counts = _count_ends(lang)
    found: list[Any] = []
    nouns = [
        count
        for count in verb.children
        if count.dep_ in ("dobj", "obj") and (count.like_num or fold_text(count.text) in counts)
    ]
    for _ in range(2):
        nouns = [noun for word in nouns for noun in _of_complements(word)]
        found += nouns
    return found


@cache
def _count_ends(lang: str) -> frozenset[str]:
    """The last words of the count phrases ("dozens", "centaines"), built once per language;
    the things a deed destroys ("maisons") count nothing."""
    return frozenset(
        phrase.split()[-1]
        for phrase, (kind, _) in quantity_words(lang).items()
        if phrase and kind != "property"
    )


def _of_complements(noun: Any) -> list[Any]:
    """ "hostages" in "dozens of hostages", "têtes" in "centaines de têtes"."""
    english = [
        child
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for child in of.children
        if child.dep_ == "pobj"
    ]
    french = [
        child
        for child in noun.children
        if child.dep_ == "nmod" and any(c.lower_ in _OF_WORDS for c in child.children)
    ]
    return english + french


def _reach(word: Any) -> int:
    """An object predicate stands after the whole object it labels ("called the Israeli
    raids on Damascus a blatant aggression", "designated Yemen's Houthis as a foreign
    terrorist organisation"), further than a split phrase's object."""
    labels = word.dep_ == "oprd" or (word.dep_ == "pobj" and word.head.lower_ == "as")
    labels = labels or _labelled_as(word) or _labelled_as(word.head)
    return 2 * _SPLIT_REACH if labels else _SPLIT_REACH


def _counted_between(noun: Any, last: Any) -> bool:
    """ "l'envoi de 600 soldats", "the deployment of 2,000 troops": a noun phrase trigger
    whose last word only a number (with its article, preposition or "quelque") keeps from
    the noun."""
    between = noun.doc[noun.i + 1 : last.i]
    return (
        last.head.i == noun.i
        and any(t.pos_ == "NUM" or t.like_num for t in between)
        and all(last.left_edge.i <= t.i for t in between)
        and all(t.pos_ in ("ADP", "DET", "NUM", "ADV", "ADJ") or t.like_num for t in between)
    )


def _particles_between(row: Trigger, verb: Any, last: Any) -> bool:
    """The particles inside a phrase ("off" in "call off talks", "fin à" in "mettre fin à
    l'accord") are written between its verb and its last word."""
    between = {fold_text(t.text) for t in verb.doc[verb.i + 1 : last.i]}
    between |= {fold_text(t.lemma_) for t in verb.doc[verb.i + 1 : last.i]}
    articles = _ARTICLES | ({"a"} if row.lang == "en" else set())
    needed = [
        w
        for w, written in zip(row.words[1:-1], _written_words(row)[1:-1], strict=True)
        if w in PARTICLES and w not in articles and written not in articles
    ]
    return all(word in between for word in needed)


def _written_words(row: Trigger) -> list[str]:
    """A phrase's words as written, beside its lemmas: the parser may lemmatise the article
    "des" of "stationner des soldats" to the preposition "de", which the article, varying
    in running text ("a stationné 2 000 soldats"), need not be. Lemmas alone when the two
    do not align."""
    written = [fold_text(w) for w in row.written.split()]
    return written if len(written) == len(row.words) else list(row.words)


# Articles vary inside a phrase ("lancer une offensive", "ont lancé leur offensive").
_ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "the", "an"})


def _pronominal_verbs_in(
    tokens: list[Any], offset: int, lang: str, named: list[Any], taken: set[int]
) -> list[_Found]:
    """Reflexive verbs read off the parse: "se sont emparés de", "s'est rendu à", whose
    clitic and verb an auxiliary keeps apart."""
    rows = pronominal_triggers(lang)
    first = tokens[0].i if tokens else 0
    found = []
    for token in tokens:
        candidates = rows.get(fold_text(token.lemma_)) if token.pos_ in ("VERB", "AUX") else None
        clitic = next(
            (c for c in token.children if c.i < token.i and fold_text(c.text) in CLITICS), None
        )
        if not candidates or clitic is None or token.i - first in taken:
            continue
        after = [fold_text(t.lemma_) for t in token.doc[token.i + 1 : token.i + 5]]
        row = next(
            (
                r
                for rest, r in sorted(candidates, key=lambda c: -len(c[0]))
                if _follows(rest, after)
            ),
            None,
        )
        start, end = args.char_span(offset, [clitic, token])
        if row is None or any(m.start <= start < m.end for m in named):
            continue
        found.append(_Found(row, start, end, token))
        taken.update(range(clitic.i - first, token.i - first + 1))
    return found


_PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass"})
# The words on a subject noun that may name what a measure hit: "l'accès à internet",
# "les services d'internet mobile", "social media platforms", "access to the internet".
_ON_A_NOUN = frozenset({"nmod", "compound", "amod", "flat"})
_OF_OR_TO = frozenset({"of", "to"})


def _on_a_noun(noun: Any) -> list[Any]:
    """The nouns one step from a subject noun: its modifiers and complements ("internet" in
    "l'accès à internet", "media" in "social media platforms", "access to the internet"),
    not what stands further on ("the officers on duty at the station")."""
    near = [c for c in noun.children if c.dep_ in _ON_A_NOUN]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _OF_OR_TO:
            near += [c for c in prep.children if c.dep_ == "pobj"]
    return near


def _passive_measures_in(
    tokens: list[Any], offset: int, lang: str, taken: set[int]
) -> list[_Found]:
    """ "Les services d'internet mobile ont été coupés", "social media platforms were
    blocked": a measure told in the passive, its object become the subject, which no
    verb-object phrase reads (``events/measures.tsv``)."""
    return _passive_phrases_in(tokens, offset, taken, passive_measures(lang), _measure_named)


def _measure_named(subjects: list[Any], rows: list[tuple[str, Trigger]]) -> Trigger | None:
    words = [w for s in subjects for w in (s, *_on_a_noun(s))]
    lemmas = {fold_text(w.lemma_) for w in words} | {fold_text(w.text) for w in words}
    return next((r for noun, r in rows if noun in lemmas), None)


# The PLOVER types of giving up: people, bodies, arms or places handed over or let go.
_GIVING_UP = frozenset({"CONCEDE", "RETREAT"})
# Goods carried off, whose passive the same reading finds ("des armes ont été emportées").
_LOOTING = "Looting/property destruction"


def _passive_handovers_in(
    tokens: list[Any], offset: int, lang: str, taken: set[int]
) -> list[_Found]:
    """ "Les otages ont été remis au CICR par le M23", "the prisoners were handed over to the
    Red Cross": a verb-object phrase of giving up told in the passive, its object become the
    subject, which the verb-object reading misses (it sees a bare "remettre", a handover of
    territory); so is a looting phrase ("des véhicules ont été emportés")."""
    return _passive_phrases_in(tokens, offset, taken, split_phrases(lang), _given_up)


def _given_up(subjects: list[Any], rows: list[tuple[str, Trigger]]) -> Trigger | None:
    """A handover, or goods carried off told in the passive ("des armes et des véhicules
    ont été emportés"): the looting phrase's object become the subject, or one coordinated
    with it."""
    words = [w for s in subjects for w in (s, *(c for c in s.children if c.dep_ == "conj"))]
    nouns = {fold_text(s.lemma_) for s in words} | {fold_text(s.text) for s in words}
    return next(
        (
            r
            for last, r in rows
            if last in nouns and (r.plover_type in _GIVING_UP or r.acled_subtype == _LOOTING)
        ),
        None,
    )


def _passive_phrases_in(
    tokens: list[Any],
    offset: int,
    taken: set[int],
    table: dict[str, list[tuple[str, Trigger]]],
    pick: Callable[[list[Any], list[tuple[str, Trigger]]], Trigger | None],
) -> list[_Found]:
    """Verb-noun phrases of ``table`` told in the passive: the verb's passive subject is
    the noun ``pick`` reads the phrase off."""
    first = tokens[0].i if tokens else 0
    found = []
    for token in tokens:
        rows = table.get(fold_text(token.lemma_)) if token.pos_ == "VERB" else None
        if not rows or token.i - first in taken or not args.is_passive(token):
            continue
        subjects = [c for c in token.children if c.dep_ in _PASSIVE_SUBJECTS]
        row = pick(subjects, rows) if subjects else None
        if row is None:
            continue
        found.append(_Found(row, *args.char_span(offset, [subjects[0], token]), token))
        taken.add(token.i - first)
    return found


# How a restriction hangs on the word that lifts it: its object ("a levé la suspension"), its
# passive subject ("the curfew was lifted") or its noun's complement ("la levée du blocus").
_LIFTED_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass", "nmod", "pobj"})
# The plover types of a restriction a lifting word undoes: a measure, a sanction.
_RESTRICTIONS = frozenset({"COERCE", "SANCTION"})


def _lifted_measures(found: list[_Found], offset: int, lang: str) -> list[_Found]:
    """ "Les autorités ont levé la suspension des partis", "the curfew was lifted by the
    state government": a restriction told as what a concession word (a one-word CONCEDE
    trigger: "lever", "lift", "levée") undoes is that concession, whose doer is the lifter;
    the restriction itself is no deed of the story."""
    out: list[_Found] = []
    lifted: set[int] = set()
    for item in found:
        lifter = _lifting_word(item.head, lang)
        if item.trigger.plover_type not in _RESTRICTIONS or lifter is None:
            out.append(item)
            continue
        rows = triggers(lang)[(fold_text(lifter.lemma_),)]
        row = next(r for r in rows if r.plover_type == "CONCEDE")
        start, end = args.char_span(offset, sorted([lifter, item.head], key=lambda t: t.i))
        out.append(_Found(row, min(start, item.start), max(end, item.end), lifter))
        lifted.add(lifter.i)
    # the lifting word read alone as well is the same concession: one reading of it
    return _one_per_lifter(out, lifted)


def _one_per_lifter(found: list[_Found], lifted: set[int]) -> list[_Found]:
    """The first reading of each lifting word, the widest, kept; the rest dropped."""
    seen: set[int] = set()
    kept = []
    for item in sorted(found, key=lambda f: f.start - f.end):
        if item.head.i in lifted:
            if item.head.i in seen:
                continue
            seen.add(item.head.i)
        kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def _lifting_word(head: Any, lang: str) -> Any | None:
    """The word a restriction's head hangs on if that word lifts it ("levé", "lifted",
    "levée", "lifting"): a one-word CONCEDE trigger of the lexicon."""
    if _lifts(head, lang):
        return head  # the parse gave the measure's frame the lifting verb as its head
    if head.dep_ not in _LIFTED_DEPS:
        return None
    above = head.head
    if above.dep_ == "prep" and above.lower_ in _OF_OR_TO:
        above = above.head  # "the lifting of the curfew"
    if above.i == head.i:
        return None
    return above if _lifts(above, lang) else None


def _lifts(word: Any, lang: str) -> bool:
    rows = triggers(lang).get((fold_text(word.lemma_),), [])
    return word.pos_ in ("VERB", "NOUN") and any(r.plover_type == "CONCEDE" for r in rows)


_FINDING = frozenset({"retrouver", "decouvrir", "find", "discover"})
_BODIES = frozenset({"corps", "cadavre", "body", "corpse"})
_FOUND_DEAD = {"fr": ("retrouver", "mort"), "en": ("find", "dead")}
# The rows of triggers.tsv that tell bodies found: a follow-up of the abduction or arrest
# told before ("plusieurs d'entre eux ont été retrouvés morts deux jours plus tard").
_BODIES_FOUND = frozenset({"retrouver mort", "découvrir mort", "find dead"})


def _bodies_found_in(tokens: list[Any], offset: int, lang: str, taken: set[int]) -> list[_Found]:
    """ "Les corps de cinq hommes … ont été découverts", "the bodies of two of them were
    found": a discovery of bodies is the killing it reveals, coded as "retrouvés morts"."""
    rows = triggers(lang).get(_FOUND_DEAD[lang])
    first = tokens[0].i if tokens else 0
    found = []
    for token in tokens:
        if not rows or token.pos_ != "VERB" or token.i - first in taken:
            continue
        if fold_text(token.lemma_) not in _FINDING:
            continue
        if any(
            c.dep_ in ("nsubj:pass", "nsubjpass", "obj", "dobj") and fold_text(c.lemma_) in _BODIES
            for c in token.children
        ):
            start, end = args.char_span(offset, [token])
            found.append(_Found(rows[0], start, end, token))
            taken.add(token.i - first)
    return found


def _follows(rest: tuple[str, ...], after: list[str]) -> bool:
    """The words a reflexive trigger has after its verb ("à" in "se rendre à") come in the
    next few words, in order ("s'est rendu jeudi à Goma")."""
    words = iter(after)
    return all(word in words for word in rest)


@cache
def _first_words(lang: str) -> frozenset[str]:
    """Words a trigger can start with."""
    return frozenset(words[0] for words in triggers(lang) if words)


_ENGLISH_ENDINGS = (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("s", ""))


def _stems(window: list[Any], lang: str) -> list[tuple[str, ...]]:
    """Base forms of an English verb the tagger lemmatised wrongly ("raped" → "rap"):
    its written form with a regular ending taken off, as the lexicon would list it; and
    of a French participle it read as a noun (", incendiant des maisons")."""
    if lang == "fr" and len(window) == 1 and _opens_a_participle_clause(window[0]):
        return [(infinitive,) for infinitive in _infinitives_of_participle(window[0])]
    if lang == "fr" and len(window) == 1 and _participle_read_as_noun(window[0]):
        return [(_infinitive_of(window[0]),)]
    if lang != "en" or len(window) != 1 or not window[0].tag_.startswith("VB"):
        return []
    word = fold_text(window[0].text)
    return [
        (word[: -len(ending)] + base,)
        for ending, base in _ENGLISH_ENDINGS
        if word.endswith(ending) and len(word) - len(ending) >= 3
    ]


# A French present participle after a comma opens a clause of its own ("ont attaqué le
# village, incendiant des maisons"); the tagger often reads it as a noun or an adjective.
_PARTICIPLE_ENDING = "ant"


def _opens_a_participle_clause(token: Any) -> bool:
    """A lower-case "-ant" word right after a comma, tagged as a noun or an adjective."""
    return token.pos_ in ("NOUN", "ADJ") and _participle_after_a_comma(token)


def _participle_after_a_comma(token: Any) -> bool:
    """ ", décapitant au moins quatre habitants": a clause of its own that tells what the
    doers of the main verb did next, whatever noun the parser hung it on; so does a gerund
    (", tout en avertissant qu'elle répondrait", "en accusant Kigali")."""
    word = fold_text(token.text)
    before = token.i - 1
    if before > 0 and fold_text(token.doc[before].text) in _OBJECT_CLITICS:
        before -= 1  # ", leur reprochant d'inciter…", ", l'accusant de…"
    return (
        word.endswith(_PARTICIPLE_ENDING)
        and len(word) > len(_PARTICIPLE_ENDING) + 2
        and token.text[:1].islower()
        and before >= 0
        and token.i > 0
        and (token.doc[before].text == "," or _a_gerund(token))
    )


def _a_gerund(token: Any) -> bool:
    """ "tout en avertissant", "en accusant": an "-ant" word right after "en", which the
    tagger often reads as a noun; its doer is the main verb's subject."""
    return token.i > 0 and bool(token.doc[token.i - 1].lower_ == "en")


# Second-group present participles ("avertissant" → "avertir"); the others are of the
# first group ("accusant" → "accuser").
_SECOND_GROUP = ("issant", "ir")


def _infinitives_of_participle(token: Any) -> tuple[str, ...]:
    """The infinitives an "-ant" word may come from: "incendiant" → "incendier",
    "avertissant" → "avertir" (or a first-group "-isser")."""
    word = fold_text(token.text)
    first = word[: -len(_PARTICIPLE_ENDING)] + "er"
    ending, base = _SECOND_GROUP
    if word.endswith(ending):
        return (first, word[: -len(ending)] + base)
    return (first,)


# Object pronouns a participle clause may open with: ", leur reprochant", ", l'accusant".
_OBJECT_CLITICS = frozenset({"leur", "lui", "l'", "l’", "les", "le", "la"})


# Endings of a French past participle of the first group ("violé", "incendiées").
_PAST_ENDINGS = ("ees", "ee", "es", "e")


def _participle_read_as_noun(token: Any) -> bool:
    """ "d'avoir violé deux femmes": a lower-case past participle right after "avoir" that
    the tagger read as a noun (lemma "violé"); the auxiliary makes it the verb."""
    if token.pos_ != "NOUN" or not token.text[:1].islower() or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    word = fold_text(token.text)
    return (
        fold_text(before.lemma_) == "avoir"
        and before.pos_ in ("AUX", "VERB")
        and word.endswith("e")
        and fold_text(token.lemma_) == word
        and len(word) > 4
    )


def _participle_read_as_a_name(token: Any) -> bool:
    """ "ce que les FSR ont nié": a lower-case word right after the auxiliary "avoir" that
    the tagger read as a noun or a name while lemmatising it as a verb ("nier"): the
    auxiliary makes it that verb's participle."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].islower() or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return fold_text(before.lemma_) == "avoir" and before.pos_ in ("AUX", "VERB")


def _infinitive_of(token: Any) -> str:
    """The first-group infinitive of a past participle: "violé" → "violer"."""
    word = fold_text(token.text)
    ending = next(e for e in _PAST_ENDINGS if word.endswith(e))
    return word[: -len(ending)] + "er"


def _pos_fits(row: Trigger, window: list[Any]) -> bool:
    if row.pos == "PHRASE" or len(window) > 1:
        return True
    token = window[0]
    if row.pos == "VERB" and row.lang == "fr" and _opens_a_participle_clause(token):
        return fold_text(row.written) in _infinitives_of_participle(token)
    if row.pos == "VERB" and row.lang == "fr" and _participle_read_as_noun(token):
        return _infinitive_of(token) == fold_text(row.written)
    if row.pos == "VERB" and row.lang == "fr" and _participle_read_as_a_name(token):
        return fold_text(token.lemma_) == fold_text(row.written)
    if not _accents_agree(row.written, token):
        return False
    if token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_sent_start:
        return False  # "late March", "Marche pour la paix" as a name
    pos = token.pos_
    # Taggers read some participles as adjectives or adverbs ("ont violé"); the verb's
    # lemma under those tags still names the verb, but a word written as the lemma itself
    # is the adjective or adverb ("free elections", "taking hostages back").
    if row.pos == "VERB" and pos in ("ADJ", "ADV"):
        return fold_text(token.text) != fold_text(row.written)
    if (
        row.pos == "NOUN"
        and row.lang == "fr"
        and row.plover_type == "ASSAULT"
        and pos in ("VERB", "ADJ")
    ):
        return _noun_read_as_verb(token, row.written)
    return (row.pos == "VERB" and pos in ("VERB", "AUX")) or (
        row.pos == "NOUN" and pos in ("NOUN", "PROPN")
    )


# French adjectives that stand between a determiner and its noun ("un violent accrochage",
# "de nouveaux combats"), folded, singular masculine and feminine.
_PRENOMINAL = frozenset(
    {"violent", "violente", "nouveau", "nouvel", "nouvelle", "bref", "breve", "intense", "vif"}
    | {"vive"}
)


def _noun_read_as_verb(token: Any, noun: str) -> bool:
    """ "Un violent accrochage entre gendarmes et bandits a eu lieu": a French trigger noun of
    violence the tagger read as a verb or adjective; written as the noun (or its plural) right
    after a determiner, or after a determiner and a prenominal adjective, it is the noun. Only
    violence: "toute nouvelle rencontre" refused would become a meeting held."""
    word, noun = fold_text(token.text), fold_text(noun)
    if word not in (noun, noun + "s", noun + "x") or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.pos_ == "DET":
        return True
    return (
        token.i > 1
        and token.doc[token.i - 2].pos_ == "DET"
        and fold_text(before.text).removesuffix("s").removesuffix("x") in _PRENOMINAL
    )


def _joined_earlier(
    found: _Found, event: Event, sentence: list[Event], offset: int, context: _Context
) -> bool:
    """Whether the event only completes one already told: a toll joins the last attack of
    its sentence or paragraph, "the attack" the last attack of the story."""
    if _atrocity_witnessed(found, context.lang) and _deed_witnessed_in(found, offset, context):
        return False  # "described killings of men fleeing": a deed after the takeover told
    if _is_outcome(found, context.lang):
        scope = [e for e in context.events if _trigger_start(e) >= offset]
        crowds = True
    elif _names_an_earlier_attack(found):
        scope = list(context.events)
        crowds = False
    elif fold_text(found.head.lemma_) in _AIMING and found.head.pos_ == "VERB":
        # "a roadside bomb targeting the convoy", "said it had targeted a commander": what
        # the strike told beside it aimed at, not a second attack by the same doers.
        told = [
            e
            for e in (*sentence, *context.events)
            if e.acled_type in _VIOLENT_TYPES and e.status == event.status
        ]
        last = told[-1] if told else None
        if last is None or not (
            event.actor1 is None or last.actor1 is None or _allied(last.actor1, event.actor1)
        ):
            return False
        return _add_toll(sentence, event) or _add_toll(list(context.events), event, context)
    elif _names_an_earlier_deed(found):
        # "L'enlèvement a été revendiqué", "claimed the bombing": the deed of that kind
        # already told, not a second one.
        owned = _done_by_its_subject(found.head, context.lang)
        if event.status == "denied" and (owned or _answered_for(found.head)):
            # "denied carrying out the strike", "a démenti être à l'origine de la frappe":
            # the denier's denied copy
            return False
        return _join_told_deed(event, context, owned=owned and event.status == "realised")
    else:
        return False
    return _add_toll(
        sentence, event, crowds=crowds, hangs_on=_verb_a_toll_hangs_on(found, offset)
    ) or _add_toll(scope, event, context, crowds=crowds)


def _verb_a_toll_hangs_on(found: _Found, offset: int) -> int | None:
    """Where the verb a participle toll hangs on starts: "Pakistan's air force struck
    hideouts …, killing nine people, … two days after Iranian missiles hit a village": the
    nine are the air force's dead, not those of the strike told nearer."""
    head = found.head
    if head.dep_ != "advcl" or head.head.pos_ != "VERB":
        return None
    return int(offset + head.head.idx)


def _force_answers_a_seizure(
    found: _Found, event: Event, offset: int, context: _Context
) -> Event | None:
    """ "Des rebelles ont pris en otage trente fidèles. L'armée a annoncé avoir mené une
    opération, tuant douze assaillants": a toll a state force inflicts in a later sentence,
    when the paragraph has told only abductions or looting, is the force's own fight with
    their doers, not the seizure's toll nor its doer. None when it is not that."""
    if (
        event.status != "realised"
        or not _state_force(event.actor1)
        or (event.actor2 is not None and event.actor2.canonical_id == "CIVILIANS")
        or not _is_outcome(found, context.lang)
        or any(e.acled_type in _VIOLENT_TYPES for e in context.sentence_events)
    ):
        return None
    told = [
        e
        for e in context.events
        if _trigger_start(e) >= offset and e.status == "realised"
        if e.acled_type in _VIOLENT_TYPES or e.acled_subtype == "Excessive force against protesters"
    ]
    if not told or any(e.plover_type != "COERCE" for e in told):
        return None
    seizure = told[-1]
    doer = seizure.actor1
    if doer is not None and _state_force(doer):
        return None
    return replace(
        event,
        plover_type="ASSAULT",
        acled_type="Battles",
        acled_subtype="Armed clash",
        actor2=doer if doer is not None else event.actor2,
    )


_AIMING = frozenset({"target", "viser", "cibler"})


def _says_whom_it_aims_at(item: _Found) -> bool:
    """ "L'armée affirme ne viser que des positions terroristes", "assure ne cibler que des
    infrastructures du Hamas": a force saying in the present whom alone it aims at states a
    policy, no strike of its own (and no negated one)."""
    head = item.head
    if fold_text(head.lemma_) not in _AIMING or "Inf" not in head.morph.get("VerbForm"):
        return False
    saying = head.head
    if saying.i == head.i or "Pres" not in saying.morph.get("Tense"):
        return False
    # The parser may hang "ne" on the saying verb ("assure ne cibler que").
    before = head.doc[head.i - 1] if head.i > 0 else head
    negated = fold_text(before.text) in ("ne", "n'")
    return negated and any(fold_text(t.text) == "que" for t in head.subtree if t.i > head.i)


# Verbs by which one side grants a truce, rather than two sides making one.
_DECLARING = frozenset(
    {"annoncer", "decreter", "proclamer", "declarer", "accepter", "announce", "declare"}
    | {"accept", "decree", "proclaim", "offer", "offrir", "observer", "observe"}
)
_TRUCES = frozenset({"cessez-le-feu", "treve", "ceasefire", "truce"})
# Words that name a second party to a truce: "avec le M23", "between X and Y", "X et Y".
_PARTNERED = frozenset({"avec", "with", "entre", "between", "et", "and"})


def _declared_by_one_side(found: _Found, lang: str) -> bool:
    """A truce one side announces, accepts or decrees is a concession (PLOVER CONCEDE),
    not an agreement: no partner is named with it ("avec", "with", "X et Y")."""
    head = found.head
    if head.pos_ != "NOUN" or fold_text(head.lemma_) not in _TRUCES:
        return False
    verb = args.governing_verb(head)
    if verb is None or fold_text(verb.lemma_) not in _DECLARING:
        return False
    return not any(fold_text(t.text) in _PARTNERED for t in verb.subtree)


def _allied(told: ActorMention | None, actor: ActorMention) -> bool:
    """The same doer, or a body of the same state ("the Israeli military" for "Israel")."""
    return told is not None and (
        told.canonical_id == actor.canonical_id or told.country_iso3 == actor.country_iso3
    )


def _is_outcome(found: _Found, lang: str) -> bool:
    """A death or wound reported without its own perpetrator ("56 civils ont été tués",
    "tuant dix soldats", "the blast killed six") tells what an attack did."""
    head = found.head
    if fold_text(head.lemma_) not in outcome_lemmas(lang):
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return True
    agent = args.agent_of(verb)
    if agent and not _names_a_means(agent, lang):
        return False  # "tué par les rebelles" names its doer; "tué par balle" does not
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ == "advcl" and args.participle_clause(clause):
        return True  # "…, killing one and wounding six": what the main verb's deed did
    subject = args.subject_of(verb)
    if subject is None or subject[1]:
        return True
    inside = {t.i for t in subject[0]}
    subject_head = next((t for t in subject[0] if t.head.i not in inside), subject[0][0])
    if subject_head.like_num:
        return True  # "two were killed and nine injured": the parser's subject is the hurt
    lemma = fold_text(subject_head.lemma_)
    return (lemma,) in triggers(lang) or lemma in weapon_names()


# What kills without naming who killed: "tué par balle", "killed by gunfire".
_MEANS = frozenset({"balle", "bullet", "gunfire", "tir", "coup", "shot", "shrapnel", "eclat"})


def _names_a_means(words: list[Any], lang: str) -> bool:
    """An agent phrase naming a weapon or a deed ("par balle", "by an Israeli strike")."""
    inside = {t.i for t in words}
    head = next((t for t in words if t.head.i not in inside), words[0])
    if head.pos_ == "ADP":  # English "by" heads its noun
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    lemma = fold_text(head.lemma_)
    if lemma in _MEANS or (lemma,) in triggers(lang):
        return True
    return lemma in weapon_names()


_ARMED_ACTS = frozenset({"ASSAULT", "COERCE"})
# Determiners that point back to something told: "the attack", "l'enlèvement", "ces frappes".
_REFERRING = frozenset({"the", "le", "la", "les", "l'", "l", "ces", "these", "those", "this", "ce"})


def _names_an_earlier_attack(found: _Found) -> bool:
    """ "L'attaque a été revendiquée par…", "the fighting", "les affrontements ont fait…":
    a definite generic noun names an attack the story has already told."""
    return (
        _referring_noun(found.head)
        and found.trigger.plover_type == "ASSAULT"
        and found.trigger.acled_subtype in ("Attack", "Armed clash")
    )


def _names_an_earlier_deed(found: _Found) -> bool:
    """ "L'explosion", "the kidnapping", "le massacre": a definite noun for a violent deed."""
    return (
        _referring_noun(found.head)
        and found.trigger.acled_type in _VIOLENT_TYPES
        and not any(c.dep_ == "nummod" for c in found.head.children)
        and not _weapon_acting(found.head)
    )


def _weapon_acting(noun: Any) -> bool:
    """ "L'artillerie israélienne a ensuite pilonné les abords", "the drones hit a depot": a
    weapon as the doer of a verb with an object tells a deed of its own, not the one before."""
    verb = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubj:pass")  # a passive has no object: a misread label
        and verb.pos_ == "VERB"
        and fold_text(noun.lemma_) in weapon_names()
        and any(c.dep_ in ("obj", "dobj") for c in verb.children)
    )


def _referring_noun(head: Any) -> bool:
    return head.pos_ == "NOUN" and any(
        c.dep_ == "det" and fold_text(c.text) in _REFERRING for c in head.children
    )


def _join_told_deed(event: Event, context: _Context, *, owned: bool = False) -> bool:
    """Merge ``event`` into the last earlier one of its ACLED type, unless it names another
    place (its date is often the claim's or the report's: "revendiqué jeudi"). With
    ``owned``, the naming clause's subject did the deed ("said it carried out the strike"):
    it becomes the doer of a deed told with none."""
    for index in range(len(context.events) - 1, -1, -1):
        told = context.events[index]
        if told.acled_type != event.acled_type:
            continue
        if event.place is not None and not _same_place(told, event):
            return False
        # Its parties are the claim's ("revendiqué par le JNIM"), left to perpetrators.py.
        merged = _merged(told, event)
        doer = told.actor1
        hit = told.actor2.canonical_id if told.actor2 is not None else None
        if owned and doer is None and event.actor1 is not None:
            doer = event.actor1 if event.actor1.canonical_id != hit else None
        context.events[index] = replace(merged, actor1=doer, actor2=told.actor2)
        return True
    return False


# Verbs of doing a deed told as their object ("carried out the strike", "a mené la
# frappe"), among the responsibility verbs: not those by which one puts it down to another.
_ASCRIBING = frozenset({"attribuer", "imputer", "attribute", "blame", "ascribe"})


def _done_by_its_subject(noun: Any, lang: str) -> bool:
    """ "US Africa Command said it carried out the strike", "l'armée a mené la frappe": the
    definite deed is the active object of a verb of doing it, so its subject did it."""
    verb = noun.head
    lemma = fold_text(verb.lemma_)
    return (
        noun.dep_ in ("obj", "dobj")
        and verb.pos_ == "VERB"
        and lemma in responsibility_lemmas(lang)
        and lemma not in _ASCRIBING
        and not args.is_passive(verb)
    )


def _denied_copy(found: _Found, made: list[Event], told: list[Event]) -> Event | None:
    """ "The Taliban denied carrying out the attack", "distanced itself from the strike":
    a definite deed noun a denial governs is the deed told before as the denier disputes
    it, with that deed's type (the convention's denied copy), neither a second deed nor
    the first one told again."""
    if len(made) == 1 and _said_done_only_to_its_object(found, made[0]):
        deed = _earlier_deed_of_its_side(made[0], found, told)
        return None if deed is None else _as_denied(deed, made[0])
    if len(made) != 1 or made[0].status != "denied" or made[0].actor1 is None:
        return None
    if not (_names_an_earlier_attack(found) or _names_an_earlier_deed(found)):
        return None
    deed = _deed_denied_by(made[0].actor1, told)
    return None if deed is None else _as_denied(deed, made[0])


# Words that restrict a deed to what its object names: "only targeted military sites",
# "a frappé uniquement des positions" ("ne … que" is read apart).
_ONLY = frozenset({"only", "solely", "exclusively", "uniquement", "exclusivement", "seulement"})


def _said_done_only_to_its_object(found: _Found, event: Event) -> bool:
    """ "Moscow said it only targets military sites", "l'armée assure n'avoir frappé que
    des cibles du Hezbollah": an attack said done to nothing but what it names."""
    if event.plover_type != "ASSAULT" or event.status != "realised" or event.actor1 is None:
        return False
    verb = found.head
    if verb.pos_ != "VERB":
        return False
    words = [*verb.children, *(g for c in verb.children if c.dep_ in _OBJECTS for g in c.children)]
    if any(c.dep_ == "advmod" and fold_text(c.text) in _ONLY for c in words):
        return True
    ne = any(c.dep_ == "advmod" and fold_text(c.lemma_) == "ne" for c in verb.children)
    after = verb.doc[verb.i + 1 : min(verb.i + 4, verb.sent.end)]
    return ne and any(fold_text(t.text) in ("que", "qu'") for t in after)


_OBJECTS = frozenset({"obj", "dobj", "dep"})


def _earlier_deed_of_its_side(claim: Event, found: _Found, told: list[Event]) -> Event | None:
    """The realised attack told before ``found`` by the claiming party's side ("Russian
    missiles killed 12 in Dnipro") that the restricted claim disputes, as analysts code
    "only military sites" after civilian dead: a denial of that deed."""
    if claim.actor1 is None:
        return None
    for deed in reversed(told):
        if deed.plover_type != "ASSAULT" or deed.status != "realised" or deed.actor1 is None:
            continue
        if _trigger_start(deed) < found.start and _same_side(deed.actor1, claim.actor1):
            return deed
    return None


def _answered_for(noun: Any) -> bool:
    """Whether a deed noun is what its clause's subject answers for, a few words up: a
    denial of that phrase denies doing the deed."""
    token = noun
    for _ in range(3):
        token = token.head
        if owns_a_deed(token):  # "être à l'origine de la frappe", "was behind the strike"
            return True
        if token.head.i == token.i:
            break
    return False


def _told_aside(event: Event, context: _Context) -> bool:
    """Whether the event's trigger sits in a relative clause ("…, where X and Y have been
    fighting since Sunday")."""
    at = _trigger_start(event)
    for offset, doc in context.parsed.docs:
        if not offset <= at < offset + len(doc.text):
            continue
        token = next((t for t in doc if offset + t.idx >= at), None)
        while token is not None and token.head.i != token.i:
            if token.dep_ in _RELATIVE:
                return True
            token = token.head
        return False
    return False


def _cooperation_agreed(sentence: list[Event], grouped: list[_Found], lang: str) -> list[Event]:
    """ "Agreed to expand security cooperation", "ont signé un accord de coopération
    militaire", "sont convenus de relancer la coopération": a deal whose content is
    cooperation is told, as analysts code it, as one realised COOPERATE of the parties that
    agreed, not an agreement beside a planned cooperation."""
    for deal in grouped:
        agreed = [
            e
            for e in sentence
            if _trigger_start(e) == deal.start
            and e.plover_type == "AGREE"
            and e.status == "realised"
        ]
        if not agreed:
            continue
        joint = next(
            (
                found
                for found in grouped
                if found.trigger.plover_type == "COOPERATE"
                and found.head.pos_ == "NOUN"
                and _governed_without_conj(found.head, deal.head)
            ),
            None,
        )
        told = [e for e in sentence if joint is not None and _trigger_start(e) == joint.start]
        if not told and not _cooperation_noun(deal.head, lang):
            continue
        coded_as = told[0] if told else None
        sentence = [e for e in sentence if e not in told]
        sentence = [
            replace(
                e,
                plover_type="COOPERATE",
                plover_mode=None,
                acled_subtype="Other",
                actor2=e.actor2 or (coded_as.actor2 if coded_as else None),
            )
            if e in agreed
            else e
            for e in sentence
        ]
    return sentence


# Dependencies that open a clause of its own: a cooperation told there is not the deal's content.
_OTHER_CLAUSES = frozenset({"conj", "relcl", "acl:relcl", "advcl", "ccomp", "parataxis"})


def _governed_without_conj(token: Any, governor: Any) -> bool:
    """Whether ``governor`` heads ``token`` through objects and complements, not through a
    second clause ("signed a deal and launched joint patrols", "a deal under which
    officers will train…"). A cooperation verb ("agreed to work together to end the
    violence") is a settlement's means, so only a cooperation noun counts."""
    node = token
    for _ in range(6):
        if node.i == governor.i:
            return True
        if node.dep_ in _OTHER_CLAUSES or node.head.i == node.i:
            return False
        node = node.head
    return False


def _cooperation_noun(head: Any, lang: str) -> bool:
    """ "un accord de coopération sécuritaire", "un protocole d'accord de coopération",
    "a memorandum of understanding on security cooperation": the agreement noun the deal
    verb governs is qualified, directly or through the agreement's own name, by a noun the
    lexicon reads as cooperation."""
    lexicon = triggers(lang)
    nouns = [head, *(c for c in head.children if c.dep_ in ("obj", "dobj"))]
    for noun in nouns:
        for word in _qualifying_nouns(noun):
            rows = lexicon.get((fold_text(word.lemma_),), [])
            if any(row.plover_type == "COOPERATE" for row in rows):
                return True
    return False


# How a noun qualifies another: "accord de coopération" (nmod), "security cooperation"
# (compound), "memorandum of understanding on cooperation" (prep, then pobj).
_QUALIFIER_LINKS = frozenset({"nmod", "compound", "prep", "pobj"})


def _qualifying_nouns(noun: Any, depth: int = 4) -> list[Any]:
    """The nouns that qualify ``noun``, and those that qualify them, ``depth`` links down
    (a preposition is a link): "protocole d'accord de coopération" reaches "coopération"
    through "accord", "memorandum of understanding on cooperation" through "of
    understanding on"."""
    found: list[Any] = []
    for word in noun.children:
        if word.dep_ not in _QUALIFIER_LINKS:
            continue
        if word.pos_ == "NOUN":
            found.append(word)
        if depth > 1 and word.pos_ in ("NOUN", "ADP"):
            found.extend(_qualifying_nouns(word, depth - 1))
    return found


def _trigger_start(event: Event) -> int:
    return next((e.start for e in event.evidence if e.field == "trigger"), -1)


_VIOLENT_TYPES = frozenset({"Battles", _REMOTE, "Violence against civilians", "Riots"})


def _add_toll(
    events: list[Event],
    outcome: Event,
    context: _Context | None = None,
    *,
    crowds: bool = False,
    hangs_on: int | None = None,
) -> bool:
    """Give the violent event of ``events`` told nearest the outcome (or the one whose verb
    starts at ``hangs_on``, that a participle toll hangs on) its toll; False when
    there is none. ``context`` is given when ``events`` are earlier sentences' (kept in
    ``context.events``). With ``crowds``, a protest can take the toll too ("One protester
    was wounded"): deaths at a protest make it excessive force against protesters."""
    violent = [
        event
        for event in events
        if event.acled_type in _VIOLENT_TYPES
        or event.acled_subtype == "Excessive force against protesters"
    ]
    if not violent and crowds:
        violent = [event for event in events if event.acled_type == "Protests"]
    # Deaths come from an assault or a riot, not from the abduction told beside it
    # ("attaqué le village, tuant huit habitants et en enlevant quinze").
    # Nor from the rapes told beside the killing ("raping aid workers and killing a
    # journalist"): analysts code the killing apart.
    violent = [
        event
        for event in violent
        if event.plover_type != "COERCE" and event.acled_subtype != "Sexual violence"
    ] or violent
    if context is not None:
        # "…, where government forces and Druze fighters have been fighting since Sunday.
        # The health ministry said three people were killed": a later toll is the main
        # deed's, not that of a clash told aside in a relative clause.
        violent = [e for e in violent if not _told_aside(e, context)] or violent
    at = _trigger_start(outcome)
    event = next((e for e in violent if _trigger_start(e) == hangs_on), None) or min(
        violent, key=lambda e: abs(_trigger_start(e) - at), default=None
    )
    if event is None:
        return False
    if context is not None and _toll_of_another_deed(outcome, event):
        return False
    toll = outcome.quantities["fatalities"]
    updated = replace(event, evidence=(*event.evidence, *_toll_evidence(outcome)))
    if toll is not None and context is not None and _other_side_s_dead(event, outcome, context):
        # "…, tuant 11 soldats ; l'armée affirme que 24 assaillants ont été tués": both count.
        updated = replace(
            updated,
            quantities={**event.quantities, "fatalities": event.quantities["fatalities"] + toll},
        )
    if event.quantities["fatalities"] is None and toll is not None:
        updated = replace(updated, quantities={**event.quantities, "fatalities": toll})
        if toll > 0 and event.acled_type == "Protests":
            updated = replace(
                updated,
                plover_type="ASSAULT",
                plover_mode=None,
                acled_subtype="Excessive force against protesters",
            )
    if context is None and _attack_answered_by_the_force_hit(event, outcome):
        # "six soldats tués dans une attaque de Boko Haram …, l'état-major affirme avoir tué
        # une vingtaine d'assaillants": one fight, the attackers' (with both sides' dead).
        # Each side's dead, unless both already read the sentence's whole toll.
        deaths = list({n for n in (event.quantities["fatalities"], toll) if n is not None})
        events[events.index(event)] = replace(
            updated,
            actor1=outcome.actor1,
            actor2=event.actor1,
            quantities={**event.quantities, "fatalities": sum(deaths) if deaths else None},
        )
        return True
    hit = event.actor2.canonical_id if event.actor2 is not None else None
    if event.actor1 is None and outcome.actor1 is not None and outcome.actor1.canonical_id != hit:
        claimed = [e for e in outcome.evidence if e.field == "actor1"]
        updated = replace(updated, actor1=outcome.actor1, evidence=(*updated.evidence, *claimed))
    target = context.events if context is not None else events
    target[target.index(event)] = updated
    return True


def _toll_of_another_deed(outcome: Event, event: Event) -> bool:
    """ "The army said it killed 20 militants in Borno on Monday. Three soldiers were
    killed in an ambush by ISWAP near Bama on Tuesday": a toll told with its own doer,
    of the other side, at another place or on another day is no outcome of the deed
    told before."""
    if outcome.actor1 is None or event.actor1 is None or outcome.actor1.kind != "armed_group":
        return False
    if not _opposed(outcome.actor1, event.actor1):
        return False
    elsewhere = (
        outcome.place is not None and event.place is not None and not _same_place(outcome, event)
    )
    other_day = outcome.date.date_start is not None and _day_key(outcome) != _day_key(event)
    return elsewhere or other_day


def _attack_answered_by_the_force_hit(event: Event, outcome: Event) -> bool:
    """Whether the toll of an armed group's attack joins the kills the state force it hit
    claims in the same sentence: the fight is the group's."""
    attacker, force, hit = outcome.actor1, event.actor1, outcome.actor2
    return (
        attacker is not None
        and force is not None
        and hit is not None
        and attacker.kind == "armed_group"
        and force.kind in _FORCES
        and _side_of(hit) == _side_of(force)  # the group's attack hit that force
        and outcome.plover_type == event.plover_type == "ASSAULT"
    )


def _opposed(actor: ActorMention, other: ActorMention) -> bool:
    """Two sides: an armed group and a state's forces (whatever country the group is of),
    or two states."""
    kinds = {actor.kind, other.kind}
    if "armed_group" in kinds and kinds & _FORCES:
        return True
    return _side_of(actor) != _side_of(other)


_CHARS_AFTER_A_TOLL = 20


def _other_side_s_dead(event: Event, outcome: Event, context: _Context) -> bool:
    """Whether a later toll counts the other side's dead (the attackers after the soldiers),
    not the same dead again: each names whose dead it counts, and they differ."""
    if event.quantities["fatalities"] is None:
        return False
    sides = _SidesOfDead(context.parsed.article.text, context.lang)
    whose = {sides.of(event), sides.of(outcome)}
    return len(whose) == 2 and None not in whose


def _toll_evidence(outcome: Event) -> list[Evidence]:
    return [e for e in outcome.evidence if e.field in ("fatalities", "trigger")]


def _accents_agree(written: str, token: Any) -> bool:
    """Matching is accent-blind so that text stripped of accents still matches, but a word
    whose accents the trigger lacks is another word ("marché" is a market, not a march)."""
    if written != fold_text(written):
        return True
    forms = (token.text.lower(), token.lemma_.lower())
    return any(form == fold_text(form) or form == written for form in forms)


def _without_acted_on(found: list[_Found]) -> list[_Found]:
    """A noun trigger that is what another trigger acts on is its target, not an event of its
    own ("bombardé un rassemblement", "dispersed the protest", "condemned the attack")."""
    joining = {
        item.head.i for item in found if fold_text(item.head.lemma_) in _JOINING
    }  # "joined a national strike": the strike is the event, joining it is taking part
    found = [
        item
        for item in found
        if item.head.i not in joining
        or not any(other.head.head.i == item.head.i for other in found if other is not item)
    ]
    found = _releases_brokered(found)
    heads = {item.head.i for item in found}
    return [
        item
        for item in found
        if _brokered_release(item, found) is not None
        or (
            not _in_object_of(
                item.head, heads, item.trigger.lang, askable=item.trigger.plover_type in _ASKABLE
            )
            and not _aid_attacked(item, found)
        )
    ]


def _brokered_release(item: _Found, found: list[_Found]) -> _Found | None:
    """ "Qatar mediated the release of 12 hostages held by Hamas", "a négocié la libération
    de quatre Américains": the mediation whose object is a release noun, if any."""
    if not _a_release_noun(item) or item.head.dep_ not in ("obj", "dobj"):
        return None
    if not (_holder_of_the_freed(item, item.trigger.lang) or _release_agent(item.head)):
        return None  # "mediated the release of 12 hostages": no captor named, the mediation
    return next(
        (
            other
            for other in found
            if other.trigger.plover_type == "CONSULT" and other.head.i == item.head.head.i
        ),
        None,
    )


# Verbs of brokering a deed between others: "mediated the release", "a négocié la libération".
_BROKERING = frozenset({"mediate", "broker", "negotiate", "negocier", "facilitate", "faciliter"})


def _brokered_by_its_verb(found: _Found) -> bool:
    """ "Oman mediated the release of a French national": a release noun the object of a
    verb of brokering, whose subject is the go-between."""
    head = found.head
    return (
        _a_release_noun(found)
        and head.dep_ in ("obj", "dobj")
        and fold_text(head.head.lemma_) in _BROKERING
    )


def _releases_brokered(found: list[_Found]) -> list[_Found]:
    """A mediation told only as the means of a release is the release's setting, no
    meeting of its own ("Qatar mediated the release of …", as "grâce à une médiation du
    Qatar"): analysts code the release, by the captor."""
    brokers = {b.head.i for item in found if (b := _brokered_release(item, found)) is not None}
    return [item for item in found if item.head.i not in brokers]


_SUBJECT_RELATIONS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def _aid_attacked(item: _Found, found: list[_Found]) -> bool:
    """ "Un convoi humanitaire a été attaqué", "an aid convoy came under fire": aid that a
    deed of violence befell in its own clause is its target, no delivery of aid."""
    if item.trigger.plover_type != "AID" or item.head.dep_ not in _SUBJECT_RELATIONS:
        return False
    return any(
        other.head.i == item.head.head.i
        and other.trigger.plover_type in ("ASSAULT", "COERCE")
        and (args.is_passive(other.head) or _undergone(other.head, other.trigger.lang) is not None)
        for other in found
    )


# Links from a noun up to the verb whose object it is part of: "shot down 21 drones and
# missiles", "seized a cache of explosives and rockets".
_OBJECT_PATH = frozenset({"obj", "dobj", "conj", "pobj", "prep", "nmod"})


def _a_clause_of_its_own(verb: Any, announcing: frozenset[str]) -> bool:
    """A verb between a noun trigger and another trigger that makes the noun no target of
    the latter: a verb of saying ("a rejeté … et annoncé la rupture") or one with a subject
    of its own ("a rejeté l'appel, et l'armée a mené des frappes"); not "took control of
    the base and began a march", where the march is what the first deed leads to."""
    if fold_text(verb.lemma_) in announcing:
        return True
    return any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in verb.children)


# Verbs that start what their object names: coordinated with a deed, they go on with it
# ("took control of the base and began a march", "targeted bandits and opened an inquiry").
_STARTING_VERBS = frozenset(
    {"begin", "start", "open", "launch", "commencer", "debuter", "ouvrir", "lancer", "entamer"}
)


def _a_deed_of_its_own(verb: Any) -> bool:
    """A verb, no trigger itself, coordinated with a trigger: its object is what it acts on,
    not the trigger's target ("a démenti que les soldats aient tiré et a prolongé l'état
    d'exception", "a rompu ses relations … et a exprimé son entière solidarité"); not a verb
    that starts what it names."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "conj"
        and verb.head.pos_ in ("VERB", "AUX")
        and fold_text(verb.lemma_) not in _STARTING_VERBS
    )


def _in_object_of(noun: Any, heads: set[int], lang: str, *, askable: bool = False) -> bool:
    """Whether a noun trigger lies in the object of another trigger (what it acts on); not
    when it is what a verb of saying or another clause coordinated with it tells, nor, when
    ``askable``, what a coordinated verb of asking asks for."""
    announcing = reporting_verbs(lang)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if _dated_fight(noun):
        return False  # "un couvre-feu après des affrontements entre…": when, not what
    node, through_object = noun, False
    for _ in range(4):
        if node.dep_ not in _OBJECT_PATH or node.head.i == node.i:
            return False
        through_object = through_object or node.dep_ in ("obj", "dobj")
        node = node.head
        if node.i in heads:
            return through_object
        if through_object and node.pos_ == "VERB" and _a_clause_of_its_own(node, announcing):
            return False  # "a rejeté des mesures et annoncé la rupture": what it announces
        if through_object and _a_deed_of_its_own(node):
            return False  # "a démenti … et a prolongé l'état d'exception": a second deed
        if askable and through_object and node.dep_ == "conj" and _is_request(node, lang):
            return False  # "a démenti toute implication et réclamé la libération": asked for
        if through_object and node.dep_ == "conj" and "proposed" in _cue_statuses(node, lang):
            return False  # "a démenti et a proposé la création d'un mécanisme": put forward
    return False


# Verbs of taking part: their object trigger is the event, not their target.
_JOINING = frozenset({"join", "rejoindre", "participer", "joindre"})


# Nouns that count or group events rather than name something else: "une série de frappes",
# "a wave of attacks", "quatre jours de combats".
_COLLECTIVES = frozenset(
    {
        "serie",
        "vague",
        "salve",
        "dizaine",
        "centaine",
        "millier",
        "jour",
        "nuit",
        "semaine",
        "heure",
        "mois",
        "series",
        "wave",
        "barrage",
        "salvo",
        "dozen",
        "dozens",
        "hundreds",
        "day",
        "night",
        "week",
        "hour",
        "month",
        "number",
        "nombre",
        "suite",
        "flambee",
        "escalade",
        "reprise",
        "recrudescence",
        "spate",
        "string",
        "round",
        "cycle",
        "douzaine",
        "paquet",
        "package",
        "journee",
        "soir",
        "soiree",
        "batch",
        "train",
        "hundred",
        "thousand",
        "thousands",
        # Nouns of enacting a measure, which is the event itself: "l'instauration d'un
        # couvre-feu", "the imposition of a curfew".
        "instauration",
        "imposition",
        "proclamation",
    }
)
# Nouns of using a means, the event itself only as the object of a light verb: "a fait
# usage de canons à eau", "ont eu recours aux gaz lacrymogènes", "made use of tear gas"
# (not "les restrictions sur l'usage de leurs missiles").
_MEANS_USED = frozenset({"usage", "recours", "use"})
_LIGHT_VERBS = frozenset({"faire", "avoir", "make"})
# A verb and its object that together say "report" ("faire état de", "make mention of"):
# the noun after them is the deed reported, no background.
_REPORTING_PHRASES = frozenset({("faire", "etat"), ("faire", "mention"), ("make", "mention")})


# Prepositions that set a noun trigger before or after the clause's event: "after several
# days of air strikes", "après des mois de combats", "depuis l'offensive".
_BACKGROUND_CASES = frozenset({"after", "following", "since", "before", "apres", "depuis", "avant"})


def _names_an_existing_agreement(found: _Found, lang: str) -> bool:
    """ "conformément à l'accord de Sotchi", "under the deal", "extend the grain deal": an
    agreement noun not made by its verb (``events/agreement_verbs.tsv``) and not asked for,
    proposed or refused (a status cue) names an agreement already in force."""
    head = found.head
    if found.trigger.plover_type != "AGREE" or head.pos_ != "NOUN":
        return False
    verb = next((t for t in args.ancestors(head, 3) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    lemma = fold_text(verb.lemma_)
    return lemma not in agreement_verbs(lang) and not (
        _cue_statuses(verb, lang) or _is_request(verb, lang)
    )


# Verbs by which a clause comes after an earlier statement it names ("The talks followed
# Ankara's threat").
_FOLLOWING_VERBS = frozenset({"follow", "suivre"})


def _statement_followed(found: _Found) -> bool:
    """ "The talks followed Ankara's threat of a new offensive": a statement that what the
    clause tells came after is its background, no statement of the report."""
    head = found.head
    return (
        found.trigger.plover_type not in _ACTION_TYPES
        and head.pos_ == "NOUN"
        and head.dep_ in ("obj", "dobj")
        and fold_text(head.head.lemma_) in _FOLLOWING_VERBS
    )


def _without_background(
    found: list[_Found], lang: str, recent: set[int] | frozenset[int] = frozenset()
) -> list[_Found]:
    """Triggers less the nouns that date another deed of their clause: "took control of
    Kidal after several days of air strikes". A toll is no such deed: in "five soldiers
    were killed after an attack", the attack is the event; nor is a deed of a recent day
    told with its doer or toll (``recent``, by head index): "two days after an attack by
    M23 rebels"."""
    deeds = [f for f in found if f.head.pos_ in ("VERB", "AUX") and not _is_outcome(f, lang)]
    return [
        f
        for f in found
        if not _presence_since(f)
        and not _taking_since(f)
        and not (
            _background(f)
            and f.head.i not in recent
            and not _coercion_told_in_full(f, lang)
            and any(
                _governs(d.head, f.head, 8) and not _fight_behind_a_measure(f, d)
                for d in deeds
                if d is not f
            )
        )
    ]


def _taking_since(found: _Found) -> bool:
    """ "Depuis la prise de Goma par le M23 en janvier, …", "après la prise de Bunagana":
    a taking told by its noun behind "after"/"since" dates the report's news, whatever the
    clause's verb; a verb of taking stays the news."""
    return found.trigger.needs == "place" and found.head.pos_ == "NOUN" and _background(found)


def _coercion_told_in_full(found: _Found, lang: str) -> bool:
    """ "a exigé sa libération après son interpellation mercredi par la police", "protests
    followed the arrest on Sunday of the mayor by police": an arrest, raid or abduction
    noun behind "après"/"after" that carries its own weekday or its own agent is a deed of
    the report, not the background of its clause."""
    head = found.head
    if found.trigger.plover_type != "COERCE" or head.pos_ != "NOUN":
        return False
    end = next((t.i for t in head.doc[head.i :] if t.pos_ == "PUNCT"), len(head.doc))
    phrase = [t for t in head.subtree if head.i < t.i < end]
    days = weekday_names(lang)
    return any(
        fold_text(t.text) in days
        or (fold_text(t.text) in args.BY_WORDS and t.dep_ in ("case", "prep", "agent"))
        for t in phrase
    )


# Prepositions naming the two sides of a fight on its noun: "clashes between X and Y".
_BETWEEN = frozenset({"between", "entre"})


def _sides_named_on_the_noun(noun: Any) -> bool:
    """A fight noun with a "between"/"entre" phrase naming its sides."""
    return noun.pos_ == "NOUN" and any(
        fold_text(c.text) in _BETWEEN
        or any(fold_text(g.text) in _BETWEEN for g in c.children if g.dep_ == "case")
        for c in noun.children
    )


def _dated_fight(noun: Any) -> bool:
    """A fight noun naming its sides in an "after"/"après" phrase the parser hung on another
    noun ("un couvre-feu après des affrontements entre X et Y"): it dates that noun's deed,
    and is neither what that deed acts on nor a kind of it."""
    return args.led_by(noun, _BACKGROUND_CASES) and _sides_named_on_the_noun(noun)


def _fight_behind_a_measure(fight: _Found, deed: _Found) -> bool:
    """ "imposed a curfew after heavy clashes between the Brigade 444 and the Rada force",
    "a décrété un couvre-feu après des affrontements entre deux milices": a fight whose
    sides are named, behind a measure that is no violence of its own, is the report's
    battle; "took the town after fighting between…" stays the taking's background, and "a
    rally after a week of clashes between militias" tells a period, no event."""
    if fight.trigger.plover_type != "ASSAULT" or deed.trigger.plover_type == "ASSAULT":
        return False
    return fight.trigger.acled_type == "Battles" and _dated_fight(fight.head)


# Prepositions dating a presence from a move: "depuis son déploiement en 2013", "since
# their deployment".
_SINCE = frozenset({"since", "depuis"})


def _presence_since(found: _Found) -> bool:
    """ "La force, présente depuis son déploiement en 2014", "since their withdrawal in
    2022": a deployment or withdrawal noun dating a presence or absence is background,
    whatever the clause's verb."""
    node = found.head
    if found.trigger.plover_type not in _FORCES_DEEDS or node.pos_ != "NOUN":
        return False
    return args.led_by(node, _SINCE)


def _background(found: _Found) -> bool:
    """A noun trigger inside a phrase led by "after", "après", "depuis"…"""
    node = found.head
    if node.pos_ not in ("NOUN", "PROPN"):
        return False
    for _ in range(4):
        # "imposed sanctions following the crackdown": the parser may tag the preposition
        # a verb.
        if fold_text(node.text) in _BACKGROUND_CASES and node.dep_ == "prep":
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        if any(
            c.dep_ in ("case", "mark") and fold_text(c.text) in _BACKGROUND_CASES
            for c in node.children
        ):
            return True
        if _in_the_wake(node):
            return True
        node = node.head
    return False


def _in_the_wake(noun: Any) -> bool:
    """ "a imposé des sanctions à la suite de la répression": "à la suite de" dates the
    deed it leads as "après" does."""
    return fold_text(noun.text) == "suite" and any(
        c.dep_ == "case" and fold_text(c.text) == "a" for c in noun.children
    )


# Words of a search of homes or offices ("perquisition", "searched homes").
_SEARCHES = frozenset({"perquisition", "perquisitionner", "search"})


def _without_searches_in_a_deed(found: list[_Found]) -> list[_Found]:
    """A search told as the moment of another deed of its sentence ("tué lors d'une
    perquisition", "shot dead a man while searching homes", "arrested three men during a
    search") is that deed's circumstance, no event of its own."""
    return [
        f
        for f in found
        if not (
            f.trigger.words[0] in _SEARCHES
            and any(_governs(d.head, f.head, 4) for d in found if d is not f)
        )
    ]


# Words of being held, as against being taken: "est détenu depuis", "remains in detention".
_HELD = frozenset({"detenir", "detention", "detain", "emprisonner", "incarcerer", "imprison"})
# Words that tell a state going on: "reste détenu", "est toujours détenu", "remains in detention".
_STILL = frozenset({"rester", "demeurer", "toujours", "remain", "still"})
_RECENT = frozenset({"hier", "yesterday", "weekend", "week-end"})


# Sub-types of people taken: an arrest or abduction dated to an earlier year is background.
_TAKINGS = frozenset({"Arrests", "Abduction/forced disappearance"})


def _detention_behind(found: _Found, context: _Context) -> bool:
    """An arrest told as background is no event: a detention going on ("est détenu depuis",
    "détenu depuis juin", "remains in detention", "est toujours détenu") or an arrest dated
    to an earlier year than the report ("l'opposant, arrêté en 2019", "who was arrested in
    2021", "après son arrestation en 2019"), and so is an abduction of an earlier year ("who
    was abducted in 2019, is still missing"). "Detained since his arrest on Monday" keeps
    the arrest it names."""
    if found.trigger.acled_subtype not in _TAKINGS:
        return False
    head = found.head
    chain = [head, *args.ancestors(head, 2)]
    if fold_text(head.lemma_) in _HELD:
        near = [t for node in chain[:2] for t in node.children] + chain[1:]
        if any(fold_text(t.lemma_) in _STILL for t in near):
            return True
        for word in near:
            if fold_text(word.text) in _SINCE:
                told = [t for t in word.children if t.pos_ in ("NOUN", "PROPN")]
            elif any(fold_text(c.text) in _SINCE for c in word.children if c.dep_ == "case"):
                told = [word]
            else:
                continue
            recent = weekday_names(context.lang) | _RECENT
            if not any(
                (fold_text(t.lemma_),) in triggers(context.lang) or fold_text(t.lemma_) in recent
                for t in told
            ):
                return True  # "détenu depuis (juin)", not "since his arrest", "depuis lundi"
    day = context.reference.day
    if day is None or head.pos_ not in ("VERB", "AUX", "NOUN"):
        return False  # "Après l'arrestation de son fils en 2019", "following his arrest in 2021"
    return _dated_to_an_earlier_year([head], day.year)


def _move_of_an_earlier_year(found: _Found, context: _Context) -> bool:
    """ "The withdrawal of French troops from Mali in 2022 left a vacuum", "le retrait des
    forces françaises du Mali en 2022": a move of forces dated to an earlier year than the
    report is background, not news."""
    day = context.reference.day
    head = found.head
    if day is None or found.trigger.plover_type not in _FORCES_DEEDS or head.pos_ != "NOUN":
        return False
    # "The withdrawal … in 2022 left a vacuum": the parser dates the noun's verb.
    dated = [head, head.head] if head.dep_ == "nsubj" else [head]
    return _dated_to_an_earlier_year(dated, day.year, skip=_SUBJECTS_AND_OBJECTS)


def _measure_of_an_earlier_year(found: _Found, context: _Context) -> bool:
    """ "Le couvre-feu, instauré en 2020, reste en vigueur", "the ban on parties, imposed in
    2023, remains in force": a measure noun whose participle dates it to an earlier year
    than the report is one in force, not news."""
    day = context.reference.day
    head = found.head
    if day is None or head.pos_ != "NOUN" or found.trigger.plover_type not in _MEASURE_TYPES:
        return False
    told = [c for c in head.children if c.dep_ in ("acl", "amod") and c.pos_ == "VERB"]
    return bool(told) and _dated_to_an_earlier_year(told, day.year)


# Types of the measures a state imposes, dated by a participle on their noun.
_MEASURE_TYPES = frozenset({"COERCE", "SANCTION"})


# A verb's subjects and objects: a year inside them dates a party, not the verb's deed.
_SUBJECTS_AND_OBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"})


def _dated_to_an_earlier_year(
    nodes: list[Any], report_year: int, *, skip: frozenset[str] = frozenset()
) -> bool:
    """Whether a four-digit year before the report's stands among the nodes' phrases or
    their words ("arrêté en 2019", "the withdrawal … in 2022"): background, not news."""
    return any(
        1900 < int(t.text) < report_year
        for node in nodes
        for c in node.children
        if c.dep_ not in skip
        for t in (c, *c.children)
        if t.like_num and len(t.text) == 4 and t.text.isdigit()
    )


_RELATIVE = frozenset({"relcl", "acl:relcl"})
_WHERE = frozenset({"where", "ou", "when", "quand", "lorsque"})


# Verbs of refusal whose infinitive tells a party's stance, not a deed: "who refuse to lay
# down their arms", "qui refusent de déposer les armes".
_REFUSALS = frozenset({"refuse", "refuser", "reject", "decline"})


# Words of a court case: a crime they govern is what someone is charged with or tried for.
_COURT_WORDS = frozenset(
    {
        "charge",
        "trial",
        "try",
        "convict",
        "sentence",
        "indict",
        "prosecute",
        "juger",
        "inculper",
        "condamner",
        "proces",
        "inculpation",
    }
)


def _crime_before_a_court(found: _Found) -> bool:
    """ "on trial on treason and murder charges", "charged with murder", "jugé pour
    meurtre": a violent noun a court case governs names the charge, not a deed of the
    report (the charge itself may be an event: COERCE, ACCUSE)."""
    if found.trigger.plover_type != "ASSAULT" or found.head.pos_ != "NOUN":
        return False
    node = found.head
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if fold_text(node.lemma_) in _COURT_WORDS:
            return True
    return False


# Words that make a retreat the moment another deed struck: "as they withdrew", "alors
# qu'ils se repliaient", "in their retreat", "dans leur repli", "lors de leur retrait".
_AS_THEY = frozenset({"as", "while", "alors", "tandis", "pendant", "during", "lors", "dans", "in"})


def _without_retreats_struck(found: list[_Found]) -> list[_Found]:
    """ "Troops struck the attackers as they withdrew", "des frappes contre les assaillants
    dans leur repli": the withdrawal is when the strike hit, no event of its own."""
    heads = [item.head for item in found if item.trigger.plover_type == "ASSAULT"]
    # "a mené des frappes … dans leur repli": the verb a deed noun hangs on, too.
    deeds = {head.i for head in heads} | {h.head.i for h in heads if h.pos_ != "VERB"}
    if not deeds:
        return found
    return [item for item in found if not _retreat_at_a_deed(item, deeds)]


def _without_deeds_naming_the_doer(found: list[_Found]) -> list[_Found]:
    """ "Israeli troops raiding Jenin shot dead a boy": a participle on the subject of a
    violent verb tells the same deed, not a second one."""
    verbs = {
        item.head.i
        for item in found
        if item.trigger.plover_type == "ASSAULT" and item.head.pos_ == "VERB"
    }
    return [
        item
        for item in found
        if not (
            item.trigger.plover_type == "ASSAULT"
            and item.head.dep_ == "acl"
            and item.head.head.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
            and item.head.head.head.i in verbs
        )
    ]


def _retreat_at_a_deed(item: _Found, deeds: set[int]) -> bool:
    head = item.head
    if item.trigger.plover_type != "RETREAT" or head.head.i not in deeds:
        return False
    if head.pos_ == "VERB":
        # "as they withdrew", "while retreating"; not "while Congolese soldiers surrendered".
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if any(not _is_pronoun([c]) for c in subjects):
            return False
        marks = [c for c in head.children if c.dep_ in ("mark", "advmod")]
        return head.dep_ == "advcl" and any(fold_text(m.text) in _AS_THEY for m in marks)
    cases = [c for c in head.children if c.dep_ == "case"]
    if head.dep_ == "pobj":
        cases.append(head.head)
    owned = any(fold_text(c.text) in _OWNERS for c in head.children)
    return owned and any(fold_text(c.text) in _AS_THEY for c in cases)


def _without_refused_deeds(found: list[_Found]) -> list[_Found]:
    """ "Hezbollah refused to hand over its weapons", "a refusé de livrer ses armes",
    "declined to meet the envoy": the refusal is the event (REJECT), as analysts code it;
    the move or statement refused is no negated event of its own. Violence refused stays
    told ("refused to attack" is rare and tells its own stance)."""
    refusals = {
        item.head.i
        for item in found
        if item.trigger.plover_type == "REJECT" and fold_text(item.head.lemma_) in _REFUSALS
    }
    return [
        item
        for item in found
        if item.trigger.plover_type in _DENIABLE
        or not (item.head.dep_ == "xcomp" and item.head.head.i in refusals)
    ]


def _refused_in_a_relative(verb: Any) -> bool:
    return (
        verb.dep_ == "xcomp"
        and verb.head.dep_ in _RELATIVE
        and fold_text(verb.head.lemma_) in _REFUSALS
    )


def _describes_a_party(found: _Found) -> bool:
    """A relative clause in the present or the present perfect tells what a party does or
    has done over time, no event: "the militia, which has fought government troops for a
    year", "a cartel which is fighting the CJNG", "qui combat l'armée depuis 2017", "the
    areas they have seized"."""
    verb = found.head
    if verb.pos_ == "NOUN":
        # "Boko Haram, which has used girls as suicide bombers for years": the noun's clause.
        verb = next((a for a in args.ancestors(verb, 3) if a.pos_ in ("VERB", "AUX")), verb)
    refused = _refused_in_a_relative(verb)
    if refused:
        verb = verb.head  # "fighters who refuse to lay down their arms": the party's stance
    if verb.pos_ != "VERB" or verb.dep_ not in _RELATIVE:
        return False
    if found.trigger.plover_type not in _ACTION_TYPES and not (
        refused and found.trigger.plover_type in _FORCES_DEEDS
    ):
        return False  # "the government, which accuses the UAE of…": still a statement
    if any(fold_text(c.text) in _WHERE for c in verb.children):
        return False  # "Sweida, where troops have been fighting since Sunday": a place's news
    if "Pres" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm"):
        return True  # "qui combat", "which controls"
    helpers = [c for c in verb.children if c.dep_ in ("aux", "aux:tense")]
    return any(
        "Pres" in c.morph.get("Tense") and fold_text(c.lemma_) in ("have", "be") for c in helpers
    )


# Nouns of setting something up: what hangs on them is the thing set up, the event itself
# ("la création d'une commission mixte", "the establishment of a joint mechanism").
_SET_UP_NOUNS = frozenset({"creation", "etablissement", "establishment", "formation"})
# Nouns that open or resume talks, which are then the ones proposed or announced: "a proposé
# l'ouverture d'un dialogue avec l'Inde", "announced the resumption of negotiations".
_TALKS_OPENED = frozenset(
    {"ouverture", "reprise", "tenue", "lancement", "opening", "resumption", "holding", "launch"}
)


# Prepositions of the means a deed used: "avec des mortiers", "with mortars".
_WITH = frozenset({"avec", "with"})


def _used_on_the_object(noun: Any, holder: Any) -> bool:
    """ "ont attaqué une base militaire à Afgoye avec des mortiers": a weapon "avec"/"with"
    the parser hung on the verb's object is the means of the verb's deed, not a kind of
    the object."""
    cases = {fold_text(c.text) for c in noun.children if c.dep_ == "case"}
    if noun.dep_ == "pobj":
        cases.add(fold_text(noun.head.text))
    return bool(cases & _WITH) and holder.dep_ in ("obj", "dobj") and holder.head.pos_ == "VERB"


def _qualifies_a_noun(found: _Found) -> bool:
    """A noun trigger hanging on another noun is background ("le début de l'invasion",
    "une enquête sur les tueries", "the anniversary of the massacre"), unless that noun only
    counts or groups events ("une série de frappes"); so is one that names a kind of thing
    ("a detention centre", "attack helicopters")."""
    head = found.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if _dated_fight(head):
        return False  # "un couvre-feu après des affrontements entre X et Y": when, not what
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        word = fold_text(head.head.lemma_)
        return word not in found.trigger.words and (word,) not in triggers(found.trigger.lang)
    if _borne_by_a_measure(head):
        return True
    holder = _noun_holding(head)
    if holder is None:
        return False
    if fold_text(holder.lemma_) in _MEANS_USED and fold_text(holder.head.lemma_) in _LIGHT_VERBS:
        return False
    if owns_a_deed(holder) and status_of(head, found.trigger.lang)[0] == "denied":
        return False  # "denies any involvement in the drone strike": the deed denied
    if fold_text(holder.lemma_) in _SET_UP_NOUNS:
        return False  # "a proposé la création d'un mécanisme conjoint": the body set up
    if found.trigger.plover_type == "CONSULT" and fold_text(holder.lemma_) in _TALKS_OPENED:
        return False  # "a proposé l'ouverture d'un « dialogue global »": the talks proposed
    if (fold_text(holder.head.lemma_), fold_text(holder.lemma_)) in _REPORTING_PHRASES:
        return False  # "a fait état de 473 interpellations": the arrests reported
    if _misread_date(holder, head, found.trigger.lang):
        return False
    if found.trigger.acled_subtype in _SPECIFIC_SUBTYPES and _names_a_deed(holder, found):
        return False  # "une attaque à la voiture piégée": the weapon of the attack told
    if found.trigger.acled_subtype in _SPECIFIC_SUBTYPES and _used_on_the_object(head, holder):
        return False  # "ont attaqué une base militaire à Afgoye avec des mortiers"
    if _means_hung_on_the_object(head, holder):
        return False  # "killed about 30 assailants in an air strike": how they were killed
    lemma = fold_text(holder.lemma_)
    if _scene_of(head) is not None:
        return False  # "le camp a été la cible d'une attaque", "the scene of heavy fighting"
    if _a_round_number(lemma, found.trigger.lang):
        return False  # "une trentaine de roquettes": a count of the deeds, no background
    if found.trigger.plover_type == "AID" and _a_sum_given(holder):
        return False  # "announced 30 million euros in humanitarian aid": the aid given
    if lemma in _CLAIMED_AS_ONES_OWN:
        return False  # "claimed responsibility for the bombing": the bombing, claimed
    told_by = _HARM_NOUNS | _PICTURES
    # "des proches des victimes de l'explosion": victims of a deed remembered, not counted
    remembered = _noun_holding(holder) is not None
    if lemma in told_by and not _dated_before(head) and not remembered:
        return False  # "the death toll from Sunday's airstrike", "les victimes de l'attaque"
    return lemma not in _COLLECTIVES and not _rubric(holder)


# What aid is counted in: "30 million euros in humanitarian aid", "1,000 tonnes of food aid".
_SUMS = frozenset(
    {"euro", "dollar", "pound", "franc", "million", "billion", "milliard", "tonne", "ton"}
)


# Verbs by which a donor hands over a sum: "announced 30 million euros in aid".
_GIVING_SUMS = frozenset(
    {"announce", "approve", "allocate", "release", "give", "provide", "grant", "unveil"}
    | {"annoncer", "allouer", "accorder", "octroyer", "verser", "debloquer", "fournir"}
)


def _a_sum_given(holder: Any) -> bool:
    """ "The EU announced 30 million euros in humanitarian aid": a sum of aid a donor's verb
    hands over is the aid given; "Sudan needs 4 billion dollars in aid" gives none."""
    return (
        fold_text(holder.lemma_) in _SUMS
        and holder.dep_ in ("dobj", "obj")
        and fold_text(holder.head.lemma_) in _GIVING_SUMS
    )


# Measures that bear on a kind of deed: "a ban on rallies", "restrictions on protests".
_BEARING_MEASURES = frozenset({"ban", "restriction", "curb", "limit", "prohibition", "moratorium"})


def _borne_by_a_measure(noun: Any) -> bool:
    """ "Lifted the ban on opposition rallies": the parser hangs "on rallies" on the verb,
    not on "ban"; the rallies are what the ban bears on, no deed of the story."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("on", "against"):
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.i < prep.i and fold_text(c.lemma_) in _BEARING_MEASURES
        for c in verb.children
    )


# Pictures of a deed show it done: "footage of the Russian strike on the hypermarket", "des
# images de la frappe".
_PICTURES = frozenset({"footage", "video", "image", "photo", "photograph", "picture"})

# Nouns by which a party owns a deed: "claimed responsibility for the bombing", "a
# revendiqué la responsabilité de l'attaque", "la paternité de l'attentat".
_CLAIMED_AS_ONES_OWN = frozenset({"responsibility", "responsabilite", "paternite"})

# Nouns of the harm a deed did, which tell the deed as they count it: "the death toll from
# the airstrike", "le bilan du bombardement", "victims of the attack", "in the aftermath of
# a missile strike", "dozens of wounded from the shelling".
_HARM_NOUNS = frozenset(
    {
        "toll",
        "bilan",
        "victim",
        "victime",
        "survivor",
        "survivant",
        "casualty",
        "aftermath",
        "wounded",
        "blesse",
    }
)


# Prepositions of the deed a verb was done in: "killed 30 assailants in an air strike",
# "a tué dix jihadistes lors d'une frappe".
_DONE_IN = frozenset({"in", "during", "dans", "lors"})
# Determiners of a deed told for the first time: "in an air strike", "dans une frappe".
_FIRST_TOLD = frozenset({"a", "an", "un", "une", "de", "des", "du"})


def _means_hung_on_the_object(noun: Any, holder: Any) -> bool:
    """A deed in a phrase the parser hung on a verb's object rather than on the verb ("the
    army killed about 30 assailants in an air strike"): how the verb's deed was done."""
    if holder.dep_ not in ("dobj", "obj") or holder.head.pos_ != "VERB":
        return False
    case = (
        noun.head
        if noun.dep_ == "pobj"
        else next((c for c in noun.children if c.dep_ == "case"), None)
    )
    if case is None or fold_text(case.text) not in _DONE_IN:
        return False
    determiners = [c for c in noun.children if c.dep_ == "det"]
    return all(fold_text(d.text) in _FIRST_TOLD for d in determiners)


def _noun_holding(noun: Any) -> Any | None:
    """The noun a noun hangs on, directly ("le début de l'invasion") or through an English
    preposition ("the anniversary of the massacre"); None when it hangs on no noun."""
    if noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return None


def _dated_before(noun: Any) -> bool:
    """ "victims of the 1994 genocide", "les victimes du massacre de 2012": a deed of
    another year, told as history."""
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in noun.subtree)


# Nouns that, said of what was hit or where, tell the deed itself: "a été la cible d'une
# attaque", "a été le théâtre de violents combats", "was the target of a drone strike".
_SCENE_NOUNS = frozenset({"cible", "theatre", "objet", "victime", "target", "scene", "victim"})


def _predicate_noun(noun: Any) -> bool:
    """A noun said of the subject through a past copula ("a été la cible", "was the
    scene"); "la zone est le théâtre d'attaques régulières" tells what happens there."""
    copula = noun.head if noun.dep_ == "attr" else None
    if copula is None:
        copula = next((c for c in noun.children if c.dep_ == "cop"), None)
    return copula is not None and "Past" in copula.morph.get("Tense")


def _scene_of(noun: Any) -> Any | None:
    """The predicate noun of what was hit that a noun trigger hangs on ("l'armée a été la
    cible d'une attaque"), if any."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ == "nmod":
        holder = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        holder = noun.head.head
    else:
        return None
    scene = holder.pos_ == "NOUN" and fold_text(holder.lemma_) in _SCENE_NOUNS
    return holder if scene and _predicate_noun(holder) else None


def _undergone(noun: Any, lang: str) -> Any | None:
    """The verb by which its subject underwent the attack a noun trigger tells ("les FAMa
    ont subi une attaque", "est tombée dans une embuscade", "came under fire", "were caught
    in an ambush"; ``events/undergoing.tsv``), if any: that subject was hit, it did
    nothing."""
    phrases = undergoing_phrases(lang)
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "died in an Indian artillery barrage": the phrase's noun
    if noun.pos_ == "VERB" and noun.dep_ == "pobj":
        pass  # "lost five men in fighting with Fano", the gerund read as a verb
    elif _owner_split_from_gerund(noun, lang) is not None:
        return noun.head  # "came under Israeli shelling" parsed as "came under Israeli"
    elif noun.pos_ == "VERB":  # the phrase "came under fire", whose head is the verb
        told = any(
            c.dep_ == "prep"
            and (fold_text(noun.lemma_), fold_text(c.text)) in phrases
            and any(g.dep_ == "pobj" for g in c.children)
            for c in noun.children
        )
        return noun if told else None
    elif noun.pos_ != "NOUN":
        return None
    if noun.dep_ in ("obj", "dobj"):
        verb, prep = noun.head, "-"
    elif lang == "en" and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb, prep = noun.head.head, fold_text(noun.head.text)
    elif lang == "fr" and noun.dep_.startswith("obl"):
        case = next((c for c in noun.children if c.dep_ == "case"), None)
        verb, prep = noun.head, fold_text(case.text) if case is not None else ""
    else:
        return None
    if verb.pos_ != "VERB" or (fold_text(verb.lemma_), prep) not in phrases:
        return None
    return verb


def _owner_split_from_gerund(verb: Any, lang: str) -> Any | None:
    """The word naming whose attack it was when the parser split an undergone phrase at a
    gerund: "came under Israeli shelling" read as "came under Israeli" with "shelling" a
    clause of its own; "Israeli", the object just before the gerund."""
    if lang != "en" or verb.pos_ != "VERB" or verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    head = verb.head
    phrases = undergoing_phrases(lang)
    for prep in head.children:
        if prep.dep_ != "prep" or (fold_text(head.lemma_), fold_text(prep.text)) not in phrases:
            continue
        owner = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if owner is not None and owner.i == verb.i - 1 and owner.pos_ in ("PROPN", "ADJ"):
            return owner
    return None


def _undergoer_spans(noun: Any, offset: int, lang: str) -> list[tuple[int, int]]:
    """The subject of the verb by which it underwent a noun trigger's attack."""
    verb = _undergone(noun, lang)
    if verb is None:
        return []
    return [
        args.char_span(offset, list(c.subtree)) for c in verb.children if c.dep_.startswith("nsubj")
    ]


def _undergone_from(noun: Any, lang: str) -> list[Any]:
    """Who an undergone attack came from: the noun's "de"/"par"/"by"/"from" phrase or the
    verb's ("came under fire from TTP militants", "une attaque de l'État islamique au
    Sahel"), whole, down its own modifiers."""
    verb = _undergone(noun, lang)
    holders = [noun, verb] if verb is not None else [noun] if _scene_of(noun) is not None else []
    if verb is not None and verb is noun:
        holders += _nouns_undergone(verb)  # "came under fire from M23 rebels": on "fire"
    found: list[Any] = []
    for holder in holders:
        for child in holder.children:
            # "in fighting with Fano": the other side of a fight the subject lost men in.
            words = _FROM_WORDS | _WITH_WORDS if holder is noun else _FROM_WORDS
            if lang == "en" and child.dep_ in ("prep", "agent"):
                if fold_text(child.text) in words and (holder is verb or child.i > noun.i):
                    found.extend(child.subtree)
            elif lang == "fr" and child.dep_ in ("nmod", "obl:agent", "obl:mod", "obl"):
                case = next((c for c in child.children if c.dep_ == "case"), None)
                led = fold_text(case.text) if case is not None else ""
                if led in words and (holder is noun or led != "de"):
                    found.extend(child.subtree)
    if not found and verb is not None and verb is noun:
        found = _undergone_noun_modifiers(verb)
    if not found and (owner := _owner_split_from_gerund(noun, lang)) is not None:
        found = list(owner.subtree)  # "came under Israeli shelling": Israel's
    if not found and verb is not None and noun.dep_ == "compound":
        found = _noun_modifiers(noun.head)  # "died in an Indian artillery barrage"
    return sorted(found, key=lambda t: t.i)


def _nouns_undergone(verb: Any) -> list[Any]:
    """The attack nouns of a phrase of undergoing told by its verb: "fire" in "came under
    fire from M23 rebels", where the parser hangs the "from" phrase on the noun."""
    return [
        noun
        for prep in verb.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.pos_ == "NOUN"
    ]


def _attack_undergone_before(verb: Any, lang: str) -> Any | None:
    """The attack a present participle with no subject of its own follows up when the
    main clause tells it undergone ("les FARDC ont essuyé des tirs des ADF, tuant deux
    militaires", "came under fire, wounding three"): that attack's noun or verb."""
    if verb.pos_ != "VERB" or verb.dep_ != "advcl" or not args.participle_clause(verb):
        return None
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    if _owner_split_from_gerund(verb, lang) is not None:
        return None  # "came under Russian shelling" misparsed: the gerund is the attack
    main = verb.head
    if main.pos_ != "VERB":
        return None
    if _undergone(main, lang) is not None:
        return main
    return next(
        (c for c in main.children if c.pos_ == "NOUN" and _undergone(c, lang) is main), None
    )


def _attack_named_beside(verb: Any, offset: int, context: _Context) -> ActorMention | None:
    """ "Des militaires ont été tués lors d'une attaque de Boko Haram contre leur base",
    "were killed in an attack by al-Shabaab": a passive with no agent whose phrase names
    the attack it happened in; that attack's doer, by the noun's own modifiers."""
    deeds = deed_nouns(context.lang, "deed")
    phrases: list[Any] = []
    for child in verb.children:
        if child.dep_ == "prep":
            phrases.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_.startswith("obl"):
            phrases.append(child)
        elif child.dep_ == "advmod":  # "lors d'une attaque": the parser hangs it on "lors"
            phrases.extend(c for c in child.children if c.dep_.startswith("obl"))
    for noun in phrases:
        if noun.i < verb.i or noun.pos_ != "NOUN" or fold_text(noun.lemma_) not in deeds:
            continue
        # "de Boko Haram": a name the parser splits runs down the modifier's subtree.
        words = [w for t in _noun_modifiers(noun) if t.i != noun.i for w in t.subtree]
        if words:
            left, right = args.char_span(offset, words)
            return args.pick_actor(context.actors, left, right)
    return None


def _undergone_noun_modifiers(verb: Any) -> list[Any]:
    """ "came under Pakistani artillery fire", "came under Houthi drone attack": with no
    "from" phrase, the attack noun of the phrase says whose it was by its own modifiers."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (words := _noun_modifiers(noun)):
                return words
    return []


def _sides_not_hit(parties: list[ActorMention], noun: Any, offset: int) -> list[ActorMention]:
    """The sides of a fight but the one that underwent it ("the army lost five men in
    fighting with Fano militiamen": Fano's fighting)."""
    hit = _undergoer_spans(noun, offset, noun.doc.lang_)
    return [p for p in parties if not any(left <= p.start < right for left, right in hit)]


# The prepositions that lead who an undergone attack came from.
_FROM_WORDS = frozenset({"de", "d'", "d’", "du", "des", "par", "by", "from"})
_WITH_WORDS = frozenset({"avec", "with"})


def _hit_by(noun: Any, offset: int) -> list[tuple[int, int]]:
    """ "Deux soldats burkinabè ont été tués par une mine": the passive's subject is who the
    weapon named as its agent hit, never who laid it."""
    if noun.dep_ in ("obl:agent", "agent"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head  # "killed by a roadside bomb"
    else:
        return []
    if verb.pos_ != "VERB":
        return []
    return [
        args.char_span(offset, list(c.subtree))
        for c in verb.children
        if c.dep_ in ("nsubj:pass", "nsubjpass")
    ]


# Links a deed's words hang by on a clause that reports or tells apart: above them the
# passive is another's story ("the ministry, which was targeted last year, said").
_OWN_CLAUSE = frozenset({"relcl", "acl:relcl", "ccomp", "parataxis", "csubj", "ROOT"})


def _sufferer_spans(head: Any, offset: int) -> list[tuple[int, int]]:
    """The subjects of the passives a deed is told under: "Des soldats ont été tués dans
    l'explosion d'un engin", "Iraqi forces were targeted by a car bomb, killing three",
    "four soldiers were killed when militants ambushed a vehicle". Whoever was killed,
    targeted or hit underwent the deed; they are never the nearest doer before it. The walk
    up stops at a clause of its own and at an infinitive with no subject ("were repelled
    after attacking the base": the repelled did attack)."""
    spans: list[tuple[int, int]] = []
    node = head
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux:pass", "auxpass") for c in node.children
        ):
            spans.extend(
                args.char_span(offset, list(c.subtree))
                for c in node.children
                if c.dep_ in ("nsubj:pass", "nsubjpass")
            )
        if node.dep_ in _OWN_CLAUSE or node.head.i == node.i:
            break
        if node.pos_ in ("VERB", "AUX"):
            own = any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in node.children)
            if not (own or args.participle_clause(node)):
                break
        node = node.head
    return spans


def _scene_spans(noun: Any, offset: int) -> list[tuple[int, int]]:
    """What the copula of a scene noun is said of ("l'armée" in "l'armée a été la cible
    d'une attaque"): it was hit, it did nothing."""
    scene = _scene_of(noun)
    if scene is None:
        return []
    verb = scene.head if scene.dep_ == "attr" else scene
    return [
        args.char_span(offset, list(c.subtree)) for c in verb.children if c.dep_.startswith("nsubj")
    ]


def _a_round_number(lemma: str, lang: str) -> bool:
    """A noun that is an approximate number ("trentaine", "vingtaine", "dozen"), read off
    the vague counts of ``events/quantities.tsv`` ("une trentaine", "a dozen")."""
    words = quantity_words(lang)
    return any(words.get(f"{one} {lemma}", ("",))[0] == "vague" for one in ("un", "une", "a"))


def _misread_date(holder: Any, noun: Any, lang: str) -> bool:
    """ "a adopté lundi des sanctions", "Réunis dimanche en sommet": a weekday told between a
    verb and its object, on which the parser hangs the object; a date qualifies no noun."""
    return (
        holder.i < noun.i
        and holder.head.pos_ in ("VERB", "AUX")
        and fold_text(holder.lemma_) in weekday_names(lang)
    )


def _names_a_deed(noun: Any, found: _Found) -> bool:
    rows = triggers(found.trigger.lang).get((fold_text(noun.lemma_),), [])
    return any(row.plover_type == found.trigger.plover_type for row in rows)


def _rubric(noun: Any) -> bool:
    """ "Niger : 15 morts dans une attaque…", "Ituri : nouvelle incursion des ADF": a
    headline's place or topic before a colon, which the parser makes the head of the
    headline's noun phrases; they do not qualify it."""
    opening = noun.doc[noun.sent.start : noun.sent.start + _RUBRIC_WORDS + 1]
    colon = next((t.i for t in opening if t.text == ":"), None)
    if colon is None or noun.i > colon:
        return False
    return all(t.pos_ != "VERB" for t in opening[: colon - noun.sent.start])


# At most this many words in a headline's rubric ("République démocratique du Congo").
_RUBRIC_WORDS = 5


def _clause(token: Any) -> int:
    """Index of the verb heading a token's clause: triggers of one clause are one event."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "aux:pass", "cop"):
            return int(node.i)
        if node.head.i == node.i:
            break
        node = node.head
    return int(node.i)


def _strikes_told_by_their_toll(found: list[_Found]) -> list[_Found]:
    """A killing told in a relative clause of a remote strike ("in response to an Israeli
    strike that killed two of its fighters in south Lebanon", "une frappe de drone qui a tué
    trois civils") is that strike: the killing keeps its toll and its place, the strike
    gives the sub-type, not a clash read off the dead."""
    strikes = {
        item.head.i: item
        for item in found
        if item.trigger.acled_type == _REMOTE
        and item.trigger.acled_subtype in _SPECIFIC_SUBTYPES
        and item.head.pos_ == "NOUN"
    }
    told = []
    for item in found:
        strike = strikes.get(item.head.head.i)
        if strike is not None and _a_toll_of(item, strike):
            item = replace(item, trigger=_coded_as(item.trigger, strike.trigger))
        told.append(item)
    return told


def _in_its_relative_clause(
    found: _Found, offset: int, candidates: list[PlaceMention]
) -> list[PlaceMention]:
    """A strike told in a relative clause that names its own place happened there, not at
    the place of the main clause: "fired rockets at a base in the Galilee, in response to
    an Israeli strike that killed two of its fighters in south Lebanon"."""
    head = found.head
    if not (found.trigger.acled_type == _REMOTE and head.head.pos_ == "NOUN"):
        return candidates  # "la déclaration, qui soutient un État aux côtés d'Israël"
    if head.pos_ != "VERB" or head.dep_ not in _RELATIVE:
        return candidates
    words = list(head.subtree)
    # The parser may hang the clause's last words on the main clause ("une frappe qui a
    # tué deux de ses combattants dans le sud du Liban"): they run to the next punctuation.
    for token in head.doc[head.i + 1 : head.sent.end]:
        if token.is_punct:
            break
        words.append(token)
    left, right = args.char_span(offset, sorted(words, key=lambda t: t.i))
    own = [p for p in candidates if left <= p.start and p.end <= right]
    return own or candidates


def _in_its_own_clause(
    found: _Found, offset: int, candidates: list[PlaceMention]
) -> list[PlaceMention]:
    """A deed told in one of two clauses that each name their own doer happened at the
    place its own clause names: "Turkish drones struck SDF positions near Kobani, and the
    SDF shelled Turkish-backed factions near Manbij", "des dissidents ont attaqué une base
    dans le Cauca, et des rebelles de l'ELN ont fait sauter un oléoduc en Arauca"."""
    if found.trigger.plover_type != "ASSAULT":
        return candidates
    verb = _verb_telling_the_deed(found.head)
    if verb is None:
        return candidates
    others = [c for c in verb.children if _a_deed_clause_of_its_own(c)]
    if not others and not _a_deed_clause_of_its_own(verb):
        return candidates
    theirs = {t.i for other in others for t in other.subtree}
    spans = [(offset + t.idx, offset + t.idx + len(t)) for t in verb.subtree if t.i not in theirs]
    own = [
        p
        for p in candidates
        if p.lat is not None
        and p.feature != "country"
        and any(left <= p.start < right for left, right in spans)
    ]
    if own:
        return own
    # "struck targets in southern Lebanon, hours after the group fired rockets at Kiryat
    # Shmona": a country in its own clause still beats the town of the other deed.
    other_deeds = [
        (offset + t.idx, offset + t.idx + len(t)) for other in others for t in other.subtree
    ]
    return [
        p for p in candidates if not any(left <= p.start < right for left, right in other_deeds)
    ] or candidates


def _verb_telling_the_deed(head: Any) -> Any | None:
    """The verb whose clause tells the deed: the trigger itself, or the verb a trigger noun
    is the subject or object of ("des frappes ont tué", "a lancé une attaque")."""
    if head.pos_ == "VERB":
        return head
    if head.dep_ in _SUBJECTS_AND_OBJECTS and head.head.pos_ == "VERB":
        return head.head
    return None


def _a_deed_clause_of_its_own(verb: Any) -> bool:
    """A verb joined to another by "and"/"et"/"while" that has a subject of its own: "…,
    and the SDF shelled …", "tandis que des miliciens ont attaqué …"."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ in ("conj", "advcl")
        and verb.head.pos_ == "VERB"
        and any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") for c in verb.children)
    )


def _a_toll_of(item: _Found, strike: _Found) -> bool:
    """ "the strike that killed", "la frappe qui a tué": a killing verb relative to the
    strike noun."""
    head = item.head
    return (
        head.pos_ == "VERB"
        and head.dep_ in _RELATIVE
        and item.trigger.plover_type == "ASSAULT"
        and item.trigger.acled_type != _REMOTE
        and fold_text(head.lemma_) in killing_lemmas(item.trigger.lang)
    )


def _coded_as(trigger: Trigger, strike: Trigger) -> Trigger:
    """The killing's trigger with the strike's coding."""
    return replace(
        trigger,
        plover_type=strike.plover_type,
        plover_mode=strike.plover_mode,
        acled_type=strike.acled_type,
        acled_subtype=strike.acled_subtype,
    )


def _group(found: list[_Found]) -> list[_Found]:
    """One trigger per PLOVER type and clause: the one with the most specific coding.
    Arrests beside another measure of the authorities ("a imposé un couvre-feu … et procédé
    à cinquante interpellations", "seized explosives and arrested two suspects") are kept
    apart: ACLED codes each."""
    measured = {_clause(item.head) for item in found if _coercive_measure(item.trigger)}
    best: dict[tuple[str, int, bool], _Found] = {}
    for item in found:
        # "In response to the shelling, jets struck …": the deed answered is another event.
        clause = -1 - item.head.i if _answered_deed(item.head) else _clause(item.head)
        arrest = item.trigger.acled_subtype == "Arrests" and clause in measured
        key = (item.trigger.plover_type, clause, arrest)
        current = best.get(key)
        if current is not None and _weapon_of_a_fight(current, item):
            continue
        if (
            current is None
            or _weapon_of_a_fight(item, current)
            or (
                item.trigger.acled_subtype in _SPECIFIC_SUBTYPES
                and current.trigger.acled_subtype not in _SPECIFIC_SUBTYPES
            )
            # "arrived in Timbuktu and set up at the former base": the bare motion verb
            # yields to the word that says what the troops did; not the arrival noun to
            # the troops it brings ("l'arrivée de renforts").
            or (
                current.trigger.needs == "troops"
                and item.trigger.needs != "troops"
                and item.head not in _of_complements(current.head)
                and not (
                    current.head.pos_ in ("VERB", "AUX") and item.head in _movers(current.head)
                )
                and not _qualifies_a_noun(item)
            )
        ):
            best[key] = item
        elif _deed_beside_its_toll(item, current):
            best[key] = item  # "tués dans des affrontements entre X et Y": the clash, told
        elif _killed_in_a_fight(current, item):
            best[key] = replace(
                current,
                trigger=replace(current.trigger, acled_type="Battles", acled_subtype="Armed clash"),
            )
    kept = list(best.values())
    # "attacked the checkpoint with a drone … followed by gunfire": the fire is the means
    # of the attack, no fight of its own.
    kept = [
        item
        for item in kept
        if not (
            item.trigger.acled_subtype == "Armed clash"
            and item.head.pos_ == "NOUN"
            and any(
                other.trigger.plover_type == "ASSAULT"
                and other.head.pos_ == "VERB"
                and _in_an_instrument_phrase(item.head, other.head)
                for other in kept
                if other is not item
            )
        )
    ]
    return sorted(kept, key=lambda item: item.start)


# Nouns by which a strike answers another: "in response", "in retaliation", "en représailles".
_REPRISAL_NOUNS = frozenset(
    {"response", "retaliation", "reprisal", "reprisals", "represaille", "represailles", "riposte"}
)


def _answered_deed(noun: Any) -> bool:
    """ "In response to the rocket fire, Israel struck …", "en représailles aux tirs de
    roquettes, l'armée a frappé …": a deed named in a phrase of answering is the one the
    clause's deed answers, not the same event."""
    if noun.pos_ != "NOUN":
        return False
    node = noun
    for _ in range(4):
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
        if fold_text(node.lemma_) in _ANSWERING_NOUNS or fold_text(node.text) in _ANSWERING_NOUNS:
            return True
    return False


# Nouns of a phrase answering a deed: "in response to", "in retaliation for", "en réponse
# à", "en représailles à", "en riposte à".
_ANSWERING_NOUNS = _REPRISAL_NOUNS | {"reponse"}


def _killed_in_a_fight(killing: _Found, fight: _Found) -> bool:
    """ "des policiers ont tué trois trafiquants lors d'un échange de tirs", "soldiers killed
    five gunmen in a firefight": the killing names the doer, the fight it is told in says the
    dead fell fighting back, an armed clash rather than a one-sided attack."""
    lang = killing.trigger.lang
    return (
        killing.trigger.acled_subtype == "Attack"
        and killing.head.pos_ == "VERB"
        and fold_text(killing.head.lemma_) in outcome_lemmas(lang)
        and fight.trigger.acled_subtype == "Armed clash"
        and fight.head.pos_ == "NOUN"
        and fight.head.dep_ in ("obl", "obl:mod", "obl:arg", "nmod", "pobj")
        and _told_during(fight.head)
        and _governs(killing.head, fight.head, 3)
    )


# Words that put a deed inside a fight: "in a firefight", "during an exchange of fire",
# "lors d'un échange de tirs", "pendant des combats", "au cours d'un accrochage"; not the
# agent ("tués par des tirs israéliens": the fire is who killed).
_DURING = frozenset({"in", "during", "amid", "lors", "pendant", "durant", "dans", "cours"})


def _told_during(noun: Any) -> bool:
    """The fight noun is where or when the deed happened, not its agent."""
    words = {fold_text(c.text) for c in noun.children if c.dep_ == "case"}
    if noun.dep_ == "pobj" or noun.head.pos_ in ("ADV", "NOUN"):
        words.add(fold_text(noun.head.text))
    return bool(words & _DURING)


_MEASURE_MODES = frozenset({"curfew", "ban", "censor", "deport", "expel"})


def _coercive_measure(trigger: Trigger) -> bool:
    """A measure of the authorities other than an arrest: a curfew, a ban, an expulsion, a
    seizure of goods or arms; not ground occupied nor power seized ("charged with plotting
    to seize power")."""
    if trigger.plover_type != "COERCE" or trigger.acled_type != "Strategic developments":
        return False
    if trigger.plover_mode in _MEASURE_MODES or trigger.acled_subtype == "Disrupted weapons use":
        return True
    seizes = trigger.plover_mode == "seize" and trigger.acled_subtype == "Other"
    return seizes and trigger.pos == "VERB"


def _weapon_of_a_fight(fight: _Found, weapon: _Found) -> bool:
    """ "fought with artillery and drones", "se sont affrontés à l'arme lourde": the weapons
    two sides fight with are the means of their clash, not a strike of one side."""
    return (
        fight.trigger.acled_subtype == "Armed clash"
        and weapon.trigger.acled_subtype in _SPECIFIC_SUBTYPES
        and fold_text(fight.head.lemma_) in reciprocal_lemmas(fight.trigger.lang)
        and weapon.head.pos_ in ("NOUN", "PROPN")
        and _governs(fight.head, weapon.head, 3)
    )


def _deed_beside_its_toll(item: _Found, current: _Found) -> bool:
    """A two-sided deed named in the clause of a killing ("tués dans des affrontements
    entre l'ELN et des dissidents") is the event; the killing only counts its dead."""
    lang = item.trigger.lang
    return (
        _is_outcome(current, lang)
        and not _is_outcome(item, lang)
        and item.trigger.acled_subtype == "Armed clash"
        and item.head.pos_ == "NOUN"
        and any(fold_text(t.text) in ("entre", "between") for t in item.head.subtree)
    )


# Types that are events by their nature; the others (talks, accusations, aid…) need a
# named party in their sentence.
_ACTION_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE"})
_SUBTYPE_RANK = {subtype: rank for rank, subtype in enumerate(sorted(_SPECIFIC_SUBTYPES))}
# A crowd's day at one place is one ACLED event, coded by its worst moment: a riot over
# force used against it, over an intervention, over a peaceful protest.
_CROWD_TYPES = frozenset({"Protests", "Riots"})
_SUBTYPE_RANK |= {
    subtype: len(_SUBTYPE_RANK) + rank
    for rank, subtype in enumerate(
        (
            "Violent demonstration",
            "Mob violence",
            "Excessive force against protesters",
            "Protest with intervention",
            "Peaceful protest",
        )
    )
}


def _is_denial(found: _Found, lang: str) -> bool:
    """ "a démenti", "denied any involvement": a party says a deed is not its own; "ce que
    Kigali dément" too, with "dément" tagged as an adverb; so does rejecting responsibility
    ("a rejeté toute responsabilité", "rejected any responsibility")."""
    return (
        "denied" in _cue_statuses(found.head, lang)
        or args.misread_relative_verb(found.head, _DENIALS_MISREAD)
        or misread_denial(found.head)
        or _rejects_responsibility(found)
        or _disowns_a_deed(found)
    )


_RESPONSIBILITY = frozenset({"responsabilite", "responsibility", "implication", "involvement"})
_RESPONSIBLE = frozenset({"responsable", "responsible"})
# The first words of a phrase that negates owning a deed ("not responsible", "aucune
# implication") and its last words (the owning word, as written or as a lemma).
_DISOWNING_NEGATIONS = frozenset({"not", "no", "pas", "aucune", "aucun"})
_OWNING_WORDS = (
    _RESPONSIBILITY
    | _RESPONSIBLE
    | frozenset(
        {"responsables", "involved", "involve"}
        | {"implique", "impliquee", "impliques", "impliquees", "impliquer"}
    )
)


def _disowns_a_deed(found: _Found) -> bool:
    """ "The army said it was not responsible", "had no involvement", "L'armée assure ne pas
    être impliquée": a phrase that says a deed is not the speaker's, with no verb of denial
    (a REJECT row of ``triggers.tsv``); it disputes the deed told before."""
    words = found.trigger.words
    return (
        found.trigger.plover_type == "REJECT"
        and len(words) > 1
        and words[0] in _DISOWNING_NEGATIONS
        and words[-1] in _OWNING_WORDS
    )


def _rejects_responsibility(found: _Found) -> bool:
    """ "a rejeté toute responsabilité", "rejected responsibility" (which the English parser
    may read as an adjective on "responsibility", its head)."""
    head = found.head
    if found.trigger.plover_type != "REJECT":
        return False
    if head.dep_ == "amod" and fold_text(head.head.lemma_) in _RESPONSIBILITY:
        return True
    return any(
        c.dep_ in ("obj", "dobj") and fold_text(c.lemma_) in _RESPONSIBILITY for c in head.children
    )


def _accusation_denied(item: _Found, found: list[_Found], lang: str) -> bool:
    """ "a démenti ces accusations", "denied the allegations": the accusation a denial
    answers is the one told before, no new ACCUSE event."""
    return (
        item.trigger.plover_type == "ACCUSE"
        and item.head.pos_ == "NOUN"
        and item.head.dep_ in ("obj", "dobj")
        and any(
            other is not item and other.head.i == item.head.head.i and _is_denial(other, lang)
            for other in found
        )
    )


def _charge_after_a_rejection(item: _Found) -> bool:
    """ "Bruxelles a rejeté vendredi des accusations « infondées »": an accusation noun
    told right after a verb of rejecting a charge, with no verb between them, is the charge
    rejected even where the parse hangs it elsewhere (on the day, or as a subject)."""
    head = item.head
    if item.trigger.plover_type != "ACCUSE" or head.pos_ != "NOUN":
        return False
    for token in reversed(head.doc[head.sent.start : head.i]):
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "aux:tense", "aux:pass"):
            return fold_text(token.lemma_) in _DENYING_VERBS
    return False


def _without_denials(found: list[_Found], lang: str) -> list[_Found]:
    """ "l'armée a démenti avoir frappé": a denial that governs another event is that
    event's status, not a REJECT event of its own; one that governs none disputes an
    earlier deed (``_denied_deeds``)."""
    found = [
        item
        for item in found
        if not _accusation_denied(item, found, lang) and not _charge_after_a_rejection(item)
    ]
    found = [item for item in found if not _dismisses_a_deed_told(item, found, lang)]
    denials = [item for item in found if _is_denial(item, lang)]
    if not denials:
        return found
    return [
        item
        for item in found
        if item not in denials or not any(_denies(item, other) for other in found if other != item)
    ]


def _dismisses_a_deed_told(item: _Found, found: list[_Found], lang: str) -> bool:
    """ "Kigali rejette les accusations selon lesquelles ses forces auraient bombardé…",
    "rejected claims that it had abducted…": a rejection whose charge tells a deed after it
    is that deed's denied status (``status_of``), no REJECT event of its own."""
    if item.trigger.plover_type != "REJECT" or _is_denial(item, lang):
        return False  # a verb of denial governs its deeds through ``_denies``
    for other in found:
        if other is item or other.head.i < item.head.i:
            continue
        status, cue = status_of(other.head, lang)
        if status == "denied" and cue is not None and cue.i == item.head.i:
            return True
    return False


# Deeds a charge may name and the report code as happening, the accused as doer ("accuse les
# forces russes d'avoir largué des grenades"); other deeds a charge names (support, arming,
# a ceasefire violated, plotting) are only what the accusation says.
_TOLD_IN_A_CHARGE = _VIOLENT_TYPES


def _without_charges(found: list[_Found], lang: str) -> list[_Found]:
    """ "Kinshasa accuse Kigali de soutenir le M23", "accused Eritrea of arming the TPLF",
    "accused Kyiv of a terrorist attack", "trois hommes accusés d'avoir volé": what a charge
    names is the accusation's content, no event of its own (one ACCUSE by the accuser), as
    analysts code it; a violent deed told as a verb by an accusation made in so many words
    ("accusé l'armée d'avoir exécuté 223 villageois") is an event, the accused's
    (``_agent``). A charge the accused denies in the same sentence ("ce que Kigali dément")
    stays, to be that denied deed."""
    kept = []
    # A violent deed charged keeps the way its denial is read before (the deed stays told).
    violent = any(
        args.charge_holder(item.head) is not None and item.trigger.acled_type in _TOLD_IN_A_CHARGE
        for item in found
    )
    for item in found:
        verb = args.charge_holder(item.head)
        answers = not violent and _answers_the_charge(item, lang)
        if verb is None or args.blames_another(item.head) or answers:
            kept.append(item)
            continue
        if args.charged_as_a_description(verb) or item.trigger.acled_type not in _TOLD_IN_A_CHARGE:
            if _denied_after(item, lang):
                kept.append(item)  # "d'appuyer la rébellion, ce que Kigali dément"
            continue
        # "of using drones to drop the choking agent": a noun a verb of the charge governs
        # is told by that verb; only the charge's own noun ("of a drone attack") is named.
        named = _named_by_the_charge(item.head, verb)
        told = item.head.pos_ in ("VERB", "AUX") or _participle_read_as_noun(item.head) or not named
        # "accusé Erevan de tirs sur ses positions, ce que l'Arménie a démenti": a deed noun
        # the accused denies is that deed; a bare "attack" ("accused Kyiv of a terrorist
        # attack; Ukraine denied") is the one told before.
        if told or (_denied_after(item, lang) and item.trigger.acled_subtype != "Attack"):
            kept.append(item)
    return kept


# How a verb of the charge holds the deed noun it tells: "utilisé des armes chimiques"
# ("des" may be read as a case: "employé des gaz toxiques" as obl:arg).
_OBJECTS_USED = frozenset({"obj", "dobj", "obl:arg"})


def _named_by_the_charge(noun: Any, verb: Any) -> bool:
    """Whether a deed noun is the charge's own word ("accused Kyiv of a drone attack",
    "accuse Erevan de tirs"), not the object of a verb the charge tells it with ("accuse
    l'armée russe d'avoir utilisé des armes chimiques": the use is the deed told)."""
    if verb == noun.head:
        return True
    used = noun.dep_ in _OBJECTS_USED and noun.head.pos_ in ("VERB", "AUX")
    return verb == noun.head.head and not used


def _answers_the_charge(item: _Found, lang: str) -> bool:
    """A denial in a relative clause after the charge ("…, ce que Le Caire a démenti"),
    which the parser may hang inside the charge: the accused's answer, not part of it."""
    return _is_denial(item, lang) and (
        item.head.dep_ in _RELATIVE or args.misread_relative_verb(item.head, _DENIALS_MISREAD)
    )


def _denied_after(item: _Found, lang: str) -> bool:
    """A word of denial after the charge: "…, ce que Kigali dément", "which Kigali denies"
    (the parser may hang it inside the charge, or read "dément" as an adverb)."""
    return any(
        t.i > item.head.i
        and ("denied" in _cue_statuses(t, lang) or fold_text(t.text) in _DENIALS_MISREAD)
        for t in item.head.sent
    )


# Present forms of "démentir" the French tagger reads as adjectives or adverbs ("dément"),
# and the lemma they stand for.
_DENIALS_MISREAD = frozenset({"dement", "dementent"})
_DENIAL_LEMMA = "dementir"


# Clauses hung on a denial that are not what it denies: "denied involvement, accusing
# militias of the killings", "a démenti et dénoncé un chantage".
_NOT_DENIED = frozenset({"advcl", "conj", "parataxis"})


# Links from a statement's verb to a second one its subject makes: "a démenti … et
# réclamé", "rejected the claim, calling it", "a démenti …, accusant".
_SECOND_PREDICATES = frozenset({"conj", "advcl"})


def _goes_on_stating(denial: _Found, found: list[_Found]) -> bool:
    """ "Paris a démenti toute implication et réclamé la libération de son ressortissant",
    "denied the report and accused the rebels": a denial its doer follows with another
    statement is a REJECT of its own, not a mere dispute of a deed told beside it."""
    return any(
        other is not denial
        and other.trigger.acled_type == "Strategic developments"
        and other.trigger.plover_type not in _ACTION_TYPES
        and other.head.i > denial.head.i
        and _in_a_second_predicate(other.head, denial.head)
        for other in found
    )


def _a_rejection_of_its_own(
    denial: _Found, made: list[Event], found: list[_Found], told: list[Event], claims: set[str]
) -> bool:
    """A denial its doer follows with another statement that disputes no deed told ("Paris
    a démenti toute implication et réclamé la libération de son ressortissant") is a REJECT
    of its own; one that does ("The group denied involvement, accusing militias") is that
    deed's denied status (``_denied_deeds``)."""
    if not made or not _goes_on_stating(denial, found):
        return False
    for event in made:
        if event.actor1 is None or _deed_denied_by(event.actor1, told) is not None:
            return False
        if event.id in claims and _claim_denied(event.actor1, told) is not None:
            return False
    return True


def _in_a_second_predicate(token: Any, verb: Any) -> bool:
    """Whether ``token`` is, or lies in the object of, a clause coordinated with ``verb``
    or hung on it ("et réclamé la libération", ", calling it")."""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.head.i == verb.i:
            return node.dep_ in _SECOND_PREDICATES and node.pos_ in ("VERB", "AUX")
        node = node.head
    return False


def _denies(denial: _Found, other: _Found) -> bool:
    """The denial governs the other trigger as what it denies: told after it ("a démenti
    avoir frappé", "denied that its soldiers had fired"), not before it ("claimed it had
    captured Pokrovsk; Kyiv denied the claim", which the parser may hang on "denied") nor
    through an adverbial clause or a conjunct."""
    if other.head.i < denial.head.i or not _governs(denial.head, other.head, depth=3):
        return False
    node = other.head
    while node.i != denial.head.i:
        if node.dep_ in _NOT_DENIED:
            return False
        node = node.head
    return True


# What a crowd does besides protesting is coded apart; what it asks for is not an event.
_DEEDS = frozenset({"PROTEST", "ASSAULT", "COERCE"})


def _without_demands(found: list[_Found]) -> list[_Found]:
    """ "ont manifesté pour réclamer le départ d'Assad", "marched calling for a ceasefire":
    the protest's demands are its cause, not events of their own."""
    protests = [item.head for item in found if item.trigger.plover_type == "PROTEST"]
    return [
        item
        for item in found
        if (item.trigger.plover_type in _DEEDS and not _protested_against(item, protests))
        or not any(_governs(protest, item.head, depth=4) for protest in protests)
    ]


# Prepositions of what a crowd protests against.
_PROTESTED = frozenset({"against", "contre"})
# Prepositions of a crowd's grievance: "protested over the killing of a student".
_GRIEVANCE = frozenset({*_PROTESTED, "over"})


def _protested_against(item: _Found, protests: list[Any]) -> bool:
    """ "Women demonstrated in Kabul against the ban on girls' schooling", "ont manifesté
    contre le couvre-feu": the measure protested is the protest's cause, imposed before."""
    if item.trigger.plover_type == "ASSAULT":
        return any(_in_a_grievance(item.head, protest) for protest in protests)
    if item.trigger.plover_type != "COERCE" or item.head.pos_ != "NOUN":
        return False
    head = item.head
    if not args.led_by(head, _PROTESTED):
        return False
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return any(verb.i == protest.i for protest in protests)


def _grievances(verb: Any) -> list[Any]:
    """The nouns a crowd's verb protests over or against: "protested over the killing of a
    student", "ont manifesté contre la mort d'un étudiant"."""
    nouns = [c for c in verb.children if c.pos_ in ("NOUN", "PROPN")]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    return [n for n in nouns if args.led_by(n, _GRIEVANCE)]


def _in_a_grievance(token: Any, verb: Any) -> bool:
    """Whether a token lies in what the crowd's verb protests: "Thousands protested in
    Lahore over the killing of a student by police", "contre la mort d'un étudiant tué par
    la police": the killing is the crowd's grievance, done before, not force met at the
    protest, and its agent no protester."""
    return any(token.i in {t.i for t in noun.subtree} for noun in _grievances(verb))


def _toll_of_a_grievance(span: tuple[int, int], found: _Found, offset: int) -> bool:
    """Whether a toll (its character span) counts the dead a crowd protests over, not dead
    at its protest: "protested in Lahore over the killing of a student"."""
    if found.trigger.plover_type != "PROTEST":
        return False
    return any(
        offset + noun.left_edge.idx <= span[0] < offset + noun.right_edge.idx + 1
        for noun in _grievances(found.head)
    )


# Nouns that name men only by the attack they carried out ("les assaillants", "the gunmen").
_ATTACKERS = frozenset(
    {"assaillant", "attaquant", "agresseur", "tireur", "assailant", "attacker", "gunman", "raider"}
)
_THEN = frozenset({"before", "avant", "then", "puis", "ensuite"})


def _without_getaways(found: list[_Found], context: _Context) -> list[_Found]:
    """ "burned dozens of homes before withdrawing", "les assaillants se sont retirés": the
    attackers leaving is the end of their raid, no transfer of territory of its own."""
    deeds = [item.head for item in found if item.trigger.plover_type in ("ASSAULT", "COERCE")]
    told_violence = any(event.plover_type == "ASSAULT" for event in context.events)
    return [
        item
        for item in found
        if not (
            item.trigger.plover_type == "RETREAT"
            and (_leaves_after(item.head, deeds) or (told_violence and _attackers_leave(item.head)))
        )
        and not (_sets_free(item) and _part_of_a_deed(item.head, deeds))
    ]


def _sets_free(found: _Found) -> bool:
    return found.trigger.plover_type == "CONCEDE" and fold_text(found.head.lemma_) in _FREEING


# Verbs of setting people free ("libérant 500 détenus", "before releasing them").
_FREEING = frozenset({"liberer", "relacher", "release", "free"})


def _part_of_a_deed(verb: Any, deeds: list[Any]) -> bool:
    """ "attacked Mirebalais, freeing 500 inmates", "raped them before releasing them":
    raiders opening a prison or abductors letting their captives go concede nothing; the
    release is a step of the raid its clause hangs on."""
    if verb.pos_ != "VERB":
        return False
    if verb.dep_ not in ("advcl", "acl", "conj", "pcomp", "xcomp"):
        return False
    # The participle may hang on the deed's object ("attaqué la commune, libérant …"), not on
    # another verb: in "forcing the government to release him" the government concedes.
    node = verb.head
    for _ in range(3):
        if any(node.i == deed.i for deed in deeds if deed.i != verb.i):
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _leaves_after(verb: Any, deeds: list[Any]) -> bool:
    """A withdrawal told as the last step of a deed of its sentence ("before withdrawing",
    "avant de se retirer", "and then withdrew")."""
    if verb.pos_ != "VERB" or _left_from(verb):
        return False  # "avant de se retirer de la ville le 30 mars": the town changes hands
    marks = {fold_text(c.text) for c in verb.children if c.dep_ in ("mark", "advmod", "case")}
    governor = verb.head
    if verb.dep_ == "pcomp" and fold_text(verb.head.text) in _THEN:
        governor, marks = verb.head.head, marks | {fold_text(verb.head.text)}
    elif verb.dep_ != "conj" and not marks & _THEN:
        return False
    return any(governor.i == deed.i for deed in deeds if deed.i != verb.i)


_FROM = frozenset({"from", "de", "du", "des", "d'"})


def _left_from(verb: Any) -> bool:
    """The withdrawal names the place it leaves ("from the town", "de la ville")."""
    for child in verb.children:
        if child.dep_ == "prep" and fold_text(child.text) in _FROM:
            return True
        if child.dep_.startswith("obl") and any(
            c.dep_ == "case" and fold_text(c.text) in _FROM for c in child.children
        ):
            return True
    return False


def _attackers_leave(verb: Any) -> bool:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return any(fold_text(s.lemma_) in _ATTACKERS for s in subjects)


def _governs(ancestor: Any, token: Any, depth: int) -> bool:
    node = token
    for _ in range(depth):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == ancestor.i:
            return True
    return False


def _only_denies_an_earlier_attack(
    sentence: list[Event], found: list[_Found], denials: list[_Found], context: _Context
) -> bool:
    """ "The army denied any involvement": a sentence of denials alone after an attack, or
    after homes burnt ("de nombreuses maisons ont été incendiées ; l'AA nie en être
    responsable") or an arrest ("The government denied holding the men"), disputes that
    deed (``_denied_deeds``); it holds no REJECT event."""
    if not sentence or len(denials) != len(found):
        return False
    if any(e.acled_type in _VIOLENT_TYPES for e in context.events):
        return True
    # "Police denied the claim", "a démenti ces informations": the report told is disputed.
    of_a_claim = any(_claim_as_object(item.head) for item in denials)
    disowned = any(e.acled_subtype in _DISOWNED for e in context.events)
    if disowned and (of_a_claim or any(_disclaims_responsibility(item.head) for item in denials)):
        return True
    held = any(e.acled_subtype in _HOLDING for e in context.events)
    return held and (of_a_claim or any(_denies_holding(d, context.lang) for d in denials))


# Deeds besides violence a party disowns as it would an attack: homes torched or looted.
_DISOWNED = frozenset({"Looting/property destruction"})


def _disclaims_responsibility(verb: Any) -> bool:
    """ "nie en être responsable", "denied any responsibility", "denied being responsible":
    a denial whose complement is the deed's responsibility or involvement, not a bare "a
    démenti" that may answer anything told before."""
    words = _RESPONSIBILITY | _RESPONSIBLE
    for child in verb.children:
        if child.dep_ not in ("obj", "dobj", "xcomp", "ccomp"):
            continue
        if fold_text(child.lemma_) in words:
            return True
        if any(fold_text(c.lemma_) in _RESPONSIBLE for c in child.children):
            return True  # "denied being responsible": "responsible" on "being"
    return False


def _denies_holding(denial: _Found, lang: str) -> bool:
    """ "The government denied holding the men", "a nié détenir les deux hommes": a denial
    whose clause is one of holding captives disputes the arrest told before."""
    holding = holding_lemmas(lang)
    return any(
        t.pos_ in ("VERB", "AUX") and fold_text(t.lemma_) in holding
        for t in denial.head.subtree
        if t.i != denial.head.i
    )


# Deeds a party can deny having done: attacks, abductions, arrests, looting.
_DENIABLE = frozenset({"ASSAULT", "COERCE"})


def _denied_deeds(
    denials: list[Event],
    context: _Context,
    *,
    claims: set[str] | None = None,
    told_with: Sequence[Event] = (),
) -> list[Event]:
    """ "Ambazonian separatists denied any involvement": the deed told before, with the one
    denying as its doer and the status denied, as analysts code a disputed attribution.
    A denial of another party's claim (``claims``: "Kyiv denied the claim") keeps the
    claimed doer."""
    made = []
    for denial in denials:
        deed = _deed_denied_by(denial.actor1, context.events) if denial.actor1 else None
        if deed is None and denial.actor1 is not None:
            deed = _charged_deed(denial.actor1, told_with, context.charged)
        charged = deed is not None and deed.id in context.charged
        if (
            deed is not None
            and (deed.actor1 is not None or charged)
            and any(deed is e for e in told_with)
            and not _reported_then_denied(denial, told_with, claims, charged)
        ):
            # "accusé l'Égypte de bombarder ses troupes, ce que Le Caire a démenti": the deed
            # told beside the denial already names the denier's side (or, charged, no one);
            # the denial disputes that very deed, no second one.
            at = next(i for i, event in enumerate(context.events) if event is deed)
            doer = deed.actor1 or (_armed_body(denial.actor1) if denial.actor1 else None)
            context.events[at] = replace(deed, status="denied", actor1=doer)
        elif deed is not None and not any(
            e.status in ("denied", "negated") and e.acled_subtype == deed.acled_subtype
            for e in told_with
        ):
            # "dismissed the accusation and said Kyiv had never used chemical weapons": the
            # deed denied in the same sentence is the one disputed.
            made.append(_as_denied(deed, denial))
        elif claims and denial.id in claims:
            claimed = _claim_denied(denial.actor1, context.events)
            if claimed is not None:
                made.append(replace(_as_denied(claimed, denial), actor1=claimed.actor1))
            elif (charge := _charge_denied(denial, told_with)) is not None:
                made.append(_as_rejection(denial, charge))
        elif (charge := _charge_denied(denial, told_with)) is not None:
            made.append(_as_rejection(denial, charge))
    return made


def _reported_then_denied(
    denial: Event, told_with: Sequence[Event], claims: set[str] | None, charged: bool
) -> bool:
    """ "Des témoins font état de viols …, ce que les FSR ont nié", "was shot dead by police,
    a rights group said, which police denied": a deed reported as done, which the denial
    answers in a relative clause with no charge told beside it, stays done; the denial is
    its denied copy (``_as_denied``), as analysts code both."""
    return (
        not charged
        and claims is not None
        and denial.id in claims
        and not any(e.plover_type == "ACCUSE" for e in told_with)
    )


def _charged_deed(denier: ActorMention, told: Sequence[Event], charged: set[str]) -> Event | None:
    """A deed of any kind a charge of the denial's sentence names the denier's side as
    doing ("accuse le Rwanda d'appuyer la rébellion, ce que Kigali dément"): the denied
    deed, as analysts code it."""
    for event in reversed(told):
        if event.id not in charged or event.status != "realised":
            continue
        if event.plover_type == "ACCUSE":
            continue
        if event.actor1 is None or _same_side(event.actor1, denier):
            return event
    return None


def _charge_denied(denial: Event, told: Sequence[Event]) -> Event | None:
    """The accusation told before the denial in its sentence, by another party ("Bamako
    accuse Alger d'ingérence, ce que l'Algérie dément"), when it names no deed we code."""
    if denial.actor1 is None:
        return None
    for event in reversed(told):
        if event.plover_type != "ACCUSE" or _trigger_start(event) > _trigger_start(denial):
            continue
        if event.actor1 is not None and not _same_side(event.actor1, denial.actor1):
            return event
    return None


def _rejects_a_charge(found: _Found, lang: str) -> bool:
    """ "a rejeté ces accusations", "dismissed the allegations as propaganda": a rejection
    (no verb of denial) whose object is the charge or report told before."""
    if found.trigger.plover_type != "REJECT" or _is_denial(found, lang):
        return False
    return (
        _claim_as_object(found.head)
        or _relative_on_a_claim(found.head)
        or _claim_judged(found.head)
    )


def _claim_as_object(verb: Any) -> bool:
    """ "a rejeté ces accusations", "denied the claim": the charge or report is the object."""
    return any(
        c.dep_ in ("obj", "dobj") and fold_text(c.lemma_) in _CLAIM_WORDS for c in verb.children
    )


def _claim_judged(verb: Any) -> bool:
    """ "said the accusations were baseless", "a affirmé que ces informations étaient
    fausses": a saying verb whose clause has the charge as subject rejects that charge."""
    return any(
        g.dep_.startswith("nsubj") and fold_text(g.lemma_) in _CLAIM_WORDS
        for c in verb.children
        if c.dep_ == "ccomp"
        for g in c.children
    )


def _deeds_rejected(
    rejections: Sequence[Event],
    told: Sequence[Event],
    told_with: Sequence[Event],
    charged: set[str],
) -> list[Event]:
    """ "Des soldats ont tué 14 civils … Le gouvernement a rejeté ces accusations": the
    REJECT stays (analysts keep it) and the deed told before, done by the rejecting
    party's side, is coded a second time as denied, with its doer. A deed the rejecting
    party suffered, or another party's, gets no copy; nor one already denied. A deed told
    with no doer gets one only from an accusation of the rejecting party's side."""
    made: list[Event] = []
    for rejection in rejections:
        if rejection.actor1 is None:
            continue
        # "accused Hezbollah of firing rockets at Metula, a claim the group rejected"
        before = [e for e in told_with if _trigger_start(e) < _trigger_start(rejection)]
        deed = _deed_denied_by(rejection.actor1, [*told, *before])
        deed = deed or _deed_of_an_allied_militia(rejection.actor1, [*told, *before])
        if deed is None:
            continue
        doer = deed.actor1 or _accused_of(deed, rejection, [*told, *told_with], charged)
        if doer is None:
            continue
        if any(
            e.status in ("denied", "negated") and e.acled_subtype == deed.acled_subtype
            for e in [*told, *told_with, *made]
        ):
            continue
        copy = _as_denied(deed, rejection)
        key = f"{rejection.id}:denied".encode()
        made.append(replace(copy, id=hashlib.sha1(key).hexdigest()[:16], actor1=doer))
    return made


def _deed_of_an_allied_militia(rejecter: ActorMention, told: Sequence[Event]) -> Event | None:
    """ "Selon HRW, des miliciens VDP ont exécuté des civils … Le gouvernement a rejeté ces
    accusations": a state rejecting the charge against an armed group of its own country
    speaks for its auxiliaries; the militia's latest deed is the one denied, still theirs."""
    if rejecter.kind not in ("government", "state") or rejecter.country_iso3 is None:
        return None
    for event in reversed(told):
        if event.plover_type not in _DENIABLE or event.status != "realised":
            continue
        doer = event.actor1
        if doer is None:
            continue
        allied = doer.canonical_id in _auxiliaries() and doer.country_iso3 == rejecter.country_iso3
        return event if allied else None
    return None


@cache
def _auxiliaries() -> frozenset[str]:
    """Armed groups that fight beside their own state (``actors/auxiliaries.tsv``)."""
    return frozenset(row["id"] for row in read_tsv("actors/auxiliaries"))


def _accused_of(
    deed: Event, rejection: Event, told: Sequence[Event], charged: set[str]
) -> ActorMention | None:
    """ "Des drones ont frappé Kadugli … L'armée a accusé les FSR … Les FSR ont rejeté ces
    accusations": the rejecting party's side, as the accusation after the deed names it
    (or the deed's own charge: "accusé les troupes russes d'avoir bombardé"), is the doer
    whose deed is denied. With no accusation told, the deed keeps no doer and no copy."""
    rejecter = rejection.actor1
    if rejecter is None:
        return None
    start, end = _trigger_start(deed), _trigger_start(rejection)
    for event in told:
        if event.plover_type != "ACCUSE" or event.actor2 is None:
            continue
        if _trigger_start(event) > end or (
            _trigger_start(event) < start and deed.id not in charged
        ):
            continue
        if _same_side(event.actor2, rejecter):
            return event.actor2
    return _armed_body(rejecter) if deed.id in charged else None


def _as_rejection(denial: Event, charge: Event) -> Event:
    """The denier rejecting a charge that names no deed: a REJECT of the accuser."""
    return replace(denial, status="realised", actor2=charge.actor1)


# Objects that make a denial dispute what was reported: "denied the claim", "a démenti ces
# affirmations", "ce que l'armée a démenti", "which police denied".
_CLAIM_WORDS = frozenset(
    {
        "claim",
        "report",
        "allegation",
        "accusation",
        "affirmation",
        "information",
        "charge",
        "version",  # "a contesté cette version", "disputed this version"
        "ce",
        "which",
        "this",
        "cela",
    }
)


def _denies_a_claim(found: _Found, lang: str) -> bool:
    """A denial whose object is a claim or points back to the clause before it."""
    return _is_denial(found, lang) and (
        _claim_as_object(found.head) or _relative_on_a_claim(found.head)
    )


# Words opening a French relative whose antecedent is the clause before ("ce que l'armée
# dément", "ce qu'Alger a démenti").
_CE_QUE = frozenset({"que", "qu'", "qu’"})


def _relative_on_a_claim(verb: Any) -> bool:
    """ "…, a claim the army denied", "…, ce que l'armée congolaise dément": the denial is
    a relative clause on a claim word or on the clause before it, whatever the parser made
    of its verb (a French "dément" read as an adverb), so it disputes that clause."""
    if verb.dep_ in _RELATIVE and fold_text(verb.head.lemma_) in _CLAIM_WORDS:
        return True
    start = max(verb.sent.start, verb.i - 6)
    words = [fold_text(t.text) for t in verb.doc[start : verb.i]]
    return any(
        word in _CE_QUE and at > 0 and words[at - 1] == "ce" for at, word in enumerate(words)
    )


def _claim_denied(denier: ActorMention | None, events: list[Event]) -> Event | None:
    """The latest realised deed with a doer named: the claim a denial disputes."""
    for event in reversed(events):
        if event.plover_type not in _DENIABLE or event.status != "realised":
            continue
        if event.actor1 and (denier is None or not _same_side(event.actor1, denier)):
            return event
    return None


def _deed_denied_by(denier: ActorMention, events: list[Event]) -> Event | None:
    """The latest realised deed the denier may be accused of: not one it suffered, nor one
    another party is named as having done; the attack before its interception ("Rockets
    fired from Lebanon were intercepted …; Hezbollah denied any involvement")."""
    attacks = [e for e in events if e.acled_subtype != "Disrupted weapons use"]
    return _latest_deed_denied_by(denier, attacks) or _latest_deed_denied_by(denier, events)


def _latest_deed_denied_by(denier: ActorMention, events: list[Event]) -> Event | None:
    """The latest realised deed of ``events`` the denier may be accused of."""
    for event in reversed(events):
        if event.plover_type not in _DENIABLE or event.status != "realised":
            continue
        done = event.actor1 is not None and _same_side(event.actor1, denier)
        if event.actor2 is not None and _same_side(event.actor2, denier) and not done:
            continue  # suffered, unless its own side did it ("held by security forces")
        if event.actor1 is None or done:
            return event
    return None


def _same_side(one: ActorMention, other: ActorMention) -> bool:
    """One body, or two bodies of one state ("Russian forces", "Russia's defence
    ministry"); a group is not on the side of the state it fights in."""
    if one.canonical_id == other.canonical_id:
        return True
    states = _state_force(one) and _state_force(other)
    return states and one.country_iso3 is not None and one.country_iso3 == other.country_iso3


# Deeds that may kill, or not: "Aucune victime." after a school burnt down, mines defused
# or a protest dispersed ("Aucun blessé n'a été signalé"), with no violence told, is their
# toll of 0, as ACLED records it.
_HARMLESS = frozenset(
    {
        "Looting/property destruction",
        "Disrupted weapons use",
        "Peaceful protest",
        "Protest with intervention",
    }
)


def _report_toll(sent: Any, offset: int, context: _Context) -> None:
    """ "Aucune victime n'a été signalée.", "le gouvernement a annoncé 132 morts": a toll
    told alone after an attack in its paragraph is that attack's, unless it counts a
    period or a war ("… depuis 2012"); "the death toll later rose to 23" replaces the
    figure told before."""
    toll = args.fatalities_in(sent, offset, context.lang)
    if toll is None:
        return
    if toll[0] and _counts_a_period(sent, context.lang):
        return
    told = [e for e in context.events if _trigger_start(e) >= offset]
    violent = [e for e in told if e.acled_type in _VIOLENT_TYPES]
    # What happened, before what was only threatened or planned ("… would keep targeting
    # Israel. No injuries were reported." is the interception's zero).
    earlier = [e for e in violent if e.status == "realised"]
    if not earlier and not toll[0]:
        harmless = [e for e in told if e.acled_subtype in _HARMLESS and e.status == "realised"]
        earlier = [e for e in harmless if e.acled_type != "Protests"] or harmless
    earlier = earlier or violent
    if not earlier:
        return
    evidence = Evidence("fatalities", *toll[1], _text(context, *toll[1]))
    if not toll[0]:
        # A headline told the same incident in a paragraph of its own ("Protesters storm
        # electricity office in Basra"): nobody died in it either.
        _nobody_hurt([e for e in context.events if _told_with(e, told)], evidence, context)
        return
    event = earlier[-1]
    revised = args.revises_a_toll(sent, context.lang)
    deaths = toll[0] if revised and toll[0] else _with_later_toll(event, toll[0], evidence, context)
    if deaths is not None:
        updated = replace(
            event,
            quantities={**event.quantities, "fatalities": deaths},
            evidence=(*event.evidence, evidence),
        )
        context.events[context.events.index(event)] = updated


def _may_have_a_toll(event: Event) -> bool:
    return event.acled_type in _VIOLENT_TYPES or event.acled_subtype in _HARMLESS


def _told_with(event: Event, told: list[Event]) -> bool:
    """One of the events told, or one at the place of one of them on its day or on no day
    of its own (a headline's)."""
    return any(
        event is other
        or (
            _place_key(event) == _place_key(other) is not None
            and (_day_key(event) == _day_key(other) or event.date.text is None)
        )
        for other in told
    )


def _nobody_hurt(told: list[Event], evidence: Evidence, context: _Context) -> None:
    """ "No casualties were reported." after a missile fired and intercepted, or a deed told
    at two places: nobody died in any deed the paragraph has told so far, so each done one
    with no toll yet has 0, not only the last."""
    for event in told:
        harmful = event.acled_type in _VIOLENT_TYPES or event.acled_subtype in _HARMLESS
        if event.status != "realised" or not harmful:
            continue
        if event.quantities["fatalities"] is None:
            context.events[context.events.index(event)] = replace(
                event,
                quantities={**event.quantities, "fatalities": 0},
                evidence=(*event.evidence, evidence),
            )


def _with_later_toll(event: Event, toll: int, told: Evidence, context: _Context) -> int | None:
    """The attack's toll once a later sentence gives one: that toll when it had none, both
    added when each counts another side ("tuant cinq soldats. L'armée affirme avoir
    neutralisé une trentaine d'assaillants"); None when nothing changes. A later figure for
    the same dead is left out: taking the lower one cost held-out fatalities (later figures
    are often revisions), unless another source gives it in the same sentence."""
    before: int | None = event.quantities["fatalities"]
    if before is None:
        return toll
    if not toll or not _states_a_number(event):
        return None
    ahead = context.parsed.article.text[max(0, told.start - _ANOTHER_REACH) : told.start]
    if _MORE_DEAD.match(told.text) or _ANOTHER.search(ahead):
        return before + toll  # "Four more people died in hospital", "trois autres ont succombé"
    sides = _SidesOfDead(context.parsed.article.text, context.lang)
    whose = {sides.of(event), sides.side(told)}
    if len(whose) == 2 and None not in whose:
        return before + toll
    if toll < before and sides.side(told) in (None, sides.of(event)):
        # "deux militaires tués et douze assaillants neutralisés ; des sources locales
        # parlent de cinq soldats tués": a toll of both sides is no figure for one.
        counted = [e.text for e in event.evidence if e.field == "fatalities"]
        if any(len(args.sides_of_words(said, context.lang)) > 1 for said in counted):
            return None
        return toll if _same_sentence(event, told, context.parsed.article.text) else None
    return None


# A later figure counting dead besides those told: "Four more people died", "another
# three", "trois autres blessés ont succombé", "deux personnes supplémentaires".
_MORE_DEAD = re.compile(
    r"^[\w-]+\s+(?:more|other|additional|further|autres|supplémentaires)\b", re.I
)
_ANOTHER = re.compile(r"\banother\s+$", re.I)
_ANOTHER_REACH = 9


def _same_sentence(event: Event, told: Evidence, text: str) -> bool:
    """Whether a toll follows the event's own toll in one sentence ("ont tué au moins 12
    civils, selon la société civile ; l'armée avance un bilan de neuf morts"): a figure
    told after a semicolon gives the same dead by another source, and ACLED keeps the
    lowest; one told in a later sentence is often a revision."""
    before = [e.start for e in event.evidence if e.field == "fatalities" and e.start < told.start]
    between = text[max(before, default=_trigger_start(event)) : told.start]
    return ";" in between and re.search(r"[.!?]\s", between) is None


def _counts_a_period(sent: Any, lang: str, *, wars: bool = True) -> bool:
    text = f" {fold_text(sent.text)} "
    words = period_words(lang, wars=wars)
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in words)


def _a_running_count(grouped: list[_Found], sent: Any, lang: str) -> bool:
    """Deaths counted over a period with no deed told beside them but the ones they died in:
    "More than 350 people have been killed in protests since October" is a tally, no event."""
    outcomes = {item.head.i for item in grouped if _is_outcome(item, lang)}
    return (
        bool(outcomes)
        and all(
            item.head.i in outcomes
            or (item.head.pos_ == "NOUN" and any(a.i in outcomes for a in item.head.ancestors))
            for item in grouped
        )
        and _counts_a_period(sent, lang, wars=False)
    )


def _as_denied(deed: Event, denial: Event) -> Event:
    """The deed as the denier disputes it: its type, target, place and date with their
    words, the denial's trigger and doer; no toll of its own."""
    kept = ("actor2", "place", "date", "weapons", "target")
    evidence = [e for e in denial.evidence if e.field in ("trigger", "actor1")]
    evidence += [e for e in deed.evidence if e.field in kept]
    return replace(
        deed,
        id=denial.id,
        status="denied",
        actor1=denial.actor1,
        quantities={**deed.quantities, "fatalities": None},
        claim_chain=denial.claim_chain,
        evidence=tuple(evidence),
        confidence=min(deed.confidence, denial.confidence),
    )


def _cue_statuses(token: Any, lang: str) -> set[str]:
    """The statuses a word gives what it governs when it is a cue ("démentir" denied,
    "ask" requested), by its lemma and by its written form."""
    cues = status_cues(lang)
    statuses = {cues[form][0] for form in cue_forms(token) if form in cues}
    if "requested" in statuses and has_reflexive_clitic(token, lang):
        statuses.discard("requested")
    return statuses


def _a_reflexive_request(item: _Found, lang: str) -> bool:
    """ "Des hommes armés se réclamant des Amba boys", "il se demande": no one is asked."""
    return item.trigger.plover_type == "REQUEST" and has_reflexive_clitic(item.head, lang)


def _is_request(token: Any, lang: str) -> bool:
    return "requested" in _cue_statuses(token, lang)


# Deeds a request can be for, talks and protests among them; asking for an inquiry, a vote
# or aid with no giver named stays a REQUEST.
_ASKABLE = frozenset(
    {
        "ASSAULT",
        "RETREAT",
        "CONCEDE",
        "AID",
        "MOBILIZE",
        "AGREE",
        "COERCE",
        "SANCTION",
        "PROTEST",
        "CONSULT",
    }
)


# Deeds asked for through the cue's preposition ("called for his release", "appelé à un
# cessez-le-feu"); "called for more assistance" names no giver and stays a REQUEST.
_ASKED_BY_PREPOSITION = frozenset({"CONCEDE", "AGREE", "RETREAT"})


def _asks_for(cue: Any, token: Any, lang: str, *, by_preposition: bool = True) -> bool:
    """Whether ``token`` is what the request verb ``cue`` asks for: its object or
    complement, or an infinitive on its addressee ("demandé aux forces de quitter")."""
    if token.head.i == cue.i:
        cases = [c for c in token.children if c.dep_ == "case"]
        bare = token.dep_.startswith("obl") and not cases
        # "a appelé à sa libération": the preposition the cue takes brings what is asked,
        # not the addressee ("demandé à l'armée").
        asked = by_preposition and token.dep_.startswith("obl")
        asked = asked and any(_cue_with(cue, c, lang) for c in cases)
        return bare or asked or token.dep_ in ("obj", "dobj", "xcomp", "ccomp")
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and _infinitive_read_as_noun(token):
        # "called on his supporters to march again": the parser's "to" + noun is the deed
        return bool(token.head.head.i == cue.i)
    if by_preposition and token.dep_ == "pobj" and token.head.dep_ == "prep":
        # "called for his release", not "asked on Monday"
        return token.head.head.i == cue.i and _cue_with(cue, token.head, lang)
    return (
        token.dep_.startswith("acl")
        and token.head.head.i == cue.i
        and token.head.dep_ in ("obl:arg", "iobj", "dobj", "obj")
    )


def _infinitive_read_as_noun(token: Any) -> bool:
    """ "to march again", read as "to" + a noun: a bare word right after "to", with no
    determiner or possessive of its own, is the infinitive the request asks for."""
    prep = token.head
    if fold_text(prep.text) != "to" or token.i != prep.i + 1:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in token.children)


def _cue_with(cue: Any, word: Any, lang: str) -> bool:
    """Whether the cue's lemma with ``word`` is a request cue of its own ("call for",
    "appeler à"), which ``word`` then introduces what is asked."""
    form = f"{fold_text(cue.lemma_)} {fold_text(word.text)}"
    return status_cues(lang).get(form, ("", ""))[0] == "requested"


def _without_requests(found: list[_Found], lang: str) -> list[_Found]:
    """ "a demandé le retrait de la Minusma", "asked France to withdraw": what is asked is the
    event (its status requested), the asking is not another one."""
    asked = [item for item in found if _is_request(item.head, lang)]
    kept = [
        item
        for item in found
        if item not in asked
        or not any(
            (
                other.trigger.plover_type in _ASKABLE
                and _asks_for(
                    item.head,
                    other.head,
                    lang,
                    by_preposition=other.trigger.plover_type in _ASKED_BY_PREPOSITION,
                )
            )
            for other in found
        )
    ]
    # "called for an investigation into the killings": the inquiry asked for is the
    # request's object, not an accusation of its own.
    requests = [item for item in kept if item in asked and item.trigger.plover_type == "REQUEST"]
    return [
        item
        for item in kept
        if item.trigger.plover_type != "ACCUSE"
        or not any(_asks_for(request.head, item.head, lang) for request in requests)
    ]


# Deeds a call can be the reason of: "arrested on charges including calling for a revolt",
# "jailed for calling on his followers to block the roads".
_PUNISHING = frozenset({"COERCE", "SANCTION"})
# Words that bring the reason of a punishment ("for", "after", "pour avoir appelé", "over").
_FOR_A_REASON = frozenset(
    {"for", "after", "over", "because", "since", "pour", "apres", "suite", "car", "parce"}
)
# Nouns of a charge after "on"/"sur" ("on charges of", "on suspicion of", "sur accusation de").
_CHARGE_NOUNS = frozenset(
    {"charge", "suspicion", "accusation", "allegation", "count", "inculpation", "soupcon"}
)
# Nouns of a request that, after "at"/"à"/"sur", only say on whose word a deed was done:
# "at the request of Oman", "à la demande du Qatar", "à l'appel des syndicats".
_REQUEST_NOUNS = frozenset(
    {"request", "demand", "behest", "urging", "demande", "appel", "invitation"}
)
_AT_WHOSE_WORD = frozenset({"at", "upon", "on", "a", "au", "sur"})


def _without_calls_behind(found: list[_Found]) -> list[_Found]:
    """A call that is only the reason of a punishment ("arrested after he called on
    listeners to resist", "détenu pour avoir appelé à manifester") or the word a deed was done
    at ("released the crew at the request of Oman", "ont annoncé une trêve à la demande du
    Qatar") is background, no REQUEST; what such a call asks for is no event either."""
    punishments = [item.head for item in found if item.trigger.plover_type in _PUNISHING]
    behind = [
        item
        for item in found
        if item.trigger.plover_type == "REQUEST"
        and (_at_whose_word(item.head) or any(_reason_of(item.head, verb) for verb in punishments))
    ]
    inside = {t.i for item in behind if item.head.pos_ != "NOUN" for t in item.head.subtree}
    return [item for item in found if item not in behind and item.head.i not in inside]


def _at_whose_word(head: Any) -> bool:
    """ "at the request of", "à la demande de", "sur demande de": a request noun after a
    preposition of whose word, with the asker after it."""
    if head.pos_ != "NOUN" or fold_text(head.lemma_) not in _REQUEST_NOUNS:
        return False
    cases = [c for c in head.children if c.dep_ == "case"]
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        cases.append(head.head)
    return any(fold_text(c.text) in _AT_WHOSE_WORD for c in cases) and any(
        c.dep_ in ("nmod", "prep", "poss") for c in head.children
    )


def _reason_of(head: Any, verb: Any) -> bool:
    """Whether the request verb ``head`` hangs on ``verb`` as its reason: through "for",
    "after", "pour", or "on charges (including)"."""
    if head.i == verb.i or verb not in head.ancestors:
        return False
    node = head
    path = [node]
    while node.head.i != verb.i:
        node = node.head
        path.append(node)
    top = path[-1]
    words = {fold_text(t.text) for t in path}
    words |= {fold_text(c.text) for t in path for c in t.children if c.dep_ in ("mark", "case")}
    if words & _FOR_A_REASON:
        return top.dep_ not in ("xcomp", "ccomp", "dobj", "obj")
    lemmas = {fold_text(t.lemma_) for t in path}
    return bool(lemmas & _CHARGE_NOUNS)


# Verbs of promising; agreeing to do something ("agreed to hand over") stays an agreement.
_PROMISING = frozenset({"promettre", "promise", "pledge", "engager"})


def _without_promises(found: list[_Found], lang: str) -> list[_Found]:
    """ "Cotonou a promis de renforcer son dispositif", "pledged to send troops": what is
    promised is the event (its status planned), the promise is not an agreement of its own."""
    promises = [
        item
        for item in found
        if item.trigger.plover_type == "AGREE"
        and item.head.pos_ == "VERB"
        and fold_text(item.head.lemma_) in _PROMISING
        and "planned" in _cue_statuses(item.head, lang)
    ]
    kept = [
        item
        for item in found
        if item not in promises
        or not any(
            other.trigger.plover_type != "AGREE"
            and other.head.head.i == item.head.i
            and other.head.dep_ in ("xcomp", "ccomp")
            for other in found
        )
    ]
    # "ont promis d'intensifier leurs opérations": a promise to step up hostilities is a
    # threat; "a promis de monter sur Paris": a promised deed no trigger tells is no
    # agreement either (only "promised support", its object a noun, stays one).
    return [
        replace(item, trigger=replace(item.trigger, plover_type="THREATEN"))
        if item in promises and promise_to_go_on(item.head, lang)
        else item
        for item in kept
        if item not in promises
        or promise_to_go_on(item.head, lang)
        or not any(c.pos_ == "VERB" and c.dep_ in ("xcomp", "ccomp") for c in item.head.children)
    ]


# Prepositions bringing the one asked: "called on NATO to provide", "appealed to Hamas to
# free the hostages".
_ADDRESSEE_PREPOSITIONS = frozenset({"on", "to"})


def _addressee(trigger: Any, lang: str) -> list[Any]:
    """Who is asked to act ("demandé aux forces françaises de quitter", "asked France to
    withdraw", "called on NATO to provide"): the one who would carry the event out."""
    cue = trigger.head
    if not _is_request(cue, lang) and _is_request(cue.head, lang):
        if cue.pos_ in ("NOUN", "PROPN") and trigger.dep_.startswith("acl"):
            return list(cue.subtree)  # "demandé aux forces … de quitter", acl of the addressee
        cue = cue.head
    if not _is_request(cue, lang):
        return []
    inside = {t.i for t in trigger.subtree}
    others = [_past_the_day(child, lang) for child in cue.children if child.i not in inside]
    for child in others:
        cases = {fold_text(c.text) for c in child.children if c.dep_ == "case"}
        if child.dep_ in ("obj", "dobj", "iobj", "dative") or (
            child.dep_.startswith("obl") and cases & {"a", "au", "aux"}
        ):
            return list(child.subtree)
    for child in others:
        # "called on NATO to provide", "appealed to Hamas to free", not "urged on Monday":
        # a date is no addressee.
        if child.dep_ == "prep" and fold_text(child.text) in _ADDRESSEE_PREPOSITIONS:
            words = [t for t in child.subtree if t.i != child.i]
            if words and not any(t.ent_type_ in ("DATE", "TIME") for t in words):
                return words
    return []


def _controller(verb: Any) -> list[Any]:
    """ "ordered the police and the army to arrest", "accuse le Rwanda de soutenir les
    rebelles", "a appelé l'armée soudanaise à conclure une trêve": an infinitive hung on a
    verb with an object is the object's deed (the first of coordinated ones), whatever the
    verb; the subject of the verb orders, accuses or asks."""
    if verb.dep_ != "xcomp" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    if "Inf" not in verb.morph.get("VerbForm") and verb.tag_ != "VB":
        return []
    inside = {t.i for t in verb.subtree}
    for child in verb.head.children:
        if child.i not in inside and child.dep_ in ("obj", "dobj"):
            return sorted(child.subtree, key=lambda t: t.i)
    told = args.told_to(verb)
    return sorted(told.subtree, key=lambda t: t.i) if told is not None else []


def _past_the_day(child: Any, lang: str) -> Any:
    """ "a exhorté dimanche l'armée soudanaise à se retirer": the French parser, which tags
    no dates, may hang the addressee on the day before it; the addressee, not the day."""
    if fold_text(child.lemma_) not in time_words(lang):
        return child
    return next((c for c in child.children if c.dep_ in ("obj", "dobj") and c.i > child.i), child)


# What an attack that kills nobody was for, when the same sentence tells it: ACLED codes
# "ont attaqué le train et pris en otage les passagers" as the abduction alone.
_AIMS_OF_AN_ATTACK = frozenset(
    {"Abduction/forced disappearance", "Looting/property destruction", "Sexual violence"}
)


def _without_bare_attacks(events: list[Event]) -> list[Event]:
    """A sentence's deathless generic attack is dropped when the same doers' abduction,
    looting or rape at that place tells what the attack was; a generic attack by the doers
    of a bombing or a strike at that place is that bombing, its toll included ("a suicide
    bomber blew himself up as gunmen stormed the area; 32 people were killed")."""
    aims = [e for e in events if e.acled_subtype in _AIMS_OF_AN_ATTACK]
    kept = [
        event
        for event in events
        if not (
            _bare_attack(event)
            and any(_same_doers(event, aim) and _same_place(event, aim) for aim in aims)
        )
    ]
    for attack in [e for e in kept if e.acled_subtype == "Attack"]:
        means = next(
            (
                e
                for e in kept
                if e.acled_subtype in _SPECIFIC_SUBTYPES
                and e.acled_subtype != "Sexual violence"  # rape is no means of a killing
                and _same_doers(attack, e)
                and _same_place(attack, e)
            ),
            None,
        )
        if means is not None:
            kept[kept.index(means)] = _merged(means, attack)
            kept.remove(attack)
    return kept


# Deeds and moves of forces, whose place is where they happen, not who announced them.
_MOVES = frozenset({"RETREAT", "MOBILIZE"})


# "Kyiv's security service", "Ukraine's SBU security service", "Russia's FSB agency": a
# place's possessive before a body names its owner.
_POSSESSIVE_OWNER = re.compile(
    r"^['’]s\s+(?:[A-Z][\w-]*\s+)*(?:security|intelligence|spy|armed|special|military|"
    r"police|air|naval|defen[cs]e|forces?|army|navy|services?|agency)\b"
)


# "a US base", "the UK embassy", "US troops": a country's name before a site or a force it
# owns, used as an adjective.
_SITE_OWNED = re.compile(
    r"^[\s-]+(?:(?:military|air|naval|army|navy|marine|diplomatic)\s+)?(?:bases?|embassy|"
    r"consulate|outposts?|troops|forces|soldiers|servicemen|personnel|warships?|destroyers?|"
    r"convoys?|positions|jets?|aircraft)\b"
)


def _owners_of_a_site(places: list[PlaceMention], text: str, start: int, end: int) -> set[int]:
    """Where a country named as the owner of a base or a force begins ("fired rockets at a
    US base in Syria" was done in Syria)."""
    return {
        p.start
        for p in places
        if start <= p.start < end
        and p.feature == "country"
        and _SITE_OWNED.match(text[p.end : p.end + 40])
    }


def _owners_named(places: list[PlaceMention], text: str, start: int, end: int) -> set[int]:
    """Where the places that own a body begin: "Kyiv's security service said it had blown
    up a train in Zaporizhzhia" was not done in Kyiv."""
    return {
        p.start
        for p in places
        if start <= p.start < end and _POSSESSIVE_OWNER.match(text[p.end : p.end + 60])
    }


def _without_the_announcer(
    found: _Found, offset: int, places: list[PlaceMention], start: int, end: int
) -> list[PlaceMention]:
    """ "Paris a confirmé le retrait des soldats français du Tchad", "Nairobi announced the
    deployment of police officers to Haiti": a capital or a state announcing a deed or a
    move named by a noun speaks for the state; the deed happens at the other place the
    sentence names, when there is one."""
    noun = found.head
    if noun.pos_ != "NOUN" or found.trigger.plover_type not in _ACTION_TYPES | _MOVES:
        return places
    verb = noun.head
    if verb.i == noun.i or fold_text(verb.lemma_) not in reporting_verbs(noun.lang_):
        return places
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return places
    at = offset + subject.idx
    kept = [p for p in places if not p.start <= at < p.end]
    others = [p for p in kept if start <= p.start < end and p.kind == "place"]
    return kept if others and len(kept) < len(places) else places


# "PESHAWAR: …", "NAIROBI, June 25 (Reuters) -": what follows a place in capitals opening a
# line when it is a wire's dateline.
_DATELINE_TAIL = re.compile(r"\s*(?:,[^\n]{0,40}?)?\s*(?:\([^)\n]{0,40}\)\s*)?[-–—:]")


def _a_dateline_place(place: PlaceMention, text: str) -> bool:
    """Whether ``place`` is a wire's dateline: where the reporter files from, which ACLED
    takes for an event only when the report names no nearer place."""
    return (
        (place.start == 0 or text[place.start - 1] == "\n")
        and place.text.isupper()
        and _DATELINE_TAIL.match(text, place.end) is not None
    )


def _without_a_government_source(
    found: _Found,
    sent: Any,
    offset: int,
    places: list[PlaceMention],
    actor1: ActorMention | None,
) -> list[PlaceMention]:
    """ "Quatre insurgés ont été tués, selon Kigali", "nine militants were killed, according
    to Nairobi", "Kinshasa said": a capital or a state giving the toll speaks for its
    government; the deed happened elsewhere, not where it was told from. A statement is
    placed where its own speaker speaks from, but not where a third state told of it ("The
    Taliban released a British couple, Qatar said")."""
    if found.trigger.plover_type in _ACTION_TYPES:
        return [p for p in places if not _government_telling(p, sent, offset)]
    own = actor1.country_iso3 if actor1 is not None else None
    if own is None:
        return places
    return [
        p
        for p in places
        if not (_government_telling(p, sent, offset) and _country_of(p) not in (own, None))
    ]


# Nouns whose complement names who pushed or brokered, not where: "after mediation by
# Oman", "under pressure from Washington", "at the request of France", "grâce à une
# médiation du Qatar", "à la demande de la France".
_GO_BETWEEN_NOUNS = frozenset(
    {"mediation", "mediator", "pressure", "request", "demand", "facilitation", "call"}
    | {"mediateur", "pression", "demande", "exigence", "appel"}
)
# Nouns of a person or a body whose country a possessive names: "Kenya's President William
# Ruto", "le président du Kenya".
_OFFICE_NOUNS = frozenset(
    {"president", "minister", "leader", "government", "ministry", "envoy", "spokesman"}
    | {"spokesperson", "ambassador", "king", "premier", "chief", "head", "junta"}
    | {"ministre", "dirigeant", "gouvernement", "ministere", "envoye", "porte-parole"}
    | {"ambassadeur", "roi", "chef", "junte"}
)
_BY_OR_OF = frozenset({"by", "from", "of", "de", "du", "d'", "des"})


def _without_a_party_s_country(
    found: _Found, sent: Any, offset: int, places: list[PlaceMention]
) -> list[PlaceMention]:
    """ "Released the crew after mediation by Oman", "Kenya's President William Ruto called
    on both sides": the country of a go-between, or of the person or body speaking, is not
    where the deed or the statement was; a talk keeps its mediator's country, which often
    hosts it."""
    if found.trigger.plover_type == "CONSULT":
        return places
    speaking = found.trigger.plover_type not in _ACTION_TYPES
    return [
        p
        for p in places
        if not _a_party_s_country(p, sent, offset, speaking)
        and not _named_as_broker(p, sent, offset)
    ]


def _named_as_broker(place: PlaceMention, sent: Any, offset: int) -> bool:
    """ "un cessez-le-feu négocié par le Qatar", "a truce brokered by the United States":
    the broker's country is not where the deal was made."""
    before = sent.doc.text[max(0, place.start - offset - 80) : max(0, place.start - offset)]
    lang = "fr" if sent.doc.lang_ == "fr" else "en"
    return place.kind == "place" and mediator_phrases(lang).search(fold_text(before)) is not None


def _span_head(tokens: Any, start: int, end: int, offset: int) -> Any | None:
    """The token that heads the words between character offsets ``start`` and ``end``."""
    words = [t for t in tokens if start <= offset + t.idx < end]
    return next((t for t in words if t.head not in words or t.head.i == t.i), None)


def _a_party_s_country(place: PlaceMention, sent: Any, offset: int, speaking: bool) -> bool:
    """Whether ``place`` is named in ``sent`` as a go-between ("mediation by Oman") or, for a
    statement (``speaking``), as a speaker's country ("Kenya's President")."""
    if place.kind != "place":
        return False
    head = _span_head(sent, place.start, place.end, offset)
    if head is None:
        return False
    holder = head.head
    marks = {fold_text(c.text) for c in head.children if c.dep_ == "case"}
    if head.dep_ == "pobj" and holder.dep_ == "prep":
        marks.add(fold_text(holder.text))
        holder = holder.head
    owner = head.dep_ in ("poss", "compound")
    if holder.pos_ not in ("NOUN", "PROPN") or (not marks & _BY_OR_OF and not owner):
        return False
    noun = fold_text(holder.lemma_)
    if noun in _GO_BETWEEN_NOUNS and head.dep_ != "poss":
        return True  # "after mediation by Oman", "yielded to US demands"
    return speaking and place.feature == "country" and noun in _OFFICE_NOUNS


def _civil_body_telling(actor: ActorMention, found: _Found, sent: Any, offset: int) -> bool:
    """ "Lebanon's health ministry said three people were killed in the strike": a civil
    body that tells of an attack counts its dead; it did not strike. A defence ministry
    telling of a strike speaks for the forces that did it."""
    if found.trigger.plover_type != "ASSAULT" or actor.kind != "government":
        return False
    if actor.canonical_id.endswith(".MOD"):
        return False
    head = _span_head(sent, actor.start, actor.end, offset)
    if head is None or not args.is_the_source(head, head.lang_):
        return False
    if fold_text(head.head.lemma_) in _DENYING_VERBS:
        return False  # "Damas a démenti tout recours à des armes chimiques": its own deed
    if _done_by_forces_unnamed(found):
        return False  # "Somalia's president said the army had retaken the town": his army
    if actor.via != "capital":
        return True
    # "Moscow said it had no plans to target Polish territory": a state speaks of itself.
    between = [a for a in found.head.ancestors if a.i != head.head.i and head.head.is_ancestor(a)]
    return not any(
        _is_pronoun([c])
        for node in [found.head, *between]
        for c in node.children
        if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
    )


# A state's forces named by a common noun, whom a government speaking of them commands.
_STATE_FORCE_NOUNS = frozenset(
    {"army", "military", "troop", "soldier", "force", "police", "policeman", "gendarme"}
    | {"armee", "troupe", "soldat", "militaire", "force", "policier", "gendarmerie"}
)


def _done_by_forces_unnamed(found: _Found) -> bool:
    """Whether the deed's subject is troops no name owns ("the army", "les soldats")."""
    verb = found.head if found.head.pos_ in ("VERB", "AUX") else args.governing_verb(found.head)
    subject = args.subject_of(verb) if verb is not None else None
    if not subject or subject[1]:
        return False
    return any(fold_text(t.lemma_) in _STATE_FORCE_NOUNS for t in subject[0])


def _government_telling(place: PlaceMention, sent: Any, offset: int) -> bool:
    """Whether a capital or a state is named in ``sent`` as who told ("selon Kigali")."""
    if place.kind != "place" or not (place.feature == "country" or written_as_capital(place)):
        return False
    head = _span_head(sent, place.start, place.end, offset)
    return head is not None and args.is_the_source(head, head.lang_)


def _told_from_a_capital(place: PlaceMention, parsed: ParsedArticle) -> bool:
    """ "…, selon Kigali": the capital telling is not the story's place either."""
    token = _token_at(parsed, place.start)
    return token is not None and _government_telling(place, token.sent, _offset_of(parsed, token))


def _without_the_dateline(
    places: list[PlaceMention], start: int, end: int, text: str
) -> list[PlaceMention]:
    """ "PESHAWAR: Police foiled a plan to target a vaccination team in Bannu district": the
    deed is in Bannu; the dateline's town is where it was reported from."""
    away = [p for p in places if not _a_dateline_place(p, text)]
    if not any(start <= p.start < end and p.kind == "place" for p in away):
        return places
    return away


def _told_from(found: _Found, offset: int, context: _Context) -> int:
    """Where a trigger's place is looked for: its own words, but a participle clause after a
    comma ("ont attaqué le village de Sinjil, au nord-est de Ramallah, incendiant deux
    maisons") tells a deed done where the sentence's earlier trigger was."""
    if not _participle_after_a_comma(found.head):
        return found.start
    earlier = [i for i in context.trigger_tokens if i < found.head.i]
    if not earlier:
        return found.start
    return offset + int(found.head.doc[max(earlier)].idx)


def _bare_attack(event: Event) -> bool:
    """An attack with no deaths read and no means named: "Attack", or "Mob violence" when a
    crowd did it ("des colons ont attaqué le village, incendiant deux maisons")."""
    if event.quantities.get("fatalities") or _told_as_a_killing(event):
        return False
    return event.acled_subtype == "Attack" or (
        event.acled_subtype == "Mob violence" and not event.plover_mode
    )


# Infinitive endings taken off a killing verb's lemma to meet its written forms.
_VERB_ENDINGS = ("er", "re", "ir", "e")


@cache
def _killing_stems() -> tuple[str, ...]:
    """ "decapit", "tu", "kill": the start every written form of a killing verb shares."""
    stems = []
    for lemma in killing_lemmas("fr") | killing_lemmas("en"):
        ending = next((e for e in _VERB_ENDINGS if lemma.endswith(e) and len(lemma) > 4), "")
        stems.append(lemma[: len(lemma) - len(ending)] if ending else lemma)
    return tuple(stems)


def _told_as_a_killing(event: Event) -> bool:
    """An attack told by a verb that kills ("décapitant au moins cinq habitants") is no
    bare attack, even when its count was not read: it is the killing beside the looting."""
    trigger = next((e.text for e in event.evidence if e.field == "trigger"), "")
    words = fold_text(trigger).split()
    return bool(words) and words[0].startswith(_killing_stems())


def _protests_met_by_arrests(events: list[Event]) -> list[Event]:
    """ "police detained 1,300 people at protests": a protest whose people are arrested where
    it is held is a protest with intervention, the arresting force its actor2."""
    arrests = [e for e in events if e.acled_subtype == "Arrests"]
    met = []
    for event in events:
        if event.acled_subtype == "Peaceful protest" and any(
            _same_place(event, arrest) for arrest in arrests
        ):
            event = _crowd_first(replace(event, acled_subtype="Protest with intervention"))
        met.append(event)
    return met


_WHEN = frozenset({"when", "as", "lorsque", "quand", "alors"})


def _killed_when_the_deed_was_done(events: list[Event], grouped: list[_Found]) -> list[Event]:
    """ "Eight civilians were shot dead when officers opened fire on crowds": the killing
    and the deed of the "when" clause are one event, coded by the deed, with the toll."""
    heads = {item.start: item.head for item in grouped}
    kept = list(events)
    for killing in events:
        head = heads.get(_trigger_start(killing))
        if killing.plover_type != "ASSAULT" or head is None or head.pos_ != "VERB":
            continue
        deed = next(
            (
                other
                for other in kept
                if other is not killing
                and other.plover_type == "ASSAULT"
                and other.status == killing.status
                and (verb := _verb_of_the_clause(heads.get(_trigger_start(other)))) is not None
                and verb.head.i == head.i
                and verb.dep_ == "advcl"
                and any(
                    fold_text(c.text) in _WHEN
                    for c in verb.children
                    if c.dep_ in ("mark", "advmod")
                )
            ),
            None,
        )
        if deed is None or killing not in kept:
            continue
        toll = deed.quantities["fatalities"]
        if toll is None:
            toll = killing.quantities["fatalities"]
        kept[kept.index(deed)] = replace(deed, quantities={**deed.quantities, "fatalities": toll})
        kept.remove(killing)
    return kept


def _verb_of_the_clause(head: Any | None) -> Any | None:
    """The verb of a trigger's clause: itself, or the verb whose object it is ("opened fire
    on crowds": "opened")."""
    if head is None or head.pos_ == "VERB":
        return head
    return head.head if head.dep_ in ("dobj", "obj") else None


def _killings_at_protests(events: list[Event]) -> list[Event]:
    """ "Two students were shot dead by police during a protest", "un manifestant a été tué
    par des gendarmes lors d'une marche": people the police or army kill where a protest is
    held are protesters met with lethal force, one event of excessive force against
    protesters, not an attack on civilians beside a peaceful protest."""
    protests = [
        e for e in events if e.acled_subtype == "Peaceful protest" and e.status == "realised"
    ]
    killings = [
        e
        for e in events
        if e.acled_type == "Violence against civilians"
        and e.plover_type == "ASSAULT"
        and e.status == "realised"
        and e.actor1 is not None
        and e.actor1.kind in ("police", "military")
        and any(_same_place(e, protest) for protest in protests)
    ]
    if not killings:
        return events
    met = [p for p in protests if any(_same_place(p, killing) for killing in killings)]
    return [
        replace(
            event,
            acled_type="Protests",
            acled_subtype=_FORCE_ON_CROWDS,
            plover_mode=None,
            actor2=None,
            target="PROTESTERS",
        )
        if event in killings
        else event
        for event in events
        if event not in met
    ]


# The acled types of strikes whose damage a participle may tell: remote ones only, as a
# ground raid "incendiant une dizaine de maisons" burns them as a deed of its own.
_STRIKES = frozenset({"Explosions/Remote violence"})


def _told_as_a_result(item: _Found) -> bool:
    """A trigger verb told as a present participle hanging on another verb ("setting a
    storage tank on fire", "incendiant deux réservoirs", which the French parser may read
    as a noun)."""
    head = item.head
    participle = "Ger" in head.morph.get("VerbForm") or (
        "Part" in head.morph.get("VerbForm") and "Pres" in head.morph.get("Tense")
    )
    if head.pos_ == "NOUN":
        misread = fold_text(head.text).endswith("ant")
        return misread and head.dep_ in ("advcl", "acl", "appos")
    return head.pos_ == "VERB" and participle and head.dep_ in ("advcl", "acl", "conj", "xcomp")


def _without_a_strike_s_damage(events: list[Event], grouped: list[_Found]) -> list[Event]:
    """ "Explosive-laden drones struck the oil field, setting a storage tank on fire": the
    fire is the strike's result, no Looting/property destruction of its own, as ACLED codes
    one strike; a later denial then disputes the strike."""
    strikes = {
        item.head.i
        for item in grouped
        if any(e.acled_type in _STRIKES and _trigger_start(e) == item.start for e in events)
    }
    results = {
        item.start
        for item in grouped
        if item.trigger.acled_subtype == "Looting/property destruction"
        and item.trigger.plover_mode == "destroy"
        and _told_as_a_result(item)
        and any(a.i in strikes for a in item.head.ancestors)
    }
    return [
        e
        for e in events
        if not (_trigger_start(e) in results and e.acled_subtype == "Looting/property destruction")
    ]


def _looting_beside_a_riot(events: list[Event], grouped: list[_Found]) -> list[Event]:
    """ "Des émeutiers ont incendié des voitures et pillé plusieurs commerces", "Rioters
    attacked and looted shops": a crowd's looting told beside another of its riotous deeds
    is a Looting/property destruction event of its own, as ACLED codes it; looting alone is
    the riot itself ("des émeutiers ont pillé des commerces")."""
    looting = {
        item.start
        for item in grouped
        if item.trigger.acled_subtype == "Looting/property destruction"
        and item.trigger.plover_mode == "seize"
    }
    riots = [e for e in events if e.acled_type == "Riots"]
    others = [e for e in riots if _trigger_start(e) not in looting]
    if not looting or not others:
        return events
    return [
        replace(
            event,
            plover_type="COERCE",
            plover_mode="seize",
            acled_type="Strategic developments",
            acled_subtype="Looting/property destruction",
            # the police the crowd fought are not whom it looted
            actor2=None if _is_armed(event.actor2) else event.actor2,
        )
        if event in riots
        and _trigger_start(event) in looting
        and any(_same_place(riot, event) for riot in others)
        else event
        for event in events
    ]


def _riots_absorb_their_protest(events: list[Event]) -> list[Event]:
    """ "Rioters burned shops … to protest against the reform": the protest a sentence's
    riot is held for is that riot, not a peaceful protest beside it."""
    riots = [e for e in events if e.acled_subtype == "Violent demonstration"]
    if not riots:
        return events
    kept = []
    for event in events:
        riot = next((r for r in riots if _same_place(r, event) or event.place is None), None)
        if event.acled_subtype == "Peaceful protest" and riot is not None:
            riots[riots.index(riot)] = _merged(riot, event)
            continue
        kept.append(event)
    return [riots.pop(0) if e.acled_subtype == "Violent demonstration" else e for e in kept]


def _same_place(event: Event, other: Event) -> bool:
    return _place_key(event) == _place_key(other)


def _same_doers(event: Event, other: Event) -> bool:
    if event.actor1 is None or other.actor1 is None:
        return event.actor1 is None and other.actor1 is None
    return event.actor1.canonical_id == other.actor1.canonical_id


def _side_of(actor: ActorMention) -> str:
    """The state an actor belongs to, else the actor itself: "Israël" and "l'armée
    israélienne" are one side, Hamas another."""
    return actor.country_iso3 or actor.canonical_id


def _conceding_sides(events: list[Event]) -> set[str]:
    """ "Le Hamas a libéré dix otages, tandis qu'Israël relâchait 30 prisonniers": sides
    that each make a concession in one sentence, each an event of its own. A side only
    inferred (the jailer of prisoners freed by no one named) parts nothing."""
    return {
        _side_of(e.actor1)
        for e in events
        if e.plover_type == "CONCEDE"
        and e.status == "realised"
        and e.actor1 is not None
        and e.actor1.via not in _INFERRED_VIA
    }


# How an actor no word names is found: a country's body inferred from the deed or place.
_INFERRED_VIA = frozenset({"deed", "home"})


def _one_per_type_and_place(events: list[Event], parsed: ParsedArticle) -> list[Event]:
    """Triggers of one sentence that land on the same place with the same PLOVER type (or
    crowd family) and ACLED type tell one event: keep the most specific coding. Sexual
    violence beside a killing, a town taken beside its retaking ("ISWAP overran the
    base …; troops retook the town"), arrests beside another measure and a curfew or ban
    beside another deed are events of their own."""
    both_ways = {e.acled_subtype for e in events} >= _TERRITORY
    # Arrests beside another measure ("imposed a curfew and made fifty arrests", "seized
    # explosives and arrested two suspects") are events of their own; not beside a ban told
    # of another day ("the group the government banned last month").
    measure_days = {
        _day_key(e)
        for e in events
        if e.acled_subtype == "Disrupted weapons use"
        or (e.acled_type == "Strategic developments" and e.plover_mode in _MEASURE_MODES)
    }

    deed_days = {_day_key(e) for e in events if not _a_restriction(e)}
    conceding = _conceding_sides(events)
    firing = _sides_firing_in_clauses_of_their_own(events, parsed)

    def apart(event: Event) -> str:
        if event.acled_subtype == "Sexual violence":
            return event.acled_subtype
        if len(firing) > 1 and event.acled_type == _REMOTE and event.status == "realised":
            # "Israeli strikes killed 25 in Gaza, and Hamas fighters fired an anti-tank
            # missile": two sides' strikes told in one sentence are two events.
            return f"fired:{_firing_side(event) or firing[0]}"
        if len(conceding) > 1 and event.plover_type == "CONCEDE" and event.actor1 is not None:
            return f"concede:{_side_of(event.actor1)}"
        if event.acled_subtype == "Arrests" and _day_key(event) in measure_days:
            return event.acled_subtype
        if _a_restriction(event) and _day_key(event) in deed_days:
            # "ont démenti que des soldats aient pillé des boutiques et ont instauré un
            # couvre-feu": an authority's curfew or ban is no coding of the looting beside
            # it; not a ban of another day ("the group the government banned last month").
            return "measure"
        return event.acled_subtype if both_ways and event.acled_subtype in _TERRITORY else ""

    # "asked France to withdraw its troops, a day after Paris announced they would pull
    # out": a withdrawal demanded and one announced are two events.
    return _merged_by(
        events,
        lambda e: (_family(e), e.acled_type, _place_key(e), apart(e), _told_status(e)),
    )


def _sides_firing_in_clauses_of_their_own(events: list[Event], parsed: ParsedArticle) -> list[str]:
    """The sides whose realised strikes a sentence tells each by a verb of its own ("Israeli
    strikes killed 25 …, and Hamas fighters fired …"); a weapon a side is said to hold
    ("saying Hezbollah stored precision missiles there") is no strike of its own."""
    sides = [
        _firing_side(e)
        for e in events
        if e.status == "realised" and _told_by_a_verb(_token_at(parsed, _trigger_start(e)))
    ]
    return list(dict.fromkeys(side for side in sides if side is not None))


def _told_by_a_verb(token: Any) -> bool:
    """A deed's trigger is its clause's verb or that verb's subject: "ont tiré un missile",
    "des frappes ont tué"."""
    if token is None:
        return False
    subject = str(token.dep_).startswith("nsubj") and token.head.pos_ == "VERB"
    return bool(token.pos_ == "VERB" or subject)


def _denied_copies_of_deeds_told(sentence: list[Event]) -> list[Event]:
    """ "Police detained two of the relatives; the prison authorities denied anyone had
    been detained": a denied deed told after a realised one of its kind in its sentence is
    that deed's denied copy, an event of its own, not the same deed told twice."""
    return [
        event
        for event in sentence
        if event.status == "denied"
        and any(
            other.status == "realised"
            and other.acled_subtype == event.acled_subtype
            and _trigger_start(other) < _trigger_start(event)
            for other in sentence
        )
    ]


def _a_restriction(event: Event) -> bool:
    """A state's curfew, ban, censorship or expulsion ("a instauré un couvre-feu"); not a
    port that suspends its operations."""
    measure = event.acled_type == "Strategic developments" and event.plover_mode in _MEASURE_MODES
    return measure and _state_force(event.actor1)


def _told_status(event: Event) -> str:
    """What keeps troops' moves of one sentence apart: a withdrawal or deployment asked of
    a party is not the one that party does or announces itself."""
    asked = event.plover_type in _FORCES_DEEDS and event.status == "requested"
    return event.status if asked else ""


_DEMONSTRATIVES = frozenset({"ce", "ces", "cet", "cette", "this", "these", "those", "such"})
_MODIFIER_DEPS = frozenset({"acl", "amod", "acl:relcl"})


def _describes_a_noun(head: Any) -> bool:
    """A participle or relative clause on a noun ("milices soutenues par", "pilotes tués"),
    not an infinitive that completes it ("demandé aux forces … de quitter le pays")."""
    if head.dep_ not in _MODIFIER_DEPS:
        return False
    if _marked_infinitive(head):
        return False
    if _participle_after_a_comma(head):
        return False  # "…, au Mozambique, décapitant au moins quatre habitants"
    if _fight_read_as_participle(head):
        return False
    if is_claim_noun(head.head) and any(c.dep_ == "mark" for c in head.children):
        return False  # "reports that officers had fired": the charge's clause, no description
    if any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in head.children):
        return False  # "le marché, que des drones de l'armée ont bombardé": a clause of its own
    if _finite_relative_clause(head):
        return False  # "la ville, qui a été bombardée lundi par l'aviation": told, not described
    # A participle with a direct object describes no noun: the parser misread a clause
    # ("ont attaqué la ville, pillant des commerces", "militants abducted 100 schoolgirls").
    return not any(c.dep_ in ("obj", "dobj") for c in head.children)


def _finite_relative_clause(verb: Any) -> bool:
    """A relative clause with a tense of its own ("qui a été bombardée", "which was shelled
    on Monday") tells a deed; a bare participle ("les civils tués") only describes, and so
    does an imperfect or pluperfect one ("qui creusaient des tranchées", "qui avait
    manifesté début mai": what they were doing, or had done before)."""
    if verb.dep_ not in ("acl:relcl", "relcl"):
        return False
    verbs = [t for t in (verb, *verb.children) if t.i <= verb.i and t.pos_ in ("VERB", "AUX")]
    if any("Imp" in t.morph.get("Tense") for t in verbs) or _dated_in_the_past(verb):
        return False
    return any("Fin" in t.morph.get("VerbForm") for t in verbs)


# "last year", "l'an dernier", "years ago": a clause's time that puts its deed in the past.
_PAST_TIMES = re.compile(
    r"\b(?:last year|years ago|l'an dernier|l'an passé|l'année dernière|l'année passée|"
    r"il y a \w+ ans)\b",
    re.I,
)


def _dated_in_the_past(verb: Any) -> bool:
    """ "Bucha, which was occupied by Russian forces in 2022", "the hospital, which was bombed
    last year": a relative clause dated by a year or a past year tells history."""
    if _dated_before(verb):
        return True
    words = list(verb.subtree)
    clause = verb.doc[words[0].i : words[-1].i + 1].text
    return bool(_PAST_TIMES.search(clause))


def _marked_infinitive(verb: Any) -> bool:
    """ "de quitter le pays", or a perfect infinitive ("les rebelles d'avoir largué des
    grenades", whose participle carries the infinitive on its auxiliary)."""
    infinitive = "Inf" in verb.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children
    )
    return infinitive and any(c.dep_ == "mark" for c in verb.children)


def _fight_read_as_participle(head: Any) -> bool:
    """ "Inmates from rival gangs fought with machetes in the prison": the parser hangs a
    two-sided fighting verb on the noun before it when the sentence has no other verb to
    be its main clause, yet one does not fight someone passively; that verb is the clause."""
    if fold_text(head.lemma_) not in reciprocal_lemmas(head.doc.lang_):
        return False
    if "Part" not in head.morph.get("VerbForm") or "Pres" in head.morph.get("Tense"):
        return False
    root = head.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > head.i:
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in head.sent
    )


def _accused_by_the_main_clause(found: _Found) -> Any | None:
    """The main verb whose subject makes an accusation told as a past participle on its
    object: "a suspendu les pourparlers avec l'ELN, accusée de crimes de guerre", "cut ties
    with the group, accused of war crimes"; after a comma, with no agent of its own, and not
    on whom a deed was done ("a arrêté trois hommes, accusés de vol": the charge is told)."""
    head = found.head
    if (
        found.trigger.plover_type != "ACCUSE"
        or head.pos_ != "VERB"
        or "Part" not in head.morph.get("VerbForm")
        or "Pres" in head.morph.get("Tense")
        or head.dep_ not in (*_MODIFIER_DEPS, "advcl")
        or head.i == 0
        or head.doc[head.i - 1].text != ","
        or args.agent_of(head)
    ):
        return None
    lexicon = triggers(found.trigger.lang)
    node, passed = head.head, []
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        passed.append(node)
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.i > head.i or node.dep_ in _MODIFIER_DEPS:
        return None  # "au ministre chargé de …, accusé de": no clause's verb
    passed += [c for c in node.children if c.dep_ in ("obj", "dobj")]
    # "a annoncé l'arrestation de deux généraux, accusés de", "sanctions against commanders,
    # accused of": the charge is why a measure hit them, no accusation of its own.
    for word in [node, *passed]:
        rows = lexicon.get((fold_text(word.lemma_),), [])
        if any(row.plover_type in _MEASURES_ON_THE_ACCUSED for row in rows):
            return None
    return node


# Deeds whose target's charge ("…, accusés de") only tells why they were done.
_MEASURES_ON_THE_ACCUSED = frozenset({*_ACTION_TYPES, "SANCTION"})


# Verbs of denouncing that, joined to a denial, only say what the denier thinks of the charge.
_DENOUNCING_VERBS = frozenset(
    {"denoncer", "denounce", "condamner", "condemn", "fustiger", "decry", "decrier"}
)


def _denunciation_in_a_denial(item: _Found, found: list[_Found], lang: str) -> bool:
    """ "a démenti toute implication et dénoncé des allégations mensongères", "denied the
    allegations and denounced them as propaganda": the denunciation is the denier's answer,
    one rejection, no accusation of its own; so is a label put on the charge denied ("denied
    the report, calling it fake news")."""
    head = item.head
    if _a_label_in_a_denial(item):
        return True
    if item.trigger.plover_type != "ACCUSE" or head.dep_ != "conj":
        return False
    if fold_text(head.lemma_) not in _DENOUNCING_VERBS:
        return False
    if fold_text(head.head.lemma_) in _DENYING_VERBS:
        return True  # "denied attacking the tanker and denounced the claims"
    return any(
        other.head.i == head.head.i
        and (other.trigger.plover_type == "REJECT" or _is_denial(other, lang))
        for other in found
        if other is not item
    )


def _a_label_in_a_denial(item: _Found) -> bool:
    """ "A junta spokesman denied the report, calling it fake news", "a démenti, qualifiant
    ces informations de mensongères": the label is how the denial is worded."""
    head = item.head
    return (
        item.trigger.plover_type == "REJECT"
        and head.dep_ in ("advcl", "conj")
        and fold_text(head.lemma_) in _LABELLING_VERBS
        and fold_text(head.head.lemma_) in _DENYING_VERBS
    )


_LABELLING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "qualifier"})


def _without_denunciations_in_a_denial(found: list[_Found], lang: str) -> list[_Found]:
    """Denunciations that are a denier's answer make no event."""
    return [item for item in found if not _denunciation_in_a_denial(item, found, lang)]


def _is_mention_of_known_event(found: _Found) -> bool:
    """ "ces frappes", "these strikes" point back to events already coded; a participle
    describing a noun ("milices soutenues par", "passages tirés de") is no event either,
    unless it counts victims ("deux pilotes … tués")."""
    head = found.head
    if head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and fold_text(c.text) in _DEMONSTRATIVES for c in head.children
    ):
        return not _denied_with_no_verb(head, found.trigger.lang)
    if _a_crowd_s_aim(found) or _fire_support(found) or _occupied_as_an_epithet(found):
        return True
    if head.dep_ == "relcl" and _dated_in_the_past(head):
        return True  # "the hospital, which was bombed last year, reopened": history
    if head.pos_ in ("VERB", "ADJ") and _describes_a_noun(head) and not _on_its_own_noun(found):
        if args.fight_misread_as_a_participle(head):
            return False
        if _accused_by_the_main_clause(found) is not None:
            return False
        if args.charge_holder_by_agent(head):
            return False  # "the RSF, accused by the army of shelling": the army accuses
        if _freed_by_a_named_captor(found):
            return False
        return not _counted_by_its_noun(found)
    return False


def _freed_by_a_named_captor(found: _Found) -> bool:
    """ "in exchange for three hostages freed by Hamas", "les otages libérés par le Hamas":
    a participle of setting free with its "by/par" phrase tells the captor's release, the
    second concession of a swap, not a mere description of the freed."""
    head = found.head
    if not _sets_free(found) or found.trigger.acled_subtype != "Agreement":
        return False
    return any(c.dep_ in ("agent", "obl:agent") for c in head.children)


def _counted_by_its_noun(found: _Found) -> bool:
    """A participle on a counted noun tells the deed that befell them: "deux pilotes …
    tués", "three activists arrested during the protests died in custody", "les quinze
    élèves enlevés vendredi"; an uncounted one only describes ("milices soutenues par").
    A taking of an earlier year stays background (``_detention_behind``), and so do people
    held with no one named holding them: "dix Américains détenus dans ses prisons"."""
    head = found.head
    if found.trigger.plover_type != "ASSAULT" and found.trigger.acled_subtype not in _TAKINGS:
        return False
    if found.trigger.plover_type != "ASSAULT" and _held_by_no_one_named(head):
        return False
    return any(c.dep_ == "nummod" for c in head.head.children)


def _held_by_no_one_named(participle: Any) -> bool:
    """A participle of holding ("détenus", "detained") with no agent phrase: "les otages
    détenus à Gaza" tells where people are held, "forty people detained by police" an
    arrest."""
    held = fold_text(participle.lemma_) in _HELD
    return held and not any(c.dep_ in ("agent", "obl:agent") for c in participle.children)


def _occupied_as_an_epithet(found: _Found) -> bool:
    """ "blew up a train in occupied Zaporizhzhia", "Russian-occupied Crimea": a bare past
    participle set before the place it qualifies (however the parser hangs it) names
    ground held, not a seizure told."""
    head = found.head
    if found.trigger.acled_subtype != "Non-violent transfer of territory":
        return False
    if head.pos_ not in ("VERB", "ADJ") or "Past" not in head.morph.get("Tense"):
        return False
    if any(c.dep_.startswith(("aux", "nsubj", "agent")) for c in head.children):
        return False
    after = head.nbor() if head.i + 1 < len(head.doc) else None
    return after is not None and after.pos_ == "PROPN" and after in (head.head, *head.children)


def _denied_with_no_verb(noun: Any, lang: str) -> bool:
    """ "a assuré n'avoir rien à voir avec ces tirs": a deed the words around it deny, with
    no verb of denial to make its copy ("s'est désolidarisé de cette attaque" has one), is
    kept to be that copy."""
    status, cue = status_of(noun, lang)
    return status == "denied" and cue is not None and cue.pos_ not in ("VERB", "AUX")


def _on_its_own_noun(found: _Found) -> bool:
    """A phrase's participle parsed as an adjective on the phrase's own last word ("8 were
    killed and 20 taken prisoner": "taken" on "prisoner") tells the deed, not a noun."""
    words = found.trigger.written.split()
    return len(words) > 1 and fold_text(found.head.head.lemma_) == fold_text(words[-1])


# Statements a crowd's participle can tell as its aim or side: "students demanding the end
# of quotas", "des manifestants réclamant le départ du président", "rioters supporting the
# opposition leader".
_CROWD_AIMS = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "CONSULT"})


def _a_crowd_s_aim(found: _Found) -> bool:
    """A present participle right after a crowd noun, object and all, says what the crowd
    wants or backs, no statement of its own: "police fired on students demanding the end of
    job quotas" (the protest or the shooting is the event, not a REQUEST)."""
    head = found.head
    if found.trigger.plover_type not in _CROWD_AIMS or head.pos_ != "VERB":
        return False
    if head.dep_ not in ("acl", "amod") or head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.tag_ != "VBG" and not (
        "Part" in head.morph.get("VerbForm") and "Pres" in head.morph.get("Tense")
    ):
        return False
    if _participle_after_a_comma(head):
        return False
    crowds = args.crowd_words(head.doc.lang_)
    return bool(args.words_in([head.head], crowds))


# Arms that make "support" a kind of fire in a fight: "air support", "appui aérien",
# "artillery support", "un appui-feu".
_FIRE_ARMS = frozenset(
    {"air", "aerial", "artillery", "naval", "fire", "aerien", "aerienne", "artillerie", "feu"}
)


def _fire_support(found: _Found) -> bool:
    """ "The army said air support killed dozens", "repris la localité avec un appui
    aérien": fire given in a fight, no political SUPPORT."""
    head = found.head
    if found.trigger.plover_type != "SUPPORT" or head.pos_ != "NOUN":
        return False
    words = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "flat")]
    words += [c.head for c in (head,) if c.dep_ == "compound"]
    folded = {fold_text(w.text) for w in words} | {fold_text(w.lemma_) for w in words}
    return bool(folded & _FIRE_ARMS)


# Nouns of a leader's or a party's followers: "supporters of Imran Khan", "des partisans
# de l'opposant".
_FOLLOWERS = frozenset({"supporter", "partisan", "sympathisant", "follower", "loyalist"})
# How far up from the leader's name its followers' noun may stand.
_FOLLOWER_REACH = 5


def _followed_by_the_doers(actor: ActorMention, found: _Found, sent: Any, offset: int) -> bool:
    """ "Supporters of Imran Khan protested in Islamabad", "des partisans de l'ex-président
    Alpha Condé ont manifesté": the leader or party whose followers act is named in their
    complement; the followers are a crowd, never the one they follow (nor, for a former
    prime minister, his government)."""
    token = next((t for t in sent if offset + t.idx >= actor.start), None)
    if token is None or token.i == found.head.i:
        return False
    node = token
    for _ in range(_FOLLOWER_REACH):
        if node.head.i == node.i or node.head.i == found.head.i or node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
        if node.pos_ == "NOUN" and fold_text(node.lemma_) in _FOLLOWERS:
            return True
    return False


def _events_for(found: _Found, sent: Any, offset: int, context: _Context) -> list[Event]:
    s_start, s_end = offset + sent.start_char, offset + sent.end_char
    evidence = [Evidence("trigger", found.start, found.end, _text(context, found.start, found.end))]
    actor1, actor1_inherited = _agent(found, sent, offset, context)
    witnessed = _atrocity_witnessed(found, context.lang)
    done_in = _deed_witnessed_in(found, offset, context) if witnessed else None
    if witnessed:
        # "L'ONU a documenté des viols": who reports the atrocity did not commit it; the
        # doers of the attack or takeover told before did.
        actor1, actor1_inherited = (done_in.actor1, True) if done_in else (None, False)
    sides = _two_sides_told(context) if _said_by_both_sides(found, context.lang) else None
    if sides is not None:
        actor1, actor1_inherited = sides[0], False
    captivity = _captivity_ended(found, context)
    if actor1 is None and captivity is not None:
        actor1 = captivity.actor1
    freed_by_captors = captivity is None and _freed_by_unnamed_captors(found, context.lang)
    agent_words = args.agent_tokens(found.head)
    if found.head.i in context.recent_deeds:
        # "Residents protested, two days after an attack by M23 rebels": the clause's
        # subject is no doer of the deed told in its phrase of time, nor its crowd.
        agent_words = frozenset()
    # "les FDS ont subi une attaque d'hommes armés", "residents endured air strikes": the side
    # named underwent the attack; it is no doer of it, no crowd, nor is a body of armed men
    # the sentence names.
    undergone = _undergone(found.head, context.lang) is not None
    crowd = (
        None
        if undergone or witnessed
        else _crowd(sent, agent_words, context.lang, throng=found.head.pos_ == "VERB")
    )
    if actor1 is not None and _followed_by_the_doers(actor1, found, sent, offset):
        actor1, actor1_inherited = None, False
    decider = _deployment_decider(found, offset, context)
    if decider is not None:
        actor1, actor1_inherited = decider, False
    if actor1 is None and not actor1_inherited and captivity is None:
        actor1 = _unnamed_authority(found, agent_words, sent, offset, context)
    named = actor1
    if (
        actor1 is not None
        and found.trigger.plover_type in _ARMED_DEEDS
        and crowd is None
        and not _ministry_deciding(decider)
    ):
        actor1 = _armed_body(
            actor1,
            cabinet=found.trigger.plover_type == "ASSAULT",
            sends=found.trigger.plover_type == "MOBILIZE",
        )
        if found.trigger.plover_type == "ASSAULT" and actor1.kind == "person":
            actor1 = _person_s_forces(actor1)
        if found.trigger.plover_type == "MOBILIZE" and _sent_by_nobody_named(found):
            actor1 = _police_body(_armed_body(actor1, cabinet=False))
    actor2 = _target(found, sent, offset, context, actor1)
    if sides is not None:
        actor2 = sides[1]
    if _forms_a_group(found, actor2, context.parsed.article.text):
        actor1, actor2 = actor2, None  # "ont annoncé leur fusion au sein du JNIM": the JNIM
    if actor1 is None and actor2 is not None and _named_as_agent(actor2, found, sent, offset):
        actor1, actor2 = actor2, None  # "… tués samedi …, par des combattants de l'EIGS"
    if (
        actor2 is not None
        and (
            actor1 is None
            or not (
                _inside_the_clause(actor1, found.head, offset)
                or actor1.canonical_id.split(".")[0] == actor2.canonical_id.split(".")[0]
            )
        )
        and _forces_moved(actor2, found, sent, offset)
    ):
        # "Ugandan troops were deployed", "ont été démobilisés"; "Rwandan troops have been
        # deployed in North Kivu, UN experts said": a speaker of another side did not send
        # them ("Colombia's government announced that soldiers would be deployed" did).
        actor1, actor2 = _forces_of_the_announcer(actor2, actor1), None
    if actor1 is None and actor2 is not None and _fallen_to(actor2, found, context):
        actor1, actor2 = actor2, None  # "la ville est tombée aux mains des Fano"
    if actor1 is not None and _ran_into_a_device(found, context.lang):
        actor1, actor2 = None, actor2 or actor1  # the army's vehicle that hit the mine
    if (
        actor1 is not None
        and actor2 is not None
        and (_hosts_a_visitor(found) or _receives_a_call(found))
        and not _parties_named_between(found)
    ):
        actor1, actor2 = actor2, actor1  # "Poutine a reçu … al-Charaa": the visitor's visit
    two_sided = _two_sided(found, context.lang)
    if (
        actor2 is None
        and actor1 is not None
        and (found.trigger.plover_type in _MUTUAL or two_sided)
    ):
        actor2 = _partner(found, offset, context, actor1)
    victims = args.victims_in(sent, context.lang, besides=agent_words)
    if victims and actor2 is not None and actor2.kind == "state":
        actor2 = None  # "dix civils … au Burkina Faso": the country is where, the civilians whom
    aimed_at = [args.char_span(offset, tokens) for tokens in args.targets_of(found.head) if tokens]
    if victims != "PROTESTERS" and _only_civilians(found.head, context.lang):
        # "killed 45 civilians … hours after clashes with Fano militias", "opened fire on
        # journalists": whom the deed itself hit decides, not an armed actor told beside it.
        victims = "CIVILIANS"
        if actor2 is not None and not any(a <= actor2.start < b for a, b in aimed_at):
            actor2 = None
    elif victims == "CIVILIANS" and two_sided:
        victims = None  # civilians killed in a clash were caught in a battle, not attacked
    in_sentence_weapons = _weapons(sent, offset, context)
    weapon_hits = [
        hit
        for hit in _means(found, sent, offset, in_sentence_weapons)
        if _counts_as_means(hit[0], found.trigger)
    ]
    plover_type, plover_mode, acled_type, acled_subtype = _coding(
        found.trigger, actor2, victims, weapon_hits, crowd, unopposed=_unopposed(found)
    )
    if _authorised_for_others(found, actor1):
        plover_type = "SUPPORT"  # "the Security Council authorised the deployment of a force"
    if _leaves_an_organisation(found, named, actor2):
        actor1, acled_subtype = named, "Other"  # "le Niger a quitté le G5 Sahel"
    downing = found.trigger.written in downing_triggers(context.lang)
    if downing and _downs_a_munition(found.head, offset, in_sentence_weapons):
        plover_type, plover_mode = "COERCE", "destroy"
        acled_type, acled_subtype = "Strategic developments", "Disrupted weapons use"
    if acled_subtype == "Disrupted weapons use" and actor1 is not None and crowd is None:
        # "Russia's defence ministry said air defence units had downed 46 drones", "Saudi
        # air defences intercepted it": forces down, seize and defuse weapons, not ministries.
        actor1 = _armed_body(actor1, cabinet=True)
    if acled_subtype == "Arrests" and actor1 is not None:
        actor1 = _police_body(actor1)
    if acled_subtype in _TERRITORY:
        taken = _taken_instead_of_ground(found, offset, context, in_sentence_weapons)
        if taken is not None:
            plover_type, plover_mode, acled_type, acled_subtype = taken
    if _takes_ground_or_goods(found.trigger, acled_subtype) and _people_taken(
        found.head, offset, context
    ):
        # "who it said were seized by soldiers at his home", "deux journalistes ont été
        # saisis par des hommes armés": people carried off, not ground nor goods.
        plover_type, plover_mode = "COERCE", "seize"
        acled_type, acled_subtype = "Violence against civilians", "Abduction/forced disappearance"
    if _stops_people(found, offset, context):
        # "she was intercepted and briefly held by security forces": people stopped, not arms.
        plover_type, plover_mode = "COERCE", "arrest"
        acled_type, acled_subtype = "Strategic developments", "Arrests"
        if actor1 is not None:
            actor1 = _police_body(actor1)
    # Ground-taking words ("s'emparer", "seize") take arms only with a doer told: "des
    # jeunes ont tenté … pour s'emparer d'armes" is a riot's aim, not a seizure; a passive
    # ("Explosives and rifles were seized") tells the seizure done.
    seizer = actor1 is not None or found.trigger.acled_subtype not in _TERRITORY
    seizer = seizer or args.is_passive(found.head)
    if (seizer and takes_something(found.trigger) and _takes_arms(found.head, context.lang)) or (
        plover_type == "ASSAULT" and _arms_taken(found.head, context.lang)
    ):
        plover_type, plover_mode = "COERCE", "seize"
        acled_type, acled_subtype = "Strategic developments", "Disrupted weapons use"
        if actor1 is not None and not _state_force(actor1):
            acled_subtype = "Looting/property destruction"  # an armed group carrying off arms
    if plover_type == "AGREE" and sides is None and _declared_by_one_side(found, context.lang):
        plover_type = "CONCEDE"  # "a décrété une trêve de Pâques", "announced a ceasefire"
    # "denied that troops had fired and accused the protesters": the accusation stands
    # beside the denial, with the denier's status.
    beside = _statement_beside_report(found)
    status, cue = status_of(found.head.head.head if beside else found.head, context.lang)
    if (
        witnessed
        and cue is not None
        and status in _NOT_DONE
        and cue.i in {t.i for t in (*found.head.subtree, found.head.head, found.head.head.head)}
    ):
        # "font état d'exécutions de civils qui tentaient de fuir": neither the victims' try
        # nor the verb of reporting makes the atrocity a plan.
        status = "realised"
    if status == "realised" and _pledged(found):
        status = "planned"  # "pledged 20 million pounds in aid", "a promis l'envoi de troupes"
    no_arrests = _no_arrests(found)
    if _nobody_did(found.head) or no_arrests:
        status = "negated"  # "adding that nobody had been arrested", "no arrests were made"
    if (
        plover_type == "AGREE"
        and status == "requested"
        and _truce_asked_by(found, actor1, offset, context)
    ):
        # "The UN mission called for an immediate ceasefire": the asker's own appeal.
        plover_type, plover_mode, acled_subtype, status = "REQUEST", None, "Other", "realised"
    if plover_type == "CONCEDE" and status == "requested":
        acled_subtype = "Other"  # "a appelé à sa libération": a release asked, no agreement
    if status == "denied" and cue is not None and cue.i > found.head.i:
        # "claimed Russian forces had captured Pokrovsk; Ukraine denied the claim": the
        # deed told before its denial is the claim, realised; the denial codes its own copy.
        status = "realised"
    if found.trigger.pos == STANCE and status != "negated":
        # "denied the claim, calling it disinformation" still rejects it; "urged…, while a
        # Hezbollah official said the group would respond" still threatens.
        status = "realised"
    if _withdrawal_not_made(plover_type, acled_subtype, status, context.lang):
        acled_subtype = "Other"  # "troops are to withdraw within 60 days": no ground changed hands
    if _demand_already_met(found, plover_type, status, context):
        return []
    rivals = tuple(i for i in context.trigger_tokens if i != found.head.i)
    fatalities = args.fatalities_in(
        sent,
        offset,
        context.lang,
        anchor=found.head,
        rivals=rivals,
        dates=[(t.start, t.end) for t in context.times],
    )
    if fatalities is not None and _toll_of_a_grievance(fatalities[1], found, offset):
        fatalities = None
    own_time = args.time_for_event(
        context.times, s_start, s_end, near=found.start, text=context.parsed.article.text
    )
    time = own_time or _story_time(context, offset)
    if own_time is not None:
        context.story_time = (offset, own_time)
    claim = next((c for c in context.claims if c.start <= found.start < c.end), None)
    in_sentence: list[object] = [actor1 if not actor1_inherited else None, actor2, own_time]
    arrested = _arrested(found, offset) if acled_subtype == "Arrests" else None
    in_sentence += [fatalities, *weapon_hits, arrested]
    # "Iran launched missiles at Israel": who acts is not where; but "Kyiv rejected" speaks
    # from Kyiv.
    elsewhere = actor1.start if actor1 and not actor1_inherited and actor1.via != "capital" else -1
    owners = _owners_named(context.places, context.parsed.article.text, s_start, s_end)
    candidates = [p for p in context.places if p.start != elsewhere and p.start not in owners]
    acting = _capitals_acting(found, actor1 if not actor1_inherited else None, context)
    acting |= _owners_of_a_site(candidates, context.parsed.article.text, s_start, s_end)
    candidates = _away_from_those_acting(candidates, acting, s_start, s_end)
    candidates = _without_the_announcer(found, offset, candidates, s_start, s_end)
    candidates = _without_the_dateline(candidates, s_start, s_end, context.parsed.article.text)
    candidates = [p for p in candidates if not _a_place_come_from(p, sent, offset)]
    candidates = _without_a_government_source(found, sent, offset, candidates, actor1)
    kept = _without_a_party_s_country(found, sent, offset, candidates)
    go_betweens = [p for p in candidates if p not in kept]
    candidates = _in_its_relative_clause(found, offset, kept)
    candidates = _in_its_own_clause(found, offset, candidates)
    places = args.places_for_event(
        candidates,
        s_start,
        s_end,
        near=_told_from(found, offset, context),
        text=context.parsed.article.text,
    )
    if found.trigger.plover_type not in _ACTION_TYPES:
        # "The US, Saudi Arabia and Egypt welcomed the truce" is one statement, not one per
        # state named: a list of places splits only deeds done at each of them.
        places = sorted(places, key=lambda p: abs(p.start - found.start))[:1]
    measure = _a_measure(found, context.lang) or _a_lifted_measure(found, context.lang)
    if measure and not places and captivity is None:
        # "Un couvre-feu a été instauré dans la capitale": where the story is.
        story = _story_place(context, offset, found)
        places = [p for p in [story] if p is not None and p not in go_betweens]
    if measure and places and (actor1 is None or actor1_inherited):
        actor1 = _measure_authority(found, places[0], context) or actor1
    if not places and not any(in_sentence) and captivity is None:
        told = _damage_after_an_attack(found, offset, acled_subtype, context)
        if told is None and no_arrests:
            told = _last_told(offset, context)
            if told is not None and not _state_force(told.actor1):
                told = replace(told, actor1=None)  # the riot's crowd made none: the police
        if told is None:
            told = _more_to_come(found, plover_type, status, offset, context)
        if told is None:
            told = done_in
        if told is None and status == "denied":
            told = _deed_a_denial_disputes(acled_subtype, offset, context)
            actor1 = _denier(found, offset, context) or actor1
            if told is not None and _charge_denied_in_place(told, actor1, context):
                return []
        if told is None:
            return []  # a trigger alone is no event
        actor1 = actor1 or told.actor1  # "… ; plusieurs cases ont été incendiées."
    violent = found.trigger.plover_type in _ACTION_TYPES
    if not violent and not (
        actor2 or (actor1 and not actor1_inherited) or captivity or freed_by_captors
    ):
        more = _more_to_come(found, plover_type, status, offset, context)
        if more is None:
            return []  # a statement, a meeting, an accusation: nobody named, no event
        actor1 = more.actor1
    if (
        actor1 is None
        and actor2 is not None
        and not undergone
        and _one_side_named(found, acled_subtype, actor2, context.parsed.article.text)
    ):
        # "tués lors d'un échange de tirs avec des militaires", "Aucun accord n'a été conclu,
        # a reconnu le président américain": the one party named to a clash, a meeting or a
        # deal is its first side.
        actor1, actor2 = actor2, None
    inherited = None if places else _inherited_place(context, found)
    if inherited in go_betweens:
        inherited = None  # "under pressure from Washington": no place of the deed
    places_or_inherited: list[PlaceMention | None] = list(places) or [inherited]
    events = []
    # "des armes et explosifs ont été saisis": arms seized with nobody named are seized by
    # the police, as arrests are.
    seized_arms = acled_subtype == "Disrupted weapons use" and takes_something(found.trigger)
    police_arrest = (acled_subtype == "Arrests" or seized_arms) and actor1 is None
    police_arrest = police_arrest and (not agent_words or _announced(found.head))
    body = None
    if (
        actor1 is None
        and not undergone
        and (acled_type in _DEEDS_OF_ARMED_MEN or acled_subtype in _STATE_FORCE_DEEDS)
    ):
        # "La police … a interpellé 38 personnes" in a story of two countries: the police
        # of the country the arrests were made in.
        body = _body_named(sent, agent_words, context.lang)
    for place in places_or_inherited:
        if police_arrest:
            actor1 = _arresting_police(found, place, context)
        elif body is not None:
            actor1 = _body_of_the_place(body, place, offset, context)
        extra = list(evidence)
        for name, mention in (("actor1", actor1), ("actor2", actor2), ("place", place)):
            if mention is not None:
                extra.append(Evidence(name, mention.start, mention.end, mention.text))
        if time is not None:
            extra.append(Evidence("date", time.start, time.end, time.text))
        if fatalities is not None:
            extra.append(Evidence("fatalities", *fatalities[1], _text(context, *fatalities[1])))
        if arrested is not None and actor2 is None:
            extra.append(Evidence("target", *arrested, _text(context, *arrested)))
        for _, (w_start, w_end) in weapon_hits:
            extra.append(Evidence("weapons", w_start, w_end, _text(context, w_start, w_end)))
        events.append(
            Event(
                id=_event_id(context.parsed.article, found, place),
                article_id=context.parsed.article.id,
                plover_type=plover_type,
                plover_mode=plover_mode,
                acled_type=acled_type,
                acled_subtype=_territory_taker(acled_subtype, actor1, place),
                status=status,
                actor1=actor1,
                actor2=actor2,
                place=place,
                date=_event_date(time, context.reference, context.tenure),
                quantities={"fatalities": None if fatalities is None else fatalities[0]},
                weapons=tuple(dict.fromkeys(weapon.name for weapon, _ in weapon_hits)),
                claim_chain=claim.chain if claim else (),
                evidence=tuple(extra),
                confidence=_confidence(actor1, actor2, place in places, time, claim),
                extractor_version=EXTRACTOR_VERSION,
                target=_named_target(victims, actor2, acled_type),
            )
        )
    return events


_NO = frozenset({"no", "aucun", "aucune"})


def _withdrawal_not_made(plover_type: str, acled_subtype: str, status: str, lang: str) -> bool:
    """A withdrawal planned, demanded, offered or ruled out in an English report ("Israeli
    troops are to withdraw within 60 days", "demanded the full withdrawal of Israeli
    forces", "would not pull out") hands over no ground yet: Strategic developments/Other,
    as the English dev sets code it (17 of 18); the French ones keep the transfer of
    territory for most ("le retrait des troupes américaines" planned)."""
    return (
        lang == "en"
        and plover_type == "RETREAT"
        and acled_subtype == "Non-violent transfer of territory"
        and status not in ("realised", "denied")
    )


def _demand_already_met(found: _Found, plover_type: str, status: str, context: _Context) -> bool:
    """ "Les militaires américains ont achevé leur retrait… Le départ des soldats avait été
    exigé en mars": a move of forces told as what had been demanded, after the report told
    such a move done, is the backstory of that move, no demand of its own."""
    head = found.head
    return (
        status == "requested"
        and plover_type in _FORCES_DEEDS
        and head.pos_ == "NOUN"
        and head.dep_ in ("nsubj:pass", "nsubjpass")
        and any(e.plover_type == plover_type and e.status == "realised" for e in context.events)
    )


def _no_arrests(found: _Found) -> bool:
    """ "No arrests were made", "made no arrests", "Aucune interpellation n'a eu lieu": the
    arrests told as not made are an Arrests event, negated (as the dev sets code them)."""
    head = found.head
    return (
        found.trigger.acled_subtype == "Arrests"
        and head.pos_ == "NOUN"
        and any(c.dep_ == "det" and fold_text(c.text) in _NO for c in head.children)
    )


# Deeds done in instalments: forces sent or pulled out, captives freed, measures lifted,
# aid or sanctions; not statements, whose noun retold ("doit examiner la demande") is the
# same statement.
_DEEDS_TO_COME = frozenset({"MOBILIZE", "RETREAT", "CONCEDE", "AID", "SANCTION"})


def _more_to_come(
    found: _Found, plover_type: str, status: str, offset: int, context: _Context
) -> Event | None:
    """ "The junta released 20 prisoners on Monday. A further 50 detainees will be freed next
    week": a deed planned with nothing of its own named, after the paragraph told one of its
    kind done, is more of the same to come, by the same doer; a deed told done again, or its
    noun ("the release is expected to ease tensions"), is the same deed retold."""
    if status != "planned" or plover_type not in _DEEDS_TO_COME or found.head.pos_ != "VERB":
        return None
    done = [
        e
        for e in context.events
        if _trigger_start(e) >= offset
        and e.plover_type == plover_type
        # forces moved are one kind whatever ground changes hands; a release and an
        # easing of tensions are not ("The release is expected to ease tensions")
        and (plover_type in _FORCES_DEEDS or e.acled_subtype == found.trigger.acled_subtype)
        and e.status == "realised"
        and e.actor1 is not None
    ]
    return done[-1] if done else None


# Statuses of a deed not done, which a report of atrocities seen does not carry.
_NOT_DONE = frozenset({"planned", "hypothetical", "proposed", "requested"})
# How an atrocity noun hangs on the word reporting it: its object or complement ("font
# état d'exécutions", "documented the rape"), or its passive subject ("were reported").
_WITNESSED_DEPS = frozenset(
    {"obj", "dobj", "obl", "obl:arg", "nmod", "pobj", "nsubj:pass", "nsubjpass"}
)


def _atrocity_witnessed(found: _Found, lang: str) -> bool:
    """ "Des témoins font état de viols de femmes", "rights groups reported summary
    executions", "killings of men were reported": a killing or rape told as a noun that
    witnesses, aid groups or monitors report (``events/witnessing.tsv``)."""
    if found.trigger.acled_type != "Violence against civilians" or found.head.pos_ != "NOUN":
        return False
    noun = found.head
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "d'exécutions sommaires et de viols"
    holder = noun.head
    if noun.dep_ == "pobj" and holder.dep_ == "prep":
        holder = holder.head  # "reports of killings"
    lemma = fold_text(holder.lemma_)
    if lemma == "faire" and any(fold_text(c.lemma_) == "etat" for c in holder.children):
        lemma = "etat"  # "font état de viols", the complement hung on the verb
    elif lemma == "etat" and fold_text(holder.head.lemma_) != "faire":
        return False  # only "faire état de"
    return noun.dep_ in _WITNESSED_DEPS and lemma in witnessing_lemmas(lang)


def _deed_witnessed_in(found: _Found, offset: int, context: _Context) -> Event | None:
    """The attack or takeover the paragraph told before whose doers committed the atrocities
    reported after it ("Les FSR ont pris El-Facher. Des ONG font état d'exécutions sommaires
    de civils"); none when the report retells a deed of the same kind."""
    told = [
        e
        for e in context.events
        if _trigger_start(e) >= offset
        and e.status == "realised"
        and e.actor1 is not None
        and e.actor1.kind in _ARMED_KINDS
        and (e.acled_type in _DEEDS_OF_ARMED_MEN or e.acled_subtype in _TERRITORY)
    ]
    if not told or told[-1].acled_subtype == found.trigger.acled_subtype:
        return None
    return told[-1]


def _deed_a_denial_disputes(subtype: str, offset: int, context: _Context) -> Event | None:
    """ "Police detained two relatives …; the prison authorities denied anyone had been
    detained": a denied deed naming nobody and nowhere is the paragraph's last realised deed
    of its kind, whose doer is the party accused."""
    told = [*context.events, *context.sentence_events]
    return next(
        (
            e
            for e in reversed(told)
            if _trigger_start(e) >= offset
            and e.status == "realised"
            and e.acled_subtype == subtype
            and e.plover_type in _DENIABLE
        ),
        None,
    )


def _charge_denied_in_place(deed: Event, denier: ActorMention | None, context: _Context) -> bool:
    """ "…, accusing the region's ruling party of attacking a federal army base. The TPLF
    denied that its forces had attacked the base": a deed told only as a charge is the one
    denied, as ``_denied_deeds`` codes it; no realised deed stays beside its denial."""
    if deed.id not in context.charged:
        return False
    at = next((i for i, event in enumerate(context.events) if event is deed), None)
    if at is None:
        return False
    context.events[at] = replace(deed, status="denied", actor1=denier or deed.actor1)
    return True


def _denier(found: _Found, offset: int, context: _Context) -> ActorMention | None:
    """ "The TPLF denied that its forces had attacked the base": the subject of the verb of
    denial governing the deed, the party accused of it."""
    verb = found.head.head
    subject = args.subject_of(verb) if verb.i != found.head.i else None
    if subject is None or subject[1]:
        return None
    left, right = args.char_span(offset, subject[0])
    return args.pick_actor(context.actors, left, right)


def _last_told(offset: int, context: _Context) -> Event | None:
    """The paragraph's last event with a place: the incident a sentence naming nothing of
    its own ("No arrests were made.") follows."""
    told = [e for e in context.events if _trigger_start(e) >= offset and e.place is not None]
    return told[-1] if told else None


def _state_force(actor: ActorMention | None) -> bool:
    """A state's own body (its forces, police, government or the state itself)."""
    return actor is not None and actor.kind in _STATE_FORCES


# Words of a release on a court's terms, folded: "on bail", "sous caution", "liberté
# provisoire", "contrôle judiciaire".
_BAILED = frozenset({"bail", "caution", "provisoire", "judiciaire", "bond"})


def _captivity_ended(found: _Found, context: _Context) -> Event | None:
    """The abduction (else the arrest) a release by no one named ends: "Gunmen abducted 12
    passengers … The hostages were released on Tuesday" is the captors' release, an event
    of its own even when the captors go unnamed."""
    head = found.head
    if not _sets_free(found) or head.pos_ not in ("VERB", "AUX") or not args.is_passive(head):
        return None
    if args.agent_of(head):
        return None  # "freed by the army": the army's deed, told by its agent
    taken = [e for e in context.events if e.acled_subtype == "Abduction/forced disappearance"]
    if taken:
        return taken[-1]
    # "La police a arrêté quinze manifestants … Ils ont été libérés jeudi", "police arrested
    # 12 suspects; two were later freed on bail": with no abduction told, a release in the
    # passive ends the story's last arrest, and who arrested is who frees.
    if not _BAILED.isdisjoint(fold_text(t.lower_) for t in head.sent):
        return None  # "released on bail": a court's terms, no concession of those who arrested
    held = [
        e
        for e in context.events
        if e.acled_subtype == "Arrests" and e.status == "realised" and e.actor1 is not None
    ]
    return held[-1] if held else None


def _freed_by_unnamed_captors(found: _Found, lang: str) -> bool:
    """ "Gunmen freed 20 students", "les ravisseurs ont relâché les trois prêtres": a release
    whose subject is armed men no actor names (deeds.tsv doers) is an event all the same, as
    the captors letting their hostages go."""
    head = found.head
    if not _sets_free(found) or head.pos_ not in ("VERB", "AUX"):
        return False
    subject = args.subject_of(head)
    if not subject or subject[1]:
        return False
    inside = {t.i for t in subject[0]}
    noun = next((t for t in subject[0] if t.head.i not in inside), None)
    return noun is not None and fold_text(noun.lemma_) in deed_nouns(lang, "doer")


# Host verbs of a visit, whose object is the visitor: "Poutine a reçu le président syrien",
# "Modi hosted Zelensky". Analysts code the visit as the visitor's, the host its recipient.
_HOST_VERBS = frozenset({"recevoir", "host"})


# Host verbs whose visitor is actor1 only in the passive: "Y was received by X" is Y's visit,
# but English "X received Y" stays X's (as the held-out English coders read it).
_PASSIVE_HOST_VERBS = frozenset({"receive"})


def _hosts_a_visitor(found: _Found) -> bool:
    """A visit told by its host ("X a reçu Y", "X hosted Y"), or told in the passive with the
    visitor as subject and the host as agent ("Y a été reçu par X", "Y was received by X"):
    the visitor's visit. "Hosted the talks" (no actor received) keeps its doer."""
    head = found.head
    verb = fold_text(head.lemma_)  # "être reçu par": the participle, not the auxiliary
    return (
        found.trigger.plover_type == "CONSULT"
        and found.trigger.plover_mode == "visit"
        and head.pos_ in ("VERB", "AUX")
        and (verb in _HOST_VERBS or (verb in _PASSIVE_HOST_VERBS and args.is_passive(head)))
    )


# Verbs by which a leader takes a call another made: "a reçu un appel de", "received a call
# from". Analysts code the call as the caller's.
_CALL_TAKING = frozenset({"recevoir", "receive"})


def _receives_a_call(found: _Found) -> bool:
    """A phone call told by whom it reached ("Le président tchadien a reçu un appel du
    président français", "received a phone call from Xi"): the caller's call."""
    head = found.head
    verb = head if head.pos_ in ("VERB", "AUX") else args.governing_verb(head)
    return (
        found.trigger.plover_type == "CONSULT"
        and found.trigger.plover_mode == "phone"
        and verb is not None
        and fold_text(verb.lemma_) in _CALL_TAKING
        and not args.is_passive(verb)
    )


# Count words that make a noun of two_sides.tsv name both parties: "both sides", "the two
# countries", "les deux camps".
_BOTH = frozenset({"both", "two", "deux"})


def _said_by_both_sides(found: _Found, lang: str) -> bool:
    """ "Both sides agreed a ceasefire", "les deux pays ont réaffirmé leur soutien": a
    statement, a meeting or a deal whose subject counts two sides is the two parties'."""
    if found.trigger.plover_type in _ACTION_TYPES:
        return False
    head = found.head
    verb = head if head.pos_ in ("VERB", "AUX") else args.governing_verb(head)
    subject = args.subject_of(verb) if verb is not None else None
    if not subject or subject[1]:
        return False
    inside = {t.i for t in subject[0]}
    noun = next((t for t in subject[0] if t.head.i not in inside), None)
    if noun is None or not any(fold_text(c.text) in _BOTH for c in noun.children):
        return False
    # "les deux parties": the French lemmatiser reads "parties" as English "party", so the
    # word as written, its plural mark off, is tried too.
    written = fold_text(noun.text)
    forms = {fold_text(noun.lemma_), written, written.removesuffix("s").removesuffix("x")}
    return bool(forms & two_sides_lemmas(lang))


def _two_sides_told(context: _Context) -> tuple[ActorMention, ActorMention | None] | None:
    """The two parties "both sides" stands for: those of the story's last event that had two
    ("Tajik and Kyrgyz forces fought …; both sides agreed a ceasefire"), not its mediators,
    else the last doer."""
    for event in reversed(context.events):
        one, other = event.actor1, event.actor2
        if event.plover_mode == "third_party":
            continue  # "sous médiation du Qatar et de la Turquie": the mediators are no side
        if one is not None and other is not None and not _one_state(one, other):
            return one, other
    doers = [event.actor1 for event in context.events if event.actor1 is not None]
    return (doers[-1], None) if doers else None


def _one_state(one: ActorMention, other: ActorMention) -> bool:
    """Two mentions of one actor, or a state and one of its own bodies ("Qatar" and "Qatar's
    foreign ministry", its speaker read as the other side): never the two sides of a story."""
    if one.canonical_id == other.canonical_id:
        return True
    first, second = one.canonical_id.split(".")[0], other.canonical_id.split(".")[0]
    return first == second and first not in _NO_STATE_PREFIXES


# Id prefixes of actors that are no state's bodies: two groups or two persons can be two sides.
_NO_STATE_PREFIXES = frozenset({"GRP", "IGO", "NGO", "PER"})


def _announced(noun: Any) -> bool:
    """ "Le ministre de l'Intérieur a annoncé 79 interpellations", "police reported 40
    arrests": an arrest noun told by a reporting verb, whose subject tells, not arrests."""
    verb = args.governing_verb(noun) if noun.pos_ == "NOUN" else None
    return verb is not None and fold_text(verb.lemma_) in reporting_verbs(noun.lang_)


@cache
def _body_phrases(lang: str) -> dict[str, str]:
    """The common nouns of a state's forces that name no state (``actors/bodies.tsv``),
    folded and without their article, with the body each stands for."""
    found = {}
    for row in read_tsv("actors/bodies"):
        if row["lang"] == lang and row["body"] in ("MIL", "POL"):
            words = fold_text(row["phrase"]).split()
            if words[0] in ("l'", "la", "le", "les", "des", "the") and len(words) > 1:
                words = words[1:]
            found[" ".join(words).removeprefix("l'")] = row["body"]
    return found


def _body_named(sent: Any, agent_words: frozenset[int], lang: str) -> tuple[Any, str] | None:
    """The words of a deed's doer when they name a state's forces without saying whose
    ("Security forces fired on supporters", "les forces de l'ordre ont tiré"), with the
    body they stand for."""
    words = [t for t in sent if t.i in agent_words]
    while words and words[0].pos_ in ("DET", "PUNCT"):
        words = words[1:]
    if not words:
        return None
    phrase = fold_text("".join(t.text_with_ws for t in words).strip())
    body = _body_phrases(lang).get(phrase)
    return (words, body) if body is not None else None


def _body_of_the_place(
    body: tuple[Any, str], place: PlaceMention | None, offset: int, context: _Context
) -> ActorMention | None:
    """Forces named without their state act at home: the police or army of the country the
    deed happened in, when the linker found no country for the whole story."""
    iso3 = _country_of(place)
    if iso3 is None:
        return None
    start, end = args.char_span(offset, body[0])
    return _inferred_body(context, iso3, f".{body[1]}", (start, end), via="home")


def _arresting_police(
    found: _Found, place: PlaceMention | None, context: _Context
) -> ActorMention | None:
    """ "Plus de 80 personnes ont été interpellées": with nobody named, arrests are made by
    the police of the country they happen in, as ACLED codes them; the arrest's own words
    are the evidence."""
    iso3 = _country_of(place)
    return _inferred_body(context, iso3, ".POL", (found.start, found.end)) if iso3 else None


def _country_of(place: PlaceMention | None) -> str | None:
    """The sovereign country (ISO3) a place lies in, if known."""
    if place is None or not place.country_iso2:
        return None
    return sovereign(iso3_codes().get(place.country_iso2))


def _inferred_body(
    context: _Context, iso3: str, suffix: str, span: tuple[int, int], *, via: str = "deed"
) -> ActorMention | None:
    """A country's body (``.POL``, ``.MIL``, ``.GOV``) that no word names as that country's:
    the words given (the deed's own, or "les forces de l'ordre") are its evidence, with
    the low confidence of an inference."""
    body = load_actors().by_country(iso3, suffix)
    if body is None:
        return None
    start, end = span
    return ActorMention(
        text=_text(context, start, end),
        start=start,
        end=end,
        canonical_id=body.id,
        name=body.name,
        kind=body.kind,
        country_iso3=iso3,
        via=via,
        confidence=0.5,
    )


# Deeds a story adds to the incident it has just told, in a sentence naming nothing else:
# "The attackers also burned houses", "Plusieurs chauffeurs auraient été enlevés", "au moins
# trois femmes ont été violées", "Property destroyed." Analysts code each as an event of its
# own, at the incident's place and date, by its doers.
_FOLLOW_UP_DEEDS = frozenset(
    {
        "Looting/property destruction",
        "Abduction/forced disappearance",
        "Sexual violence",
        "Arrests",
    }
)


# What a follow-up deed follows: violence, or a protest ("… ; 63 interpellées").
_TOLD_BEFORE = _VIOLENT_TYPES | {"Protests"}


def _damage_after_an_attack(
    found: _Found, offset: int, subtype: str, context: _Context
) -> Event | None:
    """The paragraph's last violent deed or follow-up deed of another kind when a clause
    with nothing else named tells what its doers did next ("houses were burned", "the
    attackers also set fire to…"); a noun alone ("les pillages") names no new deed."""
    follows = subtype in _FOLLOW_UP_DEEDS or found.trigger.written in _BODIES_FOUND
    # "… ont arrêté quatre membres présumés de l'EI. Des explosifs ont été saisis": arms
    # seized with nothing named were seized in the raid just told, by its forces.
    arms = subtype == "Disrupted weapons use" and takes_something(found.trigger)
    if not (follows or arms) or found.head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    told = [
        e
        for e in context.events
        if _trigger_start(e) >= offset
        and (e.acled_type in _TOLD_BEFORE or e.acled_subtype in _FOLLOW_UP_DEEDS)
        # "Au moins dix femmes auraient été violées par des membres du gang … Les bandits
        # auraient également incendié une vingtaine de maisons": a deed whose doer is named
        # is followed up even when its place could not be placed.
        and (e.place or (e.actor1 is not None and e.actor1.kind in _ARMED_KINDS))
    ]
    if arms:
        # The raid's forces, not the suspects' plot told beside it ("soupçonnés de préparer
        # des attaques").
        told = [e for e in told if _state_force(e.actor1)]
    if not told or told[-1].acled_subtype == subtype or _nobody_did(found.head):
        return None
    if told[-1].acled_type == "Riots" and subtype == "Looting/property destruction":
        return None  # "Rioters set fire to the courts. Property destroyed.": the riot's damage
    return told[-1]


# Subjects that stand for a state's authorities without naming its country ("the
# government", "les autorités", "the junta").
_AUTHORITY_NOUNS = frozenset(
    {"government", "authority", "junta", "regime", "gouvernement", "autorite", "junte"}
)


def _a_measure(found: _Found, lang: str) -> bool:
    """A state's restriction told as a deed (``events/measures.tsv``): its verb ("ont été
    interdits", "was cut off"), or its noun as the subject of a passive ("un couvre-feu a
    été instauré", "a state of emergency was declared"); not a noun in passing ("malgré le
    couvre-feu", "the ban would leave thousands without income"), nor one a verb of its own
    acts on ("le couvre-feu a été levé", "the ban was blamed for…")."""
    if found.trigger.written not in measure_triggers(lang):
        return False
    head = found.head
    if head.pos_ in ("VERB", "AUX"):
        return True
    if (fold_text(head.head.lemma_),) in triggers(lang):
        return False
    if head.dep_ in ("obj", "dobj"):
        # "The government imposed a nationwide curfew": an object imposed by authorities
        # the linker could not place, or by no one told ("pour imposer un couvre-feu").
        subject = args.subject_of(head.head)
        return not subject or any(
            fold_text(t.lemma_) in _AUTHORITY_NOUNS and t.dep_.startswith("nsubj")
            for t in subject[0]
        )
    return head.dep_ in _PASSIVE_SUBJECTS


@cache
def _lifted_measure_words(lang: str) -> re.Pattern[str]:
    """Nouns of ``events/measures.tsv`` that name a restriction ("curfew", "état d'urgence",
    "internet"), as a pattern over folded text, to tell what a passive lifting lifts."""
    nouns = {fold_text(row) for row in measure_triggers(lang)}
    nouns |= {obj for listed in passive_measures(lang).values() for obj, _ in listed}
    words = sorted(nouns, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _a_lifted_measure(found: _Found, lang: str) -> bool:
    """ "Le couvre-feu a été levé lundi à Conakry", "the curfew in Leh was lifted": a
    restriction lifted in the passive with no one named is, like its imposing, the deed of
    whoever imposed it or of the place's authorities, not of nobody."""
    head = found.head
    if found.trigger.plover_type != "CONCEDE" or found.trigger.acled_subtype != "Other":
        return False
    if head.pos_ not in ("VERB", "AUX") or not args.is_passive(head) or args.agent_of(head):
        return False
    subject = next((c for c in head.children if c.dep_ in _PASSIVE_SUBJECTS), None)
    if subject is None:
        return False
    words = _lifted_measure_words(lang)
    said = fold_text(head.doc[subject.left_edge.i : subject.right_edge.i + 1].text.lower())
    lemmas = fold_text(" ".join(t.lemma_ for t in subject.subtree).lower())
    return words.search(said) is not None or words.search(lemmas) is not None


def _imposer_of_the_measure(context: _Context) -> ActorMention | None:
    """ "Authorities imposed a curfew on Monday … The curfew was lifted on Friday": who
    imposed the story's last measure lifts it; "Ethiopia lifted the curfew … The state of
    emergency will be lifted next month": who lifted one lifts the next."""
    imposed = [
        e
        for e in context.events
        if e.plover_type in ("COERCE", "CONCEDE")
        and e.acled_subtype == "Other"
        and e.status == "realised"
        and e.actor1 is not None
    ]
    return imposed[-1].actor1 if imposed else None


def _story_place(context: _Context, offset: int, found: _Found) -> PlaceMention | None:
    """Where a measure told without a place applies: the place of the paragraph's last
    event ("Riots broke out in Kisumu …"), else the last place the paragraph named before
    it, a town over the country around it ("à Kankan, en Guinée"), else the story's main
    place."""
    told = [e.place for e in context.events if e.place and _trigger_start(e) >= offset]
    if told:
        return told[-1]
    named = [
        p
        for p in context.places
        if offset <= p.start < found.start and p.kind == "place" and p.lat is not None
    ]
    finer = [p for p in named if p.feature != "country"]
    if finer or named:
        return (finer or named)[-1]
    return _inherited_place(context, found)


def _measure_authority(
    found: _Found, place: PlaceMention, context: _Context
) -> ActorMention | None:
    """Who imposes a measure no one is named for: the authorities of the place's country
    named earlier in the story ("le gouvernement de transition …"), else that country's
    government, as ACLED codes curfews and bans."""
    iso3 = _country_of(place)
    if iso3 is None:
        return None
    named = [
        a
        for a in context.actors
        if a.start < found.start and a.kind == "government" and a.country_iso3 == iso3
    ]
    if named:
        return named[-1]
    return _inferred_body(context, iso3, ".GOV", (found.start, found.end))


# Head nouns of a subject that names a state's civil authorities without naming the state
# ("Kebbi state government", "the Punjab government", "district authorities").
_UNNAMED_AUTHORITIES = _AUTHORITY_NOUNS | {"administration"}
# Words that may qualify such a noun and leave it the state's own: the level or kind of the
# administration ("the state government", "le gouvernement de transition"); any other word
# ("les autorités séparatistes", "rebel authorities", "his government") makes it another's.
_AUTHORITY_LEVELS = frozenset(
    {"state", "provincial", "regional", "district", "local", "federal", "central", "county"}
    | {"national", "interim", "transitional", "municipal", "city", "prefectoral", "military"}
    # French words not written alike once folded ("régional" folds to "regional")
    | {"transition", "militaire", "departemental", "communal", "de", "du", "d'", "la", "le", "l'"}
    # "the army-aligned government", "the junta-appointed administration"
    | {"army", "aligned", "backed", "led", "appointed", "new", "nouveau", "nouvelle"}
)


def _authority_head(words: list[Any], offset: int, context: _Context) -> Any:
    """The one head of a subject's words when it is a noun for a state's own authorities,
    qualified by nothing but their level or the place they govern ("the district
    administration", "Kaduna state government", "le gouvernement de transition"), and tied
    to no actor by the linker; else None."""
    indexes = {t.i for t in words}
    heads = [t for t in words if t.head.i not in indexes or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ != "NOUN":
        return None
    head = heads[0]
    if fold_text(head.lemma_) not in _UNNAMED_AUTHORITIES:
        return None
    start, end = args.char_span(offset, words)
    if any(start <= a.start < end for a in context.actors):
        return None
    placed = [(p.start, p.end) for p in context.places if start <= p.start < end]
    for word in words:
        at = offset + word.idx
        if word is head or word.pos_ in ("DET", "PUNCT") or any(a <= at < b for a, b in placed):
            continue
        if fold_text(word.lower_) not in _AUTHORITY_LEVELS:
            return None
    return head


def _authorities_unnamed(verb: Any, offset: int, context: _Context) -> bool:
    """ "the federal government cancelled the licence": the verb's own subject is the
    authorities, with no state named the linker could tie them to."""
    subject = args.subject_of(verb)
    if subject is None or subject[1]:
        return False
    return _authority_head(subject[0], offset, context) is not None


def _unnamed_authority(
    found: _Found, agent_words: frozenset[int], sent: Any, offset: int, context: _Context
) -> ActorMention | None:
    """ "Kebbi state government ordered the closure of all boarding schools", "The Punjab
    government suspended mobile internet": a subject headed by a word for the authorities
    that the linker tied to no actor is the government of the country of the place it
    names ("Kebbi", "Punjab"), else of the place the story is told in."""
    subject = [t for t in sent if t.i in agent_words]
    nominal = [t for t in subject if t.dep_.startswith("nsubj")]
    if len(nominal) == 1:
        subject = sorted(nominal[0].subtree, key=lambda t: t.i)  # "a charge the government…"
    if not subject or _authority_head(subject, offset, context) is None:
        return None
    start, end = args.char_span(offset, subject)
    within = [
        p
        for p in context.places
        if start <= p.start < end and p.kind == "place" and _country_of(p) is not None
    ]
    place = within[0] if within else _story_place(context, offset, found)
    if place is None:
        return None
    return _measure_authority(found, place, context)


_NOBODY = frozenset({"nobody", "none", "personne", "aucun", "aucune", "nul"})


def _nobody_did(verb: Any) -> bool:
    """ "adding that nobody had been arrested", "personne n'a été interpellé": a deed
    whose subject is nobody did not happen."""
    return any(c.dep_.startswith("nsubj") and fold_text(c.text) in _NOBODY for c in verb.children)


# Weapons that, shot down, are a strike thwarted rather than a fight: ACLED's disrupted
# weapons use ("a abattu 70 drones", "shot down two missiles").
_MUNITIONS = frozenset({"drone", "missile", "rocket"})


def _downs_a_munition(
    head: Any, offset: int, weapon_hits: list[tuple[Weapon, tuple[int, int]]]
) -> bool:
    """The trigger's object is itself a drone, missile or rocket, or its subject in the
    passive ("deux drones ont été abattus", "missiles were shot down")."""
    munitions = [span for weapon, span in weapon_hits if weapon.weapon_class in _MUNITIONS]
    passive = args.is_passive(head)
    for child in head.children:
        # "shot down most of the rockets": the parser may take "most" for an adverbial.
        share = child.dep_ == "npadvmod" and child.pos_ in ("NUM", "ADJ")
        downed = child.dep_ in ("obj", "dobj") or (passive and child.dep_ in _PASSIVE_SUBJECTS)
        if not downed and not share:
            continue
        if child.pos_ in ("NUM", "ADJ", "PRON"):  # "70 des 88 drones", "most of the missiles"
            child = next((c for c in child.subtree if c.pos_ in ("NOUN", "PROPN")), child)
        at = offset + child.idx
        if any(start <= at < end for start, end in munitions):
            return True
    return False


def _story_time(context: _Context, offset: int) -> TimeMention | None:
    """The date of the paragraph's last dated event: "Lundi, X a attaqué Y. Cinq soldats
    ont été tués." tells of one day."""
    if context.story_time is None or context.story_time[0] != offset:
        return None
    return context.story_time[1]


_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_STATE_FORCES = frozenset({"military", "police", "government", "state"})


def _taken_instead_of_ground(
    found: _Found, offset: int, context: _Context, weapons_told: list[Any]
) -> tuple[str, str | None, str, str] | None:
    """ "recaptured Los Choneros leader Adolfo Macías", "seized a car packed with
    explosives", "seized 3.2 tonnes of cocaine": what a taking verb takes may be a person (an
    arrest), arms (disrupted weapons use) or goods (a seizure) rather than ground."""
    for child in found.head.children:
        if child.dep_ not in ("obj", "dobj"):
            continue
        left, right = args.char_span(offset, sorted(child.subtree, key=lambda t: t.i))
        if any(a.kind == "person" for a in args.mentions_in(context.actors, left, right)):
            return "COERCE", None, "Strategic developments", "Arrests"
        if any(left <= at < right for _, (at, _) in weapons_told):
            return "COERCE", "seize", "Strategic developments", "Disrupted weapons use"
        goods = seized_goods_lemmas(context.lang)
        if any(
            t.pos_ in ("NOUN", "PROPN") and fold_text(t.lemma_) in goods
            for t in _phrase_without_clauses(child)
        ):
            return "COERCE", "seize", "Strategic developments", "Other"  # "seized cocaine"
    return None


_TAKEN_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})


def _takes_ground_or_goods(trigger: Trigger, subtype: str) -> bool:
    """A taking verb still coded as ground taken ("seized by soldiers") or goods seized
    ("ont été saisis"), whose taken words may yet name people."""
    goods = trigger.plover_mode == "seize" and subtype == "Other"
    return trigger.pos == "VERB" and (subtype in _TERRITORY or goods)


def _people_taken(verb: Any, offset: int, context: _Context, *, pronouns: bool = False) -> bool:
    """ "two aides, who it said were seized by soldiers", "were seized by gunmen", "ont été
    saisis par des hommes armés": what the taking verb took (its object, a passive's subject,
    or the noun a relative pronoun stands for) names people, or a person by name. A personal
    pronoun counts only where ground is no reading ("she was intercepted")."""
    taken = _taken_nouns(verb)
    if not taken and args.is_passive(verb):
        taken = [c for c in verb.children if c.dep_ == "nsubj"]  # "who … were seized"
    people = seized_people_lemmas(context.lang)
    for noun in taken:
        if fold_text(noun.text) in _WHO:
            return True  # "Mamadou Billo Bah, who it said were seized": only people are "who"
        antecedent = _relative_antecedent(noun)
        if pronouns and fold_text(antecedent.lemma_) in _PERSONAL_PRONOUNS:
            return True
        if any(
            fold_text(word.lemma_) in people or fold_text(word.text) in people
            for word in _taken_heads(antecedent)
        ):
            return True
        if _names_a_person(antecedent, offset, context):
            return True
    return False


_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "il", "elle", "lui"})
_WHO = frozenset({"who", "whom"})
_STOPPING_VERBS = frozenset({"intercept", "intercepter"})


def _stops_people(found: _Found, offset: int, context: _Context) -> bool:
    """ "was intercepted and briefly held by security forces", "Machado was intercepted",
    "ont intercepté trois militants": an interception of people stops them, an arrest, not
    a weapon downed."""
    verb = found.head
    if found.trigger.pos != "VERB" or fold_text(verb.lemma_) not in _STOPPING_VERBS:
        return False
    return _people_taken(verb, offset, context, pronouns=True)


def _names_a_person(noun: Any, offset: int, context: _Context) -> bool:
    """A person named in the taken phrase: "Mamadou Billo Bah, who it said were seized"."""
    left, right = args.char_span(offset, [noun])
    return any(a.kind == "person" and a.start < right and left < a.end for a in context.actors)


def _relative_antecedent(word: Any) -> Any:
    """ "two aides, who it said were seized": a relative pronoun stands for the noun its
    clause hangs on; any other word for itself."""
    if word.tag_ not in ("WP", "WDT") and "Rel" not in word.morph.get("PronType"):
        return word
    head = word
    for _ in range(4):
        if head.dep_ in _RELATIVE:
            return head.head
        if head.head.i == head.i:
            break
        head = head.head
    return word


# Nouns of a count that put the people taken under them: "une vingtaine de commerçants",
# "des dizaines de jeunes", "dozens of protesters".
_COUNTS_OF_PEOPLE = frozenset(
    {"dizaine", "douzaine", "vingtaine", "trentaine", "cinquantaine", "centaine", "millier"}
    | {"groupe", "dozen", "score", "hundred", "group"}
)


def _taken_heads(noun: Any) -> list[Any]:
    """The head words of a taken phrase: "three journalists and a driver" names journalists
    and a driver; "two of its leaders", "une vingtaine de commerçants" name leaders, traders."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    if noun.pos_ in ("NUM", "PRON") or fold_text(noun.lemma_) in _COUNTS_OF_PEOPLE:
        for child in noun.children:
            heads.extend(c for c in child.children if c.dep_ == "pobj")  # "two of its leaders"
            if child.dep_ == "nmod":
                heads.append(child)  # "deux de ses dirigeants"
    return heads


def _takes_arms(verb: Any, lang: str) -> bool:
    """ "ont saisi des armes", "des armes et explosifs ont été saisis", "seized a car packed
    with explosives", "took over a weapons depot": what the taking verb takes (its object, or
    a passive's subject) is arms."""
    arms = seized_arms_lemmas(lang)
    for child in _taken_nouns(verb):
        if any(
            (t.pos_ in ("NOUN", "PROPN") and fold_text(t.lemma_) in arms)
            or fold_text(t.text) in arms
            for t in _phrase_without_clauses(child)
        ):
            return True
    return False


_CLAUSE_DEPS = frozenset({"relcl", "acl:relcl", "advcl", "ccomp", "parataxis"})


def _taken_nouns(verb: Any) -> list[Any]:
    """What a taking verb takes: its object or a passive's subject, or the subject of a bare
    participle clause the parser hangs on it when a participle follows the object ("seized
    drones and explosives destined for a cell" parsed as drones being the subject of
    "destined")."""
    taken = [c for c in verb.children if c.dep_ in _TAKEN_DEPS]
    if taken:
        return taken
    for clause in verb.children:
        if (
            clause.dep_ == "ccomp"
            and clause.tag_ == "VBN"
            and not any(c.dep_ in ("aux", "auxpass", "aux:pass") for c in clause.children)
        ):
            taken.extend(c for c in clause.children if c.dep_ == "nsubj")
    return taken


def _phrase_without_clauses(noun: Any) -> list[Any]:
    """A noun phrase's words short of the clauses on it: "the town where arms were stored"
    names a town taken, "a car packed with explosives" arms."""
    words, stack = [], [noun]
    while stack:
        word = stack.pop()
        words.append(word)
        stack.extend(c for c in word.children if c.dep_ not in _CLAUSE_DEPS)
    return words


def _arms_taken(noun: Any, lang: str) -> bool:
    """ "seized two suicide vests", "ont saisi des ceintures d'explosifs": a weapon named as
    what a taking verb took was no means of an attack."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    arms = seized_arms_lemmas(lang)
    if fold_text(noun.lemma_) not in arms and fold_text(noun.text) not in arms:
        return False  # "reprendre les attaques": an attack resumed is no weapon
    while noun.dep_ in ("conj", "compound", "amod", "nmod") and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    return noun.dep_ in _TAKEN_DEPS and fold_text(verb.lemma_) in taking_verbs(lang)


def _territory_taker(subtype: str, actor1: ActorMention | None, place: PlaceMention | None) -> str:
    """Who takes ground decides the sub-type, not the verb: a state's forces taking ground
    on their own soil regain it, and a rebel group "recapturing" a town overtakes it; a
    foreign army that seizes ground overtakes it (as ACLED codes Russian advances in
    Ukraine), one that helps recapture it stays with the government."""
    if subtype not in _TERRITORY or actor1 is None:
        return subtype
    if subtype == "Government regains territory":
        return subtype if actor1.kind in _STATE_FORCES else "Non-state actor overtakes territory"
    at_home = (
        place is not None
        and place.country_iso2 is not None
        and actor1.kind in _STATE_FORCES
        and iso3_codes().get(place.country_iso2) == actor1.country_iso3
    )
    return "Government regains territory" if at_home else subtype


def _accused(spans: list[list[Any]], offset: int, context: _Context) -> ActorMention | None:
    """The first actor the words a blaming verb names as the accused hold."""
    text = context.parsed.article.text
    for tokens in spans:
        if not tokens:
            continue
        left, right = args.char_span(offset, tokens)
        left = args.coordinated_start(context.actors, left, text, right)
        actor = args.pick_actor(context.actors, left, right, text=text)
        if actor is not None:
            actor = _bloc(actor, left, right, context)
            return _named_apart(actor, right, context) or actor
    return None


def _text(context: _Context, start: int, end: int) -> str:
    return context.parsed.article.text[start:end]


def _agent(
    found: _Found, sent: Any, offset: int, context: _Context
) -> tuple[ActorMention | None, bool]:
    """Who acts: the trigger verb's subject (or a passive's agent), the subject of the verb a
    noun trigger depends on, a nationality adjective on the noun ("frappes russes"), else
    the nearest armed actor before it, else the agent of the last event of its kind."""
    head = found.head
    if _brokered_by_its_verb(found):
        # "Qatar mediated the release of hostages held by Hamas": the captor frees them,
        # never the mediator; nobody named, no doer.
        holder_words = _holder_of_the_freed(found, context.lang) or _release_agent(head)
        if not holder_words:
            return None, False
        left, right = args.char_span(offset, holder_words)
        return args.pick_actor(context.actors, left, right), False
    if _received_back(found):
        # "Kyiv received 1,000 bodies from Moscow": Moscow gives them up, Kyiv only receives.
        left, right = args.char_span(offset, _giver_of_the_returned(head, context.lang))
        giver = args.pick_actor(context.actors, left, right)
        return giver or _state_placed_in(left, right, context), False
    accuser = _accused_by_the_main_clause(found)
    if accuser is not None:
        subject = args.subject_of(accuser)
        if subject is None or subject[1]:
            return None, False
        left, right = args.char_span(offset, subject[0])
        return args.pick_actor(context.actors, left, right), False
    charging = args.charge_holder(head)
    if charging is not None and not args.blames_another(head):
        # "a accusé les rebelles d'avoir tiré des roquettes": the accused, or nobody named;
        # never the accuser nor an armed actor told before.
        accused = blamed_words(charging, head)
        # "accusent des soldats des FACa d'avoir violé": the parser may read "des" as a case.
        inside = {t.i for t in head.subtree}
        accused += [
            list(c.subtree)
            for c in charging.children
            if c.dep_ == "obl:arg" and c.i < head.i and c.i not in inside
        ]
        if charging.dep_ in ("acl:relcl", "relcl", "acl"):
            # "trois hommes, présentés comme des membres du LeT, qu'elle accuse d'avoir…",
            # "the RSF, accused by the army of shelling El Fasher"
            accused.append([t for t in charging.head.subtree if t.i < charging.i])
        return _accused(accused, offset, context), False
    if head.pos_ == "VERB" and _describes_a_noun(head):
        # "deux pilotes … tués": the noun is who was killed; only "par X" names who killed.
        agent = args.agent_of(head)
        if agent:
            left, right = args.char_span(offset, agent)
            return args.pick_actor(context.actors, left, right), False
        return None, False
    undergone_before = _attack_undergone_before(head, context.lang)
    if undergone_before is not None:
        # "came under Pakistani artillery fire, killing two guards": the attack's doer
        # killed, never the subject that came under it.
        words = _undergone_from(undergone_before, context.lang)
        left, right = args.char_span(offset, words) if words else (0, 0)
        return (args.pick_actor(context.actors, left, right) if words else None), False
    if found.trigger.acled_subtype == "Armed clash" and _sides_named_on_the_noun(head):
        # "imposed a curfew after clashes between the Brigade 444 and the Rada force": the
        # sides, not the subject of the verb the noun hangs on.
        parties = _sides_not_hit(_sides_of_fighting(found, sent, offset, context), head, offset)
        return (parties[0] if parties else None), False
    if found.trigger.plover_type in _BETWEEN_PARTIES and (
        first_party := _first_party_between(found, offset, context)
    ):
        # "un cessez-le-feu négocié par le Qatar entre la RDC et le M23": the first party
        # named, never the broker or the host of the talks.
        return first_party, False
    verb = head if head.pos_ in ("VERB", "AUX") else args.governing_verb(head) or _root_before(head)
    if verb is None and _opens_a_participle_clause(head):
        verb = _main_verb_before(head)  # ", leur reprochant des massacres": read as a noun
    if (
        verb is None
        and _sent_or_fired(found)
        and head.dep_ in ("nsubj:pass", "nsubjpass")
        and head.head.pos_ == "VERB"
    ):
        verb = head.head  # "les roquettes ont été tirées par le Jihad islamique": its agent
    if verb is None and _done_by_agent(head):
        # "une perquisition a été menée mardi au siège du journal par des gendarmes"
        left, right = args.char_span(offset, _agent_of_doing(head.head))
        return args.pick_actor(context.actors, left, right), False
    if _scene_of(head) is not None:
        verb = None  # "l'armée a été la cible d'une attaque": the subject was hit
    undergone = _undergone(head, context.lang) is not None
    if undergone:
        verb = None  # "les FAMa ont subi une attaque", "came under fire": the subject was hit
    if (
        verb is None
        and head.dep_ == "obl:arg"
        and found.trigger.plover_type in _ASKED_BY_PREPOSITION
        and _asks_for(head.head, head, context.lang)
    ):
        verb = head.head  # "ont appelé à sa libération": asked of another
    if verb is None and found.trigger.plover_type in _MUTUAL:
        verb = _clause_after(head)
    if _undone_by_its_subject(head) and (attacker := _attacker_beside(found, context)):
        return attacker, False
    if _set_by_an_unnamed_agent(head, offset, context):
        return None, False
    spans: list[list[Any]] = [_denier_of_the_charge(verb)]
    stating: list[Any] | None = None  # the subject of a statement's own verb
    speaking: list[Any] | None = None  # who "it" is, when "it" is that subject
    if head.pos_ not in ("VERB", "AUX"):
        spans.append(_holder_of_the_freed(found, context.lang))
        spans.extend(_claimed_by(head, context.lang))
        if _a_release_noun(found):
            spans.append(_release_agent(head))
        else:
            spans.append(_by_phrase_on_noun(head))
            spans.append(_noun_modifiers(head))
            spans.append(_giver_of_aid(found))
    spans.append(_undergone_from(head, context.lang))
    if spans[-1] and undergone and found.trigger.plover_type in _SPOKEN_BY_AN_AGENT:
        speaking = spans[-1]  # "faces accusations from Human Rights Watch": the NGO accuses
    asked = verb is not None and verb is not head and _is_request(verb, context.lang)
    # "requested consultations with its allies": who asks for talks takes part in them.
    asked = asked and found.trigger.plover_type != "CONSULT"
    if asked:
        # "a demandé le retrait sans délai de la Minusma": who asks is not who would withdraw.
        spans.append(_addressee(head, context.lang))
        spans.append(sorted(head.subtree, key=lambda t: t.i))
    elif verb is not None:
        if verb.dep_ == "xcomp" and _is_request(verb.head, context.lang):
            # "a exhorté dimanche l'armée soudanaise à se retirer": the one asked, whom the
            # parser may hang on the day, would act; the asker does not.
            spans.append(_addressee(head, context.lang))
            group = _group_addressed(spans[-1], offset, context)
            if group is not None:
                return group, False
        if found.trigger.plover_type not in _ACTION_TYPES:
            author = _author_of_a_document(verb)
            if author:
                spans.append(author)
                speaking = author  # "un rapport de Human Rights Watch accusant l'armée"
            # "a annoncé le report « jusqu'à nouvel ordre » …, accusant Israël": a statement
            # the parser hung on a noun is the main clause's.
            verb = args.participle_hung_on_a_noun(verb) or verb
        if _statement_beside_report(found):
            verb = verb.head.head  # "denied that troops had fired and accused the protesters"
        subject = args.subject_of(verb)
        if found.trigger.plover_type == "RETREAT":
            subject = _without_clauses_on_the_noun(subject, head)
        agent = args.agent_of(verb)
        if head is not verb and args.blames_another(verb):
            subject = None  # "Police blamed Lashkar-e-Taiba for the ambush": not the police's
            spans.extend(blamed_words(verb, head))  # the accused did it
        if agent:
            spans.append(agent)
            if verb is head and found.trigger.plover_type in _SPOKEN_BY_AN_AGENT:
                # "ont été accusées par Human Rights Watch", "was accused by Amnesty": an
                # NGO that is the agent of an accusation makes it, as its subject would.
                speaking = agent
            spans.append(_said_to_be(agent, verb))
        elif subject and subject[1] and found.trigger.plover_type in _FORCES_DEEDS:
            # "Government of Peru announced that 1,500 soldiers would be deployed": forces
            # sent or withdrawn by no one named are the announcer's.
            spans.append(_speaker_subject(verb))
        elif subject and subject[1] and _a_state_measure(found):
            # "The interior minister said a curfew would be lifted in Djibo": a measure
            # imposed or lifted by no one named is the announcing authority's.
            spans.append(_state_speaker(verb, offset, context))
        elif subject and not subject[1]:
            pronoun = _is_pronoun(subject[0])
            own = _own_subject(verb, subject[0])
            own = own and found.trigger.plover_type not in _ACTION_TYPES
            if pronoun:
                told_after = _said_after(verb)
                if told_after:
                    # "Al-Shabaab stormed a school. They also kidnapped three teachers, police
                    # said": a speaker told after the deed is no antecedent of "they".
                    spans.append(_antecedent(subject[0][0], offset, context, deeds=True))
                if not (told_after and _doer_before(subject[0][0], context.lang)):
                    spans.append(_speaker_subject(verb))  # "M23 rebels said they had taken Goma"
                    if own:
                        speaking = spans[-1]  # "the ICRC said it was surprised and urged…"
            named = _subject_without_the_target(subject[0], head)
            spans.append(args.with_nominal_run_before(named) if named else [])
            if own:
                stating = spans[-1]
                if pronoun and found.trigger.plover_type not in _FORCES_DEEDS:
                    spans.append(_antecedent(subject[0][0], offset, context, speakers=_NGO))
                    # "Amnesty published a report… It accused the police": the NGO states.
                    speaking = speaking or spans[-1]
        if subject and found.trigger.plover_type in _FORCES_DEEDS and _owned_forces(subject[0]):
            spans.append(_owner_of_the_clause(verb))  # "a reconnu que ses troupes s'étaient…"
        if subject is None:
            spans.append(_addressee(head, context.lang))
            spans.append(_controller(verb))
            spans.append(_subject_of_the_adjective(verb))
    if head.pos_ not in ("VERB", "AUX"):
        spans.append([c for c in head.children if c.dep_ in ("poss", "nmod:poss")])
    text = context.parsed.article.text
    for tokens in spans:
        if tokens:
            left, right = args.char_span(offset, tokens)
            left = args.coordinated_start(context.actors, left, text, right)
            # "Human Rights Watch accused the army of…", "Amnesty a appelé…": an NGO that
            # accuses, asks or condemns makes the statement; elsewhere it only tells.
            speakers = _NGO if tokens is stating or tokens is speaking else frozenset()
            actor = args.pick_actor(context.actors, left, right, text=text, speakers=speakers)
            if actor is not None and _where_the_unnamed_came_from(actor, tokens, offset):
                continue  # "par des hommes armés venus du Burkina Faso": not Burkina's army
            if actor is not None:
                if found.trigger.plover_type != "AGREE":  # members signing among them
                    actor = _bloc(actor, left, right, context)
                return _named_apart(actor, right, context) or actor, False
    if stating is not None and (office := _office_before(stating, sent, offset, context)):
        return office, False
    if asked and (undoer := _asked_to_undo(found, context)) is not None:
        return undoer, False
    if asked and (mover := _asked_to_withdraw(found, context)) is not None:
        return mover, False
    if verb is not None and (earlier := _referred_back(verb, context)) is not None:
        return earlier, False
    parties = _sides_not_hit(_sides_of_fighting(found, sent, offset, context), head, offset)
    if parties:
        return parties[0], False
    if (attacker := _attacker_beside(found, context)) is not None:
        return attacker, False
    if head.pos_ in ("VERB", "AUX") and args.is_passive(head):
        holder = _holder_of_the_freed(found, context.lang)
        if holder:
            left, right = args.char_span(offset, holder)
            if (actor := args.pick_actor(context.actors, left, right)) is not None:
                return actor, False
        captor = _captor_of_the_freed(found, context) or _jailer_of_the_freed(
            found, sent, offset, context
        )
        if captor is not None:
            return captor, False
        if _a_lifted_measure(found, context.lang) and (imposer := _imposer_of_the_measure(context)):
            return imposer, False
        during = _attack_named_beside(head, offset, context)
        if during is not None:
            return during, False
        return None, False  # "l'hélicoptère a été abattu": by whom, the text does not say
    if verb is not None and _authorities_unnamed(verb, offset, context):
        # "Police detained a journalist, and the federal government cancelled the licence of
        # his newspaper": the authorities did it, not the forces told before them.
        return None, False
    unnamed = (
        found.trigger.plover_type in ("ASSAULT", "COERCE")
        and verb is not None
        and _unnamed_doers(verb, head, context.lang)
    )
    s_start = offset + sent.start_char
    acted_on = _acted_on_spans(head, offset) + _scene_spans(head, offset)
    acted_on += _hit_by(head, offset) + _undergoer_spans(head, offset, context.lang)
    acted_on += _sufferer_spans(head, offset)
    before = [
        a
        for a in args.mentions_in(context.actors, s_start, found.start)
        if a.kind in args.ARMED | {"person"}
        and a.kind not in args.SPEAKERS
        and not any(left <= a.start < right for left, right in acted_on)
        and not _is_mediator(a, context)
        and (not unnamed or _a_doer_before(a, sent, offset))
        and not _civil_body_telling(a, found, sent, offset)
    ]
    if before and (blamed := _blamed_later_in_the_sentence(found, sent, offset, context)):
        return blamed, False
    if before and (blamed := _blamed_in_a_later_sentence(found, context)):
        return blamed, False
    if before:
        return _first_of_a_pair(before, found, context.parsed.article.text), False
    if asked and found.trigger.plover_type == "AGREE":
        # "Clashes between the 444 Brigade and the SSA …; the UN called for a ceasefire":
        # the truce is asked of the sides that fought; with none named, it is the asker's.
        side = _last_fighting_side(context) or _asker(verb, offset, context)
        if side is not None:
            return side, False
    previous = [
        e for e in context.events if e.plover_type == found.trigger.plover_type and e.actor1
    ]
    # "Israeli jets struck…, hours after Hezbollah fired rockets…. Three people were killed
    # in the strike": the last deed of the same kind, when one was told.
    alike = [e for e in previous if e.acled_subtype == found.trigger.acled_subtype]
    if alike or previous:
        return (alike or previous)[-1].actor1, True
    return None, False


# Verbs telling where unnamed men came from: "des hommes armés venus du Burkina Faso",
# "gunmen who came from Somalia", "fighters operating from Afghanistan".
_COMING_FROM = frozenset({"venir", "come", "arrive", "originate", "operate", "operer", "cross"})
_FROM_WHERE = frozenset({"from", "de", "du", "des", "d'", "depuis"})


def _where_the_unnamed_came_from(actor: ActorMention, tokens: list[Any], offset: int) -> bool:
    """A state named only as where the doers came from, who are themselves unnamed."""
    if actor.kind not in ("state", "place") or not tokens:
        return False
    return _come_from(actor.start, actor.end, tokens, offset)


def _a_place_come_from(place: PlaceMention, sent: Any, offset: int) -> bool:
    """ "gunmen who came from Burkina Faso": where they came from is not where they struck."""
    return place.kind == "place" and _come_from(place.start, place.end, list(sent), offset)


def _come_from(start: int, end: int, tokens: list[Any], offset: int) -> bool:
    head = _span_head(tokens, start, end, offset)
    if head is None:
        return False
    if head.dep_ == "pobj":
        case, verb = head.head, head.head.head
    else:
        case = next((c for c in head.children if c.dep_ == "case"), None)
        verb = head.head
    if case is None or fold_text(case.text) not in _FROM_WHERE:
        return False
    return fold_text(verb.lemma_) in _COMING_FROM and verb.pos_ in ("VERB", "AUX")


def _blamed_in_a_later_sentence(found: _Found, context: _Context) -> ActorMention | None:
    """An attack whose sentence names its doer nowhere near it ("clashed with Fano
    militiamen …, and a drone struck a minibus"), blamed in a sentence after it ("Local
    officials blamed the federal army for the strike"): the side blamed."""
    if found.trigger.acled_type != _REMOTE or _ran_into_a_device(found, context.lang):
        return None
    told = sentence_index(context.parsed, found.start)
    return next(
        (
            context.blamed[index]
            for index in range(told + 1, told + 1 + _SENTENCES_AFTER)
            if index in context.blamed
        ),
        None,
    )


# How many sentences after an attack a blame may name its doer.
_SENTENCES_AFTER = 2


def _blamed_later_in_the_sentence(
    found: _Found, sent: Any, offset: int, context: _Context
) -> ActorMention | None:
    """An attack with no subject, put down later in its sentence to a side ("un convoi a été
    touché par des tirs d'artillerie…, selon l'ONU, qui en attribue la responsabilité aux
    FSR"): that side, not the armed actor named nearest before the attack."""
    if found.trigger.plover_type != "ASSAULT":
        return None
    cues = perpetrator_cues(context.lang)
    for verb in sent:
        cue = cues.get(fold_text(verb.lemma_))
        if verb.i <= found.head.i or cue is None or "subject" in cue.names:
            continue
        for words in blamed_words(verb, found.head):
            left, right = args.char_span(offset, words)
            if (actor := args.pick_actor(context.actors, left, right)) is not None:
                return actor
    return None


# Prepositions that lead whom a deed hit, on the deed's noun: "an attack on", "contre".
_AT_A_TARGET = frozenset({"on", "against", "upon", "contre", "sur"})


def _subject_without_the_target(subject: list[Any], head: Any) -> list[Any]:
    """A subject without whom its own noun trigger hit ("An attack on a Malian army post
    killed five soldiers", "Beijing's sanctions on US defence firms took effect"): that
    phrase names the target; the rest ("un kamikaze d'Al-Mourabitoune", "des obus tirés
    par le SPLM-Nord") may still name the doer."""
    if head.pos_ in ("VERB", "AUX") or all(t.i != head.i for t in subject):
        return subject
    hit = {t.i for c in head.children if _leads_a_target(c) for t in c.subtree}
    return [t for t in subject if t.i not in hit]


def _leads_a_target(child: Any) -> bool:
    """Whether a noun's child is a phrase led by "on"/"against"/"contre"/"sur"."""
    if child.dep_ == "prep":
        return fold_text(child.text) in _AT_A_TARGET
    case = next((c for c in child.children if c.dep_ == "case"), None)
    return (
        child.dep_.startswith("nmod") and case is not None and fold_text(case.text) in _AT_A_TARGET
    )


# Verbs by which a party turns a charge down ("denied", "rejected", "dismissed"), whether or
# not the lexicon makes them an event.
_DENYING_VERBS = frozenset(
    {"deny", "reject", "dismiss", "refute", "dispute", "deride"}
    | {"dementir", "rejeter", "refuter", "nier", "contester", "balayer"}
)


def _denier_of_the_charge(verb: Any) -> list[Any]:
    """The subject of a verb that denies a charge whose clause this deed heads, when the
    deed's doer is "it" or "its forces" ("Iran denied Israel's accusation that it had
    supplied drones", "Moscow rejected accusations by Kyiv that its forces had shelled the
    plant"): the pronoun is the denier's, not the accuser's named nearer."""
    if verb is None or verb.dep_ not in ("acl", "ccomp"):
        return []
    charge = verb.head
    # "rejected Hamas claims that…": the parser may read the charge as a verb, a clause.
    if fold_text(charge.lemma_) not in _CLAIM_WORDS or charge.dep_ not in ("obj", "dobj", "ccomp"):
        return []
    if fold_text(charge.head.lemma_) not in _DENYING_VERBS:
        return []
    subject = args.subject_of(verb)
    if not subject or subject[1] or not (_is_pronoun(subject[0]) or _owned_forces(subject[0])):
        return []
    denier = args.subject_of(charge.head)
    return denier[0] if denier and not denier[1] and not _is_pronoun(denier[0]) else []


def _last_fighting_side(context: _Context) -> ActorMention | None:
    """The first side named of the story's last armed clash ("heavy clashes broke out
    between the 444 Brigade and the SSA"), of whom a truce called for is asked."""
    clashes = [e for e in context.events if e.acled_subtype == "Armed clash"]
    return clashes[-1].actor1 if clashes else None


def _truce_asked_by(
    found: _Found, actor1: ActorMention | None, offset: int, context: _Context
) -> bool:
    """Whether the doer of a truce asked for is only its asker ("L'Union africaine a appelé
    à un cessez-le-feu"), no side having been named to make it."""
    head = found.head
    verb = args.governing_verb(head) or (head.head if head.dep_ == "obl:arg" else None)
    if actor1 is None or actor1.kind in args.ARMED | {"person"}:
        return False  # "Qatar called for a ceasefire": a state's call stays the truce asked
    if verb is None or not _is_request(verb, context.lang):
        return False
    asker = _asker(verb, offset, context)
    return asker is not None and asker.start == actor1.start


def _asker(verb: Any, offset: int, context: _Context) -> ActorMention | None:
    """ "The UN mission called for an immediate ceasefire", "l'Union africaine a appelé à
    une trêve": a truce asked of no one named, with no side told before, is the asker's
    call; the body that asks stands for it rather than no event at all."""
    subject = args.subject_of(verb)
    if not subject or subject[1]:
        return None
    left, right = args.char_span(offset, subject[0])
    text = context.parsed.article.text
    return args.pick_actor(context.actors, left, right, text=text, speakers=_NGO)


# Deals and talks whose parties a "between"/"entre" phrase names.
_BETWEEN_PARTIES = frozenset({"AGREE", "CONSULT"})


def _holders_of_the_parties(head: Any) -> list[Any]:
    """Where the parser hangs "between X and Y" of a deal or talks told by a noun: on the
    noun ("a ceasefire between Armenia and Azerbaijan"), on the participle on it ("brokered
    by the United States between India and Pakistan"), or on the verb whose object it is
    ("a négocié une trêve entre…")."""
    if head.pos_ == "NOUN":
        participles = [c for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        # "négociée par l'Union africaine entre l'Éthiopie et…": the parser may hang the
        # parties on the broker.
        brokers = [b for p in participles for b in _agents_of_the_participle(p)]
        holders = [head, *participles, *brokers]
        if head.dep_ in ("obj", "dobj") and head.head.pos_ == "VERB":
            holders.append(head.head)
        return holders
    # "Egypt mediated a ceasefire between…", "a proposé d'accueillir des pourparlers
    # entre…": a verb of mediating or hosting is the mediator's or the host's own deed.
    return []


def _agents_of_the_participle(participle: Any) -> list[Any]:
    """The noun of a "par"/"by" phrase on a participle ("négociée par l'Union africaine")."""
    found = []
    for child in participle.children:
        if child.dep_ == "agent":
            found += [c for c in child.children if c.dep_ == "pobj"]
        elif any(c.dep_ == "case" and fold_text(c.text) == "par" for c in child.children):
            found.append(child)
    return found


def _between_phrase(holder: Any) -> list[Any]:
    """The first party's words in a "between X and Y" / "entre X et Y" phrase on
    ``holder`` (X, without "and Y"), if any."""
    for child in holder.children:
        first = None
        if child.dep_ == "prep" and fold_text(child.text) in _BETWEEN:
            first = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "case" and fold_text(c.text) in _BETWEEN for c in child.children
        ):
            first = child
        if first is not None:
            return _first_conjunct(first)
    return []


def _first_conjunct(noun: Any) -> list[Any]:
    """ "the Sudanese army" of "the Sudanese army and the RSF": a phrase without its
    coordinated parts."""
    later = {t.i for c in noun.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in noun.subtree if t.i not in later and t.i <= noun.i + 8]


def _parties_named_between(found: _Found) -> bool:
    """ "Oman hosted talks between Iran and the United States": the host receives no
    visitor; the talks are the parties'."""
    return any(_between_phrase(h) for h in _holders_of_the_parties(found.head))


def _first_party_between(found: _Found, offset: int, context: _Context) -> ActorMention | None:
    """ "A ceasefire brokered by the United States between India and Pakistan", "Oman hosted
    talks between Iran and the United States": a deal or talks naming their parties in a
    "between"/"entre" phrase are the first party's, not the mediator's or the host's."""
    for holder in _holders_of_the_parties(found.head):
        phrase = _between_phrase(holder)
        if phrase:
            left, right = args.char_span(offset, phrase)
            text = context.parsed.article.text
            return args.pick_actor(context.actors, left, right, text=text)
    return None


def _attacker_beside(found: _Found, context: _Context) -> ActorMention | None:
    """ "JNIM militants attacked an army convoy; … three trucks burned", "après une attaque
    au cours de laquelle le commissariat a été incendié": a destruction whose clause names
    no doer, told after an attack in its sentence, is the attacker's deed, never that of
    the victims named between them."""
    if found.trigger.acled_subtype != "Looting/property destruction":
        return None
    attacks = [
        e for e in context.sentence_events if e.plover_type == "ASSAULT" and e.actor1 is not None
    ]
    return attacks[-1].actor1 if attacks else None


_PAIRED = re.compile(r"\s*(?:et|and|&)\s*", re.I)
# "chinois, russes et iraniens", "Nigeria, Chad and Niger": a list's separators.
_LISTED = re.compile(r"\s*(?:,\s*(?:(?:et|and)\s+)?|et\s+|and\s+|&\s*)", re.I)


# Folded words of a drill: held by two parties together it is a cooperation.
_DRILLS = frozenset(
    {"exercise", "exercice", "drill", "manoeuvre", "manoeuvres", "maneuver", "maneuvers"}
)


def _drills_held_together(item: _Found) -> _Found:
    """ "India and the United States held their annual Malabar naval exercises", "les
    armées philippine et américaine ont lancé leurs exercices": drills whose holders are
    two parties named together are joint, a COOPERATE as "joint exercises" is."""
    if item.trigger.plover_type != "MOBILIZE" or _DRILLS.isdisjoint(
        fold_text(word) for word in item.trigger.words
    ):
        return item
    verb = item.head.head if item.head.pos_ == "NOUN" else item.head
    subject = args.subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject[1] or not _names_two_parties(subject[0]):
        return item
    return replace(item, trigger=replace(item.trigger, plover_type="COOPERATE"))


def _names_two_parties(words: list[Any]) -> bool:
    """ "India and the United States", "les armées malienne et nigérienne": a subject whose
    names or nationality adjectives are coordinated."""
    return any(t.dep_ == "conj" and t.pos_ in ("PROPN", "ADJ") and t.head in words for t in words)


def _first_of_a_pair(before: list[ActorMention], found: _Found, text: str) -> ActorMention:
    """The nearest armed actor before a trigger, or for a clash the first of a pair named
    just before it ("des détenus des gangs rivaux Los Lobos et Los Choneros se sont
    affrontés", parsed with no subject): whoever is named first of the sides is actor1.
    So for a joint deed of listed parties ("des navires chinois, russes et iraniens ont
    entamé des manœuvres conjointes"): the first named leads it."""
    last = before[-1]
    if len(before) < 2:
        return last
    if (faction := _faction_before_its_movement(before[-2], last, text)) is not None:
        return faction
    if found.trigger.plover_type in _MUTUAL:
        return _first_listed(before, text)
    if found.trigger.acled_subtype != "Armed clash":
        return last
    first = before[-2]
    return first if _PAIRED.fullmatch(text[first.end : last.start]) else last


# "Los Chapitos, a faction of the Sinaloa Cartel,", "le JNIM, la branche sahélienne
# d'Al-Qaïda,": a name glossed, after a comma, by the movement it belongs to.
_GLOSSED_BY = re.compile(
    r"^\s*,(?:\s+[\w'’-]+){1,5}?\s*(?:of|de|du|des|d'|d’)\s*(?:the\s+|la\s+|l'|l’)?$", re.I
)
# "l'État-major central (EMC) des FARC", "the Katiba Macina of JNIM": a group named as
# a part "of" another.
_A_PART_OF = re.compile(r"^\)?\s*(?:of|de|du|des|d'|d’)\s*(?:the\s+|la\s+|l'|l’)?$", re.I)


def _faction_before_its_movement(
    named: ActorMention, after: ActorMention, text: str
) -> ActorMention | None:
    """With no subject parsed, a faction named right before its movement is the doer, not
    the movement: "des hommes armés des Chapitos, une faction du cartel de Sinaloa, ont
    attaqué", "des dissidents de l'État-major central (EMC) des FARC ont fait exploser"."""
    if named.kind != "armed_group" or after.kind != "armed_group":
        return None
    gap = text[named.end : after.start]
    if _A_PART_OF.match(gap):
        return named
    if _GLOSSED_BY.match(gap) and args.descends_from(named.canonical_id, after.canonical_id):
        return named
    return None


def _first_listed(before: list[ActorMention], text: str) -> ActorMention:
    """The first of the run of parties listed right before the last one ("Nigeria and the
    United States agreed to set up a joint working group": Nigeria)."""
    at = len(before) - 1
    while at > 0 and _LISTED.fullmatch(
        _without_article(text[before[at - 1].end : before[at].start])
    ):
        at -= 1
    return before[at]


def _away_from_those_acting(
    places: list[PlaceMention], acting: set[int], start: int, end: int
) -> list[PlaceMention]:
    """The places other than the capitals that act and the countries that own a site, when
    the sentence names another ("Moscow struck Kharkiv", "hit a US base in Syria"); else
    they stay ("Moscow expelled two diplomats")."""
    kept = [p for p in places if p.start not in acting]
    return kept if any(start <= p.start < end for p in kept) else places


def _capitals_acting(found: _Found, actor1: ActorMention | None, context: _Context) -> set[int]:
    """Where a capital that is actor1 stands, with the capitals listed beside it, when it
    strikes or coerces ("Washington and London struck Sanaa"); one that speaks speaks from
    there ("Kyiv rejected the plan"). Troops a capital sends or withdraws keep it: moving
    them off it merged a withdrawal into the other move of its sentence."""
    if actor1 is None or actor1.via != "capital":
        return set()
    if found.trigger.plover_type not in _ACTION_TYPES:
        return set()
    text = context.parsed.article.text
    named = {actor1.start}
    last = actor1
    for mention in sorted(context.actors, key=lambda a: a.start):
        if mention.start <= last.start or mention.start >= found.start:
            continue
        gap = _without_article(text[last.end : mention.start])
        if mention.via != "capital" or not _LISTED.fullmatch(gap):
            break
        named.add(mention.start)
        last = mention
    return named


def _without_article(gap: str) -> str:
    """A list's separator without the article of the next name ("and the ", "et les ")."""
    return re.sub(r"(?:\b(?:the|les|la|le)\s*|\bl['’]\s*)$", "", gap, flags=re.I)


def _undone_by_its_subject(head: Any) -> bool:
    """A verb whose subject is what it destroyed, not a doer: a passive with no agent
    ("la mairie a été incendiée") or one with no object ("three trucks burned")."""
    if head.pos_ != "VERB" or args.agent_of(head):
        return False
    return not any(c.dep_ in ("obj", "dobj") for c in head.children)


_PERSON_LABELS = frozenset({"PERSON", "PER"})


def _office_before(
    subject: list[Any], sent: Any, offset: int, context: _Context
) -> ActorMention | None:
    """ "Burkina Faso's security minister said … . Mahamadou X accused plotters…": a
    person the dictionary does not know, speaking right after a sentence whose subject is
    an office with no holder named (``events/office_nouns.tsv``), is that office's holder;
    the statement is the office's. Any other unknown person stays unlinked."""
    name = next((t for t in subject if t.head not in subject or t.head.i == t.i), None)
    if name is None or name.ent_type_ not in _PERSON_LABELS:
        return None
    if not all(t.pos_ == "PROPN" or t.ent_type_ in _PERSON_LABELS for t in subject):
        return None  # "le frère de Mahamadou X": a person of the story, no office's holder
    left, right = args.char_span(offset, subject)
    if args.mentions_in(context.actors, left, right):
        return None
    sentences = list(sent.doc.sents)
    at = next((i for i, s in enumerate(sentences) if s.start == sent.start), 0)
    if at == 0:
        return None
    root = sentences[at - 1].root
    told = args.subject_of(root) if root.pos_ in ("VERB", "AUX") else None
    if told is None or told[1]:
        return None
    words = told[0]
    title = next((t for t in words if t.head not in words or t.head.i == t.i), None)
    if title is None or fold_text(title.lemma_) not in office_nouns(context.lang):
        return None
    if any(t.ent_type_ in _PERSON_LABELS for t in words):
        return None  # "the security minister, Mahamadou X, said": the holder is named
    left, right = args.char_span(offset, words)
    office = [a for a in args.mentions_in(context.actors, left, right) if a.kind != "person"]
    return office[-1] if office else None


def _unnamed_doers(verb: Any, head: Any, lang: str) -> bool:
    """ "… into the wall of a Frontier Corps headquarters before gunmen stormed the
    compound": doers the clause names without saying whose ("gunmen", "des assaillants")
    are no actor named before them as a target; a claim told later may say who they were."""
    subject = args.subject_of(verb)
    if not subject or subject[1]:
        return False
    words = subject[0]
    root = next((t for t in words if t.head not in words or t.head.i == t.i), None)
    return (
        root is not None
        and head not in words
        and root.pos_ == "NOUN"
        and fold_text(root.lemma_) in deed_nouns(lang, "doer")
    )


def _a_doer_before(mention: ActorMention, sent: Any, offset: int) -> bool:
    """Whether ``mention`` stands in the subject of an earlier clause ("an al-Shabaab
    suicide bomber blew himself up … as gunmen stormed the area"), not in what it hit."""
    token = next((t for t in sent if offset + t.idx >= mention.start), None)
    while token is not None and token.pos_ not in ("VERB", "AUX"):
        if token.dep_.startswith("nsubj"):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# Kinds of actor a bloc's members may be named as ("the juntas of Mali, Burkina Faso and Niger").
_MEMBER_KINDS = frozenset({"state", "government", "military"})
_NGO = frozenset({"ngo"})
# Statements whose passive agent ("accused by HRW", "appelé par Amnesty") is the speaker.
_SPOKEN_BY_AN_AGENT = frozenset({"ACCUSE", "REQUEST"})


# Folded words of the triggers that tell of a group being formed: mergers, coalitions.
_FORMING = frozenset(
    {"fusion", "fusionner", "merge", "merger", "unification", "unir", "unite", "unify"}
    | {"formation", "creation", "coalition"}
)


def _forms_a_group(found: _Found, actor2: ActorMention | None, text: str) -> bool:
    """ "Ansar Dine … ont annoncé leur fusion au sein du JNIM", "announced the formation of
    the People's Defence Force": ACLED codes the group formed as the actor, not its makers;
    not the enemy it is formed against ("un commandement unifié … contre l'AFC/M23")."""
    return (
        actor2 is not None
        and actor2.kind == "armed_group"
        and actor2.start >= found.start
        and not _FORMING.isdisjoint(found.trigger.words)
        and _AGAINST.search(text[found.end : actor2.start]) is None
    )


_AGAINST = re.compile(r"\b(?:contre|against|face aux?|opposing|fighting|combattre)\b", re.I)
# "un échange de tirs avec des militaires", "clashes with the army": the side a clash is
# fought with, not the soldiers it killed.
_WITH_A_SIDE = re.compile(r"\b(?:avec|with|entre|between)\s+(?:[\w'’]+\s+)?$", re.I)
_SIDE_REACH = 24  # characters before a side's name: "avec des ", "with the "


def _one_side_named(found: _Found, acled_subtype: str, actor2: ActorMention, text: str) -> bool:
    """Whether the one party named is a side rather than a target: of a meeting, a deal,
    or a clash fought "with" it; whoever is named first of them is its actor1."""
    if found.trigger.plover_type in _MUTUAL:
        return True
    before = text[max(0, actor2.start - _SIDE_REACH) : actor2.start]
    return acled_subtype == "Armed clash" and _WITH_A_SIDE.search(before) is not None


# Pronouns that stand for one person ("he", "il") or for one person or body ("she", "elle",
# "it"): "elle" is also "la Cedeao", "she" a ship or a state in some styles.
_PERSON_PRONOUNS = frozenset({"he", "il"})
_ONE_PRONOUNS = _PERSON_PRONOUNS | {"she", "elle", "it"}
# "They also rejected…", "Ils ont aussi dénoncé…": several parties, or a group, named before.
_MANY_PRONOUNS = frozenset({"they", "ils", "elles"})


# Deeds of forces rather than statements: "pour qu'il retire ses troupes" is Israel's.
_FORCES_DEEDS = frozenset({"RETREAT", "MOBILIZE"})


def _sent_or_fired(found: _Found) -> bool:
    """A noun trigger that a passive verb's agent acts through: "les roquettes ont été tirées
    par le Jihad islamique", "des renforts ont été envoyés à Goma par Kinshasa"; forces only
    with that agent named ("MINUSMA's withdrawal was completed" is the mission's own)."""
    if found.trigger.acled_type in _VIOLENT_TYPES:
        return True
    verb = found.head.head
    sent = fold_text(verb.lemma_) in _MOVING_FORCES
    return found.trigger.plover_type in _FORCES_DEEDS and sent and args.agent_of(verb) is not None


# Verbs by which a party moves forces it names as their subject in the passive ("des renforts
# ont été envoyés par Kinshasa"); "the deployment was welcomed by the UN" sends nothing.
_MOVING_FORCES = frozenset(
    {"envoyer", "depecher", "deployer", "acheminer", "expedier", "mobiliser", "retirer"}
    | {"send", "dispatch", "deploy", "rush", "airlift", "move", "mobilize", "mobilise"}
    | {"withdraw", "order"}
)


# Conjunctions of a clause told or wanted, whose pronoun is often the main clause's object.
_THAT = frozenset({"que", "qu'", "qu", "that"})


def _antecedent(
    pronoun: Any,
    offset: int,
    context: _Context,
    *,
    deeds: bool = False,
    speakers: frozenset[str] = frozenset(),
) -> list[Any]:
    """ "Araghchi said on Tuesday that… He warned that…", "Macron s'est entretenu avec
    Joseph Aoun, à qui il a réaffirmé…": who a statement's pronoun subject stands for, the
    last subject before it in the paragraph that names an actor (a person for "he"). For
    ``deeds``, the subject of a verb of saying is skipped ("stormed a school, police said.
    They also kidnapped…": the police only told it)."""
    word = fold_text(pronoun.text)
    if word not in _ONE_PRONOUNS | _MANY_PRONOUNS or _told_in_a_that_clause(pronoun):
        return []
    said = reporting_verbs(context.lang) if deeds else frozenset()
    for token in reversed(pronoun.doc[: pronoun.i]):
        if not token.dep_.startswith("nsubj") or token.pos_ == "PRON":
            continue
        if fold_text(token.head.lemma_) in said:
            continue
        if word in _ONE_PRONOUNS and _plural_common_noun(token):
            continue  # "said security forces had killed 30 protesters. It accused…": not "it"
        tokens = sorted(token.subtree, key=lambda t: t.i)
        actor = args.pick_actor(context.actors, *args.char_span(offset, tokens), speakers=speakers)
        if actor is None:
            continue
        if word in _MANY_PRONOUNS and actor.kind == "person" and not _several(token):
            continue  # "they" is not one person
        if actor.kind == "person" or word not in _PERSON_PRONOUNS:
            return tokens
        if _stands_for_il(word, token, context.lang):
            return tokens
    return []


def _told_in_a_that_clause(pronoun: Any) -> bool:
    """Whether a pronoun is the subject of a "que"/"that" complement clause, whose speaker
    it stands for; a relative "qu'" the parser marks alike ("trois hommes, présentés comme
    des membres du LeT, qu'elle accuse d'avoir perpétré l'attaque") opens no such clause:
    "elle" is the subject named before."""
    clause = pronoun.head
    if clause.dep_ in _RELATIVE:
        return False
    return any(c.dep_ == "mark" and fold_text(c.text) in _THAT for c in clause.children)


def _plural_common_noun(token: Any) -> bool:
    """ "security forces", "les militaires": no antecedent of "it" or "elle"; an acronym the
    tagger calls plural ("L'ONG Amnesty…") still may be."""
    return token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") and not token.text.isupper()


def _stands_for_il(word: str, noun: Any, lang: str) -> bool:
    """ "Le ministre ivoirien de la Défense s'est rendu à Korhogo. Il a accusé…", "Le M23 a
    rejeté l'accord. Il a aussi…": "he" and "il" stand for an office title with no holder
    named (``events/office_nouns.tsv``), and French "il" for any masculine singular body."""
    if fold_text(noun.lemma_) in office_nouns(lang):
        return True
    return (
        word == "il"
        and "Plur" not in noun.morph.get("Number")
        and "Fem" not in noun.morph.get("Gender")
        and not _several(noun)
    )


def _several(noun: Any) -> bool:
    """ "The leaders of Mali and Niger", "Putin and Erdogan": a subject naming more than one."""
    return "Plur" in noun.morph.get("Number") or any(c.dep_ == "conj" for c in noun.children)


def _own_subject(verb: Any, subject: list[Any]) -> bool:
    """Whether the subject hangs on the verb itself, not on a verb it is the object of
    ("Amnesty called on Ethiopia to release them": Amnesty does not release), or on a verb
    it is coordinated with ("Le CICR s'est dit « surpris » et a demandé à Niamey…", "Amnesty
    said it was shocked and called on…": the second verb has the first one's subject)."""
    owners = {verb.i}
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        owners.add(node.i)
    return any(t.head.i in owners and t.dep_.startswith("nsubj") for t in subject)


def _bloc(actor: ActorMention, left: int, right: int, context: _Context) -> ActorMention:
    """ "The juntas of Mali, Burkina Faso and Niger rejected…": all the members of a bloc
    named together as the doer act as the bloc (``members`` in the dictionary)."""
    if actor.kind not in _MEMBER_KINDS:
        return actor
    named = frozenset(
        a.country_iso3
        for a in args.mentions_in(context.actors, left, right)
        if a.kind in _MEMBER_KINDS and a.country_iso3
    )
    bloc = load_actors().bloc_of(named, context.reference.day)
    if bloc is None:
        return actor
    return replace(actor, canonical_id=bloc.id, name=bloc.name, kind=bloc.kind, country_iso3=None)


# Verbs that only say a deed named by their subject noun was done: "une perquisition a été
# menée par", "arrests were made by", "the raid was carried out by".
_DOING = frozenset(
    {"mener", "effectuer", "conduire", "operer", "realiser", "make", "carry", "conduct"}
)


def _done_by_agent(noun: Any) -> bool:
    """ "Une perquisition a été menée mardi … par des gendarmes", "Several arrests were made
    by the police": the subject of a passive verb of doing is done by its agent."""
    verb = noun.head
    return (
        noun.dep_ in ("nsubj:pass", "nsubjpass")
        and verb.pos_ == "VERB"
        and fold_text(verb.lemma_) in _DOING
        and bool(_agent_of_doing(verb))
    )


# Clauses on a noun: "la base, remise aux Forces armées nigériennes", "the camp handed
# over to the army"; they tell of another party than the noun's doer.
_CLAUSES_ON_A_NOUN = frozenset({"acl", "acl:relcl", "relcl"})


def _without_clauses_on_the_noun(
    subject: tuple[list[Any], bool] | None, noun: Any
) -> tuple[list[Any], bool] | None:
    """A noun trigger that is itself the subject ("le retrait des troupes françaises a été
    achevé") names its doer on itself, not in a clause on one of its words: in "leur retrait
    de la base, remise aux Forces armées nigériennes, a annoncé…" the army that takes the base
    over did not withdraw; "des obus tirés par les Houthis" keeps its clause (RETREAT only)."""
    if subject is None or noun.pos_ != "NOUN" or all(t.i != noun.i for t in subject[0]):
        return subject
    told = {
        t.i
        for word in noun.subtree
        if word.dep_ in _CLAUSES_ON_A_NOUN and word.i != noun.i
        for t in word.subtree
    }
    return [t for t in subject[0] if t.i not in told], subject[1]


def _agent_of_doing(verb: Any) -> list[Any]:
    """The "par"/"by" phrase of a passive verb of doing, also when the parser hung it on
    the place or day before it ("menée au siège du journal par des gendarmes")."""
    agent = args.agent_of(verb)
    if agent:
        return agent
    for child in verb.children:
        if child.dep_ not in ("obl", "obl:mod", "prep"):
            continue
        for word in child.subtree:
            cases = {fold_text(c.text) for c in word.children if c.dep_ in ("case", "prep")}
            if word.i != child.i and word.dep_ in ("nmod", "obl:agent") and cases & args.BY_WORDS:
                return list(word.subtree)
            if word.dep_ == "agent":
                return list(word.subtree)
    return []


def _root_before(noun: Any) -> Any | None:
    """The sentence's main verb when the parser hung an object noun on the wrong word
    ("ont conclu à Ankara, sous l'égide du président turc, un accord": "accord" made an
    apposition of "président"); only a verb before the noun, never in a headline."""
    root = noun.sent.root
    misread = noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN")
    return root if misread and root.pos_ == "VERB" and root.i < noun.i else None


def _main_verb_before(participle: Any) -> Any | None:
    """ "Les États-Unis ont imposé des sanctions à deux commandants, leur reprochant…": a
    participle clause after a comma, which the parser left hanging, is done by the subject
    of the last verb before it that has one."""
    sent = participle.sent
    verbs = [
        t
        for t in sent
        if t.i < participle.i
        and t.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children)
    ]
    return verbs[-1] if verbs else None


def _clause_after(noun: Any) -> Any | None:
    """ "Lors d'un entretien avec son homologue, le ministre a réaffirmé…", "During talks
    with X, Y said…": a meeting told in a phrase before the main clause, which the parser
    left hanging, is had by that clause's subject."""
    root = noun.sent.root
    return root if root.pos_ in ("VERB", "AUX") and noun.i < root.i else None


def _arrested(found: _Found, offset: int) -> tuple[int, int] | None:
    """Who was arrested, when the words count or name them: "Plus de 80 personnes ont été
    interpellées", "arrested 6 suspects", "79 interpellations". An arrest told with no
    arrester, place or date is still an arrest, as ACLED codes it."""
    head = found.head
    phrases = [c for c in head.children if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
    if head.pos_ == "NOUN":
        phrases += [c for c in head.children if c.dep_ == "nummod"]
    for phrase in phrases:
        words = list(phrase.subtree)
        if any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in words):
            return args.char_span(offset, words)
    return None


def _ran_into_a_device(found: _Found, lang: str) -> bool:
    """ "un véhicule du BIR a sauté sur une mine", "a convoy hit a roadside bomb": the
    subject is whom the device hit."""
    if found.trigger.acled_subtype != "Remote explosive/landmine/IED":
        return False
    head = found.head
    verb = head if head.pos_ == "VERB" else args.governing_verb(head)
    if verb is None and head.dep_ == "obl:arg" and head.head.pos_ == "VERB":
        verb = head.head  # "a sauté sur un engin explosif improvisé"
    return verb is not None and fold_text(verb.lemma_) in device_hit_lemmas(lang)


def _two_sided(found: _Found, lang: str) -> bool:
    """Fighting between sides ("clashed", "des affrontements"), not one side's attack."""
    return found.trigger.acled_subtype == "Armed clash" and fold_text(
        found.head.lemma_
    ) in reciprocal_lemmas(lang)


def _only_civilians(head: Any, lang: str) -> bool:
    """Whether what the trigger acts on names civilians and no soldiers or police."""
    tokens = [token for words in args.targets_of(head) for token in words]
    named = args.words_in(tokens, args.victim_words(lang)) if tokens else set()
    return "CIVILIANS" in named and "ARMED" not in named


def _is_mediator(actor: ActorMention, context: _Context) -> bool:
    """ "sous l'égide du président turc", "talks brokered by Qatar": a host, not a party."""
    before = context.parsed.article.text[max(0, actor.start - 80) : actor.start]
    return mediator_phrases(context.lang).search(fold_text(before)) is not None


_ACTED_ON = ("obj", "dobj", "iobj", "obl", "obl:mod", "obl:arg", "nmod", "prep", "pobj")


def _acted_on_spans(head: Any, offset: int) -> list[tuple[int, int]]:
    """What the clause a bare participle hangs on acts on or happens at: in "a explosé au
    passage d'un convoi de l'armée, tuant trois soldats" the army is the target, never who
    killed. A verb with its own subject or auxiliary is left alone (the parser may hang a
    whole clause on the wrong verb), except a subjectless verb coordinated after the
    participle ("…, tuant quatre soldats, et ont pillé des entrepôts"): the main clause's
    doers did both, and the participle's victims loot nothing."""
    if any(c.dep_.startswith("nsubj") for c in head.children):
        return []
    if any(c.dep_.startswith("aux") for c in head.children) and not _after_a_participle(head):
        return []
    spans = []
    node = head
    while node.dep_ in ("advcl", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in _ACTED_ON and node.i < child.i < head.i and not _named_as(child):
                spans.append(args.char_span(offset, list(child.subtree)))
    return spans


# "présentés comme des VDP", "described as RSF fighters": what the doers are said to be.
_AS = frozenset({"comme", "as"})


def _named_as(phrase: Any) -> bool:
    """ "des hommes armés, présentés comme des VDP, exécutant des civils": a phrase saying
    who the doers are is no target of the clause the deed hangs on."""
    return any(c.dep_ == "case" and fold_text(c.text) in _AS for c in phrase.children)


def _said_to_be(agent: list[Any], verb: Any) -> list[Any]:
    """ "enlevé par des hommes se présentant comme des agents du renseignement": whom the
    doers pass for, in a clause the parser hung on the deed's verb right after them."""
    last = max(t.i for t in agent)
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "acl") or not 0 < clause.i - last <= 2:
            continue
        for phrase in clause.children:
            if phrase.i > clause.i and _named_as(phrase):
                return sorted(phrase.subtree, key=lambda t: t.i)
    return []


def _after_a_participle(verb: Any) -> bool:
    """A verb the parser coordinated with a participle clause of the main verb."""
    first = verb.head
    return (
        verb.dep_ == "conj"
        and first.pos_ == "VERB"
        and first.dep_ == "advcl"
        and args.participle_clause(first)
    )


_PRONOUNS = frozenset({"il", "ils", "elle", "elles", "they", "he", "she", "it"})
_GROUP_NOUNS = frozenset(
    {
        "group",
        "groupe",
        "mouvement",
        "movement",
        "militant",
        "insurge",
        "insurgent",
        "jihadiste",
        "jihadist",
        "djihadiste",
        "rebelle",
        "rebel",
        "terroriste",
        "terrorist",
        "islamiste",
        "islamist",
        "guerilla",
    }
)


def _group_addressed(words: list[Any], offset: int, context: _Context) -> ActorMention | None:
    """ "a exhorté la guérilla à libérer", "urged the rebels to free": a definite noun for a
    group, naming no actor, asked to act stands for the story's last armed group."""
    if not words:
        return None
    left, right = args.char_span(offset, words)
    if args.mentions_in(context.actors, left, right):
        return None
    inside = {t.i for t in words}
    head = next((t for t in words if t.head.i not in inside), words[0])
    definite = any(fold_text(t.text) in _REFERRING for t in words if t.i < head.i)
    if not definite or fold_text(head.lemma_) not in _GROUP_NOUNS:
        return None
    groups = [
        actor
        for e in context.events
        for actor in (e.actor1, e.actor2)
        if actor is not None and actor.kind == "armed_group"
    ]
    return groups[-1] if groups else None


# Heads of a release: the verbs of setting free and their nouns ("la libération", "release").
_FREED_HEADS = _FREEING | {"liberation", "freeing"}
# Dependencies that hang the freed on a release: its object or passive subject, or the
# noun's complement ("la libération des otages", "the release of hostages").
_FREED_DEPS = frozenset(
    {"obj", "dobj", "nsubj:pass", "nsubjpass", "nmod", "prep", "obl", "obl:arg", "poss"}
    | {"nmod:poss"}
)


def _a_release_noun(found: _Found) -> bool:
    """ "a accepté la libération de trois agents français", "the release of Saudi detainees":
    a release noun's complement names the freed, never who frees them (the subject of the
    verb it hangs on, or the captor), so its words are no doer's."""
    head = found.head
    return (
        found.trigger.plover_type == "CONCEDE"
        and head.pos_ == "NOUN"
        and fold_text(head.lemma_) in _FREED_HEADS
    )


def _release_agent(noun: Any) -> list[Any]:
    """ "la libération de 40 soldats par les autorités maliennes", "the release of the
    soldiers by Mali": the "par/by" phrase on a release noun, who frees; else nothing."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return list(child.subtree)[1:]
        if child.dep_ in ("nmod", "obl") and any(
            c.dep_ == "case" and c.lower_ == "par" for c in child.children
        ):
            return [t for t in child.subtree if t.lower_ != "par"]
    return []


def _holder_of_the_freed(found: _Found, lang: str) -> list[Any]:
    """ "deux otages détenus par le Hamas ont été libérés après une médiation du Qatar",
    "Qatar secured the release of hostages held by the Houthis": the captor a participle of
    holding names on the freed (``events/holding.tsv``) is who frees them, not the
    mediator who secured it nor nobody; the words of its "par/by" phrase, or none."""
    head = found.head
    if found.trigger.plover_type != "CONCEDE" or fold_text(head.lemma_) not in _FREED_HEADS:
        return []
    holding = holding_lemmas(lang)
    for freed in (c for c in head.children if c.dep_ in _FREED_DEPS):
        for token in freed.subtree:
            if token.i == head.i or fold_text(token.lemma_) not in holding:
                continue
            if token.dep_ not in ("acl", "acl:relcl", "relcl", "amod"):
                continue
            agent = args.agent_of(token) or _hyphened_holder(token)
            if agent:
                return agent
    return []


def _hyphened_holder(held: Any) -> list[Any]:
    """ "Hamas-held hostages were released", "Houthi-held sailors": the captor written
    before the holding participle, joined to it by a hyphen; its words, or none."""
    for child in held.lefts:
        joined = child.i + 1 < held.i and held.doc[child.i + 1].text == "-"
        if joined and child.pos_ in ("PROPN", "NOUN", "ADJ"):
            return list(child.subtree)
    return []


def _captor_of_the_freed(found: _Found, context: _Context) -> ActorMention | None:
    """ "… ont enlevé 79 élèves ; ils ont été libérés deux jours plus tard", "the hostages
    were released on 9 April": a release told in the passive with nobody named frees those
    the story's last abduction took, and the one who frees them is their captor."""
    if (found.trigger.plover_type, found.trigger.acled_subtype) != ("CONCEDE", "Agreement"):
        return None
    taken = [
        e
        for e in context.events
        if e.acled_subtype == "Abduction/forced disappearance"
        and e.status == "realised"
        and e.actor1 is not None
    ]
    return taken[-1].actor1 if taken else None


# What a concession undoes, by its sub-type: a release ends an arrest or an abduction; a
# lifting, a reopening or a halt ends a measure, a sanction or a coercive deed.
_UNDONE = {
    "Agreement": lambda e: e.acled_subtype in ("Arrests", "Abduction/forced disappearance"),
    "Other": lambda e: e.plover_type in ("COERCE", "SANCTION"),
}


def _asked_to_undo(found: _Found, context: _Context) -> ActorMention | None:
    """ "Paris a demandé la libération de son ressortissant", "UNAMA called for the lifting
    of the ban": a concession asked of no one named is asked of whoever did what it would
    undo, the story's last captor or the last to impose a measure, not the one asking."""
    undone = _UNDONE.get(found.trigger.acled_subtype)
    if found.trigger.plover_type != "CONCEDE" or undone is None:
        return None
    return _last_doer_of(context, undone)


def _last_doer_of(context: _Context, told: Callable[[Event], bool]) -> ActorMention | None:
    """The doer of the story's last realised deed, up to this sentence, that ``told`` picks:
    whom a concession or a withdrawal asked of no one named is asked of."""
    earlier = [
        e
        for e in (*context.events, *context.sentence_events)
        if e.status == "realised" and e.actor1 is not None and told(e)
    ]
    return earlier[-1].actor1 if earlier else None


def _asked_to_withdraw(found: _Found, context: _Context) -> ActorMention | None:
    """ "L'armée israélienne s'est retirée des villages… Le président libanais a exigé un
    retrait total": a withdrawal asked of no one named is asked of the forces the story last
    told moving (withdrawing or deployed), not of the one asking."""
    if found.trigger.plover_type != "RETREAT":
        return None
    return _last_doer_of(context, lambda e: e.plover_type in _FORCES_DEEDS)


# Folded words that tell the freed were a state's prisoners, not a group's hostages ("les
# quatre agents détenus depuis décembre à Ouagadougou": the participle as written).
_JAILED = frozenset(
    {"prison", "prisonnier", "detenu", "detention", "incarcere", "emprisonne", "geole"}
    | {"detenus", "detenue", "detenues", "incarceres", "emprisonnes"}
    | {"prisoner", "detainee", "detained", "jail", "jailed", "imprisoned", "custody"}
)


_HOSTAGES = frozenset({"otage", "otages", "hostage", "hostages", "captive", "captives"})


def _jailer_of_the_freed(
    found: _Found, sent: Any, offset: int, context: _Context
) -> ActorMention | None:
    """ "Sonko et Faye ont été libérés de prison à Dakar", "four agents detained in
    Ouagadougou since December were freed": prisoners freed by no one named, with no
    abduction before, are freed by the state that jailed them, the country of the place
    named nearest the prison word."""
    if (found.trigger.plover_type, found.trigger.acled_subtype) != ("CONCEDE", "Agreement"):
        return None
    words = {fold_text(t.lemma_) for t in sent} | {fold_text(t.text) for t in sent}
    if not words.isdisjoint(_HOSTAGES):
        return None  # "50 hostages held by militants will be freed in exchange for prisoners"
    if not words.isdisjoint(_BAILED):
        return None  # "libérés sous caution": a court's terms, no concession of the jailer
    jailed = [
        offset + t.idx
        for t in sent
        if fold_text(t.lemma_) in _JAILED or fold_text(t.text) in _JAILED
    ]
    s_start, s_end = offset + sent.start_char, offset + sent.end_char
    places = [
        p
        for p in context.places
        if s_start <= p.start < s_end and p.kind == "place" and p.country_iso2 is not None
    ]
    if not jailed or not places:
        return None
    place = min(places, key=lambda p: min(abs(p.start - at) for at in jailed))
    return _measure_authority(found, place, context)


def _referred_back(verb: Any, context: _Context) -> ActorMention | None:
    """ "The attackers also burned houses", "le groupe a aussi enlevé…", "ils ont affronté
    l'armée": a definite noun for the attackers (or a pronoun) as subject stands for the doer
    of the story's last attack."""
    subject = args.subject_of(verb)
    if not subject or subject[1]:
        return None
    words = subject[0]
    inside = {t.i for t in words}
    head = next((t for t in words if t.head.i not in inside), words[0])
    lemma = fold_text(head.lemma_)
    definite = any(fold_text(t.text) in _REFERRING for t in words if t.i < head.i)
    attackers = lemma in deed_nouns(context.lang, "doer") or lemma in _GROUP_NOUNS
    main_clause_pronoun = _is_pronoun(words) and verb.dep_ == "ROOT"
    if not (main_clause_pronoun or (definite and attackers)):
        return None
    if definite and lemma in _GROUP_NOUNS:
        # "the militants", "les jihadistes": the last non-state group that took part, not
        # the army that hit back.
        groups = [
            actor
            for e in context.events
            if e.plover_type in _ARMED_ACTS
            for actor in (e.actor1, e.actor2)
            if actor is not None and actor.kind == "armed_group"
        ]
        return groups[-1] if groups else None
    earlier = [e for e in context.events if e.plover_type in _ARMED_ACTS and e.actor1 is not None]
    return earlier[-1].actor1 if earlier else None


def _is_pronoun(tokens: list[Any]) -> bool:
    return len(tokens) == 1 and tokens[0].pos_ == "PRON" and fold_text(tokens[0].text) in _PRONOUNS


# Possessive determiners of one owner or of several: "ses troupes", "leurs forces", "its troops".
_OWNERS = frozenset({"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"})


def _statement_beside_report(found: _Found) -> bool:
    """A statement verb the parser coordinated with a reported deed although it is the
    reporter's own (``arguments.said_beside_the_report``)."""
    return found.trigger.plover_type not in _ACTION_TYPES and args.said_beside_the_report(
        found.head
    )


def _owned_forces(words: list[Any]) -> bool:
    """Whether a subject is someone's own forces told by a possessive ("ses troupes", "its
    soldiers"): in a clause told by a speaker, the speaker's."""
    inside = {t.i for t in words}
    head = next((t for t in words if t.head.i not in inside), words[0])
    return any(
        c.dep_ in ("det", "poss", "nmod:poss") and fold_text(c.text) in _OWNERS
        for c in head.children
    )


def _owner_of_the_clause(verb: Any) -> list[Any]:
    """The subject of the verb whose complement clause this verb heads, whatever that verb
    ("a reconnu que ses troupes s'étaient retirées"): whose forces "ses troupes" are."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return []
    subject = args.subject_of(verb.head)
    return subject[0] if subject and not subject[1] and not _is_pronoun(subject[0]) else []


def _said_after(verb: Any) -> bool:
    """Whether the verb's clause is told by a verb of saying that comes after it ("They
    kidnapped three teachers, police said"): a source's tag, whose subject only reports."""
    node = verb
    while node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    speaker = node.head
    return (
        node.dep_ == "ccomp"
        and speaker.i > node.i
        and fold_text(speaker.lemma_) in reporting_verbs(verb.lang_)
    )


def _doer_before(pronoun: Any, lang: str) -> bool:
    """Whether a third-person pronoun has a subject before it in the paragraph that is no
    speaker ("Gang members attacked Carrefour-Feuilles. They kidnapped five people, police
    said": "they" are the gang members, whom no dictionary names, never the police)."""
    if fold_text(pronoun.text) not in _ONE_PRONOUNS | _MANY_PRONOUNS:
        return False
    said = reporting_verbs(lang)
    return any(
        t.dep_.startswith("nsubj") and t.pos_ != "PRON" and fold_text(t.head.lemma_) not in said
        for t in pronoun.doc[: pronoun.i]
    )


def _a_state_measure(found: _Found) -> bool:
    """A restriction or its lifting ("curfew", "state of emergency", "lift the ban"),
    which only an authority imposes or lifts."""
    trigger = found.trigger
    return trigger.plover_type in ("COERCE", "CONCEDE") and trigger.acled_subtype == "Other"


def _state_speaker(verb: Any, offset: int, context: _Context) -> list[Any]:
    """The words of the speaker of the clause ``verb`` heads, when they name a state's own
    body ("le ministre de l'Intérieur a annoncé que…"), not an NGO or a witness."""
    words = _speaker_subject(verb)
    if not words:
        return []
    left, right = args.char_span(offset, words)
    return words if _state_force(args.pick_actor(context.actors, left, right)) else []


def _speaker_subject(verb: Any) -> list[Any]:
    """The subject of the verb whose complement clause this verb heads ("M23 rebels said
    they had taken control"), past the verbs the deed is the complement of ("The EU said it
    was preparing to lift sanctions", "said it was ready to lift"): who "they" are."""
    node = verb
    while _complement_climb(node):
        node = node.head
    speaker = node.head
    if node.dep_ != "ccomp" or fold_text(speaker.lemma_) not in reporting_verbs(verb.lang_):
        return []
    subject = args.subject_of(speaker)
    return subject[0] if subject and not subject[1] and not _is_pronoun(subject[0]) else []


def _subject_of_the_adjective(verb: Any) -> list[Any]:
    """The subject of the adjective an infinitive completes ("Kenya is ready to deploy",
    "elle était prête à lever les sanctions"), past a pronoun to the speaker whose statement
    holds it ("The EU said it was ready to lift sanctions"): who would act."""
    if verb.dep_ != "xcomp" or verb.head.pos_ != "ADJ":
        return []
    adjective = verb.head
    holder = adjective.head if adjective.dep_ == "acomp" else adjective
    subject = args.subject_of(holder)
    if not subject or subject[1]:
        return []
    return _speaker_subject(verb) if _is_pronoun(subject[0]) else subject[0]


def _complement_climb(node: Any) -> bool:
    """Whether a verb hangs on another verb of its own clause, one its speaker's statement
    may head: a coordinated verb, the complement of a word of intent or readiness ("was
    preparing to lift", "ready to lift", "prête à lever"), or that word on its copula. Only
    intent: "said it was working to broker a truce" brokers for others, who agree."""
    if node.dep_ in ("conj", "acomp"):
        return bool(node.head.pos_ in ("VERB", "AUX"))
    return node.dep_ == "xcomp" and _intends(node.head)


# Statuses of the words whose complement is their subject's own deed to come.
_INTENT = frozenset({"planned", "proposed"})


def _intends(word: Any) -> bool:
    """Whether a word says its subject means or stands ready to act: a planned or proposed
    cue of ``status.tsv`` ("prepare", "plan", "ready", "prêt", "s'apprêter")."""
    cues = status_cues(word.lang_)
    return any(
        cues.get(fold_text(form), ("", ""))[0] in _INTENT for form in (word.text, word.lemma_)
    )


_OF = frozenset({"de", "du", "des", "d'", "d"})
_NAME_PARTS = frozenset({"flat", "flat:name", "appos", "amod", "compound", "fixed"})


def _giver_of_aid(found: _Found) -> list[Any]:
    """ "trucks carrying humanitarian aid from Jordan", "food aid from Qatar": the "from" phrase
    on an aid noun names who gives it, not the truck's driver nor the receiver."""
    head = found.head
    if found.trigger.plover_type != "AID" or head.pos_ != "NOUN":
        return []
    for child in head.children:
        if child.dep_ == "prep" and fold_text(child.text) == "from":
            phrase = list(child.subtree)
            if not args.names_a_time(child) and not any(t.pos_ == "VERB" for t in phrase):
                return phrase
    return []


def _by_phrase_on_noun(noun: Any) -> list[Any]:
    """ "l'expulsion de l'ambassadeur de France par Niamey", "the closure of the radio by the
    regulator": a "par"/"by" phrase on a deed noun, or on its complement where the parser
    hangs it, names the doer; the complement ("de l'ambassadeur") is who underwent it."""
    if noun.pos_ != "NOUN":
        return []
    holders = [noun]
    holders += [c for c in noun.children if c.dep_ == "nmod" and _led_by_of(c)]
    holders += [
        p
        for c in noun.children
        if c.dep_ == "prep" and fold_text(c.text) == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for holder in holders:
        for child in holder.children:
            english = child.dep_ == "agent" or (
                child.dep_ == "prep" and fold_text(child.text) == "by"
            )
            french = child.dep_ == "nmod" and any(
                c.dep_ == "case" and fold_text(c.text) == "par" for c in child.children
            )
            if not (english or french) or args.names_a_time(child):
                continue
            phrase = list(child.subtree)
            if not any(t.pos_ == "VERB" for t in phrase):
                return phrase
    return []


# Written statements whose author states what a participle on them says.
_DOCUMENT_NOUNS = frozenset(
    {"rapport", "communique", "declaration", "lettre", "plainte", "report", "statement"}
    | {"letter", "complaint"}
)


def _author_of_a_document(verb: Any) -> list[Any]:
    """ "un rapport de Human Rights Watch accusant l'armée d'exécutions", "Amnesty published
    a report accusing the police": a participle on a written statement says what its author
    states; the author is whose statement it is, else the subject that issued it."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN":
        return []
    if fold_text(noun.lemma_) not in _DOCUMENT_NOUNS:
        return []
    for child in noun.children:
        if child.i > verb.i:
            continue
        if child.dep_ == "prep" and fold_text(child.text) in ("by", "from"):
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in ("nmod", "poss", "nmod:poss"):
            continue
        return sorted(child.subtree, key=lambda t: t.i)
    if noun.dep_ in ("obj", "dobj") and noun.head.pos_ == "VERB":
        subject = args.subject_of(noun.head)
        if subject and not subject[1]:
            return subject[0]
    return []


def _noun_modifiers(noun: Any) -> list[Any]:
    """A noun trigger with the words that may name its agent: "frappes russes", "le retrait
    de la Minusma", "la fuite du président Ashraf Ghani", "Israeli withdrawal"."""
    tokens = [noun]
    owned = _has_a_possessive(noun)
    for child in noun.children:
        if owned and _an_of_complement(child):
            continue  # "leur retrait du Niger": the possessive says whose, "du Niger" whence
        if child.dep_ == "prep" and fold_text(child.text) in ("of", "by"):
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ == "nmod" and not _led_by_of(child):
            continue  # "son soutien au plan égyptien", "sur des tranchées": to what, not whose
        elif child.dep_ == "acl" and _fired_by(child, noun.doc.lang_):
            tokens.extend(args.agent_of(child) or [])  # "des obus tirés par l'armée"
            continue
        elif child.dep_ not in ("amod", "nmod", "compound"):
            continue
        tokens.append(child)
        tokens.extend(_name_parts(child))
        tokens.extend(_weapon_owner(child))
        if child.dep_ == "nmod" and _led_by_of(child) and _fighters(child, noun.doc.lang_):
            tokens.extend(_force_of(child))
    return sorted(tokens, key=lambda t: t.i) if len(tokens) > 1 else []


def _has_a_possessive(noun: Any) -> bool:
    """ "leur retrait", "son départ", "their withdrawal": a possessive before the noun names
    its doer, pointing back to the clause's subject."""
    return any(
        c.dep_ in ("poss", "nmod:poss") or (c.dep_ == "det" and "Yes" in c.morph.get("Poss"))
        for c in noun.children
        if c.i < noun.i
    )


def _an_of_complement(child: Any) -> bool:
    """ "du Niger", "of Niger" hung on a noun: a "de"/"of" phrase that could read as whose."""
    if child.dep_ == "prep":
        return fold_text(child.text) == "of"
    return child.dep_ == "nmod" and _led_by_of(child)


def _weapon_owner(word: Any) -> list[Any]:
    """ "une frappe de drone de l'armée éthiopienne", "des tirs d'obus des FSR": whose the
    weapon named on the deed is tells whose the deed is."""
    if word.dep_ != "nmod" or not _led_by_of(word):
        return []
    if fold_text(word.lemma_) not in weapon_names():
        return []
    found = []
    for child in word.children:
        if child.dep_ == "nmod" and _led_by_of(child):
            found.extend(child.subtree)  # "de l'armée birmane", the adjective as "nmod"
    return found


# Participles whose agent fired, dropped or laid a weapon: "des obus tirés par l'armée",
# "bombs dropped by junta jets" (besides the perpetrators' verbs, "posé par", "planted by"),
# or set or carried out an attack: "une embuscade tendue par des jihadistes", "an ambush
# laid by al-Shabaab", "l'attaque perpétrée par le JNIM".
_FIRING = frozenset(
    {"tirer", "lancer", "larguer", "mener", "fire", "launch", "drop", "conduct"}
    | {"tendre", "perpetrer", "commettre", "orchestrer", "lay", "set", "perpetrate"}
    | {"commit", "orchestrate", "stage"}
)


def _set_by_an_unnamed_agent(noun: Any, offset: int, context: _Context) -> bool:
    """ "Une embuscade tendue par des hommes armés a tué quatre soldats", "an ambush laid by
    jihadists killed five soldiers": the participle's agent is the doer, one no actor names;
    the soldiers killed, or the army told before, did not set it."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in noun.children:
        if child.dep_ != "acl" or not _fired_by(child, context.lang):
            continue
        # The parser may hang "par des jihadistes" on the noun, not on "tendue".
        agent = _without_targets(args.agent_of(child) or _par_phrase_on(noun))
        if agent:
            left, right = args.char_span(offset, agent)
            # Any name overlapping the phrase: "par le SPLM-Nord", cut apart by the parser.
            return not any(a.start < right and left < a.end for a in context.actors)
    return False


def _par_phrase_on(noun: Any) -> list[Any]:
    """The "par"/"by" phrase hung on the noun itself ("une embuscade tendue par des hommes
    armés", parsed with "par des hommes armés" on "embuscade")."""
    for child in noun.children:
        by = child.dep_ in ("prep", "agent") and fold_text(child.text) == "by"
        par = child.dep_ == "nmod" and any(
            c.dep_ == "case" and fold_text(c.text) == "par" for c in child.children
        )
        if by or par:
            return sorted(child.subtree, key=lambda t: t.i)
    return []


# Prepositions that name an attack's target inside its agent phrase ("par des hommes armés
# contre des soldats maliens", where the parser hangs the target on the attackers).
_TARGET_CASES = frozenset({"contre", "against", "sur", "on"})


def _without_targets(phrase: list[Any]) -> list[Any]:
    """An agent phrase without the target the parser hung on it."""
    dropped = {
        t.i
        for word in phrase
        if word.dep_ in ("nmod", "prep", "obl")
        and (
            fold_text(word.text) in _TARGET_CASES
            or any(c.dep_ == "case" and fold_text(c.text) in _TARGET_CASES for c in word.children)
        )
        for t in word.subtree
    }
    return [t for t in phrase if t.i not in dropped]


def _fired_by(participle: Any, lang: str) -> bool:
    """A participle on a weapon or attack noun telling who used it."""
    lemma = fold_text(participle.lemma_)
    cue = perpetrator_cues(lang).get(lemma)
    return lemma in _FIRING or (cue is not None and cue.names[:1] == ("subject",))


def _name_parts(word: Any) -> list[Any]:
    """The words a name hangs on a noun, down the name: "du Premier ministre Abdelhamid
    Dbeibah", whose last name the parser hangs on the first, not on "ministre"."""
    found = []
    for child in word.children:
        if child.dep_ in _NAME_PARTS:
            found.append(child)
            found.extend(c for c in child.children if c.dep_ in _NAME_PARTS)
    return found


def _fighters(noun: Any, lang: str) -> bool:
    """ "combattants", "rebelles", "soldats": a common noun for armed men, whose "de X" is
    their force; not "responsables du PAM", whom an expulsion hits."""
    lemma = fold_text(noun.lemma_)
    return noun.pos_ == "NOUN" and (
        lemma in _FIGHTER_NOUNS or lemma in _troop_words(lang) or lemma in deed_nouns(lang, "doer")
    )


# Armed men named by neither troops.tsv nor the attackers of deeds.tsv.
_FIGHTER_NOUNS = frozenset({"combattant", "fighter", "element", "milicien", "militiaman"})


def _force_of(fighters: Any) -> list[Any]:
    """ "une attaque de combattants de Boko Haram", "une offensive des rebelles du M23": the
    common noun's own "de X" names whose fighters did the deed, with the rest of a name the
    parser hung on the trigger ("Boko" under "combattants", "Haram" under "attaque")."""
    found: list[Any] = []
    if _has_a_possessive(fighters):
        return found  # "le retrait de leurs troupes du Niger": whence, not whose troops
    for owner in fighters.children:
        if owner.dep_ != "nmod" or not _led_by_of(owner):
            continue
        found.append(owner)
        found.extend(c for c in owner.children if c.dep_ in _NAME_PARTS)
        last = max(found, key=lambda t: t.i)
        rest = last.nbor() if last.i + 1 < len(last.doc) else None
        if (
            rest is not None
            and last.pos_ == "PROPN"
            and rest.head.i == fighters.head.i
            and rest.dep_ in ("nmod", *_NAME_PARTS)
            and not any(c.dep_ == "case" for c in rest.children)
        ):
            found.append(rest)
    return found


def _led_by_of(phrase: Any) -> bool:
    """ "de la Minusma", not "sur des tranchées ukrainiennes", whose second case word ("des")
    the parser also marks: the phrase's first case word says whose."""
    cases = sorted((c for c in phrase.children if c.dep_ == "case"), key=lambda c: c.i)
    return bool(cases) and fold_text(cases[0].text) in _OF


def _claimed_by(noun: Any, lang: str) -> list[list[Any]]:
    """Who an attack told as a noun is put down to: "un attentat revendiqué par l'EI",
    "une frappe attribuée à Israël", "l'attentat est attribué aux shebab"."""
    if noun.dep_ == "compound":
        noun = noun.head  # "a drone attack attributed to the RSF": the phrase's head
    verbs = [c for c in noun.children if c.dep_ in ("acl", "acl:relcl")]
    if noun.dep_ in ("nsubj:pass", "nsubjpass", "nsubj", "obj", "dobj"):
        verbs.append(noun.head)  # "Bamako attribue l'attaque aux rebelles": not Bamako
    found = []
    for verb in verbs:
        if fold_text(verb.lemma_) not in responsibility_lemmas(lang):
            continue
        agent = args.agent_of(verb)
        if agent:
            found.append(agent)
        if fold_text(verb.lemma_) in _ASCRIBING:  # verbs of doing name a target there
            found.extend(_ascribed_to(verb))
    return found


def _ascribed_to(verb: Any) -> list[list[Any]]:
    """What an ascribing verb's "à"/"to"/"on" complement names ("imputée aux shebab")."""
    found = []
    for child in verb.children:
        cases = {fold_text(c.text) for c in child.children if c.dep_ == "case"}
        if child.dep_ in ("obl", "obl:arg", "iobj", "prep", "dative") and (
            cases & ATTRIBUTED_TO or fold_text(child.text) in ATTRIBUTED_TO
        ):
            found.append(list(child.subtree))
    return found


# Deeds two parties do together: the second of "Israël et le Hamas sont parvenus à un
# accord" is the recipient.
_MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})

# Verbs of promising that open a phrase trigger: what follows is the deed promised.
_PLEDGES = frozenset({"pledge", "promise", "vow", "promettre", "jurer"})


def _pledged(found: _Found) -> bool:
    """ "Britain pledged 20 million pounds in aid", "Ruto a promis l'envoi de policiers": a
    phrase trigger opened by a promise names aid or troops still to come; the promise alone
    ("pledged support") is its own AGREE, and a promised riposte a THREATEN, both realised."""
    return (
        found.trigger.pos == "PHRASE"
        and found.trigger.plover_type not in ("AGREE", "THREATEN")
        and found.trigger.words[0] in _PLEDGES
    )


def _partner(
    found: _Found, offset: int, context: _Context, actor1: ActorMention
) -> ActorMention | None:
    """The other party joined to the doer in the subject ("Macron et Poutine ont échangé")."""
    verb = found.head if found.head.pos_ in ("VERB", "AUX") else args.governing_verb(found.head)
    subject = args.subject_of(verb) if verb is not None else None
    if verb is None or not subject or subject[1]:
        return None
    # The parser may give each conjunct a subject arc of its own.
    words = [*subject[0], *(t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)]
    left, right = args.char_span(offset, sorted(words, key=lambda t: t.i))
    left = args.coordinated_start(context.actors, left, context.parsed.article.text)
    others = [
        a
        for a in args.mentions_in(context.actors, left, right)
        if a.canonical_id != actor1.canonical_id
        and a.kind not in args.SPEAKERS
        and not _is_mediator(a, context)
    ]
    return others[0] if others else None


def _sides_of_fighting(
    found: _Found, sent: Any, offset: int, context: _Context
) -> list[ActorMention]:
    """ "des combats entre l'armée et les FSR", "fighting between Sudan's army and the RSF",
    "des affrontements opposent X à Y": the armed sides named after a clash noun, in order."""
    if found.head.pos_ != "NOUN" or found.trigger.acled_subtype != "Armed clash":
        return []
    sides: list[ActorMention] = []
    for actor in args.mentions_in(context.actors, found.end, offset + sent.end_char):
        if actor.kind in args.ARMED and all(a.canonical_id != actor.canonical_id for a in sides):
            sides.append(actor)
    return sides[:2]


# Bare leaving words, which a state leaving a bloc, a court or a treaty body uses too.
_LEAVING = frozenset(
    {"se retirer", "retrait", "quitter", "withdraw", "withdrawal", "leave", "pull out"}
)


def _leaves_an_organisation(
    found: _Found, named: ActorMention | None, left: ActorMention | None
) -> bool:
    """ "Le Niger a quitté le G5 Sahel", "Burkina Faso withdrew from the ICC": a state
    leaving an international organisation changes its membership, not ground; the state
    (not its army) leaves, and ACLED codes it Other, not a transfer of territory; "withdrew
    its troops from MINUSMA" moves forces and stays one."""
    return (
        found.trigger.plover_type == "RETREAT"
        and found.trigger.written in _LEAVING
        and named is not None
        and (named.kind == "state" or named.via == "capital")
        and left is not None
        and left.kind == "igo"
        and not any(c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN" for c in found.head.children)
    )


# What a state does through its armed forces: strikes and fights, troop withdrawals and
# deployments ("la France a retiré ses troupes" is coded to the French military).
_ARMED_DEEDS = frozenset({"ASSAULT", "RETREAT", "MOBILIZE"})


def _armed_body(actor: ActorMention, *, cabinet: bool = False, sends: bool = False) -> ActorMention:
    """A state (or its defence ministry) that strikes or fights does so through its armed
    forces, as ACLED codes it ("Military Forces of Russia"): "la Fédération de Russie"
    becomes its military. With ``cabinet``, a government too: ACLED codes no strike and no
    downed drone to a government ("the Kremlin denied using chemical weapons"), while it
    codes deployments ordered by one to it. With ``sends`` (troops sent or reinforced), a
    capital stays the government that gives the order ("New Delhi a dépêché des renforts",
    "Cotonou a promis de renforcer son dispositif")."""
    if sends and actor.via == "capital":
        return actor
    ministry = actor.canonical_id.endswith(".MOD")  # "the Pentagon ordered a carrier…"
    government = cabinet and actor.canonical_id.endswith(".GOV") and actor.kind != "person"
    if (actor.kind != "state" and actor.via != "capital" and not ministry and not government) or (
        actor.country_iso3 is None
    ):
        return actor  # "Paris a retiré ses troupes": the capital stands for the state
    return _country_body(actor, actor.country_iso3, ".MIL")


def _police_body(actor: ActorMention) -> ActorMention:
    """ "Le ministère de l'Intérieur a annoncé 103 interpellations": an interior ministry
    arrests through its police, as ACLED codes arrests it announces."""
    interior = actor.canonical_id.endswith(".MOI") or actor.role == "interior_minister"
    if not interior or actor.country_iso3 is None:
        return actor
    return _country_body(actor, actor.country_iso3, ".POL")


def _person_s_forces(person: ActorMention) -> ActorMention:
    """ "Katz a menacé de frapper Beyrouth", "al-Houthi vowed to resume attacks": a leader
    strikes through the forces of the state or the group they serve, as ACLED codes it;
    the person's name stays the evidence."""
    serves = person.affiliation
    if serves is None:
        return person
    dictionary = load_actors()
    body = dictionary.actors.get(serves) if serves.startswith("GRP.") else None
    if body is None and not serves.startswith("GRP."):
        body = dictionary.by_country(serves.split(".")[0], ".MIL")
    return person if body is None else _named_through(person, body)


def _named_through(person: ActorMention, body: Actor) -> ActorMention:
    """The body, at the words that named the person, with the person kept in ``person``."""
    return replace(
        person,
        canonical_id=body.id,
        name=body.name,
        kind=body.kind,
        country_iso3=body.country,
        affiliation=None,
        person=person.canonical_id,
    )


# Strategic developments that may count dead of their own: debris of an intercepted
# missile that kills.
_TOLLED_DEVELOPMENTS = frozenset({"Disrupted weapons use"})


_FORCE_ON_CROWDS = "Excessive force against protesters"


def _deadly_repression(event: Event) -> Event:
    """Force on a crowd that killed ("la répression des manifestations a fait trois morts",
    "violently dispersed the march, killing two") is excessive force against protesters, as
    ACLED codes lethal force (a protest with intervention kills no one), and the force that
    met the crowd is its doer, not a party it met ("protesters were killed when soldiers
    fired on the crowd")."""
    if event.acled_type != "Protests" or event.status != "realised":
        return event
    if event.acled_subtype == "Protest with intervention" and (
        event.quantities.get("fatalities") or 0
    ):
        event = replace(
            event, acled_subtype=_FORCE_ON_CROWDS, plover_type="ASSAULT", plover_mode=None
        )
    force = event.actor2
    if (
        event.acled_subtype != _FORCE_ON_CROWDS
        or event.actor1 is not None
        or force is None
        or force.kind not in ("police", "military")
    ):
        return event
    roles = {"actor2": "actor1"}
    return replace(
        event,
        actor1=force,
        actor2=None,
        target=event.target or "PROTESTERS",
        evidence=tuple(
            replace(e, field=roles[e.field]) if e.field in roles else e for e in event.evidence
        ),
    )


def _peaceful(event: Event) -> Event:
    """A peaceful protest killed no one: ACLED records its fatalities as 0, and the words
    that tell the protest are what says so."""
    if (
        event.acled_subtype not in ("Peaceful protest", "Protest with intervention")
        or event.status != "realised"
        or event.quantities.get("fatalities") is not None
    ):
        return event
    told = next((e for e in event.evidence if e.field == "trigger"), None)
    if told is None:
        return event
    return replace(
        event,
        quantities={**event.quantities, "fatalities": 0},
        evidence=(*event.evidence, replace(told, field="fatalities")),
    )


def _without_stray_toll(event: Event) -> Event:
    """A deployment, a statement or a looting counts no dead of its own, as ACLED codes
    strategic developments: a toll its sentence gives ("deployed 100 soldiers after the
    attack that killed 26", "accusant l'armée d'avoir tué dix civils") is another
    event's, and summing the column would count those dead twice. An explicit 0 stays."""
    deaths = event.quantities.get("fatalities")
    if (
        not deaths
        or event.acled_type != "Strategic developments"
        or event.acled_subtype in _TOLLED_DEVELOPMENTS
    ):
        return event
    return _without_toll(event)


def _without_toll(event: Event) -> Event:
    return replace(
        event,
        quantities={**event.quantities, "fatalities": None},
        evidence=tuple(e for e in event.evidence if e.field != "fatalities"),
    )


# Deeds only a state's force does, and the force that does them where no one is named:
# lethal force on a crowd and arrests by a force no list names ("arrested by the Mossos")
# are the police's, a weapon shot down or intercepted the army's.
_FORCE_BY_DEFAULT = {_FORCE_ON_CROWDS: ".POL", "Arrests": ".POL", "Disrupted weapons use": ".MIL"}


def _state_force_by_default(event: Event, context: _Context) -> Event:
    """A state's deed with nobody named as its doer ("two protesters were shot dead in
    Mombasa during demonstrations", "deux drones ont été abattus au-dessus de Belgorod") is
    done by that force of the country it happens in, as ACLED codes excessive force and
    interceptions and as arrests are (``_arresting_police``); the deed's words are the
    evidence. Run last, so that a doer the report gives anywhere wins."""
    suffix = _FORCE_BY_DEFAULT.get(event.acled_subtype)
    if suffix is None or event.actor1 is not None:
        return event
    trigger = next((e for e in event.evidence if e.field == "trigger"), None)
    iso3 = _country_of(event.place)
    if trigger is None or iso3 is None:
        return event
    force = _inferred_body(context, iso3, suffix, (trigger.start, trigger.end))
    if force is None:
        return event
    evidence = Evidence("actor1", force.start, force.end, force.text)
    return replace(event, actor1=force, evidence=(*event.evidence, evidence))


def _with_bodies(event: Event) -> Event:
    """An office holder acts and speaks for the body they serve, as ACLED and POLECAT code
    it ("Kerry a proposé" is the State Department's, "Vučić said" the Serbian government's);
    the person's name stays the actor's evidence and their id stays in ``person``."""
    actor1, actor2 = _office_body(event.actor1), _office_body(event.actor2)
    return replace(event, actor1=actor1, actor2=actor2)


def _office_body(actor: ActorMention | None) -> ActorMention | None:
    if actor is None or actor.kind != "person":
        return actor
    body = load_actors().served_body(actor.affiliation)
    if body is None:
        return actor  # no office known: a rebel leader, a journalist
    return _named_through(actor, body)


# How far before an actor's name a "par"/"by" may lead its phrase ("par des combattants
# présumés de l'EIGS").
_AGENT_REACH = 6


def _named_as_agent(actor: ActorMention, found: _Found, sent: Any, offset: int) -> bool:
    """Whether a "par"/"by" phrase after the trigger leads to the actor, with no other verb
    on the way ("tués samedi dans l'attaque d'une mosquée, près de Bani Bangou, par des
    combattants de l'EIGS"): who did the deed, however the parser attached the phrase;
    "reportée par le président" is another verb's agent."""
    first = next((t for t in sent if offset + t.idx >= actor.start), None)
    if first is None or first.i <= found.head.i:
        return False
    for token in reversed(sent.doc[max(sent.start, first.i - _AGENT_REACH) : first.i]):
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False
        if fold_text(token.text) in args.BY_WORDS:
            if _in_a_grievance(token, found.head):
                return False  # "protested over the killing of a student by police"
            between = sent.doc[found.head.i + 1 : token.i]
            return not any(t.pos_ in ("VERB", "AUX") for t in between)
    return False


# Verbs whose passive subject is made to give up its arms by another, not its own doer.
_DISARMING = frozenset({"disarm", "desarmer"})


def _inside_the_clause(actor: ActorMention, verb: Any, offset: int) -> bool:
    """Whether the actor is named within the verb's own clause, not by a speaker or a
    sentence around it."""
    words = list(verb.subtree)
    end: int = offset + words[-1].idx + len(words[-1].text)
    return bool(offset + words[0].idx <= actor.start < end)


def _forces_moved(actor: ActorMention, found: _Found, sent: Any, offset: int) -> bool:
    """ "Ugandan troops were deployed to Bunia", "200 ex-combattants de la CODECO ont été
    démobilisés": forces sent, withdrawn or demobilised with no sender named are the doers of
    their own move, as ACLED codes them; the passive subject is read as the target
    otherwise."""
    head = found.head
    if found.trigger.plover_type not in _FORCES_DEEDS or head.pos_ not in ("VERB", "AUX"):
        return False
    if found.trigger.words[0] in _DISARMING:
        return False  # "unless Hezbollah was disarmed": disarmed by another
    if not args.is_passive(head) or args.agent_of(head) is not None:
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj:pass", "nsubjpass")]
    return any(
        offset + t.idx <= actor.start < offset + t.idx + len(t.text) + 1
        or actor.start <= offset + t.idx < actor.end
        for subject in subjects
        for t in subject.subtree
    )


# Verbs whose subject decides a deployment told as their object noun: "announced the
# deployment", "a ordonné l'envoi", "authorised the deployment", "a décidé le déploiement".
_DECIDING_VERBS = frozenset(
    {"announce", "order", "authorise", "authorize", "decide", "approve"}
    | {"annoncer", "ordonner", "autoriser", "decider", "decreter", "approuver"}
)


def _deployment_decider(found: _Found, offset: int, context: _Context) -> ActorMention | None:
    """ "Le ministère de la Défense a annoncé l'envoi de 300 militaires", "the Haitian
    government announced the deployment of Kenyan police officers": ACLED codes the
    deployment to who announces, orders or authorises it, not to the forces sent (nor to
    their nationality); a request for one ("a demandé le déploiement") stays the forces'."""
    head = found.head
    if found.trigger.plover_type != "MOBILIZE" or head.pos_ != "NOUN":
        return None
    if head.dep_ not in ("obj", "dobj"):
        return None
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or fold_text(verb.lemma_) not in _DECIDING_VERBS:
        return None
    subject = args.subject_of(verb)
    if subject is None or subject[1] or not subject[0]:
        return None
    left, right = args.char_span(offset, subject[0])
    decider = args.pick_actor(context.actors, left, right)
    if decider is None or decider.kind == "state" or decider.via == "capital":
        return None  # "Nairobi announced the deployment of Kenyan police": its forces move
    return decider


def _ministry_deciding(decider: ActorMention | None) -> bool:
    """ "Le ministère de la Défense a annoncé l'envoi de 300 militaires": ACLED codes the
    deployment a defence ministry announces to the ministry, not to its army ("the
    Pentagon said it had sent a carrier" stays the army's move)."""
    return decider is not None and decider.canonical_id.endswith(".MOD")


_AUTHORISING = frozenset({"authorize", "authorise", "autoriser"})


def _authorised_for_others(found: _Found, actor1: ActorMention | None) -> bool:
    """ "Le Conseil de sécurité a autorisé le déploiement d'une mission multinationale": an
    international body that authorises a force sends none of its own; it backs the states
    that do (SUPPORT). A government authorising its troops deploys them ("Trump authorised
    the deployment of 300 National Guard troops")."""
    return (
        found.trigger.plover_type == "MOBILIZE"
        and found.trigger.words[0] in _AUTHORISING
        and actor1 is not None
        and actor1.kind == "igo"
    )


def _sent_by_nobody_named(found: _Found) -> bool:
    """ "The defence ministry said 5,000 troops had been sent to the area", "Kenya's interior
    ministry said extra police units had been sent": forces sent with no sender named are
    coded to the forces themselves (the ministry's army or police), not to who tells it."""
    head = found.head
    return head.pos_ in ("VERB", "AUX") and args.is_passive(head) and args.agent_of(head) is None


def _forces_of_the_announcer(forces: ActorMention, announcer: ActorMention | None) -> ActorMention:
    """ "The Kenyan government said 400 more police officers would be deployed to Haiti":
    forces named without their state, read as the police or army of the country they go to,
    are the announcing state's own."""
    home = announcer.country_iso3 if announcer is not None else None
    if announcer is None or home is None or forces.via != "home" or home == forces.country_iso3:
        return forces
    if announcer.canonical_id.split(".")[0] != home:
        return forces  # "UN experts said", "a group's spokesman said": no state sends them
    return _country_body(forces, home, "." + forces.canonical_id.split(".")[-1])


def _fallen_to(actor: ActorMention, found: _Found, context: _Context) -> bool:
    """ "la ville est tombée aux mains des Fano", "tombée sous le contrôle du M23", "the base
    had fallen to JNIM fighters": a place falls to the one named right after, who took it;
    the place is the subject, so nobody else is named as doer."""
    if found.trigger.words[0] not in _FALLING or len(found.trigger.words) < 2:
        return False
    between = context.parsed.article.text[found.end : actor.start]
    return actor.start >= found.end and _BETWEEN_FALL_AND_TAKER.fullmatch(between) is not None


# The verbs of the phrases "tomber aux mains de", "tomber sous le contrôle de", "fall to".
_FALLING = frozenset({"tomber", "fall"})
# "des", "de l'", "du", "the", " ": the taker's name follows the phrase at once.
_BETWEEN_FALL_AND_TAKER = re.compile(
    r"\s*(?:(?:de|des|du|d['’]|of)\s*)?(?:(?:la|le|les|the)\s+|l['’])?", re.I
)


def _named_apart(actor: ActorMention, right: int, context: _Context) -> ActorMention | None:
    """ "le Haut-Commissaire des Nations unies aux droits de l'homme, Volker Türk, a réclamé":
    the person set off by commas after the subject's words is who speaks, not the body
    their title names."""
    if actor.kind == "person":
        return None
    text = context.parsed.article.text
    for person in context.actors:
        if person.kind != "person" or not actor.end <= person.start < right:
            continue
        before = text[actor.end : person.start].rstrip()
        after = text[person.end : person.end + 1]
        if before.endswith(",") and (person.end >= right or after in (",", "")):
            return person
    return None


def _target(
    found: _Found, sent: Any, offset: int, context: _Context, actor1: ActorMention | None
) -> ActorMention | None:
    """Who is acted on: the trigger's object or what it is "contre"/"against", a passive
    verb's subject, else the first other actor after the trigger in the sentence."""
    head = found.head
    sides = _sides_of_fighting(found, sent, offset, context)
    if len(sides) == 2 and actor1 is not None and sides[0].canonical_id == actor1.canonical_id:
        return sides[1]
    spans = args.targets_of(head)
    withstood = _withstood_by(head, context.lang)
    scene = [
        t
        for left, right in _scene_spans(head, offset) + _undergoer_spans(head, offset, context.lang)
        for t in sent
        if left <= offset + t.idx < right
    ]
    if scene:
        spans.insert(0, scene)
    if _is_pronoun(withstood):
        # "the army said it repulsed an RSF attack": who "it" stands for withstood it.
        withstood = _antecedent(withstood[0], offset, context)
    if withstood:
        spans.insert(0, withstood)
    if head.pos_ == "VERB" and _describes_a_noun(head):
        spans.insert(0, [head.head, *[c for c in head.head.children if c.dep_ in ("amod", "nmod")]])
    verb = head if head.pos_ in ("VERB", "AUX") else args.governing_verb(head)
    if verb is not None:
        subject = args.subject_of(verb)
        if subject and subject[1]:
            spans.append(subject[0])
        spans.extend(args.targets_of(verb))
    for tokens in spans:
        if tokens:
            left, right = args.char_span(offset, tokens)
            actor = args.pick_actor(context.actors, left, right)
            if actor is None or _is_mediator(actor, context):
                continue
            if actor1 is None or (
                actor.canonical_id != actor1.canonical_id and not _own_state(actor, actor1)
            ):
                return actor
    s_end = offset + sent.end_char
    claim = next((c for c in context.claims if c.start <= found.start < c.end), None)
    speakers = set(claim.chain_ids) if claim is not None and not claim.inherited else set()
    after = [
        a
        for a in args.mentions_in(context.actors, found.end, s_end)
        if a.kind not in args.SPEAKERS
        # "killed 100 … near Sebba in Burkina Faso's Yagha province": where, not whom
        and (a.kind != "state" or found.trigger.plover_type != "ASSAULT")
        and a.canonical_id not in speakers  # "…, according to MONUSCO": who tells, not whom
        and (actor1 is None or a.canonical_id != actor1.canonical_id)
        and (actor1 is None or not _own_state(a, actor1))
        and not _is_mediator(a, context)
        and not _named_as_doer(a, sent, offset, context.lang)
        and not _denies_the_deed(a, sent, offset, context.lang)
    ]
    return after[0] if after else None


def _denies_the_deed(actor: ActorMention, sent: Any, offset: int, lang: str) -> bool:
    """ "des viols de femmes …, ce que les FSR ont nié", "which police denied": the party
    denying a deed told before it is its denier, not whom it was done to."""
    inside = [t for t in sent if actor.start <= offset + t.idx < actor.end]
    return any(
        t.dep_ in ("nsubj", "nsubj:pass") and "denied" in _cue_statuses(t.head, lang)
        for t in inside
    )


def _own_state(actor: ActorMention, doer: ActorMention) -> bool:
    """A state is not the target of its own body: "Netanyahu warned that Israel would
    strike", "the State Department said … and will impose sanctions … on US exports"."""
    if actor.kind != "state" or doer.canonical_id == actor.canonical_id:
        return False
    if doer.kind == "person":  # an office holder, by the body they serve
        return (doer.affiliation or "").split(".")[0] == actor.canonical_id
    return _state_force(doer) and actor.canonical_id == doer.country_iso3


def _withstood_by(noun: Any, lang: str) -> list[Any]:
    """ "des soldats tchadiens ont repoussé une attaque de Boko Haram", "the attack by IS
    was foiled by troops": who withstood an attack told as a noun was attacked by it."""
    verb = noun.head
    answered = (  # "l'armée a riposté à une attaque de Boko Haram", "responded to an attack"
        noun.dep_ in ("obl", "obl:arg", "obl:mod")
        and any(c.dep_ == "case" and fold_text(c.text) in ("a", "to") for c in noun.children)
    ) or (noun.dep_ == "pobj" and fold_text(noun.head.text) == "to")
    if noun.dep_ == "pobj":
        verb = verb.head
    if (
        noun.pos_ != "NOUN"
        or (noun.dep_ not in ("obj", "dobj", "nsubj:pass", "nsubjpass") and not answered)
        or fold_text(verb.lemma_) not in repelling_lemmas(lang)
    ):
        return []
    if noun.dep_ in ("nsubj:pass", "nsubjpass"):
        return args.agent_of(verb) or []
    subject = args.subject_of(verb)
    return subject[0] if subject is not None and not subject[1] else []


def _named_as_doer(actor: ActorMention, sent: Any, offset: int, lang: str) -> bool:
    """ "deux kamikazes attribuées à Boko Haram", "a bomb planted by Boko Haram": the actor
    a verb naming perpetrators points to did the deed; it was not acted on."""
    inside = [t for t in sent if actor.start <= offset + t.idx < actor.end]
    root = next((t for t in inside if t.head not in inside or t.head.i == t.i), None)
    if root is None or root.head.i == root.i:
        return False
    verb = root.head
    # "blaming a faction of the BIFF": up through the nouns the name hangs on.
    for _ in range(_BLAMED_DEPTH):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    cue = perpetrator_cues(lang).get(fold_text(verb.lemma_))
    return cue is not None and bool(_NAMES_DOER & set(cue.names))


_BLAMED_DEPTH = 3
_NAMES_DOER = frozenset({"to", "subject", "object"})


_LOCATIVE = re.compile(r"(?:^|\s)(?:au|aux|en|dans|in|inside)\s+(?:l[ae]\s+|l'|the\s+)?$", re.I)


# "dans le sud d'Israël", "au nord du Mali", "in northern Israel", "in the east of Congo",
# "lancé depuis le Yémen", "fired from Lebanon": a part of the country or where a weapon
# came from, not who acted (ACLED codes the group that claims it, or an unidentified one).
_REGION_OF = re.compile(
    r"(?:\b(?:nord|sud|est|ouest|centre|north|south|east|west)(?:-\w+)?\s+"
    r"(?:d['’]|de\s+l['’]|de\s+la\s+|du\s+|des\s+|of\s+(?:the\s+)?)"
    r"|\b(?:in|into)\s+(?:the\s+)?(?:northern|southern|eastern|western|central|north-eastern|"
    r"north-western|south-eastern|south-western|northeastern|northwestern|southeastern|"
    r"southwestern)\s+"
    r"|\b(?:depuis|from|en\s+provenance)\s+(?:d[eu]\s+|des\s+|le\s+|la\s+|l['’]|les\s+|the\s+)?)$",
    re.I,
)


def _names_where(actor: ActorMention, text: str) -> bool:
    """A country written after "au", "en", "in": where things happen, not who acts."""
    before = text[max(0, actor.start - 12) : actor.start]
    return actor.kind == "state" and bool(
        _LOCATIVE.search(before)
        or _REGION_OF.search(text[max(0, actor.start - 30) : actor.start])
        or (_RUBRIC.match(text, actor.end) and _opens_a_line(actor, text))
        or _in_a_dateline(actor, text)
    )


# "humanitarian aid from Egypt", "l'aide humanitaire en provenance du Qatar": whom aid comes
# from gives it; "fired from Lebanon" stays where a weapon came from.
_AID_FROM = re.compile(
    r"\b(?:aid|assistance|relief|supplies|donations?|aide|secours|dons)(?:\s+[a-zà-ÿ]+)?\s+"
    r"(?:from|en\s+provenance)\s+(?:d[eu]\s+|des\s+|l['’]|the\s+)?$",
    re.I,
)


def _gives_from(actor: ActorMention, text: str) -> bool:
    """ "trucks carrying humanitarian aid from Jordan": a country after "from" on an aid
    noun is the donor, not a place."""
    return bool(_AID_FROM.search(text[max(0, actor.start - 40) : actor.start]))


def _asked_to_act(actor: ActorMention, parsed: ParsedArticle, lang: str) -> bool:
    """ "L'ONU a demandé au Rwanda de retirer ses troupes": a country after "au" that a
    request verb asks to do something is the one asked to act, not where things happen."""
    token = _token_at(parsed, actor.start)
    if token is None or not token.dep_.startswith(("obl", "iobj")):
        return False
    verb = token.head
    return _is_request(verb, lang) and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and c.i > token.i for c in verb.children
    )


# "BAIDOA, Somalia (Reuters) -", "GOMA, RD Congo, 3 mars (AFP) —": a wire's dateline.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-ZÀ-Ý][\w'’ .-]{1,40},\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:,[^\n]{0,20})?\s*(?:\(|[-–—])")


def _in_a_dateline(actor: ActorMention, text: str) -> bool:
    before = text[max(0, actor.start - 44) : actor.start]
    return bool(_DATELINE_BEFORE.search(before) and _DATELINE_AFTER.match(text, actor.end))


# "Niger : 15 morts…", "Sudan: RSF shelling kills nine": a headline's rubric is where.
_RUBRIC = re.compile(r"\s?:\s")


def _opens_a_line(actor: ActorMention, text: str) -> bool:
    return actor.start == 0 or text[actor.start - 1] == "\n"


def _means(
    found: _Found, sent: Any, offset: int, hits: list[tuple[Weapon, tuple[int, int]]]
) -> list[tuple[Weapon, tuple[int, int]]]:
    """Weapons used in the trigger's clause, not those hit by it ("l'hélicoptère … abattu")."""
    clause = _clause(found.head)
    acted_on = [
        tokens for tokens in args.targets_of(found.head) if not _fired_object(tokens, found.head)
    ]
    subject = args.subject_of(found.head)
    if subject and subject[1]:
        acted_on.append(subject[0])  # "l'hélicoptère … a été abattu": hit, not used
    targets = [args.char_span(offset, tokens) for tokens in acted_on if tokens]
    if found.head.dep_ in _MODIFIER_DEPS:
        targets.append(args.char_span(offset, [found.head.head]))
    tokens = {offset + token.idx: token for token in sent}
    # "Un drone israélien a visé une voiture, tuant son conducteur": the participle's doer
    # is the main verb's subject, and a weapon there is the means.
    doer = _main_subject(found.head)
    kept = []
    for weapon, (start, end) in hits:
        token = next((t for at, t in tokens.items() if at <= start < at + len(t.text)), None)
        if token is None:
            continue
        if (
            _clause(token) != clause
            and not _governs(found.head, token, 4)
            and token not in doer
            and not _in_an_instrument_phrase(token, found.head)
            and not _in_the_phrase_object(token, found, tokens)
        ):
            continue
        if _modifiers_unmake(token, found.trigger.lang):
            continue  # "tués dans une mine d'or": a mine dug, not laid
        if found.head.i != token.i and _answered_deed(token):
            continue  # "in response to rocket fire, jets struck": the other side's weapon
        hit = any(left <= start < right for left, right in targets)
        used = _in_an_instrument_phrase(token, found.head)
        if hit and weapon.acled_subtype != _CHEMICAL and not used:  # a gas is never hit
            continue
        kept.append((weapon, (start, end)))
    return kept


# Verbs whose direct object is what they send off, not what they hit: "fired a barrage of
# rockets at the town", "a tiré des obus sur", "dropped barrel bombs on".
_LAUNCHING = frozenset({"fire", "launch", "drop", "tirer", "lancer", "larguer"})


def _fired_object(tokens: list[Any], head: Any) -> bool:
    return fold_text(head.lemma_) in _LAUNCHING and any(
        t.head.i == head.i and t.dep_ in ("obj", "dobj") for t in tokens
    )


def _in_the_phrase_object(token: Any, found: _Found, tokens: dict[int, Any]) -> bool:
    """A weapon on a split phrase's object, however the parser hung that object ("largué,
    à l'aide de drones, des grenades chargées de gaz irritant": the gas the grenades hold)."""
    if found.head.pos_ not in ("VERB", "AUX"):
        return False
    last = next((t for at, t in tokens.items() if at + len(t.text) == found.end), None)
    return last is not None and last.i != found.head.i and last.is_ancestor(token)


def _in_an_instrument_phrase(token: Any, head: Any) -> bool:
    """A weapon in a phrase naming the means of the deed, wherever the parser hung it:
    "attacked the checkpoint with a drone carrying explosives" (on the checkpoint), "with
    explosives dropped from drones", "a visé la caserne à l'aide d'un drone chargé
    d'explosifs". Participles on the way ("dropped", "chargé") describe the weapon; a verb
    with a subject of its own ends the search."""
    node, marked = token, False
    for _ in range(8):
        if node.i == head.i:
            return marked
        if node.head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") for c in node.children):
            return False
        folded = fold_text(node.text)
        if (node.dep_ == "prep" and folded in _INSTRUMENT_WORDS) or (
            fold_text(node.lemma_) in _INSTRUMENT_NOUNS and node.pos_ == "NOUN"
        ):
            marked = True
        if any(c.dep_ == "case" and fold_text(c.text) in _INSTRUMENT_WORDS for c in node.children):
            marked = True
        node = node.head
    return False


def _modifiers_unmake(noun: Any, lang: str) -> bool:
    """A weapon's name whose own modifiers say it is no weapon (``false_readings.tsv``):
    "une mine d'or", "an illegal gold mine"."""
    objects = false_readings(lang).get(fold_text(noun.lemma_))
    if not objects:
        return False
    return any(
        fold_text(c.lemma_) in objects
        for c in noun.children
        if c.dep_ in ("nmod", "compound", "amod")
    )


def _main_subject(head: Any) -> list[Any]:
    """The active subject of the verb a participle clause ("…, tuant trois civils") hangs on."""
    if head.dep_ != "advcl" or head.pos_ != "VERB" or not args.participle_clause(head):
        return []
    subject = args.subject_of(head.head)
    return subject[0] if subject and not subject[1] else []


@cache
def _weapon_finder() -> Any:
    """The weapons' folded names in one Aho-Corasick automaton, each name with the
    positions in ``weapons()`` of the weapons written so: one pass over a sentence finds
    them all, instead of one search per weapon (400 of them) per trigger."""
    positions: dict[str, list[int]] = {}
    for position, weapon in enumerate(weapons()):
        positions.setdefault(weapon.folded, []).append(position)
    automaton = ahocorasick.Automaton()
    for folded, found in positions.items():
        automaton.add_word(folded, tuple(found))
    automaton.make_automaton()
    return automaton


def _weapon_starts(text: str) -> dict[int, list[int]]:
    """Where each weapon's folded name occurs in ``text``: weapon position → start offsets,
    ascending (what ``text.find`` would find, one after the other)."""
    listed = weapons()
    starts: dict[int, list[int]] = {}
    for last, found in _weapon_finder().iter(text):
        for position in found:
            starts.setdefault(position, []).append(last + 1 - len(listed[position].folded))
    return starts


def _weapons(sent: Any, offset: int, context: _Context) -> list[tuple[Weapon, tuple[int, int]]]:
    text = fold_text(sent.text)
    hits = []
    listed = weapons()
    occurrences = _weapon_starts(text)
    for position in sorted(occurrences):
        weapon = listed[position]
        start = 0
        for index in occurrences[position]:
            if index < start:
                continue  # inside the previous match (or its plural "s")
            end = index + len(weapon.folded)
            if text[end : end + 1] == "s" and not text[end + 1 : end + 2].isalnum():
                end += 1  # "drones", "missiles", "roquettes"
            start = end
            before = text[index - 1] if index else " "
            after = text[end] if end < len(text) else " "
            if before.isalnum() or after.isalnum():
                continue
            written = sent.text[index:end]
            if len(weapon.name) < 4 and written != weapon.name:
                continue
            base = offset + sent.start_char
            hits.append((weapon, (base + index, base + end)))
    hits.sort(key=lambda hit: (hit[1][0], -(hit[1][1] - hit[1][0])))
    kept: list[tuple[Weapon, tuple[int, int]]] = []
    for hit in hits:
        if all(hit[1][1] <= k[1][0] or k[1][1] <= hit[1][0] for k in kept):
            kept.append(hit)
    return kept


# Armed actors a target can be for an attack to be a battle; a state named by its people
# ("un ressortissant égyptien", "a Palestinian man") is a civilian victim, not a side.
_ARMED_TARGETS = frozenset({"military", "armed_group", "police"})
# Victims that stand for an actor in the record (ACLED's "Civilians (X)", "Protesters (X)");
# soldiers named by a common noun only steer the coding.
_NAMED_VICTIMS = frozenset({"CIVILIANS", "PROTESTERS"})


def _named_target(victims: str | None, actor2: ActorMention | None, acled_type: str) -> str | None:
    """The victims that stand for actor2 in the record; people of no stated kind harmed by
    violence against civilians are civilians."""
    if actor2 is not None:
        return None
    if victims == "PEOPLE" and acled_type == "Violence against civilians":
        return "CIVILIANS"
    return victims if victims in _NAMED_VICTIMS else None


# "Armed" said of the agent: the codebook's rioters are unarmed, so an armed crowd is a
# militia ("des jeunes armés venus de Pibor", "armed youths"); "armés de bâtons", "armed
# with sticks" are rioters' crude weapons.
_ARMED_WORDS = frozenset({"arme", "armes", "armee", "armees", "armed"})
_ARMED_WITH = frozenset({"de", "d'", "with"})


def _armed(token: Any) -> bool:
    """Whether a word calls the doers armed ("jeunes armés"), not armed *with* sticks."""
    if fold_text(token.text) not in _ARMED_WORDS:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or fold_text(after.text) not in _ARMED_WITH


def _crowd(
    sent: Any, agent_words: frozenset[int], lang: str, *, throng: bool = False
) -> str | None:
    """ "protesters", "rioters" or "mob" when the agent is a crowd, not an organised actor;
    with ``throng``, also people counted by the hundred who do the deed's verb themselves
    ("hundreds of people attacked"), not those who hold a vigil for a strike's victims."""
    tokens = [t for t in sent if t.i in agent_words and not args.told_by(t)]
    if any(_armed(token) for token in tokens):
        return None  # "des jeunes armés", "armed youths": a militia, not rioters
    found = args.words_in(tokens, args.crowd_words(lang))
    if "protesters" in found:
        return "protesters"
    if not found and _part_of_a_crowd(tokens) and _crowd_protests(sent, lang):
        return "protesters"  # "ont manifesté … et certains ont tenté de prendre d'assaut"
    if not found and throng and _a_throng(tokens):
        found = {"mob"}  # "hundreds of people attacked a police station"
    if found and any(_names_a_protest(t, lang) for t in sent):
        return "protesters"  # rioters who burn shops "pour protester", "during protests"
    return "rioters" if "rioters" in found else next(iter(found), None)


# People counted by a crowd's size ("hundreds of people", "des centaines de personnes").
_PEOPLE_WORDS = frozenset({"people", "persons", "personnes", "gens"})
_THRONG_SIZES = frozenset(
    {"dozens", "scores", "hundreds", "thousands", "hundred", "thousand"}
    | {"dizaines", "centaines", "milliers", "centaine", "millier", "dizaine"}
)


def _a_throng(tokens: list[Any]) -> bool:
    """ "Hundreds of people attacked a police station", "des centaines de personnes ont
    attaqué un commissariat": people no word names as fighters, counted by the dozen or
    hundred, are a crowd; its violence is a riot, not a battle."""
    return any(
        fold_text(t.text) in _PEOPLE_WORDS
        and (
            fold_text(t.head.text) in _THRONG_SIZES
            or fold_text(t.head.head.text) in _THRONG_SIZES
            or any(fold_text(c.text) in _THRONG_SIZES for c in t.children)
        )
        for t in tokens
    )


# Agents that stand for part of a crowd told beside them: "certains", "some", "a small group".
_PART_OF = frozenset(
    {"certains", "certaines", "autres", "plusieurs", "groupe", "some", "others", "several", "group"}
)


def _part_of_a_crowd(tokens: list[Any]) -> bool:
    """ "des milliers ont manifesté … et certains ont tenté de prendre d'assaut l'ambassade",
    "women marched …; a small group clashed with police": the subject is no actor of its own
    but part of the protest the sentence names, so its violence is a riot."""
    return any(t.dep_.startswith("nsubj") and fold_text(t.text) in _PART_OF for t in tokens)


def _crowd_protests(sent: Any, lang: str) -> bool:
    """A protest verb with a subject of its own ("des milliers ont manifesté"), so that
    "some" are protesters; "les soldats ont dispersé la manifestation et certains ont tiré"
    names the protest only as what soldiers acted on."""
    return any(
        t.pos_ == "VERB"
        and _names_a_protest(t, lang)
        and any(c.dep_.startswith("nsubj") for c in t.children)
        for t in sent
    )


def _names_a_protest(token: Any, lang: str) -> bool:
    rows = triggers(lang).get((fold_text(token.lemma_),), ())
    return any(
        r.plover_type == "PROTEST" and token.pos_ == r.pos and _accents_agree(r.written, token)
        for r in rows
    )


def _is_armed(actor: ActorMention | None) -> bool:
    if actor is None:
        return False
    return actor.kind in _ARMED_TARGETS or (actor.kind == "state" and actor.via != "demonym")


_CHEMICAL = "Chemical weapon"


# Dropping a munition from the air: what makes a riot-control agent a weapon of war.
_AERIAL_DROP = "Air/drone strike"


def _counts_as_means(weapon: Weapon, trigger: Trigger) -> bool:
    """A riot-control agent is a chemical weapon only when dropped from the air ("dropped
    tear-gas grenades from drones on Ukrainian trenches"); "police fired tear gas and live
    rounds" stays coded from who was hit."""
    return weapon.weapon_class != "riot_agent" or trigger.acled_subtype == _AERIAL_DROP


# Remote weapons whose use makes a destruction a strike.
_STRIKING_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _destroyed_from_afar(subtype: str, mode: str | None, remote: list[Weapon]) -> Weapon | None:
    """ "Ukrainian drones destroyed two Russian jets", "a détruit quatre bombardiers lors
    d'une opération de drones": a destruction done with drones, aircraft or artillery is
    the strike ACLED codes, not looting or property destruction."""
    if subtype != "Looting/property destruction" or mode != "destroy":
        return None
    return next((w for w in remote if w.acled_subtype in _STRIKING_FROM_AFAR), None)


def _coding(
    trigger: Trigger,
    actor2: ActorMention | None,
    victims: str | None,
    weapon_hits: list[tuple[Weapon, tuple[int, int]]],
    crowd: str | None = None,
    *,
    unopposed: bool = False,
) -> tuple[str, str | None, str, str]:
    """PLOVER type and mode, ACLED type and sub-type from who acts on whom and how, as the
    codebook reads: remote weapons first, then a crowd's violence (riots), then the target;
    an assault with no victim named is on a place's armed defenders (a battle). Ground
    taken ``unopposed`` ("without a fight") is a non-violent transfer of territory."""
    plover, mode = trigger.plover_type, trigger.plover_mode
    acled_type, subtype = trigger.acled_type, trigger.acled_subtype
    if unopposed and subtype in _TERRITORY:
        return "COERCE", "seize", "Strategic developments", "Non-violent transfer of territory"
    remote = [w for w, _ in weapon_hits if w.acled_subtype]
    violent = plover == "ASSAULT" or subtype == "Looting/property destruction"
    if crowd is not None and violent and not remote:
        if crowd == "protesters" or (crowd == "rioters" and mode != "beat"):
            return "PROTEST", "riot", "Riots", "Violent demonstration"
        return "ASSAULT", mode, "Riots", "Mob violence"
    struck = _destroyed_from_afar(subtype, mode, remote)
    if struck is not None:
        return "ASSAULT", struck.plover_mode or mode, _REMOTE, struck.acled_subtype or subtype
    if plover != "ASSAULT":
        return plover, mode, acled_type, subtype
    if any(w.acled_subtype == _CHEMICAL for w in remote):
        return plover, "WMD", _REMOTE, _CHEMICAL  # the codebook's first sub-type: shells of gas
    weapon_decides = trigger.needs in ("weapon", "means") or subtype not in _SPECIFIC_SUBTYPES
    if remote and weapon_decides and acled_type != "Battles":
        weapon = remote[0]
        return plover, weapon.plover_mode or mode, _REMOTE, weapon.acled_subtype or subtype
    if acled_type == _REMOTE or subtype not in ("Attack", "Armed clash"):
        return plover, mode, acled_type, subtype
    if victims == "PROTESTERS":
        return plover, mode, "Protests", "Excessive force against protesters"
    if victims == "ARMED" or (_is_armed(actor2) and not _civilians_hit(victims, actor2)):
        if acled_type == "Battles":
            return plover, mode, acled_type, subtype
        return plover, mode, "Battles", "Armed clash"
    if acled_type == "Battles" and victims != "CIVILIANS":
        return plover, mode, acled_type, subtype  # "des affrontements … des gardes de X"
    if victims in ("CIVILIANS", "PEOPLE") or actor2 is not None:
        sub = subtype if acled_type == "Violence against civilians" else "Attack"
        return plover, mode, "Violence against civilians", sub
    if acled_type == _CIVILIANS_TYPE and (trigger.written, trigger.pos) in _assaults(trigger.lang):
        return plover, mode, "Battles", "Armed clash"  # no victim named: the place's defenders
    return plover, mode, acled_type, subtype


# Words that, after "without"/"sans", say ground changed hands with no fight: "without a
# fight", "without resistance", "without firing a shot", "sans combat", "sans combattre",
# "sans coup férir". "With little resistance" and "without meeting serious resistance" /
# "sans rencontrer de résistance" tell of a weak defence, and stay a battle.
_NO_FIGHT = frozenset(
    {"fight", "fighting", "resistance", "combat", "shot", "bloodshed", "clash", "opposition"}
    | {"combattre", "resistance", "ferir", "affrontement", "heurt", "violence"}
)
_WEAK_DEFENCE = frozenset({"meet", "encounter", "face", "rencontrer", "essuyer"})


def _unopposed(found: _Found) -> bool:
    """Whether the trigger's clause says the ground was taken without a fight."""
    head = found.head
    for word in head.subtree:
        if fold_text(word.text) not in _WITHOUT or _clause_verb(word) != head:
            continue
        phrase = [*word.subtree, *(word.head.subtree if word.dep_ in ("case", "mark") else ())]
        lemmas = {fold_text(t.lemma_) for t in phrase}
        if lemmas & _NO_FIGHT and not lemmas & _WEAK_DEFENCE:
            return True
    return False


def _clause_verb(word: Any) -> Any:
    """The verb whose clause a word sits in; the verb "sans" marks ("sans combattre") is
    the phrase itself, not its clause."""
    for ancestor in word.ancestors:
        marked = word.dep_ in ("case", "mark") and ancestor == word.head
        if ancestor.pos_ == "VERB" and not marked:
            return ancestor
    return None


_CIVILIANS_TYPE = "Violence against civilians"


def _civilians_hit(victims: str | None, actor2: ActorMention | None) -> bool:
    """Civilians are the victims named, and the armed side is only a generic force ("the
    police", "l'armée") told beside them: "opened fire on journalists …, killing two
    journalists and a police officer", "a convoy … under police escort"."""
    return victims == "CIVILIANS" and actor2 is not None and actor2.via == "home"


@cache
def _assaults(lang: str) -> frozenset[tuple[str, str]]:
    """Trigger words and parts of speech for an armed assault on a place
    (``data/acled/assaults.tsv``): with no victims named, the codebook's other side is the
    place's armed defenders."""
    rows = read_tsv("acled/assaults")
    return frozenset((row["word"], row["pos"]) for row in rows if row["lang"] == lang)


def _inherited_place(context: _Context, found: _Found) -> PlaceMention | None:
    """No place in the sentence: the last event's, else the article's most named town."""
    before = [e.place for e in context.events if e.place is not None]
    if before:
        return before[-1]
    towns = [
        p
        for p in context.places
        if p.kind == "place" and p.feature in ("town", "point")
        if not _told_from_a_capital(p, context.parsed)
    ]
    if not towns:
        return None
    counts: dict[object, int] = {}
    for town in towns:
        counts[town.geonames_id or town.name] = counts.get(town.geonames_id or town.name, 0) + 1
    top = max(counts.values())
    return next(t for t in towns if counts[t.geonames_id or t.name] == top)


def _event_date(
    time: TimeMention | None, reference: Reference, tenure: tuple[date, date] | None
) -> EventDate:
    if time is not None:
        return EventDate(
            time.date_start, time.date_end, time.precision, time.basis, time.confidence, time.text
        )
    if tenure is not None:
        return EventDate(tenure[0], tenure[1], "tenure", "tenure", 0.1)
    return EventDate(
        reference.day,
        reference.day,
        "day" if reference.day else "unknown",
        reference.basis,
        round(reference.confidence * 0.6, 3),
    )


def _confidence(
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    place_in_sentence: bool,
    time: TimeMention | None,
    claim: Claim | None,
) -> float:
    score = 0.4 + 0.15 * bool(actor1) + 0.1 * bool(actor2) + 0.15 * place_in_sentence
    score += 0.1 * bool(time) + 0.05 * bool(claim and claim.chain)
    return round(min(score, 0.95), 3)


def _event_id(article: Article, found: _Found, place: PlaceMention | None) -> str:
    key = (
        f"{article.content_hash}:{found.start}:{found.trigger.plover_type}:{place and place.start}"
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _deduplicated(
    events: list[Event],
    sides: _SidesOfDead | None = None,
    told_apart: dict[int, str] | None = None,
) -> list[Event]:
    """One event per (type, status, place, date), as ACLED codes: reports of the same event
    in several sentences merge, keeping the most specific sub-type, every piece of
    evidence, the lowest fatality count given (or the sum of counts of two sides' dead)
    and the fullest arguments."""
    both_ways = {e.acled_subtype for e in events if e.actor1 is not None} >= _TERRITORY

    def apart(event: Event) -> str:
        # "retook Marte two days after ISWAP overran its base": a town taken and its
        # retaking are two events even when the parse gives them one day.
        if both_ways and event.acled_subtype in _TERRITORY and event.actor1 is not None:
            return event.acled_subtype
        return ""

    def key(event: Event) -> tuple[object, ...]:
        return (
            _family(event),
            _kind(event),
            event.status,
            _place_key(event),
            _day_key(event),
            _speaker(event),
            apart(event),
        )

    fired = _firing_sides(events, key, told_apart or {})
    merged = _merged_by(events, lambda e: (*key(e), fired.get(id(e))), sides)
    return _undated_into_dated(merged, told_apart or {})


def _firing_sides(
    events: list[Event],
    key: Callable[[Event], tuple[object, ...]],
    told_apart: dict[int, str],
) -> dict[int, str]:
    """Which side fired each remote strike, where two sides fired on one day and place:
    rockets from one side and the other's shelling in reply ("des roquettes tirées du Liban
    …; l'artillerie israélienne a ensuite pilonné") are two events, not one report told
    twice. A report naming no doer joins the first side told. A strike told as a reprisal
    or at another hour than the strike before it starts a second one (see
    ``_strikes_told_apart``)."""
    by_key: dict[tuple[object, ...], list[tuple[Event, str | None]]] = {}
    for event in events:
        by_key.setdefault(key(event), []).append((event, _firing_side(event)))
    found: dict[int, str] = {}
    for told in by_key.values():
        named = list(dict.fromkeys(side for _, side in told if side is not None))
        if len(named) < 2:
            found.update(_later_strike(told, told_apart))
            continue
        for event, side in told:
            found[id(event)] = side or named[0]
    return found


def _later_strike(
    told: list[tuple[Event, str | None]], told_apart: dict[int, str]
) -> dict[int, str]:
    """Split one side's (or no side's) strikes of a day and place where one is told apart
    from those before it: a reprisal by a named side after a strike whose doer is another
    or untold ("Rockets fired from Lebanon …; Israeli artillery shelled villages in
    response"), or a strike told "earlier"/"plus tard" than another."""
    for index, (event, side) in enumerate(told):
        mark = told_apart.get(_trigger_start(event))
        if index == 0 or mark is None:
            continue
        if mark == _REPRISAL and (side is None or any(s == side for _, s in told[:index])):
            continue
        return {id(e): ("later" if at >= index else "before") for at, (e, _) in enumerate(told)}
    return {}


_REPRISAL = "reprisal"
_ANOTHER_HOUR = "another hour"
# Adverbs that set a strike at another hour than the one told before: "Earlier in the
# night", "plus tôt", "Quelques heures plus tard".
_OTHER_HOURS = frozenset({"earlier", "later", "tot", "tard", "auparavant"})


def _strikes_told_apart(events: list[Event], parsed: ParsedArticle) -> dict[int, str]:
    """The trigger starts of violent deeds whose verb tells them apart from one told
    before: a reprisal ("shelled several villages in response", "a frappé … en
    représailles"), another hour ("Earlier in the night, drones attacked …") or another
    incident ("In a separate incident", "Dans une autre attaque")."""
    marks: dict[int, str] = {}
    for event in events:
        if event.acled_type not in _VIOLENT_TYPES:
            continue
        start = _trigger_start(event)
        token = _token_at(parsed, start)
        if token is None:
            continue
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        # The verb's own phrases ("in response", "Plus tôt dans la nuit"), not its clauses.
        phrases = [c for c in verb.children if c.dep_ not in _CLAUSE_DEPS | _SECOND_PREDICATES]
        near = [*phrases, *(g for c in phrases for g in c.children)]
        if verb.head.pos_ == "ADV":
            near.append(verb.head)  # "Plus tôt …, des drones avaient attaqué": tôt as root
        words = {fold_text(w.text) for w in near if w.dep_ != "punct"}
        hours = {fold_text(w.text) for w in near if w.pos_ == "ADV"}
        if words & _REPRISAL_NOUNS:
            marks[start] = _REPRISAL
        elif hours & _OTHER_HOURS:
            marks[start] = _ANOTHER_HOUR
        elif any(_a_separate_incident(w) for w in [token, *near]):
            marks[start] = _ANOTHER_INCIDENT
    return marks


def _a_separate_incident(word: Any) -> bool:
    """ "In a separate incident", "dans une autre attaque", "another raid": a deed told as
    not the one before it."""
    if word.pos_ != "NOUN" or fold_text(word.lemma_) not in _INCIDENT_NOUNS:
        return False
    return any(fold_text(c.lemma_) in _SEPARATE for c in word.children)


_ANOTHER_INCIDENT = "another incident"
_SEPARATE = frozenset({"separate", "another", "other", "different", "autre", "distinct"})
# Nouns an analyst tells a second deed by: "in a separate incident", "une autre attaque".
_INCIDENT_NOUNS = frozenset(
    {
        "incident",
        "attack",
        "attaque",
        "raid",
        "strike",
        "frappe",
        "assault",
        "ambush",
        "embuscade",
        "clash",
        "affrontement",
        "bombing",
        "attentat",
        "explosion",
        "shooting",
        "fusillade",
        "operation",
    }
)


def _firing_side(event: Event) -> str | None:
    """A remote strike's side: a state's bodies are one side; each armed group is its own."""
    if event.acled_type != _REMOTE or event.actor1 is None or not event.actor1.canonical_id:
        return None
    actor = event.actor1.canonical_id
    return actor if actor.startswith("GRP.") else actor.split(".")[0]


def _speaker(event: Event) -> str | None:
    """Who a statement, a visit or a decision is by: two parties' statements on one day
    are two events ("Pashinyan accused…; the Church denounced…"); a deed is one event
    whoever each report names as its doer."""
    if event.plover_type in _ACTION_TYPES or event.actor1 is None:
        return None
    return event.actor1.canonical_id


def _undated_into_dated(events: list[Event], told_apart: dict[int, str]) -> list[Event]:
    """An event dated only by the article's date (a headline, "the attack killed…") is the
    same as one of its kind, status and place that the text dates: "Suicide attack in
    Kunduz" over "On Tuesday, a suicide bomber … in Kunduz"."""
    kept = list(events)
    for event in events:
        if event.date.text is not None or event not in kept:
            continue
        if _trigger_start(event) in told_apart:
            continue  # a reprisal or a strike of another hour, kept apart by its side
        twin = None
        if _place_key(event) is not None:
            twin = _dated_twin(event, kept, _same_report)
            if twin is None and _is_bare_toll(event):
                twin = _dated_twin(event, kept, _explains_toll)
        if twin is None and event.acled_type in _VIOLENT_TYPES:
            twin = _dated_twin(event, kept, _tells_closer)
        elif twin is None:
            twin = _dated_twin(event, kept, _tells_same_dealings)
        if twin is not None:
            kept[kept.index(twin)] = _merged(twin, _toll_left_to(twin, event))
            kept.remove(event)
    return kept


def _toll_left_to(dated: Event, undated: Event) -> Event:
    """A headline's figure gives way to the one its story dates ("… avoir tué 15 combattants"
    over "tué quinze jihadistes et perdu deux soldats", 17): one report's summary and its
    detail are not two sources, whose lowest figure would be the toll."""
    if dated.quantities["fatalities"] is None or undated.quantities["fatalities"] is None:
        return undated
    return _without_toll(undated)


def _dated_twin(
    event: Event, events: list[Event], same: Callable[[Event, Event], bool]
) -> Event | None:
    return next(
        (o for o in events if o is not event and o.date.text is not None and same(o, event)),
        None,
    )


def _same_report(other: Event, event: Event) -> bool:
    return (_family(other), other.acled_type, other.status, _place_key(other)) == (
        _family(event),
        event.acled_type,
        event.status,
        _place_key(event),
    )


def _tells_closer(other: Event, event: Event) -> bool:
    """A dated deed the headline's undated one names more loosely: "Tchad : une attaque de
    Boko Haram contre une base" over "ont attaqué dimanche une base … dans la province du
    Lac"; same kind, status and doers, at a place the headline's contains or is near. A
    headline that names no place must name the doers."""
    if (_family(other), other.status) != (_family(event), event.status):
        return False
    if other.acled_type != event.acled_type:
        # "RSF shelling kills nine" coded from its toll over the body's shelling: a
        # headline's coding is the looser one, and its doers must be named to join.
        return (
            event.actor1 is not None
            and _same_doers(other, event)
            and (event.place is None or _place_key(event) == _place_key(other))
        )
    if event.place is None:
        return event.actor1 is not None and _same_doers(other, event)
    return (
        (event.actor1 is None or _same_doers(other, event))
        and other.place is not None
        and _contains_or_near(event.place, other.place)
    )


def _tells_same_dealings(other: Event, event: Event) -> bool:
    """A dated meeting, agreement or statement the headline's undated one tells with a party
    in common ("Chapo and Mondlane … agree to end violence" over "… met on Sunday and
    agreed"), at no place or one the headline's holds."""
    parties = {a.canonical_id for a in (event.actor1, event.actor2) if a is not None}
    return (
        (other.plover_type, other.acled_subtype, other.status)
        == (event.plover_type, event.acled_subtype, event.status)
        and any(a is not None and a.canonical_id in parties for a in (other.actor1, other.actor2))
        and (
            event.place is None
            or (other.place is not None and _contains_or_near(event.place, other.place))
        )
    )


_NEAR_KM = 40.0


def _contains_or_near(wide: PlaceMention, narrow: PlaceMention) -> bool:
    """Whether a headline's place ("Tchad", "près de Damas") holds the body's place."""
    if wide.country_iso2 is None or wide.country_iso2 != narrow.country_iso2:
        return False
    if wide.precision == "country":
        return True
    if wide.precision == "admin1" and wide.admin1_code is not None:
        return wide.admin1_code == narrow.admin1_code
    if wide.lat is None or wide.lon is None or narrow.lat is None or narrow.lon is None:
        return False
    return distance_km(wide.lat, wide.lon, narrow.lat, narrow.lon) <= _NEAR_KM


def _explains_toll(other: Event, event: Event) -> bool:
    """A violent event of the bare toll's status and place, by its doers if both name any."""
    return (
        other.acled_type in _VIOLENT_TYPES
        and other.status == event.status
        and _same_place(other, event)
        and (event.actor1 is None or other.actor1 is None or _same_doers(other, event))
    )


def _is_bare_toll(event: Event) -> bool:
    """ "…, killing 23" in a headline whose verb the parser missed: deaths with no victim
    named, which a dated attack by the same doers at that place explains."""
    return (
        event.acled_subtype == "Attack"
        and event.actor2 is None
        and event.quantities["fatalities"] is not None
    )


def _states_a_number(event: Event) -> bool:
    """Whether the event's toll was written as a number ("40", "onze", "a dozen") rather
    than a vague word or an explicit none."""
    told = next((e.text for e in event.evidence if e.field == "fatalities"), "")
    words = {fold_text(word) for word in told.replace("-", " ").split()}
    return any(c.isdigit() for c in told) or bool(words & _all_number_words())


@cache
def _all_number_words() -> frozenset[str]:
    return frozenset(number_words("fr")) | frozenset(number_words("en"))


def _family(event: Event) -> str:
    """What makes two reports one event: the PLOVER type, or for protests and riots the
    crowd's action as a whole (a march dispersed with tear gas is one event)."""
    return "crowd" if event.acled_type in _CROWD_TYPES else event.plover_type


def _kind(event: Event) -> str:
    """The ACLED type, or for strategic developments the sub-type: arrests and looting at
    one place on one day are two events, two reports of fighting one. Sexual violence is
    its own event beside the killings of a raid ("raped six women …; two men were shot
    dead"), as analysts code it. Coercive acts of another mode told in other sentences are
    other acts ("imposed a curfew in Goma. The same day the authorities expelled two
    journalists"): a ban, a censorship, an expulsion each."""
    if event.plover_type == "COERCE" and event.acled_subtype == "Other":
        return f"Other/{event.plover_mode}"
    if event.acled_type == "Strategic developments" or event.acled_subtype == "Sexual violence":
        return event.acled_subtype
    return event.acled_type


def _day_key(event: Event) -> object:
    """The event's day; under a tenure every relative date spans the same years, so the
    expression itself tells "mardi" from "la semaine dernière"."""
    if event.date.basis == "tenure":
        return (event.date.text or "").lower()
    return event.date.date_start


def _place_key(event: Event) -> object:
    place = event.place
    return (place.geonames_id or place.name) if place else None


@dataclass(frozen=True)
class _SidesOfDead:
    """Whose dead an event's toll counts, read off the article: "tuant cinq soldats" the
    victims', "neutralisé une trentaine d'assaillants" the attackers'."""

    text: str
    lang: str

    def of(self, event: Event) -> str | None:
        """The side an event's tolls count, when they all name the same one."""
        whose = {self.side(e) for e in event.evidence if e.field == "fatalities"}
        return whose.pop() if len(whose) == 1 else None

    def side(self, told: Evidence) -> str | None:
        # The toll's words and the few after them: "tuant 11" is followed by "soldats".
        end = told.end + _CHARS_AFTER_A_TOLL
        return args.side_of_words(self.text[told.start : end], self.lang)


def _merged_by(
    events: list[Event],
    key: Callable[[Event], tuple[object, ...]],
    sides: _SidesOfDead | None = None,
) -> list[Event]:
    """Events with the same key become one, coded with the most specific sub-type."""
    kept: dict[tuple[object, ...], Event] = {}
    for event in events:
        first = kept.get(key(event))
        if first is None:
            kept[key(event)] = event
            continue
        better = _SUBTYPE_RANK.get(event.acled_subtype, 99) < _SUBTYPE_RANK.get(
            first.acled_subtype, 99
        ) or (
            # "arrived in Timbuktu and set up at the former base": a base told beside the
            # arrival names what the troops did, over the bare "Other".
            first.acled_subtype == "Other"
            and event.acled_subtype != "Other"
            and event.plover_type == first.plover_type
        )
        kept[key(event)] = _merged(event, first, sides) if better else _merged(first, event, sides)
    return list(kept.values())


def _merged(first: Event, other: Event, sides: _SidesOfDead | None = None) -> Event:
    counted = [e for e in (first, other) if e.quantities["fatalities"] is not None]
    # The lowest of the figures given, but a figure over a vague word ("au moins 40 morts"
    # over "plusieurs"): the convention's 3 for "several" is no report of a lower toll.
    stated = [e for e in counted if _states_a_number(e)] or counted
    deaths = [e.quantities["fatalities"] for e in stated]
    if sides is not None and len(stated) == 2:
        whose = {sides.of(e) for e in stated}
        if len(whose) == 2 and None not in whose:
            deaths = [sum(deaths)]  # "cinq soldats tués" and "30 assaillants neutralisés"
    # A headline's undated report of the day ("un couvre-feu instauré") merged with the
    # story's dated one keeps the story's date, so that it joins no other event later.
    told_day = first.date.text is None and other.date.text is not None
    return replace(
        first,
        date=other.date if told_day and _day_key(first) == _day_key(other) else first.date,
        actor1=first.actor1 or other.actor1,
        actor2=first.actor2 or other.actor2,
        weapons=tuple(dict.fromkeys([*first.weapons, *other.weapons])),
        claim_chain=first.claim_chain or other.claim_chain,
        quantities={"fatalities": min(deaths) if deaths else None},
        evidence=tuple(dict.fromkeys([*first.evidence, *other.evidence])),
        confidence=max(first.confidence, other.confidence),
    )
