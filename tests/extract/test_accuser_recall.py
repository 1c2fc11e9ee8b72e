"""Who accuses: the accuser is the doer of an accusation however it is told, in active
voice, as the agent of a passive ("accusées par Human Rights Watch", "accused by Amnesty
International"), as a title or a pronoun for an office named before, and in a relative
clause on the accused ("Le Hezbollah, qu'Israël accuse de…"), where the parser may hang
the accused on the clause's verb as a second subject."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

ROWS: list[tuple[str, str]] = [
    # French
    (
        "Le gouvernement malien a accusé mardi l'Algérie de soutenir les groupes terroristes "
        "dans le nord du pays.",
        "MLI.GOV",
    ),
    (
        "Les autorités burkinabè ont été accusées par Human Rights Watch d'avoir exécuté des "
        "dizaines de civils près de Djibo.",
        "NGO.HRW",
    ),
    (
        "Le ministre nigérien de l'Intérieur a imputé l'attaque de Tillabéri à l'État "
        "islamique au Sahel.",
        "NER.MOI",
    ),
    ("Kinshasa a mis en cause le Rwanda dans l'offensive du M23 autour de Goma.", "COD.GOV"),
    (
        "Le ministre congolais de la Communication a dénoncé l'attaque de Bunia. Il a accusé "
        "les ADF d'avoir tué vingt civils.",
        "COD.GOV",
    ),
    (
        "Le Premier ministre éthiopien a accusé le TPLF de préparer une nouvelle guerre dans "
        "le Tigré.",
        "ETH.GOV",
    ),
    ("Bamako tient la junte nigérienne pour responsable de la fermeture de la frontière.", "MLI"),
    (
        "Amnesty International a accusé l'armée birmane de crimes de guerre dans l'État de "
        "Rakhine.",
        "NGO.AMNESTY",
    ),
    (
        "Le porte-parole du gouvernement tchadien a pointé du doigt les rebelles du FACT après "
        "l'attaque de Mao.",
        "TCD.GOV",
    ),
    (
        "L'ONU a accusé les Forces de soutien rapide d'avoir commis des violences sexuelles à "
        "grande échelle au Darfour.",
        "IGO.UN",
    ),
    (
        "Le Hezbollah, qu'Israël accuse de stocker des armes dans des villages du Sud-Liban, "
        "n'a pas réagi.",
        "ISR",
    ),
    ("Damas a accusé Israël d'avoir frappé l'aéroport d'Alep dans la nuit.", "SYR.GOV"),
    (
        "Le président colombien a imputé l'attentat de Cali à des dissidents des FARC.",
        "COL.GOV",
    ),
    # English
    (
        "Ukraine's foreign ministry accused Russia on Monday of using chemical weapons near "
        "Bakhmut.",
        "UKR.MFA",
    ),
    (
        "The bombing in Mogadishu was blamed on al-Shabaab by the Somali government.",
        "SOM.GOV",
    ),
    (
        "Nigeria's army was accused by Amnesty International of killing dozens of civilians "
        "in an airstrike in Kaduna state.",
        "NGO.AMNESTY",
    ),
    (
        "Pakistan's interior minister held the Baloch Liberation Army responsible for the "
        "attack on the train. He said the militants had been trained in Afghanistan.",
        "PAK.MOI",
    ),
    (
        "The junta pointed the finger at the Kachin Independence Army after the attack on a "
        "police post in Bhamo.",
        "MMR.GOV",
    ),
    (
        "Ethiopia's prime minister spoke in parliament on Tuesday. He accused Eritrea of "
        "arming Fano militias in Amhara.",
        "ETH.GOV",
    ),
    (
        "The UN human rights office accused Sudan's Rapid Support Forces of killing hundreds "
        "of civilians in El Geneina.",
        "IGO.OHCHR",
    ),
    (
        "Kenya's president blamed the killings in Lamu on al-Shabaab, saying the militants had "
        "crossed from Somalia.",
        "KEN.GOV",
    ),
    (
        "Haitian police accused the Viv Ansanm gang coalition of setting fire to the general "
        "hospital.",
        "HTI.POL",
    ),
    ("Turkey blamed the PKK for the attack on the defence company near Ankara.", "TUR"),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "accuser"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1]}"),
)
def test_accuser_recall(text: str, accuser: str) -> None:
    """A realised accusation whose doer is the accuser (its id or one of its parents)."""
    doers = [
        e.actor1.canonical_id if e.actor1 is not None else ""
        for e in events_of(text)
        if e.plover_type == "ACCUSE" and e.status == "realised"
    ]
    assert any(d == accuser or d.startswith(f"{accuser}.") for d in doers), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Wagner, longtemps accusé d'exactions en Centrafrique, s'est retiré de Bangui.",
        "The Rapid Support Forces, long accused of atrocities in Darfur, took control of the town.",
        "Les autorités camerounaises ont rejeté les accusations d'exactions portées contre "
        "l'armée dans le Nord-Ouest.",
    ],
)
def test_accuser_recall_background_makes_no_accusation(text: str) -> None:
    """A charge told as a description of a group and accusations rejected as a noun phrase
    make no accusation."""
    realised = [e for e in events_of(text) if e.plover_type == "ACCUSE" and e.status == "realised"]
    assert realised == [], coded(text)
