"""Resolve temporal expressions to date intervals against the article's reference date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateline.link.time.expressions import Expression
from dateline.records import Article, DateBasis, TimeMention

# A page-chrome clock dates the page, not the story: whatever rests on it stays doubtful.
_PAGE_CHROME_CEILING = 0.3
# How much of the reference's confidence a relative expression keeps.
_KEPT = {"relative": 0.9, "duration": 0.9, "weekday": 0.8, "day_month": 0.85}
_ABSOLUTE_CONFIDENCE = {"date": 0.95, "month": 0.9, "year": 0.85}
_TENURE_CONFIDENCE = 0.2


@dataclass(frozen=True, slots=True)
class Reference:
    """The day relative expressions count from, where it came from, and its confidence."""

    day: date | None
    basis: str
    confidence: float


def reference_date(article: Article) -> Reference:
    """Publication date if known; else the page's clock, kept doubtful; else the crawl date."""
    published = article.published
    if published.value is not None:
        return Reference(_day(published.value), published.basis.value, published.confidence)
    shown = article.page_time
    if shown.value is not None:
        confidence = min(_PAGE_CHROME_CEILING, shown.confidence)
        return Reference(_day(shown.value), DateBasis.PAGE_CHROME.value, confidence)
    if article.fetched:
        try:
            fetched = datetime.fromisoformat(article.fetched.replace("Z", "+00:00"))
        except ValueError:
            return Reference(None, DateBasis.UNKNOWN.value, 0.0)
        return Reference(fetched.date(), "fetched", _PAGE_CHROME_CEILING)
    return Reference(None, DateBasis.UNKNOWN.value, 0.0)


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def resolve_times(
    expressions: list[Expression],
    reference: Reference,
    *,
    tenure: tuple[date, date] | None = None,
) -> list[TimeMention]:
    """Each expression with its interval.

    Absolute dates stand on their own. Relative ones count from ``reference``; when
    ``tenure`` is given (the reference contradicts an office holder named in the story),
    they are widened to that tenure instead, with low confidence.
    """
    resolved: list[TimeMention] = []
    told: TimeMention | None = None  # the last day the story told
    for expression in expressions:
        if expression.anchored and told is not None and tenure is None:
            mention = _from_told_day(expression, told)
        else:
            mention = _resolve(expression, reference, tenure)
        resolved.append(mention)
        if mention.precision == "day" and mention.date_start is not None:
            told = mention
    return resolved


def _from_told_day(e: Expression, told: TimeMention) -> TimeMention:
    """ "Mardi, …; le lendemain, …", "On Monday …. Two days later, …": the day after (or
    before) the one told last, not the reference's."""
    assert told.date_start is not None
    day = told.date_start + timedelta(days=e.offset)
    confidence = round(told.confidence * _KEPT["relative"], 3)
    return _mention(e, day, day, "day", told.basis, confidence)


def _resolve(e: Expression, reference: Reference, tenure: tuple[date, date] | None) -> TimeMention:
    if e.kind in _ABSOLUTE_CONFIDENCE:
        start, end, precision = _absolute(e)
        return _mention(e, start, end, precision, "absolute", _ABSOLUTE_CONFIDENCE[e.kind])
    if tenure is not None:
        return _mention(e, tenure[0], tenure[1], "tenure", "tenure", _TENURE_CONFIDENCE)
    if reference.day is None:
        return _mention(e, None, None, "unknown", reference.basis, 0.0)
    start, end, precision = _relative(e, reference.day)
    confidence = round(reference.confidence * _KEPT.get(e.kind, 0.8), 3)
    return _mention(e, start, end, precision, reference.basis, confidence)


def _mention(
    e: Expression,
    start: date | None,
    end: date | None,
    precision: str,
    basis: str,
    confidence: float,
) -> TimeMention:
    return TimeMention(e.text, e.start, e.end, e.kind, start, end, precision, basis, confidence)


def _absolute(e: Expression) -> tuple[date, date, str]:
    if e.year is None:
        raise ValueError(f"absolute expression without a year: {e.text!r}")
    if e.kind == "date" and e.month and e.day:
        day = date(e.year, e.month, e.day)
        return day, day, "day"
    if e.kind == "month" and e.month:
        return (*_month_bounds(e.year, e.month), "month")
    return date(e.year, 1, 1), date(e.year, 12, 31), "year"


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _relative(e: Expression, today: date) -> tuple[date, date, str]:
    if e.kind == "weekday" and e.weekday:
        day = _weekday(today, e.weekday, e.which)
        return day, day, "day"
    if e.kind == "day_month" and e.month and e.day:
        day = _nearest_past(today, e.month, e.day)
        if e.which == "next" and day < today:
            day = _next_on_or_after(today, e.month, e.day)  # "will withdraw by 31 August"
        return day, day, "day"
    if e.kind == "duration":
        return _duration(today, e.unit or "day", e.offset)
    return _shifted(today, e.unit or "day", e.offset)


def _weekday(today: date, weekday: int, which: str) -> date:
    """ "mardi" / "on Tuesday": the latest Tuesday not after today; "ce jeudi": this week's;
    "last"/"dernier": the one before today; "next"/"prochain": the one after."""
    delta = (today.isoweekday() - weekday) % 7
    if which == "this":
        return today - timedelta(days=today.isoweekday() - weekday)
    if which == "last":
        return today - timedelta(days=delta or 7)
    if which == "next":
        return today + timedelta(days=(weekday - today.isoweekday()) % 7 or 7)
    return today - timedelta(days=delta)


def _next_on_or_after(today: date, month: int, day: int) -> date:
    """A deadline's day: this year's if it is still to come, else next year's."""
    for year in (today.year, today.year + 1):
        last = calendar.monthrange(year, month)[1]
        candidate = date(year, month, min(day, last))
        if candidate >= today:
            return candidate
    return candidate


def _nearest_past(today: date, month: int, day: int) -> date:
    """ "le 3 août" without a year: this year's, unless that is more than a month ahead."""
    year = today.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        candidate = date(year, month, calendar.monthrange(year, month)[1])
    if candidate > today + timedelta(days=31):
        candidate = candidate.replace(year=year - 1)
    return candidate


def _duration(today: date, unit: str, count: int) -> tuple[date, date, str]:
    if unit == "hour":
        return today - timedelta(days=max(1, -(-count // 24))), today, "days"
    days = {"day": count, "week": 7 * count, "month": 30 * count, "year": 365 * count}[unit]
    return today - timedelta(days=max(0, days - 1)), today, "days"


def _shifted(today: date, unit: str, offset: int) -> tuple[date, date, str]:
    if unit in ("day", "part"):
        day = today + timedelta(days=offset)
        return day, day, "day"
    if unit == "week":
        monday = today - timedelta(days=today.isoweekday() - 1) + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6), "week"
    if unit == "month":
        index = today.year * 12 + today.month - 1 + offset
        return (*_month_bounds(index // 12, index % 12 + 1), "month")
    year = today.year + offset
    return date(year, 1, 1), date(year, 12, 31), "year"
