"""Acronyms an article defines in brackets: "les Forces de défense et de sécurité (FDS)",
"the Rapid Support Forces (RSF)", "FDS (Forces démocratiques syriennes)".

Reports spell a name out once and then write its acronym alone ("Les FDS ont riposté").
The definition is the author's: for the whole article the acronym is the actor its long
name links to, whatever the dictionary's global reading of the acronym ("RSF" after
"Reporters sans frontières" is the press NGO, not Sudan's paramilitaries). A long name
that links to nothing but names a group ("le Mouvement pour le salut de l'Azawad (MSA)")
has no dictionary id to give; its acronym then at least links to no unrelated namesake.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from dateline.data import read_tsv
from dateline.link.actors.dictionary import ActorDictionary, fold_text
from dateline.records import ActorMention

# An acronym as news writes it: capitals, maybe digits, lower-case letters and one hyphen
# ("FDS", "FAMa", "M23", "SPLM-N", "FAd'H").
_WRITTEN_ACRONYM = r"[A-Z][A-Za-z0-9'’]{0,9}(?:-[A-Z0-9][A-Za-z0-9]{0,5})?"
_AFTER_NAME = re.compile(rf"\(\s*({_WRITTEN_ACRONYM})\s*\)")
_BEFORE_NAME = re.compile(rf"(?<![\w-])({_WRITTEN_ACRONYM})\s*\(([^()\n]{{3,120}})\)")
# The letters and numbers an acronym is made of: "FAMa" → F A M, "M23" → M 23.
_UNITS = re.compile(r"[A-Z]|\d+")
# The words of a long name, cut at apostrophes and hyphens ("l'Azawad", "al-Islam").
_WORDS = re.compile(r"[^\W\d_]+|\d+")
# What ends the stretch of text a long name may take before its bracket.
_NAME_STOPS = re.compile(r"[.,;:!?()«»\"“”\[\]\n]")
_LONGEST_NAME = 14  # words
# Articles a long name may start with that its acronym leaves out.
_ARTICLES = frozenset({"le", "la", "les", "l", "the", "des", "du", "de", "d"})
# Ways a mention of the long name may link for its acronym to take it over; the acronym's
# uses read as the long name read (a home body stays one).
_REFERENT_VIAS = frozenset({"name", "short", "demonym", "home", "title"})
_SAME_NAME = 0.5  # share of the long name's words a dictionary namesake must hold


@dataclass(frozen=True, slots=True)
class _Definition:
    acronym: str
    at: int  # where the acronym is written in the definition
    name_start: int
    name_end: int


@cache
def _group_heads() -> frozenset[str]:
    return frozenset(row["word"] for row in read_tsv("actors/group_heads"))


def _units(acronym: str) -> list[str]:
    return _UNITS.findall(acronym)


def _is_acronym(written: str) -> bool:
    """Two capitals at least, or a capital and a number ("M23"); not a word in capitals
    of one letter and not a plain capitalised word ("Reuters")."""
    units = _units(written)
    letters = sum(unit.isalpha() for unit in units)
    return 2 <= len(units) <= 10 and (letters >= 2 or (letters == 1 and len(units) >= 2))


def _initial(word: str) -> str:
    return word if word.isdigit() else fold_text(word[0]).upper()


def _spells(units: list[str], words: list[str]) -> bool:
    """The acronym's letters are the initials of the long name's words, in any order
    ("Front Moro islamique de libération (MILF)", "Forces de défense et de sécurité
    (FDS)"), or in order within its words ("US Africa Command (AFRICOM)"); the first word
    always gives one of them."""
    if not words or _initial(words[0]) not in units:
        return False
    if not Counter(units) - Counter(_initial(w) for w in words):
        return True
    letters = fold_text(" ".join(words)).upper()
    if not letters.startswith(units[0]):
        return False
    at = 0
    for unit in units:
        at = letters.find(unit, at)
        if at < 0:
            return False
        at += len(unit)
    return len(words) <= len(units)


def _long_name_before(text: str, end: int, units: list[str]) -> int | None:
    """Where the long name ending at ``end`` starts: the fewest words before the bracket
    that the acronym spells, not crossing punctuation."""
    stretch_start = end
    while stretch_start > 0 and not _NAME_STOPS.match(text[stretch_start - 1]):
        stretch_start -= 1
    words = list(_WORDS.finditer(text, stretch_start, end))[-_LONGEST_NAME:]
    for count in range(1, len(words) + 1):
        first = words[-count]
        if first.group().lower() in _ARTICLES:
            continue
        if _spells(units, [w.group() for w in words[-count:]]):
            return first.start()
    return None


def _definitions(text: str, mentions: list[ActorMention]) -> list[_Definition]:
    """Each acronym the text spells out, with where its long name lies."""
    found = []
    for match in _AFTER_NAME.finditer(text):
        acronym = match.group(1)
        if not _is_acronym(acronym):
            continue
        end = len(text[: match.start()].rstrip())
        start = _long_name_before(text, end, _units(acronym))
        if start is None:
            start = _named_in_another_language(text, end, _units(acronym), mentions)
        if start is not None:
            found.append(_Definition(acronym, match.start(1), start, end))
    for match in _BEFORE_NAME.finditer(text):
        acronym, inside = match.group(1), match.group(2)
        if not _is_acronym(acronym):
            continue
        words = [w.group() for w in _WORDS.finditer(inside)]
        while words and words[0].lower() in _ARTICLES:
            words = words[1:]
        if len(words) <= _LONGEST_NAME and _spells(_units(acronym), words):
            found.append(_Definition(acronym, match.start(1), match.start(2), match.end(2)))
    return found


def _named_in_another_language(
    text: str, end: int, units: list[str], mentions: list[ActorMention]
) -> int | None:
    """Where an organisation's name ending at ``end`` starts when its acronym is that of
    its name in another language ("Reporters Without Borders (RSF)"): a linked name, no
    person's nor state's ("Senator Musa Bello (APC)" names his party), that starts with
    the acronym's first letter."""
    for mention in mentions:
        if mention.end != end or mention.kind in ("person", "state"):
            continue
        words = [w for w in _WORDS.findall(mention.text) if w.lower() not in _ARTICLES]
        if mention.via in ("name", "short") and words and _initial(words[0]) == units[0]:
            return mention.start
    return None


def _referent(
    definition: _Definition, mentions: list[ActorMention], text: str
) -> ActorMention | None:
    """The mention that is the long name: it holds the long name's first word (an article
    aside) and reaches its end; "Mali" ending "Front de libération du Mali (FLM)" is not
    the front."""
    group = _names_a_group(text[definition.name_start : definition.name_end])
    for mention in mentions:
        if mention.via not in _REFERENT_VIAS:
            continue
        if mention.via == "demonym" and mention.kind == "state" and group:
            continue  # "Congrès du peuple congolais (CPC)" is a party, not Congo
        before = fold_text(text[definition.name_start : mention.start]).strip(" '")
        holds_start = mention.start <= definition.name_start or before in _ARTICLES
        reaches = text[mention.end : definition.name_end].strip() == ""
        if holds_start and reaches and mention.end <= definition.name_end:
            return mention
    return None


def _content_words(text: str) -> set[str]:
    return {fold_text(w)[:5] for w in _WORDS.findall(text) if len(w) >= 4}


def _names_a_group(text: str) -> bool:
    """A word of the long name is a group's head noun, singular or plural."""
    heads = _group_heads()
    words = {fold_text(w) for w in _WORDS.findall(text)}
    return any(w in heads or w.removesuffix("s") in heads for w in words)


def _resembles(actor_id: str, long_name: str, dictionary: ActorDictionary) -> bool:
    """A dictionary actor whose names hold most of the long name's words: the article
    spells out a name the dictionary writes otherwise ("Forces armées de la RDC (FARDC)"),
    not a namesake."""
    actor = dictionary.get(actor_id)
    words = _content_words(long_name)
    if actor is None or not words:
        return actor is not None
    names = [n for forms in actor.names.values() for n in forms if not _is_acronym(n)]
    return any(len(words & _content_words(n)) >= _SAME_NAME * len(words) for n in names)


def _occurrences(text: str, acronym: str) -> list[tuple[int, int]]:
    pattern = rf"(?<![\w-]){re.escape(acronym)}(?![\w])"
    return [m.span() for m in re.finditer(pattern, text)]


def defined_acronyms(
    text: str, mentions: list[ActorMention], dictionary: ActorDictionary
) -> list[ActorMention]:
    """``mentions`` with each acronym the text defines read as its long name's actor
    wherever it is written. A group's long name the dictionary lacks takes the actor of
    its acronym when that actor's names resemble it ("Forces armées de la RDC (FARDC)");
    else its acronym links to no namesake, and a state named inside it ("Front de
    libération du Tchad (FLT)") is part of a name, not a party."""
    for definition in _definitions(text, mentions):
        spans = _occurrences(text, definition.acronym)
        referent = _referent(definition, mentions, text)
        if referent is None:
            if not _names_a_group(text[definition.name_start : definition.name_end]):
                continue
            referent = _spelt_out(definition, mentions, spans, text, dictionary)
            mentions = _without_states_inside(definition, mentions)
        mentions = _read_as(referent, spans, mentions, text)
    return mentions


def _spelt_out(
    definition: _Definition,
    mentions: list[ActorMention],
    spans: list[tuple[int, int]],
    text: str,
    dictionary: ActorDictionary,
) -> ActorMention | None:
    """The long name as a mention of the actor its acronym links to, when that actor's
    names resemble it; None when the acronym links to nothing or to a namesake."""
    start, end = definition.name_start, definition.name_end
    linked = [m for m in mentions if (m.start, m.end) in spans]
    if not linked or len({m.canonical_id for m in linked}) > 1:
        return None
    if not _resembles(linked[0].canonical_id, text[start:end], dictionary):
        return None
    if any(
        m.start < end and start < m.end and not start <= m.start <= m.end <= end for m in mentions
    ):
        return None  # a mention crossing the long name's edges: leave it be
    return replace(linked[0], text=text[start:end], start=start, end=end, via="name")


def _without_states_inside(
    definition: _Definition, mentions: list[ActorMention]
) -> list[ActorMention]:
    start, end = definition.name_start, definition.name_end
    return [m for m in mentions if not (m.kind == "state" and start <= m.start and m.end <= end)]


def _read_as(
    referent: ActorMention | None,
    spans: list[tuple[int, int]],
    mentions: list[ActorMention],
    text: str,
) -> list[ActorMention]:
    """``mentions`` with the acronym written at ``spans`` read as ``referent`` (or as no
    actor when there is none), and the long name too when it was not linked yet."""
    kept = [
        m
        for m in mentions
        if not any(start <= m.start and m.end <= end for start, end in spans)
        and (referent is None or not referent.start <= m.start <= m.end <= referent.end)
    ]
    if referent is None:
        return kept
    kept.append(referent)
    taken = [(m.start, m.end) for m in kept]
    via = referent.via if referent.via in ("home", "demonym") else "name"
    for start, end in spans:
        if any(s < end and start < e for s, e in taken):
            continue  # "chef des FSR": the longer mention holds the acronym
        kept.append(replace(referent, text=text[start:end], start=start, end=end, via=via))
    return sorted(kept, key=lambda m: m.start)
