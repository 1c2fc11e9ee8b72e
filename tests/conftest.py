"""Shared fixtures: the bundled resources, the examples and (when present) the shared seed page."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = Path(__file__).resolve().parent / "resources"
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "corpus" / "seed-fr-almanar.txt"


@pytest.fixture
def resources() -> Path:
    return RESOURCES


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


@pytest.fixture
def seed_page() -> Path:
    """The real scraped Al-Manar page; tests using it skip where ../shared is absent."""
    if not SEED.is_file():
        pytest.skip("shared seed page not available beside this checkout")
    return SEED
