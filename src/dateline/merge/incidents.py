"""One record per incident: a real event record standing for all the reports of it.

The record shown is one of the reports as extracted (the most confident, then the first
stored), never a blend: values the reports disagree on are listed side by side in
``conflicts``, and every report stays reachable in ``sources`` with its claim chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from dateline.merge.corroborate import conflicts
from dateline.merge.near_duplicates import count_distinct

__all__ = ["Member", "incident_record", "representative"]


@dataclass(frozen=True, slots=True)
class Member:
    """One report in an incident: the stored event record and the article it came from.

    ``stored`` is the order the event was stored in (smaller is earlier).
    """

    record: dict[str, Any]
    content_hash: str
    stored: int
    article_id: str
    url: str | None = None
    title: str | None = None
    cited_sources: tuple[str, ...] = ()

    @property
    def event_id(self) -> str:
        return str(self.record["id"])


def representative(members: Sequence[Member]) -> Member:
    """The report that stands for the incident: highest confidence, then first stored."""
    return min(members, key=lambda member: (-float(member.record["confidence"]), member.stored))


def incident_record(
    members: Sequence[Member], duplicates: Iterable[tuple[str, str]] = ()
) -> dict[str, Any]:
    """The merged record of one incident.

    The representative's record, plus ``content_hash`` (its article's), ``incident_id``
    (the first stored report's event id), ``sources_count`` (distinct articles once
    near-duplicate ``(content_hash, duplicate_of)`` links are joined), ``sources`` (one
    entry per report, first stored first) and ``conflicts``.
    """
    if not members:
        raise ValueError("an incident needs at least one report")
    ordered = sorted(members, key=lambda member: member.stored)
    links = list(duplicates)
    chosen = representative(ordered)
    record = dict(chosen.record)
    record["content_hash"] = chosen.content_hash
    record["incident_id"] = ordered[0].event_id
    record["sources_count"] = count_distinct(
        list(dict.fromkeys(member.content_hash for member in ordered)), links
    )
    record["sources"] = [_source(member, ordered, links) for member in ordered]
    record["conflicts"] = conflicts([member.record for member in ordered])
    return record


def _source(
    member: Member, ordered: Sequence[Member], links: list[tuple[str, str]]
) -> dict[str, Any]:
    return {
        "event_id": member.event_id,
        "content_hash": member.content_hash,
        "article_id": member.article_id,
        "url": member.url,
        "title": member.title,
        "outlet": outlet(member.url),
        "cited_sources": list(member.cited_sources),
        "claim_chain": list(member.record.get("claim_chain") or ()),
        "fatalities": (member.record.get("quantities") or {}).get("fatalities"),
        "duplicate_of": _duplicate_of(member, ordered, links),
    }


def _duplicate_of(
    member: Member, ordered: Sequence[Member], links: list[tuple[str, str]]
) -> str | None:
    """The article of an earlier report in this incident that ``member``'s article copies."""
    linked = {b for a, b in links if a == member.content_hash}
    linked |= {a for a, b in links if b == member.content_hash}
    for earlier in ordered:
        if earlier is member:
            return None
        if earlier.content_hash in linked:
            return earlier.content_hash
    return None


def outlet(url: str | None) -> str | None:
    """The web site that published an article, from its address."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
