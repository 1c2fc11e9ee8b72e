"""Corroboration: the cost of merging as articles are stored, and how well it groups.

Run ``.venv/bin/python bench/merge.py [--articles N]``; prints the numbers and writes them
to ``bench/results/merge.json``. The corpus is synthetic and seeded: true events (a type,
a town, a day, an actor) each told by one to four articles whose events may leave out the
actor, shift the day by one, place it a few km off or give another toll; one article in
ten is a reprint of an earlier one with boilerplate around it. No NLP runs: the events are
what an extractor would give, so the timings are the store's and the merge's alone.
Grouping is scored by pairs of article-level events: a pair in one incident that tells
two true events is a false merge, a pair of one true event left apart a missed merge.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from machine import describe

from dateline.records import (
    ActorMention,
    Article,
    Event,
    EventDate,
    Evidence,
    Extraction,
    PlaceMention,
)
from dateline.settings import get_int
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import factories  # noqa: E402 - the tests' record builder, on the path just above

TYPES = [
    ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    ("Battles", "Armed clash", "ASSAULT"),
    ("Violence against civilians", "Attack", "ASSAULT"),
    ("Protests", "Peaceful protest", "PROTEST"),
]
ACTORS = ["MLI.MIL", "GRP.JNIM", "GRP.IS_SAHEL", "SYR.MIL", "GRP.IS", "SDN.MIL", "GRP.RSF"]
# Filler words for article texts: two outlets' texts share no five-word run by chance.
WORDS = [
    "frappe", "drone", "armée", "marché", "ville", "civils", "blessés", "selon", "sources",
    "locales", "attaque", "village", "route", "convoi", "habitants", "bilan", "officiel",
    "militaires", "groupe", "armé", "région", "the", "strike", "killed", "people",
    "residents", "said", "army", "town", "market", "officials", "toll",
]  # fmt: skip


def _towns(rng: random.Random, count: int) -> list[tuple[str, float, float, str]]:
    """Towns at least ~60 km apart, in five countries."""
    countries = ["ML", "NE", "BF", "SY", "SD"]
    return [
        (f"town-{n}", 10 + (n // 8) * 0.7, (n % 8) * 0.7, countries[n % 5]) for n in range(count)
    ]


def _corpus(size: int, seed: int) -> tuple[list[Extraction], dict[str, int]]:
    """Articles with their events, and the true event behind each article-level event."""
    rng = random.Random(seed)
    towns = _towns(rng, 40)
    truth: dict[str, int] = {}
    articles: list[Extraction] = []
    texts: list[str] = []
    true_event = 0
    while len(articles) < size:
        true_event += 1
        kind = rng.choice(TYPES)
        town = rng.choice(towns)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(90))
        actor = rng.choice(ACTORS)
        toll = rng.randrange(0, 20)
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            number = len(articles)
            if texts and rng.random() < 0.1:
                text = (
                    "Lire aussi : un autre sujet.\n\n"
                    + rng.choice(texts)
                    + "\n\nTous droits réservés."
                )
            else:
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(120, 400)))
                texts.append(text)
            event_id = f"e{number}"
            truth[event_id] = true_event
            event = _event(event_id, number, kind, town, day, actor, toll, rng)
            article = Article.from_text(text, id=f"a{number}", source="bench", lang="fr")
            articles.append(Extraction(article, events=(replace(event, article_id=article.id),)))
    kept = articles[:size]
    return kept, {event.id: truth[event.id] for item in kept for event in item.events}


def _event(
    event_id: str,
    number: int,
    kind: tuple[str, str, str],
    town: tuple[str, float, float, str],
    day: date,
    actor: str,
    toll: int,
    rng: random.Random,
) -> Event:
    name, lat, lon, iso2 = town
    jitter = rng.uniform(-0.04, 0.04)  # a few km
    place = PlaceMention(
        name, 0, len(name), "place", name=name, lat=lat + jitter, lon=lon + jitter,
        admin1=name, country_iso2=iso2, feature="town", precision="town", geo_precision=1,
        confidence=0.9,
    )  # fmt: skip
    when = day + timedelta(days=rng.choice([0, 0, 0, 1, -1]))
    mention = None
    if rng.random() < 0.7:
        mention = ActorMention(actor, 0, 5, actor, actor, "armed_group", None, "name", 0.9)
    return factories.event(
        event_id,
        f"a{number}",
        plover_type=kind[2],
        plover_mode=None,
        acled_type=kind[0],
        acled_subtype=kind[1],
        actor1=mention,
        place=place,
        date=EventDate(when, when, "day", "metadata", 0.8),
        quantities={"fatalities": toll + rng.choice([0, 0, 1])},
        weapons=(),
        evidence=(Evidence("trigger", 0, 5, "frappe"),),
        confidence=rng.choice([0.6, 0.7, 0.8]),
        extractor_version="bench",
    )


class _NoMerge:
    """Stands in for the store's merge step, to time storing alone."""

    def add_articles(self, articles: list[object]) -> None:
        return None

    def forget(self) -> None:
        return None


def _store(path: Path, corpus: list[Extraction], *, merge: bool, batch: int) -> float:
    """Seconds to store the corpus, with or without the merge step, ``batch`` articles per
    transaction (1: one call of ``add_extraction`` each)."""
    with Store(path) as store:
        if not merge:
            store.incidents = _NoMerge()  # type: ignore[assignment]
        start = time.perf_counter()
        if batch == 1:
            for extraction in corpus:
                store.add_extraction(extraction)
        else:
            for first in range(0, len(corpus), batch):
                store.add_results(corpus[first : first + batch])
        return time.perf_counter() - start


def _pairs(store: Store, truth: dict[str, int]) -> dict[str, float]:
    incident = {r["id"]: r["incident_id"] for r in store.events(merged=False)}
    same_true = same_found = both = 0
    for a, b in combinations(sorted(incident), 2):
        true_pair = truth[a] == truth[b]
        found_pair = incident[a] == incident[b]
        same_true += true_pair
        same_found += found_pair
        both += true_pair and found_pair
    return {
        "pair_precision": round(both / same_found, 3) if same_found else 1.0,
        "pair_recall": round(both / same_true, 3) if same_true else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    corpus, truth = _corpus(options.articles, options.seed)
    batch = get_int("ingest", "store_batch")
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        plain = _store(folder_path / "plain.duckdb", corpus, merge=False, batch=1)
        merged = _store(folder_path / "merged.duckdb", corpus, merge=True, batch=1)
        plain_batched = _store(folder_path / "plain-b.duckdb", corpus, merge=False, batch=batch)
        merged_path = folder_path / "merged-b.duckdb"
        batched = _store(merged_path, corpus, merge=True, batch=batch)
        with Store(merged_path) as store:
            start = time.perf_counter()
            store.incidents.index()
            index_load = time.perf_counter() - start
            start = time.perf_counter()
            incidents = store.events()
            read = time.perf_counter() - start
            scores = _pairs(store, truth)
            reprints = store.connection.execute("SELECT count(*) FROM near_duplicates").fetchone()
    results = {
        "machine": describe(),
        "articles": len(corpus),
        "events": len(truth),
        "true_events": len(set(truth.values())),
        "incidents": len(incidents),
        "near_duplicate_links": reprints[0] if reprints else 0,
        "store_seconds_without_merge": round(plain, 2),
        "store_seconds_with_merge": round(merged, 2),
        "merge_ms_per_article": round((merged - plain) / len(corpus) * 1000, 2),
        "store_batch": batch,
        "batched_store_seconds_without_merge": round(plain_batched, 2),
        "batched_store_seconds_with_merge": round(batched, 2),
        "batched_ms_per_article": round(batched / len(corpus) * 1000, 2),
        "index_load_seconds": round(index_load, 3),
        "read_all_incidents_seconds": round(read, 3),
        **scores,
    }
    for key, value in results.items():
        print(f"{key:>36}: {value}")
    out = ROOT / "bench" / "results" / "merge.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
