"""Regenerate the test resources that are not plain UTF-8 text.

Encoded pages (Windows-1252, ISO-8859-1, mojibake), WARC files and the binary
blob are easy to damage by hand in an editor, so they are written from here.
Run ``python scripts/make_test_resources.py``; the output is deterministic
(fixed WARC dates and record ids, gzip mtime 0, no randomness).
"""

from __future__ import annotations

import hashlib
import struct
import uuid
import zlib
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent.parent / "tests" / "resources"
ID_NAMESPACE = uuid.UUID("0b7d3c1e-8a61-4f3c-9a0e-5d2b6f4e7c21")
# Typographic apostrophe, kept out of the literals below so linters do not flag it;
# in cp1252 it is byte 0x92, which ISO-8859-1 maps to a control character.
RSQUO = "\u2019"

CP1252_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="windows-1252">
<title>Mali : des dizaines de milliers de manifestants à Bamako contre le président Keïta</title>
</head>
<body>
<article>
<h1>Mali : des dizaines de milliers de manifestants à Bamako contre le président Keïta</h1>
<p>Des dizaines de milliers de personnes se sont rassemblées vendredi 5 juin 2020 place de
l'Indépendance, à Bamako, pour réclamer la démission du président Ibrahim Boubacar Keïta, a
constaté un correspondant.</p>
<p>L'appel avait été lancé par une coalition d'opposants, de religieux et de membres de la
société civile réunis autour de l'imam Mahmoud Dicko. « Nous voulons un changement, pas des
promesses… », a déclaré un manifestant, un enseignant de 34 ans.</p>
<p>La manifestation s'est dispersée dans le calme en fin d'après-midi, selon la police, qui
n'a fait état d'aucun blessé. Les protestataires dénoncent la dégradation de la sécurité dans
le centre du pays, la corruption et l'œuvre inachevée de l'accord de paix d'Alger.</p>
</article>
</body>
</html>
""".replace("'", RSQUO)

LATIN1_TEXT = """Niger : deux morts et 468 interpellations après les violences post-électorales
Les manifestants ont été dispersés à Niamey à coups de gaz lacrymogène mercredi soir.
Selon le ministre de l'Intérieur, Alkache Alhada, deux personnes ont été tuées.
Les heurts ont éclaté après l'annonce de la victoire de Mohamed Bazoum à la présidentielle.
Le candidat de l'opposition, Mahamane Ousmane, a contesté ces résultats provisoires.
Des pneus ont été incendiés et des commerces pillés dans plusieurs quartiers de la capitale.
L'accès à l'internet mobile a été coupé depuis mercredi, a indiqué un opérateur téléphonique.
"""

MOJIBAKE_SOURCE = """Deuxième journée de heurts à Dakar après l'arrestation d'Ousmane Sonko

Des affrontements ont de nouveau opposé jeudi des jeunes manifestants aux forces de l'ordre à \
Dakar, au lendemain de l'arrestation de l'opposant Ousmane Sonko, a-t-on appris de sources \
concordantes. Un manifestant a été tué à Bignona, dans le sud du pays, selon des élus locaux.

Des magasins ont été pillés et des véhicules incendiés dans plusieurs quartiers de la capitale. \
Le gouvernement a dénoncé des « actes de nature terroriste » et a suspendu le signal de deux \
chaînes de télévision privées, accusées d'avoir été complaisantes envers les émeutiers.
""".replace("'", RSQUO)

ONE_PAGE_URL = "https://example-news.org/africa/2022/06/13/drc-m23-bunagana"
ONE_PAGE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>M23 rebels seize Congo border town of Bunagana</title>
</head>
<body>
<article>
<h1>M23 rebels seize Congo border town of Bunagana</h1>
<p>GOMA, June 13 (Dateline News) - M23 rebels captured the town of Bunagana in eastern
Democratic Republic of Congo on Monday after heavy fighting with the army, local officials
said, forcing thousands of civilians to flee across the border into Uganda.</p>
<p>Ugandan military spokesman Felix Kulayigye said 137 Congolese soldiers and 37 police
officers had crossed into Uganda and been disarmed. Congo's army accused Rwanda of backing
the rebels, a charge Kigali denies.</p>
</article>
</body>
</html>
"""


def record_id(name: str) -> str:
    """Return a stable ``<urn:uuid:...>`` record id."""
    return f"<urn:uuid:{uuid.uuid5(ID_NAMESPACE, name)}>"


def write_one_page_warc(stream: BinaryIO, *, gzip: bool) -> list[int]:
    """Write a warcinfo record and one HTML response record to ``stream``.

    Returns:
        The stream offset at which each record starts, then the final offset.
    """
    writer = WARCWriter(stream, gzip=gzip, warc_version="1.0")
    offsets = [stream.tell()]
    info = b"software: dateline scripts/make_test_resources.py\r\nformat: WARC 1.0\r\n"
    writer.write_record(
        writer.create_warc_record(
            "",
            "warcinfo",
            payload=BytesIO(info),
            length=len(info),
            warc_headers_dict={
                "WARC-Record-ID": record_id("warcinfo"),
                "WARC-Date": "2022-06-13T18:00:00Z",
            },
        )
    )
    offsets.append(stream.tell())
    body = ONE_PAGE_HTML.encode("utf-8")
    headers = StatusAndHeaders(
        "200 OK",
        [
            ("Date", "Mon, 13 Jun 2022 18:00:01 GMT"),
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
        ],
        protocol="HTTP/1.1",
    )
    writer.write_record(
        writer.create_warc_record(
            ONE_PAGE_URL,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=headers,
            warc_headers_dict={
                "WARC-Record-ID": record_id("response " + ONE_PAGE_URL),
                "WARC-Date": "2022-06-13T18:00:01Z",
            },
        )
    )
    offsets.append(stream.tell())
    return offsets


def truncated_warc_gz() -> bytes:
    """Return a gzipped one-page WARC cut halfway through its second gzip member."""
    buffer = BytesIO()
    _, second_start, end = write_one_page_warc(buffer, gzip=True)
    cut = second_start + (end - second_start) // 2
    return buffer.getvalue()[:cut]


def binary_blob(size: int = 512) -> bytes:
    """Return ``size`` bytes that look like a PNG: signature, IHDR chunk, then noise with NULs."""
    ihdr = struct.pack(">IIBBBBB", 16, 16, 8, 6, 0, 0, 0)
    head = (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + b"IHDR"
        + ihdr
        + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    )
    noise = bytearray()
    counter = 0
    while len(head) + len(noise) < size:
        noise += hashlib.sha256(counter.to_bytes(4, "big")).digest()
        noise += b"\x00" * 8  # make sure NUL bytes are present throughout
        counter += 1
    return (head + bytes(noise))[:size]


def main() -> None:
    """Write every generated resource next to this script."""
    (HERE / "fr-cp1252.html").write_bytes(CP1252_HTML.encode("cp1252"))
    (HERE / "fr-latin1-nodecl.txt").write_bytes(LATIN1_TEXT.encode("iso-8859-1"))
    mojibake = MOJIBAKE_SOURCE.encode("utf-8").decode("cp1252", errors="replace")
    (HERE / "fr-mojibake.txt").write_bytes(mojibake.encode("utf-8"))
    with (HERE / "one-page.warc").open("wb") as stream:
        write_one_page_warc(stream, gzip=False)
    (HERE / "one-page-truncated.warc.gz").write_bytes(truncated_warc_gz())
    (HERE / "binary.bin").write_bytes(binary_blob())
    print(f"wrote generated resources in {HERE}")


if __name__ == "__main__":
    main()
