"""Processes that end with the build: no parsing worker outlives the process that started it."""

import ctypes
import os
import signal
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int) -> None:
    """Pool initializer: the kernel kills this worker when its parent dies, even by kill -9."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers still end when their queue closes
        pass
    if os.getppid() != parent_pid:  # the parent died before the line above ran
        os._exit(1)


def worker_pool(max_workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=max_workers, initializer=die_with_parent, initargs=(os.getpid(),))
