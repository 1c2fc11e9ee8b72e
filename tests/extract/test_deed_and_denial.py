"""A deed and its denial told together: "Des soldats ont tué 14 civils … Le gouvernement a
rejeté ces accusations", "Police shot dead three protesters … The police denied using live
ammunition", "The army said it had never targeted civilians". As analysts code them
(eval/README.md), the deed is coded realised AND a second time, denied, with the accused
side as doer; a REJECT the denial makes ("rejected the accusation") stays. Each row gives
the ACLED sub-type(s) accepted (joined by "|") and the doer of the denied copy (the id or
one of its parents). A denial by the victim side, of a report naming no deed, or a
reporter's negation makes no denied deed."""

from __future__ import annotations

import pytest

from coding import assert_denied_copy, coded, events_of, probe_params

ROWS: list[tuple[str, str, str]] = [
    # French: "rejeter les accusations" after the deed
    (
        "Des soldats maliens ont tué au moins 14 civils dans le village de Dioura mardi, selon "
        "des habitants. Le gouvernement de transition a rejeté ces accusations.",
        "Attack",
        "MLI",
    ),
    (
        "Des militaires tchadiens ont exécuté huit éleveurs près d'Abéché la semaine dernière, "
        "selon une ONG locale. Les autorités ont rejeté ces accusations.",
        "Attack",
        "TCD",
    ),
    (
        "Des soldats congolais auraient violé plusieurs femmes à Minova lundi, selon des "
        "témoins. Le porte-parole de l'armée a rejeté ces accusations.",
        "Sexual violence",
        "COD",
    ),
    (
        "L'aviation nigériane a bombardé un village de l'État de Zamfara dimanche, tuant 16 "
        "civils, selon Amnesty International. L'armée de l'air a rejeté les accusations.",
        "Air/drone strike",
        "NGA",
    ),
    (
        "Des policiers camerounais ont tué deux manifestants à Douala jeudi, selon l'opposition. "
        "Le gouvernement a rejeté ces allégations.",
        "Excessive force against protesters|Attack",
        "CMR",
    ),
    # French: "démentir / nier" a deed told before
    (
        "Au moins 19 Palestiniens ont été tués lundi par des tirs israéliens près de Rafah, "
        "selon la Défense civile. L'armée israélienne a nié avoir visé des civils.",
        "Attack",
        "ISR",
    ),
    (
        "Au moins trois manifestants ont été tués par balle jeudi à Kano, selon Amnesty "
        "International. La police a démenti avoir fait usage de balles réelles.",
        "Excessive force against protesters",
        "NGA",
    ),
    (
        "Des drones russes ont frappé un immeuble résidentiel à Odessa dans la nuit, tuant "
        "cinq personnes. Moscou a démenti avoir visé des civils.",
        "Air/drone strike",
        "RUS",
    ),
    (
        "Les forces de l'ordre ont tiré sur des manifestants à Conakry mercredi, tuant un "
        "adolescent, selon le FNDC. Le ministère de la Sécurité a nié tout usage d'armes à feu.",
        "Excessive force against protesters",
        "GIN",
    ),
    (
        "L'armée birmane a bombardé une école dans la région de Sagaing mardi, tuant onze "
        "enfants. La junte a nié avoir visé des civils.",
        "Air/drone strike",
        "MMR",
    ),
    # English: "rejected / dismissed the accusation"
    (
        "Ethiopian troops killed at least 30 civilians in the town of Bora on Sunday, witnesses "
        "said. The government rejected the allegations as baseless.",
        "Attack",
        "ETH",
    ),
    (
        "Burundian soldiers killed 12 people in a raid near Cibitoke last week, a rights group "
        "said. The army rejected the accusation.",
        "Attack",
        "BDI",
    ),
    (
        "Sudanese soldiers executed at least 20 men in Wad Madani after retaking the city, "
        "activists said. The army rejected the allegations.",
        "Attack",
        "SDN",
    ),
    (
        "Mozambican troops beat and killed three fishermen near Mocimboa da Praia on Friday, "
        "according to residents. The defence ministry rejected the claims.",
        "Attack",
        "MOZ",
    ),
    (
        "Israeli forces killed 12 Palestinians in Jenin on Monday, the health ministry said. "
        "The army rejected the accusation.",
        "Attack",
        "ISR",
    ),
    # English: "denied" a deed told before
    (
        "Police shot dead three protesters in Nairobi on Tuesday, according to Amnesty "
        "International. The police denied using live ammunition.",
        "Excessive force against protesters",
        "KEN",
    ),
    (
        "Soldiers killed around 40 villagers in Mopti region last week, Human Rights Watch "
        "said. The army denied any abuses.",
        "Attack",
        "MLI",
    ),
    (
        "Israeli forces killed 12 Palestinians in Jenin on Monday, the health ministry said. "
        "The Israeli army said it had never targeted civilians.",
        "Attack",
        "ISR",
    ),
    (
        "The United States said Sudan's army used chemical weapons against the RSF in 2024. "
        "Sudan's government rejected the accusation and said it had never used chemical "
        "weapons.",
        "Chemical weapon",
        "SDN",
    ),
    (
        "Russian forces used chloropicrin against Ukrainian troops near Bakhmut, Kyiv said. "
        "Moscow said it had never used chemical weapons.",
        "Chemical weapon",
        "RUS",
    ),
    (
        "Pakistani police fired tear gas and live rounds at supporters of the opposition in "
        "Lahore on Saturday, killing two. The police denied firing live rounds.",
        "Excessive force against protesters",
        "PAK",
    ),
    (
        "Colombian soldiers killed four peasants in Cauca on Sunday, a local rights group said. "
        "The army denied any wrongdoing.",
        "Attack",
        "COL",
    ),
]

MISSED: dict[str, str] = {
    ROWS[8][0]: "'a nié tout usage d'armes à feu' names no deed the extractor reads: no denied "
    "copy",
    ROWS[12][0]: "'executed at least 20 men … after retaking the city': no denied Attack copy",
}


@pytest.mark.parametrize(
    ("text", "subtypes", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1][:12]}"),
)
def test_deed_and_denial(text: str, subtypes: str, doer: str) -> None:
    """The deed told realised, and its denied copy with the accused side as doer."""
    assert_denied_copy(text, subtypes, doer)


@pytest.mark.parametrize(
    "text",
    [
        "Des soldats maliens ont tué au moins 14 civils dans le village de Dioura mardi, selon "
        "des habitants. Le gouvernement de transition a rejeté ces accusations.",
        "Ethiopian troops killed at least 30 civilians in the town of Bora on Sunday, witnesses "
        "said. The government rejected the allegations as baseless.",
    ],
)
def test_rejection_stays_beside_the_denied_deed(text: str) -> None:
    """ "rejected the accusation": the REJECT stays, as analysts keep it."""
    assert any(e.plover_type == "REJECT" for e in events_of(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # the victim side denies its losses
        "Des jihadistes ont attaqué une base militaire près de Djibo lundi, tuant 20 soldats, "
        "selon des sources locales. L'armée a rejeté ces informations.",
        "Militants attacked an army post near Gao on Monday, killing 12 soldiers, residents "
        "said. The army rejected the report.",
        # another party's admitted deed
        "Le JNIM a revendiqué l'attaque d'un convoi militaire près de Boulkessi. Le "
        "gouvernement a rejeté les accusations de négligence.",
        # a denial naming no deed, a rumour of a coup
        "The defence ministry rejected the claims on Tuesday.",
        "Le gouvernement a démenti les rumeurs de coup d'État.",
        "The government dismissed reports of a coup attempt as fake news.",
        # a reporter's negation
        "Gunmen attacked a bus near Maiduguri on Sunday. No group claimed the attack and the "
        "army did not comment.",
        "Des hommes armés ont attaqué un village près de Bunia. L'armée n'était pas présente.",
        # a side that withholds word is no denier
        "Two explosions shook Kabul on Thursday, and Taliban officials said Pakistani aircraft "
        "had struck a vehicle. Pakistan's military did not confirm the strike.",
    ],
)
def test_no_denied_deed(text: str) -> None:
    """No denied deed when the denier is the victim side, the deed is another party's, no
    deed is told, or the negation is the reporter's."""
    denied = [
        e
        for e in events_of(text)
        if e.status == "denied" and e.plover_type in ("ASSAULT", "COERCE")
    ]
    assert denied == [], coded(text)
