"""Mojibake repair with ftfy, keeping each repaired word pair as an auditable ``Repair``."""

from __future__ import annotations

import difflib
import re

import ftfy

from dateline.records import Repair

# Quotes and full-width forms are the author's choice, not damage; leave them be.
_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=True)
_TOKEN = re.compile(r"\S+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def repair_text(text: str) -> tuple[str, list[Repair]]:
    """Fix encoding damage line by line; report the words that changed and ftfy's steps."""
    repairs: list[Repair] = []
    fixed_lines = []
    for line in text.split("\n"):
        fixed, explanation = ftfy.fix_and_explain(line, config=_CONFIG)
        if fixed != line:
            steps = ", ".join(step for _, step in explanation or [])
            repairs.extend(_word_repairs(line, fixed, steps))
        fixed_lines.append(fixed)
    return "\n".join(fixed_lines), repairs


def _word_repairs(before: str, after: str, steps: str) -> list[Repair]:
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        Repair("mojibake", " ".join(old[i1:i2]), " ".join(new[j1:j2]), steps)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def normalise_spaces(line: str) -> str:
    """One plain space between words: scrapes are full of NBSP runs and zero-width marks."""
    return " ".join(_INVISIBLE.sub("", line).split())
