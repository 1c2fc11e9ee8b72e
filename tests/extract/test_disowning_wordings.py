"""Denials worded without "deny" or "démentir": a party "distanced itself from the attack",
"said it had nothing to do with the bombing", "a désavoué cette frappe", "s'est désolidarisé
de l'attaque", "n'a rien à voir avec l'explosion", "called the reports false", "a qualifié ces
informations de fausses". As analysts code them (eval/README.md), the deed
told before stays realised and a second, denied copy takes the denier's side as doer (a
REJECT such a denial makes may stay). Each row gives the ACLED sub-type(s) of the deed
(joined by "|") and the doer of the denied copy (the id or one of its parents). A denial by
the victim side, of a rumour, a report naming no deed or a side that withholds word makes no
denied deed."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

ROWS: list[tuple[str, str, str]] = [
    # "distanced itself from" the deed told before
    (
        "A roadside bomb killed four soldiers near Kunduz on Friday. The Taliban distanced "
        "themselves from the bombing.",
        "Remote explosive/landmine/IED",
        "GRP.TALIBAN",
    ),
    (
        "A car bomb exploded near a checkpoint in Mogadishu on Friday, killing five soldiers. "
        "Al-Shabaab distanced itself from the attack.",
        "Remote explosive/landmine/IED",
        "GRP.SHABAAB",
    ),
    (
        "A drone strike killed eight civilians at a wedding in Kidal on Sunday, local officials "
        "said. The Malian army distanced itself from the strike on Monday.",
        "Air/drone strike",
        "MLI.MIL",
    ),
    (
        "Gunmen stormed a church in Owo on Sunday, killing 40 worshippers. The Nigerian army "
        "quickly distanced itself from the attack.",
        "Attack",
        "NGA.MIL",
    ),
    # "disavowed" / "a désavoué" / "s'est désolidarisé de"
    (
        "A drone strike hit a fuel depot near Port Sudan on Sunday. The Sudanese army disavowed "
        "the strike.",
        "Air/drone strike",
        "SDN.MIL",
    ),
    (
        "Une frappe aérienne a tué neuf civils sur un marché de Boulkessi dimanche. L'armée "
        "burkinabè a désavoué cette frappe.",
        "Air/drone strike",
        "BFA.MIL",
    ),
    (
        "Une frappe de drone a touché une école près de Kidal samedi, selon des élus locaux. "
        "L'armée malienne a désavoué la frappe dans un communiqué.",
        "Air/drone strike",
        "MLI.MIL",
    ),
    (
        "Un engin explosif improvisé a tué trois casques bleus près de Tessalit mardi. Le "
        "JNIM s'est désolidarisé de cette attaque.",
        "Remote explosive/landmine/IED",
        "GRP.JNIM",
    ),
    (
        "Une frappe de drone a tué sept civils près de Mekele vendredi. L'armée éthiopienne "
        "s'est désolidarisée de la frappe.",
        "Air/drone strike",
        "ETH.MIL",
    ),
    # "had nothing to do with" / "n'avoir rien à voir avec"
    (
        "A drone strike hit a market in Kidal on Sunday, killing eight civilians. The Malian "
        "army said it had nothing to do with the strike.",
        "Air/drone strike",
        "MLI.MIL",
    ),
    (
        "A roadside bomb killed three soldiers near Baidoa on Friday. Al-Shabaab said it had "
        "nothing to do with the bombing.",
        "Remote explosive/landmine/IED",
        "GRP.SHABAAB",
    ),
    (
        "A rocket hit a residential building in Kiryat Shmona on Tuesday, wounding two people. "
        "Hezbollah said it had nothing to do with the attack.",
        "Shelling/artillery/missile attack|Attack",
        "GRP.HEZBOLLAH",
    ),
    (
        "Un engin explosif a tué trois soldats près de Mopti jeudi. Le JNIM a assuré n'avoir "
        "rien à voir avec l'explosion.",
        "Remote explosive/landmine/IED",
        "GRP.JNIM",
    ),
    (
        "Une frappe de drone a tué onze civils près de Kidal dimanche. L'armée malienne a "
        "affirmé qu'elle n'avait rien à voir avec la frappe.",
        "Air/drone strike",
        "MLI.MIL",
    ),
    (
        "Des rebelles du M23 ont attaqué un camp de déplacés à Goma mardi, selon l'ONU. Le "
        "M23 affirme n'avoir rien à voir avec cette attaque.",
        "Attack",
        "GRP.M23",
    ),
    # "dismissed the reports as …", "called the reports false", "a qualifié ces … de fausses"
    (
        "Residents said Russian forces shelled a village near Kherson on Monday. Moscow "
        "dismissed the reports as fabricated.",
        "Shelling/artillery/missile attack",
        "RUS",
    ),
    (
        "Activists said RSF fighters looted a hospital in El Fasher on Monday. The RSF "
        "dismissed the allegations as propaganda.",
        "Looting/property destruction",
        "GRP.RSF",
    ),
    (
        "Witnesses said police shot dead four protesters in Nairobi on Tuesday. The police "
        "called the reports false.",
        "Excessive force against protesters",
        "KEN.POL",
    ),
    (
        "Des soldats ont tué sept civils dans un village du Nord-Kivu mardi, selon des "
        "témoins. Les FARDC ont qualifié ces informations de fausses.",
        "Attack",
        "COD",
    ),
    (
        "Des militaires ont exécuté douze civils près de Djibo la semaine dernière, selon "
        "Human Rights Watch. L'armée a qualifié ces accusations de mensongères.",
        "Attack",
        "BFA",
    ),
    (
        "Des policiers ont tué deux manifestants à Conakry jeudi, selon l'opposition. Le "
        "gouvernement a qualifié ces informations de fantaisistes.",
        "Excessive force against protesters|Attack",
        "GIN",
    ),
    # still missed
    (
        "Une frappe de drone a tué douze civils à Tessit lundi. L'armée malienne s'est "
        "défendue d'avoir visé des civils.",
        "Air/drone strike",
        "MLI.MIL",
    ),
    (
        "Witnesses said soldiers shot dead six villagers in Tillaberi on Tuesday. A military "
        "spokesman said the reports were false.",
        "Attack",
        "NER",
    ),
    (
        "Israeli strike kills 10 in Rafah; Israel denies. The strike hit a tent camp on Tuesday.",
        "Air/drone strike",
        "ISR",
    ),
    (
        "Fighters of the RSF, which denies the charge, looted a hospital in El Fasher on Monday.",
        "Looting/property destruction",
        "GRP.RSF",
    ),
]

MISSED: dict[str, str] = {
    ROWS[4][0]: "'disavowed the strike': a bare 'strike' with no weapon word is no deed, and a "
    "denial after a strike no one was named for gets no copy (as with 'denied the strike')",
    ROWS[15][0]: "'dismissed the reports as fabricated': no cue; as a REJECT it was coded "
    "beside third parties' dismissals the gold does not code",
    ROWS[23][0]: "'Israel denies' after the deed in a headline: the denial takes the deed, "
    "which is left with no realised copy",
}


@pytest.mark.parametrize(
    ("text", "subtypes", "doer"),
    probe_params(ROWS, MISSED, id_of=lambda i, row: f"{i:02d}-{row[1][:12]}"),
)
def test_disowned_deed(text: str, subtypes: str, doer: str) -> None:
    """The deed told realised, and its denied copy with the denier's side as doer."""
    kinds = subtypes.split("|")
    events = [e for e in events_of(text) if e.acled_subtype in kinds]
    assert any(e.status == "realised" for e in events), coded(text)
    got = [e.actor1.canonical_id if e.actor1 else "" for e in events if e.status == "denied"]
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), (got, coded(text))


@pytest.mark.parametrize(
    "text",
    [
        # the victim side disowns its losses
        "Militants attacked an army base near Djibo on Monday, killing 20 soldiers, residents "
        "said. The army dismissed the reports as fabricated.",
        "Des jihadistes ont attaqué un poste militaire près de Ménaka lundi, selon des sources "
        "locales. L'armée a qualifié ces informations de fausses.",
        # a rumour of a coup, a report naming no deed
        "The government dismissed reports of a coup attempt as fabricated.",
        "Le gouvernement a qualifié de fantaisistes les rumeurs de coup d'État.",
        "The minister said the protest had nothing to do with the fuel prices.",
        "Le parti s'est désolidarisé des propos de son ancien président.",
        # a side that withholds word
        "Ukrainian drones struck an oil depot in Belgorod on Monday, Russian officials said. "
        "Kyiv has not commented.",
        "Une frappe a touché un convoi près de Tombouctou. L'armée n'a pas souhaité commenter.",
    ],
)
def test_no_disowned_deed(text: str) -> None:
    """No denied deed when the denier is the victim side, no deed is told, or a side only
    withholds word."""
    denied = [
        e
        for e in events_of(text)
        if e.status == "denied" and e.plover_type in ("ASSAULT", "COERCE")
    ]
    assert denied == [], coded(text)
