"""A vow or warning to keep up or step up hostilities is a threat (issue 5: type precision).

"vowed to keep fighting", "said it would keep targeting X", "would intensify its strikes
unless …" tell no fight: ACLED records the statement (Strategic developments/Other), PLOVER
THREATEN. A fight that could resume, or fighting told as going on, stays the fight."""

from __future__ import annotations

from coding import coded, events_of


def _codings(text: str) -> list[tuple[str, str, str]]:
    return [(e.plover_type, e.acled_subtype, e.status) for e in events_of(text)]


def test_vowing_to_keep_fighting_threatens() -> None:
    text = (
        "ADDIS ABABA (Reuters) - The rebel group's exiled leadership rejected the truce on "
        "Sunday and vowed to keep fighting the federal army in Oromia."
    )
    codings = _codings(text)
    assert ("THREATEN", "Other", "realised") in codings, coded(text)
    assert not any(plover == "ASSAULT" for plover, _, _ in codings), coded(text)


def test_would_keep_targeting_threatens() -> None:
    text = (
        "SANAA (AP) - The Houthis said on Thursday they would keep targeting ships bound for "
        "Israeli ports until the blockade of Gaza is lifted."
    )
    codings = _codings(text)
    assert ("THREATEN", "Other", "realised") in codings, coded(text)
    assert not any(plover == "ASSAULT" for plover, _, _ in codings), coded(text)


def test_would_intensify_strikes_threatens() -> None:
    text = (
        "Israel's defence minister said on Monday that the army would intensify its strikes "
        "in southern Lebanon unless Hezbollah withdrew north of the Litani."
    )
    codings = _codings(text)
    assert any(plover == "THREATEN" for plover, _, _ in codings), coded(text)
    assert not any(sub == "Air/drone strike" for _, sub, _ in codings), coded(text)


def test_a_fight_that_could_resume_stays_the_fight() -> None:
    text = (
        "KHARTOUM (Reuters) - Mediators warned on Monday that fighting could resume in "
        "El Fasher if the truce collapsed."
    )
    assert any(plover == "ASSAULT" for plover, _, _ in _codings(text)), coded(text)


def test_shelling_kept_up_is_told_as_done() -> None:
    text = "Russian forces kept shelling Kharkiv on Monday, killing two people, officials said."
    assert ("ASSAULT", "Shelling/artillery/missile attack", "realised") in _codings(text), coded(
        text
    )
