"""The anachronism check: does the reference date fit the office holders the story names?

"le secrétaire d'Etat américain John Kerry" on a page whose only date is a 2024 page-chrome
clock cannot be a 2024 story: Kerry held that office from 2013 to 2017. The article's date
is then flagged inconsistent and its relative dates are widened to the tenure.
"""

from __future__ import annotations

from datetime import date

from dateline.link.actors.dictionary import ActorDictionary
from dateline.link.time.resolve import Reference
from dateline.records import ActorMention, DateCheck


def check_dates(
    actors: list[ActorMention], dictionary: ActorDictionary, reference: Reference
) -> DateCheck:
    """Inconsistent when a person named with an office title did not hold it on the
    reference date; the tenure of that office is returned to widen relative dates."""
    if reference.day is None:
        return DateCheck(True, "no reference date to check")
    for mention in actors:
        if mention.kind != "person" or mention.via != "title" or mention.role is None:
            continue
        person = dictionary.get(mention.canonical_id)
        if person is None:
            continue
        roles = [role for role in person.roles if role.role == mention.role]
        if not roles or any(role.holds_on(reference.day) for role in roles):
            continue
        day = reference.day
        role = min(roles, key=lambda r: abs(((r.start or day) - day).days))
        start = role.start or date.min
        end = role.end or date.max
        reason = (
            f"reference date {reference.day.isoformat()} ({reference.basis}) is outside "
            f"{person.name}'s tenure as {mention.text.strip()} "
            f"({_iso(role.start)}..{_iso(role.end)})"
        )
        return DateCheck(False, reason, start, end)
    return DateCheck(True)


def _iso(value: date | None) -> str:
    return value.isoformat() if value else "…"
