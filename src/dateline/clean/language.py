"""Language identification with lingua, restricted to what we support plus a few distractors.

Knowing only French and English, a detector would call every Spanish page French; the
distractors let it say "es" so later stages can skip a page they cannot read.
"""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from dateline.settings import get_float, get_int, get_list


@cache
def _detector() -> LanguageDetector:
    codes = get_list("language", "supported") + get_list("language", "distractors")
    iso = [getattr(IsoCode639_1, code.upper()) for code in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*iso).build()


def identify(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and confidence; None when the text is too short or unclear."""
    sample = text[:5000]
    if len(sample.strip()) < get_int("language", "min_chars"):
        return None, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    best = values[0]
    confidence = round(float(best.value), 3)
    if confidence < get_float("language", "min_confidence"):
        return None, confidence
    return best.language.iso_code_639_1.name.lower(), confidence
