"""Coercive acts of different kinds told in different sentences of one day are events of
their own: a curfew and an expulsion, a ban and a censorship. The same act told twice stays
one event (ACLED's one event per type, place and day)."""

import pytest

from coding import coded, events_of


def _coercions(text: str) -> list[str]:
    return [
        e.plover_mode or ""
        for e in events_of(text)
        if e.plover_type == "COERCE" and e.acled_subtype == "Other"
    ]


TWO_ACTS = [
    "Le gouverneur du Sud-Kivu a instauré lundi un couvre-feu à Bukavu. Le même jour, les "
    "autorités ont expulsé deux journalistes étrangers de la ville.",
    "Niger's junta banned all demonstrations in Niamey on Tuesday. Later that day it also "
    "expelled the French ambassador from Niamey.",
    "Les autorités maliennes ont suspendu lundi la chaîne France 24 à Bamako. Lundi "
    "également, elles ont interdit les activités des partis politiques à Bamako.",
]

ONE_ACT = [
    "Le gouverneur du Sud-Kivu a instauré lundi un couvre-feu à Bukavu. Selon la radio "
    "locale, un couvre-feu nocturne a été imposé lundi dans la ville de Bukavu.",
    "Police banned the opposition rally in Kampala on Monday. The ban on the Kampala rally "
    "was announced on Monday by the police.",
]


@pytest.mark.parametrize("text", TWO_ACTS)
def test_acts_of_two_kinds_are_two_events(text: str) -> None:
    modes = _coercions(text)
    assert len(modes) == 2 and len(set(modes)) == 2, coded(text)


@pytest.mark.parametrize("text", ONE_ACT)
def test_one_act_told_twice_stays_one_event(text: str) -> None:
    assert len(_coercions(text)) == 1, coded(text)
