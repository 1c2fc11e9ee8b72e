"""Stances told in a speaker's words, with no trigger of their own: a reply promised under a
verb of saying is a threat by the speaker's side ("said Moscow would retaliate", "a dit
qu'il allait riposter", "would pay for it"); a characterisation of the other side's deed or
word blames or rejects it ("called the sanctions illegal", "dismissed the report as lies",
"a qualifié ces tirs de « crime de guerre »", "said the charges were baseless"). Beside them:
"any attack" in a warning is no attack, "un premier pas" no negation, "would phone" a call."""

from __future__ import annotations

import pytest

from coding import coded, doer_of, events_of


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "A missile strike killed seven people in Belgorod on Sunday. Kremlin spokesman "
            "Dmitry Peskov said Moscow would retaliate.",
            "RUS",
        ),
        (
            "An Israeli drone killed two fighters near Tyre on Monday. A Hamas spokesman said "
            "the movement will respond.",
            "GRP.HAMAS",
        ),
        (
            "Des tirs d'artillerie ont tué quatre soldats près de Goma. Le gouvernement "
            "congolais a dit qu'il allait riposter.",
            "COD",
        ),
        (
            "Houthi missiles hit a port in Eilat on Monday. Israeli Prime Minister Benjamin "
            "Netanyahu said the Houthis had crossed a red line and would pay for it.",
            "ISR",
        ),
    ],
)
def test_speaker_events_reply_promised_is_a_threat(text: str, doer: str) -> None:
    """A future reply, said by a side of itself, threatens: its doer is the speaker's side."""
    found = doer_of(text, "THREATEN")
    assert found is not None and (found == doer or found.startswith(f"{doer}.")), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Tehran would likely respond to the strike.",
        "US officials said Iran would respond within days.",
        "The Kremlin said Moscow would not retaliate.",
        "Le porte-parole du gouvernement malien a dit que l'armée répondait aux questions.",
    ],
)
def test_speaker_events_prediction_is_no_threat(text: str) -> None:
    """A forecast by onlookers, a reply by another country, a refusal and a past reply are
    no threat."""
    assert not any(e.plover_type == "THREATEN" for e in events_of(text)), coded(text)


@pytest.mark.parametrize(
    ("text", "plover", "doer"),
    [
        (
            "Qatar's foreign ministry dismissed the accusations as 'a tissue of lies' on Friday.",
            "REJECT",
            "QAT",
        ),
        (
            "The EU extended its sanctions on Belarus on Monday. Belarus's foreign ministry "
            "called the sanctions illegal.",
            "REJECT",
            "BLR",
        ),
        (
            "Washington imposed tariffs on Chinese steel on Friday. China's commerce ministry "
            "said the measures were 'baseless'.",
            "REJECT",
            "CHN",
        ),
        (
            "Le gouvernement soudanais a qualifié ces bombardements de « crime de guerre ».",
            "ACCUSE",
            "SDN",
        ),
        (
            "Le gouvernement malien a qualifié ces accusations de « nulles et non avenues ».",
            "REJECT",
            "MLI",
        ),
        (
            "Serbia's interior ministry denied the report, calling it disinformation.",
            "REJECT",
            "SRB",
        ),
    ],
)
def test_speaker_events_characterisation_blames_or_rejects(
    text: str, plover: str, doer: str
) -> None:
    """ "called X illegal", "dismissed X as lies", "qualifier X de crime", "said X were
    baseless": the speaker rejects or blames, realised."""
    event = next((e for e in events_of(text) if e.plover_type == plover), None)
    assert event is not None and event.status == "realised", coded(text)
    assert event.actor1 is not None and event.actor1.canonical_id.split(".")[0] == doer


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian government called the opposition leader on Monday.",
        "Kenya's interior ministry said the victims were students.",
        "The Ugandan government called on the rebels to lay down their arms.",
    ],
)
def test_speaker_events_no_quality_no_stance(text: str) -> None:
    """A call, a reported fact and an appeal take no stance."""
    assert not any(e.plover_type in ("REJECT", "ACCUSE") for e in events_of(text)), coded(text)


def test_speaker_events_any_attack_in_a_warning_is_no_attack() -> None:
    """ "warned that any attack would be met with force": the threat, and no attack."""
    text = "Pakistan's army warned on Sunday that any attack would be met with force."
    types = [e.plover_type for e in events_of(text)]
    assert "THREATEN" in types and "ASSAULT" not in types, coded(text)


def test_speaker_events_a_first_step_is_no_negation() -> None:
    """ "a salué « un premier pas »": welcomed, realised ("pas" with an article is a step)."""
    text = "Le gouvernement congolais a salué « un premier pas » vers la paix."
    event = next((e for e in events_of(text) if e.plover_type == "SUPPORT"), None)
    assert event is not None and event.status == "realised", coded(text)


def test_speaker_events_phoning_is_a_call() -> None:
    """ "said he would phone Zelensky": a planned phone call."""
    text = "Emmanuel Macron said on Monday that he would phone Volodymyr Zelensky."
    event = next((e for e in events_of(text) if e.plover_type == "CONSULT"), None)
    assert event is not None and event.status == "planned", coded(text)
    assert event.plover_mode == "phone", coded(text)


def test_speaker_events_any_deed_denied_stays_denied() -> None:
    """ "denied carrying out any air strike": the object of a verb is the deed denied."""
    text = "Myanmar's military denied on Tuesday carrying out any air strike near Laiza."
    event = next((e for e in events_of(text) if e.plover_type == "ASSAULT"), None)
    assert event is not None and event.status == "denied", coded(text)


def test_speaker_events_dismissed_report_is_no_rejection() -> None:
    """ "dismissed the report as propaganda" denies what was reported, no REJECT."""
    text = "Ethiopia's government dismissed the report as propaganda on Monday."
    assert not any(e.plover_type == "REJECT" for e in events_of(text)), coded(text)
