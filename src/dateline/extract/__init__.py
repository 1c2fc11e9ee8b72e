"""Extract: events in PLOVER and ACLED terms, each field backed by an evidence span.

1. Triggers: lemmas and lemma phrases from ``data/events/triggers.tsv`` over each sentence.
2. Arguments from the parse and the linkers: agent and target (subject/object/"contre X",
   else the nearest fitting actor), places (one event per most specific place, as ACLED
   codes one event per location), date, fatalities (lowest figure), weapons.
3. ACLED's logic over PLOVER's: remote weapons make Explosions/Remote violence; an armed
   actor on civilians is Violence against civilians, armed actors on both sides a Battle.
4. Status from the words governing the trigger; claim chain from the sentence's claim.
Precision over recall: no event without a trigger and one argument found in its sentence.
"""

from __future__ import annotations

from dateline.extract.events import EXTRACTOR_VERSION, extract_events

__all__ = ["EXTRACTOR_VERSION", "extract_events"]
