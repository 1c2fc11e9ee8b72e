"""Event extraction: types, arguments, status and evidence on short reports."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema
import pytest

from dateline.ingest import read_file
from dateline.ingest.document import make_document
from dateline.link.places.resolve import distance_km
from dateline.pipeline import process
from dateline.records import ActorMention, Document, Event, Extraction, Format

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "schema" / "event.schema.json").read_text("utf-8")
)
PALMYRA = (34.5624, 38.28402)


@cache
def _extract(text: str, published: str = "2016-07-14") -> Extraction:
    document = make_document(
        f"\n\n{text}", source="test", format=Format.JSONL, is_html=False, published=published
    )
    return process(document)


def _events(text: str, published: str = "2016-07-14") -> list[Event]:
    return list(_extract(text, published).events)


def _who(actor: ActorMention) -> str:
    """The person an actor was named through, else the actor: office holders act for
    their body, and these tests ask which person the words named."""
    return actor.person or actor.canonical_id


@pytest.mark.parametrize(
    ("text", "plover", "acled_type", "subtype"),
    [
        (
            "Des avions russes ont bombardé jeudi l'Etat islamique près de Palmyre.",
            "ASSAULT",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "Les rebelles ont tiré des obus de mortier sur Jobar à Damas, selon l'OSDH.",
            "ASSAULT",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "Des affrontements ont opposé mardi l'armée malienne au JNIM près de Gao.",
            "ASSAULT",
            "Battles",
            "Armed clash",
        ),
        (
            "Des centaines de manifestants ont défilé samedi à Bamako contre la vie chère.",
            "PROTEST",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Police arrested twelve opposition activists in Kampala on Monday.",
            "COERCE",
            "Strategic developments",
            "Arrests",
        ),
    ],
)
def test_events_type_follows_trigger_and_weapon(
    text: str, plover: str, acled_type: str, subtype: str
) -> None:
    events = [e for e in _events(text) if e.plover_type == plover]
    assert events, [(e.plover_type, e.acled_subtype) for e in _events(text)]
    assert (events[0].acled_type, events[0].acled_subtype) == (acled_type, subtype)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Des hommes armés ont attaqué une mosquée à Fambita, tuant quarante-quatre fidèles.", 44),
        ("L'attaque du camp de Djibo a fait quatre-vingt-dix-sept morts, selon l'armée.", 97),
        ("Le raid contre le marché de Ménaka a fait vingt et un morts.", 21),
        ("Gunmen killed thirty-two villagers in Kaura Namoda on Sunday.", 32),
        ("Bandits killed two hundred and fifty villagers in Zamfara last month.", 250),
        ("Deux ou trois civils ont été tués lundi par des hommes armés à Gao.", 2),
        (
            "Des hommes armés ont pris d'assaut une ferme près de Jos lundi, tuant son "
            "propriétaire.",
            1,
        ),
        ("Gunmen stormed a farm near Jos on Monday, killing its owner.", 1),
        ("Des rebelles ont abattu lundi deux ouvriers qui réparaient une route près de Timika.", 2),
        (
            "Des frappes américaines ont visé lundi des positions de l'EI près de Bosaso. "
            "L'AFRICOM fait état de « plusieurs » combattants tués et d'aucune victime civile.",
            3,
        ),
        (
            "A drone attack on a hospital in El Fasher on Friday killed at least 67 patients "
            "and visitors, the head of the World Health Organization said.",
            67,
        ),
    ],
)
def test_events_a_toll_in_words_is_read_whole(text: str, fatalities: int) -> None:
    assert [e.quantities["fatalities"] for e in _events(text) if e.plover_type == "ASSAULT"] == [
        fatalities
    ]


def test_events_armed_actor_on_civilians_is_violence_against_civilians() -> None:
    text = "Des hommes armés ont tué dix civils dans le village de Solhan, au Burkina Faso."
    events = [e for e in _events(text) if e.plover_type == "ASSAULT"]
    assert events
    assert events[0].acled_type == "Violence against civilians"
    assert events[0].quantities["fatalities"] == 10


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Au moins douze soldats ont été tués dans l'attaque du camp de Boulkessi.", 12),
        ("Gunmen killed 23 villagers in an attack on Zabarmari, police said.", 23),
        ("L'embuscade près de Tillabéri n'a fait aucune victime, selon l'armée.", 0),
        ("Des rebelles ont tué à la machette au moins 14 civils lundi près de Beni.", 14),
        ("Un drone a frappé lundi un convoi près de Kidal, tuant trois civils.", 3),
        ("A mob lynched a man accused of theft in Kisumu on Monday.", 1),
        ("Des habitants ont lynché mardi onze membres présumés d'un gang à Port-au-Prince.", 11),
        ("A crowd beat to death a student accused of blasphemy in Sokoto on Friday.", 1),
        (
            "On 14 April 2018, JNIM militants attacked the MINUSMA camp at Timbuktu airport with "
            "two suicide car bombs; one peacekeeper and 15 assailants were killed.",
            16,
        ),
    ],
)
def test_events_fatalities_follow_the_text(text: str, fatalities: int) -> None:
    counts = {e.quantities["fatalities"] for e in _events(text)}
    assert fatalities in counts


@pytest.mark.parametrize(
    ("text", "plover", "status"),
    [
        (
            "Le secrétaire d'Etat doit rencontrer jeudi le président russe à Moscou.",
            "CONSULT",
            "planned",
        ),
        ("The army denied that its jets had bombed the market in Saada.", "ASSAULT", "denied"),
        (
            "Les rebelles n'ont pas attaqué la ville de Goma, selon la Monusco.",
            "ASSAULT",
            "negated",
        ),
        ("Under the deal, Ethiopian troops are to withdraw from Tigray.", "RETREAT", "planned"),
        ("Britain agreed on Monday to withdraw its troops from Basra.", "RETREAT", "planned"),
        (
            "Le Tchad et le Soudan ont convenu mardi de retirer leurs troupes de la frontière.",
            "RETREAT",
            "planned",
        ),
    ],
)
def test_events_status_from_governing_words(text: str, plover: str, status: str) -> None:
    events = [e for e in _events(text) if e.plover_type == plover]
    assert events
    assert events[0].status == status


def test_events_every_event_has_a_trigger_and_an_argument_and_fits_the_schema() -> None:
    text = (
        "Selon l'OSDH, des frappes aériennes ont tué huit civils jeudi à Idleb. "
        "Les Casques blancs ont dégagé les corps des décombres."
    )
    extraction = _extract(text)
    assert extraction.events
    for event in extraction.events:
        record = json.loads(json.dumps(event.as_dict()))
        jsonschema.validate(record, SCHEMA)
        fields = {item["field"] for item in record["evidence"]}
        assert "trigger" in fields
        assert fields - {"trigger"}
        for item in record["evidence"]:
            assert extraction.article.text[item["start"] : item["end"]] == item["text"]


def _seed_events(seed_page: Path) -> list[Event]:
    document = next(r for r in read_file(seed_page) if isinstance(r, Document))
    return list(process(document).events)


def test_events_seed_air_strike_near_palmyra(seed_page: Path) -> None:
    strikes = [
        e
        for e in _seed_events(seed_page)
        if e.plover_type == "ASSAULT"
        and e.acled_subtype == "Air/drone strike"
        and e.place is not None
        and e.place.lat is not None
        and distance_km(e.place.lat, e.place.lon, *PALMYRA) <= 25  # type: ignore[arg-type]
    ]
    assert strikes
    assert any(e.actor1 and e.actor1.canonical_id.startswith("RUS") for e in strikes)
    assert any(e.actor2 and e.actor2.canonical_id == "GRP.IS" for e in strikes)
    assert any("Tu-22M3" in e.weapons for e in strikes)
    assert any({"Russian Defence Ministry", "Sputnik"} & set(e.claim_chain) for e in strikes)


def test_events_seed_helicopter_with_two_deaths(seed_page: Path) -> None:
    assert any(e.quantities["fatalities"] == 2 for e in _seed_events(seed_page))


def test_events_seed_kerry_putin_meeting_is_planned(seed_page: Path) -> None:
    events = _seed_events(seed_page)
    meetings = [e for e in events if e.plover_type == "CONSULT"]
    assert meetings
    meeting = meetings[0]
    assert meeting.status == "planned"
    sides = [side for side in (meeting.actor1, meeting.actor2) if side is not None]
    assert any(side.person == "PER.KERRY_JOHN" or side.canonical_id == "USA" for side in sides)
    assert meeting.place is not None and meeting.place.country_iso2 == "RU"
    assert not [e for e in events if e.plover_type == "COOPERATE" and e.status == "realised"]


def test_events_subset_of_the_toll_is_not_the_toll() -> None:
    text = "Au moins 15 civils, dont quatre enfants, ont été tués samedi dans des raids sur Alep."
    counts = {e.quantities["fatalities"] for e in _events(text) if e.plover_type == "ASSAULT"}
    assert counts == {15}


def test_events_a_count_with_plus_is_not_a_negation() -> None:
    text = "L'aviation russe a effectué plus de 50 frappes en trois jours près de Palmyre."
    statuses = {e.status for e in _events(text) if e.plover_type == "ASSAULT"}
    assert statuses == {"realised"}


def test_events_a_denial_is_a_status_not_an_event_of_its_own() -> None:
    text = "L'armée syrienne a démenti avoir bombardé le marché de Douma samedi."
    events = _events(text)
    assert "REJECT" not in {e.plover_type for e in events}
    assert {e.status for e in events if e.plover_type == "ASSAULT"} == {"denied"}


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Samedi, une foule en colère a lynché un homme accusé de vol dans un marché de Kano.",
            "Mob violence",
        ),
        (
            "Hundreds of opposition supporters stormed the electoral commission in Lahore on "
            "Monday and set fire to its offices.",
            "Violent demonstration",
        ),
    ],
)
def test_events_a_crowd_that_turns_violent_riots(text: str, subtype: str) -> None:
    riots = [e for e in _events(text) if e.acled_type == "Riots"]
    assert [e.acled_subtype for e in riots] == [subtype]


def test_events_a_protest_dispersed_with_tear_gas_is_one_event() -> None:
    events = _events(
        "Thousands of students marched in Nairobi on Tuesday against fee increases; police "
        "fired tear gas to disperse them."
    )
    crowd = [e for e in events if e.acled_type in ("Protests", "Riots")]
    assert [(e.acled_type, e.acled_subtype) for e in crowd] == [
        ("Protests", "Protest with intervention")
    ]


def test_events_a_toll_told_later_joins_the_fighting() -> None:
    events = _events(
        "De violents combats ont éclaté dimanche à Gao entre l'armée malienne et le JNIM. "
        "Au moins 12 personnes ont été tuées, selon une source hospitalière."
    )
    assert len([e for e in events if e.plover_type == "ASSAULT"]) == 1
    fight = events[0]
    assert fight.acled_type == "Battles"
    assert fight.quantities["fatalities"] == 12
    assert fight.actor1 is not None and fight.actor1.canonical_id.startswith("MLI.MIL")
    assert fight.actor2 is not None and fight.actor2.canonical_id == "GRP.JNIM"


def test_events_soldiers_killed_in_an_attack_make_it_a_battle() -> None:
    events = _events(
        "Des jihadistes ont attaqué jeudi le camp militaire de Djibo, tuant quinze soldats."
    )
    assert [(e.acled_type, e.quantities["fatalities"]) for e in events] == [("Battles", 15)]


def test_events_the_claimed_attack_gets_its_perpetrator() -> None:
    events = _events(
        "Une bombe a explosé samedi dans un marché de Kaboul, tuant six personnes. L'attaque a "
        "été revendiquée par l'Etat islamique."
    )
    assert len(events) == 1
    # In Kabul the Islamic State is its Khorasan branch, as ACLED codes it.
    assert events[0].actor1 is not None and events[0].actor1.canonical_id == "GRP.ISKP"
    assert events[0].quantities["fatalities"] == 6


def test_events_a_village_near_a_town_is_one_event() -> None:
    events = _events("Des hommes armés ont tué dix villageois à Solhan, près de Sebba, vendredi.")
    assert len(events) == 1


def test_events_a_verb_sharing_its_subject_with_another_is_read_with_it() -> None:
    events = _events("Des rebelles ont attaqué jeudi le village de Kaya et tué dix civils.")
    killings = [e for e in events if e.quantities["fatalities"] == 10]
    assert killings and killings[0].acled_type == "Violence against civilians"


def test_events_soldiers_as_victims_are_not_a_target_label() -> None:
    events = _events("Des jihadistes ont attaqué jeudi une base près de Gao, tuant cinq soldats.")
    assert events and all(e.target in (None, "CIVILIANS", "PROTESTERS") for e in events)


@pytest.mark.parametrize(
    ("text", "plover", "actor1", "status"),
    [
        (
            "Le gouvernement nigérien a demandé mardi aux soldats américains de quitter le pays.",
            "RETREAT",
            "USA.MIL",
            "requested",
        ),
        (
            "The Malian junta asked Germany on Monday to withdraw its soldiers from Gao.",
            "RETREAT",
            "DEU.MIL",
            "requested",
        ),
        (
            "Le président centrafricain a exigé jeudi le retrait des troupes tchadiennes.",
            "RETREAT",
            "TCD.MIL",
            "requested",
        ),
    ],
)
def test_events_what_is_asked_for_is_the_event_done_by_the_addressee(
    text: str, plover: str, actor1: str, status: str
) -> None:
    events = _events(text)
    assert [e.plover_type for e in events] == [plover]  # no REQUEST beside it
    assert events[0].status == status
    assert events[0].actor1 is not None
    assert events[0].actor1.canonical_id.startswith(actor1)


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("L'armée tchadienne et les FACT ont signé lundi un accord à Doha.", "TCD.MIL"),
        ("Emmanuel Macron et Vladimir Poutine se sont rencontrés à Versailles.", "PER.MACRON"),
        ("French and British jets struck Islamic State positions near Raqqa on Sunday.", "FRA"),
    ],
)
def test_events_the_first_of_coordinated_parties_is_actor1(text: str, actor1: str) -> None:
    events = _events(text)
    assert events
    assert events[0].actor1 is not None
    assert _who(events[0].actor1).startswith(actor1)


def test_events_a_participle_clause_shares_the_main_verbs_doer() -> None:
    events = _events(
        "Turkish and Syrian officials met in Moscow on Wednesday, agreeing to reopen the border."
    )
    agreed = [e for e in events if e.plover_type == "AGREE"]
    assert agreed and agreed[0].actor1 is not None
    assert agreed[0].actor1.canonical_id.startswith("TUR")


def test_events_a_toll_in_a_participle_clause_joins_the_attack() -> None:
    events = _events(
        "Gunmen threw a grenade into a bar in Irapuato on Friday, killing two and wounding five."
    )
    assert len(events) == 1
    assert events[0].acled_subtype == "Grenade"
    assert events[0].quantities["fatalities"] == 2


def test_events_a_verb_the_tagger_lemmatised_wrongly_is_still_found() -> None:
    # en_core_web_sm lemmatises "raped" to "rap"; the written form still names the deed.
    events = _events("On 3 May 2023, gunmen raped four women near Kalehe (South Kivu).")
    assert [e.acled_subtype for e in events] == ["Sexual violence"]


def test_events_the_source_of_a_report_is_not_its_target() -> None:
    events = _events("Militiamen burned 30 houses in Djugu on Sunday, according to MONUSCO.")
    assert events and all(
        e.actor2 is None or e.actor2.canonical_id != "IGO.MONUSCO" for e in events
    )


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("Les rebelles ont pris jeudi le contrôle de Kalehe, au Sud-Kivu.", "overtakes territory"),
        ("Iraqi forces regained full control of Tal Afar on Thursday.", "regains territory"),
    ],
)
def test_events_a_phrase_split_by_other_words_is_found(text: str, subtype: str) -> None:
    events = _events(text)
    assert len(events) == 1
    assert events[0].acled_subtype.endswith(subtype)


def test_events_the_state_that_acts_is_not_where_it_happens() -> None:
    events = _events("Iran launched dozens of drones and missiles at Israel late on Saturday.")
    assert events and events[0].place is not None
    assert events[0].place.country_iso2 == "IL"


def test_events_what_protesters_demand_is_not_an_event() -> None:
    events = _events("Thousands marched in Lagos on Saturday, calling for a ceasefire in Gaza.")
    assert [e.plover_type for e in events] == ["PROTEST"]


def test_events_a_denial_by_nobody_named_after_an_attack_is_no_event() -> None:
    events = _events(
        "A car bomb killed 12 people at a market in Mogadishu on Monday. "
        "The militants denied any involvement."
    )
    assert [e.acled_subtype for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    ("text", "subtype", "denier"),
    [
        (
            "A car bomb exploded near the livestock market in Baidoa on Sunday, killing nine "
            "people. Police blamed al-Shabaab, which denied any involvement.",
            "Remote explosive/landmine/IED",
            "GRP.SHABAAB",
        ),
        (
            "Une frappe de drone a touché lundi un marché de Kidal, tuant huit civils. "
            "L'armée malienne a démenti toute implication.",
            "Air/drone strike",
            "MLI.MIL",
        ),
    ],
)
def test_events_a_denied_deed_is_coded_as_the_deed_by_the_denier(
    text: str, subtype: str, denier: str
) -> None:
    events = [e for e in _events(text, published="2024-06-10") if e.acled_subtype == subtype]
    denied = [e for e in events if e.status == "denied"]
    assert {e.status for e in events} == {"realised", "denied"}
    assert denied[0].actor1 is not None and denied[0].actor1.canonical_id.startswith(denier)
    assert denied[0].quantities["fatalities"] is None
    assert denied[0].place is not None and denied[0].place == events[0].place
    fields = {e.field for e in denied[0].evidence}
    assert {"trigger", "actor1", "place"} <= fields


def test_events_rejecting_a_plan_disputes_no_earlier_deed() -> None:
    text = (
        "Une frappe de drone a touché lundi un marché de Kidal, tuant huit civils. "
        "L'armée malienne a rejeté le plan de paix proposé par l'Algérie."
    )
    events = _events(text, published="2024-06-10")
    assert "denied" not in {e.status for e in events}
    assert "REJECT" in {e.plover_type for e in events}


@pytest.mark.parametrize(
    ("text", "acled_type"),
    [
        ("Soldiers stormed a hotel in Juba on Monday, killing a journalist.", "Violence against"),
        ("Militants stormed an army post near Diffa on Monday, killing six soldiers.", "Battles"),
    ],
)
def test_events_storming_is_coded_by_what_was_stormed(text: str, acled_type: str) -> None:
    events = _events(text)
    assert events and events[0].acled_type.startswith(acled_type)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("A suicide bomber killed 40 Afghans and 11 US soldiers near Kabul airport on Friday.", 51),
        ("Des hommes armés ont tué un enseignant lundi à Djibo, selon des habitants.", 1),
        ("Drones struck the airport of Port Sudan on Sunday. No casualties were reported.", 0),
    ],
)
def test_events_tolls_add_groups_count_one_and_read_a_later_none(
    text: str, fatalities: int
) -> None:
    events = _events(text)
    assert events and events[0].quantities["fatalities"] == fatalities


def test_events_a_national_strike_is_a_protest_not_an_air_strike() -> None:
    events = _events("Thousands of workers joined a national strike in Lagos on Wednesday.")
    assert [e.acled_type for e in events] == ["Protests"]


def test_events_deaths_at_a_dispersed_protest_make_it_excessive_force() -> None:
    events = _events(
        "Police used tear gas to disperse hundreds of protesters in Conakry on Monday. "
        "Two protesters were killed, a rights group said."
    )
    assert [e.acled_subtype for e in events] == ["Excessive force against protesters"]
    assert events[0].quantities["fatalities"] == 2


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Selon le journal, le projet serait de bombarder les positions du JNIM près de Gao.",
            "hypothetical",
        ),
        ("Selon des habitants, l'armée aurait tué dix civils jeudi près de Gao.", "realised"),
    ],
)
def test_events_a_conditional_plan_is_hypothetical_a_conditional_report_is_not(
    text: str, status: str
) -> None:
    events = [e for e in _events(text) if e.plover_type == "ASSAULT"]
    assert events and events[0].status == status


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Une bombe a explosé samedi dans un marché de Maiduguri, tuant six personnes. "
            "L'attentat a été revendiqué dimanche par Boko Haram.",
            "GRP.BOKO_HARAM",
        ),
        (
            "A roadside bomb killed four soldiers near Gao on Monday, the army said. "
            "The Islamic State in the Sahel claimed responsibility on Tuesday.",
            "GRP.IS",
        ),
        (
            "Un drone a frappé lundi un convoi près de Kidal, tuant trois civils. "
            "Bamako attribue l'attaque aux rebelles du CSP-PSD.",
            "GRP.CSP",
        ),
        (
            "An airstrike hit a market in Misrata on Sunday, killing nine people. "
            "The Tripoli government blamed the LNA, which denied it.",
            "GRP.LNA",
        ),
        (
            "Des hommes armés ont incendié mardi un village près de Djibo. Selon des habitants, "
            "les assaillants appartenaient au JNIM.",
            "GRP.JNIM",
        ),
        (
            "Des hommes armés ont attaqué lundi un mariage près de Bandiagara, tuant 21 civils. "
            "Les habitants attribuent l'attaque aux jihadistes de la katiba Macina.",
            "GRP.KATIBA_MACINA",
        ),
        (
            "Gunmen opened fire on a bus near Rajouri on Sunday, killing six passengers, police "
            "said. Police blamed Jaish-e-Mohammed militants for the ambush.",
            "GRP.JEM_PAK",
        ),
        (
            "Une voiture piégée a explosé mardi près d'un commissariat de Jamundí, tuant trois "
            "policiers. Le gouvernement a attribué l'attentat à l'État-major central (EMC), "
            "principale dissidence des FARC.",
            "GRP.EMC",
        ),
    ],
)
def test_events_a_perpetrator_named_in_a_later_sentence_is_actor1(text: str, actor1: str) -> None:
    attacks = [e for e in _events(text) if e.plover_type in ("ASSAULT", "COERCE")]
    assert attacks and all(e.actor1 and e.actor1.canonical_id.startswith(actor1) for e in attacks)
    first = attacks[0]
    assert any(x.field == "actor1" and x.text == first.actor1.text for x in first.evidence)


def test_events_a_claim_of_something_else_names_no_perpetrator() -> None:
    text = (
        "Une explosion a tué deux personnes jeudi à Bamako. "
        "Le JNIM a revendiqué la libération de deux otages."
    )
    blast = next(e for e in _events(text) if e.plover_type == "ASSAULT")
    assert blast.actor1 is None


def test_events_a_noun_naming_a_kind_of_thing_is_no_event() -> None:
    text = "A shell hit a migrant detention centre in Tajoura on Tuesday, killing 40 people."
    assert [e.acled_subtype for e in _events(text)] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Les forces de sécurité sénégalaises ont tiré mardi sur des manifestants à Dakar, "
            "tuant deux personnes.",
            "Excessive force against protesters",
        ),
        (
            "Kenyan security forces arrested 40 people at a checkpoint in Mombasa on Friday.",
            "Arrests",
        ),
    ],
)
def test_events_security_forces_policing_people_are_the_police(text: str, subtype: str) -> None:
    event = next(e for e in _events(text) if e.acled_subtype == subtype)
    assert event.actor1 is not None and event.actor1.canonical_id.endswith(".POL")


def test_events_security_forces_in_battle_stay_the_military() -> None:
    text = "Les forces de sécurité maliennes ont repoussé mardi une attaque jihadiste à Boni."
    event = next(e for e in _events(text) if e.plover_type == "ASSAULT")
    assert event.actor1 is not None and event.actor1.canonical_id == "MLI.MIL"


def test_events_a_sentence_with_no_date_goes_on_telling_the_same_day() -> None:
    text = (
        "Des milliers de personnes ont manifesté samedi à Niamey contre la présence française. "
        "La police a dispersé les manifestants à Niamey avec des gaz lacrymogènes."
    )
    events = _events(text, published="2023-08-07")
    assert [(e.acled_subtype, str(e.date.date_start)) for e in events] == [
        ("Protest with intervention", "2023-08-05")
    ]


def test_events_a_protest_met_by_force_has_the_force_as_actor2() -> None:
    text = "La police a dispersé samedi à coups de gaz lacrymogène des manifestants à Dakar."
    protest = next(e for e in _events(text) if e.acled_subtype == "Protest with intervention")
    assert protest.actor1 is None
    assert protest.actor2 is not None and protest.actor2.canonical_id == "SEN.POL"


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Saudi air defences shot down a ballistic missile fired by the Houthis over Riyadh.",
            "Disrupted weapons use",
        ),
        ("Ukrainian forces shot down two Shaheds over Odesa on Sunday.", "Disrupted weapons use"),
        ("Israeli jets struck a drone factory near Damascus on Monday.", "Air/drone strike"),
        (
            "Les Gardiens de la révolution ont tiré des missiles sur Erbil, tuant quatre civils.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_events_downing_a_missile_or_drone_is_disrupted_weapons_use(
    text: str, subtype: str
) -> None:
    assert subtype in [e.acled_subtype for e in _events(text)]


def test_events_weapons_are_found_in_the_plural() -> None:
    events = _events("Des roquettes et des drones ont frappé mardi la ville de Kharkiv.")
    assert events and {"roquette", "drone"} <= set(events[0].weapons)


def test_events_an_attack_told_by_what_it_was_for_is_that_event() -> None:
    text = (
        "Des hommes armés de Boko Haram ont attaqué dimanche un village près de Maiduguri et "
        "enlevé une vingtaine de femmes."
    )
    assert [e.acled_subtype for e in _events(text)] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "The Malian army took control of Kidal on Tuesday after days of air strikes.",
            "Government regains territory",
        ),
        (
            "Les rebelles du M23 ont repris lundi le contrôle de Rubaya, au Nord-Kivu.",
            "Non-state actor overtakes territory",
        ),
        (
            "Israeli troops took control of the Rafah crossing in Gaza on Tuesday.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_events_who_takes_ground_decides_the_territory_subtype(text: str, subtype: str) -> None:
    assert [e.acled_subtype for e in _events(text)] == [subtype]


def test_events_a_toll_after_an_attack_keeps_the_attack() -> None:
    text = (
        "Cinq soldats ont été tués mardi après une attaque à la voiture piégée contre un camp "
        "à Gao."
    )
    assert "Remote explosive/landmine/IED" in [e.acled_subtype for e in _events(text)]


def test_events_they_in_what_a_group_said_is_that_group() -> None:
    text = (
        "M23 rebels backed by Rwandan troops said on Monday they had taken control of Goma, "
        "in eastern Congo."
    )
    taken = next(e for e in _events(text) if e.plover_type == "ASSAULT")
    assert taken.actor1 is not None and taken.actor1.canonical_id == "GRP.M23"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Les rebelles du M23 se sont finalement emparés de Rutshuru mardi.", "ASSAULT"),
        ("Emmanuel Macron s'est rendu jeudi à Kiev pour la deuxième fois.", "CONSULT"),
        ("Les soldats français se sont retirés lundi de la base de Ménaka.", "RETREAT"),
    ],
)
def test_events_a_reflexive_verb_is_found_whatever_stands_between_clitic_and_verb(
    text: str, plover: str
) -> None:
    assert plover in [e.plover_type for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Israël et le Hamas sont parvenus mercredi à un accord de trêve à Doha.",
            ("ISR", "GRP.HAMAS"),
        ),
        (
            "Emmanuel Macron et Vladimir Poutine ont échangé vendredi au téléphone.",
            ("PER.MACRON_EMMANUEL", "PER.PUTIN_VLADIMIR"),
        ),
    ],
)
def test_events_the_second_of_two_parties_agreeing_is_actor2(
    text: str, actors: tuple[str, str]
) -> None:
    event = _events(text)[0]
    assert event.actor1 is not None and event.actor2 is not None
    assert (_who(event.actor1), _who(event.actor2)) == actors


@pytest.mark.parametrize(
    "text",
    [
        "Une bombe a explosé samedi dans le quartier de Dasht-e-Barchi, à Kaboul, tuant sept "
        "personnes.",
        "A car bomb exploded on Sunday in the Hodan district, in Mogadishu, killing five people.",
    ],
)
def test_events_a_place_and_the_town_holding_it_are_one_event(text: str) -> None:
    events = _events(text)
    assert len(events) == 1
    assert events[0].place is not None and events[0].quantities["fatalities"] in (5, 7)


def test_events_gunmen_storming_with_a_suicide_bomber_are_one_bombing() -> None:
    text = (
        "An al-Shabaab suicide bomber blew himself up at a hotel in Mogadishu on Friday as "
        "gunmen stormed the building; at least 21 people were killed."
    )
    events = [e for e in _events(text) if e.plover_type == "ASSAULT"]
    assert [(e.acled_subtype, e.quantities["fatalities"]) for e in events] == [("Suicide bomb", 21)]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Gunmen killed at least 40 people in a raid on a village near Djibo on Saturday.",
            "Attack",
        ),
        ("Des combats ont fait au moins 20 morts parmi les personnes déplacées à Goma.", None),
    ],
)
def test_events_people_killed_by_gunmen_are_civilians(text: str, subtype: str | None) -> None:
    events = [e for e in _events(text) if e.plover_type == "ASSAULT"]
    assert events
    if subtype is None:  # fighting stays a battle whoever died
        assert events[0].acled_type == "Battles"
    else:
        assert (events[0].acled_subtype, events[0].target) == (subtype, "CIVILIANS")


def test_events_a_protest_whose_people_are_arrested_is_a_protest_with_intervention() -> None:
    text = "Police detained more than 400 people at anti-war protests in Moscow on Sunday."
    subtypes = {e.acled_subtype for e in _events(text)}
    assert subtypes == {"Arrests", "Protest with intervention"}


@pytest.mark.parametrize(
    ("text", "agreements"),
    [
        ("Russia refused on Monday to extend the Black Sea grain deal with Ukraine.", 0),
        (
            "Des patrouilles russes et turques ont eu lieu à Kobané conformément à l'accord "
            "de Sotchi.",
            0,
        ),
        ("Israel and Hamas signed a ceasefire agreement in Cairo on Sunday.", 1),
        ("Un cessez-le-feu entre l'Arménie et l'Azerbaïdjan est entré en vigueur lundi.", 1),
    ],
)
def test_events_an_agreement_named_in_passing_is_no_event(text: str, agreements: int) -> None:
    assert sum(e.plover_type == "AGREE" for e in _events(text)) == agreements


@pytest.mark.parametrize(
    "text",
    [
        "Forces loyal to Khalifa Haftar seized Gharyan on Thursday without meeting resistance.",
        "Les rebelles ont pris Bunia mardi sans rencontrer de résistance, selon la Monusco.",
    ],
)
def test_events_meeting_resistance_is_no_meeting(text: str) -> None:
    assert "CONSULT" not in [e.plover_type for e in _events(text)]


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Des combattants de l'EI ont attaqué vendredi la ville de Macomia, pillant des "
            "commerces et des entrepôts.",
            "Looting/property destruction",
        ),
        (
            "Gunmen suspected to be Boko Haram militants abducted more than 100 schoolgirls "
            "from a school in Chibok on Monday.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_events_a_participle_with_an_object_is_an_event(text: str, subtype: str) -> None:
    assert subtype in [e.acled_subtype for e in _events(text)]


def test_events_the_attackers_are_the_doers_of_the_attack_told_before() -> None:
    text = (
        "Boko Haram militants abducted 40 women from Gwoza on Monday. The attackers also set "
        "fire to houses in the town."
    )
    looting = next(e for e in _events(text) if e.acled_subtype == "Looting/property destruction")
    assert looting.actor1 is not None and looting.actor1.canonical_id == "GRP.BOKO_HARAM"


def test_events_a_pronoun_in_a_subordinate_clause_is_not_the_last_attacker() -> None:
    text = (
        "US jets struck Houthi positions in Sanaa on Saturday. Donald Trump threatened the "
        "Houthis on Sunday if they did not stop their attacks on ships."
    )
    assert all(
        e.actor1 is None or e.actor1.canonical_id != "USA.MIL"
        for e in _events(text)
        if e.plover_type == "ASSAULT" and "attacks" in [x.text for x in e.evidence]
    )


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Les jihadistes ont pris mardi la ville de Boni, dans le centre du Mali.",
            "Non-state actor overtakes territory",
        ),
        (
            "Islamic State fighters took the town of Sirte on Sunday.",
            "Non-state actor overtakes territory",
        ),
        ("Le porte-parole a pris la parole mardi à Bamako devant la presse.", None),
    ],
)
def test_events_taking_a_place_with_a_plain_verb(text: str, subtype: str | None) -> None:
    found = [e.acled_subtype for e in _events(text) if e.plover_type == "ASSAULT"]
    assert found == ([subtype] if subtype else [])


def test_events_a_stated_toll_wins_over_a_vague_one_in_the_same_event() -> None:
    text = (
        "Des rebelles des ADF ont tué au moins 40 personnes lundi près de Lubero. Les "
        "assaillants ont tué plusieurs victimes à l'arme blanche à Lubero."
    )
    attack = next(e for e in _events(text) if e.acled_subtype == "Attack")
    assert attack.quantities["fatalities"] == 40


def test_events_a_headline_without_a_date_joins_the_dated_report_of_its_event() -> None:
    text = (
        "World | Asia\n"
        "Suicide attack at Kunduz market kills six\n"
        "Suicide attack at Kunduz market kills six\n"
        "Posted 12 Feb 2025\n"
        "A suicide bomber struck shoppers at a market in Kunduz on Tuesday, killing at least "
        "six people, police said. The Islamic State group claimed the attack."
    )
    bombings = [e for e in _events(text, published="2025-02-12") if e.plover_type == "ASSAULT"]
    assert len(bombings) == 1
    assert str(bombings[0].date.date_start) == "2025-02-11"


@pytest.mark.parametrize(
    "text",
    [
        "SOMALIE\nSomalie : des affrontements entre l'armée et les shebab font des dizaines de "
        "morts près de Mogadiscio\nPublié le 14/05/2024\nDes affrontements ont opposé lundi "
        "l'armée somalienne aux shebab à Afgoye, à une trentaine de kilomètres de la capitale, "
        "faisant au moins 17 morts selon un officier.",
        "CAMEROON\nCameroon: Boko Haram raid on army post kills seven soldiers\nMay 14, 2024\n"
        "Boko Haram militants stormed a Cameroonian army post in Mozogo, in the Far North "
        "region, on Sunday night, killing seven soldiers, security sources said.",
        "SUDAN\nRSF kills six civilians in Dilling market\nMay 14, 2024\nShells fired by the "
        "Rapid Support Forces hit the main market of Dilling on Monday morning, killing six "
        "people, a medical source said.",
    ],
)
def test_events_a_headline_naming_a_wider_place_or_none_joins_the_dated_report(text: str) -> None:
    assaults = [e for e in _events(text, published="2024-05-14") if e.plover_type == "ASSAULT"]
    assert len(assaults) == 1, [(e.acled_subtype, e.place and e.place.name) for e in assaults]


def test_events_a_toll_whose_wounded_the_parser_made_a_subject_joins_the_strike() -> None:
    text = (
        "Russian missiles struck an energy plant in Kharkiv on Wednesday. Ukraine's emergency "
        "service said two workers were killed and nine injured at the site."
    )
    deeds = [e for e in _events(text) if e.plover_type == "ASSAULT"]
    assert [(e.actor1 and e.actor1.canonical_id, e.quantities["fatalities"]) for e in deeds] == [
        ("RUS.MIL", 2)
    ]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Les FARDC et les rebelles du M23 se sont affrontés lundi à Sake, faisant trois "
            "morts parmi les civils, selon la société civile.",
            ("COD.MIL", "GRP.M23"),
        ),
        (
            "Sudanese troops and the Rapid Support Forces clashed on Monday in Babanusa; two "
            "soldiers and one civilian were killed.",
            ("SDN.MIL", "GRP.RSF"),
        ),
        (
            "Clashes between rival militias broke out in Zawiya overnight, killing a civilian, "
            "the city's hospital said.",
            (None, None),
        ),
    ],
)
def test_events_civilians_killed_in_a_clash_keep_it_a_battle_between_both_sides(
    text: str, sides: tuple[str | None, str | None]
) -> None:
    clash = next(e for e in _events(text) if e.plover_type == "ASSAULT")
    found = (
        clash.actor1 and clash.actor1.canonical_id,
        clash.actor2 and clash.actor2.canonical_id,
    )
    assert (clash.acled_subtype, found) == ("Armed clash", sides)


def test_events_a_headline_meeting_joins_the_dated_one_and_is_realised() -> None:
    text = (
        "AFRICA\nRuto and Museveni meet in Mombasa, agree to end fuel row\nMay 14, 2024\n"
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni met on Monday in "
        "Mombasa and agreed to settle a dispute over fuel imports, the State House said."
    )
    meetings = [e for e in _events(text, published="2024-05-14") if e.plover_type == "CONSULT"]
    assert [(str(e.date.date_start), e.status) for e in meetings] == [("2024-05-13", "realised")]


def test_events_a_deed_told_after_an_agreement_is_done_not_planned() -> None:
    text = "M23 rebels agreed to a truce on Monday and withdrew from Kalehe."
    withdrawals = [e for e in _events(text) if e.plover_type == "RETREAT"]
    assert [e.status for e in withdrawals] == ["realised"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 350 people have been killed in protests since October, according to a "
        "rights group.",
        "Plus de 1 200 civils ont été tués depuis janvier dans la province, selon l'ONU.",
    ],
)
def test_events_a_running_count_of_deaths_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "doer", "hit"),
    [
        (
            "Un véhicule des FAMa a sauté lundi sur une mine près de Boni, tuant quatre soldats. "
            "L'engin avait été posé par des combattants du JNIM, selon l'armée.",
            "GRP.JNIM",
            "MLI.MIL",
        ),
        (
            "A Nigerian army truck hit a roadside bomb near Damboa on Monday, killing four "
            "soldiers.",
            None,
            "NGA.MIL",
        ),
    ],
)
def test_events_whoever_runs_into_a_mine_is_hit_not_the_bomber(
    text: str, doer: str | None, hit: str
) -> None:
    blast = next(e for e in _events(text) if e.plover_type == "ASSAULT")
    found = (blast.actor1 and blast.actor1.canonical_id, blast.actor2 and blast.actor2.canonical_id)
    assert found == (doer, hit)


def test_events_who_a_deed_is_attributed_to_is_not_its_target() -> None:
    text = (
        "Le 12 juillet 2015, deux kamikazes attribuées à Boko Haram se sont fait exploser dans "
        "un quartier commerçant de Kolofata, tuant au moins neuf personnes."
    )
    blast = next(e for e in _events(text) if e.plover_type == "ASSAULT")
    assert (blast.actor1 and blast.actor1.canonical_id, blast.actor2) == ("GRP.BOKO_HARAM", None)


@pytest.mark.parametrize(
    "text",
    [
        "The Arakan Army pulled its fighters out of Paletwa on Wednesday under a truce.",
        "Wagner pulled its men back from the outskirts of Rostov on Sunday.",
    ],
)
def test_events_a_phrasal_verb_split_by_its_object_is_found(text: str) -> None:
    assert [e.plover_type for e in _events(text)] == ["RETREAT"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Le 12 mars 2024, des émeutiers ont incendié des commerces et affronté les "
            "gendarmes à Dumbéa pour protester contre la réforme.",
            (None, "FRA.POL"),
        ),
        (
            "On 12 March 2024, rioters set fire to shops and cars and clashed with police in "
            "Pointe-à-Pitre during protests over water cuts.",
            (None, "FRA.POL"),
        ),
    ],
)
def test_events_the_police_a_crowd_meets_are_not_also_its_leaders(
    text: str, actors: tuple[str | None, str | None]
) -> None:
    crowd = next(e for e in _events(text) if e.plover_type == "PROTEST")
    found = (crowd.actor1 and crowd.actor1.canonical_id, crowd.actor2 and crowd.actor2.canonical_id)
    assert found == actors


@pytest.mark.parametrize(
    "text",
    [
        "Police blamed the Jalisco cartel, which is fighting the Sinaloa cartel for control "
        "of the port, for the killing of a mayor in Colima on Monday.",
        "The mission blamed the 3R militia, which has attacked army posts in the north-west "
        "for two years, for the ambush near Bocaranga on Monday.",
    ],
)
def test_events_what_a_party_does_over_time_in_a_relative_clause_is_no_event(text: str) -> None:
    triggers = {x.text for e in _events(text) for x in e.evidence if x.field == "trigger"}
    assert triggers and not triggers & {"fighting", "attacked"}


@pytest.mark.parametrize(
    "text",
    [
        "Un drone israélien a visé mardi soir une voiture près de Nabatieh, tuant son conducteur.",
        "On 4 March 2025, an IED planted by Islamic State militants exploded under an army "
        "truck on the road between Mueda and Awasse, killing two soldiers.",
    ],
)
def test_events_a_toll_in_a_participle_takes_the_main_clause_s_weapon(text: str) -> None:
    deaths = [e for e in _events(text) if e.quantities["fatalities"]]
    assert [e.acled_type for e in deaths] == ["Explosions/Remote violence"]


@pytest.mark.parametrize(
    "text",
    [
        "La défense antiaérienne a abattu une vingtaine de drones au-dessus d'Odessa lundi.",
        "Une roquette s'est abattue samedi sur un terrain de football à Kiryat Shmona.",
    ],
)
def test_events_shooting_down_weapons_or_a_falling_rocket_counts_no_dead(text: str) -> None:
    assert [e.quantities["fatalities"] for e in _events(text)] in ([None], [])


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("President Volodymyr Zelensky called for talks with Russia on Monday.", "REQUEST"),
        ("Le Mali a mis fin à l'accord de défense avec la France lundi.", "SANCTION"),
    ],
)
def test_events_a_split_phrase_needs_its_particles(text: str, plover: str) -> None:
    assert plover in [e.plover_type for e in _events(text)]


def test_events_a_statement_by_several_states_is_one_event() -> None:
    text = (
        "The United States, Saudi Arabia, the United Arab Emirates and Egypt welcomed on "
        "Thursday the humanitarian truce announced in Sudan."
    )
    supports = [e for e in _events(text) if e.plover_type == "SUPPORT"]
    assert len(supports) == 1


def test_events_firing_on_people_who_were_protesting_is_excessive_force() -> None:
    text = "La police a tiré mardi sur des étudiants qui manifestaient à Dakar, tuant deux jeunes."
    assert "Excessive force against protesters" in [e.acled_subtype for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Les Houthis ont promis de riposter après les frappes américaines sur Hodeïda.",
        "Iran promised to retaliate against Israel after the strike on its consulate.",
    ],
)
def test_events_promising_to_retaliate_is_a_threat(text: str) -> None:
    assert [e.plover_type for e in _events(text)] == ["THREATEN"]


def test_events_the_defence_minister_is_not_in_la_defense() -> None:
    text = "Le ministre israélien de la Défense a menacé jeudi les Houthis au Yémen."
    places = {e.place.name for e in _events(text) if e.place is not None}
    assert "La Defense" not in places and "La Défense" not in places


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont enlevé mardi douze passagers d'un car près de Kaya, au Burkina "
        "Faso. L'enlèvement a été revendiqué jeudi par le JNIM.",
        "A roadside bomb killed four soldiers near Kismayo, Somalia, on Monday. No group has "
        "claimed the explosion.",
    ],
)
def test_events_a_definite_noun_for_a_told_deed_is_not_a_second_event(text: str) -> None:
    violent = [e for e in _events(text) if e.plover_type in ("ASSAULT", "COERCE")]
    assert len(violent) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Les soldats maliens se sont retirés mercredi sans combattre de Léré, dans la région "
        "de Tombouctou.",
        "Les rebelles ont pris mardi la ville de Kalehe, en RDC, sans combat, selon des habitants.",
    ],
)
def test_events_without_a_fight_is_no_fighting(text: str) -> None:
    assert "Armed clash" not in [e.acled_subtype for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Des obus contenant des substances toxiques ont frappé vendredi Douma, en Syrie, "
        "blessant une vingtaine d'habitants.",
        "Artillery shells filled with mustard gas hit the town of Marea, north of Aleppo, "
        "Syria, on Friday, wounding dozens.",
    ],
)
def test_events_a_chemical_agent_in_the_shells_makes_a_chemical_attack(text: str) -> None:
    assert "Chemical weapon" in [e.acled_subtype for e in _events(text)]


def test_events_a_claim_whose_agent_hangs_on_the_date_still_names_the_kidnappers() -> None:
    text = (
        "Des hommes armés ont enlevé mardi douze passagers d'un car près de Kaya, au Burkina "
        "Faso. L'enlèvement a été revendiqué jeudi par le JNIM."
    )
    (abduction,) = [e for e in _events(text) if e.plover_type == "COERCE"]
    assert abduction.actor1 is not None and abduction.actor1.canonical_id == "GRP.JNIM"


@pytest.mark.parametrize(
    "text",
    [
        "On 9 January 2024, US and British warships shot down 21 drones and missiles launched "
        "by the Houthis in the Red Sea.",
        "Iraqi counter-terrorism forces seized a cache of explosives and rockets belonging to "
        "IS in the Hamrin mountains, Iraq, on Tuesday.",
    ],
)
def test_events_weapons_that_are_seized_or_downed_are_no_attack(text: str) -> None:
    assert [e.acled_subtype for e in _events(text)] == ["Disrupted weapons use"]


def test_events_a_headline_toll_joins_the_dated_strike_at_its_place() -> None:
    text = (
        "Asia | Conflict\n"
        "Junta jet bombs school in Sagaing, killing 17\n"
        "12 May 2025\n"
        "A military jet bombed a village school near Sagaing, Myanmar, on Monday morning, "
        "killing at least 17 pupils and two teachers, residents said."
    )
    assert [e.acled_subtype for e in _events(text, published="2025-05-12")] == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Dans la nuit du 2 au 3 juillet 2023, des émeutiers ont pillé des magasins et affronté "
        "les policiers à Nanterre pour protester contre la mort d'un adolescent.",
        "On 10 October 2024, rioters set fire to shops and clashed with police in "
        "Fort-de-France, Martinique, during protests over the high cost of living.",
    ],
)
def test_events_rioters_at_a_protest_are_one_violent_demonstration(text: str) -> None:
    crowd = [e.acled_subtype for e in _events(text) if e.acled_type in ("Riots", "Protests")]
    assert crowd == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "military"),
    [
        (
            "Le 2 mai 2015, des barils d'explosifs largués par des hélicoptères du régime ont "
            "tué cinq civils à Saraqeb, dans la province d'Idleb, en Syrie.",
            "SYR.MIL",
        ),
        (
            "On 3 May 2024, a military jet dropped two bombs on a market in Sagaing region, "
            "Myanmar, killing nine people, residents said.",
            "MMR.MIL",
        ),
    ],
)
def test_events_a_state_aircraft_unnamed_is_the_home_military(text: str, military: str) -> None:
    (strike,) = [e for e in _events(text) if e.plover_type == "ASSAULT"]
    assert strike.actor1 is not None and strike.actor1.canonical_id.startswith(military)


def test_events_the_militants_are_the_group_not_the_army_that_hit_back() -> None:
    text = (
        "Nigerian troops retook the town of Gubio, in Borno state, on Monday, a day after "
        "ISWAP fighters overran its barracks, the army said. Residents said the militants had "
        "burned the market before they left."
    )
    burning = next(e for e in _events(text) if e.acled_subtype == "Looting/property destruction")
    assert burning.actor1 is not None and burning.actor1.canonical_id == "GRP.ISWAP"


@pytest.mark.parametrize(
    "text",
    [
        "On 19 April 2024, the FARC dissident group EMC split into two rival factions in Cauca, "
        "Colombia, after a dispute over peace talks.",
        "Le 2 mars 2017, plusieurs groupes jihadistes ont annoncé leur fusion au sein du JNIM, "
        "à Tombouctou, au Mali.",
    ],
)
def test_events_a_group_that_splits_or_merges_changes(text: str) -> None:
    assert "Change to group/activity" in [e.acled_subtype for e in _events(text)]


def test_events_gangs_of_a_country_are_not_its_state() -> None:
    text = "Haitian gangs attacked a police station in Mirebalais, Haiti, on Monday."
    attackers = {e.actor1.canonical_id for e in _events(text) if e.actor1 is not None}
    assert not any(a.startswith("HTI") for a in attackers)


@pytest.mark.parametrize(
    "text",
    [
        "Des jihadistes de l'EIGS ont capturé trois gendarmes nigériens près de Téra, au Niger.",
        "On Monday, ISWAP fighters captured 12 soldiers near Monguno, in Borno state, Nigeria.",
    ],
)
def test_events_capturing_soldiers_is_taking_people_not_ground(text: str) -> None:
    assert [e.acled_subtype for e in _events(text)] == ["Abduction/forced disappearance"]


def test_events_an_ambush_during_which_a_group_acts_is_that_group_s() -> None:
    text = (
        "Des jihadistes de l'EIGS ont capturé deux soldats nigériens lors d'une embuscade près "
        "de Tillabéri, au Niger."
    )
    ambush = next(e for e in _events(text) if e.acled_type == "Battles")
    assert ambush.actor1 is not None and ambush.actor1.canonical_id == "GRP.IS_SAHEL"


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "On 31 May 2025, rioters clashed with police and set fire to cars in Paris, France, "
            "after a football final.",
            "Violent demonstration",
        ),
        (
            "Des émeutiers ont lynché mardi un homme accusé de vol à Kano, au Nigeria.",
            "Mob violence",
        ),
    ],
)
def test_events_rioters_riot_unless_they_lynch(text: str, subtype: str) -> None:
    assert subtype in [e.acled_subtype for e in _events(text)]


def test_events_fighters_cut_off_by_the_parser_are_still_the_doers_not_the_victims() -> None:
    text = (
        "Le 4 mars 2024, des combattants de Boko Haram ont attaqué un quartier de Mora, au "
        "Cameroun, tuant quatre civils et emportant des vivres et du bétail."
    )
    events = _events(text)
    assert "Attack" in [e.acled_subtype for e in events]
    looting = next(e for e in events if e.acled_subtype == "Looting/property destruction")
    assert looting.actor1 is not None and looting.actor1.canonical_id == "GRP.BOKO_HARAM"


@pytest.mark.parametrize(
    "text",
    [
        "Le 21 juin 2024, des démineurs de l'armée colombienne ont détruit 17 mines antipersonnel "
        "sur un chemin près de Tame, en Colombie.",
        "Ukrainian sappers destroyed mines left by Russian forces near Izium, Ukraine, on Monday.",
    ],
)
def test_events_destroying_mines_disrupts_weapons_use(text: str) -> None:
    assert [e.acled_subtype for e in _events(text)] == ["Disrupted weapons use"]


def test_events_militants_who_open_fire_are_no_protesters() -> None:
    text = (
        "Le 20 octobre 2024, des militants ont ouvert le feu sur des ouvriers à Srinagar, en Inde."
    )
    assert "Violent demonstration" not in [e.acled_subtype for e in _events(text)]


def test_events_acled_style_notes_name_bodies_and_qualify_crowds() -> None:
    text = (
        "On 4 October 2025, Rioters (Georgia) tried to storm the Presidential Palace in "
        "Tbilisi during an opposition rally. Police Forces of Georgia used water cannon and "
        "later detained 5 organisers of the rally."
    )
    events = _events(text, published="2025-10-05")
    riot = next(e for e in events if e.acled_type == "Riots")
    assert riot.acled_subtype == "Violent demonstration" and riot.actor1 is None
    arrests = next(e for e in events if e.acled_subtype == "Arrests")
    assert arrests.actor1 is not None and arrests.actor1.canonical_id == "GEO.POL"


def test_events_military_forces_of_a_state_as_acled_writes_them() -> None:
    text = (
        "On 29 January 2024, Military Forces of Ethiopia (2018-) killed at least 45 civilians "
        "in Merawi (West Gojjam, Amhara)."
    )
    (attack,) = _events(text, published="2024-02-01")
    assert attack.actor1 is not None and attack.actor1.canonical_id == "ETH.MIL"


def test_events_a_barrel_bomb_of_chlorine_is_a_chemical_attack() -> None:
    text = (
        "On 12 May 2014, a government helicopter dropped a barrel bomb containing chlorine on "
        "Kafr Zita, in Hama province, Syria, killing two people."
    )
    assert [e.acled_subtype for e in _events(text)] == ["Chemical weapon"]


def test_events_a_village_attack_keeps_its_dead_beside_the_abductions() -> None:
    text = (
        "Le 9 juillet 2024, des bandits armés ont attaqué le village de Gidan Bature, près de "
        "Sabon Birni, au Nigeria, tuant huit habitants et en enlevant une quinzaine d'autres."
    )
    events = _events(text)
    attack = next(e for e in events if e.acled_subtype == "Attack")
    assert attack.quantities["fatalities"] == 8 and attack.actor1 is None
    assert "Abduction/forced disappearance" in [e.acled_subtype for e in events]


def test_events_violating_an_agreement_is_no_rape() -> None:
    text = "Le Hamas a accusé lundi Israël de violer l'accord de cessez-le-feu à Gaza."
    assert "Sexual violence" not in [e.acled_subtype for e in _events(text)]


def test_events_a_list_of_states_is_led_by_its_first() -> None:
    text = (
        "Le Royaume-Uni, le Canada et la Norvège ont imposé mardi des sanctions à deux "
        "ministres israéliens."
    )
    (sanction,) = [e for e in _events(text) if e.plover_type == "SANCTION"]
    assert sanction.actor1 is not None and sanction.actor1.canonical_id.startswith("GBR")


def test_events_a_ministry_attributing_an_attack_accuses() -> None:
    text = (
        "Le ministère syrien de l'Intérieur a attribué l'attentat à une cellule de l'État "
        "islamique."
    )
    (accusation,) = [e for e in _events(text) if e.plover_type == "ACCUSE"]
    assert accusation.actor1 is not None and accusation.actor1.canonical_id.startswith("SYR")


def test_events_a_defence_ministry_that_deploys_is_the_military() -> None:
    text = (
        "The Pentagon deployed an aircraft carrier strike group to the Caribbean on Friday, "
        "officials in Washington said."
    )
    moves = [e for e in _events(text, published="2025-10-25") if e.plover_type == "MOBILIZE"]
    assert moves and all(e.actor1 and e.actor1.canonical_id == "USA.MIL" for e in moves)


def test_events_houses_burned_after_an_attack_are_its_doers_destruction() -> None:
    text = (
        "Le 15 août 2024, des miliciens du groupe Azande Ani Kpi Gbe ont attaqué un quartier "
        "peul de Zemio, en Centrafrique, tuant six civils ; plusieurs cases ont été incendiées."
    )
    burning = next(e for e in _events(text) if e.acled_subtype == "Looting/property destruction")
    assert burning.actor1 is not None and burning.place is not None


def test_events_a_bomb_targeting_a_convoy_is_one_attack() -> None:
    text = (
        "On 18 March 2025, Al Shabaab detonated a roadside bomb targeting the convoy of "
        "President Hassan Sheikh Mohamud in Mogadishu, Somalia. Several bodyguards were wounded."
    )
    assert [e.acled_subtype for e in _events(text)] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        (
            "Vladimir Poutine a décrété samedi une trêve de Pâques de trente heures en Ukraine.",
            "CONCEDE",
        ),
        (
            "Le Pakistan et l'Afghanistan sont convenus dimanche à Doha d'un cessez-le-feu "
            "immédiat.",
            "AGREE",
        ),
    ],
)
def test_events_a_truce_one_side_decrees_is_a_concession(text: str, plover: str) -> None:
    truces = [e.plover_type for e in _events(text) if e.acled_subtype == "Agreement"]
    assert truces == [plover]


def test_events_a_truce_two_sides_announce_is_an_agreement() -> None:
    text = (
        "Le gouvernement soudanais et les FSR ont annoncé samedi une trêve de trois jours à "
        "Khartoum."
    )
    truces = [e.plover_type for e in _events(text) if e.acled_subtype == "Agreement"]
    assert truces == ["AGREE"]


def test_events_the_convoy_a_bomb_hit_did_not_kill_its_own_men() -> None:
    text = (
        "Le 2 avril 2024, une mine artisanale a explosé au passage d'un camion de l'armée "
        "nigérienne près de Tillabéri, tuant quatre militaires."
    )
    (blast,) = [e for e in _events(text) if e.plover_type == "ASSAULT"]
    assert blast.actor1 is None or not blast.actor1.canonical_id.startswith("NER")


@pytest.mark.parametrize(
    "text",
    [
        "Le 3 mai 2024, deux hommes à moto ont lancé une grenade contre une banque de "
        "Barranquilla, blessant un vigile. La police soupçonne le Clan del Golfo.",
        "On 3 May 2024, two men on a motorbike threw a grenade at a bank in Barranquilla, "
        "wounding a guard. Police suspect the Clan del Golfo.",
    ],
)
def test_events_the_group_police_suspect_did_an_attack_nobody_named(text: str) -> None:
    (attack,) = [e for e in _events(text, published="2024-05-04") if e.plover_type == "ASSAULT"]
    assert attack.actor1 is not None and attack.actor1.canonical_id == "GRP.CLAN_GOLFO"
    assert any(e.field == "actor1" and "Clan del Golfo" in e.text for e in attack.evidence)


def test_events_a_claim_by_a_foreign_name_the_parser_splits_still_names_the_doer() -> None:
    text = (
        "Le 8 mai 2024, des militants ont ouvert le feu sur un bus de pèlerins près de Reasi, "
        "tuant neuf personnes. L'attaque a été revendiquée par The Resistance Front."
    )
    (attack,) = [e for e in _events(text, published="2024-05-09") if e.plover_type == "ASSAULT"]
    assert attack.actor1 is not None and attack.actor1.canonical_id == "GRP.TRF"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Le président soudanais Omar el-Béchir et le président sud-soudanais Salva Kiir ont "
            "signé lundi à Addis-Abeba, sous l'égide du Premier ministre éthiopien Abiy Ahmed, un "
            "accord sur le pétrole.",
            "PER.",
        ),
        (
            "Armenia and Azerbaijan agreed a ceasefire on Tuesday in talks brokered by "
            "Russian President Vladimir Putin.",
            "ARM",
        ),
    ],
)
def test_events_a_mediator_is_no_party_to_the_agreement(text: str, party: str) -> None:
    agreements = [e for e in _events(text, published="2019-05-06") if e.plover_type == "AGREE"]
    assert agreements
    for agreement in agreements:
        sides = [_who(a) for a in (agreement.actor1, agreement.actor2) if a is not None]
        assert not any(side in ("PER.ABIY_AHMED", "PER.PUTIN_VLADIMIR") for side in sides)
        assert sides and sides[0].startswith(party)


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "On 2 June 2024, JNIM militants stormed an army base near Djibo, killing 9 soldiers; "
            "the army said 21 attackers died in the fighting.",
            30,
        ),
        (
            "Le 2 juin 2024, des jihadistes ont attaqué un camp militaire près de Djibo, tuant "
            "neuf soldats ; l'armée affirme que 21 assaillants ont été tués.",
            30,
        ),
        (
            "Gunmen raided a police post in Bauchi on Friday, sparking a gunfight that left "
            "7 attackers and one officer dead, police said.",
            8,
        ),
        (
            "Militants ambushed an army patrol near Rajouri on Monday, killing a captain, a "
            "sergeant and a porter, officials said.",
            3,
        ),
        ("Des hommes armés ont tué un pasteur et un catéchiste jeudi près de Bamenda.", 2),
        ("Gunmen shot dead a local councillor, a father of four, in Cebu on Monday.", 1),
    ],
)
def test_events_the_dead_of_every_side_add_up(text: str, fatalities: int) -> None:
    counts = [e.quantities["fatalities"] for e in _events(text) if e.plover_type == "ASSAULT"]
    assert counts == [fatalities]


def test_events_two_figures_for_the_same_dead_are_no_sum() -> None:
    text = (
        "Une bombe a explosé vendredi à Bannu au passage d'un fourgon de police, tuant cinq "
        "policiers selon la police. Selon l'hôpital, sept policiers ont été tués."
    )
    counts = [e.quantities["fatalities"] for e in _events(text) if e.plover_type == "ASSAULT"]
    assert counts == [5]


@pytest.mark.parametrize(
    ("text", "killing"),
    [
        (
            "On 3 March 2024, soldiers killed at least 30 civilians in house searches in Bahir "
            "Dar, a day after clashes with Fano militias in the city.",
            "killed",
        ),
        (
            "Les FDLR ont tué douze agriculteurs mardi près de Rutshuru, au lendemain de combats "
            "contre l'armée congolaise.",
            "tué",
        ),
        (
            "M23 rebels shot dead five fishermen on Lake Edward on Sunday, a day after fighting "
            "with Congolese troops.",
            "shot dead",
        ),
    ],
)
def test_events_whom_the_deed_hit_makes_it_violence_against_civilians(
    text: str, killing: str
) -> None:
    deeds = [
        e
        for e in _events(text, published="2024-03-05")
        if any(x.field == "trigger" and x.text == killing for x in e.evidence)
    ]
    assert [e.acled_subtype for e in deeds] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        (
            "Dans la nuit du 2 au 3 juillet 2023, des émeutiers ont pillé des magasins dans le "
            "centre de Lyon. Plus de 60 personnes ont été interpellées.",
            "Plus de 60 personnes",
        ),
        (
            "On 5 June 2024, masked men set fire to a bank branch in Basra. Police later "
            "arrested 4 suspects.",
            "4 suspects",
        ),
    ],
)
def test_events_an_arrest_with_no_arrester_named_is_still_an_arrest(
    text: str, arrested: str
) -> None:
    events = _events(text, published="2024-06-06")
    (arrest,) = [e for e in events if e.acled_subtype == "Arrests"]
    assert arrest.place is not None
    assert any(e.field == "target" and e.text == arrested for e in arrest.evidence)
    # The looting told beside it stays an event of its own.
    assert any(
        e.plover_type in ("COERCE", "PROTEST") and e.acled_subtype != "Arrests" for e in events
    )


def test_events_a_trip_abroad_does_not_take_the_story_s_police() -> None:
    text = (
        "A Colombian mayoral candidate was shot dead at a rally in Cali on Saturday. Police "
        "arrested two suspects. President Gustavo Petro condemned the killing and cancelled a "
        "visit to Spain."
    )
    (arrest,) = [e for e in _events(text, published="2025-06-08") if e.acled_subtype == "Arrests"]
    assert arrest.actor1 is not None and arrest.actor1.canonical_id == "COL.POL"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Dans la nuit du 21 au 22 août 2024, des émeutiers ont incendié des commerces à "
            "Dumbéa.",
            "2024-08-23",
            "2024-08-21",
        ),
        (
            "Between 3 and 5 May 2024, RSF fighters looted markets in El Fasher.",
            "2024-05-08",
            "2024-05-03",
        ),
        (
            "Dans la nuit du 31 mai au 1er juin 2024, des émeutiers ont incendié des commerces à "
            "Païta.",
            "2024-06-02",
            "2024-05-31",
        ),
        (
            "Des hommes armés ont attaqué dans la nuit de samedi à dimanche le village de Kalaye, "
            "tuant six personnes.",
            "2024-06-10",
            "2024-06-08",
        ),
        (
            "Gunmen killed at least 12 people in an overnight raid on Tuesday on a village near "
            "Bokkos.",
            "2024-06-13",
            "2024-06-11",
        ),
    ],
)
def test_events_a_night_or_a_range_is_dated_by_its_first_day(
    text: str, published: str, day: str
) -> None:
    (event,) = _events(text, published=published)
    assert str(event.date.date_start) == day
    assert any(e.field == "date" for e in event.evidence)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Le Hezbollah a annoncé mardi la suspension « jusqu'à nouvel ordre » des négociations "
            "sur les prisonniers libanais, accusant Israël de violer la trêve.",
            "GRP.HEZBOLLAH",
        ),
        (
            "Bamako a ordonné lundi l'expulsion « sans délai » de l'ambassadeur de France, "
            "accusant Paris de soutenir les jihadistes.",
            "MLI",
        ),
    ],
)
def test_events_a_participle_after_a_comma_is_done_by_the_main_clause_s_subject(
    text: str, doer: str
) -> None:
    accusations = [e for e in _events(text, published="2024-03-09") if e.plover_type == "ACCUSE"]
    assert accusations and accusations[0].actor1 is not None
    assert accusations[0].actor1.canonical_id.startswith(doer)


def test_events_what_an_attack_noun_is_against_decides_its_type() -> None:
    text = "Une attaque du JNIM contre une base militaire a fait une vingtaine de morts à Djibo."
    attacks = [e for e in _events(text, published="2024-05-04") if e.plover_type == "ASSAULT"]
    assert [e.acled_type for e in attacks] == ["Battles"]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "Le 12 mars 2024, des habitants ont battu à mort un homme accusé de vol de bétail "
            "près de Bunia.",
            1,
        ),
        (
            "Le 23 mai 2024, des hommes armés ont tué un chef coutumier près de Beni.",
            1,
        ),
    ],
)
def test_events_the_day_of_the_month_is_no_toll(text: str, fatalities: int) -> None:
    counts = [e.quantities["fatalities"] for e in _events(text, published="2024-05-25")]
    assert fatalities in counts


@pytest.mark.parametrize(
    ("text", "police"),
    [
        (
            "Le 3 mars 2024, des centaines de jeunes ont manifesté à Dakar contre le report de "
            "l'élection présidentielle. Plus de 60 personnes ont été interpellées.",
            "SEN.POL",
        ),
        ("Several opposition activists were detained in Harare on Friday.", "ZWE.POL"),
    ],
)
def test_events_arrests_with_nobody_named_are_the_local_police_s(text: str, police: str) -> None:
    arrests = [e for e in _events(text, published="2024-03-04") if e.acled_subtype == "Arrests"]
    assert arrests and arrests[0].actor1 is not None
    assert arrests[0].actor1.canonical_id == police
    evidence = {(e.field, e.text) for e in arrests[0].evidence}
    assert ("actor1", arrests[0].actor1.text) in evidence
    assert arrests[0].actor1.text in {text for field, text in evidence if field == "trigger"}


@pytest.mark.parametrize(
    ("text", "published", "forces"),
    [
        (
            "Le ministre israélien de la Défense, Israël Katz, a menacé vendredi de frapper la "
            "banlieue sud de Beyrouth.",
            "2025-03-28",
            "ISR.MIL",
        ),
        (
            "Houthi leader Abdul Malik al-Houthi vowed on Thursday to attack US warships in "
            "the Red Sea.",
            "2024-01-11",
            "GRP.HOUTHI",
        ),
    ],
)
def test_events_a_leader_attacks_through_the_forces_they_serve(
    text: str, published: str, forces: str
) -> None:
    attacks = [e for e in _events(text, published=published) if e.plover_type == "ASSAULT"]
    assert attacks and attacks[0].actor1 is not None
    assert attacks[0].actor1.canonical_id == forces
    assert attacks[0].actor1.text in text  # the leader's name stays the evidence


def test_events_resuming_attacks_takes_no_place() -> None:
    text = (
        "Le chef du groupe a menacé lundi de reprendre les attaques contre les navires en mer "
        "Rouge."
    )
    subtypes = {e.acled_subtype for e in _events(text, published="2025-03-10")}
    assert not subtypes & {"Non-state actor overtakes territory", "Government regains territory"}


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        (
            "Le 9 juin 2024, une frappe de drone a tué près de Marib le commandant Ahmed Saleh, "
            "son adjoint Ali Nasser et quatre autres personnes.",
            6,
        ),
        (
            "A car bomb exploded outside the governor's office in Jalalabad on Monday, killing "
            "the deputy governor Abdul Wali and at least three other people.",
            4,
        ),
    ],
)
def test_events_the_persons_named_and_the_others_add_up(text: str, fatalities: int) -> None:
    counts = [e.quantities["fatalities"] for e in _events(text, published="2024-06-10")]
    assert fatalities in counts


@pytest.mark.parametrize(
    ("toll", "fatalities"),
    [
        ("Neuf soldats ont été tués, selon des sources sécuritaires.", 9),
        ("Neuf VDP et une quinzaine d'assaillants ont été tués.", 24),
    ],
)
def test_events_a_capitalised_numeral_opening_a_toll_counts(toll: str, fatalities: int) -> None:
    text = f"Le 17 avril 2024, des jihadistes ont attaqué un poste militaire à Gayéri. {toll}"
    counts = [e.quantities["fatalities"] for e in _events(text, published="2024-04-18")]
    assert fatalities in counts


@pytest.mark.parametrize(
    "text",
    [
        "Des manifestants ont jeté des pierres sur les gendarmes mardi à Labé. Un lycéen a été "
        "tué par balle, selon sa famille.",
        "Protesters threw stones at police in Kisumu on Tuesday. A teenager was killed by "
        "gunfire, his family said.",
    ],
)
def test_events_a_death_by_gunfire_told_later_is_the_protest_s_toll(text: str) -> None:
    events = _events(text, published="2024-06-12")
    assert [e.acled_subtype for e in events] == ["Violent demonstration"]
    assert events[0].quantities["fatalities"] == 1


def test_events_a_toll_told_alone_after_an_attack_is_its_toll() -> None:
    text = (
        "Le 12 mai 2024, des hommes armés ont attaqué le village de Tin-Hama ; les autorités "
        "locales ont annoncé 37 morts."
    )
    attacks = [e for e in _events(text, published="2024-05-13") if e.plover_type == "ASSAULT"]
    assert [e.quantities["fatalities"] for e in attacks] == [37]
    assert any(e.field == "fatalities" and "37" in e.text for e in attacks[0].evidence)


def test_events_a_war_s_running_toll_is_no_attack_s_toll() -> None:
    text = (
        "Le 12 mai 2024, des hommes armés ont attaqué le village de Tin-Hama. Le conflit a fait "
        "plus de 20 000 morts depuis 2012."
    )
    attacks = [e for e in _events(text, published="2024-05-13") if e.plover_type == "ASSAULT"]
    assert [e.quantities["fatalities"] for e in attacks] == [None]


def test_events_one_of_them_killed_is_one_dead() -> None:
    text = "La police a tiré mardi sur des étudiants qui manifestaient à Rangpur, tuant l'un d'eux."
    counts = [e.quantities["fatalities"] for e in _events(text, published="2024-07-17")]
    assert counts == [1]


def test_events_enemies_neutralised_are_dead() -> None:
    text = (
        "Le 3 mars 2024, des jihadistes ont attaqué un poste de l'armée à Boni. L'état-major "
        "affirme que 17 assaillants ont été neutralisés."
    )
    counts = [e.quantities["fatalities"] for e in _events(text, published="2024-03-04")]
    assert 17 in counts


def test_events_two_parties_statements_on_one_day_are_two_events() -> None:
    text = (
        "Le 4 juin 2025, le Premier ministre Nikol Pachinian a accusé l'Église d'Arménie de "
        "préparer un coup d'État à Erevan. Le gouvernement russe a dénoncé le même jour une "
        "campagne contre le clergé."
    )
    accusations = [e for e in _events(text, published="2025-06-05") if e.plover_type == "ACCUSE"]
    speakers = {e.actor1.canonical_id for e in accusations if e.actor1 is not None}
    assert len(accusations) == 2 and len(speakers) == 2


def test_events_an_acled_label_cut_at_its_colon_still_names_the_doer() -> None:
    text = (
        "On 2 March 2024, JNIM: Jama'a Nusrat al-Islam wal-Muslimin militants attacked an army "
        "post near Djibo (Soum, Sahel). 4 soldiers were killed."
    )
    attacks = [e for e in _events(text, published="2024-03-03") if e.plover_type == "ASSAULT"]
    assert attacks and attacks[0].actor1 is not None
    assert attacks[0].actor1.canonical_id == "GRP.JNIM"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le 9 mars 2024, le Haut-Commissaire des Nations unies aux droits de l'homme, Volker "
            "Türk, a réclamé une enquête sur les frappes à Gaza.",
            "PER.TURK_VOLKER",
        ),
        (
            "The head of the United Nations, Antonio Guterres, called on Monday for an "
            "immediate ceasefire in Sudan.",
            "PER.GUTERRES_ANTONIO",
        ),
    ],
)
def test_events_the_person_named_between_commas_is_the_speaker(text: str, speaker: str) -> None:
    events = [e for e in _events(text, published="2024-03-10") if e.actor1 is not None]
    assert events and events[0].actor1 is not None
    assert _who(events[0].actor1) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Le 24 février 2025, le gouvernement canadien a annoncé ses plus lourdes sanctions "
        "depuis 2022 contre la Russie.",
        "Le 24 février 2025, le gouvernement canadien a annoncé les premières sanctions de "
        "cette année contre la Russie.",
    ],
)
def test_events_a_named_day_beats_a_period_s_start_or_a_year(text: str) -> None:
    sanctions = [e for e in _events(text, published="2025-02-25") if e.plover_type == "SANCTION"]
    assert sanctions and str(sanctions[0].date.date_start) == "2025-02-24"


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "On 25 June 2025, Ecuadorian police recaptured Los Choneros leader Adolfo Macias in a "
            "bunker in Manta.",
            "Arrests",
        ),
        (
            "On 3 May 2024, Iraqi security forces seized a truck loaded with rockets at a "
            "checkpoint near Kirkuk.",
            "Disrupted weapons use",
        ),
    ],
)
def test_events_taking_a_person_or_arms_takes_no_ground(text: str, subtype: str) -> None:
    subtypes = {e.acled_subtype for e in _events(text, published="2025-06-26")}
    assert subtype in subtypes
    assert not subtypes & {"Government regains territory", "Non-state actor overtakes territory"}


@pytest.mark.parametrize(
    "text",
    [
        "Les inondations ont fait au moins 40 morts mardi dans la région de Kinshasa, selon les "
        "autorités.",
        "Aid reached villages in Kunar province on Wednesday, three days after a quake which "
        "killed more than 2,200 people.",
    ],
)
def test_events_deaths_a_disaster_caused_are_no_event(text: str) -> None:
    assert not [e for e in _events(text, published="2025-09-04") if e.plover_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said on Wednesday it had no plans to target Poland.",
        "Le Premier ministre a assuré jeudi que son pays n'avait aucune intention d'attaquer "
        "l'Érythrée.",
    ],
)
def test_events_no_plan_to_attack_is_a_negated_attack(text: str) -> None:
    attacks = [e for e in _events(text, published="2025-09-11") if e.plover_type == "ASSAULT"]
    assert [e.status for e in attacks] == ["negated"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Germany said on Wednesday it would supply 14 Leopard tanks to Ukraine.", "planned"),
        ("Vladimir Putin is due to meet Donald Trump in Alaska on Friday.", "planned"),
        ("Iran warned it would strike US bases if attacked.", "hypothetical"),
    ],
)
def test_events_would_after_a_verb_of_saying_is_a_plan(text: str, status: str) -> None:
    events = [e for e in _events(text, published="2023-01-26") if e.plover_type != "THREATEN"]
    assert events and events[0].status == status


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("L'Éthiopie et l'Érythrée sont convenues lundi à Djeddah d'un cessez-le-feu.", "ETH"),
        ("Le Soudan et le Soudan du Sud sont convenus lundi à Djouba d'un accord de paix.", "SDN"),
    ],
)
def test_events_a_french_verb_with_etre_is_no_passive(text: str, party: str) -> None:
    deals = [e for e in _events(text, published="2024-06-11") if e.plover_type == "AGREE"]
    assert deals and deals[0].actor1 is not None
    assert deals[0].actor1.canonical_id == party
