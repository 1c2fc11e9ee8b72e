"""Find place mentions: parser entities, gazetteer names the parser missed, and demonyms."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz

from dateline.data import read_tsv
from dateline.link.places.gazetteer import Gazetteer
from dateline.link.places.names import exact_key, fold
from dateline.records import ParsedArticle
from dateline.spans import longest_first

# Parser labels that name places; NORP (nationalities) is handled by the demonym lexicon.
PLACE_LABELS = frozenset({"LOC", "GPE"})
# Spans the gazetteer scan must not cut into: a person or organisation named after a place.
BLOCKING_LABELS = frozenset({"PER", "PERSON", "ORG"})
_MAX_NAME_WORDS = 5
# A word, possibly hyphenated ("Deir ez-Zor"); a French elided article before it ("d'Alep",
# "l'Irak") is not part of the name.
# A possessive "'s" is not part of the name either ("Mali's army").
_WORD = re.compile(r"(?:(?<![\w'’])[dlDL]['’])?([^\W\d_][\w\-‐]*(?:['’](?!s\b)[^\W\d_][\w\-‐]*)?)")
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:[lL]['’]|[lL][ae]s? )$")
_PARTICLE_NAME = re.compile(r"^[a-z]{1,4}[-‐][^\W\d_]")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # "place" or "demonym"
    source: str  # "ner", "gazetteer", "demonym" or "abbreviation"
    country: str | None = None  # for demonyms and region abbreviations
    # For a region abbreviation ("Tenn." in "Paris, Tenn."): its GeoNames admin1 code.
    admin1: str | None = None
    proper_noun: bool = False  # the parser tagged its first word a proper noun
    after_article: bool = False  # "l'Observatoire": towns rarely take an article in French


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(row["particle"] for row in read_tsv("places/name_particles"))


@cache
def _not_places() -> frozenset[str]:
    return frozenset(exact_key(row["name"]) for row in read_tsv("places/not_places"))


@cache
def _demonym_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    forms = {exact_key(row["form"]): row["iso2"] for row in read_tsv("places/demonyms")}
    written = sorted({row["form"] for row in read_tsv("places/demonyms")}, key=len, reverse=True)
    alternatives = _by_first_letter(written)
    # "Russian-controlled" names Russia; "nord-américain" does not name the United States.
    pattern = re.compile(rf"(?<![\w\-‐])(?:{alternatives})(?!\w)", re.IGNORECASE)
    return pattern, forms


def _by_first_letter(written: list[str]) -> str:
    """The forms as one alternation, grouped under their first letter ("a(?:fghan|…)|b…"):
    the regex engine tries the ~60 forms of one letter instead of all 1,200 at every word.
    Each group keeps the longest-first order, and no two groups' letters match each other
    ignoring case, so a match is the one the flat alternation would give."""
    groups: dict[str, list[str]] = {}
    for form in written:
        groups.setdefault(form[0].lower(), []).append(form[1:])
    return "|".join(
        f"{_literal(first)}(?:{'|'.join(_literal(rest) for rest in rests)})"
        for first, rests in groups.items()
    )


def _literal(text: str) -> str:
    """``text`` as a pattern in which a hyphen also matches a hyphen sign or a space."""
    return re.escape(text).replace(r"\-", r"[\-‐ ]")


@cache
def _named_non_places() -> re.Pattern[str]:
    """Multi-word names of groups and outlets, written out in full in the text."""
    names = sorted(
        (row["name"] for row in read_tsv("places/not_places") if " " in row["name"]),
        key=len,
        reverse=True,
    )
    flexible = [re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]") for name in names]
    return re.compile(rf"(?<!\w)(?:{'|'.join(flexible)})(?!\w)", re.IGNORECASE)


def non_place_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a group or an outlet whose name holds a place name: a place
    found inside one ("Grand Sahara" in "Etat islamique au Grand Sahara") is not a place."""
    return [(match.start(), match.end()) for match in _named_non_places().finditer(text)]


@lru_cache(maxsize=16_384)
def is_not_place(text: str) -> bool:
    """Armed groups, titles and the like, also at the start of a longer span
    ("État islamique au Grand Sahara"). Kept per text: the scan asks for every run of
    capitalised words, in article after article."""
    key = re.sub(r"^(front|the|le|la|l) ", "", exact_key(text))
    if key in _not_places():
        return True
    # A longer span may start with a group's name of two words or more; a single word
    # ("West") at the start of a name ("West Bank") says nothing.
    words = key.split()
    return any(" ".join(words[:size]) in _not_places() for size in range(2, len(words)))


# Punctuation a parser span may end on: "ISLAMABAD -" tagged as an organisation is the
# dateline's place and its dash, and blocks no place.
_DANGLING = " -–—,:"


# "south of Gao", "au sud-est de Gao": after a bearing, a name is a place's, whatever the
# tagger made of it ("Gao" tagged a person).
_BEARING_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"\b(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+(?:de|du|d['’]))\s*$",
    re.IGNORECASE,
)


def _after_a_bearing(text: str, start: int) -> bool:
    return _BEARING_BEFORE.search(text, max(0, start - 30), start) is not None


def find_mentions(parsed: ParsedArticle, gazetteer: Gazetteer) -> list[Mention]:
    """All place and demonym mentions, longest first where they overlap, in text order."""
    text = parsed.article.text
    noted, misread = _noted_places(text, parsed, gazetteer)
    blocked = [
        _without_dates(*_without_article(e.start, e.text.rstrip(_DANGLING)))
        for e in parsed.entities
        if e.label in BLOCKING_LABELS
        and (e.start, e.end) not in misread
        and not _after_a_bearing(text, e.start)
    ]
    blocked += _named_like_people(parsed)
    demonym_forms = _demonym_pattern()[1]
    mentions = [
        Mention(*_with_leading_n(text, start, end), "place", "ner")
        for e in parsed.entities
        if e.label in PLACE_LABELS
        for start, end, name in _split_at_punctuation(e.start, e.text)
        if not is_not_place(name)
        and name.lower() not in _calendar_words()
        and exact_key(name) not in demonym_forms  # "Américains": found as a demonym below
    ]
    mentions += noted
    mentions += [
        Mention(e.start, e.end, e.text, "place", "ner")
        for e in parsed.entities
        if e.label in BLOCKING_LABELS
        and _after_a_bearing(text, e.start)
        and _names_place(gazetteer, e.text)
    ]
    mentions += _towns_of_facilities(text, parsed, gazetteer)
    starts = {span.start for span in parsed.article.paragraphs}
    proper, common = _token_starts(parsed)
    demonyms = _demonyms(text)
    # A French name followed by a nationality adjective is an institution, not a place:
    # "Observatoire syrien", "Armée nationale", "Front national".
    qualified = {d.start for d in demonyms if d.text[0].islower()}
    mentions += [
        replace(mention, proper_noun=mention.start in proper)
        for mention in _scan(text, gazetteer, blocked, common, starts)
        if mention.end + 1 not in qualified
    ]
    mentions += [d for d in demonyms if not _joined_to_a_name(text, d, gazetteer)]
    mentions = _with_abbreviations(text, gazetteer, mentions, blocked)
    mentions += [
        replace(mention, proper_noun=mention.start in proper)
        for mention in _scan_story_places(text, gazetteer, mentions, blocked, common)
        if mention.end + 1 not in qualified
    ]
    named = non_place_spans(text)
    mentions = [
        m
        for m in mentions
        if m.kind == "demonym"
        or not (
            any(s < m.end and m.start < e for s, e in named)
            or _after_company_noun(text, m)
            or _names_forces(m.text)
        )
    ]
    mentions += _road_ends_scanned(text, gazetteer, mentions)
    kept = _without_overlaps(_joined(mentions, text))
    kept = [part for m in kept for part in _ends_of_a_road(m, gazetteer, text)]
    return [replace(m, after_article=_after_article(text, m.start)) for m in kept]


# "Kaduna-Abuja", "Kaya-Dori jeudi": two names joined by a hyphen, then lower-case words the
# parser took along.
_HYPHEN_PAIR = re.compile(r"^([^\W\d_][\w']*)-([^\W\d_][\w']*)(?=\s+[a-z]|$)")


# Words naming a road by its two ends, before ("l'axe Kaya-Dori", "the road Goma-Sake")
# or after them ("the Kaduna-Abuja highway").
_ROAD_BEFORE = re.compile(
    r"\b(?:axe|route|tronçon|troncon|corridor|road|highway|autoroute|piste)s?"
    r"(?:\s+(?:nationale|national|principale|reliant|de|du|des|between|entre))*\s+$",
    re.IGNORECASE,
)
_ROAD_AFTER = re.compile(
    r"^\s+(?:highway|road|expressway|motorway|corridor|axis|route|railway|trunk)\b",
    re.IGNORECASE,
)


def _on_a_road(text: str, start: int, end: int) -> bool:
    return bool(
        _ROAD_BEFORE.search(text[max(0, start - 40) : start])
        or _ROAD_AFTER.match(text[end : end + 20])
    )


_HYPHENED_NAMES = re.compile(r"(?<![\w\-‐])([A-Z][\w']+)-([A-Z][\w']+)(?![\w\-‐])")


def _road_ends_scanned(text: str, gazetteer: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Towns the gazetteer scan knows, joined by a hyphen into a road's name it does not
    ("the Kaduna-Abuja highway"), which neither the parser nor the scan tagged."""
    taken = [(m.start, m.end) for m in found]
    return [
        Mention(pair.start(), pair.end(), pair.group(0), "place", "gazetteer")
        for pair in _HYPHENED_NAMES.finditer(text)
        if not any(s < pair.end() and pair.start() < e for s, e in taken)
        and _on_a_road(text, pair.start(), pair.end())
        and not gazetteer.by_exact(pair.group(0))
        and gazetteer.is_scanned(pair.group(1))
        and gazetteer.is_scanned(pair.group(2))
    ]


def _ends_of_a_road(mention: Mention, gazetteer: Gazetteer, text: str) -> list[Mention]:
    """ "the Kaduna-Abuja highway", "l'axe Kaya-Dori": a road named by its two ends is
    two towns, the first where ACLED places a deed on it, unless the gazetteer knows the
    joined name ("Guinea-Bissau", "Ivano-Frankivsk")."""
    pair = _HYPHEN_PAIR.match(mention.text)
    if mention.kind != "place" or pair is None or gazetteer.by_exact(pair.group(0)):
        return [mention]
    if not _on_a_road(text, mention.start, mention.start + pair.end()):
        return [mention]  # "la base d'Elmendorf-Richardson": two people's names
    if not (_names_place(gazetteer, pair.group(1)) and _names_place(gazetteer, pair.group(2))):
        return [mention]
    return [
        replace(
            mention,
            start=mention.start + pair.start(k),
            end=mention.start + pair.end(k),
            text=pair.group(k),
        )
        for k in (1, 2)
    ]


_INNER_PUNCTUATION = re.compile(r"\s*[(),;]\s*")
_LEADING_N = re.compile(r"(?:^|[^\w'’])N['’]$")


def _with_leading_n(text: str, start: int, end: int) -> tuple[int, int, str]:
    """ "N'Djamena a dénoncé", "N'Zérékoré": the French parser reads a capital "N'" opening
    a sentence as the negation "ne" and tags the rest; the name keeps its first letter."""
    if _LEADING_N.search(text[max(0, start - 3) : start]):
        start -= 2
    return start, end, text[start:end]


def _split_at_punctuation(start: int, text: str) -> list[tuple[int, int, str]]:
    """A parser span across a parenthesis or a comma is several names: "Titao (Loroum"
    is Titao and the province of Loroum."""
    parts = []
    position = 0
    for separator in [*_INNER_PUNCTUATION.finditer(text), None]:
        end = separator.start() if separator else len(text)
        name = text[position:end]
        if any(char.isupper() for char in name):
            parts.append((start + position, start + end, name))
        position = separator.end() if separator else len(text)
    return parts


# Lower-case articles and prepositions a parser span may start with; "Le", "La" are often
# part of a name ("Le Pen", "La Fontaine"), "The" rarely ("The White House").
_LEADING_WORDS = re.compile(r"^(?:(?:the|The|de|du|des|of|la|le|les)\s+|[dl]['’])")


# A miscellaneous span whose first word is a place name and whose last is a surname:
# "Nancy Pelosi" (spaCy's French model tags some politicians MISC), not "siège de Marioupol".
_FIRST_AND_LAST = re.compile(r"^[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,2}$")


def _named_like_people(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """Spans tagged MISC that read as a first name and a surname: two or three
    capitalised words and nothing else ("Nancy Pelosi", "Florence Foresti"). Events
    named after a place ("bataille de Mossoul", "24 Heures") have lower-case words or
    digits and stay open to the scan."""
    return [
        (e.start, e.end)
        for e in parsed.entities
        if e.label == "MISC" and _FIRST_AND_LAST.match(e.text) and not is_not_place(e.text)
    ]


# "Town (Unit)" or "Town (Unit, Unit)" as analysts write places: the units in parentheses.
_UNITS_AFTER = re.compile(r"\s*\((?P<units>[^()\n]{1,80})\)")
_UNIT_SEPARATOR = re.compile(r"\s*,\s*")


def _noted_places(
    text: str, parsed: ParsedArticle, gazetteer: Gazetteer
) -> tuple[list[Mention], set[tuple[int, int]]]:
    """Places written the way analysts write them, "Gwoza (Borno)", "Mogok (Pyin Oo Lwin,
    Mandalay)", that the parser tagged as an organisation or a person ("Maputo (Maputo
    City", "Arbinda (Soum)", "the Presidential Palace in Tbilisi (Tbilisi" as ORG): such a
    span would hide the town from the scan, and the event would lose its place.

    The town (the span, or the name ending it after "in", "at", "à") must be a name the
    gazetteer knows, and the parentheses must hold names: an acronym or a year ("Parti
    (PDS)", "Military Forces of Mali (2021-)") is no unit. The units the gazetteer knows
    are mentions too, also after an ACLED actor label ("Rioters (Bangladesh)" names the
    rioters' country, as a parser span "Bangladesh" would). Returns the mentions and the
    misread spans.
    """
    found: list[Mention] = []
    misread: set[tuple[int, int]] = set()
    for entity in parsed.entities:
        if entity.label not in BLOCKING_LABELS:
            continue
        head = entity.text.split("(", 1)[0].rstrip()
        units = _UNITS_AFTER.match(text, entity.start + len(head))
        if not head or units is None:
            continue
        pieces = _pieces(units.start("units"), units.group("units"))
        town = _town_ending(gazetteer, head)
        label = town is None and is_not_place(head)  # "Rioters (Bangladesh": its country
        if (town is None and not label) or not all(_name_like(unit) for _, _, unit in pieces):
            continue
        misread.add((entity.start, entity.end))
        if town is not None:
            at = entity.start + town
            found.append(Mention(at, entity.start + len(head), head[town:], "place", "ner"))
        found += [
            Mention(first, last, unit, "place", "ner")
            for first, last, unit in pieces
            if _names_place(gazetteer, unit, designated=True)
        ]
    return found, misread


@cache
def _facility_nouns() -> frozenset[str]:
    return frozenset(fold(row["noun"]) for row in read_tsv("places/facility_nouns"))


# The town ending a facility's name, after "de", "d'", "du", "of (the)": "l'université
# Begum Rokeya de Rangpur", "the University of Khartoum".
_TOWN_AFTER_OF = re.compile(r"\s(?:de|du|d['’]|of(?:\s+the)?)\s*(?P<town>[A-Z][^()]*)$")
# The town opening it: "Rangpur University", "Kano Teaching Hospital".
_TOWN_BEFORE = re.compile(
    r"^(?:the\s+)?(?P<town>[A-Z][\w\-‐ ]*?)\s+(?:[A-Z][\w\-‐]*\s+)?(?P<noun>\w+)$"
)
# How far back a facility noun may stand before a name it introduces ("l'université ").
_NOUN_BEFORE = re.compile(r"(?P<noun>[^\W\d_]+)\s+$")


def _towns_of_facilities(text: str, parsed: ParsedArticle, gazetteer: Gazetteer) -> list[Mention]:
    """Towns in the name of a university, a hospital, a stadium or a prison the parser tagged
    a person or an organisation: "devant l'université Begum Rokeya de Rangpur", "outside
    Rangpur University", "shelled the University of Khartoum" happened in that town."""
    found: list[Mention] = []
    for entity in parsed.entities:
        if entity.label not in BLOCKING_LABELS:
            continue
        town = _facility_town(text, entity.start, entity.text)
        if town is None:
            continue
        start, name = town
        if _names_place(gazetteer, name) and _stands_for_a_town(gazetteer, name):
            found.append(Mention(start, start + len(name), name, "place", "ner"))
    return found


# How large a name's biggest town must be beside its biggest entry: "Rangpur" (a city of a
# million in a division of two) names a town, "Idaho" (a hamlet beside the state) does not.
_TOWN_SHARE = 0.1


def _stands_for_a_town(gazetteer: Gazetteer, name: str) -> bool:
    """A facility is named after a town, not a state: "the University of Idaho" stands in
    Moscow, Idaho, and is no mention of the state."""
    entries = [gazetteer.place(index) for index in gazetteer.by_exact(name)]
    towns = [entry.population for entry in entries if entry.feature == "town"]
    largest = max((entry.population for entry in entries), default=0)
    return bool(towns) and max(towns) >= _TOWN_SHARE * largest


def _facility_town(text: str, start: int, written: str) -> tuple[int, str] | None:
    """Where the town in a facility's name starts, and its name, if the name is a
    facility's: its noun inside the span or right before it."""
    nouns = _facility_nouns()
    before = _NOUN_BEFORE.search(text[max(0, start - 20) : start])
    words = {fold(word) for word in re.findall(r"[^\W\d_]+", written)}
    named = bool(words & nouns) or (before is not None and fold(before["noun"]) in nouns)
    if not named:
        return None
    after = _TOWN_AFTER_OF.search(written)
    if after is not None:
        return start + after.start("town"), after["town"].rstrip()
    opening = _TOWN_BEFORE.match(written)
    if opening is not None and fold(opening["noun"]) in nouns:
        return start + opening.start("town"), opening["town"]
    return None


# Where a town's name may start inside a longer span: "the Presidential Palace in Tbilisi".
_LOCATIVE_TAIL = re.compile(r"(?:^|\s(?:in|at|à|near)\s+)(?=[A-Z])")


def _town_ending(gazetteer: Gazetteer, head: str) -> int | None:
    """Where the known place name ending ``head`` starts, the longest first."""
    for match in _LOCATIVE_TAIL.finditer(head):
        if _names_place(gazetteer, head[match.end() :]):
            return match.end()
    return None


def _name_like(unit: str) -> bool:
    """Capitalised words, no acronym and no figure: "Merseyside", not "PDS" or "2021-"."""
    return bool(unit[:1].isupper()) and not unit.isupper() and not any(c.isdigit() for c in unit)


def _pieces(start: int, written: str) -> list[tuple[int, int, str]]:
    """The comma-separated names inside parentheses, with their offsets."""
    pieces: list[tuple[int, int, str]] = []
    position = 0
    for separator in [*_UNIT_SEPARATOR.finditer(written), None]:
        end = separator.start() if separator else len(written)
        name = written[position:end].strip()
        offset = written.index(name, position) if name else position
        pieces.append((start + offset, start + offset + len(name), name))
        position = separator.end() if separator else len(written)
    return pieces


def _names_place(gazetteer: Gazetteer, name: str, *, designated: bool = False) -> bool:
    """A capitalised name the gazetteer knows, not an acronym nor a group's name; with
    ``designated``, also a unit's name with its designator ("Maputo Province", "Bamako
    District")."""
    if not name[:1].isupper() or name.isupper() or is_not_place(name):
        return False
    if gazetteer.by_exact(name):
        return True
    head, _, last = name.rpartition(" ")
    return (
        designated and bool(head) and fold(last) in _unit_words() and bool(gazetteer.by_exact(head))
    )


@cache
def _unit_words() -> frozenset[str]:
    """Words that call the name before them a unit: the designators ("Maputo Province",
    "Bamako District") and the town cues ("Maputo City"); "Georgia lawmakers" is no unit."""
    words = {
        fold(row["word"]) for row in read_tsv("places/hint_words") if row["role"] == "designator"
    }
    towns = {
        fold(row["cue"])
        for row in read_tsv("places/feature_cues")
        if row["position"] == "after" and row["feature"] == "town"
    }
    return frozenset(words | towns)


def _without_article(start: int, text: str) -> tuple[int, str]:
    """A parser span less the article or preposition it swallowed: "The White House" and
    "de Cambridge" tagged as organisations hold the names "White House" and "Cambridge"
    and nothing else, so they do not hide them."""
    found = _LEADING_WORDS.match(text)
    if found is None or found.end() == len(text):
        return start, text
    return start + found.end(), text[found.end() :]


def _without_dates(start: int, text: str) -> tuple[int, int]:
    """A parser span less the weekdays and months it swallowed: "Tessit jeudi" tagged as
    an organisation is the town Tessit and a day; and less a possessive: "Kherson's"
    tagged as an organisation is the city's."""
    end = len(text) - 2 if _POSSESSIVE_END.search(text) else len(text)
    while True:
        head, _, last = text[:end].rstrip().rpartition(" ")
        if not head or last.lower() not in _calendar_words():
            return start, start + end
        end = len(head)


_POSSESSIVE_END = re.compile(r"\w['’]s$")


@cache
def _company_nouns() -> frozenset[str]:
    return frozenset(fold(row["noun"]) for row in read_tsv("places/organisation_nouns"))


_LAST_WORD = re.compile(r"([^\W\d_][\w\-]*)\s+$")


def _after_company_noun(text: str, mention: Mention) -> bool:
    """ "L'opérateur Orange", "the carmaker Renault": a name right after a noun that
    introduces a company, a club or a medium is that organisation's."""
    if mention.kind != "place" or mention.source == "abbreviation":
        return False
    word = _LAST_WORD.search(text[max(0, mention.start - 20) : mention.start])
    return word is not None and fold(word.group(1)) in _company_nouns()


def _after_article(text: str, start: int) -> bool:
    return _ARTICLE_BEFORE.search(text[max(0, start - 4) : start]) is not None


def _token_starts(parsed: ParsedArticle) -> tuple[set[int], set[int]]:
    """Offsets of the words the parser tagged as proper nouns, and of capitalised words
    that are not names here: a sentence-initial ordinary word ("Selon", "Plusieurs"), or a
    month or a weekday ("in March"). One pass over the tokens: reading a spaCy token's
    attributes is the cost."""
    proper, common = set(), set()
    calendar = _calendar_words()
    for offset, doc in parsed.docs:
        for token in doc:
            pos = token.pos_
            if pos == "PROPN":
                proper.add(offset + token.idx)
            if not token.text[:1].isupper():
                continue
            ordinary = token.is_sent_start and pos not in ("PROPN", "X") and not _a_dateline(token)
            if ordinary or token.ent_type_ in ("DATE", "TIME") or token.lower_ in calendar:
                common.add(offset + token.idx)
    return proper, common


# What closes a wire story's dateline after the place in capitals: "DAKAR - Police…",
# "GOMA, Congo (Reuters) -", "SANAA: …".
_DATELINE_CLOSERS = frozenset({"-", "–", "—", ",", "(", ":"})


def _a_dateline(token: Any) -> bool:
    """ "DAKAR - Police fired…": a place in capitals opening a story, which the tagger
    reads as a common noun, is the dateline's place, not an ordinary first word."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        len(token.text) > 2
        and token.text.isupper()
        and following is not None
        and following.text in _DATELINE_CLOSERS
    )


@cache
def _calendar_words() -> frozenset[str]:
    months = {row["name"] for row in read_tsv("time/months")}
    return frozenset(months | {row["name"] for row in read_tsv("time/weekdays")})


def _scan(
    text: str,
    gazetteer: Gazetteer,
    blocked: list[tuple[int, int]],
    common: set[int],
    paragraph_starts: set[int],
) -> list[Mention]:
    """Capitalised word sequences the gazetteer knows as countries, regions or large towns."""
    words = _words_of(text)
    # A person or organisation span can only hold a candidate that starts inside it.
    inside_blocked = _Taken(len(text), blocked)
    found = []
    for index, first in enumerate(words.matches):
        if not first.group(1)[0].isupper() or first.start(1) in common:
            continue
        for size in range(min(_MAX_NAME_WORDS, len(words.matches) - index), 0, -1):
            if not words.name_chunk(index, size):
                continue
            start, end = first.start(1), words.matches[index + size - 1].end()
            candidate = text[start:end]
            if _short_code(candidate) or is_not_place(candidate):
                continue
            if _acronym(candidate) and start not in paragraph_starts:
                continue  # "SANA" is the agency; "SANAA, Aug 9" opening a report is a dateline
            if inside_blocked.holds(start) and any(
                _inside_longer(start, end, b_start, b_end) for b_start, b_end in blocked
            ):
                continue
            if gazetteer.is_scanned(candidate) and not _continues_unit_name(text, start):
                found.append(Mention(start, end, candidate, "place", "gazetteer"))
                break
    return found


# Inside analyst parentheses, a capitalised word and a single space right before a name.
_UNIT_NAME_BEFORE = re.compile(r"\([^()]{0,60}?[A-Z][\w'’\-‐]* $")


def _continues_unit_name(text: str, start: int) -> bool:
    """ "in Epping (Epping Forest, Essex)": a word that carries on the capitalised name of
    a unit in parentheses ("Forest") is part of that unit's name, never a place alone
    (a town of Belgium or Mississippi)."""
    before = text[max(0, start - 64) : start]
    return _UNIT_NAME_BEFORE.search(before) is not None and "," not in before[-3:]


@cache
def _locative_pattern() -> re.Pattern[str]:
    cues = sorted({fold(row["cue"]) for row in read_tsv("places/locative_cues")}, key=len)
    alternatives = "|".join(re.escape(cue) for cue in reversed(cues))
    return re.compile(rf"(?:^|\W)(?:{alternatives})\s*$")


@cache
def _country_cue_patterns() -> tuple[tuple[re.Pattern[str], str, bool, str], ...]:
    """Each cue as a pattern, its country, whether it matches as written (acronyms), and
    its longest word as the pattern matches it."""
    patterns = []
    for row in read_tsv("places/country_cues"):
        cue = row["cue"]
        as_written = _as_written(cue)
        body = re.escape(cue if as_written else fold(cue)).replace(r"\ ", r"\s+")
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])")
        # The longest word of the cue, which any match holds as is: a plain substring
        # test rules out most cues before their pattern is run.
        word = max((cue if as_written else fold(cue)).split(" "), key=len)
        patterns.append((pattern, row["iso2"], as_written, word))
    return tuple(patterns)


@cache
def _force_acronyms() -> frozenset[str]:
    """The country cues written as acronyms ("FAMa", "FARDC", "M23")."""
    return frozenset(
        row["cue"] for row in read_tsv("places/country_cues") if _as_written(row["cue"])
    )


def _as_written(cue: str) -> bool:
    """ "FAMa", "M23", "SPLA-IO" match as written; "al-Shabaab", "Viv Ansanm" in any case."""
    return all(sum(c.isupper() for c in word) >= 2 or word.isupper() for word in cue.split())


def _names_forces(name: str) -> bool:
    """ "FAMa": a force's acronym says which country the story is about and is no place,
    even when a town shares its name (Fama, Brazil). Names in words ("Fano", also an
    Italian city) are left to the context."""
    return name in _force_acronyms()


def country_cues(text: str) -> list[str]:
    """Countries the text ties itself to by naming their forces or one-country armed
    groups (``data/places/country_cues.tsv``), once per cue found."""
    return list(_country_cues(text))


@lru_cache(maxsize=8)
def _country_cues(text: str) -> tuple[str, ...]:
    """``country_cues``, kept for the last few texts: finding the mentions and resolving
    them both ask, and each asks hundreds of patterns over the folded article."""
    folded = fold(text)
    found = []
    for pattern, iso2, as_written, word in _country_cue_patterns():
        within = text if as_written else folded
        if word in within and pattern.search(within):
            found.append(iso2)
    return tuple(found)


def story_countries(gazetteer: Gazetteer, mentions: list[Mention], text: str = "") -> set[str]:
    """Countries the story names outright: demonyms, names that are a country or a
    first-level region and nothing smaller, and the forces it names."""
    countries = {m.country for m in mentions if m.country}  # demonyms, "Tenn."
    countries |= set(country_cues(text))
    for mention in mentions:
        if mention.kind == "place":
            countries |= _country_of_name(gazetteer, mention.text)
    return countries


# A town this populous, named nowhere else, says which country the story is about.
_TELLING_POPULATION = 50_000


def _country_of_name(gazetteer: Gazetteer, text: str) -> set[str]:
    """The one country a name (or its longest run of words that is a name: "État du
    Manipur") belongs to as a country, a region, or a city named nowhere else."""
    words = text.split()
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            places = [
                gazetteer.place(i)
                for i in gazetteer.by_exact(" ".join(words[first : first + size]))
            ]
            if not places:
                continue
            wide = {p.country for p in places if p.feature in ("country", "admin1")}
            if len(wide) == 1:
                return wide  # "Manipur", "Mopti": a region of one country only
            big = {p.country for p in places if p.population >= _TELLING_POPULATION}
            if len(big) == 1 and len({p.country for p in places}) == 1:
                return big
            return set()
    return set()


def _scan_story_places(
    text: str,
    gazetteer: Gazetteer,
    found: list[Mention],
    blocked: list[tuple[int, int]],
    common: set[int],
) -> list[Mention]:
    """Small places the parser missed ("à Tessit", "near Akobo", "Tessit (Ansongo, Gao)"):
    a capitalised name the gazetteer knows in a country the story names, written after a
    locative word or before the units that hold it. Without those conditions, thousands
    of hamlets named like common words would be found."""
    countries = story_countries(gazetteer, found, text)
    if not countries:
        return []
    new = _story_places_pass(text, gazetteer, found, blocked, common, countries)
    # A second pass reaches names written before those just found: "Aguelhok (Tessalit, …".
    return new + _story_places_pass(text, gazetteer, found + new, blocked, common, countries)


def _story_places_pass(
    text: str,
    gazetteer: Gazetteer,
    found: list[Mention],
    blocked: list[tuple[int, int]],
    common: set[int],
    countries: set[str],
) -> list[Mention]:
    taken = _Taken(len(text), [(m.start, m.end) for m in found])
    words = _words_of(text)
    new = []
    for index, first in enumerate(words.matches):
        start = first.start(1)
        if not first.group(1)[0].isupper() or start in common:
            continue
        if taken.holds(start):
            continue
        for size in range(min(_MAX_NAME_WORDS, len(words.matches) - index), 0, -1):
            end = words.matches[index + size - 1].end()
            name = text[start:end]
            if not words.name_chunk(index, size) or taken.overlaps(start, end):
                continue
            if is_not_place(name) or _acronym(name) or len(name) < 3:
                continue
            if any(_inside_longer(start, end, b_start, b_end) for b_start, b_end in blocked):
                continue
            if not (
                _after_locative(text, start)
                or _before_units(text, end, found)
                or _defined_as_place(text, end)
            ):
                continue
            if _known_in(gazetteer, name, countries) and not _continues_unit_name(text, start):
                new.append(Mention(start, end, name, "place", "gazetteer"))
                taken.add(start, end)
                break
    return new


class _Taken:
    """Spans of the text already taken by a mention, as a mark per character: whether an
    offset is inside one, or a span overlaps one, without a pass over all of them for
    every word of the article."""

    def __init__(self, length: int, spans: list[tuple[int, int]]) -> None:
        self._marks = bytearray(length + 1)
        self._empty: list[int] = []  # empty spans overlap what strictly surrounds them
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end <= start:
            self._empty.append(start)
        self._marks[start:end] = b"\x01" * max(0, end - start)

    def holds(self, offset: int) -> bool:
        """Some span has ``start <= offset < end``."""
        return bool(self._marks[offset])

    def overlaps(self, start: int, end: int) -> bool:
        """Some span has ``span_start < end`` and ``start < span_end``."""
        if self._marks.find(1, start, end) >= 0:
            return True
        return any(start < at < end for at in self._empty)


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of a text with what a name is made of, worked out once per text: the
    scans try every run of up to five words from every capitalised word."""

    matches: tuple[re.Match[str], ...]
    spaced: tuple[bool, ...]  # one plain space between this word and the next
    named: tuple[bool, ...]  # ``_name_word`` of the word
    capital: tuple[bool, ...]  # the word holds a capital

    def name_chunk(self, index: int, size: int) -> bool:
        """Whether the ``size`` words from ``index`` can be a name: joined by single spaces,
        capitalised except for name particles, not ending on one."""
        last = index + size - 1
        return (
            all(self.spaced[index:last])
            and self.capital[last]
            and all(self.named[index : last + 1])
        )


@lru_cache(maxsize=4)
def _words_of(text: str) -> _Words:
    matches = tuple(_WORD.finditer(text))
    return _Words(
        matches,
        tuple(text[a.end() : b.start()] == " " for a, b in itertools.pairwise(matches)),
        tuple(_name_word(m.group(1)) for m in matches),
        tuple(_has_capital(m.group(1)) for m in matches),
    )


def _has_capital(word: str) -> bool:
    # A word whose cased letters are all lower case has none; most words are such.
    return not word.islower() and any(char.isupper() for char in word)


# Below this spelling similarity a shared transliteration skeleton is a coincidence.
_SKELETON_MIN_RATIO = 60
# Names shorter than this are not looked up by their skeleton: too many share one.
_SKELETON_MIN_LENGTH = 6


def _known_in(gazetteer: Gazetteer, name: str, countries: set[str]) -> bool:
    """The gazetteer has a place of this name, or of a transliteration of it ("Tchassiv
    Iar" for Chasiv Yar), in one of ``countries``."""
    if any(gazetteer.place(i).country in countries for i in gazetteer.by_exact(name)):
        return True
    if len(name) < _SKELETON_MIN_LENGTH:
        return False
    key = exact_key(name)
    return any(
        gazetteer.place(i).country in countries
        and max(fuzz.ratio(key, exact_key(other)) for other in gazetteer.names(i))
        >= _SKELETON_MIN_RATIO
        for i in gazetteer.by_skeleton(name)
    )


def _after_locative(text: str, start: int) -> bool:
    return _locative_pattern().search(fold(text[max(0, start - 25) : start])) is not None


@cache
def _definition_pattern() -> re.Pattern[str]:
    nouns = sorted({fold(row["noun"]) for row in read_tsv("places/place_nouns")}, key=len)
    alternatives = "|".join(re.escape(noun) for noun in reversed(nouns))
    return re.compile(
        r"\s+(?:is|was|est|etait)\s+(?:an?|the|une?|la|le|l')\s*(?:[\w'-]+\s+){0,3}?"
        rf"(?:{alternatives})\b"
    )


def _defined_as_place(text: str, end: int) -> bool:
    """ "Wagga Wagga is a city in …", "Carhaix-Plouguer est une commune du …": the
    sentence that introduces a place says what it is."""
    if _DEFINING_VERB.match(text, end) is None:
        return False  # most names are not followed by "is a": skip the folding
    return _definition_pattern().match(fold(text[end : end + 60])) is not None


_DEFINING_VERB = re.compile(r"\s+(?:is|was|est|était|etait)\s")


def _before_units(text: str, end: int, found: list[Mention]) -> bool:
    """ "Tessit (Ansongo, Gao)", "Mongbwalu, dans le territoire de Djugu": a name right
    before a parenthesis or a comma and, within a few words, another place."""
    after = text[end : end + 40]
    if not re.match(r"\s*[(,]", after):
        return False
    return any(end < m.start <= end + 40 and m.kind == "place" for m in found)


def _inside_longer(start: int, end: int, b_start: int, b_end: int) -> bool:
    """True when a person or organisation span holds the candidate and more: "Washington"
    in "Washington Post". A span that is exactly a known place name, or only part of one,
    is the parser's mistake (small models tag "Mariupol" or "Dayr" as organisations)."""
    return b_start <= start and end <= b_end and (b_start, b_end) != (start, end)


def _name_word(word: str) -> bool:
    """ "Homs", "al", or a particle joined to a name: "ez-Zor"."""
    if word[0].isupper() or word in _name_particles():
        return True
    return _PARTICLE_NAME.match(word) is not None and any(c.isupper() for c in word)


def _short_code(candidate: str) -> bool:
    # "US", "UK" and the like only count in capitals; "Us" at a sentence start does not.
    return len(candidate) <= 3 and not candidate.isupper()


def _acronym(candidate: str) -> bool:
    return len(candidate) > 3 and candidate.isupper()


def inner_demonyms(text: str, mentions: list[Mention]) -> list[str]:
    """Countries of the demonyms inside longer place mentions, which the mention list
    drops: "province afghane de Paktika" still says the story is about Afghanistan."""
    places = [(m.start, m.end) for m in mentions if m.kind == "place"]
    return [
        demonym.country
        for demonym in _demonyms(text)
        if demonym.country and any(s <= demonym.start and demonym.end <= e for s, e in places)
    ]


# A capitalised word joined by a hyphen after a demonym: "Saudi-Ampatuan".
_HYPHEN_NAME_AFTER = re.compile(r"[-‐](?P<word>[A-Z][^\W\d_]+)")
# Title-case participles and the like that make a demonym an adjective: "Saudi-Led".
_ADJECTIVE_ENDING = re.compile(r"(?:ed|ing|made|run|born|style|majority|held)$", re.IGNORECASE)


def _joined_to_a_name(text: str, demonym: Mention, gazetteer: Gazetteer) -> bool:
    """ "in Datu Saudi-Ampatuan (Maguindanao del Sur)": a demonym joined by a hyphen to a
    capitalised name is part of a town's name, not Saudi Arabia; "Israeli-Palestinian",
    "Afghan-Pakistan border" and "Saudi-Led" keep their country."""
    joined = _HYPHEN_NAME_AFTER.match(text, demonym.end)
    if joined is None:
        return False
    word = joined.group("word")
    if exact_key(word) in _demonym_pattern()[1] or _ADJECTIVE_ENDING.search(word):
        return False
    wide = ("country", "admin1")
    return not any(gazetteer.place(i).feature in wide for i in gazetteer.by_exact(word))


def _demonyms(text: str) -> list[Mention]:
    return list(_demonyms_in(text))


@lru_cache(maxsize=8)
def _demonyms_in(text: str) -> tuple[Mention, ...]:
    """The demonyms of a text, kept for the last few texts: finding the mentions and
    resolving them both ask."""
    pattern, forms = _demonym_pattern()
    mentions = []
    for match in pattern.finditer(text):
        country = forms.get(exact_key(match.group()))
        if country:
            mentions.append(
                Mention(match.start(), match.end(), match.group(), "demonym", "demonym", country)
            )
    return tuple(mentions)


# On equal spans: the parser's place, then a demonym ("Russe" is not the Bulgarian Ruse).
_PRIORITY = {"abbreviation": 0, "ner": 0, "demonym": 1, "gazetteer": 2}


def _joined(mentions: list[Mention], text: str) -> list[Mention]:
    """Join a parser span and a gazetteer name that overlap without nesting: the parser cut
    "Dayr az Zawr province" into "Dayr" and "Zawr province"; the name bridges them."""
    names = [m for m in mentions if m.source == "gazetteer"]
    joined = []
    for mention in mentions:
        for name in names:
            partial = mention.start < name.end and name.start < mention.end
            nested = (mention.start <= name.start and name.end <= mention.end) or (
                name.start <= mention.start and mention.end <= name.end
            )
            if mention.source == "ner" and partial and not nested:
                start, end = min(mention.start, name.start), max(mention.end, name.end)
                joined.append(Mention(start, end, text[start:end], "place", "ner"))
    return mentions + joined


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping mentions (the parser's on a tie), in text order."""
    return longest_first(mentions, tie=lambda m: _PRIORITY[m.source])


@cache
def _abbreviation_table() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, str, str], ...]]]:
    """``data/places/region_abbreviations.tsv`` as one pattern for ", Tenn." and the
    readings (country, admin1 code, style) of each abbreviation."""
    readings: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_tsv("places/region_abbreviations"):
        readings.setdefault(row["abbreviation"], []).append(
            (row["country"], row["admin1"], row["style"])
        )
    written = sorted(readings, key=len, reverse=True)
    alternatives = "|".join(re.escape(form) for form in written)
    pattern = re.compile(rf",\s+(?P<abbreviation>{alternatives})(?![\w-])")
    return pattern, {form: tuple(found) for form, found in readings.items()}


# The capitalised words of a town's name, right before ", Tenn.": "St. Thomas", "Wagga Wagga".
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z][\w'’\-]*\.?\s){0,3}[A-Z][\w'’\-]*)$")


def _with_abbreviations(
    text: str, gazetteer: Gazetteer, mentions: list[Mention], blocked: list[tuple[int, int]]
) -> list[Mention]:
    """``mentions`` plus the region abbreviations written after a town ("Paris, Tenn.",
    "Victoria, B.C.", "Austin, TX") and the towns before them the parser missed; whatever
    else covered an abbreviation ("Tenn." read as a town) gives way to it."""
    pattern, table = _abbreviation_table()
    if "," not in text or pattern.search(text) is None:
        return mentions
    added: list[Mention] = []
    for match in pattern.finditer(text):
        comma = match.start()
        name = _NAME_BEFORE.search(text[max(0, comma - 60) : comma])
        if name is None:
            continue
        start = comma - len(name.group(1))
        town = next((m for m in mentions if m.kind == "place" and m.end == comma), None)
        written = town.text if town is not None else name.group(1)
        reading = _reading(gazetteer, written, table[match.group("abbreviation")])
        if reading is None:
            continue
        country, admin1, holds = reading
        hidden = any(_inside_longer(start, comma, *span) for span in blocked)
        if town is None and not hidden and (holds or not _acronym(written)):
            added.append(Mention(start, comma, written, "place", "gazetteer"))
        at, end = match.start("abbreviation"), match.end("abbreviation")
        added.append(
            Mention(at, end, text[at:end], "place", "abbreviation", country=country, admin1=admin1)
        )
    regions = [(m.start, m.end) for m in added if m.source == "abbreviation"]
    kept = [m for m in mentions if not any(m.start < e and s < m.end for s, e in regions)]
    return kept + added


def _reading(
    gazetteer: Gazetteer, town: str, readings: tuple[tuple[str, str, str], ...]
) -> tuple[str, str, bool] | None:
    """The region an abbreviation names after ``town``: the one holding a place of that
    name ("Perth, WA" is Western Australia), else, for an abbreviation written with its
    periods, its only reading. A postal code must hold the town: ", OR" may be a word."""
    held = {
        (place.country, place.admin1)
        for place in map(gazetteer.place, gazetteer.by_exact(town))
        if place.feature in ("town", "point", "admin2")
    }
    for country, admin1, _ in readings:
        if (country, admin1) in held:
            return country, admin1, True
    written = [(country, admin1) for country, admin1, style in readings if style == "written"]
    if len(written) == 1:
        return written[0][0], written[0][1], False
    return None
