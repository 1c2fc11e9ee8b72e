"""Build ``examples/ukraine-crawl.warc.gz``, the bundled WARC example.

The archive holds what a small crawl of two news pages would leave behind: one
``warcinfo`` record, a ``request``/``response`` pair per page (one English, one
French) and a ``response`` carrying a PNG image that the ingest stage must skip.

Every record gets a fixed ``WARC-Date`` and a ``WARC-Record-ID`` derived with
``uuid5`` from its URI and type, so ``python scripts/build_example_warc.py`` rewrites the
file byte for byte (zlib writes a zero gzip mtime, so compression is stable too).
"""

from __future__ import annotations

import struct
import uuid
import zlib
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUTPUT = Path(__file__).resolve().parent.parent / "examples" / "ukraine-crawl.warc.gz"
WARC_VERSION = "1.1"
# All record ids live under this namespace; uuid5 keeps them stable between runs.
ID_NAMESPACE = uuid.UUID("6f1c1d52-4b8e-4d0a-9a57-3c2f7b1e0d11")
USER_AGENT = "dateline-example-crawler/0.1 (+https://example-news.org/bot)"

KRAMATORSK_URL = "https://example-news.org/europe/2022/04/08/kramatorsk-station-missile-strike"
KRAMATORSK_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Missile strike on Kramatorsk railway station kills at least 50 | Example News</title>
<meta property="article:published_time" content="2022-04-08T16:10:00Z">
</head>
<body>
<nav><a href="/">Home</a> <a href="/europe">Europe</a> <a href="/world">World</a></nav>
<article>
<h1>Missile strike on Kramatorsk railway station kills at least 50, Ukraine says</h1>
<p>KYIV, April 8 (Dateline News) - A missile struck the railway station in Kramatorsk in
eastern Ukraine on Friday as thousands of civilians waited for trains to leave the Donetsk
region, killing at least 50 people, including five children, Ukrainian officials said.</p>
<p>Donetsk regional governor Pavlo Kyrylenko said 98 people had been wounded. Pictures from
the scene showed bodies lying beside luggage on the platform and the remains of a rocket
bearing the words "for the children" painted in Russian.</p>
<p>Ukrainian Railways said two rockets hit the station at about 10:30 a.m. local time.
Officials said the weapon was a Tochka-U ballistic missile carrying cluster munitions.</p>
<p>President Volodymyr Zelenskiy called the strike a deliberate attack on civilians. The
Russian Defence Ministry denied responsibility, saying its forces did not use that type of
missile.</p>
<p>Authorities had urged residents of eastern Ukraine to evacuate ahead of an expected
Russian offensive in the Donbas.</p>
</article>
<footer><p>&copy; 2022 Example News</p></footer>
</body>
</html>
"""

KYIV_URL = "https://exemple-info.fr/europe/ukraine-drones-shahed-kyiv-energie"
KYIV_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Ukraine : Kyiv frappée par des drones Shahed, les infrastructures énergétiques visées</title>
<meta property="article:published_time" content="2022-10-17T13:20:00+02:00">
</head>
<body>
<nav><a href="/">Accueil</a> <a href="/europe">Europe</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Kyiv frappée par des drones Shahed, les infrastructures énergétiques visées</h1>
<p>Des drones explosifs de fabrication iranienne Shahed-136 ont frappé lundi matin le centre
de Kyiv, tuant au moins quatre personnes dans un immeuble d'habitation du quartier de
Chevtchenkivsky, a annoncé le maire de la capitale, Vitali Klitschko.</p>
<p>Parmi les victimes figure un jeune couple, a précisé le maire. Une installation
énergétique a également été touchée, tout comme des infrastructures électriques dans les
régions de Soumy et de Dnipropetrovsk, selon les autorités régionales.</p>
<p>L'armée de l'air ukrainienne a affirmé avoir abattu 37 drones depuis dimanche soir, la
plupart dans le sud et le centre du pays.</p>
<p>Ces attaques surviennent une semaine après la vague de frappes de missiles russes du
10 octobre, qui avait fait au moins 19 morts et privé d'électricité des centaines de
localités. Le président Volodymyr Zelensky a accusé Moscou de vouloir « terroriser » la
population avant l'hiver.</p>
</article>
<footer><p>© 2022 Exemple Info</p></footer>
</body>
</html>
"""

PAGES: tuple[tuple[str, str, str, str], ...] = (
    # (url, html, request date, response date)
    (KRAMATORSK_URL, KRAMATORSK_HTML, "2022-04-08T17:02:11Z", "2022-04-08T17:02:12Z"),
    (KYIV_URL, KYIV_HTML, "2022-10-17T12:45:03Z", "2022-10-17T12:45:04Z"),
)
IMAGE_URL = "https://example-news.org/static/img/logo-1x1.png"
IMAGE_DATE = "2022-10-17T12:45:05Z"
WARCINFO_DATE = "2022-10-17T12:45:00Z"


def record_id(uri: str, record_type: str) -> str:
    """Return a stable ``<urn:uuid:...>`` id for a record."""
    return f"<urn:uuid:{uuid.uuid5(ID_NAMESPACE, f'{record_type} {uri}')}>"


def tiny_png() -> bytes:
    """Return a valid 1x1 grey PNG, built by hand so no imaging library is needed."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80", 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def http_response_headers(content_type: str, body: bytes, date: str) -> StatusAndHeaders:
    """Return the HTTP/1.1 ``200 OK`` headers stored in a response record."""
    return StatusAndHeaders(
        "200 OK",
        [
            ("Date", date),
            ("Server", "nginx"),
            ("Content-Type", content_type),
            ("Content-Length", str(len(body))),
            ("Connection", "close"),
        ],
        protocol="HTTP/1.1",
    )


def http_request_headers(url: str) -> StatusAndHeaders:
    """Return the ``GET`` request line and headers stored in a request record."""
    scheme_less = url.split("://", 1)[1]
    host, _, path = scheme_less.partition("/")
    return StatusAndHeaders(
        f"GET /{path} HTTP/1.1",
        [
            ("Host", host),
            ("User-Agent", USER_AGENT),
            ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
            ("Accept-Language", "en,fr;q=0.8"),
        ],
        is_http_request=True,
    )


def write_pair(writer: WARCWriter, url: str, html: str, request_date: str, date: str) -> None:
    """Write the request record and the response record for one HTML page."""
    request_id = record_id(url, "request")
    response_id = record_id(url, "response")
    request = writer.create_warc_record(
        url,
        "request",
        http_headers=http_request_headers(url),
        warc_headers_dict={
            "WARC-Record-ID": request_id,
            "WARC-Date": request_date,
            "WARC-Concurrent-To": response_id,
        },
    )
    writer.write_record(request)

    body = html.encode("utf-8")
    response = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http_response_headers("text/html; charset=utf-8", body, http_date(date)),
        warc_headers_dict={"WARC-Record-ID": response_id, "WARC-Date": date},
    )
    writer.write_record(response)


def http_date(warc_date: str) -> str:
    """Turn a WARC ISO date into the RFC 7231 form used in an HTTP ``Date`` header."""
    moment = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ")
    return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")


def build(stream: BinaryIO) -> None:
    """Write the whole example archive to ``stream``."""
    writer = WARCWriter(stream, gzip=True, warc_version=WARC_VERSION)
    info = (
        b"software: dateline scripts/build_example_warc.py (warcio)\r\n"
        b"format: WARC File Format 1.1\r\n"
        b"description: Two news pages about the war in Ukraine (EN, FR) and one image\r\n"
        b"isPartOf: dateline-examples\r\n"
    )
    warcinfo = writer.create_warc_record(
        "",
        "warcinfo",
        payload=BytesIO(info),
        length=len(info),
        warc_headers_dict={
            "WARC-Record-ID": record_id(OUTPUT.name, "warcinfo"),
            "WARC-Date": WARCINFO_DATE,
            "WARC-Filename": OUTPUT.name,
        },
    )
    writer.write_record(warcinfo)

    for url, html, request_date, date in PAGES:
        write_pair(writer, url, html, request_date, date)

    png = tiny_png()
    image = writer.create_warc_record(
        IMAGE_URL,
        "response",
        payload=BytesIO(png),
        length=len(png),
        http_headers=http_response_headers("image/png", png, http_date(IMAGE_DATE)),
        warc_headers_dict={
            "WARC-Record-ID": record_id(IMAGE_URL, "response"),
            "WARC-Date": IMAGE_DATE,
        },
    )
    writer.write_record(image)


def main() -> None:
    """Rewrite ``ukraine-crawl.warc.gz`` next to this script."""
    with OUTPUT.open("wb") as stream:
        build(stream)
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
