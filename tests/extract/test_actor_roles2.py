"""Who is actor1, the doer (second round): an NGO that accuses or calls for something, the
group a merger or a formation creates, and the one party named to a clash or a deal."""

from __future__ import annotations

import pytest

from coding import coded, events_of, first_doer


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Human Rights Watch on Thursday accused the Malian army of summarily executing "
            "at least a dozen herders near Djenné.",
            "Other",
            "NGO.HRW",
        ),
        (
            "Amnesty International a accusé mardi la police kényane d'avoir fait un usage "
            "excessif de la force lors des manifestations de Nairobi.",
            "Other",
            "NGO.AMNESTY",
        ),
        (
            "Human Rights Watch a appelé lundi les autorités burkinabè à enquêter sur la "
            "disparition de deux militants à Ouagadougou.",
            "Other",
            "NGO.HRW",
        ),
        # Asked, not doing: the government would release them (a release asked is "Other").
        (
            "Amnesty International on Friday called on the Ethiopian government to release "
            "journalists detained in Addis Ababa.",
            "Other",
            "ETH.GOV",
        ),
    ],
)
def test_actor_roles2_ngo_makes_its_statement(text: str, subtype: str, doer: str) -> None:
    """An NGO subject of the statement's own verb is its doer; not of the deed it asks for."""
    assert first_doer(text, subtype) == doer, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plusieurs mouvements armés touareg ont annoncé jeudi à Kidal leur fusion au sein "
        "d'une nouvelle organisation, le Front de libération de l'Azawad.",
        "The CMA and two allied Tuareg movements announced on Saturday in Kidal their merger "
        "into a new group, the Azawad Liberation Front.",
    ],
)
def test_actor_roles2_merger_makes_the_new_group(text: str) -> None:
    """Groups merging into a new one: the new group is the actor, as ACLED codes it."""
    assert first_doer(text, "Change to group/activity") == "GRP.FLA", coded(text)


def test_actor_roles2_formation_of_an_armed_wing() -> None:
    """ "announced the formation of X": X, the group formed, not who announced it."""
    text = (
        "Myanmar's National Unity Government announced on Monday in Yangon the formation "
        "of the People's Defence Force."
    )
    assert first_doer(text, "Change to group/activity") == "GRP.PDF_MMR", coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Cinq membres présumés d'un gang ont été tués lundi lors d'un échange de tirs "
            "avec des militaires à Guayaquil, en Équateur.",
            "Armed clash",
            "ECU.MIL",
        ),
        (
            "Donald Trump et Xi Jinping se sont rencontrés jeudi à Busan, en Corée du Sud. "
            "Aucun accord commercial n'a été signé, a reconnu le président américain.",
            "Agreement",
            "USA.GOV",
        ),
    ],
)
def test_actor_roles2_one_side_named(text: str, subtype: str, doer: str) -> None:
    """A clash or a deal with only one party named: that party is actor1, not actor2."""
    assert first_doer(text, subtype) == doer, coded(text)


def _doer_of(text: str, trigger: str) -> str | None:
    """actor1's canonical id of the event whose trigger evidence starts with ``trigger``."""
    event = next(
        (
            e
            for e in events_of(text)
            if any(x.field == "trigger" and x.text.startswith(trigger) for x in e.evidence)
        ),
        None,
    )
    assert event is not None, f"no event told by {trigger!r} in {coded(text)}"
    return event.actor1.canonical_id if event.actor1 is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Turkish Foreign Minister Hakan Fidan said on Monday that Ankara would keep its "
            "troops in northern Iraq. He warned that Turkey would strike PKK positions if the "
            "group did not disarm.",
            "warned",
            "TUR.MFA",
        ),
        (
            "Le ministre algérien des Affaires étrangères, Ahmed Attaf, s'est rendu mercredi à "
            "Bamako. Il a dénoncé les frappes de drones maliennes près de la frontière.",
            "dénoncé",
            "DZA.MFA",
        ),
        # "pour qu'il retire": the pronoun of a clause wanted stands for Israel, the object.
        (
            "Le Premier ministre libanais Nawaf Salam a demandé mardi à la France de faire "
            "pression sur Israël pour qu'il retire ses troupes des collines du sud du Liban.",
            "retire",
            "ISR.MIL",
        ),
    ],
)
def test_actor_roles2_pronoun_speaks_for_the_last_subject(
    text: str, trigger: str, doer: str
) -> None:
    """ "He warned", "Il a dénoncé": the last subject before naming a person (for he/il)."""
    assert _doer_of(text, trigger) == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Kenya's president called on the Ethiopian army to withdraw from the border town "
            "of Moyale.",
            "Other",  # a withdrawal asked for, not made: no transfer of territory yet
            "ETH.MIL",
        ),
        (
            "Dutch Defence Minister Ruben Brekelmans called on the European Union to impose "
            "new sanctions on Moscow.",
            "Other",
            "IGO.EU",
        ),
    ],
)
def test_actor_roles2_called_on_to_act(text: str, subtype: str, doer: str) -> None:
    """ "called on X to do": X, the one called on, would do it; not the caller."""
    assert first_doer(text, subtype) == doer, coded(text)


def test_actor_roles2_capital_ending_a_person_s_name() -> None:
    """ "Mahamadou Sana accused…": "Sana" (Sanaa) ends a person's name; Yemen says nothing."""
    text = (
        "Burkina Faso's security minister said on Monday that several army officers had been "
        "arrested in Ouagadougou. Mahamadou Sana accused plotters based in Ivory Coast of "
        "organising the attempt."
    )
    doers = {e.actor1.canonical_id for e in events_of(text) if e.actor1 is not None}
    assert not any(doer.startswith("YEM") for doer in doers), coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Kyiv rejected the Russian proposal on Tuesday, calling it a trap.", "UKR.GOV"),
        ("New Delhi accused Islamabad on Friday of backing the gunmen.", "IND.GOV"),
    ],
)
def test_actor_roles2_capital_still_speaks(text: str, doer: str) -> None:
    """A capital as a whole name still speaks for its government."""
    assert first_doer(text, "Other") == doer, coded(text)


def test_actor_roles2_second_verb_hung_on_an_object() -> None:
    """ "a installé une base … et menacé de…": the parser hangs "menacé" on "base"; the
    subject of the first verb still threatens, not the body named in an aside."""
    text = (
        "Le groupe Wagner, lié au Kremlin, a installé en janvier une base près de Tombouctou "
        "et menacé de s'en prendre aux villages voisins."
    )
    assert _doer_of(text, "menacé") == "GRP.WAGNER", coded(text)


def test_actor_roles2_place_inside_a_group_name_sets_no_home() -> None:
    """ "RED-Tabara" holds "Red", a town elsewhere: not a second country of the story, so
    "le gouvernement" is still Burundi's."""
    text = (
        "Deux grenades ont explosé samedi soir dans un bar de Bujumbura, blessant onze "
        "personnes. Le gouvernement a accusé les rebelles de RED-Tabara d'être derrière "
        "l'attaque."
    )
    assert _doer_of(text, "accusé") == "BDI.GOV", coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Des mercenaires russes ont pris position lundi dans l'ancien camp de la Minusma "
            "à Kidal, selon des sources locales.",
            "Headquarters or base established",
            "GRP.WAGNER",
        ),
        (
            "Russian mercenaries set up a base on Tuesday at the former UN camp in Tessalit, "
            "residents said.",
            "Headquarters or base established",
            "GRP.WAGNER",
        ),
        (
            "Le Haut-Commissariat de l'ONU aux droits de l'homme a réclamé vendredi une "
            "enquête sur la mort de civils à Moura.",
            "Other",
            "IGO.OHCHR",
        ),
    ],
)
def test_actor_roles2_dictionary_names(text: str, subtype: str, doer: str) -> None:
    """Names news gives these actors: Russian mercenaries (ACLED's Wagner Group), the UN
    human rights office in French."""
    assert first_doer(text, subtype) == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Gunmen ambushed a military convoy near Marawi on Friday, killing four soldiers "
            "and wounding six, the army's 103rd Brigade said.",
            "PHL.MIL",
        ),
        (
            "Des hommes armés ont tendu une embuscade à une patrouille près de Djibo mardi, "
            "tuant cinq soldats burkinabè, selon une source sécuritaire.",
            "BFA.MIL",
        ),
    ],
)
def test_actor_roles2_soldiers_killed_are_no_side(text: str, target: str) -> None:
    """Soldiers an ambush killed are its target: not promoted to actor1 as a clash's side."""
    assert first_doer(text, "Armed clash") != target, coded(text)


def test_actor_roles2_group_formed_against_an_enemy() -> None:
    """A command formed "contre le M23": the groups forming it act, not their enemy."""
    text = (
        "Des dizaines de groupes armés Wazalendo ont annoncé samedi à Uvira la création d'un "
        "commandement unifié pour mener leurs opérations contre le M23."
    )
    assert first_doer(text, "Change to group/activity") == "GRP.WAZALENDO", coded(text)
