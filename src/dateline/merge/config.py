"""Reading the ``[merge]`` settings, refusing values the rules cannot work with (E021).

A threshold above 1 or a negative distance would not fail loudly: it would silently merge
nothing, or everything. Each value is checked once, when the rules are first needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dateline.errors import MergeError, Messages
from dateline.settings import get_str

__all__ = ["flag", "merge_values", "number"]

_TRUE = frozenset({"yes", "true", "on", "1"})
_FALSE = frozenset({"no", "false", "off", "0"})


def merge_values(keys: Iterable[str]) -> dict[str, str]:
    """The raw ``[merge]`` values of ``keys`` from ``settings.cfg``."""
    return {key: get_str("merge", key) for key in keys}


def number(
    values: Mapping[str, str],
    key: str,
    *,
    minimum: float,
    maximum: float | None = None,
    integer: bool = False,
    above_minimum: bool = False,
) -> float:
    """``values[key]`` as a number within its bounds, else E021 naming the key."""
    raw = values[key].strip()
    try:
        value = int(raw) if integer else float(raw)
    except ValueError as error:
        kind = "a whole number" if integer else "a number"
        raise MergeError(Messages.E021, key=key, value=raw, detail=f"not {kind}") from error
    low_ok = value > minimum if above_minimum else value >= minimum
    if not low_ok or (maximum is not None and value > maximum):
        low = f"above {minimum:g}" if above_minimum else f"at least {minimum:g}"
        high = f" and at most {maximum:g}" if maximum is not None else ""
        raise MergeError(Messages.E021, key=key, value=raw, detail=f"must be {low}{high}")
    return value


def flag(values: Mapping[str, str], key: str) -> bool:
    """``values[key]`` as yes/no, else E021 naming the key."""
    raw = values[key].strip().lower()
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise MergeError(Messages.E021, key=key, value=values[key], detail="must be yes or no")
