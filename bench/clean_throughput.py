"""Throughput of ingest + clean (no NLP yet) over the bundled examples and the seed page.

Run ``.venv/bin/python bench/clean_throughput.py``; prints the numbers and writes them to
``bench/results/clean.json``. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from machine import describe

from dateline.clean import clean
from dateline.ingest import read_paths
from dateline.records import Document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "seed-fr-almanar.txt"
REPEATS = 40


def _documents() -> list[Document]:
    paths = [ROOT / "examples", *([SEED] if SEED.exists() else [])]
    return [record for record in read_paths(paths) if isinstance(record, Document)]


def main() -> None:
    documents = _documents()
    clean(documents[0])  # load the language detector outside the timing
    words = sum(len(document.content.split()) for document in documents) * REPEATS
    start = time.perf_counter()
    for _ in range(REPEATS):
        for document in documents:
            clean(document)
    elapsed = time.perf_counter() - start
    results = {
        "stage": "ingest+clean",
        "documents": len(documents) * REPEATS,
        "articles_per_s": round(len(documents) * REPEATS / elapsed, 1),
        "raw_words_per_s": round(words / elapsed),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "machine": describe(),
    }
    out = ROOT / "bench" / "results" / "clean.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for key, value in results.items():
        print(f"{key:>16}: {value}")


if __name__ == "__main__":
    main()
