"""Events the extractor used to miss (issue 5: detection recall without losing precision).

Each case is a short FR/EN report in wire or analyst style, written for this file, that
tells a second deed after a first one, a killing revealed by bodies found, a claim and its
denial, or a protest in a phrasing the lexicon did not reach; and the guards that keep these
readings from firing where they would be spurious."""

from __future__ import annotations

import pytest

from coding import coded, codes_as, events_of

R = "realised"
LOOTING = "Looting/property destruction"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"
ARRESTS = "Arrests"
ATTACK = "Attack"
PEACEFUL = "Peaceful protest"
TAKEN = "Non-state actor overtakes territory"
RETAKEN = "Government regains territory"

# A deed told in its own clause after an incident, with nothing else named in it: the
# incident's doers, place and date carry over (``_damage_after_an_attack``).
FOLLOW_UPS: list[tuple[str, str, str]] = [
    (
        "Gunmen killed 12 villagers in a night raid on Kadara, in Nigeria's Kaduna state, on "
        "Tuesday, residents said. The attackers also burned houses and the village market.",
        "COERCE",
        LOOTING,
    ),
    (
        "Des hommes armés ont attaqué lundi le village de Tondibi, dans l'ouest du Niger, tuant "
        "neuf civils. Trois femmes ont été enlevées.",
        "COERCE",
        ABDUCTION,
    ),
    (
        "Des soldats en déroute ont pillé mardi des boutiques à Kalehe, dans le Sud-Kivu ; au "
        "moins quatre femmes ont été violées, selon des témoins.",
        "ASSAULT",
        SEXUAL,
    ),
    (
        "Des combattants jihadistes ont incendié jeudi une dizaine de camions près de Nioro du "
        "Sahel, au Mali, selon des transporteurs. Plusieurs chauffeurs ont été enlevés.",
        "COERCE",
        ABDUCTION,
    ),
    (
        "Le 3 mai 2024, la police a dispersé à coups de gaz lacrymogène des milliers de "
        "manifestants devant le Parlement à Tbilissi ; des dizaines de personnes ont été "
        "blessées et 21 interpellées.",
        "COERCE",
        ARRESTS,
    ),
    (
        "On 2 April 2025, Fulani Ethnic Militia (Nigeria) attacked the village of Mbar "
        "(Bokkos, Plateau), killing 17 civilians. Property destroyed. Fatalities coded as 17.",
        "COERCE",
        LOOTING,
    ),
]


@pytest.mark.parametrize(("text", "plover", "subtype"), FOLLOW_UPS)
def test_missed_events_follow_up_deed(text: str, plover: str, subtype: str) -> None:
    assert codes_as(text, plover, subtype, R), coded(text)


# Bodies found are the killing they reveal, coded as analysts do (an Attack of its own).
BODIES: list[str] = [
    "Gunmen abducted six farmers near Zurmi, in Zamfara state, on Monday. The bodies of three "
    "of them were found on Wednesday on a farm road.",
    "Les corps de quatre hommes, portant des traces de balles, ont été découverts samedi au bord "
    "d'une route à la sortie de Culiacán, au Mexique.",
    "Des soldats ont arrêté lundi une dizaine d'hommes au marché de Boulkessi, au Burkina Faso ; "
    "plusieurs d'entre eux ont été retrouvés morts deux jours plus tard.",
    "On 4 May 2024, an Unidentified Armed Group (Mexico) abducted 5 men from a ranch in "
    "Jerez (Zacatecas); 2 of them were found dead the next day.",
]


@pytest.mark.parametrize("text", BODIES)
def test_missed_events_bodies_found(text: str) -> None:
    assert codes_as(text, "ASSAULT", ATTACK, R), coded(text)


# A claim and its denial are two events: the deed as claimed, and its denied copy.
DENIALS: list[tuple[str, str]] = [
    (
        "On 3 March 2025, the Russian defence ministry claimed Russian forces had captured "
        "Kurakhove (Kurakhove, Donetsk); Ukraine's General Staff denied the claim.",
        TAKEN,
    ),
    (
        "Gunmen killed 14 people in a night raid on villages near Gimbi, in Ethiopia's Oromia "
        "region, residents said. The Oromo Liberation Army denied involvement, accusing "
        "government-allied militias of the killings.",
        ATTACK,
    ),
]


@pytest.mark.parametrize(("text", "subtype"), DENIALS)
def test_missed_events_claim_and_denial(text: str, subtype: str) -> None:
    statuses = {e.status for e in events_of(text) if e.acled_subtype == subtype}
    assert {"realised", "denied"} <= statuses, coded(text)


# Two events of one type in one sentence that are not one event.
APART: list[tuple[str, set[str]]] = [
    (
        "On 12 May 2025, ISWAP fighters overran the army base in Marte (Marte, Borno); troops "
        "of the Nigerian army retook the town on 13 May.",
        {TAKEN, RETAKEN},
    ),
    (
        "On 20 February 2025, gang members raped at least five women during a raid on a "
        "neighbourhood of Saint-Marc (Saint-Marc, Artibonite); three men were shot dead.",
        {SEXUAL, ATTACK},
    ),
    (
        "On 9 August 2024, government soldiers stormed a guesthouse in Bor (Bor South, "
        "Jonglei), raping several women and killing a local teacher.",
        {SEXUAL, ATTACK},
    ),
]


@pytest.mark.parametrize(("text", "subtypes"), APART)
def test_missed_events_kept_apart(text: str, subtypes: set[str]) -> None:
    assert subtypes <= {e.acled_subtype for e in events_of(text)}, coded(text)


# Phrasings the lexicon did not reach: a crowd blocking a road, a phrase's object the parser
# hung on a time word, means or measures named through "usage de", "instauration de",
# "hundreds of".
PHRASINGS: list[tuple[str, str, str]] = [
    (
        "Des centaines de manifestants ont bloqué mardi l'avenue principale de Koutaïssi, en "
        "Géorgie, pour exiger la libération de militants.",
        "PROTEST",
        PEACEFUL,
    ),
    (
        "Des manifestants antigouvernementaux ont lancé vendredi soir des pierres sur le siège "
        "du parti au pouvoir à Novi Sad, en Serbie.",
        "PROTEST",
        "Violent demonstration",
    ),
    (
        "Le 30 avril 2024, la police anti-émeute a fait usage de canons à eau contre des "
        "milliers de manifestants rassemblés devant le Parlement à Tbilissi.",
        "PROTEST",
        "Protest with intervention",
    ),
    (
        "Le chef de la police de l'État de Kano, au Nigeria, a annoncé l'instauration d'un "
        "couvre-feu de 24 heures.",
        "COERCE",
        "Other",
    ),
    (
        "Serbian police made hundreds of arrests in Belgrade on Saturday after protesters "
        "clashed with officers.",
        "COERCE",
        ARRESTS,
    ),
    (
        "Le 24 mars 2025, des combattants de l'ISWAP ont attaqué la base militaire de Damasak "
        "(Mobbar, Borno). Le 26 mars, l'armée nigériane a repris la localité.",
        "ASSAULT",
        RETAKEN,
    ),
]


@pytest.mark.parametrize(("text", "plover", "subtype"), PHRASINGS)
def test_missed_events_phrasing(text: str, plover: str, subtype: str) -> None:
    assert codes_as(text, plover, subtype, R), coded(text)


# Where these readings must not fire.
NOT_EVENTS: list[tuple[str, str]] = [
    (
        "A crowd beat to death a man accused of theft in Lubumbashi on Friday, police said, "
        "adding that nobody had been arrested.",
        ARRESTS,
    ),
    (
        "On 25 June 2025, Rioters (Kenya) set fire to the police station in Kikuyu (Kikuyu, "
        "Kiambu) during protests. Property destroyed.",
        LOOTING,
    ),
    (
        "Gunmen loyal to a bandit kingpin blocked the highway near Tsafe, in Nigeria's "
        "Zamfara state, on Sunday and abducted travellers.",
        PEACEFUL,
    ),
]


@pytest.mark.parametrize(("text", "subtype"), NOT_EVENTS)
def test_missed_events_guards(text: str, subtype: str) -> None:
    assert not any(e.acled_subtype == subtype and e.status == R for e in events_of(text)), coded(
        text
    )


def test_missed_events_usage_needs_a_light_verb() -> None:
    """ "l'usage de leurs missiles" under a request names no strike; "a fait usage de" does."""
    text = (
        "Le président ukrainien a de nouveau demandé aux pays occidentaux de lever les "
        "restrictions sur l'usage de leurs missiles contre des cibles en Russie."
    )
    shelling = "Shelling/artillery/missile attack"
    assert not any(e.acled_subtype == shelling for e in events_of(text)), coded(text)
