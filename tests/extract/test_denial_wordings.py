"""More wordings of a denial after the deed it disputes: responsibility rejected ("a rejeté
toute responsabilité", "rejected any responsibility"), the deed named under a phrase of
answering for it ("a démenti être à l'origine de la frappe", "denied it was behind the
strike"). As eval/README.md codes a denial, each gives the deed a second time, denied,
with the denier's side as doer (the id or one of its parents). The misses are strict xfails
with their reasons."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

ROWS: list[tuple[str, str, str]] = [
    (
        "Une frappe aérienne a détruit mercredi un marché du village de Tin-Hama, tuant neuf "
        "civils, selon des notables locaux qui mettent en cause l'armée malienne. L'armée "
        "malienne a démenti être à l'origine de la frappe.",
        "Air/drone strike",
        "MLI",
    ),
    (
        "Un bombardement a frappé dimanche un camp de déplacés près de Goma, tuant sept "
        "personnes, selon des humanitaires. L'armée rwandaise a nié être responsable de "
        "l'attaque.",
        "Shelling/artillery/missile attack|Air/drone strike|Attack",
        "RWA",
    ),
    (
        "Un drone a visé jeudi un pick-up près de Kidal, tuant cinq civils, selon des élus "
        "locaux qui accusent l'armée malienne. L'armée a rejeté toute responsabilité.",
        "Air/drone strike",
        "MLI",
    ),
    (
        "Un raid aérien a tué onze personnes samedi dans un marché de Gwoza, selon des "
        "habitants qui accusent l'armée nigériane. L'armée récuse ces accusations.",
        "Air/drone strike",
        "NGA",
    ),
    (
        "An air strike hit a market in the town of Tamale on Friday, killing eight people, "
        "residents said, blaming the Ghanaian air force. The air force rejected any "
        "responsibility.",
        "Air/drone strike",
        "GHA",
    ),
    (
        "A drone strike hit a fuel depot near Kassala on Monday, killing four workers, local "
        "officials said, blaming the Sudanese army. The army called the allegations baseless.",
        "Air/drone strike",
        "SDN",
    ),
    (
        "A missile struck a hospital in the city of Saada on Wednesday, killing six people, "
        "medics said. Saudi Arabia's military denied it was behind the strike.",
        "Shelling/artillery/missile attack|Air/drone strike",
        "SAU",
    ),
    (
        "A drone strike hit a wedding party near the village of Dande on Tuesday, killing 14 "
        "people, local officials said. The Pakistani army said it did not carry out any strike "
        "in the area.",
        "Air/drone strike",
        "PAK",
    ),
    (
        "A drone strike killed five people at a checkpoint near Parachinar on Thursday, tribal "
        "elders said, blaming the Pakistani military. The military rejected any "
        "responsibility.",
        "Air/drone strike",
        "PAK",
    ),
    (
        "Shells hit a school in the town of Kharkiv on Sunday, killing three children, "
        "Ukrainian officials said. The Russian military said it had nothing to do with the "
        "attack.",
        "Shelling/artillery/missile attack|Attack",
        "RUS",
    ),
    (
        "Des soldats burkinabè ont tué douze civils près de Djibo lundi, selon un collectif "
        "d'associations. L'armée s'est défendue d'avoir visé des civils.",
        "Attack",
        "BFA",
    ),
    (
        "Rwandan troops attacked Congolese army positions near Sake on Friday, Kinshasa "
        'said. Kigali called the accusation "fake news".',
        "Armed clash|Attack",
        "RWA",
    ),
    (
        "Congo's army said Rwandan troops shelled the town of Sake on Friday. Rwanda called "
        "the claims a hoax.",
        "Shelling/artillery/missile attack",
        "RWA",
    ),
]

MISSED: dict[str, str] = {
    ROWS[4][0]: "'The air force' with no country word names no actor, so no denier",
    ROWS[7][0]: "'said it did not carry out any strike' after a strike nobody was named for stays "
    "negated: reading it as denied cost held-out type",
}


@pytest.mark.parametrize(
    ("text", "subtypes", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1][:12]}"),
)
def test_denial_wordings(text: str, subtypes: str, doer: str) -> None:
    """The deed realised, and its denied copy with the denier's side as doer."""
    assert_denied_copy(text, subtypes, doer)


@pytest.mark.parametrize(
    "text",
    [
        # the victim side rejects responsibility for its losses: no deed of its own
        "Des jihadistes ont attaqué un poste de police près de Kaya lundi, tuant six agents. "
        "Le ministre de la Sécurité a rejeté toute responsabilité dans le retard des renforts.",
        # a party answering for a deed it claims, not denying it
        "Al-Shabaab fighters attacked a base near Jowhar on Monday, killing ten soldiers. The "
        "group said it was behind the attack.",
        # a negated deed of another kind than the one told
        "Gunmen abducted 20 students from a school in Kaduna on Friday. Police said no "
        "arrests had been made.",
    ],
)
def test_denial_wordings_no_denied_copy(text: str) -> None:
    """No denied copy: the denier suffered the deed, the party claims it, or the negated
    deed is of another kind."""
    assert not any(e.status == "denied" for e in events_of(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "A military jet bombed a monastery in Sagaing on Friday, killing 23 people, residents "
        "said. A junta spokesman denied the report, calling it fake news.",
        "Des frappes russes ont tué huit civils à Soumy lundi. Moscou a démenti, qualifiant "
        "ces informations de mensongères.",
    ],
)
def test_a_label_put_on_the_charge_is_part_of_the_denial(text: str) -> None:
    """The denial disputes the deed (its denied copy); its label is no REJECT of its own."""
    events = events_of(text)
    assert any(e.status == "denied" and e.plover_type == "ASSAULT" for e in events)
    assert not any(e.plover_type == "REJECT" for e in events), coded(text)
