"""Words for detention, closures, censorship, corporal punishment, sieges, build-ups and
troops leaving that wire reports and analyst notes use besides "arrest", "attack", "deploy" or
"withdraw" ("held without charge", "cordoned off", "throttled the internet", "publicly flogged",
"laid siege to", "beefed up security", "fled their positions"), with readings that must stay
silent. Sentences are our own, modelled on reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import assert_realised_doer, coded, events_of, probe_params

REALISED = [
    # Detention
    (
        "Military intelligence has held the lawyer without charge in Omdurman since June, "
        "his family said.",
        "COERCE",
        "Arrests",
        None,
    ),
    (
        "The blogger has been held incommunicado in Naypyitaw for three weeks.",
        "COERCE",
        "Arrests",
        None,
    ),
    ("Police in Lahore locked up dozens of activists on Wednesday.", "COERCE", "Arrests", "PAK"),
    ("Mexican marines nabbed a cartel financier in Sinaloa on Monday.", "COERCE", "Arrests", None),
    (
        "The authorities interned hundreds of migrants in a camp outside Tripoli.",
        "COERCE",
        "Arrests",
        None,
    ),
    (
        "Les autorités ont interné des centaines de migrants dans un camp près de Sebha.",
        "COERCE",
        "Arrests",
        None,
    ),
    # Areas closed, nationality revoked, media silenced
    (
        "Police cordoned off the main market in Cap-Haitien on Monday.",
        "COERCE",
        "Other",
        "HTI",
    ),
    ("Police in Dhaka sealed off the university campus on Sunday.", "COERCE", "Other", "BGD"),
    (
        "Managua revoked the citizenship of 60 opponents of the government on Friday.",
        "COERCE",
        "Other",
        None,
    ),
    (
        "The Ethiopian authorities throttled the internet in the Tigray region.",
        "COERCE",
        "Other",
        None,
    ),
    (
        "The media regulator suspended the newspaper L'Observateur for two months.",
        "COERCE",
        "Other",
        None,
    ),
    (
        "The junta imposed a communications blackout on the Sagaing region.",
        "COERCE",
        "Other",
        None,
    ),
    # Abduction
    (
        "Gunmen snatched three aid workers on the road to Bunia on Saturday.",
        "COERCE",
        "Abduction/forced disappearance",
        None,
    ),
    # Corporal punishment and mutilation
    (
        "Taliban officials publicly flogged two men in Logar province on Sunday.",
        "ASSAULT",
        "Attack",
        None,
    ),
    (
        "A woman was stoned to death by militants in the Gao region.",
        "ASSAULT",
        "Attack",
        None,
    ),
    (
        "Les jihadistes ont flagellé publiquement deux jeunes hommes à Tombouctou lundi.",
        "ASSAULT",
        "Attack",
        None,
    ),
    (
        "La lapidation d'une femme par des insurgés a été signalée dans le nord du Mali.",
        "ASSAULT",
        "Attack",
        None,
    ),
    (
        "Des miliciens ont fouetté des commerçants sur le marché de Bunia.",
        "ASSAULT",
        "Attack",
        None,
    ),
    (
        "Les habitants ont découvert la décapitation d'un chef de village par des militants "
        "près de Palma.",
        "ASSAULT",
        "Attack",
        None,
    ),
    # Fire from the air
    (
        "Army helicopter gunships strafed the village of Tangaza in Sokoto state.",
        "ASSAULT",
        "Air/drone strike",
        None,
    ),
    # Sieges
    (
        "Russian forces encircled the town of Pokrovsk on Tuesday.",
        "COERCE",
        "Other",
        "RUS",
    ),
    ("L'armée russe a encerclé la ville de Koupiansk mardi.", "COERCE", "Other", "RUS"),
    (
        "The Rapid Support Forces laid siege to the city of El Obeid in March.",
        "COERCE",
        "Other",
        "GRP.RSF",
    ),
    ("The Rapid Support Forces laid siege to El Obeid in March.", "COERCE", "Other", None),
    # Build-ups
    (
        "The army beefed up security in Maiduguri ahead of the governorship vote.",
        "MOBILIZE",
        "Other",
        "NGA",
    ),
    (
        "La police a renforcé la sécurité autour du palais présidentiel à Niamey.",
        "MOBILIZE",
        "Other",
        "NER",
    ),
    (
        "Pakistan called up 10,000 reserves after the border clashes.",
        "MOBILIZE",
        "Change to group/activity",
        "PAK",
    ),
    (
        "Russian troops massed along the border with Ukraine in November.",
        "MOBILIZE",
        "Other",
        "RUS",
    ),
    # Troops leaving
    (
        "Congolese soldiers fled their positions in Bunagana as the rebels advanced.",
        "RETREAT",
        "Non-violent transfer of territory",
        None,
    ),
    (
        "The Pentagon announced a troop reduction in Syria on Friday.",
        "RETREAT",
        "Non-violent transfer of territory",
        None,
    ),
    # Wordings still missed
    (
        "The junta stripped 12 exiled dissidents of their citizenship on Thursday.",
        "COERCE",
        "Other",
        None,
    ),
    ("Police will cordon off the stadium in Lagos on Saturday.", "COERCE", "Other", None),
]

MISSED: dict[str, str] = {
    "The blogger has been held incommunicado in Naypyitaw for three weeks.": (
        "'held incommunicado' is left out, as 'held without charge'"
    ),
    "Russian forces encircled the town of Pokrovsk on Tuesday.": (
        "'encircle' is left out: mostly the prelude of an attack told in the same sentence"
    ),
    "L'armée russe a encerclé la ville de Koupiansk mardi.": (
        "'encercler' is left out: 'ont encerclé la mosquée et ouvert le feu' is one attack"
    ),
    "Congolese soldiers fled their positions in Bunagana as the rebels advanced.": (
        "'flee' is left out: 'soldiers fleeing the front line raped three women' tells no retreat"
    ),
    "The Rapid Support Forces laid siege to El Obeid in March.": (
        "cause not found: the same wording with 'in April' or 'the city of El Obeid' is coded"
    ),
    "The junta stripped 12 exiled dissidents of their citizenship on Thursday.": (
        "'citizenship' hangs on the object through 'of', out of reach of a verb-object phrase"
    ),
    "Police will cordon off the stadium in Lagos on Saturday.": (
        "the infinitive 'cordon off' is not found as the phrase row"
    ),
    "Des miliciens ont fouetté des commerçants sur le marché de Bunia.": (
        "the militia doer and the traders make it an Armed clash downstream"
    ),
    "Les habitants ont découvert la décapitation d'un chef de village par des militants "
    "près de Palma.": "the residents read as a crowd make it Mob violence",
}


@pytest.mark.parametrize(("text", "plover", "subtype", "doer"), probe_params(REALISED, MISSED))
def test_vocabulary_codes_the_event(text: str, plover: str, subtype: str, doer: str | None) -> None:
    assert_realised_doer(text, plover, subtype, doer)


SILENT = [
    # A general rule, not a ban imposed
    ("The law prohibits the sale of alcohol to minors, the minister said.", "COERCE"),
    # Civilians or investors fleeing are no troops leaving
    ("Residents fled the fighting in Wad Madani on Tuesday.", "RETREAT"),
    ("Investors fled emerging markets as the dollar rose.", "RETREAT"),
    # Crowds massing are no troops
    ("Crowds massed outside the stadium in Accra to greet the team.", "MOBILIZE"),
    # Nobody locked up
    ("The company will lock up its warehouse in Mombasa during the holiday.", "COERCE"),
    # A trainee, a party whip, a victory snatched
    ("She worked as an intern at the ministry in Nairobi.", "COERCE"),
    ("The opposition snatched victory in the local elections in Kano.", "COERCE"),
    ("The government tightened its grip on the economy.", "MOBILIZE"),
    ("The minister said the army will beef up its recruitment drive.", "MOBILIZE"),
    # Soldiers fleeing while they commit another deed, gunmen closing in before they shoot
    (
        "Soldiers fleeing the front line raped two women in a village near Uvira on Sunday.",
        "RETREAT",
    ),
    (
        "Des hommes armés ont encerclé l'église du village et ouvert le feu sur les fidèles.",
        "COERCE",
    ),
]


@pytest.mark.parametrize(("text", "plover"), SILENT)
def test_other_readings_stay_silent(text: str, plover: str) -> None:
    assert not [e for e in events_of(text) if e.plover_type == plover], coded(text)
