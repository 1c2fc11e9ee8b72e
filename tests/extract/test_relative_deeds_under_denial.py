"""A deed told in a relative clause with its own subject, on the object of a denial ("denied
backing the M23, which seized Goma"), is told as done by the report: only the backing is
denied. A deed in the clause of a charge the denial answers ("les informations selon
lesquelles ses soldats auraient tué") stays denied. Sentences are our own."""

from __future__ import annotations

import pytest

from coding import coded, events_of

TOLD_AS_DONE = [
    (
        "Rwanda has repeatedly denied backing the M23 rebels, who seized Goma in January.",
        "GRP.M23",
    ),
    (
        "Le Rwanda a toujours nié soutenir les rebelles du M23, qui ont pris Goma en janvier.",
        "GRP.M23",
    ),
    ("Kigali denies arming the M23 rebels, who captured Bukavu in February.", "GRP.M23"),
    (
        "L'Ouganda a démenti avoir armé les ADF, qui ont tué 40 civils à Beni la semaine dernière.",
        "GRP.ADF",
    ),
    ("The UAE denies supplying weapons to the RSF, which seized El Fasher in October.", "GRP.RSF"),
]


@pytest.mark.parametrize(("text", "doer"), TOLD_AS_DONE)
def test_a_relative_deed_under_a_denial_is_realised(text: str, doer: str) -> None:
    events = events_of(text)
    assert any(
        e.plover_type == "ASSAULT"
        and e.status == "realised"
        and e.actor1 is not None
        and e.actor1.canonical_id == doer
        for e in events
    ), coded(text)
    assert any(e.plover_type in ("SUPPORT", "AID") and e.status == "denied" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "L'armée malienne a démenti les informations selon lesquelles ses soldats auraient "
        "tué des civils à Moura.",
        "The Ethiopian army denied claims that its soldiers had killed civilians in Axum.",
    ],
)
def test_a_deed_in_the_charge_denied_stays_denied(text: str) -> None:
    statuses = {e.status for e in events_of(text) if e.plover_type == "ASSAULT"}
    assert statuses == {"denied"}, coded(text)
