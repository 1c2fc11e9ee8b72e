"""Two coercive Strategic developments in one report: arms seized in a passive sentence
after a raid, looting beside a riot's other deeds, arrests told as not made, arrests a
ministry "fait état de", and a headline's curfew that must not join the looting."""

from __future__ import annotations

import pytest

from coding import coded, events_of, first_doer


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Les forces de sécurité irakiennes ont arrêté mardi à Mossoul trois membres "
            "présumés de l'État islamique. Des armes et des détonateurs ont été saisis.",
            "IRQ.MIL",
        ),
        (
            "Kenyan police arrested two suspects in Mombasa on Tuesday. Explosives and "
            "three rifles were seized.",
            "KEN.POL",
        ),
    ],
)
def test_two_coercions_arms_seized_after_the_raid(text: str, doer: str) -> None:
    """ "Des armes … ont été saisies", "Explosives … were seized": arms seized with nothing
    named beside them were seized in the raid just told, by its forces."""
    assert first_doer(text, "Disrupted weapons use") == doer, coded(text)
    arrests = [e for e in events_of(text) if e.acled_subtype == "Arrests"]
    assert len(arrests) == 1, coded(text)


def test_two_coercions_seizure_follows_the_forces_not_the_plot() -> None:
    """The suspects' plot told in the raid's sentence ("soupçonnés de préparer des
    attentats") does not lend its doers to the seizure."""
    text = (
        "La police irakienne a arrêté lundi à Bassora deux hommes soupçonnés de préparer "
        "des attentats contre des écoles. Des explosifs ont été saisis."
    )
    assert first_doer(text, "Disrupted weapons use") == "IRQ.POL", coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Des émeutiers ont brûlé des pneus et pillé des magasins lundi à Conakry.",
        "Rioters clashed with police and looted supermarkets in Durban on Monday.",
    ],
)
def test_two_coercions_looting_beside_a_riot(text: str) -> None:
    """A crowd's looting told beside another of its riotous deeds is a Looting/property
    destruction event of its own; the riot stays."""
    subtypes = [e.acled_subtype for e in events_of(text)]
    assert "Looting/property destruction" in subtypes, coded(text)
    assert any(e.acled_type == "Riots" for e in events_of(text)), coded(text)


def test_two_coercions_looting_alone_is_the_riot() -> None:
    """Looting that is all a crowd is told doing is the riot itself."""
    text = "Des émeutiers ont pillé lundi des entrepôts à Conakry."
    subtypes = [e.acled_subtype for e in events_of(text)]
    assert "Looting/property destruction" not in subtypes, coded(text)
    assert "Violent demonstration" in subtypes, coded(text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Colombian soldiers seized 30 rifles and a machine gun at a camp near Tumaco "
            "on Monday. No arrests were made.",
            "COL.MIL",
        ),
        (
            "About fifty youths threw stones at police and set cars on fire in Nantes on "
            "Saturday night. No arrests were made.",
            "FRA.POL",
        ),
    ],
)
def test_two_coercions_no_arrests_made(text: str, doer: str) -> None:
    """ "No arrests were made": an Arrests event, negated, by the forces told before, else
    by the police of the place."""
    arrests = [e for e in events_of(text) if e.acled_subtype == "Arrests"]
    assert len(arrests) == 1 and arrests[0].status == "negated", coded(text)
    assert arrests[0].actor1 is not None and arrests[0].actor1.canonical_id == doer, coded(text)


def test_two_coercions_made_no_arrests_is_negated() -> None:
    """ "made no arrests" negates the arrests the sentence names."""
    text = (
        "Gunmen shot dead three traders in Durban on Monday. Police officers arrived an "
        "hour later and made no arrests."
    )
    arrests = [e for e in events_of(text) if e.acled_subtype == "Arrests"]
    assert arrests and all(e.status == "negated" for e in arrests), coded(text)


def test_two_coercions_arrests_reported_by_a_ministry() -> None:
    """ "a fait état de 212 interpellations dans tout le pays": the arrests reported are an
    event, not background hanging on "état"."""
    text = (
        "Des heurts ont opposé lundi des manifestants aux forces de l'ordre à Lyon. Au "
        "total, le ministère de l'Intérieur a fait état de 212 interpellations dans tout "
        "le pays."
    )
    assert first_doer(text, "Arrests") == "FRA.POL", coded(text)


def test_two_coercions_headline_curfew_keeps_to_the_curfew() -> None:
    """A headline's curfew merged with the story's dated one takes its date, so that it
    joins neither the looting told the night before nor lends it the prefect."""
    text = (
        "Nouméa : nuit de pillages, un couvre-feu instauré\n\n"
        "Des émeutiers ont incendié des voitures et pillé plusieurs magasins dans la nuit "
        "de lundi à mardi à Nouméa. Le haut-commissaire a annoncé mardi un couvre-feu dans "
        "toute la ville."
    )
    events = events_of(text)
    curfews = [e for e in events if e.plover_mode == "curfew"]
    looting = [e for e in events if e.acled_subtype == "Looting/property destruction"]
    assert len(curfews) == 1 and len(looting) == 1, coded(text)
    assert looting[0].actor1 is None or looting[0].actor1.canonical_id != "FRA.GOV", coded(text)
