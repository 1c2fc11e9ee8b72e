"""A toll told after a threat goes to what happened (issue 5: fatalities).

"… Their commander vowed to attack Oicha next. Five villagers were killed": the dead are the
attack's that happened, not the one vowed; sirens sending residents to shelters send no aid."""

from __future__ import annotations

from coding import coded, events_of


def test_a_later_toll_goes_to_the_realised_attack() -> None:
    text = (
        "On 3 May 2024, ADF rebels attacked the village of Mamove near Beni, burning homes. "
        "Their commander vowed to attack Oicha next. Five villagers were killed, local "
        "officials said."
    )
    realised = [e for e in events_of(text) if e.plover_type == "ASSAULT" and e.status == "realised"]
    assert realised and realised[0].quantities["fatalities"] == 5, coded(text)


def test_sirens_sending_residents_to_shelters_send_no_aid() -> None:
    text = (
        "JERUSALEM (AP) - Israel's military said it intercepted a ballistic missile fired from "
        "Yemen early on Thursday, after air raid sirens sent residents of Tel Aviv and Jerusalem "
        "to shelters."
    )
    assert "AID" not in [e.plover_type for e in events_of(text)], coded(text)
