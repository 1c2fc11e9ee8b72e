"""The HTTP API on small databases we build here: filters, pages, evidence, errors, limits."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, get_args

import httpx
import pytest
from fastapi.testclient import TestClient

from dateline.records import (
    ActorMention,
    Article,
    DateBasis,
    DateGuess,
    Event,
    EventDate,
    Evidence,
    Extraction,
    PlaceMention,
)
from dateline.serve import create_app
from dateline.serve.api import STATIC
from dateline.serve.models import AcledType, PloverType, Status
from dateline.store import Store

ROOT = Path(__file__).resolve().parents[2]

# Two outlets' own wordings of one drone strike on Kidal: the store merges them into one
# incident whose sources disagree on the toll.
KIDAL = [
    (
        "https://exemple-info.fr/mali/kidal-frappe",
        "Mali : frappe de drone meurtrière à Kidal",
        "Une frappe de drone de l'armée malienne a tué six civils samedi à Kidal, selon des "
        "habitants joints par téléphone.\n\nLes autorités n'ont pas commenté.",
        6,
    ),
    (
        "https://sahel-hebdo.example/kidal",
        "Kidal : huit morts dans un bombardement",
        "À Kidal, huit personnes ont péri samedi dans une frappe attribuée à l'armée "
        "malienne, a indiqué un élu local.\n\nUn marché a été touché.",
        8,
    ),
]


def _kidal_report(number: int) -> Extraction:
    url, title, text, toll = KIDAL[number]
    article = Article.from_text(text, id=f"kidal-{number}", source="kidal.jsonl", lang="fr")
    article = dataclasses.replace(
        article,
        url=url,
        title=title,
        published=DateGuess(date(2024, 3, 3), DateBasis.METADATA, 1.0, "2024-03-03"),
    )

    def span(field: str, words: str) -> Evidence:
        start = text.index(words)
        return Evidence(field, start, start + len(words), words)

    army = text.index("armée malienne")
    town = text.index("Kidal")
    event = Event(
        id=f"kidal-strike-{number}",
        article_id=article.id,
        plover_type="ASSAULT",
        plover_mode="aerial",
        acled_type="Explosions/Remote violence",
        acled_subtype="Air/drone strike",
        status="realised",
        actor1=ActorMention(
            "armée malienne", army, army + 14, "MLI.MIL", "Malian army", "military", "MLI",
            "name", 0.9,
        ),
        actor2=None,
        place=PlaceMention(
            "Kidal", town, town + 5, "place", name="Kidal", lat=18.44111, lon=1.40778,
            country_iso2="ML", feature="town", precision="town", geo_precision=1, confidence=1.0,
        ),
        date=EventDate(date(2024, 3, 2), date(2024, 3, 2), "day", "metadata", 0.6),
        quantities={"fatalities": toll},
        weapons=("drone",),
        claim_chain=(),
        evidence=(
            span("trigger", "frappe"),
            span("actor1", "armée malienne"),
            span("place", "Kidal"),
            span("fatalities", "tué six civils" if number == 0 else "huit personnes ont péri"),
        ),
        confidence=0.8 - number / 10,
        extractor_version="test",
    )  # fmt: skip
    return Extraction(article, events=(event,))


@pytest.fixture
def kidal_db(tmp_path: Path) -> Path:
    path = tmp_path / "kidal.duckdb"
    with Store(path) as store:
        for number in range(len(KIDAL)):
            store.add_extraction(_kidal_report(number))
    return path


@pytest.fixture
def coded(events_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(events_db)) as client:
        yield client


@pytest.fixture
def kidal(kidal_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(kidal_db)) as client:
        yield client


def _ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [record["id"] for record in response.json()["events"]]


def test_api_health_counts_the_database(coded: TestClient) -> None:
    assert coded.get("/api/health").json() == {"status": "ok", "articles": 1, "events": 4}


def test_api_events_lists_newest_first_with_their_article(coded: TestClient) -> None:
    page = coded.get("/api/events").json()
    assert (page["total"], page["limit"], page["offset"]) == (4, 500, 0)
    assert [record["id"] for record in page["events"]] == [
        "mali-1",  # 2019-11-01
        "sudan-1",  # June 2019
        "syria-1",  # a week of March 2016
        "nowhere-1",  # no date: last
    ]
    assert {record["content_hash"] for record in page["events"]} == {"coded-report"}
    assert all(record["sources_count"] >= 1 for record in page["events"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("acled_type=Protests", ["sudan-1"]),
        ("plover_type=CONSULT", ["nowhere-1"]),
        ("country=ml", ["mali-1"]),
        ("status=planned", ["nowhere-1"]),
        ("actor=GRP.IS", ["syria-1"]),
        ("actor=aerospace", ["syria-1"]),
        ("actor=GUTERRES", ["nowhere-1"]),
        ("since=2019-06-15", ["mali-1", "sudan-1"]),
        ("until=2016-03-15", ["syria-1"]),
        ("since=2019-01-01&until=2019-06-10", ["sudan-1"]),
        ("bbox=-10,10,0,20", ["mali-1"]),
        # West greater than east: the box runs from 30°E eastwards across the antimeridian.
        ("bbox=30,0,-100,40", ["sudan-1", "syria-1"]),
        ("acled_type=Battles", []),
    ],
)
def test_api_events_filters(coded: TestClient, query: str, expected: list[str]) -> None:
    response = coded.get(f"/api/events?{query}")
    assert _ids(response) == expected
    assert response.json()["total"] == len(expected)


def test_api_events_pages_keep_the_total(coded: TestClient) -> None:
    first = coded.get("/api/events?limit=3").json()
    second = coded.get("/api/events?limit=3&offset=3").json()
    assert (first["total"], second["total"]) == (4, 4)
    assert [len(first["events"]), len(second["events"])] == [3, 1]
    assert [r["id"] for r in first["events"] + second["events"]] == _ids(coded.get("/api/events"))


@pytest.mark.parametrize(
    ("query", "status", "names"),
    [
        ("bbox=0,20,10,5", 400, "south 20 is north of north 5"),
        ("until=2019-02-30", 400, "until"),
        ("bbox=0,0,200,10", 422, "bbox"),
        ("limit=5001", 422, "limit"),
        ("limit=0", 422, "limit"),
        ("country=Mali", 422, "country"),
        ("status=rumoured", 422, "status"),
        ("since=0", 422, "since"),
    ],
)
def test_api_events_refuses_bad_filters_saying_why(
    coded: TestClient, query: str, status: int, names: str
) -> None:
    response = coded.get(f"/api/events?{query}")
    assert response.status_code == status
    assert names in response.text
    if status == 400:
        assert response.json()["code"] == "E025"


def test_api_geojson_has_points_for_located_events(coded: TestClient) -> None:
    response = coded.get("/api/events.geojson")
    assert response.headers["content-type"] == "application/geo+json"
    layer = response.json()
    assert layer["type"] == "FeatureCollection"
    by_id = {feature["id"]: feature for feature in layer["features"]}
    assert sorted(by_id) == ["mali-1", "sudan-1", "syria-1"]  # nowhere-1 has no place
    mali = by_id["mali-1"]
    assert mali["geometry"] == {"type": "Point", "coordinates": [-4.18296, 14.4843]}
    assert mali["properties"] | {"sources_count": 1} == {
        "id": "mali-1",
        "acled_type": "Violence against civilians",
        "acled_subtype": "Attack",
        "plover_type": "ASSAULT",
        "status": "realised",
        "date_start": "2019-11-01",
        "date_end": "2019-11-01",
        "place": "Mopti",
        "fatalities": 12,
        "sources_count": 1,
        "actor1": "Malian army",
        "actor2": None,
    }
    filtered = coded.get("/api/events.geojson?country=SD").json()
    assert [feature["id"] for feature in filtered["features"]] == ["sudan-1"]


def test_api_event_shows_every_reporting_article_with_its_own_evidence(
    kidal: TestClient,
) -> None:
    listed = kidal.get("/api/events").json()
    assert listed["total"] == 1
    incident = listed["events"][0]
    assert incident["sources_count"] == 2
    detail = kidal.get("/api/events/kidal-strike-1").json()
    assert detail["incident_id"] == incident["incident_id"]
    assert [article["id"] for article in detail["articles"]] == ["kidal-0", "kidal-1"]
    for number, article in enumerate(detail["articles"]):
        assert article["url"] == KIDAL[number][0]
        assert article["published"] == "2024-03-03"
        assert {span["event_id"] for span in article["highlights"]} == {f"kidal-strike-{number}"}
        for span in article["highlights"]:
            assert article["text"][span["start"] : span["end"]] == span["text"]
    tolls = {article["id"]: article["highlights"] for article in detail["articles"]}
    assert any(span["text"] == "tué six civils" for span in tolls["kidal-0"])
    assert any(span["text"] == "huit personnes ont péri" for span in tolls["kidal-1"])
    assert "fatalities" in detail["conflicts"]


def test_api_event_unknown_is_a_json_404(kidal: TestClient) -> None:
    response = kidal.get("/api/events/no-such-event")
    assert response.status_code == 404
    assert "no-such-event" in response.json()["detail"]


def test_api_article_highlights_all_its_events_evidence(coded: TestClient) -> None:
    response = coded.get("/api/articles/coded-report")
    assert response.status_code == 200
    article = response.json()
    assert article["text"] == "Un texte court."
    assert {event["id"] for event in article["events"]} == {
        "mali-1",
        "syria-1",
        "sudan-1",
        "nowhere-1",
    }
    starts = [(span["start"], span["end"]) for span in article["highlights"]]
    assert starts == sorted(starts)
    assert len(article["highlights"]) == sum(len(e["evidence"]) for e in article["events"])


def test_api_article_text_slices_are_the_evidence(kidal: TestClient) -> None:
    content_hash = kidal.get("/api/events").json()["events"][0]["sources"][1]["content_hash"]
    article = kidal.get(f"/api/articles/{content_hash}").json()
    assert article["title"] == KIDAL[1][1]
    assert [span["text"] for span in article["highlights"]] == [
        "Kidal",
        "huit personnes ont péri",
        "frappe",
        "armée malienne",
    ]
    for span in article["highlights"]:
        assert article["text"][span["start"] : span["end"]] == span["text"]


def test_api_article_unknown_is_a_json_404(coded: TestClient) -> None:
    response = coded.get("/api/articles/0000")
    assert response.status_code == 404
    assert response.json()["detail"] == "no stored article with content hash '0000'"


def test_api_does_not_hold_the_database_between_requests(events_db: Path) -> None:
    """An ingest can write between two requests, and the next request sees its events."""
    client = TestClient(create_app(events_db))
    assert client.get("/api/health").json()["events"] == 4
    with Store(events_db, wait=0) as store:  # fails at once if the API still had it open
        store.add_extraction(_kidal_report(0))
    assert client.get("/api/health").json() == {"status": "ok", "articles": 2, "events": 5}


def test_api_answers_503_while_another_process_writes(events_db: Path) -> None:
    client = TestClient(create_app(events_db, read_wait=0.1))
    script = (
        "import sys, time, duckdb\n"
        "connection = duckdb.connect(sys.argv[1])\n"
        "print('ready', flush=True)\n"
        "time.sleep(30)\n"
    )
    writer = subprocess.Popen(
        [sys.executable, "-c", script, str(events_db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        response = client.get("/api/events")
    finally:
        writer.kill()
        writer.wait()
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"
    assert response.json()["code"] == "E023"
    assert client.get("/api/events").status_code == 200


FRENCH_REPORT = (
    "Au moins douze civils ont été tués jeudi dans une attaque de l'armée malienne "
    "contre le village de Moura, dans la région de Mopti, selon l'ONU."
)


def test_api_extract_text_returns_the_cli_json(coded: TestClient) -> None:
    response = coded.post("/api/extract", json={"text": FRENCH_REPORT, "id": "moura"})
    assert response.status_code == 200, response.text
    extraction = response.json()
    assert extraction["id"] == "moura"
    assert extraction["article"]["text"] == FRENCH_REPORT
    assert extraction["article"]["lang"] == "fr"
    assert any(place["name"] == "Mopti" for place in extraction["places"])
    assert extraction["events"], "an attack with a toll should give an event"
    for event in extraction["events"]:
        for span in event["evidence"]:
            assert FRENCH_REPORT[span["start"] : span["end"]] == span["text"]
    assert coded.get("/api/health").json()["articles"] == 1  # nothing stored


def test_api_extract_lang_overrides_detection(coded: TestClient) -> None:
    """Too short for detection to be sure: the caller says it is French, and it is parsed."""
    text = "Frappe à Kidal : six morts."
    guessed = coded.post("/api/extract", json={"text": text}).json()["article"]
    told = coded.post("/api/extract", json={"text": text, "lang": "fr"}).json()["article"]
    assert (told["lang"], told["lang_confidence"]) == ("fr", 1.0)
    assert guessed["lang_confidence"] < 1.0


def test_api_extract_html_reads_the_page(coded: TestClient) -> None:
    html = (
        "<html><head><title>Soudan : la police disperse une manifestation</title></head>"
        "<body><nav>Accueil | Monde</nav><article><h1>Soudan : la police disperse une "
        "manifestation</h1><p>La police soudanaise a tiré des gaz lacrymogènes sur des "
        "milliers de manifestants à Khartoum dimanche, selon des témoins.</p></article>"
        "</body></html>"
    )
    response = coded.post("/api/extract", json={"html": html, "url": "https://exemple.org/a"})
    assert response.status_code == 200, response.text
    article = response.json()["article"]
    assert article["url"] == "https://exemple.org/a"
    assert "Khartoum" in article["text"]
    assert "Accueil" not in article["text"]


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ({"text": "Un texte.", "html": "<p>Un texte.</p>"}, "extra_forbidden"),
        ({"text": "   \n "}, "string_pattern_mismatch"),
        ({"texte": "Un texte."}, "missing"),
        ({"text": 42}, "string_type"),
        ({"text": "Un texte.", "lang": "es"}, "literal_error"),
        ({"text": "Un texte.", "langue": "fr"}, "extra_forbidden"),
    ],
)
def test_api_extract_refuses_malformed_bodies(
    coded: TestClient, body: dict[str, Any], complaint: str
) -> None:
    response = coded.post("/api/extract", json=body)
    assert response.status_code == 422
    assert complaint in {error["type"] for error in response.json()["detail"]}


def test_api_extract_page_without_article_is_a_400_with_the_pipeline_code(
    coded: TestClient,
) -> None:
    response = coded.post("/api/extract", json={"html": "<html><body></body></html>"})
    assert response.status_code == 400
    assert response.json()["code"] in {"E010", "E011"}
    assert response.json()["detail"].startswith(f"[{response.json()['code']}]")


def test_api_extract_refuses_a_body_over_the_limit_unread(events_db: Path) -> None:
    client = TestClient(create_app(events_db, max_body_bytes=1000))
    response = client.post("/api/extract", json={"text": "Des combats. " * 100})
    assert response.status_code == 413
    assert response.json()["code"] == "E024"
    assert "1,000 bytes" in response.json()["detail"]


def test_api_extract_refuses_a_chunked_body_once_past_the_limit(events_db: Path) -> None:
    """Without a Content-Length the body is counted as it comes."""
    client = TestClient(create_app(events_db, max_body_bytes=1000))

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"Des combats ont eu lieu. "
        yield b'"}'

    response = client.post(
        "/api/extract", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["code"] == "E024"


def test_api_root_serves_the_page_or_a_placeholder(coded: TestClient) -> None:
    response = coded.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    index = STATIC / "index.html"
    if index.is_file():
        assert response.text == index.read_text(encoding="utf-8")
    else:
        assert "/api/events" in response.text


def test_api_static_serves_package_files_only(coded: TestClient) -> None:
    files = (
        sorted(path for path in STATIC.glob("*.js") if path.is_file()) if STATIC.is_dir() else []
    )
    if files:
        response = coded.get(f"/static/{files[0].name}")
        assert response.status_code == 200
        assert response.content == files[0].read_bytes()
    assert coded.get("/static/../api.py").status_code == 404
    assert coded.get("/static/no-such-file.js").status_code == 404


def test_api_docs_work_offline(coded: TestClient) -> None:
    page = coded.get("/docs")
    assert page.status_code == 200
    assert "/docs/assets/swagger-ui-bundle.js" in page.text
    assert "http" not in page.text.split("<body>")[1].split("</body>")[0]
    assert coded.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
    spec = coded.get("/openapi.json").json()
    assert {
        "/api/events",
        "/api/events.geojson",
        "/api/events/{event_id}",
        "/api/articles/{content_hash}",
        "/api/extract",
        "/api/health",
    } <= set(spec["paths"])
    geojson_errors = spec["paths"]["/api/events.geojson"]["get"]["responses"]["400"]["content"]
    assert list(geojson_errors) == ["application/json"]


@pytest.mark.parametrize(
    ("codes", "field"),
    [(AcledType, "acled_type"), (PloverType, "plover_type"), (Status, "status")],
)
def test_api_filter_codes_are_the_event_schemas(codes: object, field: str) -> None:
    schema = json.loads((ROOT / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    assert list(get_args(codes)) == schema["properties"][field]["enum"]
