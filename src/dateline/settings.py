"""Typed access to ``settings.cfg``, the one file of thresholds shipped with the package."""

from __future__ import annotations

import configparser
from functools import cache
from importlib.resources import files


@cache
def _config() -> configparser.ConfigParser:
    config = configparser.ConfigParser()
    config.read_string(files("dateline").joinpath("settings.cfg").read_text(encoding="utf-8"))
    return config


def get_int(section: str, key: str) -> int:
    return _config().getint(section, key)


def get_float(section: str, key: str) -> float:
    return _config().getfloat(section, key)


def get_list(section: str, key: str) -> list[str]:
    return _config().get(section, key).split()


def get_str(section: str, key: str) -> str:
    return _config().get(section, key)


def has_option(section: str, key: str) -> bool:
    return _config().has_option(section, key)
