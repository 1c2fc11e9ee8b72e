"""Recall of a second strategic event told after another (PLOVER MOBILIZE, RETREAT, CONCEDE,
REJECT): reinforcements sent or to be sent after an attack, troops to withdraw, detainees
freed, measures lifted, offers turned down. Each row gives the PLOVER type, the accepted
statuses (joined by "|") and the doer expected (its id or a parent; ``None`` when the
sentence names no one)."""

from __future__ import annotations

from functools import partial

import pytest

from coding import coded, events_of, probe_params, row_opening

ROWS: list[tuple[str, str, str, str | None]] = [
    # MOBILIZE
    (
        "Gunmen killed nine villagers in an attack on Bokkos in Plateau state on Sunday. "
        "The army said it would send reinforcements to the area.",
        "MOBILIZE",
        "planned",
        "NGA.MIL",
    ),
    (
        "Des jihadistes ont tué douze civils lundi près de Djibo. L'armée a annoncé l'envoi "
        "de renforts dans la zone.",
        "MOBILIZE",
        "realised|planned",
        "BFA.MIL",
    ),
    (
        "Houthi forces fired a missile at a ship in the Red Sea on Friday. The Pentagon "
        "announced it was sending a second aircraft carrier to the region.",
        "MOBILIZE",
        "realised|planned",
        "USA",
    ),
    (
        "Les rebelles du M23 ont pris la localité de Nyanzale mardi. Kinshasa a dépêché des "
        "renforts vers Rutshuru.",
        "MOBILIZE",
        "realised",
        "COD",
    ),
    (
        "Insurgents attacked a convoy near Mocimboa da Praia on Thursday. Rwanda will send an "
        "additional 2,000 troops to Cabo Delgado, its defence ministry said.",
        "MOBILIZE",
        "planned",
        "RWA",
    ),
    (
        "Gunmen killed 14 worshippers at a mosque near Tahoua on Friday. The interior minister "
        "said additional troops would be deployed to the area.",
        "MOBILIZE",
        "planned",
        None,
    ),
    (
        "Des bandits ont tué sept paysans à Zurmi. Le gouverneur a affirmé que des policiers "
        "seraient déployés dans les villages.",
        "MOBILIZE",
        "planned",
        None,
    ),
    # RETREAT
    (
        "Ugandan and Congolese troops killed 20 ADF rebels in Ituri last week, the army said. "
        "Uganda's troops are to withdraw from Beni territory by the end of the month.",
        "RETREAT",
        "planned",
        "UGA.MIL",
    ),
    (
        "Russian forces shelled Kherson on Monday, killing two civilians. Ukraine's army said "
        "its troops had pulled back from two villages near Pokrovsk.",
        "RETREAT",
        "realised",
        "UKR.MIL",
    ),
    (
        "The junta expelled the French ambassador on Thursday. French troops will leave Niger "
        "by the end of the year, President Macron said.",
        "RETREAT",
        "planned",
        "FRA.MIL",
    ),
    (
        "Fighting between the army and the RSF killed 30 people in El Fasher. The RSF said on "
        "Sunday it would withdraw its fighters from the city's hospital.",
        "RETREAT",
        "planned",
        "GRP.RSF",
    ),
    (
        "Le M23 a accepté de se retirer de Walikale, selon un communiqué. Les rebelles avaient "
        "pris la ville la semaine dernière.",
        "RETREAT",
        "planned",
        "GRP.M23",
    ),
    (
        "The Arakan Army seized the town of Paletwa on Sunday after clashes with junta troops, "
        "hundreds of whom fled across the border into India.",
        "RETREAT",
        "realised",
        "MMR.MIL",
    ),
    # CONCEDE
    (
        "Security forces arrested dozens of protesters in Conakry on Monday. The junta freed "
        "30 detainees on Wednesday, a lawyer said.",
        "CONCEDE",
        "realised",
        "GIN.GOV",
    ),
    (
        "Une attaque a fait dix morts à Tillabéri. La junte a annoncé la levée du couvre-feu "
        "à Niamey.",
        "CONCEDE",
        "realised",
        "NER",
    ),
    (
        "La police a arrêté quinze manifestants mardi à Lomé. Ils ont été libérés jeudi sur "
        "ordre du procureur.",
        "CONCEDE",
        "realised",
        "TGO",
    ),
    (
        "Kenyan police said they had arrested 12 suspects in Mombasa. Two of them were later "
        "freed without charge.",
        "CONCEDE",
        "realised",
        "KEN",
    ),
    (
        "Talks between Kyiv and Moscow ended without a deal in Istanbul. Russia handed over "
        "the bodies of 1,000 Ukrainian soldiers on Friday.",
        "CONCEDE",
        "realised",
        "RUS",
    ),
    (
        "Le Hamas a libéré trois otages samedi. Israël a relâché en retour 183 prisonniers "
        "palestiniens.",
        "CONCEDE",
        "realised",
        "ISR",
    ),
    (
        "Authorities shut down mobile internet in Amhara on Monday amid fighting with Fano "
        "militias. Service was restored on Thursday.",
        "CONCEDE",
        "realised",
        None,
    ),
    (
        "Houthi rebels seized a cargo ship in the Red Sea last year. They released its 25 crew "
        "members on Wednesday, Oman said.",
        "CONCEDE",
        "realised",
        "GRP.HOUTHI",
    ),
    # REJECT
    (
        "The government invited armed groups to a national dialogue in Bamako. The FLA "
        "rejected the offer on Tuesday.",
        "REJECT",
        "realised",
        "GRP.FLA",
    ),
    (
        "Le gouvernement a proposé un dialogue aux groupes armés. Le M23 a rejeté la proposition.",
        "REJECT",
        "realised",
        "GRP.M23",
    ),
    (
        "Mediators proposed a 72-hour ceasefire in Khartoum. The RSF turned down the offer, "
        "saying the army could not be trusted.",
        "REJECT",
        "realised",
        "GRP.RSF",
    ),
    (
        "Qatar put forward a new truce plan on Monday. Hamas refused to join the talks, an "
        "official said.",
        "REJECT",
        "realised",
        "GRP.HAMAS",
    ),
    (
        "Le gouvernement colombien a proposé de reprendre les négociations. L'ELN a décliné "
        "l'invitation.",
        "REJECT",
        "realised",
        "GRP.ELN",
    ),
    (
        "Le gouvernement a proposé une trêve aux rebelles. Ceux-ci l'ont rejetée mardi.",
        "REJECT",
        "realised",
        None,
    ),
    (
        "Iranian and European diplomats met in Geneva on Friday. Iran's foreign minister said "
        "Tehran would never give up uranium enrichment.",
        "REJECT",
        "realised",
        "IRN",
    ),
]


_row = partial(row_opening, ROWS)


MISSED = {
    _row("The Arakan Army seized"): "troops fleeing in a relative clause make no retreat",
    _row("Authorities shut down"): "a service restored in the passive has no trigger",
    _row("Le gouvernement a proposé une"): "a clitic object and a pronoun subject: nobody",
    _row("Iranian and European"): "never giving something up is no rejection yet",
}


def _done(text: str, plover: str, statuses: str, doer: str | None) -> bool:
    for event in events_of(text):
        if event.plover_type != plover or event.status not in statuses.split("|"):
            continue
        got = event.actor1.canonical_id if event.actor1 is not None else ""
        if doer is None or got == doer or got.startswith(f"{doer}."):
            return True
    return False


@pytest.mark.parametrize(
    ("text", "plover", "statuses", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1]}"),
)
def test_second_strategic(text: str, plover: str, statuses: str, doer: str | None) -> None:
    """The strategic event told second, with its type, status and doer."""
    assert _done(text, plover, statuses, doer), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army has long deployed troops along the border with Mali.",
        "Le couvre-feu, en vigueur depuis 2023, reste appliqué à Niamey.",
        "Rebels usually reject such proposals, analysts say.",
        "The opposition leader, arrested in 2021, remains in custody in Harare.",
    ],
)
def test_second_strategic_background_makes_no_event(text: str) -> None:
    """A habitual deployment, a measure still in force, a habit of rejecting and a
    detention going on are no realised event."""
    realised = [e for e in events_of(text) if e.status == "realised"]
    assert realised == [], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les gendarmes ont interpellé vingt militants lundi à Conakry. Ils ont été relâchés "
        "mercredi.",
        "Police arrested 40 protesters in Harare on Monday. Twelve of them were freed on "
        "Wednesday.",
    ],
)
def test_second_strategic_release_after_arrest(text: str) -> None:
    """A release after an arrest is a concession; told in the passive with nobody named,
    by whoever arrested."""
    freed = [e for e in events_of(text) if e.plover_type == "CONCEDE" and e.status == "realised"]
    assert freed, coded(text)


def test_second_strategic_release_on_bail_is_no_concession() -> None:
    """A release on a court's terms after an arrest is no concession."""
    text = "La police a interpellé six militants à Lomé. Ils ont été libérés sous caution mardi."
    assert not [e for e in events_of(text) if e.plover_type == "CONCEDE"], coded(text)


def test_second_strategic_passive_phrase_is_not_split() -> None:
    """ "are to withdraw … by": an auxiliary-led phrase ("be received by") never matches
    split around other words, so no visit is read."""
    text = "Kenyan police are to leave Haiti by the end of the year, officials said."
    assert all(e.plover_type != "CONSULT" for e in events_of(text)), coded(text)
