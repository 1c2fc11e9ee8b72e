"""The API against its own OpenAPI spec: schemathesis generates valid and invalid requests
from the spec and checks every answer (no 5xx, documented status and content type, body
matching the response schema, invalid input rejected, valid input accepted)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from dateline.serve import create_app
from dateline.serve.views import BBOX_PATTERN

# The spec is read when this module is imported, before fixtures exist, so the app starts
# on a path that is not there yet and each test points it at its own database. (The lazy
# `schemathesis.pytest.from_fixture` would avoid this, but it breaks on pytest 9.2.)
APP = create_app(Path("not-yet.duckdb"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(autouse=True)
def _serve_coded_events(events_db: Path) -> None:
    APP.state.config = dataclasses.replace(APP.state.config, db_path=events_db)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_api_schema_conformance(case: schemathesis.Case) -> None:
    if _south_of_north(case):
        # The spec's pattern cannot say south <= north: the API answers a documented 400.
        response = case.call()
        assert response.status_code in {400, 422}, response.text
        assert response.status_code == 422 or response.json()["code"] == "E025"
        return
    if case.method == "POST" and case.path == "/api/extract":
        # A well-formed page may still hold no article (E010, E011): a documented 400
        # naming the pipeline's code, which the generic check would count as a rejection.
        response = case.call_and_validate(excluded_checks=[positive_data_acceptance])
        positive = case.meta is not None and case.meta.generation.mode.is_positive
        if positive and response.status_code == 400:
            assert response.json().get("code") in {"E010", "E011", "E018"}, response.text
        return
    case.call_and_validate()


def _south_of_north(case: schemathesis.Case) -> bool:
    bbox = (case.query or {}).get("bbox")
    if not isinstance(bbox, str) or not re.fullmatch(BBOX_PATTERN, bbox):
        return False
    _, south, _, north = (float(part) for part in bbox.split(","))
    return south > north
