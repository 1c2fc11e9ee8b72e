"""The actor dictionary: JSON Lines files under ``data/actors``, indexed for fast matching."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

import ahocorasick

from dateline.errors import DatelineError, Messages

ACTOR_FILES = ("states", "groups", "organisations", "persons")
# Names shorter than this are acronyms: matched only as written ("EI", "IS", "UN").
CASE_SENSITIVE_BELOW = 4


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    org: str | None
    start: date | None
    end: date | None
    titles: dict[str, tuple[str, ...]]

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    kind: str
    country: str | None
    parent: str | None
    names: dict[str, tuple[str, ...]]
    short: dict[str, tuple[str, ...]] = field(default_factory=dict)
    acled: str | None = None
    state_affiliated: bool | None = None
    domains: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    operates_in: tuple[str, ...] = ()  # a branch's countries ("GRP.ISKP": AFG, PAK)
    # Common nouns that name this actor only in a story set in its country ("separatists"
    # in a Cameroon story are the Ambazonian groups, "Casques bleus" in Mali MINUSMA).
    home_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    function: str | None = None  # "intelligence": the state's main intelligence service
    governs: tuple[str, date] | None = None  # a group ruling a state: (its iso3, since)
    # A bloc whose member states, named together, act as it: (their iso3 codes, since).
    members: tuple[frozenset[str], date] | None = None

    @property
    def name(self) -> str:
        """Display name: the first English name, else the first of any language."""
        for lang in ("en", "fr", *self.names):
            if self.names.get(lang):
                return self.names[lang][0]
        return self.id


@dataclass(frozen=True, slots=True)
class Alias:
    actor_id: str
    written: str  # as in the dictionary, for case-sensitive acronyms
    short: bool  # only valid after a full name of the same actor
    title: Role | None = (
        None  # set when the alias is an office title ("chef de la diplomatie russe")
    )


def fold_char(char: str) -> str:
    """One character, lower case and without accent; never changes the text's length."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", char.lower()) if not unicodedata.combining(c)
    )
    return folded if len(folded) == 1 else char.lower()[:1] or char


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table filled on demand by ``fold_char``: texts are folded in C,
    and each distinct character is worked out once per process."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=65_536)
def fold_text(text: str) -> str:
    """``text`` folded character by character, so offsets stay valid. Kept per text: the
    extractor folds the same words token after token, sentence after sentence."""
    return text.translate(_FOLD_TABLE).replace("’", "'")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _actor(record: dict[str, Any]) -> Actor:
    def by_lang(value: dict[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
        return {lang: tuple(names) for lang, names in (value or {}).items()}

    roles = tuple(
        Role(
            role=role["role"],
            org=role.get("org"),
            start=_date(role.get("start")),
            end=_date(role.get("end")),
            titles=by_lang(role.get("titles")),
        )
        for role in record.get("roles", [])
    )
    return Actor(
        id=record["id"],
        kind=record["kind"],
        country=record.get("country"),
        parent=record.get("parent"),
        names=by_lang(record.get("names")),
        short=by_lang(record.get("short")),
        acled=record.get("acled"),
        state_affiliated=record.get("state_affiliated"),
        domains=tuple(record.get("domains", [])),
        roles=roles,
        operates_in=tuple(record.get("operates_in", [])),
        home_names=by_lang(record.get("home_names")),
        function=record.get("function"),
        governs=_governs(record.get("governs")),
        members=_members(record.get("members")),
    )


def _members(value: dict[str, Any] | None) -> tuple[frozenset[str], date] | None:
    since = _date(value.get("since")) if value else None
    return (frozenset(value["states"]), since) if value and since else None


def _governs(value: dict[str, str] | None) -> tuple[str, date] | None:
    since = _date(value.get("since")) if value else None
    return (value["country"], since) if value and since else None


class ActorDictionary:
    """Actors by id, and one Aho-Corasick automaton over all their folded names."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {actor.id: actor for actor in actors}
        self.branches = {
            (actor.parent, iso3): actor
            for actor in actors
            if actor.parent is not None
            for iso3 in actor.operates_in
        }
        self.intelligence = {
            actor.country: actor
            for actor in actors
            if actor.function == "intelligence" and actor.country
        }
        self.blocs = {  # member states → (bloc, since)
            actor.members[0]: (actor, actor.members[1])
            for actor in actors
            if actor.members is not None
        }
        self.home_names = _home_names(actors)
        self.automaton = ahocorasick.Automaton()
        aliases: dict[str, list[Alias]] = {}
        for actor in actors:
            for names in actor.names.values():
                for name in names:
                    aliases.setdefault(fold_text(name), []).append(Alias(actor.id, name, False))
            for names in actor.short.values():
                for name in names:
                    aliases.setdefault(fold_text(name), []).append(Alias(actor.id, name, True))
            for role in actor.roles:
                for titles in role.titles.values():
                    for title in titles:
                        key = fold_text(title)
                        aliases.setdefault(key, []).append(Alias(actor.id, title, False, role))
            for label in _acled_labels(actor, self.actors):
                aliases.setdefault(fold_text(label), []).append(Alias(actor.id, label, False))
        for key, found in aliases.items():
            self.automaton.add_word(key, (key, tuple(found)))
        if aliases:
            self.automaton.make_automaton()

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def branch_in(self, parent_id: str, iso3: str) -> Actor | None:
        """The branch of a group that operates in a country: the Islamic State in an
        Afghan story is its Khorasan Province, as ACLED codes it."""
        return self.branches.get((parent_id, iso3))

    def bloc_of(self, states: frozenset[str], day: date | None) -> Actor | None:
        """The bloc whose members are exactly ``states`` on ``day``: "the juntas of Mali,
        Burkina Faso and Niger" act as the Alliance of Sahel States once it exists."""
        if day is None or len(states) < 2:
            return None
        bloc, since = self.blocs.get(states, (None, day))
        return bloc if since <= day else None

    def by_country(self, iso3: str, suffix: str) -> Actor | None:
        """A state's body: ``by_country("RUS", ".MIL")``; ``""`` for the state itself;
        ``".INTEL"`` for its main intelligence service, else the state."""
        if suffix == ".INTEL":
            return self.intelligence.get(iso3) or self.actors.get(iso3)
        return self.actors.get(f"{iso3}{suffix}")

    def served_body(self, org_id: str | None) -> Actor | None:
        """The body an office holder acts for: a head of state or government speaks for
        the state's government, as ACLED and POLECAT code them, not for the bare state."""
        body = self.actors.get(org_id or "")
        if body is not None and body.kind == "state" and body.country:
            return self.by_country(body.country, ".GOV") or body
        return body

    def body_of(self, person_id: str, day: date | None) -> Actor | None:
        """The body a person served on ``day`` (their latest office when undated or out of
        office), for reading a person and their government as one actor."""
        person = self.actors.get(person_id)
        if person is None or not person.roles:
            return None
        held = [r for r in person.roles if day is not None and r.holds_on(day)]
        role = held[0] if held else max(person.roles, key=lambda r: r.start or date.min)
        return self.served_body(role.org)

    def domain_owner(self, host: str) -> Actor | None:
        host = host.lower().removeprefix("www.")
        for actor in self.actors.values():
            if any(host == d or host.endswith(f".{d}") for d in actor.domains):
                return actor
        return None


def _home_names(actors: list[Actor]) -> dict[str, list[tuple[str, Actor]]]:
    """Folded home names per language, longest first so "séparatistes armés" is read
    before "séparatistes"."""
    found: dict[str, list[tuple[str, Actor]]] = {}
    for actor in actors:
        for lang, names in actor.home_names.items():
            found.setdefault(lang, []).extend((fold_text(name), actor) for name in names)
    for phrases in found.values():
        phrases.sort(key=lambda item: -len(item[0]))
    return found


# ACLED's names for a state's bodies, which analysts' notes use as written: "Military Forces
# of Ethiopia (2018-)", "Police Forces of Kenya", "Government of Mali".
_ACLED_BODIES = {".MIL": "Military Forces of", ".POL": "Police Forces of", ".GOV": "Government of"}
_ACLED_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*$")


def _acled_labels(actor: Actor, actors: dict[str, Actor]) -> set[str]:
    labels = set()
    if actor.acled:
        labels |= {actor.acled, _ACLED_PERIOD.sub("", actor.acled)}
    state = actors.get(actor.country or "")
    suffix = actor.id.removeprefix(actor.country or "")
    if state is not None and suffix in _ACLED_BODIES:
        labels |= {f"{_ACLED_BODIES[suffix]} {name}" for name in state.names.get("en", ())[:1]}
    return {label for label in labels if label}


@cache
def load_actors() -> ActorDictionary:
    """The shipped dictionary; a malformed line names its file and line."""
    actors: list[Actor] = []
    for name in ACTOR_FILES:
        resource = files("dateline").joinpath("data", "actors", f"{name}.jsonl")
        if not resource.is_file():
            continue
        for number, line in enumerate(resource.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                actors.append(_actor(json.loads(line)))
            except (ValueError, KeyError, TypeError) as error:
                raise DatelineError(
                    Messages.E017, file=f"{name}.jsonl", line=number, detail=error
                ) from error
    return ActorDictionary([*actors, *_missing_bodies(actors)])


_BODY_KINDS = {".GOV": "government", ".MIL": "military", ".POL": "police"}


def _missing_bodies(actors: list[Actor]) -> list[Actor]:
    """A government, military and police for every state the dictionary lists without
    them: ACLED codes "la police" in a Luanda report as the Police Forces of Angola, and so
    must we, for all ~200 states and not only those written out by hand."""
    ids = {actor.id for actor in actors}
    made = []
    for state in (a for a in actors if a.kind == "state" and a.country):
        english = state.names.get("en", ())[:1]
        for suffix, kind in _BODY_KINDS.items():
            if f"{state.id}{suffix}" in ids or not english:
                continue
            label = f"{_ACLED_BODIES[suffix]} {english[0]}"
            made.append(
                Actor(f"{state.id}{suffix}", kind, state.country, state.id, {"en": (label,)})
            )
    return made
