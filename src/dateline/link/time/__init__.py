"""Time: find temporal expressions and resolve them against the article's reference date.

Expressions are found with patterns built from small data files (weekday, month, number,
unit and relative-phrase lexicons), never with ``dateparser``'s search mode, which reads
"Tu-22M3" as a date. Relative expressions inherit the reference date's basis and
confidence: a page-chrome clock gives page-chrome answers with low confidence.
"""

from dateline.link.time.expressions import find_expressions
from dateline.link.time.resolve import Reference, reference_date, resolve_times

__all__ = ["Reference", "find_expressions", "reference_date", "resolve_times"]
