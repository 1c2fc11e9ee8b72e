"""End-to-end throughput of the whole pipeline, against bare spaCy on the same texts.

Run ``.venv/bin/python bench/pipeline.py [--articles N]`` (``make bench`` does). The corpus
is the bundled examples, the shared seed pages when ``../shared/corpus`` is there, and the
eval dev reports joined into ~500-word articles of one language (reshuffled on every pass,
so that no two are the same; the reports themselves recur) up to N documents. Six
measurements, each in a fresh child process so that its peak memory is its own, with 1
and with 2 processes:

- bare spaCy: ``nlp.pipe`` over the same cleaned paragraphs the pipeline parses, with the
  same model packages and batch size (``n_process=2`` for two), loaded as they ship
  (``load_stock_model``). The pipeline runs them as ``load_model`` sets them up: our
  sentence-bounds component added, the attribute ruler and lemmatizer replaced by
  memoised equivalents, numpy's matrix product instead of blis (``matmul`` in
  settings.cfg) — same parses, less time — so its share of bare spaCy can pass 100 %;
- pipeline alone: ``pipeline.run`` (clean → parse → link → extract) with ``workers``;
- ingest: the same, every result written to a fresh DuckDB file in this process, as
  ``dateline ingest`` does: ``store_batch`` results per transaction (the store's inserts
  and cross-article merge included; ``store_ms_per_article`` is their share).

Rates are for the steady state: dateline's clock starts when the first batch comes back
(the fork server's warm-up, model loading and the first batch are reported apart, as
``startup_s``) and stops when the last result is written; the first batch of every
worker is not counted (the workers start together, so each has parsed its first batch
before the clock starts: counting the others' would credit work done off the clock, more
so the larger the batches). spaCy's models are loaded before its clock starts. Peak RSS
is the high-water mark (``VmHWM``) of each process doing the work: with 2 workers, the
largest worker (the parent shown apart). Each row also records the load average before
it ran: other work on the machine lowers every rate. Prints a table and writes
``bench/results/latest.json`` and a dated copy. Not a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import psutil
from machine import describe, slug

from dateline.clean import clean
from dateline.cli.ingest import store_batches
from dateline.errors import DatelineError
from dateline.ingest import read_paths
from dateline.ingest.document import make_document
from dateline.parse import load_model, load_stock_model
from dateline.pipeline import run
from dateline.records import Document, Extraction, Format, Skipped
from dateline.settings import get_int
from dateline.store import Store

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SHARED = ROOT.parent / "shared" / "corpus"
EVAL_SETS = ["events-dev-fr.jsonl", "events-dev-en.jsonl", "geoparse-dev.jsonl"]
ARTICLE_WORDS = 500
KINDS = ("spacy", "pipeline", "ingest")
WORKERS = (1, 2)
TARGETS = {"spacy_ratio": 0.70, "articles_per_s_2_cores": 20.0, "peak_rss_mb": 1536}


# --- the corpus -------------------------------------------------------------------------


def build_corpus(articles: int) -> list[Document]:
    """Examples, seed pages, then built ~500-word articles until there are ``articles``."""
    given = [
        record
        for record in read_paths([ROOT / "examples", *sorted(SHARED.glob("*.txt"))])
        if isinstance(record, Document)
    ]
    built: list[Document] = []
    for number in range(1_000):
        if len(given) + len(built) >= articles:
            break
        built += _built_articles(number)
    documents = given + built[: max(0, articles - len(given))]
    random.Random(0).shuffle(documents)  # languages and formats mixed within batches
    return documents


def _built_articles(number: int) -> list[Document]:
    """One pass over the eval reports, shuffled by ``number``, joined per language."""
    reports: dict[str, list[dict[str, Any]]] = {}
    for name in EVAL_SETS:
        for line in (ROOT / "eval" / "data" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            reports.setdefault(row["lang"], []).append(row)
    documents = []
    for lang, rows in sorted(reports.items()):
        random.Random(f"{number}-{lang}").shuffle(rows)
        for index, group in enumerate(_groups(rows)):
            text = "\n\n".join(row["text"] for row in group)
            documents.append(
                make_document(
                    text,
                    source=f"bench/{lang}",
                    format=Format.JSONL,
                    is_html=False,
                    record_id=f"{lang}-{number}-{index}",
                    title=f"Dépêches {number}-{index}" if lang == "fr" else f"Wire {index}",
                    published=group[0].get("published"),
                )
            )
    return documents


def _groups(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    group: list[dict[str, Any]] = []
    words = 0
    for row in rows:
        group.append(row)
        words += len(row["text"].split())
        if words >= ARTICLE_WORDS:
            yield group
            group, words = [], 0


def describe_corpus(documents: list[Document]) -> dict[str, Any]:
    """The cleaned paragraphs the pipeline will parse (per language with a model), the
    words of each article's cleaned text, and a one-line description."""
    paragraphs: dict[str, list[str]] = {}
    words: dict[str, int] = {}
    languages: Counter[str] = Counter()
    for document in documents:
        try:
            article = clean(document)
        except DatelineError:
            continue
        words[document.content_hash] = len(article.text.split())
        languages[article.lang or "unknown"] += 1
        if article.lang and load_model(article.lang) is not None:
            paragraphs.setdefault(article.lang, []).extend(article.paragraph_texts())
    total = sum(words.values())
    description = (
        f"{len(documents)} documents, {total:,} words (mean {total / max(1, len(words)):.0f} "
        f"per article), languages {dict(languages.most_common())}"
    )
    return {
        "documents": documents,
        "paragraphs": paragraphs,
        "words": words,
        "description": description,
    }


# --- measurements, each run in a child process ------------------------------------------


def measure_spacy(corpus: dict[str, Any], processes: int) -> dict[str, Any]:
    """Bare ``nlp.pipe`` over the same paragraphs with the stock models, loaded before the
    clock starts."""
    models = {lang: load_stock_model(lang) for lang in corpus["paragraphs"]}
    batch_size = get_int("models", "batch_size")
    with _PeakMemory() as memory:
        start = time.perf_counter()
        for lang, texts in corpus["paragraphs"].items():
            for _ in models[lang].pipe(texts, batch_size=batch_size, n_process=processes):
                pass
        seconds = time.perf_counter() - start
    words = sum(len(text.split()) for texts in corpus["paragraphs"].values() for text in texts)
    return {
        "processes": processes,
        "seconds": round(seconds, 2),
        "words_per_s": round(words / seconds),
        **memory.summary(processes),
    }


def measure_dateline(corpus: dict[str, Any], workers: int, *, store: bool) -> dict[str, Any]:
    """``pipeline.run`` over the corpus, timed from the first batch back to the last
    result written; with ``store``, the results are written to a fresh database as
    ``dateline ingest`` writes them, ``store_batch`` per transaction."""
    words_of = corpus["words"]
    arrivals: list[tuple[float, str | None]] = []
    writing = 0.0

    def arriving(results: Iterator[Extraction | Skipped]) -> Iterator[Extraction | Skipped]:
        for result in results:
            key = result.article.content_hash if isinstance(result, Extraction) else None
            arrivals.append((time.perf_counter(), key))
            yield result

    with tempfile.TemporaryDirectory() as folder, _PeakMemory() as memory:
        database = Store(Path(folder) / "bench.duckdb") if store else None
        start = time.perf_counter()
        stream = arriving(run(corpus["documents"], workers=workers))
        for batch in store_batches(stream, None if database else 1):
            if database is not None:
                begin = time.perf_counter()
                database.add_results(batch)
                writing += time.perf_counter() - begin
        end = time.perf_counter()
        if database is not None:
            database.close()
    first = get_int("models", "batch_articles")
    steady = [key for _, key in arrivals[first * workers :] if key is not None]
    seconds = end - arrivals[first - 1][0]
    articles = sum(1 for _, key in arrivals if key is not None)
    return {
        "workers": workers,
        "store": store,
        "articles": articles,
        "skipped": len(arrivals) - articles,
        "seconds": round(seconds, 2),
        "startup_s": round(arrivals[first - 1][0] - start, 2),
        "articles_per_s": round(len(steady) / seconds, 1),
        "words_per_s": round(sum(words_of.get(key, 0) for key in steady) / seconds),
        "articles_per_s_with_startup": round(len(arrivals) / (end - start), 1),
        **({"store_ms_per_article": round(1000 * writing / articles, 1)} if store else {}),
        **({"store_batch": get_int("ingest", "store_batch")} if store else {}),
        **memory.summary(workers),
    }


class _PeakMemory:
    """High-water RSS of this process and of every process it starts, polled every 0.2 s
    (``VmHWM`` is itself a peak, so polling misses nothing but a child's last moments).

    The processes are looked for once a second only: listing them walks all of ``/proc``
    (~3 ms here), and the poller shares the cores with the work it measures."""

    def __init__(self) -> None:
        self.children: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def __enter__(self) -> _PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        me = psutil.Process()
        children: list[int] = []
        for tick in itertools.count():
            if self._stop.wait(0.2):
                break
            if tick % _LIST_EVERY == 0:
                children = [child.pid for child in me.children(recursive=True)]
            for pid in children:
                peak = _vm_hwm_mb(pid)
                if peak is not None:
                    self.children[pid] = max(peak, self.children.get(pid, 0.0))

    def summary(self, processes: int) -> dict[str, Any]:
        parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if processes <= 1:
            return {"peak_rss_mb": round(parent)}
        # The largest children are the workers (a fork server holds imports only).
        workers = sorted(self.children.values(), reverse=True)[:processes]
        return {
            "peak_rss_mb": round(max(workers, default=0.0)),
            "worker_peak_rss_mb": [round(value) for value in workers],
            "parent_peak_rss_mb": round(parent),
        }


# Polls between two listings of the child processes.
_LIST_EVERY = 5


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


# --- orchestration ------------------------------------------------------------------------


def _child(kind: str, count: int, corpus_path: Path) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and read back its JSON line."""
    command = [sys.executable, __file__, "--measure", kind, "--count", str(count)]
    # Other work on the machine skews every rate: the 1-minute load average says how much.
    load = round(os.getloadavg()[0], 2)
    output = subprocess.run(
        [*command, "--corpus", str(corpus_path)], check=True, capture_output=True, text=True
    ).stdout
    result: dict[str, Any] = json.loads(output.splitlines()[-1])
    result["load_average_before"] = load
    return result


def _summary(corpus: dict[str, Any], results: dict[tuple[str, int], Any]) -> dict[str, Any]:
    """One row per worker count: the pipeline alone and as ``ingest`` (with the store),
    each against bare spaCy with as many processes."""
    runs = []
    for workers in WORKERS:
        bare, alone, ingest = (results[kind, workers] for kind in ("spacy", "pipeline", "ingest"))
        runs.append(
            {
                "workers": workers,
                "articles_per_s": ingest["articles_per_s"],
                "words_per_s": ingest["words_per_s"],
                "spacy_words_per_s": bare["words_per_s"],
                "spacy_ratio": round(ingest["words_per_s"] / bare["words_per_s"], 2),
                "pipeline_articles_per_s": alone["articles_per_s"],
                "pipeline_words_per_s": alone["words_per_s"],
                "pipeline_spacy_ratio": round(alone["words_per_s"] / bare["words_per_s"], 2),
                "store_ms_per_article": ingest["store_ms_per_article"],
                "startup_s": ingest["startup_s"],
                "peak_rss_mb": max(alone["peak_rss_mb"], ingest["peak_rss_mb"]),
                "load_average_before": max(
                    run["load_average_before"] for run in (bare, alone, ingest)
                ),
                "details": {"spacy": bare, "pipeline": alone, "ingest": ingest},
            }
        )
    headline = runs[-1]  # all the cores of the development machine (2)
    return {
        "date": date.today().isoformat(),
        "machine": describe(),
        "workers": headline["workers"],
        "articles_per_s": headline["articles_per_s"],
        "words_per_s": headline["words_per_s"],
        "spacy_words_per_s": headline["spacy_words_per_s"],
        "spacy_ratio": headline["spacy_ratio"],
        "pipeline_articles_per_s": headline["pipeline_articles_per_s"],
        "pipeline_spacy_ratio": headline["pipeline_spacy_ratio"],
        "peak_rss_mb": max(run["peak_rss_mb"] for run in runs),
        "scaling_1_to_2": round(runs[-1]["articles_per_s"] / runs[0]["articles_per_s"], 2),
        "pipeline_scaling_1_to_2": round(
            runs[-1]["pipeline_articles_per_s"] / runs[0]["pipeline_articles_per_s"], 2
        ),
        "corpus": corpus["description"],
        "targets": TARGETS,
        "runs": runs,
    }


def _print_table(summary: dict[str, Any]) -> None:
    print(f"corpus: {summary['corpus']}")
    print(f"machine: {summary['machine']}")
    print(f"{'':>7} {'ingest (pipeline + store)':^26} {'pipeline alone':^26} {'bare spaCy':>10}")
    print(
        f"{'workers':>7} {'art/s':>6} {'words/s':>8} {'ratio':>6} {'store':>5} "
        f"{'art/s':>6} {'words/s':>8} {'ratio':>6} {'words/s':>10} "
        f"{'RSS/worker':>10} {'startup':>7} {'load':>5}"
    )
    for row in summary["runs"]:
        print(
            f"{row['workers']:>7} {row['articles_per_s']:>6} {row['words_per_s']:>8} "
            f"{row['spacy_ratio']:>6.0%} {row['store_ms_per_article']:>4}ms "
            f"{row['pipeline_articles_per_s']:>6} {row['pipeline_words_per_s']:>8} "
            f"{row['pipeline_spacy_ratio']:>6.0%} {row['spacy_words_per_s']:>10} "
            f"{row['peak_rss_mb']:>7} MB {row['startup_s']:>5} s {row['load_average_before']:>5}"
        )
    print(
        f"scaling 1 → 2 workers: ×{summary['scaling_1_to_2']} ingest, "
        f"×{summary['pipeline_scaling_1_to_2']} pipeline alone"
    )
    targets = summary["targets"]
    print(
        f"targets: ratio ≥ {targets['spacy_ratio']:.0%}, ≥ {targets['articles_per_s_2_cores']} "
        f"articles/s on 2 cores, ≤ {targets['peak_rss_mb']} MB per worker"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="corpus size in documents")
    parser.add_argument("--measure", choices=KINDS, help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        corpus = pickle.loads(args.corpus.read_bytes())
        if args.measure == "spacy":
            result = measure_spacy(corpus, args.count)
        else:
            result = measure_dateline(corpus, args.count, store=args.measure == "ingest")
        print(json.dumps(result))
        return
    corpus = describe_corpus(build_corpus(args.articles))
    with tempfile.TemporaryDirectory() as folder:
        corpus_path = Path(folder) / "corpus.pickle"
        corpus_path.write_bytes(pickle.dumps(corpus))
        results = {
            (kind, count): _child(kind, count, corpus_path) for kind in KINDS for count in WORKERS
        }
    summary = _summary(corpus, results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    text = json.dumps(summary, indent=2, ensure_ascii=False) + "\n"
    (RESULTS / "latest.json").write_text(text, encoding="utf-8")
    (RESULTS / f"{summary['date']}-{slug()}.json").write_text(text, encoding="utf-8")
    _print_table(summary)


if __name__ == "__main__":
    main()
