"""Deaths told in the sentence right after an armed actor's move (an operation, an assault
that made no event of its own) are that actor's deed; a capital or a state giving the toll
("selon Kigali", "according to Nairobi") speaks for its government and is not where the
deed happened. Sentences are our own, modelled on wire reports from several conflicts."""

from __future__ import annotations

import pytest

from coding import coded, events_of, probe_params

# (report, the doer of the killing)
CARRIED = [
    (
        "Des soldats rwandais ont mené mardi une opération contre des insurgés près de "
        "Mocímboa da Praia. Cinq insurgés ont été tués, selon Kigali.",
        "RWA.MIL",
    ),
    (
        "Les paramilitaires des FSR ont tenté samedi de pénétrer dans Kadugli par le sud. "
        "Au moins quinze combattants ont été tués lors de ces assauts.",
        "GRP.RSF",
    ),
    (
        "Kenyan troops launched an operation against al-Shabaab fighters near Afmadow on "
        "Monday. Eleven militants were killed, according to Nairobi.",
        "KEN.MIL",
    ),
    (
        "Les combattants du M23 ont tenté mercredi de franchir la rivière près de Walikale. "
        "Au moins huit personnes ont été tuées au cours de ces combats.",
        "GRP.M23",
    ),
    (
        "Rapid Support Forces fighters tried on Sunday to break into Babanusa from the "
        "west. At least 20 people were killed during the fighting.",
        "GRP.RSF",
    ),
    (
        "Ukrainian troops pushed into Russian positions near Kupiansk on Tuesday. Fourteen "
        "people were killed during the assault.",
        "UKR.MIL",
    ),
    (
        "Les soldats maliens ont mené dimanche une offensive contre les positions jihadistes "
        "autour de Boni. Une dizaine de terroristes ont été tués, selon Bamako.",
        "MLI.MIL",
    ),
]

MISSED: dict[str, str] = {}


@pytest.mark.parametrize(("text", "doer"), probe_params(CARRIED, MISSED))
def test_killing_is_the_armed_actor_s(text: str, doer: str) -> None:
    deaths = [e for e in events_of(text) if e.plover_type == "ASSAULT" and e.status == "realised"]
    got = [e.actor1.canonical_id if e.actor1 else "" for e in deaths]
    assert any(g == doer or g.startswith(f"{doer}.") for g in got), coded(text)


# (report, the capital that gives the toll)
SOURCES = [
    (
        "Des soldats rwandais ont mené mardi une opération contre des insurgés près de "
        "Mocímboa da Praia. Cinq insurgés ont été tués, selon Kigali.",
        "Kigali",
    ),
    (
        "Kenyan troops launched an operation against al-Shabaab fighters near Afmadow on "
        "Monday. Eleven militants were killed, according to Nairobi.",
        "Nairobi",
    ),
    (
        "Somali special forces raided an al-Shabaab hideout near Jilib on Wednesday. Seven "
        "fighters died in the raid, according to Mogadishu.",
        "Mogadishu",
    ),
    (
        "Des militaires burkinabè ont ratissé lundi la forêt près de Djibo. Une vingtaine "
        "de terroristes ont été neutralisés, a affirmé Ouagadougou.",
        "Ouagadougou",
    ),
]


@pytest.mark.parametrize(("text", "source"), SOURCES)
def test_the_capital_telling_is_no_place(text: str, source: str) -> None:
    deaths = [e for e in events_of(text) if e.plover_type == "ASSAULT"]
    assert deaths, coded(text)
    names = [e.place.name if e.place else None for e in deaths]
    assert all(source not in (n or "") for n in names), names


# Deaths that stay without the earlier actor as their doer.
KEPT = [
    # The sentence before is another actor's statement.
    "Le porte-parole de l'armée malienne a condamné une attaque lâche. Trois civils ont "
    "été tués près de Bandiagara.",
    # A new incident somewhere else.
    "Congolese troops pushed into rebel-held hills near Rutshuru on Tuesday. Separately, "
    "two people were killed in Goma.",
    "Des soldats nigériens ont patrouillé dimanche autour de Tillabéri. Par ailleurs, "
    "quatre villageois ont été tués à Ouallam.",
    # The sentence before tells a move the actor did not make.
    "Les soldats tchadiens n'ont pas attaqué la base de Kaiga. Six personnes ont été "
    "tuées dans la région.",
]


@pytest.mark.parametrize("text", KEPT)
def test_no_doer_carried(text: str) -> None:
    deaths = [e for e in events_of(text) if e.plover_type == "ASSAULT" and e.status == "realised"]
    assert all(e.actor1 is None for e in deaths), coded(text)


# Deaths with their own doer keep it.
OWN_DOER = [
    (
        "Nigerian troops cleared several camps near Bama on Friday. Boko Haram fighters "
        "later killed six farmers in the area.",
        "GRP.BOKO_HARAM|GRP.JAS",
    ),
]


@pytest.mark.parametrize(("text", "doers"), OWN_DOER)
def test_own_doer_kept(text: str, doers: str) -> None:
    deaths = [e for e in events_of(text) if e.plover_type == "ASSAULT" and e.status == "realised"]
    got = [e.actor1.canonical_id if e.actor1 else "" for e in deaths]
    assert any(g.split(".")[0:2] == d.split(".")[0:2] for g in got for d in doers.split("|")), (
        got,
        coded(text),
    )


# A capital where the deed did happen stays its place.
def test_capital_where_it_happened() -> None:
    text = "Three people were killed in Kigali on Sunday, according to police."
    names = [e.place.name if e.place else "" for e in events_of(text)]
    assert any("Kigali" in n for n in names), names
