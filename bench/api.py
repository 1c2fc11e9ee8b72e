"""HTTP API: latency of each read endpoint on a synthetic database, and what a request costs.

Run ``.venv/bin/python bench/api.py [--events N]``; prints the numbers and writes them to
``bench/results/api.json``. The database holds N seeded events (10 per article, spread over
the Sahel and two years) written by the store as an ingest would, without NLP. Requests go
through a real ``dateline serve`` process on a free loopback port (uvicorn, one worker) with
httpx, so the numbers include HTTP, JSON encoding and the response models' validation.
Extraction (POST /api/extract) is the pipeline's cost and is measured in bench/pipeline.py.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import httpx
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
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import factories  # noqa: E402 - the tests' record builder, on the path just above

DATELINE = Path(sys.executable).parent / "dateline"
PER_ARTICLE = 10
TYPES = [
    ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    ("Battles", "Armed clash", "ASSAULT"),
    ("Violence against civilians", "Attack", "ASSAULT"),
    ("Protests", "Peaceful protest", "PROTEST"),
]
ACTORS = [
    ("MLI.MIL", "Malian army", "military", "MLI"),
    ("GRP.JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "MLI"),
    ("GRP.IS_SAHEL", "Islamic State Sahel Province", "armed_group", None),
]


def _event(rng: random.Random, article: str, number: int, text: str) -> Event:
    acled, subtype, plover = rng.choice(TYPES)
    canonical_id, name, kind, iso3 = rng.choice(ACTORS)
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(730))
    lat, lon = rng.uniform(10, 20), rng.uniform(-10, 5)
    return factories.event(
        f"{article}-{number}",
        article,
        plover_type=plover,
        plover_mode=None,
        acled_type=acled,
        acled_subtype=subtype,
        actor1=ActorMention(name, 0, 10, canonical_id, name, kind, iso3, "name", 0.9),
        place=PlaceMention(
            "ville", 20, 25, "place", name=f"town-{number}", lat=lat, lon=lon,
            country_iso2=rng.choice(["ML", "BF", "NE"]), feature="town", precision="town",
            geo_precision=1, confidence=0.9,
        ),
        date=EventDate(day, day, "day", "metadata", 0.6),
        quantities={"fatalities": rng.choice([None, 1, 3, 12])},
        weapons=(),
        claim_chain=("AFP",),
        evidence=(Evidence("trigger", 0, 6, text[:6]), Evidence("place", 20, 25, text[20:25])),
        confidence=round(rng.uniform(0.3, 0.9), 2),
        extractor_version="bench",
    )  # fmt: skip


def build(path: Path, events: int, seed: int = 7) -> float:
    """Store ``events`` events, ``PER_ARTICLE`` per article; seconds taken."""
    rng = random.Random(seed)
    start = time.perf_counter()
    with Store(path) as store:
        for number in range(events // PER_ARTICLE):
            words = " ".join(
                rng.choice(["frappe", "armée", "civils", "village"]) for _ in range(60)
            )
            article = Article.from_text(words, id=f"a{number}", source="bench", lang="fr")
            batch = tuple(_event(rng, article.id, n, words) for n in range(PER_ARTICLE))
            store.add_extraction(Extraction(article, events=batch))
    return time.perf_counter() - start


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _timed(call: Callable[[], httpx.Response], repeats: int) -> dict[str, float]:
    call()  # warm-up
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        response = call()
        times.append(time.perf_counter() - start)
        response.raise_for_status()
    return {
        "median_ms": round(statistics.median(times) * 1000, 1),
        "max_ms": round(max(times) * 1000, 1),
        "bytes": len(response.content),
    }


def measure(path: Path, repeats: int) -> dict[str, dict[str, float]]:
    port = _free_port()
    server = subprocess.Popen(
        [str(DATELINE), "serve", "--db", str(path), "--port", str(port)],
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/health")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
            some = client.get("/api/events?limit=1").json()["events"][0]
            requests = {
                "health": "/api/health",
                "events_default_500": "/api/events",
                "events_5000": "/api/events?limit=5000",
                "events_filtered": "/api/events?country=ML&actor=GRP.JNIM&since=2024-01-01",
                "events_bbox": "/api/events?bbox=-5,12,0,15",
                "geojson_5000": "/api/events.geojson?limit=5000",
                "event_detail": f"/api/events/{some['id']}",
                "article": f"/api/articles/{some['content_hash']}",
            }
            return {
                name: _timed(lambda url=url: client.get(url), repeats)  # type: ignore[misc]
                for name, url in requests.items()
            }
    finally:
        server.terminate()
        server.wait(timeout=10)


def open_cost(path: Path, repeats: int = 50) -> float:
    """Milliseconds to open and close the database read-only, as each request does."""
    start = time.perf_counter()
    for _ in range(repeats):
        Store(path, read_only=True).close()
    return round((time.perf_counter() - start) / repeats * 1000, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        build_s = build(path, args.events)
        results = {
            "events": args.events,
            "build_s": round(build_s, 1),
            "db_mb": round(path.stat().st_size / 1e6, 1),
            "read_only_open_ms": open_cost(path),
            "requests": measure(path, args.repeats),
            "machine": describe(),
        }
    out = ROOT / "bench" / "results" / "api.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
