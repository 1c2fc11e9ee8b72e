"""Name keys that survive transliteration: Tadmor = Tadmur, Es-Suhne = As Sukhnah.

Two keys per name. ``exact_key`` only folds case, accents and punctuation. ``skeleton``
also drops Arabic articles and folds the spellings that French, English and German
transliterations of Arabic, Persian and Slavic names disagree on (kh/h, ou/u, dj/j,
vowels, doubled letters). A skeleton match is weaker evidence and is scored as such.
"""

from __future__ import annotations

import re
import unicodedata

# Leading articles of Arabic-origin names: al-, el-, as-, es-, ad-, ar-, ash-, az-, at-, an-.
_ARTICLE = re.compile(r"^(?:a|e|i|u)(?:l|s|d|r|sh|z|t|n|th|dh)\s+(?=\w\w\w)")
_LETTERS_ONLY = re.compile(r"[^a-z0-9 ]+")
_FOLDS = (
    # French writes Slavic names with "tch" and "ou" where English has "ch" and "u":
    # "Tchassiv Iar" = "Chasiv Yar", "Koupiansk" = "Kupiansk".
    ("tch", "ch"),
    ("kh", "h"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("sh", "s"),
    ("ch", "s"),
    ("dj", "j"),
    ("dz", "z"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ph", "f"),
    ("q", "k"),
    ("c", "k"),
    ("w", "u"),
    ("y", "i"),
    ("j", "i"),
    ("v", "u"),
)
_VOWELS = re.compile(r"[aeiou]+")


class _Diacritics(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters are met:
    one lookup per character in C instead of a Python test per character."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_DIACRITICS = _Diacritics()


def fold(text: str) -> str:
    """Lower case without diacritics; "ß" → "ss", "ı" → "i", ligatures split."""
    if text.isascii():
        return text.lower()  # the same as below for ASCII text, which most text is
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = decomposed.translate(_WITHOUT_DIACRITICS)
    return stripped.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l")


def exact_key(name: str) -> str:
    """Case-, accent- and punctuation-blind key: "Tadmor-Palmyre" → "tadmor palmyre".

    Apostrophes inside a name are soft signs or glottal stops in transliterations and are
    written or left out at will: "Khar'kov" and "Kharkov", "N'Djamena" and "Ndjamena".
    """
    joined = re.sub(r"(?<=\w)['’`ʼʻ](?=\w)", "", fold(name))
    spaced = re.sub(r"[\s\-‐‑–—'’`ʼʻ_.,/()]+", " ", joined)
    return " ".join(_LETTERS_ONLY.sub("", spaced).split())


def strip_article(key: str) -> str:
    """Drop a leading Arabic article from an ``exact_key``: "as sukhnah" → "sukhnah"."""
    return _ARTICLE.sub("", key, count=1)


# Compass words the vowel folding would merge ("east" and "west" both give "ast"): kept
# apart as digits, which no other fold touches.
_COMPASS = {"north": "1", "south": "2", "east": "3", "west": "4"}
_COMPASS_WORD = re.compile(r"\b(north|south|east|west)\b")


def skeleton(name: str) -> str:
    """Aggressive key for transliteration variants; several places may share one."""
    key = _COMPASS_WORD.sub(lambda match: _COMPASS[match.group(1)], strip_article(exact_key(name)))
    for before, after in _FOLDS:
        key = key.replace(before, after)
    # Vowels are where transliterations disagree most: keep only where a vowel was.
    key = _VOWELS.sub("a", key)
    # A final "-ah"/"-eh" (taa marbuta) is written "a", "e" or dropped: remove it.
    key = re.sub(r"(?<=\w\w)ah?\b", "", key).replace(" ", "")
    # "Deir ez-Zor" and "Deir Ezzor" differ by a space inside a doubled letter.
    return re.sub(r"(.)\1+", r"\1", key)
