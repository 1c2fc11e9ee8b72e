"""Gazetteer index: build time, file size, load time and memory, and lookups per second.

Run ``.venv/bin/python bench/gazetteer.py``; prints the numbers and writes them to
``bench/results/gazetteer.json``. The build runs in a child process so that its peak memory
(cities500 is ~400 MB as JSON) is not confused with the loaded index's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from machine import describe

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Tadmor", "Palmyre", "Moscou", "Syrie", "Homs", "Kharkiv", "Mogadiscio", "Goma"]

_BUILD = """
import resource, sys, time
from pathlib import Path
from dateline.link.places.build import build_index
start = time.perf_counter()
build_index(Path(sys.argv[1]))
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

_LOAD = """
import resource, sys, time
from pathlib import Path
import numpy  # imported by every pipeline process anyway; not part of the index's cost
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.perf_counter()
from dateline.link.places.gazetteer import Gazetteer
gazetteer = Gazetteer(Path(sys.argv[1]))
elapsed = time.perf_counter() - start
names = sys.argv[2].split(",")
lookups = 0
begin = time.perf_counter()
while time.perf_counter() - begin < 1.0:
    for name in names:
        gazetteer.by_exact(name)
        gazetteer.by_skeleton(name)
        lookups += 2
rate = lookups / (time.perf_counter() - begin)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(elapsed, peak - base, peak, rate, len(gazetteer))
"""


def _run(code: str, *args: str) -> list[float]:
    output = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    ).stdout
    return [float(value) for value in output.split()]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gazetteer.npz"
        build_s, build_rss = _run(_BUILD, str(path))
        load_s, index_mb, load_rss, rate, entries = _run(_LOAD, str(path), ",".join(NAMES))
        size_mb = path.stat().st_size / 1e6
    results = {
        "entries": int(entries),
        "build_s": round(build_s, 1),
        "build_peak_rss_mb": round(build_rss),
        "file_mb": round(size_mb, 1),
        "load_s": round(load_s, 3),
        "index_rss_mb": round(index_mb),
        "load_peak_rss_mb": round(load_rss),
        "lookups_per_s": round(rate),
        "machine": describe(),
    }
    out = ROOT / "bench" / "results" / "gazetteer.json"
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    for key, value in results.items():
        print(f"{key:>18}: {value}")


if __name__ == "__main__":
    main()
