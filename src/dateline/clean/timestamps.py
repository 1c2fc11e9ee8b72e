"""Dates and times written in page chrome and datelines: "22-11-2024 12:54 PM Jerusalem Timing".

Regular expressions over a small vocabulary (months and zone names are data files) rather
than ``dateparser``'s search mode, which reads "Tu-22M3" as a date.
"""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from functools import cache

from dateline.data import read_tsv


@dataclass(frozen=True, slots=True)
class Timestamp:
    """A date (and maybe a time and zone) found in a line, and the characters it used."""

    value: date
    has_time: bool
    zone: str | None
    start: int
    end: int
    ambiguous: bool = False


@cache
def _months() -> dict[str, int]:
    return {row["name"]: int(row["month"]) for row in read_tsv("time/months")}


@cache
def _zone_labels() -> dict[str, str]:
    labels = {row["label"]: row["zone"] for row in read_tsv("time/timezones")}
    for zone in zoneinfo.available_timezones():
        city = zone.rsplit("/", 1)[-1].replace("_", " ").lower()
        if "/" in zone and not zone.startswith("Etc/"):
            labels.setdefault(city, zone)
    return labels


@cache
def _month_pattern() -> str:
    names = sorted(_months(), key=len, reverse=True)
    return "|".join(re.escape(name) for name in names)


_NUMERIC_DMY = r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>(?:19|20)\d{2})"
_NUMERIC_YMD = r"(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
_TIME = (
    r"(?P<hh>\d{1,2})\s*[:hH]\s*(?P<mm>\d{2})(?::(?P<ss>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?\s*[Mm]\.?)?"
)
# A zone is named right after the time: "12:54 PM Jerusalem Timing", "10:32 GMT".
_ZONE_WORDS = 3
_ABBREVIATION = 4
_OFFSET = re.compile(r"(?:GMT|UTC)?\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?\b")


@cache
def _textual() -> re.Pattern[str]:
    months = _month_pattern()
    day_first = (
        rf"(?P<td>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<tm>{months})\.?,?\s+(?P<ty>(?:19|20)\d{{2}})"
    )
    month_first = (
        rf"(?P<tm2>{months})\.?\s+(?P<td2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ty2>(?:19|20)\d{{2}})"
    )
    return re.compile(rf"\b(?:{day_first}|{month_first})\b", re.IGNORECASE)


_NUMERIC = re.compile(rf"\b(?:{_NUMERIC_DMY}|{_NUMERIC_YMD})(?!\d)")
_TIME_RE = re.compile(rf"(?<![\d:])(?:{_TIME})(?![\d:])")


def find_timestamp(line: str, *, month_first: bool = False) -> Timestamp | None:
    """The first full date in ``line``, with the time and zone written after it, if any."""
    found = _find_date(line, month_first=month_first)
    if found is None:
        return None
    day, start, end, ambiguous = found
    clock, end = _find_time(line, end)
    zone, end = _find_zone(line, end)
    value: date = datetime.combine(day, clock) if clock is not None else day
    return Timestamp(value, clock is not None, zone, start, end, ambiguous)


def _find_date(line: str, *, month_first: bool) -> tuple[date, int, int, bool] | None:
    candidates: list[tuple[int, int, date, bool]] = []
    for match in _NUMERIC.finditer(line):
        parsed = _numeric(match, month_first=month_first)
        if parsed:
            candidates.append((match.start(), match.end(), *parsed))
    for match in _textual().finditer(line):
        parsed_day = _textual_date(match)
        if parsed_day:
            candidates.append((match.start(), match.end(), parsed_day, False))
    if not candidates:
        return None
    start, end, day, ambiguous = min(candidates, key=lambda item: item[0])
    return day, start, end, ambiguous


def _numeric(match: re.Match[str], *, month_first: bool) -> tuple[date, bool] | None:
    if match.group("y2"):
        iso = _date(int(match["y2"]), int(match["m2"]), int(match["d2"]))
        return None if iso is None else (iso, False)
    first, second, year = int(match["d"]), int(match["m"]), int(match["y"])
    # 03-04-2016 reads both ways; news outside the US writes day first, which we assume
    # unless told otherwise, and mark the reading ambiguous so confidence can drop.
    ambiguous = first <= 12 and second <= 12 and first != second
    day, month = (second, first) if month_first and ambiguous else (first, second)
    if month > 12 and day <= 12:
        day, month = month, day
    parsed = _date(year, month, day)
    return None if parsed is None else (parsed, ambiguous)


def _textual_date(match: re.Match[str]) -> date | None:
    day = match["td"] or match["td2"]
    month = (match["tm"] or match["tm2"]).lower()
    year = match["ty"] or match["ty2"]
    return _date(int(year), _months()[month], int(day))


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _find_time(line: str, after: int) -> tuple[time | None, int]:
    """A clock time written right after the date ("12:54 PM", "à 14h30")."""
    match = _TIME_RE.search(line, after)
    if match is None or len(line[after : match.start()].split()) > 2:
        return None, after
    hour, minute = int(match["hh"]), int(match["mm"])
    second = int(match["ss"] or 0)
    ampm = (match["ampm"] or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None, after
    return time(hour, minute, second), match.end()


def _find_zone(line: str, after: int) -> tuple[str | None, int]:
    """An explicit UTC offset or a zone named after the time ("Jerusalem Timing", "GMT+3")."""
    rest = line[after:]
    offset = _OFFSET.match(rest.lstrip())
    if offset:
        sign = 1 if offset["sign"] == "+" else -1
        hours, minutes = int(offset["oh"]), int(offset["om"] or 0)
        if hours <= 14:
            shift = len(rest) - len(rest.lstrip())
            return (
                f"{'+' if sign > 0 else '-'}{hours:02d}:{minutes:02d}",
                after + shift + offset.end(),
            )
    words = list(re.finditer(r"[^\W\d_]+(?:['-][^\W\d_]+)*", rest))[:_ZONE_WORDS]
    labels = _zone_labels()
    for size in (2, 1):
        for index in range(len(words) - size + 1):
            chosen = words[index : index + size]
            written = rest[chosen[0].start() : chosen[-1].end()]
            candidate = " ".join(word.group() for word in chosen).lower()
            zone = labels.get(candidate) or labels.get(_fold(candidate))
            # "ET", "EST", "CAT" are zones only in capitals: "et" and "est" are French words.
            if zone and (len(candidate) > _ABBREVIATION or written.isupper()):
                return zone, after + chosen[-1].end()
    return None, after


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def localise(value: date, zone: str | None) -> date:
    """Attach ``zone`` (an IANA name or "+HH:MM") to a datetime; dates stay dates."""
    if not isinstance(value, datetime) or zone is None:
        return value
    return value.replace(tzinfo=zone_info(zone))


def zone_info(zone: str) -> tzinfo:
    if zone[0] in "+-":
        from datetime import timedelta, timezone

        hours, minutes = int(zone[1:3]), int(zone[4:6])
        sign = 1 if zone[0] == "+" else -1
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    return zoneinfo.ZoneInfo(zone)


def iter_dates(text: str) -> list[tuple[date, int, int, bool]]:
    """Every full date (with a year) written in ``text``: (date, start, end, ambiguous)."""
    found: list[tuple[date, int, int, bool]] = []
    for match in _NUMERIC.finditer(text):
        parsed = _numeric(match, month_first=False)
        if parsed:
            found.append((parsed[0], match.start(), match.end(), parsed[1]))
    for match in _textual().finditer(text):
        day = _textual_date(match)
        if day:
            found.append((day, match.start(), match.end(), False))
    return sorted(found, key=lambda item: item[1])


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation in French or English."""
    return _months().get(name.lower().rstrip("."))


def month_pattern() -> str:
    """Regex alternation of every month name, longest first."""
    return _month_pattern()
