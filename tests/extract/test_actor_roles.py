"""Who is actor1, the doer: the addressee of a request for the deed asked, the subject of
a main verb for the gerund or infinitive clause hung on it, the force a common noun
belongs to, the armed forces behind a government's strike or a downed drone, and the
police of a territory's sovereign for arrests nobody is named for."""

from __future__ import annotations

import pytest

from coding import coded, events_of, first_doer


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        # "urged … on Monday": a date after "on" is no addressee.
        (
            "The UN envoy on Monday urged the army and the RSF to agree a humanitarian "
            "truce in El Fasher, Sudan.",
            "Agreement",
            "SDN.MIL",
        ),
    ],
)
def test_actor_roles_addressee_of_a_request(text: str, subtype: str, doer: str) -> None:
    """The first addressee of "urge … to" carries out what is asked."""
    assert first_doer(text, subtype) == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "The last French soldiers left Niger on Friday after handing over their base in "
            "Niamey to the Nigerien army, the defence ministry said.",
            "Non-violent transfer of territory",
            "FRA.MIL",
        ),
        (
            "Sergueï Lavrov et Dmytro Kouleba se sont rencontrés jeudi à Antalya sans "
            "parvenir à s'entendre sur un cessez-le-feu.",
            "Agreement",
            "RUS.MFA",
        ),
    ],
)
def test_actor_roles_main_subject_of_a_clause(text: str, subtype: str, doer: str) -> None:
    """A gerund after "after"/"by", an infinitive after "sans"/"après": the main verb's
    subject does it."""
    assert first_doer(text, subtype) == doer, coded(text)


def test_actor_roles_accused_does_the_gerund() -> None:
    """ "accused Eritrea … of complicity … by arming": the accused did it, not the
    accuser, though "by" hangs on the accusing verb."""
    text = (
        "Ethiopia accused Eritrea before the African Union on Monday of complicity in the "
        "Amhara insurgency by arming Fano militias."
    )
    assert first_doer(text, "Other") == "ETH", coded(text)
    aid = next(e for e in events_of(text) if e.plover_type == "AID")
    assert aid.actor1 is not None and aid.actor1.canonical_id == "ERI", coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Le 3 juin 2025, des soldats des Military Forces of Rwanda et des Military Forces "
            "of Mozambique ont mené une opération conjointe contre des insurgés près de "
            "Mocímboa da Praia.",
            "Other",
            "RWA.MIL",
        ),
        (
            "Une centaine de militaires russes de l'Africa Corps sont arrivés lundi à Niamey "
            "pour s'installer dans une base aérienne.",
            "Headquarters or base established",
            "GRP.AFRICA_CORPS",
        ),
    ],
)
def test_actor_roles_force_named_after_a_common_noun(text: str, subtype: str, doer: str) -> None:
    assert first_doer(text, subtype) == doer, coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "Ukraine's army accused Russian troops of using chloropicrin near Kupiansk. "
            "The Kremlin denied using any chemical weapons.",
            "Chemical weapon",
            "RUS.MIL",
        ),
        (
            "Russia's defence ministry said on Sunday that air defence units had downed 31 "
            "Ukrainian drones over the Belgorod region.",
            "Disrupted weapons use",
            "RUS.MIL",
        ),
    ],
)
def test_actor_roles_armed_forces_behind_a_government(text: str, subtype: str, doer: str) -> None:
    events = [e for e in events_of(text) if e.acled_subtype == subtype]
    assert events and all(e.actor1 and e.actor1.canonical_id == doer for e in events), coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Des barrages ont été incendiés dans la nuit à Païta, près de Nouméa. Plus de "
            "quarante personnes ont été interpellées, selon le haut-commissariat.",
            "FRA.POL",
        ),
        (
            "Des milliers de personnes ont manifesté samedi à Belgrade contre le gouvernement. "
            "Le ministre de l'Intérieur a annoncé 35 interpellations.",
            "SRB.POL",
        ),
    ],
)
def test_actor_roles_police_of_the_arrests(text: str, doer: str) -> None:
    """Arrests nobody is named for are the police's of the country they happen in: a
    territory's sovereign, and also when the arrests are a noun a minister announced."""
    assert first_doer(text, "Arrests") == doer, coded(text)


def test_actor_roles_national_name_of_an_army() -> None:
    """ "les Forces de défense du peuple du Soudan du Sud" is South Sudan's army, not
    Myanmar's People's Defence Force, however the linker reads the shorter name."""
    text = (
        "Cinq femmes auraient été violées par des soldats des Forces de défense du peuple du "
        "Soudan du Sud (SSPDF) près de Yei, a indiqué jeudi un responsable local."
    )
    assert first_doer(text, "Sexual violence") == "SSD.MIL", coded(text)


@pytest.mark.parametrize(
    ("text", "subtype", "doer"),
    [
        (
            "The juntas of Mali, Burkina Faso and Niger on Monday rejected an ECOWAS call to "
            "return to the regional bloc before January.",
            "Other",
            "IGO.AES",
        ),
        (
            "Les chefs militaires du Mali, du Burkina Faso et du Niger ont décidé mardi à "
            "Ouagadougou de mettre en commun leurs moyens aériens.",
            "Other",
            "IGO.AES",
        ),
    ],
)
def test_actor_roles_members_act_as_their_bloc(text: str, subtype: str, doer: str) -> None:
    """All the members of a bloc named together act as the bloc, once it exists."""
    assert first_doer(text, subtype) == doer, coded(text)


def test_actor_roles_members_agreeing_stay_states() -> None:
    """Members signing among themselves are the parties, not the bloc they bind."""
    text = (
        "The leaders of Mali, Burkina Faso and Niger signed a defence treaty in Niamey on Saturday."
    )
    assert first_doer(text, "Agreement") != "IGO.AES", coded(text)


def test_actor_roles_avoir_makes_an_active_verb() -> None:
    """A subject the parser labels passive is still the doer when "avoir" is the verb's
    only auxiliary: the general staff accuses, it is not accused."""
    text = (
        "L'état-major ukrainien a accusé jeudi les forces russes d'avoir largué des grenades "
        "à gaz sur ses positions près de Koupiansk."
    )
    assert first_doer(text, "Other") == "UKR.MIL", coded(text)
