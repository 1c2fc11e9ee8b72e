"""Tolls as reports revise and split them: the latest figure replaces an earlier one ("the
death toll later rose to 23", "qui avait d'abord fait état de 16 morts"), the groups of a
list of dead add up ("Deux soldats et quatre assaillants tués"), the wounded a second verb
counts are not dead, and "Aucune victime." after a deed with no violence is its 0."""

from __future__ import annotations

import pytest

from coding import coded, events_of
from dateline.ingest.document import make_document
from dateline.pipeline import process
from dateline.records import Format

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")


def _tolls(text: str) -> list[int | None]:
    return [e.quantities["fatalities"] for e in events_of(text) if e.acled_type in VIOLENT]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Le 3 mars 2025, des combattants de l'UPC ont attaqué une position de l'armée "
            "centrafricaine à Obo. Deux soldats et quatre assaillants tués.",
            6,
        ),
        (
            "On 8 March 2025, Puntland forces clashed with al-Shabaab militants near Bosaso; "
            "Puntland said 9 militants and 3 of its soldiers were killed.",
            12,
        ),
        (
            "Un kamikaze s'est fait exploser jeudi à l'entrée du marché de Kolofata, tuant "
            "cinq personnes et en blessant une vingtaine, selon une source sécuritaire.",
            5,
        ),
        (
            "Une jeune fille s'est fait sauter mardi matin à l'entrée du marché de Waza, "
            "tuant quatre personnes et en blessant une quinzaine, a-t-on appris.",
            4,
        ),
        (
            "A suicide bomber blew himself up at a checkpoint in Mogadishu on Friday, killing "
            "three soldiers and wounding a dozen passers-by, police said.",
            3,
        ),
    ],
)
def test_tolls_groups_of_dead_add_up_and_the_wounded_do_not(text: str, toll: int) -> None:
    assert toll in _tolls(text), coded(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Au moins 31 personnes ont été tuées samedi par une frappe de drone sur le marché "
            "de Kadugli, selon un collectif de médecins, qui avait d'abord fait état de 19 "
            "morts.",
            31,
        ),
        (
            "Au moins quatre personnes ont été tuées dans la nuit à Odessa lors d'une attaque "
            "de drones russes, selon le gouverneur, qui faisait état plus tôt de deux morts.",
            4,
        ),
        (
            "A Russian missile struck an apartment block in Dnipro on Monday, killing at least "
            "27 people, officials said, revising an earlier toll of 15.",
            27,
        ),
        (
            "A drone struck a wedding party in Sennar on Sunday, killing at least 22 people, "
            "a medical source said, revising an earlier toll of 12 dead.",
            22,
        ),
        (
            "A Russian missile strike on a shopping centre in Kremenchuk killed 13 people on "
            "Monday. The death toll later rose to 20, the regional governor said.",
            20,
        ),
        (
            "Une frappe aérienne a tué 14 personnes mardi sur le marché de Tine, au Tchad. Le "
            "bilan s'est ensuite alourdi à 21 morts, selon les autorités locales.",
            21,
        ),
    ],
)
def test_tolls_the_latest_figure_replaces_an_earlier_one(text: str, toll: int) -> None:
    assert _tolls(text) == [toll], coded(text)


def test_tolls_a_toll_of_the_wounded_is_no_death_count() -> None:
    text = (
        "Des obus sont tombés dimanche sur un quartier de Khartoum, tuant trois civils. Le "
        "bilan des blessés s'est alourdi à 40."
    )
    assert _tolls(text) == [3], coded(text)


def test_tolls_no_victims_after_a_deed_without_violence_is_zero() -> None:
    text = (
        "Le 2 avril 2025, des séparatistes ont incendié l'école publique de Batibo, dans le "
        "Nord-Ouest du Cameroun. Aucune victime."
    )
    burnt = [e for e in events_of(text) if e.acled_subtype == "Looting/property destruction"]
    assert [e.quantities["fatalities"] for e in burnt] == [0], coded(text)


def test_tolls_no_victims_stays_with_the_attack_when_one_was_told() -> None:
    text = (
        "On 5 May 2024, the Houthis fired a ballistic missile at Jizan; Saudi air defences "
        "intercepted it over the city. No casualties were reported."
    )
    missile = [e for e in events_of(text) if e.acled_type == "Explosions/Remote violence"]
    assert [e.quantities["fatalities"] for e in missile] == [0], coded(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Les corps de six hommes, portant des traces de balles, ont été découverts lundi "
            "à l'aube au bord de la route de Mazatlán, selon le parquet.",
            6,
        ),
        (
            "On 2 March 2025, gunmen abducted 5 farmers near Zurmi (Zamfara). The bodies of 3 "
            "of them were found two days later in the bush.",
            3,
        ),
        (
            "Nine passengers were offloaded from a Quetta-bound bus and shot dead by gunmen "
            "near Kalat on Friday night, officials said.",
            9,
        ),
        (
            "Selon Human Rights Watch, au moins 37 personnes ont été tuées lundi et mardi "
            "dans la ville et ses environs.",
            37,
        ),
    ],
)
def test_tolls_counts_the_parser_hung_elsewhere(text: str, toll: int) -> None:
    assert toll in _tolls(text), coded(text)


def test_tolls_bodies_found_before_a_protest_are_not_its_toll() -> None:
    text = (
        "Des milliers de personnes ont manifesté dimanche à Tel-Aviv, au lendemain de la "
        "découverte des corps de six otages à Rafah."
    )
    marches = [e for e in events_of(text) if e.plover_type == "PROTEST"]
    # Not the six bodies: a peaceful march's own toll is ACLED's 0.
    assert marches and all(e.quantities["fatalities"] in (None, 0) for e in marches), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Bangladesh a décrété un couvre-feu et déployé l'armée vendredi après des jours "
        "d'affrontements qui ont fait plus de 100 morts.",
        "China sent rescue teams and emergency aid to Myanmar on Tuesday after last week's "
        "earthquake, which killed more than 3,000 people.",
        "Des militaires maliens ont arrêté douze civils peuls lundi au marché de Niono.",
    ],
)
def test_tolls_a_development_counts_no_dead_of_its_own(text: str) -> None:
    developments = [e for e in events_of(text) if e.acled_type == "Strategic developments"]
    assert developments, coded(text)
    assert all(not e.quantities["fatalities"] for e in developments), coded(text)
    assert not [x for e in developments for x in e.evidence if x.field == "fatalities"]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "On 2 June 2024, a mob attacked a Christian shopkeeper accused of blasphemy in "
            "Jaranwala (Punjab) and set fire to his shop; he died of his injuries a week later.",
            1,
        ),
        ("Trois hommes accusés de vol ont été brûlés vifs par une foule à Pétion-Ville.", 3),
    ],
)
def test_tolls_one_person_or_a_death_by_the_deed(text: str, toll: int) -> None:
    assert toll in _tolls(text), coded(text)


def test_tolls_a_later_toll_is_the_main_deed_s_not_a_clash_told_aside() -> None:
    text = (
        "Israeli jets struck an army headquarters in central Damascus on Tuesday, saying they "
        "were protecting the Druze of Sweida, where government troops and Druze fighters have "
        "been clashing since Saturday. Syria's health ministry said five people were killed "
        "and 20 wounded in the capital."
    )
    strikes = [e for e in events_of(text) if e.acled_subtype == "Air/drone strike"]
    assert [e.quantities["fatalities"] for e in strikes] == [5], coded(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Des jihadistes ont attaqué un car près de Gao samedi, fait descendre les "
            "passagers et tué trois d'entre eux, selon des élus.",
            3,
        ),
        (
            "Gunmen stopped two buses near Zhob on Friday, checked the passengers' papers "
            "and killed nine of them, police said.",
            9,
        ),
    ],
)
def test_a_number_of_them_counts_the_dead(text: str, toll: int) -> None:
    # The parser hangs the number on the first verb; "d'entre eux" says it counts people.
    assert _tolls(text) == [toll], coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Une bombe aérienne guidée a touché lundi un immeuble de Soumy, tuant deux civils.",
        "Des bombes aériennes ont frappé jeudi le centre de Kostiantynivka, selon le maire.",
    ],
)
def test_an_aerial_bomb_is_an_air_strike(text: str) -> None:
    # A bomb alone is an IED; dropped from the air it is an air strike.
    assert [e.acled_subtype for e in events_of(text) if e.acled_type in VIOLENT] == [
        "Air/drone strike"
    ], coded(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Russian artillery shelled a market in Kherson on Saturday. The number of people "
            "killed in the shelling has risen to 9, the regional governor said.",
            9,
        ),
        (
            "Un drone a frappé dimanche un bus à Nikopol. Le nombre de morts est passé à "
            "quatre, a indiqué le gouverneur de la région.",
            4,
        ),
        (
            "Russian artillery shelled a market in Kherson on Saturday. The number of people "
            "evacuated from the city has risen to 900, the regional governor said.",
            None,
        ),
    ],
)
def test_a_count_of_the_dead_is_a_toll(text: str, toll: int | None) -> None:
    # "number" and "nombre" count anything: only the dead make them a toll.
    assert _tolls(text) == [toll], coded(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "De violents combats ont opposé jeudi l'armée aux miliciens Mai-Mai près de Beni. "
            "Selon un bilan de la société civile, au moins quatre militaires et deux civils "
            "ont été tués.",
            6,
        ),
        (
            "Troops clashed with bandits near Zurmi on Tuesday. According to a toll from "
            "local officials, at least five soldiers and seven bandits were killed.",
            12,
        ),
    ],
)
def test_a_first_group_hung_on_the_source_adds_up(text: str, toll: int) -> None:
    # The parser hangs the first group of dead on "bilan"/"toll", not on the verb.
    assert _tolls(text) == [toll], coded(text)


def test_a_headline_figure_gives_way_to_its_story() -> None:
    # One report's summary and its detail are not two sources whose lowest figure wins.
    headline = "Les forces du Jubaland affirment avoir tué 12 combattants shebab près d'Afmadow\n"
    text = (
        f"Jubaland Post — Sécurité\n{headline}{headline}12 mars 2025\n"
        "Les forces de sécurité du Jubaland ont affronté mardi des combattants shebab près "
        "d'Afmadow, a annoncé le ministère régional de la Sécurité, qui affirme avoir tué "
        "douze jihadistes et perdu trois soldats."
    )
    document = make_document(
        text, source="test", format=Format.JSONL, is_html=False, published="2025-03-12"
    )
    tolls = [e.quantities["fatalities"] for e in process(document).events]
    assert tolls == [15], coded(text)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Des insurgés ont attaqué mardi plusieurs villages du district de Macomia, "
            "décapitant au moins trois habitants et incendiant une église et des dizaines de "
            "maisons, selon des responsables locaux.",
            3,
        ),
        ("Militants raided a village near Mocimboa on Monday, beheading four farmers.", 4),
    ],
)
def test_a_killing_gerund_counts_and_a_burnt_building_is_nobody(text: str, toll: int) -> None:
    # "incendiant une école" is another verb's object, not one more person killed.
    assert _tolls(text) == [toll], coded(text)
