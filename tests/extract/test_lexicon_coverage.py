"""Coverage of the event lexicons (issue 5): trigger phrases for aid pledges, promised
deployments, bases, rejections, visits, releases and protests; rows removed or held back
because their word usually means no event; crowd words; status cues."""

from __future__ import annotations

import pytest

from coding import coded as what_was_coded
from dateline.extract.lexicon import false_readings, status_cues

FOUND = [
    # AID: money pledged, food dropped or delivered by the tonne
    ("fr", "Le Japon a promis 20 millions d'euros pour les réfugiés soudanais.", "AID", "Other"),
    ("en", "Britain pledged 5 million pounds in emergency aid to Sudan on Monday.", "AID", "Other"),
    ("fr", "L'armée jordanienne a largué des colis de vivres sur Gaza mardi.", "AID", "Other"),
    ("en", "Jordanian aircraft dropped food over northern Gaza on Tuesday.", "AID", "Other"),
    ("en", "The United Nations delivered 500 tonnes of food aid to Gaza.", "AID", "Other"),
    # MOBILIZE: promised deployments, camps and fortified positions
    (
        "fr",
        "Le président kényan a promis l'envoi de 600 policiers supplémentaires en Haïti.",
        "MOBILIZE",
        "Other",
    ),
    (
        "fr",
        "Les rebelles du M23 ont ouvert un camp d'entraînement près de Rutshuru.",
        "MOBILIZE",
        "Headquarters or base established",
    ),
    (
        "en",
        "M23 rebels opened a training camp near Goma on Friday.",
        "MOBILIZE",
        "Headquarters or base established",
    ),
    # REJECT: a deal or a pledge dismissed
    ("en", "The Taliban dismissed the peace deal as a sham.", "REJECT", "Other"),
    # THREATEN: force not ruled out
    (
        "en",
        "Russian forces refused to rule out the use of force against Georgia.",
        "THREATEN",
        "Other",
    ),
    ("fr", "Israël a refusé d'exclure des frappes contre l'Iran.", "THREATEN", "Other"),
    # CONSULT: mediation offered, leaders received
    (
        "fr",
        "L'Algérie s'est offerte comme médiatrice entre la junte et la Cedeao.",
        "CONSULT",
        "Other",
    ),
    ("fr", "Le président ukrainien a reçu le chancelier allemand à Kiev.", "CONSULT", "Other"),
    (
        "en",
        "Saudi Crown Prince Mohammed bin Salman received the German chancellor in Riyadh.",
        "CONSULT",
        "Other",
    ),
    # CONCEDE: prisoners exchanged
    (
        "en",
        "Ukraine and Russia exchanged 390 prisoners on Friday, the Ukrainian army said.",
        "CONCEDE",
        "Agreement",
    ),
    # COOPERATE: joint operations, with the adjective inside
    (
        "fr",
        "L'armée malienne et l'armée burkinabè ont mené une opération militaire conjointe.",
        "COOPERATE",
        "Other",
    ),
    # RETREAT: a force ending its mission, leaving its camp
    ("fr", "Le groupe Wagner a annoncé mardi la fin de sa mission au Mali.", "RETREAT", None),
    ("fr", "La Minusma a mis fin à sa mission au Mali le 31 décembre.", "RETREAT", None),
    # RETREAT: a town handed back (a place as object), not homage or a visit paid
    (
        "fr",
        "Le 3 mai 2024, la MNDAA a rendu Lashio à la junte birmane sans combat.",
        "RETREAT",
        "Non-violent transfer of territory",
    ),
    # REQUEST: "appeler X à", as "call on X to"
    (
        "fr",
        "L'Union africaine a appelé ses États membres à ne pas reconnaître ce gouvernement.",
        "REQUEST",
        "Other",
    ),
    (
        "fr",
        "L'ONU a appelé la communauté internationale à financer le plan humanitaire.",
        "REQUEST",
        "Other",
    ),
    # COERCE: access to networks restricted
    (
        "fr",
        "Le gouvernement a restreint l'accès aux réseaux sociaux mardi soir.",
        "COERCE",
        "Other",
    ),
    # ASSAULT: shells fired
    (
        "fr",
        "L'armée a tiré une vingtaine d'obus dans la nuit de mardi près de Goma, selon un témoin.",
        "ASSAULT",
        "Shelling/artillery/missile attack",
    ),
]


@pytest.mark.parametrize(("lang", "text", "plover", "subtype"), FOUND)
def test_lexicon_coverage_trigger_found(
    lang: str, text: str, plover: str, subtype: str | None
) -> None:
    coded = what_was_coded(text)
    assert any(
        found[0] == plover and (subtype is None or found[1] == subtype) for found in coded
    ), coded


@pytest.mark.parametrize(
    ("text", "plover", "wrong"),
    [
        # A promised delivery of aid is aid, not a deployment.
        ("Le gouvernement a promis l'envoi d'une aide humanitaire au Soudan.", "AID", "MOBILIZE"),
        # Handing over a body is no withdrawal.
        (
            "L'État islamique accuse Hayat Tahrir al-Cham d'avoir remis la dépouille de son "
            "chef à la Turquie.",
            None,
            "RETREAT",
        ),
        # Being suspected of collaborating is no cooperation.
        (
            "Les séparatistes ont incendié des maisons à Bafut pour punir des habitants "
            "soupçonnés de collaborer avec l'armée camerounaise.",
            None,
            "COOPERATE",
        ),
    ],
)
def test_lexicon_coverage_no_false_reading(text: str, plover: str | None, wrong: str) -> None:
    coded = what_was_coded(text)
    assert all(found[0] != wrong for found in coded), coded
    if plover is not None:
        assert any(found[0] == plover for found in coded), coded


def test_lexicon_coverage_students_beating_a_man_are_mob_violence() -> None:
    coded = what_was_coded(
        "Le 3 mars 2024, des étudiants ont battu à mort un homme accusé de vol dans une "
        "résidence universitaire de Dacca."
    )
    assert any(found[1] == "Mob violence" for found in coded), coded


def test_lexicon_coverage_declining_negates() -> None:
    coded = what_was_coded("Israel declined to withdraw its troops from southern Lebanon.")
    assert ("RETREAT", "negated") in {(found[0], found[2]) for found in coded}, coded
    assert status_cues("en")["decline"] == ("negated", "verb")


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # "annoncer l'envoi de troupes" would match any "annoncer … troupes".
        ("fr", "L'armée syrienne a annoncé avoir redéployé ses troupes hors de Hama.", "MOBILIZE"),
        # A dismissed report is a denial of the reported event, not a rejection.
        ("en", "The Kremlin dismissed the report as fake news on Friday.", "REJECT"),
        # Protesters block roads, but so do armed groups on a highway.
        (
            "fr",
            "Des militants de l'Armée de libération du Baloutchistan ont bloqué l'autoroute "
            "près de Musakhel.",
            "PROTEST",
        ),
    ],
)
def test_lexicon_coverage_rows_held_back(lang: str, text: str, wrong: str) -> None:
    coded = what_was_coded(text)
    assert all(found[0] != wrong for found in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a rendu hommage aux soldats tués à Gao.",
        "Le président a rendu visite aux blessés à Bamako.",
    ],
)
def test_lexicon_coverage_rendre_needs_a_place(text: str) -> None:
    coded = what_was_coded(text)
    assert all(found[0] != "RETREAT" for found in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government vowed on Tuesday to fight corruption in the police.",
        "Firefighters in Greece fought wildfires near Athens on Tuesday.",
        "Le gouvernement malien a promis de combattre la corruption dans l'armée.",
        "Les pompiers combattent un incendie près d'Athènes.",
    ],
)
def test_lexicon_coverage_fighting_corruption_or_fire_is_no_clash(text: str) -> None:
    coded = what_was_coded(text)
    assert all(found[0] != "ASSAULT" for found in coded), coded


def test_lexicon_coverage_fighting_an_armed_group_is_still_a_clash() -> None:
    coded = what_was_coded("L'armée malienne combat les jihadistes près de Gao.")
    assert any(found[0] == "ASSAULT" for found in coded), coded


def test_lexicon_coverage_false_readings_of_remettre() -> None:
    assert {"depouille", "corps", "rapport"} <= false_readings("fr")["remettre"]
