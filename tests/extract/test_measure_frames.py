"""Political and administrative measures told as a verb (or its noun) and an object, coded
from the grid in ``events/measure_frames.tsv`` (verbs × objects → coding) rather than from
one fixed phrase each: ending an agreement, closing a border or airspace, banning or
suspending a body or a medium, revoking a licence, expelling or recalling envoys, cutting
ties, freezing or seizing assets, ordering people out or forces to hunt, lockdowns and taxes
imposed by armed groups."""

from __future__ import annotations

import pytest

from coding import coded, events_of


def _codings(text: str) -> set[tuple[str, str | None]]:
    return {(e.plover_type, e.plover_mode) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "plover", "mode"),
    [
        # ending or suspending an agreement in force
        ("Ethiopia suspended the 2018 defence pact with Eritrea on Monday.", "SANCTION", None),
        ("Mali withdrew from the Algiers peace accord on Thursday.", "SANCTION", None),
        ("Le Niger a dénoncé le traité de coopération militaire avec le Bénin.", "SANCTION", None),
        (
            "Le Tchad a annoncé la suspension de l'accord de défense avec la France.",
            "SANCTION",
            None,
        ),
        # closing a border, crossings or airspace on a neighbour
        ("Algeria shut its airspace to Malian aircraft on Monday.", "SANCTION", None),
        ("Le Bénin a bouclé ses postes frontières avec le Niger.", "SANCTION", None),
        (
            "Le Burkina Faso a annoncé la fermeture de son espace aérien aux avions ivoiriens.",
            "SANCTION",
            None,
        ),
        # banning or suspending a party, an NGO, their activities; media
        (
            "Uganda's interior ministry suspended the activities of the opposition party on "
            "Friday.",
            "COERCE",
            "ban",
        ),
        ("Le gouvernement burkinabè a prononcé la dissolution de l'ONG.", "COERCE", "ban"),
        ("Niger's junta suspended the signal of the French radio station.", "COERCE", "censor"),
        # licences and accreditations
        (
            "Le gouvernement malien a retiré l'accréditation du correspondant de TV5.",
            "COERCE",
            "ban",
        ),
        # envoys and ties
        ("Le Burkina Faso a rappelé ses diplomates en poste à Abidjan.", "SANCTION", None),
        ("Chad froze its relations with Sudan on Sunday.", "SANCTION", None),
        # assets
        (
            "Uganda's attorney general ordered the seizure of the opposition leader's assets.",
            "SANCTION",
            None,
        ),
        (
            "La justice congolaise a ordonné la saisie des biens de l'ancien ministre.",
            "SANCTION",
            None,
        ),
        # orders to leave, to hunt
        ("Algeria ordered Malian nationals to leave within 72 hours.", "COERCE", "expel"),
        (
            "Le Mali a donné 72 heures à l'ambassadeur algérien pour quitter le territoire.",
            "COERCE",
            "expel",
        ),
        (
            "Le président tchadien a ordonné à l'armée de traquer les assaillants.",
            "MOBILIZE",
            None,
        ),
        # armed groups' lockdowns and taxes
        (
            "Les séparatistes ambazoniens ont décrété un confinement de dix jours.",
            "COERCE",
            "curfew",
        ),
        ("JNIM fighters imposed a tax on traders in the market of Djibo.", "COERCE", None),
    ],
)
def test_measure_frames_verb_and_object_make_a_measure(
    text: str, plover: str, mode: str | None
) -> None:
    """Any verb of a measure's class with any object of its class, or the measure's noun
    with that object as its complement, is the measure."""
    assert (plover, mode) in _codings(text), coded(text)


def test_measure_frames_doer_of_an_ordered_measure() -> None:
    """ "ordered the seizure of X's assets": the one who orders took the measure, not X."""
    text = "Uganda's attorney general ordered the seizure of the opposition leader's assets."
    event = next(e for e in events_of(text) if e.plover_type == "SANCTION")
    assert event.actor1 is not None and event.actor1.canonical_id.startswith("UGA"), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks between Ethiopia and Egypt were suspended because of the storm.",
        "The Ugandan officer was handed a suspended sentence of two years.",
        "Since the closure of the border by Benin in 2023, trade has collapsed.",
        "The Kenyan battalion withdrew from the town under the agreement signed in May.",
        "Les combattants de l'EIGS ont établi un camp près de Ménaka, où ils prélèvent la "
        "zakat auprès des éleveurs.",
    ],
)
def test_measure_frames_no_measure_without_its_object(text: str) -> None:
    """Suspended talks, a suspended sentence, a closure in a phrase dating the story's
    background, a withdrawal the agreement only frames, a tax a relative clause in the
    present tells as a practice: no measure."""
    assert not {t for t, _ in _codings(text)} & {"SANCTION", "COERCE"}, coded(text)
