"""A state of exception declared or extended is coercion, as a state of emergency is ("a
prolongé l'état d'exception dans sept provinces"); naming a group a foreign terrorist
organisation is a sanction ("designated the gang as a foreign terrorist organization").
Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, probe_params

ROWS = [
    (
        "Le président Daniel Noboa a prolongé mardi l'état d'exception dans sept provinces de "
        "l'Équateur.",
        "COERCE",
        "ECU.GOV",
    ),
    ("Le gouvernement équatorien a décrété l'état d'exception à Guayaquil.", "COERCE", "ECU.GOV"),
    (
        "The State Department designated the gang as a foreign terrorist organization on Thursday.",
        "SANCTION",
        "USA.MFA",
    ),
    (
        "The United States designated the Los Choneros and Los Lobos gangs as foreign terrorist "
        "organisations on Thursday.",
        "SANCTION",
        "USA",
    ),
]

MISSED = {
    ROWS[3][0]: "two gangs named between the verb and 'as' put the phrase's last words out of "
    "its reach",
}


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(ROWS, MISSED))
def test_measure_is_coded_with_its_doer(text: str, plover: str, doer: str) -> None:
    assert doer_of(text, plover) == doer, coded(text)
