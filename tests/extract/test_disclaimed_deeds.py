"""Denials worded without a verb of denial, or with one the rules did not read, after a deed
and the charge against a party: the party saying it was not responsible or not involved
("said it was not responsible", "assure ne pas être impliquée"), that it carried out no such
deed ("a affirmé n'avoir mené aucune frappe", "carried out no strikes"), or disputing the
version told ("a contesté cette version"). Each gives the deed a second time, denied, with
the denier's side as doer. A source's report that a side did nothing, a disclaimer by the
side that suffered the deed, and a disclaimer with no deed told give no denied copy."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

ROWS: list[tuple[str, str, str]] = [
    (
        "An air strike hit a fuel market in the town of Mellit on Tuesday, killing nine "
        "traders, local officials said, blaming the Sudanese army. The army said it was not "
        "responsible.",
        "Air/drone strike",
        "SDN",
    ),
    (
        "Shells hit a camp for displaced people near Goma on Sunday, killing five people, aid "
        "workers said, accusing the Rwandan army. The Rwandan army said it had no involvement.",
        "Shelling/artillery/missile attack|Attack",
        "RWA",
    ),
    (
        "A drone strike hit a wedding near the village of Dande on Friday, killing seven "
        "guests, tribal elders said, blaming the Pakistani army. The Pakistani army said it had "
        "carried out no strikes in the area.",
        "Air/drone strike",
        "PAK",
    ),
    (
        "Un drone a frappé mardi un marché de Tin-Essako, tuant huit civils, selon des élus "
        "locaux qui accusent l'armée malienne. L'armée malienne assure ne pas être impliquée.",
        "Air/drone strike",
        "MLI",
    ),
    (
        "Un raid aérien a touché samedi un hameau près de Gwoza, tuant six personnes, selon "
        "des habitants qui accusent l'armée nigériane. L'armée nigériane affirme qu'elle n'est "
        "pas responsable.",
        "Air/drone strike",
        "NGA",
    ),
    (
        "Une frappe aérienne a détruit dimanche une école de Kadugli, tuant quatre élèves. Des "
        "témoins ont accusé l'armée soudanaise. L'armée a affirmé n'avoir mené aucune frappe "
        "dans la région.",
        "Air/drone strike",
        "SDN",
    ),
    (
        "Un bombardement a frappé jeudi un quartier de Bukavu, tuant trois civils. Des "
        "notables ont accusé l'armée rwandaise. L'armée rwandaise a contesté cette version.",
        "Shelling/artillery/missile attack|Air/drone strike|Attack",
        "RWA",
    ),
    (
        "Des hommes armés ont enlevé 15 passagers près de Kaduna lundi. La police a accusé le "
        "groupe Ansaru. Ansaru a contesté ces accusations.",
        "Abduction/forced disappearance",
        "GRP.ANSARU",
    ),
    (
        "An air strike hit a market near Kadugli on Monday, killing 10 people, residents said, "
        "blaming the Sudanese army. The army said its forces were not involved.",
        "Air/drone strike",
        "SDN",
    ),
    (
        "Une frappe aérienne a touché un marché de Kadugli lundi, tuant 11 personnes. Des "
        "témoins ont accusé l'armée soudanaise, qui dément toute implication.",
        "Air/drone strike",
        "SDN",
    ),
    (
        "Des hommes armés ont enlevé 30 fidèles dans une église près de Kaduna dimanche. La "
        "police a accusé le groupe Ansaru, qui a démenti.",
        "Abduction/forced disappearance",
        "GRP.ANSARU",
    ),
    (
        "Une frappe a touché un immeuble de Kharkiv lundi, tuant quatre civils, selon les "
        "autorités ukrainiennes. Moscou affirme n'avoir visé que des sites militaires.",
        "Air/drone strike|Shelling/artillery/missile attack",
        "RUS",
    ),
]

MISSED: dict[str, str] = {
    ROWS[4][0]: "the raid's doer comes only from the accusing residents ('selon des habitants "
    "qui accusent'), after denials are read: even 'a démenti toute implication' gets no copy",
    ROWS[8][0]: "'its forces were not involved': the possessive subject names no denier",
    ROWS[11][0]: "'n'avoir visé que des sites militaires' (only something else) is not read "
    "as a denial of the strike",
}


@pytest.mark.parametrize(
    ("text", "subtypes", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1][:12]}"),
)
def test_disclaimed_deeds(text: str, subtypes: str, doer: str) -> None:
    """The deed realised, and its denied copy with the denier's side as doer."""
    assert_denied_copy(text, subtypes, doer)


@pytest.mark.parametrize(
    "text",
    [
        # a source says the side did nothing: its report, not the side's denial
        "Une frappe aérienne a touché un marché de Kadugli lundi, tuant 12 personnes. Des "
        "témoins ont accusé l'armée. Selon l'ONG, l'armée n'a mené aucune frappe dans la zone.",
        "A drone strike hit a market near Kadugli on Monday, killing 12 people. Witnesses "
        "blamed the army. According to a monitor, the army carried out no strikes in the area.",
        # the side that suffered the deed disclaims something else
        "Des jihadistes ont attaqué un poste de police près de Kaya lundi, tuant six agents. "
        "Le ministre a affirmé qu'il n'était pas responsable du retard des renforts.",
        # no deed told: a disclaimer about talks is no denial
        "The government said it was not involved in the talks.",
        # a party claiming the deed
        "Al-Shabaab fighters attacked a base near Jowhar on Monday, killing ten soldiers. The "
        "group said it was responsible for the attack.",
    ],
)
def test_disclaimed_deeds_no_denied_copy(text: str) -> None:
    """No denied copy: a source's report, the victim side's disclaimer, no deed, a claim."""
    assert not any(e.status == "denied" for e in events_of(text)), coded(text)


def test_disclaimer_with_no_deed_is_no_rejection() -> None:
    """ "said it was not involved in the talks" with nothing done before: no REJECT event."""
    text = "The government said it was not involved in the talks."
    assert not any(e.plover_type == "REJECT" for e in events_of(text)), coded(text)
