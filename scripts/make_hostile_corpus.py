"""Write a corpus of hostile inputs for ingestion: damaged, huge, binary and malformed files.

Every file is generated (nothing large is stored in the repository) and the output is
deterministic: a seeded random generator, fixed WARC dates and ids, gzip mtime 0. Good
records are mixed in, so a test can check that nothing good is lost beside the bad ones.

Usage::

    python scripts/make_hostile_corpus.py OUT_DIR [--large] [--seed N]

Next to the files, ``.manifest.json`` (hidden, so ingesting the directory skips it) says
what each file must give: how many articles are stored and the codes of the records skipped.
``--large`` adds the 50 MB HTML page, which tests build once per session.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import struct
import uuid
import zlib
from dataclasses import asdict, dataclass
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SEED = 7
MANIFEST = ".manifest.json"
LARGE_PAGE = "huge-page.html"
ID_NAMESPACE = uuid.UUID("6f1e9d2a-40c3-4b8e-9f57-1c2d3e4f5a6b")

# Distinct good reports: each must be stored, whatever damage sits beside it.
GOOD_EN = (
    "Gunmen attacked a police checkpoint near Kirkuk on Tuesday, killing two officers and "
    "wounding three others, a provincial security official said. The attackers fled toward "
    "the Hamrin mountains after the clash, according to the official."
)
GOOD_FR = (
    "Des hommes armés ont attaqué mercredi un poste de gendarmerie près de Ménaka, dans le "
    "nord-est du Mali, tuant trois gendarmes, a indiqué l'armée dans un communiqué. Les "
    "assaillants ont pris la fuite vers la frontière nigérienne."
)
GOOD_JSONL = (
    (
        "hostile-good-1",
        "Protesters gathered outside the parliament in Nairobi on Thursday to denounce a new "
        "finance bill, and police fired tear gas to disperse them, witnesses said.",
    ),
    (
        "hostile-good-2",
        "Un drone a frappé jeudi un dépôt de carburant à Soumy, dans le nord-est de "
        "l'Ukraine, provoquant un vaste incendie, selon les autorités régionales.",
    ),
    (
        "hostile-good-3",
        "Troops clashed with militants in the Swat valley on Friday, the army said in a "
        "statement, adding that four soldiers were wounded in the fighting.",
    ),
)
GOOD_FEED_ITEM = (
    "Rebels shelled the town of Bunagana on Monday, forcing hundreds of families to flee "
    "across the border into Uganda, local officials said."
)
GOOD_WARC_PAGES = (
    (
        "https://example-news.org/hostile/warc-1",
        "Security forces arrested twelve people in Peshawar on Saturday after a bomb "
        "exploded near a crowded market, killing five people, police said.",
    ),
    (
        "https://example-news.org/hostile/warc-2",
        "Fighting between two armed groups in the Ituri province on Sunday left at least "
        "nine people dead, a local civil society leader told reporters.",
    ),
)
# Feeds: which good entries each well-formed part holds.
UNCLOSED_RSS_ITEM = (
    "Heavy shelling hit the outskirts of Kharkiv overnight, damaging a power station and "
    "leaving thousands without electricity, the regional governor said."
)


@dataclass(frozen=True, slots=True)
class Expected:
    """What ingesting one file must give: articles stored and codes skipped, in order."""

    stored: int
    skipped: tuple[str, ...] = ()


def record_id(name: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(ID_NAMESPACE, name)}>"


def page_html(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{body}</p></article></body></html>"
    )


def random_bytes(rng: random.Random, size: int) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(size))


def png_bytes(rng: random.Random) -> bytes:
    """A PNG signature and IHDR chunk, then noise: what a crawler saves for an image."""
    ihdr = struct.pack(">IIBBBBB", 16, 16, 8, 6, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    head = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + crc
    return head + random_bytes(rng, 2048)


def invalid_utf8() -> bytes:
    """UTF-8 prose with stray continuation bytes, an overlong form and a cut sequence."""
    text = (
        "Des frappes aériennes ont visé mardi des positions rebelles près d'Idleb, faisant "
        "au moins six morts, selon l'Observatoire syrien des droits de l'homme. Les secours "
        "ont évacué les blessés vers l'hôpital de Bab al-Hawa, près de la frontière turque."
    )
    data = text.encode("utf-8")
    return data[:40] + b"\x80\xbf" + data[40:90] + b"\xc0\xaf" + data[90:] + b" \xe2\x82"


def mixed_encodings() -> bytes:
    """cp1252 lines and UTF-8 lines in one file, as pasted together from two sources."""
    lines = [
        ("Les forces armées ont repoussé jeudi une attaque près de Tombouctou.", "cp1252"),
        ("Selon un élu local, les assaillants étaient arrivés à moto à l'aube.", "utf-8"),
        ("Le ministère de la Défense a précisé que deux soldats ont été blessés.", "cp1252"),
        ("Des renforts sont arrivés vendredi matin, a ajouté l'état-major.", "utf-8"),
    ]
    return b"\n\n".join(line.encode(encoding) for line, encoding in lines) + b"\n"


def utf16_without_bom() -> bytes:
    text = (
        "Militants stormed a hotel in Mogadishu on Friday, killing at least eight people "
        "before security forces ended the siege, police said on Saturday.\n"
    )
    return text.encode("utf-16-le")


def html_bomb(depth: int = 100_000) -> bytes:
    """Tags nested ``depth`` deep, with a real paragraph before and inside the nest."""
    head = (
        "<!DOCTYPE html><html><head><title>Nested page</title></head><body>"
        f"<article><p>{GOOD_FR.replace('Ménaka', 'Gao')}</p></article>"
    )
    return (head + "<div>" * depth + "deep text" + "</div>" * depth + "</body></html>").encode()


_PROSE = (
    "the officials said that forces moved along the river while residents waited "
    "for news from the capital and aid convoys reached the northern districts"
)


def one_line_page(rng: random.Random, length: int = 100_000) -> bytes:
    """A page that is a single line of prose ``length`` characters long, no line break."""
    words = [*_PROSE.split()]
    parts: list[str] = []
    size = 0
    while size < length:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
        sentence = sentence[0].upper() + sentence[1:] + "."
        parts.append(sentence)
        size += len(sentence) + 1
    return " ".join(parts)[:length].encode("ascii")


def text_gz(text: str) -> bytes:
    buffer = BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as stream:
        stream.write(text.encode("utf-8"))
    return buffer.getvalue()


def write_warc(stream: BinaryIO, pages: tuple[tuple[str, str], ...], *, gzip: bool) -> list[int]:
    """One HTML response record per page; returns each record's start, then the end."""
    writer = WARCWriter(stream, gzip=gzip, warc_version="1.0")
    offsets = [stream.tell()]
    for url, body in pages:
        payload = page_html(url.rsplit("/", 1)[-1], body).encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(payload)))],
            protocol="HTTP/1.1",
        )
        writer.write_record(
            writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(payload),
                length=len(payload),
                http_headers=headers,
                warc_headers_dict={
                    "WARC-Record-ID": record_id(url),
                    "WARC-Date": "2023-05-01T12:00:00Z",
                },
            )
        )
        offsets.append(stream.tell())
    return offsets


def truncated_warc_gz() -> bytes:
    """Two good pages, then a third cut halfway through its gzip member."""
    buffer = BytesIO()
    third = ("https://example-news.org/hostile/warc-cut", GOOD_EN)
    offsets = write_warc(buffer, (*GOOD_WARC_PAGES, third), gzip=True)
    cut = offsets[2] + (offsets[3] - offsets[2]) // 2
    return buffer.getvalue()[:cut]


def corrupt_header_warc() -> bytes:
    """A good page, then a record whose header block is garbage, then another page."""
    first = BytesIO()
    write_warc(first, (("https://example-news.org/hostile/before-corrupt", GOOD_FR),), gzip=False)
    last = BytesIO()
    write_warc(last, (("https://example-news.org/hostile/after-corrupt", GOOD_EN),), gzip=False)
    corrupt = (
        b"WARC/1.0\r\nWARC-Type response\r\nContent-Length: not-a-number\r\n"
        b"\x00\x01garbage header line\r\n\r\nbody of the corrupt record\r\n\r\n"
    )
    return first.getvalue() + corrupt + last.getvalue()


def rss(items: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        "<title>Hostile feed</title><link>https://example-news.org/</link>"
        f"<description>Test feed</description>{items}</channel></rss>\n"
    )


def rss_item(number: int, body: str) -> str:
    return (
        f"<item><title>Item {number}</title>"
        f"<link>https://example-news.org/hostile/feed-{number}</link>"
        f"<guid>https://example-news.org/hostile/feed-{number}</guid>"
        f"<pubDate>Mon, 13 Jun 2022 08:00:00 GMT</pubDate>"
        f"<description>{body}</description></item>"
    )


def unclosed_rss() -> str:
    """A feed whose second item and channel are never closed, as a cut download leaves it."""
    return rss(rss_item(1, UNCLOSED_RSS_ITEM)).split("</channel>")[0] + (
        "<item><title>Item 2</title><description>Cut short"
    )


def billion_laughs() -> str:
    """An RSS feed whose item holds an entity that would expand to 10^9 "lol"s.

    The parser must refuse to expand it: the item is kept with the reference unexpanded
    and the feed reported as malformed.
    """
    entities = ['<!ENTITY lol "lol">']
    entities += [f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10}">' for n in range(1, 10)]
    entities[1] = '<!ENTITY lol1 "' + "&lol;" * 10 + '">'
    doctype = "<!DOCTYPE rss [\n" + "\n".join(entities) + "\n]>"
    feed = rss(rss_item(1, GOOD_FR.replace("Ménaka", "Kidal").replace("a indiqué", "&lol9; a dit")))
    return feed.replace("?>\n", "?>\n" + doctype + "\n", 1)


def malformed_jsonl() -> str:
    good = [json.dumps({"id": rid, "text": text}, ensure_ascii=False) for rid, text in GOOD_JSONL]
    lines = [
        good[0],
        '{"id": "cut", "text": "a line cut in the middle',
        '["an", "array", "not", "an", "object"]',
        '{"id": "no-text", "title": "A record without a body"}',
        good[1],
        '{"id": "number-text", "text": 42}',
        '"just a string"',
        "null",
        "{not json at all}",
        good[2],
    ]
    return "\n".join(lines) + "\n"


def big_field_jsonl(rng: random.Random, size: int = 10_000_000) -> str:
    """A record whose text is ``size`` characters, between two good records."""
    alphabet = "abcdefghij klmnopqrst uvwxyz. "
    chunk = "".join(rng.choice(alphabet) for _ in range(10_000))
    big = (chunk * (size // len(chunk) + 1))[:size]
    first, second = (
        {"id": "big-before", "text": GOOD_FEED_ITEM.replace("Monday", "Tuesday")},
        {"id": "big-after", "text": GOOD_EN.replace("Tuesday", "Wednesday")},
    )
    lines = [json.dumps(first), json.dumps({"id": "big-10mb", "text": big}), json.dumps(second)]
    return "\n".join(lines) + "\n"


def nul_bytes() -> bytes:
    """Prose with NUL bytes inside words, as a broken export writes it."""
    text = (
        "A car bomb exploded near a checkpoint in Mogadishu on Sunday, killing four "
        "soldiers, a police officer said. Al Shabaab claimed the attack in a statement."
    )
    data = text.encode("ascii")
    return data[:30] + b"\x00" + data[30:80] + b"\x00\x00" + data[80:] + b"\n"


def large_page(size: int = 50 * 1024 * 1024) -> bytes:
    """An HTML page of ``size`` bytes: a real article, then paragraphs of filler."""
    head = page_html("Huge page", GOOD_EN.replace("Kirkuk", "Mosul")).split("</article>")[0]
    filler = (
        "<div class='comment'><p>Reader comment number {n}: the situation remains tense "
        "and more information is expected later today.</p></div>\n"
    )
    parts = [head.encode()]
    total = len(parts[0])
    number = 0
    while total < size:
        part = filler.format(n=number).encode()
        parts.append(part)
        total += len(part)
        number += 1
    tail = b"</article></body></html>"
    return (b"".join(parts) + tail)[: size - len(tail)] + tail


def corpus(seed: int = SEED) -> dict[str, tuple[bytes, Expected]]:
    """Every small file of the corpus, with what ingesting it must give."""
    rng = random.Random(seed)
    return {
        "good-report.txt": (
            f"Checkpoint attack near Kirkuk\n\n{GOOD_EN}\n".encode(),
            Expected(stored=1),
        ),
        "good-page.html": (
            page_html("Attaque à Ménaka", GOOD_FR).encode("utf-8"),
            Expected(stored=1),
        ),
        "good-feed.rss": (rss(rss_item(1, GOOD_FEED_ITEM)).encode(), Expected(stored=1)),
        "binary-random.dat": (random_bytes(rng, 4096), Expected(0, ("E002",))),
        "image.png": (png_bytes(rng), Expected(0, ("E002",))),
        "invalid-utf8.txt": (invalid_utf8(), Expected(stored=1)),
        "mixed-encodings.txt": (mixed_encodings(), Expected(stored=1)),
        "utf16-no-bom.txt": (utf16_without_bom(), Expected(stored=1)),
        "html-bomb.html": (html_bomb(), Expected(stored=1)),
        "one-line.txt": (one_line_page(rng), Expected(stored=1)),
        "empty.txt": (b"", Expected(0, ("E001",))),
        "whitespace.txt": (b" \n\t\r\n   \n\n", Expected(0, ("E001",))),
        "truncated.txt.gz": (text_gz(GOOD_EN * 50)[:300], Expected(0, ("E002",))),
        "truncated.warc.gz": (truncated_warc_gz(), Expected(2, ("E009",))),
        "corrupt-header.warc": (corrupt_header_warc(), Expected(2, ("E019",))),
        "unclosed.rss": (unclosed_rss().encode(), Expected(1, ("E007", "E008"))),
        "billion-laughs.rss": (billion_laughs().encode(), Expected(1, ("E008",))),
        "malformed.jsonl": (
            malformed_jsonl().encode(),
            Expected(3, ("E005", "E006", "E007", "E013", "E006", "E006", "E005")),
        ),
        "big-field.jsonl": (big_field_jsonl(rng).encode(), Expected(2, ("E018",))),
        "nul-bytes.txt": (nul_bytes(), Expected(stored=1)),
    }


def write_corpus(directory: Path, *, seed: int = SEED) -> dict[str, Expected]:
    """Write the small files and the manifest into ``directory``; return the expectations."""
    directory.mkdir(parents=True, exist_ok=True)
    expected = {}
    for name, (data, outcome) in corpus(seed).items():
        (directory / name).write_bytes(data)
        expected[name] = outcome
    manifest = {name: asdict(outcome) for name, outcome in expected.items()}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return expected


def write_large_page(directory: Path) -> Expected:
    """Write the 50 MB page: too large to be an article, it must be refused, and fast."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / LARGE_PAGE).write_bytes(large_page())
    return Expected(0, ("E018",))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="where to write the corpus")
    parser.add_argument("--seed", type=int, default=SEED, help="random seed (default: %(default)s)")
    parser.add_argument("--large", action="store_true", help="also write the 50 MB HTML page")
    args = parser.parse_args()
    expected = write_corpus(args.directory, seed=args.seed)
    if args.large:
        expected[LARGE_PAGE] = write_large_page(args.directory)
    print(f"{len(expected)} files written to {args.directory}")


if __name__ == "__main__":
    main()
