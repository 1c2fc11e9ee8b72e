"""Dates and clock times in page chrome and datelines, with their zones."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from dateline.clean.timestamps import find_timestamp, localise


@pytest.mark.parametrize(
    ("line", "value", "zone", "ambiguous"),
    [
        (
            "22-11-2024 12:54 PM Jerusalem Timing",
            datetime(2024, 11, 22, 12, 54),
            "Asia/Jerusalem",
            False,
        ),
        ("Publié le 14 juillet 2016 à 10h32", datetime(2016, 7, 14, 10, 32), None, False),
        ("Updated: July 14, 2016 10:32 GMT", datetime(2016, 7, 14, 10, 32), "Etc/GMT", False),
        ("03/04/2016 10:00 UTC+3", datetime(2016, 4, 3, 10, 0), "+03:00", True),
        ("Mis à jour le 1er mars 2022 à 9h05", datetime(2022, 3, 1, 9, 5), None, False),
        (
            "Posted on 2nd March 2022, 9:05 p.m. EET",
            datetime(2022, 3, 2, 21, 5),
            "Europe/Athens",
            False,
        ),
        ("2016-07-14 10:32", datetime(2016, 7, 14, 10, 32), None, False),
        ("Mardi 14 juillet 2016", date(2016, 7, 14), None, False),
        ("13/04/2016", date(2016, 4, 13), None, False),
        ("04/13/2016", date(2016, 4, 13), None, False),
        ("05.08.2016 - 18:45 GMT-4", datetime(2016, 8, 5, 18, 45), "-04:00", True),
    ],
)
def test_timestamps_find_timestamp_reads_date_time_and_zone(
    line: str, value: date, zone: str | None, ambiguous: bool
) -> None:
    found = find_timestamp(line)
    assert found is not None
    assert (found.value, found.zone, found.ambiguous) == (value, zone, ambiguous)
    assert found.has_time is isinstance(value, datetime)


@pytest.mark.parametrize(
    ("line", "expression"),
    [
        ("Publié le 14 juillet 2016 à 10h32", "14 juillet 2016 à 10h32"),
        ("Updated: July 14, 2016 10:32 GMT", "July 14, 2016 10:32 GMT"),
        ("22-11-2024 12:54 PM Jerusalem Timing", "22-11-2024 12:54 PM Jerusalem"),
    ],
)
def test_timestamps_find_timestamp_span_covers_the_expression(line: str, expression: str) -> None:
    found = find_timestamp(line)
    assert found is not None
    assert line[found.start : found.end] == expression


@pytest.mark.parametrize(
    ("line", "clock"),
    [
        ("14-07-2016 12:05 AM Beirut Timing", (0, 5)),
        ("14-07-2016 12:40 PM Beirut Timing", (12, 40)),
        ("14-07-2016 01:15 PM Beirut Timing", (13, 15)),
        ("14-07-2016 11:59 AM Beirut Timing", (11, 59)),
    ],
)
def test_timestamps_find_timestamp_converts_twelve_hour_clock(
    line: str, clock: tuple[int, int]
) -> None:
    found = find_timestamp(line)
    assert found is not None
    assert isinstance(found.value, datetime)
    assert (found.value.hour, found.value.minute) == clock


@pytest.mark.parametrize(
    "line",
    [
        "les Tu-22M3 ont décollé",
        "la station T-3",
        "Six bombardiers Tu-22M3 ont visé la station de pompage T-3 dans la nuit.",
        "Un convoi de 12 camions a quitté Homs à 10h30.",
        "31/02/2016 10:00",
        "Le bilan s'élève à 2016 morts depuis le début de l'année.",
    ],
)
def test_timestamps_find_timestamp_finds_no_date(line: str) -> None:
    assert find_timestamp(line) is None


def test_timestamps_find_timestamp_month_first_reading() -> None:
    found = find_timestamp("03/04/2016 10:00", month_first=True)
    assert found is not None
    assert found.value == datetime(2016, 3, 4, 10, 0)
    assert found.ambiguous is True


@pytest.mark.parametrize(
    ("line", "offset"),
    [
        ("22-11-2024 12:54 PM Jerusalem Timing", timedelta(hours=2)),
        ("22-07-2024 12:54 PM Jerusalem Timing", timedelta(hours=3)),
        ("14-01-2016 09:12 AM Beirut Timing", timedelta(hours=2)),
        ("14-08-2016 09:12 AM Beirut Timing", timedelta(hours=3)),
        ("03/04/2016 10:00 UTC+3", timedelta(hours=3)),
        ("Updated: July 14, 2016 10:32 GMT", timedelta(0)),
    ],
)
def test_timestamps_localise_resolves_zone_with_daylight_saving(
    line: str, offset: timedelta
) -> None:
    found = find_timestamp(line)
    assert found is not None
    value = localise(found.value, found.zone)
    assert isinstance(value, datetime)
    assert value.utcoffset() == offset


def test_timestamps_localise_jerusalem_november_isoformat() -> None:
    value = localise(datetime(2024, 11, 22, 12, 54), "Asia/Jerusalem")
    assert isinstance(value, datetime)
    assert value.isoformat() == "2024-11-22T12:54:00+02:00"


@pytest.mark.parametrize(
    ("value", "zone"),
    [
        (date(2016, 7, 14), "Asia/Jerusalem"),
        (datetime(2016, 7, 14, 10, 32), None),
    ],
)
def test_timestamps_localise_leaves_dates_and_zoneless_times_alone(
    value: date, zone: str | None
) -> None:
    localised = localise(value, zone)
    assert localised == value
    assert getattr(localised, "tzinfo", None) is None


def test_timestamps_french_conjunction_is_not_a_zone() -> None:
    found = find_timestamp("Publié le 14 juillet 2016 à 10h32 et mis à jour à 12h10")
    assert found is not None
    assert found.zone is None
