"""Doers left empty by the sentence that tells the deed: force used on protesters that the
police or army denies in a later sentence, arrests by "la police" in a story whose places
span two countries (so that the linker gives the police no country), and state deeds no
one is named for (lethal force on a crowd, munitions shot down): the country's force."""

from __future__ import annotations

import pytest

from coding import coded, first_doer


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Trois étudiants ont été tués par balle mardi à Kisumu lors d'une manifestation "
            "contre la hausse des taxes, selon une ONG locale. La police a démenti avoir tiré "
            "à balles réelles.",
            "KEN.POL",
        ),
        (
            "Two protesters were shot dead on Saturday in Mandalay during a rally against "
            "the junta, witnesses said. The army denied that its soldiers had fired on the "
            "crowd.",
            "MMR.MIL",
        ),
    ],
)
def test_empty_doers_force_named_by_its_denial(text: str, doer: str) -> None:
    """ "Protesters were shot dead … The police denied firing": the force that denies the
    shooting is the one analysts code as having used it."""
    assert first_doer(text, "Excessive force against protesters") == doer, coded(text)


def test_empty_doers_denial_by_a_civilian_body_names_no_force() -> None:
    """A denial by someone other than the police or army ("the organisers denied…") names
    no force: the shooting is the police's of the country, as with no denial at all."""
    text = (
        "Two protesters were shot dead on Saturday in Mandalay during a rally against the "
        "junta, witnesses said. The organisers denied that the rally had turned violent."
    )
    assert first_doer(text, "Excessive force against protesters") == "MMR.POL", coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Two protesters were shot dead in Mombasa on Wednesday during demonstrations "
            "over fuel prices, a rights group said.",
            "KEN.POL",
        ),
        (
            "Un manifestant a été tué par balle jeudi à Conakry lors d'une marche interdite "
            "de l'opposition, selon ses organisateurs.",
            "GIN.POL",
        ),
    ],
)
def test_empty_doers_force_on_a_crowd_named_by_no_one(text: str, doer: str) -> None:
    """Lethal force on protesters with no doer anywhere in the report: the police of the
    country it happens in, as ACLED codes excessive force (and as arrests are coded)."""
    assert first_doer(text, "Excessive force against protesters") == doer, coded(text)


def test_empty_doers_force_on_a_crowd_keeps_the_army_told_before() -> None:
    """The default comes last: soldiers who dispersed the crowd in the sentence before stay
    the doer of the killing the next sentence tells."""
    text = (
        "Soldiers dispersed a sit-in of farmers blocking the highway near Cochabamba on "
        "Monday, firing tear gas. One protester was shot dead, the farmers' union said."
    )
    assert first_doer(text, "Excessive force against protesters") == "BOL.MIL", coded(text)


def test_empty_doers_police_arrest_where_the_arrests_are_made() -> None:
    """ "La police … a interpellé 40 personnes" in a story that also names another country:
    the police of the country the arrests are made in."""
    text = (
        "Des milliers de personnes ont manifesté samedi à Tel-Aviv pour réclamer le retour "
        "des otages détenus à Gaza. La police a utilisé des canons à eau pour dégager une "
        "avenue, bloquée par des manifestants, et a interpellé 40 personnes."
    )
    assert first_doer(text, "Arrests") == "ISR.POL", coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Des obus chargés de chlore sont tombés mardi sur un quartier de Homs, tuant trois "
            "civils ; le groupe Hayat Tahrir al-Cham a plus tard reconnu avoir utilisé des "
            "armes interdites.",
            "Chemical weapon",
            "GRP.HTS",
        ),
        (
            "Shells loaded with chlorine hit a district of Idlib on Tuesday, killing three "
            "civilians. Hayat Tahrir al-Sham later admitted using banned weapons.",
            "Chemical weapon",
            "GRP.HTS",
        ),
        (
            "Une roquette s'est abattue lundi sur un marché de Gao, tuant deux civils. Le JNIM "
            "a reconnu sa responsabilité dans un communiqué.",
            "Shelling/artillery/missile attack",
            "GRP.JNIM",
        ),
        (
            "Shells loaded with chlorine hit a district of Idlib on Tuesday, killing three "
            "civilians. Hayat Tahrir al-Sham later acknowledged responsibility for the shelling.",
            "Chemical weapon",
            "GRP.HTS",
        ),
    ],
)
def test_empty_doers_attack_owned_by_an_admission(text: str, subtype: str, doer: str) -> None:
    """ "X a reconnu avoir utilisé des armes", "admitted using weapons", "a reconnu sa
    responsabilité": a group owning up to the attack told before is its doer, as a claim."""
    assert first_doer(text, subtype) == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Deux drones ont été abattus dans la nuit de mardi à mercredi au-dessus de la région "
            "de Koursk, selon le gouverneur.",
            "RUS.MIL",
        ),
        (
            "Two explosive-laden drones were shot down near the airport of Erbil on Monday, "
            "local officials said.",
            "IRQ.MIL",
        ),
        (
            "Three rockets were intercepted over the city of Ashkelon on Saturday, emergency "
            "services said.",
            "ISR.MIL",
        ),
    ],
)
def test_empty_doers_munitions_downed_by_no_one_named(text: str, doer: str) -> None:
    """Drones or rockets shot down in the passive, with no one named, are a strike thwarted
    (Disrupted weapons use, not an attack or a clash) by the army of the country it happens
    in, as ACLED codes interceptions."""
    assert first_doer(text, "Disrupted weapons use") == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Officers of the Mossos d'Esquadra arrested nine people in Barcelona on Tuesday "
            "during a protest against mass tourism.",
            "ESP.POL",
        ),
        (
            "Three men were arrested by the Guardia Civil in the port of Algeciras on Friday "
            "with two tonnes of cocaine.",
            "ESP.POL",
        ),
        (
            "Des agents de la DGSI ont interpellé mardi à Lyon deux hommes soupçonnés de "
            "préparer un attentat.",
            "FRA",
        ),
    ],
)
def test_empty_doers_arrests_by_a_force_no_list_names(text: str, doer: str) -> None:
    """Arrests by a force the actor lists do not name ("the Mossos d'Esquadra", "the Guardia
    Civil") are the police's of the country they are made in, as ACLED codes them; a force
    the lists name keeps its own id (its parent is the country)."""
    found = first_doer(text, "Arrests")
    assert found == doer or (found or "").startswith(f"{doer}."), coded(text)
