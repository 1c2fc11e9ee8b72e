"""Speakers the linker used to miss: a statement verb coordinated with a first verb of the
same subject ("s'est dit « surpris » et a demandé…"), a person the dictionary does not know
speaking right after a sentence that gave the office, a party described as the ruling one,
and a bare "le commissaire" (the police, unless a word after it says otherwise)."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of, linked_actor


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Le gouvernement malien a expulsé lundi le chef de la délégation du CICR. Le "
            "CICR s'est dit « consterné » et a demandé à Bamako de revenir sur sa décision.",
            "REQUEST",
            "NGO.ICRC",
        ),
        (
            "Le CICR a regretté la mesure et a appelé les autorités à rétablir l'accès "
            "humanitaire.",
            "REQUEST",
            "NGO.ICRC",
        ),
        (
            "The ICRC said it was shocked and urged Khartoum to reverse its decision.",
            "REQUEST",
            "NGO.ICRC",
        ),
        (
            "Human Rights Watch documented the killings in Gao and accused the army of "
            "summary executions.",
            "ACCUSE",
            "NGO.HRW",
        ),
    ],
)
def test_unlinked_speakers_second_verb_takes_the_first_verb_s_subject(
    text: str, plover: str, doer: str
) -> None:
    """An NGO's statement verb coordinated with a first verb of its own ("s'est dit
    « surpris » et a demandé", "said it was dismayed and urged") is the NGO's statement, as
    its first verb would be."""
    assert doer_of(text, plover) == doer, coded(text)


def test_unlinked_speakers_ngo_still_only_tells_of_deeds() -> None:
    """A deed an NGO reports stays unattributed to the NGO."""
    text = "Amnesty International said soldiers had raided the village and killed ten civilians."
    assert all(
        e.actor1 is None or e.actor1.canonical_id != "NGO.AMNESTY"
        for e in events_of(text)
        if e.plover_type == "ASSAULT"
    ), coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Kenya's interior minister said on Monday that police had arrested 30 suspects "
            "in Nairobi. Peter Wanjala accused opposition politicians of financing the riots.",
            "KEN.MOI",
        ),
        (
            "Le ministre de la Sécurité a annoncé lundi l'arrestation de douze suspects à "
            "Ouagadougou. Boukari Zongo a accusé des « officines étrangères » d'avoir "
            "financé le complot.",
            "BFA.MOI",
        ),
    ],
)
def test_unlinked_speakers_unknown_holder_of_the_office_just_told(text: str, doer: str) -> None:
    """ "the interior minister said … . Peter X accused…": the unknown person speaking
    right after the office is its holder."""
    assert doer_of(text, "ACCUSE") == doer, coded(text)


@pytest.mark.parametrize(
    "text",
    [
        # The sentence before has no office for its subject.
        "Police arrested 30 suspects in Nairobi on Monday. Peter Wanjala accused opposition "
        "politicians of financing the riots.",
        # The office's holder is named: the unknown person is someone else.
        "Kenya's interior minister, Kipchumba Murkomen, said police had arrested 30 suspects "
        "in Nairobi. Peter Wanjala accused opposition politicians of financing the riots.",
    ],
)
def test_unlinked_speakers_other_unknown_people_stay_unlinked(text: str) -> None:
    """Only right after an office with no holder named does an unknown person speak for
    it."""
    assert all(
        e.actor1 is None or e.actor1.canonical_id != "KEN.MOI"
        for e in events_of(text)
        if e.plover_type == "ACCUSE"
    ), coded(text)


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        (
            "Des milliers de manifestants ont défilé samedi à Abidjan. Le parti au pouvoir a "
            "dénoncé une « tentative de déstabilisation ».",
            "parti au pouvoir",
            "CIV.GOV",
        ),
        (
            "Des milliers de manifestants ont défilé samedi à Abidjan. Le parti présidentiel "
            "RHDP a dénoncé une « tentative de déstabilisation ».",
            "parti présidentiel",
            "CIV.GOV",
        ),
        (
            "Georgian police detained nine protesters in Tbilisi. The ruling Georgian Dream "
            "party accused the opposition of plotting a coup.",
            "ruling",
            "GEO.GOV",
        ),
    ],
)
def test_unlinked_speakers_ruling_party_is_the_government(
    text: str, words: str, actor: str
) -> None:
    """A party described as the ruling one speaks for its state's government."""
    assert linked_actor(text, words) == actor


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Des hommes armés ont attaqué mardi un commissariat à Gonaïves. Le commissaire "
            "a annoncé que des renforts seraient envoyés dans la zone.",
            "HTI.POL",
        ),
        (
            "Des hommes armés ont attaqué mardi un commissariat à Gonaïves. Le commissaire "
            "européen a annoncé une aide d'urgence.",
            None,
        ),
    ],
)
def test_unlinked_speakers_bare_commissaire_is_the_police(text: str, actor: str | None) -> None:
    """ "Le commissaire a annoncé…" is the story country's police; "le commissaire
    européen" is not."""
    assert linked_actor(text, "commissaire") == actor


def test_unlinked_speakers_ruling_party_owning_a_place_is_no_actor() -> None:
    """ "the offices of the ruling X party" is what the party owns: no government there."""
    text = (
        "Protesters hurled stones at the offices of the ruling Serbian Progressive Party in "
        "Novi Sad on Friday, and riot police answered with tear gas."
    )
    assert linked_actor(text, "ruling") != "SRB.GOV"
