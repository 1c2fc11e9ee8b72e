"""Score the geoparser end to end on an annotated JSON Lines set.

Each line: ``{"id", "lang", "text", "toponyms": [{"start", "end", "text", "lat", "lon",
"kind"?, ...}]}`` with offsets into ``text``. The text goes through parse and place
linking (not through page cleaning, so that gold offsets stay valid). A gold toponym is
*found* when a predicted mention overlaps it. Prints and returns:

- recall: found / gold toponyms;
- precision: predicted mentions overlapping a gold toponym / predicted mentions;
- acc@25km, acc@161km: found toponyms whose predicted point lies within 25 / 161 km of the
  gold point (a found mention left unresolved counts as wrong);
- mean_km, median_km: error over found toponyms with a predicted point.

``--features`` adds the same scores per gold feature (town, admin2, admin1, country…).

Usage: ``python eval/geoparse.py [eval/data/geoparse-dev.jsonl] [--json OUT] [--features]``.
Sets: ``geoparse-dev.jsonl`` (tuned on), ``geoparse-dev2.jsonl`` (written blind: small
places, districts and regions beside them, namesakes) and ``geoparse-dev3.jsonl`` (written
blind: general local and international news, "Paris, Tenn.", départements, metonymy).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from dateline.clean.language import identify
from dateline.link.places import link_places, load_gazetteer
from dateline.link.places.gazetteer import Gazetteer
from dateline.link.places.resolve import distance_km
from dateline.parse import parse
from dateline.records import Article, ParsedArticle, PlaceMention

DEFAULT_SET = Path(__file__).resolve().parent / "data" / "geoparse-dev.jsonl"
# The sets ``tests/test_eval_gate.py`` holds to their floors, by their name in ``baseline.json``.
GATED_SETS = {
    name: DEFAULT_SET.with_name(f"{name}.jsonl")
    for name in ("geoparse-dev", "geoparse-dev2", "geoparse-dev3")
}


def article_from_text(record: dict[str, Any]) -> Article:
    """The record's text as an article, unchanged so that gold offsets stay valid."""
    lang = record.get("lang") or identify(record["text"])[0]
    return Article.from_text(record["text"], id=record["id"], source="eval", lang=lang)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_record(record: dict[str, Any], predicted: list[PlaceMention]) -> dict[str, Any]:
    rows = []
    for gold in record["toponyms"]:
        match = next(
            (p for p in predicted if _overlaps(p.start, p.end, gold["start"], gold["end"])), None
        )
        error = None
        if match is not None and match.lat is not None and match.lon is not None:
            error = distance_km(gold["lat"], gold["lon"], match.lat, match.lon)
        rows.append(
            {
                "gold": gold,
                "found": match is not None,
                "error_km": error,
                "predicted": None if match is None else match.name,
            }
        )
    hits = sum(
        1
        for p in predicted
        if any(_overlaps(p.start, p.end, g["start"], g["end"]) for g in record["toponyms"])
    )
    return {"rows": rows, "predicted": len(predicted), "predicted_hits": hits}


def summarise(scored: list[dict[str, Any]]) -> dict[str, Any]:
    rows = [row for item in scored for row in item["rows"]]
    found = [row for row in rows if row["found"]]
    errors = [row["error_km"] for row in found if row["error_km"] is not None]
    predicted = sum(item["predicted"] for item in scored)
    hits = sum(item["predicted_hits"] for item in scored)
    return {
        "toponyms": len(rows),
        "recall": _ratio(len(found), len(rows)),
        "precision": _ratio(hits, predicted),
        "acc@25km": _ratio(sum(1 for e in errors if e <= 25), len(found)),
        "acc@161km": _ratio(sum(1 for e in errors if e <= 161), len(found)),
        "mean_km": round(statistics.fmean(errors), 1) if errors else None,
        "median_km": round(statistics.median(errors), 1) if errors else None,
    }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def naive_places(parsed: ParsedArticle, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The usual baseline: parser place entities, each put at its most populous namesake."""
    mentions = []
    for entity in parsed.entities:
        if entity.label not in ("LOC", "GPE"):
            continue
        found = [gazetteer.place(index) for index in gazetteer.by_exact(entity.text)]
        best = max(found, key=lambda place: place.population, default=None)
        mentions.append(
            PlaceMention(
                entity.text,
                entity.start,
                entity.end,
                "place",
                name=best.name if best else None,
                lat=best.lat if best else None,
                lon=best.lon if best else None,
            )
        )
    return mentions


def evaluate(path: Path, *, naive: bool = False) -> dict[str, Any]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    gazetteer = load_gazetteer()
    linker = naive_places if naive else link_places
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    misses = []
    for record in records:
        article = article_from_text(record)
        predicted = linker(parse(article), gazetteer)
        scored = score_record(record, predicted)
        by_lang[article.lang or "?"].append(scored)
        misses += [
            {
                "id": record["id"],
                "text": row["gold"]["text"],
                "predicted": row["predicted"],
                "error_km": None if row["error_km"] is None else round(row["error_km"]),
            }
            for row in scored["rows"]
            if not row["found"] or row["error_km"] is None or row["error_km"] > 161
        ]
    every = [item for items in by_lang.values() for item in items]
    return {
        "set": str(path.name),
        "system": "naive baseline (NER + most populous)" if naive else "dateline",
        "documents": len(records),
        "all": summarise(every),
        "by_lang": {lang: summarise(items) for lang, items in sorted(by_lang.items())},
        "by_feature": by_feature(every),
        "misses": misses,
    }


def by_feature(scored: list[dict[str, Any]]) -> dict[str, Any]:
    """The scores per gold feature (precision, a property of predictions, is left out)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in scored:
        for row in item["rows"]:
            groups[row["gold"].get("feature") or "?"].append(row)
    found = {
        feature: summarise([{"rows": rows, "predicted": 0, "predicted_hits": 0}])
        for feature, rows in sorted(groups.items())
    }
    for scores in found.values():
        del scores["precision"]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT_SET)
    parser.add_argument("--json", type=Path, help="also write the scores to this file")
    parser.add_argument("--misses", action="store_true", help="list toponyms missed or misplaced")
    parser.add_argument(
        "--naive", action="store_true", help="score the NER + most-populous baseline instead"
    )
    parser.add_argument("--features", action="store_true", help="also print scores per feature")
    args = parser.parse_args(argv)
    results = evaluate(args.dataset, naive=args.naive)
    print(f"{results['set']}: {results['documents']} documents, {results['system']}")
    groups = [("all", results["all"]), *results["by_lang"].items()]
    if args.features:
        groups += list(results["by_feature"].items())
    for name, scores in groups:
        print(f"  {name:>4}: " + ", ".join(f"{key} {value}" for key, value in scores.items()))
    if args.misses:
        for miss in results["misses"]:
            where = f"{miss['predicted']} ({miss['error_km']} km)"
            print(f"    miss {miss['id']}: {miss['text']!r} → {where}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
