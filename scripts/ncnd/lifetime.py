"""Processes that end with the build: no parsing worker outlives the process that started it, and no
file holds one for ever."""

import contextlib
import ctypes
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int, memory_limit: int | None = None) -> None:
    """Pool initializer: the kernel kills this worker when its parent dies, even by kill -9; with a memory
    limit, a file that needs more memory raises MemoryError (recorded) instead of waking the OOM killer."""
    if memory_limit:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers still end when their queue closes
        pass
    if os.getppid() != parent_pid:  # the parent died before the line above ran
        os._exit(1)


def worker_pool(max_workers: int, memory_limit: int | None = None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=max_workers, initializer=die_with_parent, initargs=(os.getpid(), memory_limit))


class TookTooLong(Exception):
    """One file's reading and parsing passed its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise TookTooLong in this thread after `seconds` (main thread only: elsewhere there is no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TookTooLong(f"reading and parsing this file took longer than {seconds:g} s: stopped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
