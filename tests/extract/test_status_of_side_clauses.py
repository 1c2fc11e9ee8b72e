"""A clause beside the one that asks, plans or denies keeps a status of its own: "called
on the Council to designate the RSF …, while the RSF rejected the accusations" tells a
rejection done; "would not withdraw, rejecting Egypt's demand" a rejection done, the
negation being the withdrawal's. Sentences are our own, modelled on wire reports."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params


def _status_of(text: str, plover: str) -> str | None:
    return next((e.status for e in events_of(text) if e.plover_type == plover), None)


# (sentence, PLOVER type of the side clause's deed, its status)
SIDE_CLAUSES = [
    (
        "KHARTOUM - Port Sudan asked the UN Security Council to list the RSF as a terrorist "
        "group, while the paramilitaries rejected the accusations.",
        "REJECT",
        "realised",
    ),
    (
        "Washington urged the Security Council to sanction Hezbollah, while the group "
        "rejected the charges.",
        "REJECT",
        "realised",
    ),
    (
        "Kinshasa a demandé au Conseil de sécurité de sanctionner le Rwanda, tandis que "
        "Kigali a rejeté ces accusations.",
        "REJECT",
        "realised",
    ),
    (
        "Russia said it would not attend the talks in Geneva, rejecting Ukraine's proposal.",
        "REJECT",
        "realised",
    ),
    (
        "Le président Tebboune a affirmé que l'Algérie ne rappellerait pas son ambassadeur, "
        "rejetant la demande de Rabat.",
        "REJECT",
        "realised",
    ),
    (
        "Israel's prime minister said the army would not leave the border strip, rejecting "
        "Cairo's demand.",
        "REJECT",
        "realised",
    ),
    # Unchanged: the asking clause keeps its own status.
    (
        "Kinshasa a demandé au Conseil de sécurité de sanctionner le Rwanda, tandis que "
        "Kigali a rejeté ces accusations.",
        "SANCTION",
        "requested",
    ),
    (
        "Russia said it would not attend the talks in Geneva, rejecting Ukraine's proposal.",
        "CONSULT",
        "negated",
    ),
    # A condition leaves the clause undone.
    (
        "Kyiv called on Moscow to release the prisoners if Russia rejected the deal.",
        "REJECT",
        "requested",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "plover", "status"), probe_params(SIDE_CLAUSES, MISSED))
def test_side_clause_keeps_its_own_status(text: str, plover: str, status: str) -> None:
    assert _status_of(text, plover) == status, coded(text)


# Two acts of coercion joined by "and"/"et": each is an event of its own.
CONJUNCT_ACTS = [
    (
        "Les autorités burkinabè ont suspendu la diffusion de RFI pour un mois et expulsé "
        "deux journalistes français.",
        2,
    ),
    (
        "Malian authorities suspended the broadcasts of France 24 and expelled two French "
        "reporters.",
        2,
    ),
    # Unchanged: an arrest beside a suspension is already a sub-type of its own.
    (
        "Les autorités burkinabè ont suspendu la diffusion de RFI et arrêté trois journalistes.",
        2,
    ),
]

MISSED_ACTS: dict[str, str] = {
    CONJUNCT_ACTS[0][0]: "one sentence: _one_per_type_and_place merges the expulsion into "
    "the suspension (split by mode in a sentence, dev3 actor1 fell 0.003)",
    CONJUNCT_ACTS[1][0]: "one sentence: _one_per_type_and_place merges the expulsion into "
    "the suspension (split by mode in a sentence, dev3 actor1 fell 0.003)",
}


@pytest.mark.parametrize(("text", "count"), probe_params(CONJUNCT_ACTS, MISSED_ACTS))
def test_conjunct_acts_of_coercion_are_two_events(text: str, count: int) -> None:
    coercions = [e for e in events_of(text) if e.plover_type == "COERCE"]
    assert len(coercions) == count, coded(text)
