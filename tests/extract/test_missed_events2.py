"""Events the extractor used to miss, round 2 (issue 5: detection recall, actor1, tolls).

Each case is a short FR/EN report in wire or analyst style, written for this file: a deed
told in a French participle clause the tagger reads as a noun, a killing beside the looting
of the same raid, hostages or cattle counted before the noun that makes the phrase, mines
deactivated, munitions dropped from drones, a town entered without a fight; and the guards
that keep these readings from firing where they would be spurious."""

from __future__ import annotations

import pytest

from coding import coded, codes_as, events_of

R = "realised"
LOOTING = "Looting/property destruction"
ABDUCTION = "Abduction/forced disappearance"
ATTACK = "Attack"
DISRUPTED = "Disrupted weapons use"
DRONE = "Air/drone strike"
CHEMICAL = "Chemical weapon"
TRANSFER = "Non-violent transfer of territory"

# ", incendiant des maisons": the tagger reads the participle after the comma as a noun;
# the verb it comes from is still the deed (``_opens_a_participle_clause``).
PARTICIPLES: list[tuple[str, str, str]] = [
    (
        "Des dizaines de colons israéliens ont attaqué mardi le village de Qusra, en "
        "Cisjordanie, incendiant des maisons et des voitures.",
        "COERCE",
        LOOTING,
    ),
    (
        "Des colons israéliens ont attaqué samedi le village de Turmus Ayya, en Cisjordanie, "
        "incendiant trois maisons et un entrepôt.",
        "COERCE",
        LOOTING,
    ),
]


@pytest.mark.parametrize(("text", "plover", "subtype"), PARTICIPLES)
def test_missed_events2_participle_read_as_a_noun(text: str, plover: str, subtype: str) -> None:
    assert codes_as(text, plover, subtype, R), coded(text)


# A raid that kills and burns: the killing is an attack of its own beside the looting,
# even when its count ("au moins cinq habitants") was not read (``_told_as_a_killing``).
KILLINGS: list[str] = [
    "Des bandits ont attaqué jeudi le village de Kurmin, dans l'État de Zamfara, décapitant "
    "trois paysans et incendiant des greniers.",
    "Des hommes armés ont attaqué jeudi le village de Kadara, dans l'État de Kaduna, "
    "décapitant deux paysans et incendiant le marché.",
]


@pytest.mark.parametrize("text", KILLINGS)
def test_missed_events2_killing_beside_looting(text: str) -> None:
    assert codes_as(text, "ASSAULT", ATTACK, R), coded(text)
    assert codes_as(text, "COERCE", LOOTING, R), coded(text)


# Settlers' attack told only by the houses it burned is that looting, at the village the
# attack names, not at the town its location is given from (``_told_from``, ``_bare_attack``).
def test_missed_events2_crowd_attack_told_by_its_burning() -> None:
    text = (
        "Des dizaines de colons israéliens ont attaqué lundi le village d'Al-Mughayyir, au "
        "nord-est de Ramallah, incendiant trois maisons et plusieurs voitures."
    )
    found = [(e.acled_subtype, e.place.name if e.place else "") for e in events_of(text)]
    assert [subtype for subtype, _ in found] == [LOOTING], coded(text)
    assert found[0][1].endswith("Mughayyir"), found


# The noun that makes a verb-object phrase stands after a count: "took dozens of hostages",
# "emportant plusieurs centaines de têtes de bétail" (``_counted_nouns``).
COUNTED: list[tuple[str, str, str]] = [
    (
        "Gunmen killed 14 villagers in Kurmin Masara, in Nigeria's Kaduna state, on Friday and "
        "took dozens of hostages, residents said.",
        "COERCE",
        ABDUCTION,
    ),
    (
        "Militants stormed a farm near Tillaberi, Niger, on Sunday and took scores of hostages.",
        "COERCE",
        ABDUCTION,
    ),
    (
        "Des jeunes armés ont attaqué dimanche un campement d'éleveurs près de Pibor, au Soudan "
        "du Sud, tuant neuf civils et emportant plusieurs centaines de têtes de bétail.",
        "COERCE",
        LOOTING,
    ),
]


@pytest.mark.parametrize(("text", "plover", "subtype"), COUNTED)
def test_missed_events2_counted_object(text: str, plover: str, subtype: str) -> None:
    assert codes_as(text, plover, subtype, R), coded(text)


# Lexicon rows: mines deactivated, munitions dropped, a town entered unopposed.
ROWS: list[tuple[str, str, str]] = [
    (
        "Les forces mexicaines ont désactivé mardi sept mines artisanales posées sur une piste "
        "près d'Aguililla, dans le Michoacán.",
        "COERCE",
        DISRUPTED,
    ),
    (
        "Mexican soldiers deactivated a bomb planted on a dirt road near Apatzingan, in "
        "Michoacan state, on Wednesday.",
        "COERCE",
        DISRUPTED,
    ),
    (
        "On 3 July 2025, Russian drones dropped munitions on Ukrainian positions near "
        "Kostiantynivka (Donetsk), the Ukrainian army said.",
        "ASSAULT",
        DRONE,
    ),
    (
        "Des drones russes ont largué mardi des grenades sur des positions ukrainiennes près "
        "de Kostiantynivka, dans la région de Donetsk.",
        "ASSAULT",
        DRONE,
    ),
    (
        "On 9 June 2025, Russian drones dropped munitions containing CS gas on Ukrainian "
        "trenches near Lyman (Donetsk).",
        "ASSAULT",
        CHEMICAL,
    ),
    (
        "Les talibans sont entrés dimanche dans Jalalabad sans rencontrer de résistance, a "
        "indiqué un responsable local.",
        "COERCE",
        TRANSFER,
    ),
    (
        "L'armée malienne est entrée mardi sans combattre dans Anéfis, dans la région de Kidal.",
        "COERCE",
        TRANSFER,
    ),
    (
        "M23 rebels entered Uvira on Saturday without meeting resistance, residents said.",
        "COERCE",
        TRANSFER,
    ),
    (
        "Taliban fighters entered Kunduz without a fight on Saturday, officials said.",
        "COERCE",
        TRANSFER,
    ),
]


# Food handed out by an agency is aid, told by what it hands out.
AID_ROWS: list[str] = [
    "Le Programme alimentaire mondial a distribué mardi des rations à quelque 15 000 déplacés "
    "autour de Bunia, dans l'Ituri.",
    "Le 4 mars 2025, le PAM a distribué des vivres à 8 000 réfugiés près de Goré, au Tchad.",
    "The World Food Programme distributed rations to 12,000 displaced people near Bunia on "
    "Tuesday.",
]


@pytest.mark.parametrize("text", AID_ROWS)
def test_missed_events2_aid_handed_out(text: str) -> None:
    assert codes_as(text, "AID", "Other", R), coded(text)


# A road or a bridge blocked by students, residents or villagers is a blockade, coded as a
# protest like one by protesters (``_has_its_crowd``); armed men blocking a road are not.
BLOCKADES: list[str] = [
    "Des centaines d'étudiants ont bloqué lundi le pont de la Liberté à Novi Sad, en Serbie.",
    "Des dizaines de milliers d'étudiants et d'habitants ont bloqué pacifiquement samedi les "
    "ponts de Kragujevac, en Serbie.",
    "Hundreds of villagers blocked the highway near Tororo, in eastern Uganda, on Monday to "
    "demand compensation for their land.",
]


@pytest.mark.parametrize("text", BLOCKADES)
def test_missed_events2_blockade_by_a_crowd(text: str) -> None:
    assert codes_as(text, "PROTEST", "Peaceful protest", R), coded(text)


def test_missed_events2_blockade_told_of_a_target_is_no_protest() -> None:
    text = (
        "Police fired live rounds at youths who had blocked the road to Othaya in Nyeri, "
        "Kenya, on Tuesday, killing two, witnesses said."
    )
    assert not codes_as(text, "PROTEST", "Peaceful protest", R), coded(text)


@pytest.mark.parametrize(("text", "plover", "subtype"), ROWS)
def test_missed_events2_lexicon_rows(text: str, plover: str, subtype: str) -> None:
    assert codes_as(text, plover, subtype, R), coded(text)


# Guards: entering alone takes no town, deactivating an account defuses nothing, a word in
# "-ant" after a comma that comes from no trigger verb stays a noun, and gunmen blocking a
# road hold no protest.
NO_EVENT: list[str] = [
    "La délégation ministérielle est entrée dimanche dans la ville de Kayes, au Mali.",
    "Le président est entré lundi dans la salle du conseil à Bamako sous les applaudissements.",
    "Le gouvernement a désactivé lundi les comptes de plusieurs médias à Ouagadougou.",
    "Le maire de Bamako, Adama Sangaré, a inauguré lundi un nouveau marché.",
    "Gunmen blocked the highway near Zurmi, in Zamfara state, on Monday, residents said.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_missed_events2_guards(text: str) -> None:
    assert not events_of(text), coded(text)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Un minibus a sauté lundi sur une mine sur la route entre Douentza et Boni, tuant "
            "neuf passagers.",
            1,
        ),
        (
            "A roadside bomb hit an army convoy on the road between Mueda and Awasse on "
            "Tuesday, killing two soldiers.",
            1,
        ),
        ("Des drones ont frappé lundi les villes de Douentza et de Boni.", 2),
    ],
)
def test_a_road_between_two_towns_is_one_place(text: str, events: int) -> None:
    # A stretch of road is one event at its first end; two towns listed are two events.
    found = [e for e in events_of(text) if e.acled_type == "Explosions/Remote violence"]
    assert len(found) == events, coded(text)
