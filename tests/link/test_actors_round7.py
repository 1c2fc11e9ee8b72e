"""Actors the linker missed or misread on unseen reports (issue 5, round 7): bodies named
by common nouns ("federal forces", "the provincial government") or by a seat, groups and
services news names often, and names that are no party or no home (a mediator, a border,
a nationality wrapped around a service's own name)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.records import Extraction

Extract = Callable[[str, str], Extraction]


def _ids(extraction: Extraction) -> dict[str, str]:
    """Each mention's text and the id it links to."""
    return {actor.text: actor.canonical_id for actor in extraction.actors}


def _all_ids(extraction: Extraction) -> set[str]:
    return {actor.canonical_id for actor in extraction.actors}


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Huit civils ont été tués jeudi près de Bahir Dar, en Amhara. Les miliciens Fano "
            "accusent les forces fédérales d'avoir bombardé le marché.",
            "fr",
            "forces fédérales",
            "ETH.MIL",
        ),
        (
            "Clashes broke out near Gondar, in Ethiopia's Amhara region, on Monday as federal "
            "troops moved into the town.",
            "en",
            "federal troops",
            "ETH.MIL",
        ),
        (
            "Six labourers were shot dead near Turbat in Balochistan on Friday; the provincial "
            "government announced compensation for their families.",
            "en",
            "provincial government",
            "PAK.GOV",
        ),
        (
            "Des hommes armés ont tué cinq ouvriers près de Gwadar, au Baloutchistan. Le "
            "ministre en chef a promis une enquête.",
            "fr",
            "ministre en chef",
            "PAK.GOV",
        ),
    ],
)
def test_linker_home_bodies_by_common_noun(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _ids(extract(text, lang)).get(mention) == actor_id


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Le Service national de sécurité a interpellé mardi à Vanadzor un député de "
            "l'opposition soupçonné de corruption.",
            "fr",
            "Service national de sécurité",
            "ARM.POL",
        ),
        (
            "Les rebelles yéménites ont revendiqué une attaque de drone contre un navire.",
            "fr",
            "rebelles yéménites",
            "GRP.HOUTHI",
        ),
        (
            "Le groupe de Hafiz Gul Bahadur a revendiqué l'attaque d'un poste militaire au "
            "Waziristan-du-Nord.",
            "fr",
            "groupe de Hafiz Gul Bahadur",
            "GRP.HGB",
        ),
        (
            "Des combattants de l'Armée de libération nationale de Papouasie occidentale ont "
            "tué deux soldats indonésiens dans le district d'Intan Jaya.",
            "fr",
            "Armée de libération nationale de Papouasie occidentale",
            "GRP.TPNPB",
        ),
        (
            "The West Papua National Liberation Army said it shot down a helicopter.",
            "en",
            "West Papua National Liberation Army",
            "GRP.TPNPB",
        ),
    ],
)
def test_linker_groups_and_services_news_names(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _ids(extract(text, lang)).get(mention) == actor_id


def test_linker_service_name_beats_the_nationality_around_it(extract: Extract) -> None:
    found = extract("Deux agents de la DGSE française ont été arrêtés en mars à Niamey.", "fr")
    assert _ids(found).get("DGSE") == "FRA.DGSE"
    assert "FRA" not in _all_ids(found)


def test_linker_mediator_does_not_set_the_home(extract: Extract) -> None:
    found = extract(
        "Sous médiation turque, le gouvernement a libéré douze détenus à Khartoum.", "fr"
    )
    assert _ids(found).get("le gouvernement") == "SDN.GOV"


def test_linker_border_does_not_set_the_home(extract: Extract) -> None:
    found = extract(
        "A soldier was killed in Cucuta near the Venezuelan border on Sunday, the army said.",
        "en",
    )
    assert _ids(found).get("the army") == "COL.MIL"


@pytest.mark.parametrize(
    ("text", "lang", "actor_id"),
    [
        (
            "L'Union européenne a adopté de nouvelles sanctions contre Minsk. Bruxelles a "
            "appelé les autorités à libérer les opposants.",
            "fr",
            "IGO.EU",
        ),
        (
            "La Belgique a rappelé son ambassadeur à Kigali. Bruxelles a dénoncé une décision "
            "injustifiée.",
            "fr",
            "BEL.GOV",
        ),
    ],
)
def test_linker_brussels_speaks_for_the_eu_it_seats(
    extract: Extract, text: str, lang: str, actor_id: str
) -> None:
    assert _ids(extract(text, lang)).get("Bruxelles") == actor_id


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "A junta air strike on a school near Sagaing, in Myanmar, killed nine children. "
            "The regime did not comment.",
            "en",
            "junta air strike",
            "MMR.MIL",
        ),
        (
            "Junta airstrikes hit two villages near Kalay, in Sagaing region, on Sunday.",
            "en",
            "Junta airstrikes",
            "MMR.MIL",
        ),
    ],
)
def test_linker_junta_strikes_are_its_military(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _ids(extract(text, lang)).get(mention) == actor_id


@pytest.mark.parametrize(
    ("text", "lang", "mention", "actor_id"),
    [
        (
            "Bakou a accusé les forces arméniennes d'avoir tiré. Erevan a « catégoriquement » "
            "démenti ces accusations.",
            "fr",
            "Erevan",
            "ARM.GOV",
        ),
        (
            "Des tireurs ont tué quatre paysans au Manipur. New Delhi a dépêché vendredi dix "
            "compagnies de renfort dans le district.",
            "fr",
            "New Delhi",
            "IND.GOV",
        ),
    ],
)
def test_linker_capital_that_acts(
    extract: Extract, text: str, lang: str, mention: str, actor_id: str
) -> None:
    assert _ids(extract(text, lang)).get(mention) == actor_id


def test_linker_capital_struck_is_a_place(extract: Extract) -> None:
    found = extract("Russian missiles hit Kyiv overnight, killing three people.", "en")
    assert "UKR.GOV" not in _all_ids(found)


def test_linker_brussels_is_belgium_when_belgium_is_named(extract: Extract) -> None:
    found = extract(
        "The European Union sanctioned three Rwandan officers. Rwanda cut ties with Belgium, "
        "and Brussels called the move absurd.",
        "en",
    )
    assert _ids(found).get("Brussels") == "BEL.GOV"


@pytest.mark.parametrize(
    ("text", "lang", "state"),
    [
        (
            "Des dizaines de colons israéliens ont incendié des maisons près de Naplouse.",
            "fr",
            "ISR",
        ),
        ("Israeli settlers set fire to homes and cars near Ramallah on Friday.", "en", "ISR"),
        (
            "Des manifestants ont attaqué les locaux du Parti progressiste serbe à Novi Sad.",
            "fr",
            "SRB",
        ),
        ("La junte a suspendu la diffusion de deux chaînes françaises à Bamako.", "fr", "FRA"),
    ],
)
def test_linker_nationality_of_settlers_parties_channels_is_no_state(
    extract: Extract, text: str, lang: str, state: str
) -> None:
    assert state not in _all_ids(extract(text, lang))
