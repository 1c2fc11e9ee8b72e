"""What every benchmark result records about the machine it was measured on.

One description for all scripts in ``bench/``, so that results from different scripts can
be compared, and a short slug for dated result file names.
"""

from __future__ import annotations

import os
import platform
import re
from pathlib import Path


def cpu_model() -> str:
    """The processor's name from ``/proc/cpuinfo`` (Linux), else what ``platform`` says."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return " ".join(line.split(":", 1)[1].split())
    return platform.processor() or "unknown CPU"


def memory_gib() -> float | None:
    """Physical memory in GiB, where the system says it."""
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        return None


def describe() -> str:
    """E.g. "x86_64, AMD EPYC, 2 cores, 23.5 GiB, Linux, Python 3.11.7"."""
    memory = memory_gib()
    parts = [
        platform.machine(),
        cpu_model(),
        f"{os.cpu_count()} cores",
        *([f"{memory} GiB"] if memory else []),
        platform.system(),
        f"Python {platform.python_version()}",
    ]
    return ", ".join(parts)


def slug() -> str:
    """A file-name-safe short form: "x86_64-amd-epyc-2cores"."""
    text = f"{platform.machine()}-{cpu_model()}-{os.cpu_count()}cores".lower()
    return re.sub(r"[^a-z0-9_]+", "-", text).strip("-")
