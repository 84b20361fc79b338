"""Helpers the reliability tests and the soak share: a bounded loopback request loop, `ncnd build` as a
subprocess, the processes a build started, and a server's peak memory. Nothing here leaves 127.0.0.1."""

import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NCND = Path(sys.executable).with_name("ncnd")


def generated_corpus(target: Path, count: int, seed: int = 1) -> Path:
    """The seed corpus plus `count` generated notices (bench/generate.py), enough for the build to use workers."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    generate.generate(target, count, seed=seed)
    (target / "truth.jsonl").unlink()
    for path in (ROOT / "corpus").glob("00*.txt"):
        shutil.copy(path, target / path.name)
    return target


def start_build(corpus: Path, db_path: Path, *extra, limit_file_bytes: int | None = None) -> subprocess.Popen:
    def limits():
        if limit_file_bytes is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_file_bytes, limit_file_bytes))

    return subprocess.Popen(
        [str(NCND), "build", "--corpus", str(corpus), "--db", str(db_path), "--quiet", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=limits,
    )


def run_build(corpus: Path, db_path: Path, *extra, **kwargs) -> subprocess.CompletedProcess:
    process = start_build(corpus, db_path, *extra, **kwargs)
    out, err = process.communicate(timeout=600)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def children_of(pid: int) -> list[int]:
    """Processes whose parent is pid (from /proc: no extra dependency)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    """Running or sleeping (a zombie waiting to be reaped is dead)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def peak_rss_mb(pid: int) -> float:
    """The peak resident memory of a process so far (VmHWM), in MB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


class RequestLoop:
    """Threads that GET a list of URLs from a server in turn until stopped or max_requests is reached."""

    def __init__(self, base_url: str, paths: list[str], threads: int = 2, max_requests: int = 100_000, timeout: float = 30):
        self.base_url, self.paths, self.timeout = base_url, paths, timeout
        self.max_requests = max_requests
        self.results = []  # (path, status or error text, seconds)
        self.lock = threading.Lock()
        self.stop_event = threading.Event()
        self.threads = [threading.Thread(target=self.run, args=(i,), daemon=True) for i in range(threads)]

    def run(self, offset: int) -> None:
        i = offset
        while not self.stop_event.is_set():
            with self.lock:
                if len(self.results) >= self.max_requests:
                    return
            path = self.paths[i % len(self.paths)]
            i += 1
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.base_url + path, timeout=self.timeout) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as e:
                status = e.code
            except OSError as e:
                status = f"{type(e).__name__}: {e}"
            with self.lock:
                self.results.append((path, status, time.perf_counter() - started))

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop_event.set()
        for thread in self.threads:
            thread.join(timeout=60)

    def failures(self) -> list:
        return [r for r in self.results if r[1] != 200]


def LoggedServer(db_path: Path, log_path: Path):
    """`ncnd serve` with its output in `log_path` (the shared test server)."""
    from tests.test_plugin_setup import Server

    return Server(db_path, log_path)


def percentile(values, share: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    return values[min(len(values) - 1, int(round(share * (len(values) - 1))))]
