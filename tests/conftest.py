"""Shared fixtures: the bundled resources, the examples and (when present) the shared seed page."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from dateline.cli.ingest import ingest
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
RESOURCES = Path(__file__).resolve().parent / "resources"
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "corpus" / "seed-fr-almanar.txt"


@pytest.fixture
def resources() -> Path:
    return RESOURCES


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


@pytest.fixture
def seed_page() -> Path:
    """The real scraped Al-Manar page; tests using it skip where ../shared is absent."""
    if not SEED.is_file():
        pytest.skip("shared seed page not available beside this checkout")
    return SEED


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding everything under ``examples/``, built once per test session."""
    path = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    with Store(path) as store:
        ingest([str(EXAMPLES)], store=store)
    return path


def _actor(canonical_id: str, name: str, kind: str, iso3: str | None) -> ActorMention:
    return ActorMention(name, 0, len(name), canonical_id, name, kind, iso3, "name", 0.9)


def _place(name: str, iso2: str, admin1: str, lat: float, lon: float) -> PlaceMention:
    return PlaceMention(
        name, 0, len(name), "place", name=name, lat=lat, lon=lon, admin1=admin1,
        country_iso2=iso2, feature="town", precision="town", geo_precision=1, confidence=1.0,
    )  # fmt: skip


def _event(event_id: str, **fields: object) -> Event:
    values: dict[str, object] = {
        "id": event_id,
        "article_id": "coded-report",
        "plover_type": "ASSAULT",
        "plover_mode": None,
        "acled_type": "Violence against civilians",
        "acled_subtype": "Attack",
        "status": "realised",
        "actor1": None,
        "actor2": None,
        "place": None,
        "date": EventDate(None, None, "unknown", "unknown", 0.0),
        "quantities": {"fatalities": None},
        "weapons": (),
        "claim_chain": (),
        "evidence": (Evidence("trigger", 0, 4, "tués"),),
        "confidence": 0.8,
        "extractor_version": "test",
    }
    values.update(fields)
    return Event(**values)  # type: ignore[arg-type]


@pytest.fixture
def coded_events() -> list[Event]:
    """Four hand-coded events covering the ACLED codes the exports compute.

    Mali: the army kills civilians on a known day. Syria: Russian aircraft strike the
    Islamic State some day in a known week. Sudan: police fire on protesters some day in a
    month. Nowhere: the UN Secretary-General plans a visit, with no place and no date.
    """
    return [
        _event(
            "mali-1",
            actor1=_actor("MLI.MIL", "Malian army", "military", "MLI"),
            target="CIVILIANS",
            place=_place("Mopti", "ML", "Mopti", 14.4843, -4.18296),
            date=EventDate(date(2019, 11, 1), date(2019, 11, 1), "day", "absolute", 0.9),
            quantities={"fatalities": 12},
            claim_chain=("MINUSMA", "AFP"),
            evidence=(
                Evidence("trigger", 30, 34, "tués"),
                Evidence("fatalities", 20, 34, "douze civils tués"),
            ),
        ),
        _event(
            "syria-1",
            acled_type="Explosions/Remote violence",
            acled_subtype="Air/drone strike",
            plover_mode="aerial",
            actor1=_actor("RUS.MIL.VKS", "Russian Aerospace Forces", "military", "RUS"),
            actor2=_actor("GRP.IS", "Islamic State", "armed_group", None),
            place=_place("Palmyra", "SY", "Homs", 34.56, 38.28),
            date=EventDate(date(2016, 3, 14), date(2016, 3, 20), "week", "dateline", 0.7),
            evidence=(Evidence("trigger", 0, 7, "strikes"), Evidence("weapons", 8, 16, "aircraft")),
        ),
        _event(
            "sudan-1",
            acled_type="Protests",
            acled_subtype="Excessive force against protesters",
            actor1=_actor("SDN.POL", "Sudanese police", "police", "SDN"),
            target="PROTESTERS",
            place=_place("Khartoum", "SD", "Khartoum", 15.55177, 32.53241),
            date=EventDate(date(2019, 6, 1), date(2019, 6, 30), "month", "absolute", 0.9),
            evidence=(Evidence("trigger", 0, 5, "fired"), Evidence("place", 9, 17, "Khartoum")),
        ),
        _event(
            "nowhere-1",
            plover_type="CONSULT",
            acled_type="Strategic developments",
            acled_subtype="Other",
            status="planned",
            actor1=_actor("PER.GUTERRES_ANTONIO", "Antonio Guterres", "person", "PRT"),
            evidence=(Evidence("trigger", 0, 5, "visit"), Evidence("actor1", 6, 14, "Guterres")),
        ),
    ]


@pytest.fixture
def events_db(tmp_path: Path, coded_events: list[Event]) -> Path:
    """A database holding ``coded_events``, from one article citing AFP and Reuters."""
    path = tmp_path / "coded.duckdb"
    article = Article.from_text("Un texte court.", id="coded-report", source="coded.txt", lang="fr")
    article = dataclasses.replace(article, cited_sources=("AFP", "Reuters"))
    with Store(path) as store:
        store.add_extraction(Extraction(article, events=tuple(coded_events)))
    return path
