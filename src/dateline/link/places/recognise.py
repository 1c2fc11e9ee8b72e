"""Find place mentions: parser entities, gazetteer names the parser missed, and demonyms."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from dateline.data import read_tsv
from dateline.link.places.gazetteer import Gazetteer
from dateline.link.places.names import exact_key
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
    source: str  # "ner", "gazetteer" or "demonym"
    country: str | None = None  # for demonyms
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


def is_not_place(text: str) -> bool:
    """Armed groups, titles and the like, also at the start of a longer span
    ("État islamique au Grand Sahara")."""
    key = re.sub(r"^(front|the|le|la|l) ", "", exact_key(text))
    if key in _not_places():
        return True
    # A longer span may start with a group's name of two words or more; a single word
    # ("West") at the start of a name ("West Bank") says nothing.
    words = key.split()
    return any(" ".join(words[:size]) in _not_places() for size in range(2, len(words)))


def find_mentions(parsed: ParsedArticle, gazetteer: Gazetteer) -> list[Mention]:
    """All place and demonym mentions, longest first where they overlap, in text order."""
    text = parsed.article.text
    blocked = [(e.start, e.end) for e in parsed.entities if e.label in BLOCKING_LABELS]
    demonym_forms = _demonym_pattern()[1]
    mentions = [
        Mention(e.start, e.end, e.text, "place", "ner")
        for e in parsed.entities
        if e.label in PLACE_LABELS
        and not is_not_place(e.text)
        and e.text.lower() not in _calendar_words()
        and exact_key(e.text) not in demonym_forms  # "Américains": found as a demonym below
    ]
    starts = {span.start for span in parsed.article.paragraphs}
    proper = {
        offset + token.idx for offset, doc in parsed.docs for token in doc if token.pos_ == "PROPN"
    }
    demonyms = _demonyms(text)
    # A French name followed by a nationality adjective is an institution, not a place:
    # "Observatoire syrien", "Armée nationale", "Front national".
    qualified = {d.start for d in demonyms if d.text[0].islower()}
    mentions += [
        replace(mention, proper_noun=mention.start in proper)
        for mention in _scan(text, gazetteer, blocked, _common_word_starts(parsed), starts)
        if mention.end + 1 not in qualified
    ]
    mentions += demonyms
    named = non_place_spans(text)
    mentions = [
        m
        for m in mentions
        if m.kind == "demonym" or not any(s < m.end and m.start < e for s, e in named)
    ]
    kept = _without_overlaps(_joined(mentions, text))
    return [replace(m, after_article=_after_article(text, m.start)) for m in kept]


def _after_article(text: str, start: int) -> bool:
    return _ARTICLE_BEFORE.search(text[max(0, start - 4) : start]) is not None


def _common_word_starts(parsed: ParsedArticle) -> set[int]:
    """Offsets of capitalised words that are not names here: a sentence-initial ordinary
    word ("Selon", "Plusieurs"), or a month or a weekday ("in March")."""
    starts = set()
    for offset, doc in parsed.docs:
        for token in doc:
            if not token.text[:1].isupper():
                continue
            ordinary = token.is_sent_start and token.pos_ not in ("PROPN", "X")
            if ordinary or token.ent_type_ in ("DATE", "TIME") or token.lower_ in _calendar_words():
                starts.add(offset + token.idx)
    return starts


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
    words = list(_WORD.finditer(text))
    found = []
    for index, first in enumerate(words):
        if not first.group(1)[0].isupper() or first.start(1) in common:
            continue
        for size in range(min(_MAX_NAME_WORDS, len(words) - index), 0, -1):
            chunk = words[index : index + size]
            if not _is_name_chunk(text, chunk):
                continue
            start, end = chunk[0].start(1), chunk[-1].end()
            candidate = text[start:end]
            if _short_code(candidate) or is_not_place(candidate):
                continue
            if _acronym(candidate) and start not in paragraph_starts:
                continue  # "SANA" is the agency; "SANAA, Aug 9" opening a report is a dateline
            if any(_inside_longer(start, end, b_start, b_end) for b_start, b_end in blocked):
                continue
            if gazetteer.is_scanned(candidate):
                found.append(Mention(start, end, candidate, "place", "gazetteer"))
                break
    return found


def _inside_longer(start: int, end: int, b_start: int, b_end: int) -> bool:
    """True when a person or organisation span holds the candidate and more: "Washington"
    in "Washington Post". A span that is exactly a known place name, or only part of one,
    is the parser's mistake (small models tag "Mariupol" or "Dayr" as organisations)."""
    return b_start <= start and end <= b_end and (b_start, b_end) != (start, end)


def _is_name_chunk(text: str, chunk: list[re.Match[str]]) -> bool:
    """Words joined by single spaces, capitalised except for name particles, not ending on one."""
    for previous, word in itertools.pairwise(chunk):
        if text[previous.end() : word.start()] != " ":
            return False
    inner = [w.group(1) for w in chunk]
    if not any(char.isupper() for char in inner[-1]):
        return False
    return all(_name_word(word) for word in inner)


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


def _demonyms(text: str) -> list[Mention]:
    pattern, forms = _demonym_pattern()
    mentions = []
    for match in pattern.finditer(text):
        country = forms.get(exact_key(match.group()))
        if country:
            mentions.append(
                Mention(match.start(), match.end(), match.group(), "demonym", "demonym", country)
            )
    return mentions


# On equal spans: the parser's place, then a demonym ("Russe" is not the Bulgarian Ruse).
_PRIORITY = {"ner": 0, "demonym": 1, "gazetteer": 2}


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
