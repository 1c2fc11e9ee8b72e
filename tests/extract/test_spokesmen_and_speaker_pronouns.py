"""Doers told through whoever speaks for them: an army spokesman of the story's country
("Army spokesman Jean X said the unit would not be withdrawn", in a Goma report: Congo's
army), and a pronoun subject of a word of intent under a statement ("The EU said it was
preparing to lift sanctions": the EU). Sentences are our own, modelled on wire reports
from several conflicts."""

from __future__ import annotations

import pytest

from coding import doer_of, events_of, probe_params

DOERS = [
    # An army or military spokesman, named or not, in a story set in one country.
    (
        "UVIRA, Congo (Reuters) - Army spokesman Jean-Pierre Mulumba said the commander "
        "would not be withdrawn from the town.",
        "RETREAT",
        "COD.MIL",
    ),
    (
        "BAMAKO (Reuters) - An army spokesman said the garrison would be withdrawn from Gao.",
        "RETREAT",
        "MLI.MIL",
    ),
    (
        "MAPUTO (Reuters) - Army spokeswoman Maria Tembe said the battalion would be "
        "withdrawn from Mocimboa da Praia.",
        "RETREAT",
        "MOZ.MIL",
    ),
    (
        "ABUJA (Reuters) - Army spokesman Onyema Nwachukwu said the brigade had been pulled "
        "out of Damboa.",
        "RETREAT",
        "NGA.MIL",
    ),
    (
        "OUAGADOUGOU (Reuters) - Military spokesman Issa Ouedraogo said the detachment would "
        "not be withdrawn from Djibo.",
        "RETREAT",
        "BFA.MIL",
    ),
    (
        "KHARTOUM (Reuters) - The army spokesman said the brigade would not be withdrawn "
        "from El Fasher.",
        "RETREAT",
        "SDN.MIL",
    ),
    # "It" under a statement, subject of a word of intent or readiness: the speaker.
    (
        "BRUSSELS (Reuters) - The European Union said it was preparing to lift its "
        "remaining sanctions on Damascus.",
        "CONCEDE",
        "IGO.EU",
    ),
    (
        "The African Union said it was preparing to deploy observers to the Sudanese border.",
        "MOBILIZE",
        "IGO.AU",
    ),
    ("The European Union said it was ready to lift sanctions on Belarus.", "CONCEDE", "IGO.EU"),
    (
        "ECOWAS said it was willing to lift the sanctions imposed on Niger.",
        "CONCEDE",
        "IGO.ECOWAS",
    ),
    (
        "L'Union européenne a déclaré qu'elle était prête à lever les sanctions contre la Syrie.",
        "CONCEDE",
        "IGO.EU",
    ),
    (
        "Le Conseil de sécurité de l'ONU a indiqué qu'il était prêt à imposer de nouvelles "
        "sanctions au Soudan du Sud.",
        "SANCTION",
        "IGO.UNSC",
    ),
    # Must not change: a known holder, a group's spokesman, a state's own word.
    (
        "CARACAS (Reuters) - Defence Minister Vladimir Padrino said troops would be deployed "
        "along the coast.",
        "MOBILIZE",
        "VEN.MIL",
    ),
    (
        "NAIROBI (Reuters) - The interior minister denied the claims and accused the "
        "protesters of attacking police.",
        "ACCUSE",
        "KEN.MOI",
    ),
    (
        "KABUL (Reuters) - Taliban spokesman Zabihullah Mujahid said the fighters would be "
        "withdrawn from Panjshir.",
        "RETREAT",
        "GRP.TALIBAN",
    ),
    (
        "GOMA, Congo (Reuters) - M23 military spokesman Willy Ngoma said the fighters would "
        "not withdraw from the town.",
        "RETREAT",
        "GRP.M23",
    ),
    (
        "Le ministère des Affaires étrangères de la Russie a fait savoir qu'il s'apprêtait à "
        "expulser deux diplomates britanniques.",
        "COERCE",
        "RUS.MFA",
    ),
    (
        "Washington said it planned to impose new sanctions on Venezuelan officials.",
        "SANCTION",
        "USA",
    ),
    # Work for others is not intent: who "works to lift" is left to the wording.
    ("The European Union said it was working to lift sanctions on Syria.", "CONCEDE", "IGO.EU"),
    # A possessive pointing back to a person named before: his party speaks.
    (
        "Le vice-président Riek Machar a été placé en résidence surveillée à Juba. Ses "
        "proches accusent le président Salva Kiir de vouloir saboter l'accord de paix.",
        "ACCUSE",
        "GRP.SPLM_IO",
    ),
]

MISSED: dict[str, str] = {
    "The European Union said it was working to lift sanctions on Syria.": (
        "only words of intent or readiness lead back to the speaker: 'said it was working to "
        "broker a truce, which the two sides agreed' brokers an agreement others make"
    ),
    "Le vice-président Riek Machar a été placé en résidence surveillée à Juba. Ses "
    "proches accusent le président Salva Kiir de vouloir saboter l'accord de paix.": (
        "'ses proches' of a person named before are their party's, but the dictionary gives "
        "Machar no party (only a note), so there is nothing to lead back to"
    ),
}


@pytest.mark.parametrize(("text", "plover", "doer"), probe_params(DOERS, MISSED))
def test_doer_told_through_its_speaker(text: str, plover: str, doer: str) -> None:
    got = doer_of(text, plover) or ""
    assert got == doer or got.startswith(f"{doer}."), got


NOT_THE_HOME_ARMY = [
    # A rebel group's spokesman is not the story country's army.
    "GOMA, Congo (Reuters) - The rebels' military spokesman, Patrick Busu, said the fighters "
    "would not withdraw from the town.",
    # No country to the story: no army to guess.
    "Army spokesman Juma Odhiambo said the unit would be withdrawn.",
]


@pytest.mark.parametrize("text", NOT_THE_HOME_ARMY)
def test_spokesman_of_no_state_army(text: str) -> None:
    doers = [e.actor1.canonical_id for e in events_of(text) if e.actor1 is not None]
    assert not any(d.endswith(".MIL") for d in doers), doers
