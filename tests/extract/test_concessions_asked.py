"""Concessions (PLOVER CONCEDE) and who makes them: a release or a lifting asked of no one
named is asked of whoever holds the captives or imposed the measure ("a demandé la
libération de son ressortissant", "called for his release", "la levée de cette
interdiction"), the request being its status, not an event of its own."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of


@pytest.mark.parametrize(
    ("text", "captor"),
    [
        (
            "La police sénégalaise a arrêté mardi à Dakar le journaliste Pape Ndiaye. "
            "Les Vingt-Sept ont appelé à sa libération immédiate.",
            "SEN.POL",
        ),
        (
            "Malian authorities arrested a former minister in Bamako on Friday. "
            "His party called for his immediate release.",
            "MLI.GOV",
        ),
        (
            "Les autorités nigériennes ont arrêté jeudi à Niamey deux ressortissants "
            "français. Paris a demandé leur libération immédiate.",
            "NER.GOV",
        ),
    ],
)
def test_concessions_asked_release_is_the_captor_s(text: str, captor: str) -> None:
    """ "X a appelé à sa libération", "called for his release": the release is the event,
    asked (its status), and the captor, not the one asking, would free them."""
    event = next((e for e in events_of(text) if e.plover_type == "CONCEDE"), None)
    assert event is not None and event.status == "requested", coded(text)
    assert doer_of(text, "CONCEDE") == captor, coded(text)
    assert not any(e.plover_type == "REQUEST" for e in events_of(text)), coded(text)


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        (
            "Les talibans ont interdit samedi aux Afghanes d'accéder aux universités de "
            "Kaboul. L'ONU a demandé la levée immédiate de cette interdiction.",
            "GRP.TALIBAN",
        ),
        (
            "The army imposed a curfew in Imphal on Monday. Residents demanded the lifting "
            "of the curfew.",
            "IND.MIL",
        ),
    ],
)
def test_concessions_asked_lifting_is_the_imposer_s(text: str, imposer: str) -> None:
    """ "la levée de cette interdiction", "the lifting of the curfew": a lifting whatever
    its determiner, asked of the one who imposed the measure."""
    assert doer_of(text, "CONCEDE") == imposer, coded(text)


def test_concessions_asked_aid_called_for_stays_a_request() -> None:
    """ "called for more foreign assistance": no giver is named, the appeal is the event."""
    text = "The Afghan government called for more foreign assistance for quake survivors in Herat."
    assert any(e.plover_type == "REQUEST" for e in events_of(text)), coded(text)


def test_concessions_asked_no_lifting_of_a_body() -> None:
    """ "la levée du corps" (a funeral rite) is no concession."""
    text = "La levée du corps du militaire tué à Kidal aura lieu samedi à Bamako."
    assert not any(e.plover_type == "CONCEDE" for e in events_of(text)), coded(text)


def test_concessions_asked_prisoners_freed_by_the_state_that_jailed_them() -> None:
    """ "ont été libérés de prison à Thiès": prisoners freed by no one named, with no
    abduction told, are freed by the government of the country that held them."""
    text = (
        "Le 2 avril 2024, les opposants Amadou Ba et Moussa Diop ont été libérés de prison à "
        "Thiès, en vertu d'une loi d'amnistie."
    )
    assert doer_of(text, "CONCEDE") == "SEN.GOV", coded(text)


def test_concessions_asked_hostages_freed_stay_the_captors() -> None:
    """Hostages freed after an abduction are not a state's prisoners: no government is
    made up for them."""
    text = (
        "Gunmen abducted 20 passengers near Kaduna on Monday. The hostages were released on "
        "Wednesday."
    )
    assert doer_of(text, "CONCEDE") is None, coded(text)


def test_concessions_asked_release_asked_is_no_agreement() -> None:
    """A release asked for is a concession asked, ACLED's "Other", not the "Agreement" of
    prisoners actually freed or swapped."""
    text = (
        "Malian authorities arrested a former minister in Bamako on Friday. "
        "His party called for his immediate release."
    )
    event = next(e for e in events_of(text) if e.plover_type == "CONCEDE")
    assert event.acled_subtype == "Other", coded(text)


def test_concessions_asked_appointments_declared_void_are_rejected() -> None:
    """ "a qualifié ces nominations de « nulles et non avenues »": a rejection."""
    text = (
        "Les rebelles du M23 ont nommé jeudi un gouverneur à Goma. Kinshasa a qualifié ces "
        "nominations de « nulles et non avenues »."
    )
    assert doer_of(text, "REJECT") == "COD.GOV", coded(text)


def test_concessions_asked_of_the_group_a_noun_names() -> None:
    """ "a exhorté la guérilla à libérer": the definite noun asked to free the captives
    stands for the group the story told of, not for the president who asks."""
    text = (
        "L'ELN a libéré jeudi quatre otages près de Cúcuta. Le président colombien a exhorté "
        "la guérilla à libérer sans délai tous les captifs qu'elle détient encore."
    )
    asked = [e for e in events_of(text) if e.plover_type == "CONCEDE" and e.status == "requested"]
    assert asked and asked[0].actor1 is not None, coded(text)
    assert asked[0].actor1.canonical_id == "GRP.ELN", coded(text)
