"""Score event extraction end to end on annotated JSON Lines sets.

Each line: ``{"id", "lang", "published", "text", "events": [{"plover_type", "plover_mode",
"acled_type", "acled_subtype", "status", "actor1", "actor2", "place": {"name", "lat",
"lon"} | null, "date", "fatalities", "trigger"}]}`` (format in ``eval/README.md``). The text
goes through the whole pipeline with ``published`` as its publication date.

Type scores count, per report and class, the events both sides give (a multiset match),
then macro-average F1 over the classes the gold set uses. Argument scores pair each gold
event with the predicted event of the same sub-type, else type, else PLOVER type, nearest
in place, and report: fatalities exact (gold events that give a count), actor1 matched
(an id or one of its parents: RUS.MIL.VKS matches RUS.MIL), place within 25/161 km, date.

Usage: ``python eval/events.py [FILES...] [--json OUT] [--misses]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from dateline.ingest.document import make_document
from dateline.link.actors import load_actors
from dateline.link.places.resolve import distance_km
from dateline.pipeline import process
from dateline.records import Event, Format

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_SETS = [DATA / "events-dev-fr.jsonl", DATA / "events-dev-en.jsonl"]
DEV2_SETS = [DATA / "events-dev2-fr.jsonl", DATA / "events-dev2-en.jsonl"]
DEV3_SETS = [DATA / "events-dev3-fr.jsonl", DATA / "events-dev3-en.jsonl"]
DEV4_SETS = [DATA / "events-dev4-fr.jsonl", DATA / "events-dev4-en.jsonl"]
DEV5_SETS = [DATA / "events-dev5-fr.jsonl", DATA / "events-dev5-en.jsonl"]
DEV6_SETS = [DATA / "events-dev6-fr.jsonl", DATA / "events-dev6-en.jsonl"]
DEV7_SETS = [DATA / "events-dev7-fr.jsonl", DATA / "events-dev7-en.jsonl"]
DEV8_SETS = [DATA / "events-dev8-fr.jsonl", DATA / "events-dev8-en.jsonl"]
DEV9_SETS = [DATA / "events-dev9-fr.jsonl", DATA / "events-dev9-en.jsonl"]
ONTOLOGIES = {"acled_type": "acled_type", "acled_subtype": "acled_subtype", "plover": "plover_type"}


def predict(record: dict[str, Any]) -> list[Event]:
    document = make_document(
        record["text"],
        source=record["id"],
        format=Format.JSONL,
        is_html=False,
        record_id=record["id"],
        published=record.get("published"),
    )
    return list(process(document).events)


def _predicted_value(event: Event, key: str) -> str:
    return str(getattr(event, key))


def type_counts(
    gold: list[dict[str, Any]], predicted: list[Event], key: str
) -> dict[str, list[int]]:
    """Per class: [true positives, false positives, false negatives] for one report."""
    wanted = Counter(str(event[key]) for event in gold)
    given = Counter(_predicted_value(event, key) for event in predicted)
    counts: dict[str, list[int]] = {}
    for label in set(wanted) | set(given):
        tp = min(wanted[label], given[label])
        counts[label] = [tp, given[label] - tp, wanted[label] - tp]
    return counts


def macro_f1(totals: dict[str, list[int]], gold_labels: set[str]) -> float | None:
    scores = []
    for label in gold_labels:
        tp, fp, fn = totals.get(label, [0, 0, 0])
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return round(sum(scores) / len(scores), 3) if scores else None


def _same_actor(gold: str | None, predicted: Any, day: str | None = None) -> bool:
    if gold is None or predicted is None:
        return False
    if getattr(predicted, "person", None) == gold:
        return True  # the same office holder, whichever of their bodies each side chose
    gold, found = _as_body(gold, day), _as_body(predicted.canonical_id, day)
    return found == gold or found.startswith(f"{gold}.") or gold.startswith(f"{found}.")


def _as_body(actor_id: str, day: str | None) -> str:
    """A person in office and the body they served that day are one actor: ACLED codes
    no persons, and an annotator may write either ("PER.VUCIC_ALEKSANDAR" or "SRB.GOV")."""
    if not actor_id.startswith("PER."):
        return actor_id
    body = load_actors().body_of(actor_id, date.fromisoformat(day) if day else None)
    return body.id if body is not None else actor_id


def pair(gold: dict[str, Any], predicted: list[Event], used: set[int]) -> Event | None:
    """The predicted event that best answers a gold one, not already taken."""
    best: tuple[tuple[int, float], int] | None = None
    for index, event in enumerate(predicted):
        if index in used:
            continue
        if event.acled_subtype == gold["acled_subtype"]:
            level = 0
        elif event.acled_type == gold["acled_type"]:
            level = 1
        elif event.plover_type == gold["plover_type"]:
            level = 2
        else:
            continue
        distance = _distance(gold, event)
        key = (level, distance if distance is not None else 1e9)
        if best is None or key < best[0]:
            best = (key, index)
    if best is None:
        return None
    used.add(best[1])
    return predicted[best[1]]


def _distance(gold: dict[str, Any], event: Event) -> float | None:
    place = gold.get("place")
    if not place or event.place is None or event.place.lat is None or event.place.lon is None:
        return None
    return distance_km(place["lat"], place["lon"], event.place.lat, event.place.lon)


def evaluate(paths: list[Path]) -> dict[str, Any]:
    groups: dict[str, list[tuple[dict[str, Any], list[Event]]]] = defaultdict(list)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                groups[record["lang"]].append((record, predict(record)))
    every = [item for items in groups.values() for item in items]
    results = {"all": _scores(every)}
    results |= {lang: _scores(items) for lang, items in sorted(groups.items())}
    return results


def _scores(items: list[tuple[dict[str, Any], list[Event]]]) -> dict[str, Any]:
    scores: dict[str, Any] = {"reports": len(items)}
    for name, key in ONTOLOGIES.items():
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        labels: set[str] = set()
        for record, predicted in items:
            labels |= {str(event[key]) for event in record["events"]}
            for label, (tp, fp, fn) in type_counts(record["events"], predicted, key).items():
                totals[label][0] += tp
                totals[label][1] += fp
                totals[label][2] += fn
        scores[f"{name}_macro_f1"] = macro_f1(totals, labels)
    fatal = actor = near25 = near161 = dated = placed = with_actor = with_dates = 0
    with_counts = 0
    for record, predicted in items:
        used: set[int] = set()
        for gold in record["events"]:
            match = pair(gold, predicted, used)
            if gold.get("fatalities") is not None:
                with_counts += 1
                found = match.quantities.get("fatalities") if match else None
                fatal += found == gold["fatalities"]
            if gold.get("actor1") and gold["actor1"] not in ("CIVILIANS", "PROTESTERS", "RIOTERS"):
                with_actor += 1
                doer = match.actor1 if match else None
                actor += _same_actor(gold["actor1"], doer, gold.get("date"))
            if gold.get("place"):
                placed += 1
                distance = _distance(gold, match) if match else None
                near25 += distance is not None and distance <= 25
                near161 += distance is not None and distance <= 161
            if gold.get("date"):
                with_dates += 1
                if match and match.date.date_start:
                    day = match.date.date_start.isoformat()
                    dated += day == gold["date"]
    scores["fatalities_exact"] = round(fatal / with_counts, 3) if with_counts else None
    scores["actor1_matched"] = round(actor / with_actor, 3) if with_actor else None
    scores["place_within_25km"] = round(near25 / placed, 3) if placed else None
    scores["place_within_161km"] = round(near161 / placed, 3) if placed else None
    scores["date_exact"] = round(dated / with_dates, 3) if with_dates else None
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("datasets", nargs="*", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--json", type=Path, help="also write the scores to this file")
    args = parser.parse_args(argv)
    results = evaluate([path for path in args.datasets if path.exists()])
    for name, scores in results.items():
        print(f"{name:>4}: " + ", ".join(f"{key} {value}" for key, value in scores.items()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
