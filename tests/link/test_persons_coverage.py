"""Office holders the actor dictionary used to lack (issue 5: actor1 on unseen reports).

Statements, meetings and decisions are coded with the person as actor1; a person missing
from ``persons.jsonl`` drops the event or gives it a wrong actor. These cases name a
sample of the people added, by name, by title and name, and by the title alone at a
date inside the role, so the title must resolve to whoever held the office that day.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from placekit import Linker, Parser

from dateline.link.actors import dictionary as actor_dictionary
from dateline.link.actors.linker import link_actors

Linked = Callable[[str, str, str], dict[str, str]]


@pytest.fixture(scope="module")
def linked(parsed: Parser, places: Linker) -> Linked:
    """``linked(text, lang, day)``: each actor mention's text and its id, with ``day`` as
    a trusted publication date (titles alone resolve against it)."""

    def run(text: str, lang: str, day: str) -> dict[str, str]:
        mentions = link_actors(
            parsed(text, lang),
            places(text, lang),
            actor_dictionary.load_actors(),
            reference=date.fromisoformat(day),
            reference_confidence=1.0,
        )
        return {mention.text: mention.canonical_id for mention in mentions}

    return run


@pytest.mark.parametrize(
    ("text", "lang", "name", "person"),
    [
        (
            "President Aleksandar Vucic accused foreign-backed 'blockaders' on Sunday of "
            "trying to topple the government.",
            "en",
            "Aleksandar Vucic",
            "PER.VUCIC_ALEKSANDAR",
        ),
        (
            "Albin Kurti a accusé Belgrade d'avoir armé le commando retranché dans le "
            "monastère de Banjska.",
            "fr",
            "Albin Kurti",
            "PER.KURTI_ALBIN",
        ),
        (
            "Viktor Orban said on Thursday he would block the new package of sanctions.",
            "en",
            "Viktor Orban",
            "PER.ORBAN_VIKTOR",
        ),
        (
            "Bruno Retailleau a annoncé mardi l'expulsion de trois ressortissants algériens.",
            "fr",
            "Bruno Retailleau",
            "PER.RETAILLEAU_BRUNO",
        ),
        (
            "Cyril Ramaphosa called on Friday for an immediate ceasefire in Gaza.",
            "en",
            "Cyril Ramaphosa",
            "PER.RAMAPHOSA_CYRIL",
        ),
        (
            "Hun Manet a accusé les soldats thaïlandais d'avoir ouvert le feu les premiers.",
            "fr",
            "Hun Manet",
            "PER.HUN_MANET",
        ),
        (
            "Lai Ching-te said the island would not bow to pressure from Beijing.",
            "en",
            "Lai Ching-te",
            "PER.LAI_CHING_TE",
        ),
        (
            "Irakli Kobakhidze a qualifié les manifestants de Tbilissi d'extrémistes.",
            "fr",
            "Irakli Kobakhidze",
            "PER.KOBAKHIDZE_IRAKLI",
        ),
        (
            "Mamadi Doumbouya dissolved the government on Monday evening.",
            "en",
            "Mamadi Doumbouya",
            "PER.DOUMBOUYA_MAMADI",
        ),
        (
            "Luiz Inacio Lula da Silva criticised the new tariffs on Brazilian steel.",
            "en",
            "Luiz Inacio Lula da Silva",
            "PER.LULA_DA_SILVA",
        ),
    ],
)
def test_persons_linked_by_name(
    linked: Linked, text: str, lang: str, name: str, person: str
) -> None:
    assert linked(text, lang, "2024-06-01").get(name) == person


@pytest.mark.parametrize(
    ("text", "lang", "day", "title", "person"),
    [
        (
            "Le président serbe Aleksandar Vučić a dénoncé une tentative de révolution colorée.",
            "fr",
            "2025-03-16",
            "président serbe",
            "PER.VUCIC_ALEKSANDAR",
        ),
        (
            "Hungarian Prime Minister Viktor Orban said Budapest would veto the aid.",
            "en",
            "2024-12-12",
            "Hungarian Prime Minister",
            "PER.ORBAN_VIKTOR",
        ),
        (
            "Jordanian Foreign Minister Ayman Safadi condemned the strike on the camp.",
            "en",
            "2024-05-28",
            "Jordanian Foreign Minister",
            "PER.SAFADI_AYMAN",
        ),
        (
            "Le ministre turc de la Défense Yasar Güler a menacé les combattants kurdes.",
            "fr",
            "2024-10-24",
            "ministre turc de la Défense",
            "PER.GULER_YASAR",
        ),
        (
            "Iranian Defence Minister Aziz Nasirzadeh said Tehran would respond firmly.",
            "en",
            "2025-06-20",
            "Iranian Defence Minister",
            "PER.NASIRZADEH_AZIZ",
        ),
        (
            "Le ministre israélien de la Défense Avigdor Liberman a ordonné la fermeture "
            "du point de passage de Kerem Shalom.",
            "fr",
            "2018-08-01",
            "ministre israélien de la Défense",
            "PER.LIBERMAN_AVIGDOR",
        ),
        (
            "Ukrainian Interior Minister Ihor Klymenko said twelve people were killed in "
            "the strike on the city.",
            "en",
            "2024-07-08",
            "Ukrainian Interior Minister",
            "PER.KLYMENKO_IHOR",
        ),
        (
            "Le président tunisien Kaïs Saïed a limogé son Premier ministre dans la nuit.",
            "fr",
            "2024-08-08",
            "président tunisien",
            "PER.SAIED_KAIS",
        ),
        (
            "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the talks "
            "had reached a critical stage.",
            "en",
            "2024-05-14",
            "Qatari Prime Minister",
            "PER.AL_THANI_MOHAMMED_BIN_ABDULRAHMAN",
        ),
        (
            "Chinese Defence Minister Dong Jun warned against any move towards independence.",
            "en",
            "2024-06-02",
            "Chinese Defence Minister",
            "PER.DONG_JUN",
        ),
    ],
)
def test_persons_linked_by_title_and_name(
    linked: Linked, text: str, lang: str, day: str, title: str, person: str
) -> None:
    assert linked(text, lang, day).get(title) == person


@pytest.mark.parametrize(
    ("text", "lang", "day", "title", "person"),
    [
        (
            "The Serbian President accused the protesters of planning a coup.",
            "en",
            "2025-03-01",
            "Serbian President",
            "PER.VUCIC_ALEKSANDAR",
        ),
        # One title, several holders over the years: the day decides.
        (
            "Le Premier ministre français a annoncé un plan pour la Nouvelle-Calédonie.",
            "fr",
            "2024-05-14",
            "Premier ministre français",
            "PER.ATTAL_GABRIEL",
        ),
        (
            "Le Premier ministre français a annoncé un plan pour la Nouvelle-Calédonie.",
            "fr",
            "2024-10-14",
            "Premier ministre français",
            "PER.BARNIER_MICHEL",
        ),
        (
            "La Première ministre japonaise a promis une réponse ferme à Pékin.",
            "fr",
            "2025-11-20",
            "Première ministre japonaise",
            "PER.TAKAICHI_SANAE",
        ),
        (
            "The Japanese Prime Minister promised a firm answer to Beijing.",
            "en",
            "2023-05-20",
            "Japanese Prime Minister",
            "PER.KISHIDA_FUMIO",
        ),
        (
            "Le chef de la junte guinéenne a dissous le gouvernement lundi soir.",
            "fr",
            "2024-02-19",
            "chef de la junte guinéenne",
            "PER.DOUMBOUYA_MAMADI",
        ),
        (
            "The Cambodian Prime Minister said Thai troops had fired first.",
            "en",
            "2025-07-24",
            "Cambodian Prime Minister",
            "PER.HUN_MANET",
        ),
        (
            "La présidente géorgienne a refusé de reconnaître le résultat des élections.",
            "fr",
            "2024-11-01",
            "présidente géorgienne",
            "PER.ZOURABICHVILI_SALOME",
        ),
        (
            "Le président sud-africain a appelé à un cessez-le-feu immédiat.",
            "fr",
            "2017-06-01",
            "président sud-africain",
            "PER.ZUMA_JACOB",
        ),
        (
            "The Polish President vetoed the bill on Thursday.",
            "en",
            "2025-10-02",
            "Polish President",
            "PER.NAWROCKI_KAROL",
        ),
        (
            "The Israeli army chief said the army was ready for war on the northern front.",
            "en",
            "2021-05-12",
            "Israeli army chief",
            "PER.KOCHAVI_AVIV",
        ),
    ],
)
def test_persons_title_alone_resolves_to_holder_on_the_day(
    linked: Linked, text: str, lang: str, day: str, title: str, person: str
) -> None:
    assert linked(text, lang, day).get(title) == person


@pytest.mark.parametrize(
    ("text", "lang", "surname", "person"),
    [
        (
            "Alassane Ouattara a reçu mardi les chefs de l'opposition. Ouattara a promis "
            "un dialogue.",
            "fr",
            "Ouattara",
            "PER.OUATTARA_ALASSANE",
        ),
        (
            "Anthony Albanese met the Chinese premier in Beijing. Albanese said trade had "
            "improved.",
            "en",
            "Albanese",
            "PER.ALBANESE_ANTHONY",
        ),
    ],
)
def test_persons_common_surname_links_after_full_name(
    linked: Linked, text: str, lang: str, surname: str, person: str
) -> None:
    assert linked(text, lang, "2024-06-01").get(surname) == person


@pytest.mark.parametrize(
    ("text", "lang", "surname"),
    [
        ("Moussa Ouattara, un commerçant de Bobo-Dioulasso, a été enlevé.", "fr", "Ouattara"),
        ("Francesca Albanese, the UN rapporteur, criticised the strikes.", "en", "Albanese"),
    ],
)
def test_persons_common_surname_alone_links_to_nobody(
    linked: Linked, text: str, lang: str, surname: str
) -> None:
    found = linked(text, lang, "2024-06-01")
    assert not any(
        mention.endswith(surname) and "PER." in actor for mention, actor in found.items()
    )
