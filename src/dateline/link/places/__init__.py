"""Places: find every place mention and put it on the map with a stated precision."""

from __future__ import annotations

from dateline.link.places.gazetteer import Gazetteer, load_gazetteer
from dateline.link.places.recognise import find_mentions
from dateline.link.places.resolve import distance_km, resolve
from dateline.records import ParsedArticle, PlaceMention

__all__ = ["distance_km", "link_places", "load_gazetteer"]


def link_places(parsed: ParsedArticle, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Place mentions in text order; an unresolvable one is kept with a reason."""
    gazetteer = gazetteer or load_gazetteer()
    mentions = find_mentions(parsed, gazetteer)
    return resolve(gazetteer, parsed.article.text, mentions)
