"""Short French and English wire reports, written for these tests, and the shards made of them.

Every report differs (town, toll, weekday, source), so each has its own content hash and a
shard of N reports holds N articles.
"""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FR_TOWNS = [
    ("Gao", "Mali", "l'armée malienne"),
    ("Mopti", "Mali", "des élus locaux"),
    ("Idleb", "Syrie", "l'Observatoire syrien des droits de l'homme"),
    ("Mossoul", "Irak", "la police irakienne"),
    ("Maiduguri", "Nigeria", "des sources sécuritaires"),
]
EN_TOWNS = [
    ("Kidal", "Mali", "the Malian army"),
    ("Aleppo", "Syria", "a local council"),
    ("Mosul", "Iraq", "Iraqi police"),
    ("Maiduguri", "Nigeria", "security sources"),
    ("Mogadishu", "Somalia", "the Somali police"),
]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def french_report(number: int) -> str:
    town, country, source = FR_TOWNS[number % len(FR_TOWNS)]
    day = FR_DAYS[number // len(FR_TOWNS) % len(FR_DAYS)]
    toll = 3 + number
    return (
        f"Au moins {toll} civils ont été tués {day} dans l'explosion d'une voiture piégée "
        f"sur un marché de {town}, au {country}, selon {source}.\n\n"
        f"L'attaque n'a pas été revendiquée. Des renforts ont été envoyés vers {town} "
        f"et un couvre-feu a été décrété jusqu'à nouvel ordre (dépêche {number})."
    )


def english_report(number: int) -> str:
    town, country, source = EN_TOWNS[number % len(EN_TOWNS)]
    day = EN_DAYS[number // len(EN_TOWNS) % len(EN_DAYS)]
    toll = 2 + number
    return (
        f"Gunmen killed {toll} villagers near {town}, {country}, on {day}, {source} said.\n\n"
        f"No group claimed the attack. Troops were sent to the area and a curfew was "
        f"imposed on the town, officials added (wire {number})."
    )


def report(number: int) -> str:
    """Report ``number``: French for even numbers, English for odd ones."""
    return french_report(number) if number % 2 == 0 else english_report(number)


def write_jsonl(path: Path, numbers: range, *, broken: bool = False) -> Path:
    """A JSON Lines shard of the reports ``numbers``; ``broken`` adds a line that is not
    JSON and a record without text, which every run must skip and report."""
    lines = [
        json.dumps({"id": f"wire-{number}", "text": report(number)}, ensure_ascii=False)
        for number in numbers
    ]
    if broken:
        lines += ['{"id": "cut", "text": "Trois morts à', '{"id": "no-body", "title": "Brève"}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_warc(path: Path, numbers: range) -> Path:
    """A WARC crawl: one HTML response per report in ``numbers``, then an image that a
    run passes over as not an article."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False, warc_version="1.0")
        for number in numbers:
            paragraphs = "".join(f"<p>{part}</p>" for part in report(number).split("\n\n"))
            article = f"<article><h1>Dépêche {number}</h1>{paragraphs}</article>"
            html = f"<html><body>{article}</body></html>"
            _response(writer, f"https://wire.example.org/{number}", "text/html", html.encode())
        _response(writer, "https://wire.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n")
    return path


def _response(writer: WARCWriter, url: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        url, "response", payload=BytesIO(body), length=len(body), http_headers=headers
    )
    writer.write_record(record)
