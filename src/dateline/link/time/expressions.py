"""Temporal expressions in French and English, found with patterns built from data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.clean.timestamps import iter_dates, month_number, month_pattern
from dateline.data import read_tsv
from dateline.spans import longest_first


@dataclass(frozen=True, slots=True)
class Expression:
    """A temporal expression before resolution: what it says, relative to what."""

    text: str
    start: int
    end: int
    kind: str  # date | day_month | month | year | relative | weekday | duration
    year: int | None = None
    month: int | None = None
    day: int | None = None
    unit: str | None = None  # relative and duration: day | week | month | year | hour | part
    offset: int = 0  # relative: units from the reference; duration: how many units back
    weekday: int | None = None  # 1 = Monday
    which: str = "past"  # weekday: past | this | last | next
    part: str | None = None  # morning | afternoon | evening | night
    anchored: bool = False  # counted from the day the story told last, not the reference


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]") for word in ordered)


@cache
def _lexicon(lang: str) -> dict[str, dict[str, str]]:
    def table(name: str, key: str, value: str) -> dict[str, str]:
        return {row[key].lower(): row[value] for row in read_tsv(name) if row["lang"] == lang}

    return {
        "weekdays": table("time/weekdays", "name", "weekday"),
        "numbers": table("time/numbers", "word", "value"),
        "units": table("time/units", "word", "unit"),
        "durations": table("time/durations", "phrase", "phrase"),
    }


@cache
def _relative(lang: str) -> dict[str, dict[str, str]]:
    return {row["phrase"].lower(): row for row in read_tsv("time/relative") if row["lang"] == lang}


# Words before a weekday that say which one: "ce jeudi", "last Tuesday", "mardi dernier".
_WHICH_BEFORE = {
    "ce": "this",
    "cette": "this",
    "this": "this",
    "last": "last",
    "next": "next",
    "le": "past",
    "on": "past",
}
_WHICH_AFTER = {"dernier": "last", "passé": "last", "prochain": "next"}
# Words before a day and month that make it a deadline, so the next one: "by 31 August",
# "d'ici le 15 mars", "jusqu'au 2 juin".
_DEADLINE = re.compile(
    r"(?:\bby|\buntil|\bd'ici(?: au| le)?|\bjusqu'au|\bjusqu'à|\bavant le|\bbefore|"
    r"\bprévue? (?:le|pour le)|\bscheduled for|\bdue on)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# Words that count days from the day told before: "two days later", "deux jours plus tard",
# "a week earlier"; "after"/"après" only at a clause's end ("three days after, …"), since
# "two days before the vote" counts from a day the story may never have told.
_LATER = {
    "later": 1,
    "afterwards": 1,
    "plus tard": 1,
    "earlier": -1,
    "plus tôt": -1,
    "auparavant": -1,
    "after": 1,
    "après": 1,
    "before": -1,
    "avant": -1,
}
_CLAUSE_END_ONLY = frozenset({"after", "après", "before", "avant"})
_ARTICLES = {"a": 1, "an": 1, "one": 1}
_DAYS_IN = {"day": 1, "week": 7, "hour": 0}
_PARTS = {
    "matin": "morning",
    "midi": "afternoon",
    "après-midi": "afternoon",
    "soir": "evening",
    "soirée": "evening",
    "nuit": "night",
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "night",
}


@cache
def _patterns(lang: str) -> dict[str, re.Pattern[str]]:
    lexicon = _lexicon(lang)
    weekdays = _alternation(list(lexicon["weekdays"]))
    numbers = _alternation(list(lexicon["numbers"]))
    units = _alternation(list(lexicon["units"]))
    durations = _alternation(list(lexicon["durations"]))
    relative = _alternation(list(_relative(lang)))
    months = month_pattern()
    parts = _alternation(list(_PARTS))
    flags = re.IGNORECASE
    return {
        "weekday": re.compile(
            rf"(?<!\w)(?:(?P<before>ce|cette|this|last|next|le|on)\s+)?(?P<weekday>{weekdays})"
            rf"(?:\s+(?P<after>dernier|passé|prochain))?(?:\s+(?P<part>{parts}))?(?!\w)",
            flags,
        ),
        "relative": re.compile(rf"(?<!\w)(?P<phrase>{relative})(?!\w)", flags),
        "later": re.compile(
            rf"(?<!\w)(?P<count>\d{{1,3}}|{numbers}|an?|one)\s+(?P<unit>{units})\s+"
            rf"(?P<way>{_alternation(list(_LATER))})(?!\w)(?P<end>\s*[,.;:])?",
            flags,
        ),
        "duration": re.compile(
            rf"(?<!\w)(?P<intro>{durations})\s+(?P<count>\d{{1,3}}|{numbers})\s+"
            rf"(?:(?:derniers|dernières|premiers|past|last)\s+)?(?P<unit>{units})(?!\w)",
            flags,
        ),
        "day_month": re.compile(
            rf"(?<!\w)(?:(?P<d1>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<m1>{months})\.?"
            rf"|(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?![\w-])",
            flags,
        ),
        "month_year": re.compile(
            rf"(?<!\w)(?P<month>{months})\.?\s+(?P<year>(?:19|20)\d{{2}})(?!\d)", flags
        ),
        "year": re.compile(
            r"(?<!\w)(?:en|in|since|depuis)\s+(?P<year>(?:19|20)\d{2})(?![\d-])", flags
        ),
    }


def find_expressions(text: str, lang: str | None) -> list[Expression]:
    """Temporal expressions in text order; where two overlap, the longer one is kept."""
    languages = [lang] if lang in ("fr", "en") else ["fr", "en"]
    found = [
        Expression(text[start:end], start, end, "date", day.year, day.month, day.day)
        for day, start, end, _ in iter_dates(text)
    ]
    for language in languages:
        found += _from_patterns(text, language)
    return _without_overlaps(found)


def _from_patterns(text: str, lang: str) -> list[Expression]:
    patterns = _patterns(lang)
    found: list[Expression] = []
    for match in patterns["relative"].finditer(text):
        row = _relative(lang)[re.sub(r"\s+", " ", match["phrase"].lower().replace("’", "'"))]
        found.append(
            Expression(
                match.group(),
                match.start(),
                match.end(),
                "relative",
                unit=row["unit"],
                offset=int(row["offset"]),
                part=row["part"] or None,
                anchored=row.get("anchor") == "story",
            )
        )
    for match in patterns["weekday"].finditer(text):
        found.append(_weekday(match, lang))
    for match in patterns["later"].finditer(text):
        later = _later(match, lang)
        if later is not None:
            found.append(later)
    for match in patterns["duration"].finditer(text):
        count = match["count"].lower()
        number = int(count) if count.isdigit() else int(_lexicon(lang)["numbers"][count])
        unit = _lexicon(lang)["units"][match["unit"].lower()]
        found.append(
            Expression(
                match.group(), match.start(), match.end(), "duration", unit=unit, offset=number
            )
        )
    for match in patterns["day_month"].finditer(text):
        month = month_number(match["m1"] or match["m2"])
        day = int(match["d1"] or match["d2"])
        if month and 1 <= day <= 31:
            ahead = _DEADLINE.search(text[max(0, match.start() - 20) : match.start()])
            found.append(
                Expression(
                    match.group(),
                    match.start(),
                    match.end(),
                    "day_month",
                    month=month,
                    day=day,
                    which="next" if ahead else "past",
                )
            )
    for match in patterns["month_year"].finditer(text):
        found.append(
            Expression(
                match.group(),
                match.start(),
                match.end(),
                "month",
                year=int(match["year"]),
                month=month_number(match["month"]),
            )
        )
    for match in patterns["year"].finditer(text):
        found.append(
            Expression(match.group(), match.start(), match.end(), "year", year=int(match["year"]))
        )
    return found


def _later(match: re.Match[str], lang: str) -> Expression | None:
    """ "two days later", "une semaine plus tard", "48 hours later": days counted from the
    day told before; hours count as whole days."""
    way = re.sub(r"\s+", " ", match["way"].lower())
    if way in _CLAUSE_END_ONLY and match["end"] is None:
        return None
    unit = _lexicon(lang)["units"][match["unit"].lower()]
    if unit not in _DAYS_IN:
        return None
    count = match["count"].lower()
    number = int(count) if count.isdigit() else _ARTICLES.get(count)
    if number is None:
        number = int(_lexicon(lang)["numbers"][count])
    days = number // 24 if unit == "hour" else number * _DAYS_IN[unit]
    end = match.end("way")
    return Expression(
        match.group()[: end - match.start()],
        match.start(),
        end,
        "relative",
        unit="day",
        offset=days * _LATER[way],
        anchored=True,
    )


def _weekday(match: re.Match[str], lang: str) -> Expression:
    before = (match["before"] or "").lower()
    after = (match["after"] or "").lower()
    which = _WHICH_AFTER.get(after) or _WHICH_BEFORE.get(before, "past")
    part = _PARTS.get((match["part"] or "").lower())
    weekday = int(_lexicon(lang)["weekdays"][match["weekday"].lower()])
    return Expression(
        match.group(),
        match.start(),
        match.end(),
        "weekday",
        weekday=weekday,
        which=which,
        part=part,
    )


_RANK = {
    "date": 0,
    "month": 1,
    "day_month": 2,
    "duration": 3,
    "relative": 4,
    "weekday": 5,
    "year": 6,
}


def _without_overlaps(found: list[Expression]) -> list[Expression]:
    return longest_first(found, tie=lambda e: _RANK[e.kind])
