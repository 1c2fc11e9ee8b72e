"""A real Dask cluster on loopback, run by PID: one ``dask scheduler`` and ``dask worker
--no-nanny`` processes, with their logs in files; and the shard sets the tests run on."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from distributed import Client

from dateline.scale import RunReport

DASK = Path(sys.executable).with_name("dask")
START_TIMEOUT = 120.0  # two workers loading spaCy on a busy two-core machine


@dataclass(frozen=True, slots=True)
class Shards:
    """Three small shards (JSON Lines with two bad records, JSON Lines, a WARC with an
    image) and one bulk shard of 80 reports, slow enough (a second or more) to kill a
    worker inside it."""

    directory: Path
    small: tuple[Path, ...]
    bulk: Path

    @property
    def all(self) -> list[str]:
        return [str(path) for path in (*self.small, self.bulk)]

    @property
    def articles(self) -> int:
        """Reports in all shards, each a distinct article (the bad records are not)."""
        return 5 + 5 + 3 + 80


@dataclass(frozen=True, slots=True)
class LoadedRun:
    report: RunReport
    db: Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(slots=True)
class LoopbackCluster:
    """Processes started here and stopped by their PID; logs go to files under ``logs``."""

    logs: Path
    port: int = field(default_factory=free_port)
    scheduler: subprocess.Popen[bytes] | None = None
    workers: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _spawn(self, name: str, *arguments: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
        out = (self.logs / f"{name}.out").open("wb")
        err = (self.logs / f"{name}.err").open("wb")
        with out, err:
            return subprocess.Popen(
                [str(DASK), *arguments], stdout=out, stderr=err, env=env, cwd=self.logs
            )

    def start(self) -> None:
        # No retry of a task whose worker died: a killed worker interrupts the run, which
        # is what the resume test needs (by default Dask would retry it elsewhere).
        env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
        self.scheduler = self._spawn(
            "scheduler",
            "scheduler",
            "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard", "--no-show",
            env=env,
        )  # fmt: skip
        self.wait_for(lambda: _listening(self.port), "the scheduler to listen")
        self.ensure_workers(2)

    def start_worker(self) -> str:
        port = free_port()
        address = f"tcp://127.0.0.1:{port}"
        self.workers[address] = self._spawn(
            f"worker-{port}",
            "worker", self.address,
            "--nthreads", "1", "--no-nanny", "--no-dashboard",
            "--host", "127.0.0.1", "--worker-port", str(port),
            "--local-directory", str(self.logs / f"worker-{port}"),
            env=dict(os.environ),
        )  # fmt: skip
        return address

    def alive(self) -> list[str]:
        return [address for address, process in self.workers.items() if process.poll() is None]

    def ensure_workers(self, count: int) -> None:
        """Start workers until ``count`` are alive, and wait until the scheduler has them."""
        while len(self.alive()) < count:
            self.start_worker()
        self.wait_for(lambda: self._registered() >= count, f"{count} workers to register")

    def _registered(self) -> int:
        with Client(self.address, timeout=10, set_as_default=False) as client:
            return len(client.scheduler_info(n_workers=-1)["workers"])

    def kill_worker(self, address: str) -> None:
        """SIGKILL, as the kernel's OOM killer or a lost node would."""
        process = self.workers[address]
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)

    def wait_for(self, condition: object, what: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.scheduler is not None and self.scheduler.poll() is not None:
                break
            if callable(condition) and condition():
                return
            time.sleep(0.2)
        logs = "\n".join(
            f"--- {log.name}\n{log.read_text(errors='replace')[-2000:]}"
            for log in sorted(self.logs.glob("*.err"))
        )
        raise TimeoutError(f"gave up waiting for {what}\n{logs}")

    def stop(self) -> None:
        """Workers first (they close cleanly only while the scheduler is up), then the
        scheduler; whatever does not exit within two seconds is killed."""
        for process in [*self.workers.values(), self.scheduler]:
            if process is None or process.poll() is not None:
                continue
            process.terminate()
            try:
                process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True
