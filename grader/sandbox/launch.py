"""How the student process is started: interpreter flags, environment, resource limits and memory layout."""

from __future__ import annotations

import ctypes
import os
import resource
import sys

PASSED_ENVIRONMENT = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
# Resource limits of a student process (soft = hard): what one submission may use, whatever it does.
LIMITS = {
    resource.RLIMIT_CORE: 0,
    resource.RLIMIT_CPU: 600,                      # seconds over the process's life (calls have deadlines too)
    resource.RLIMIT_AS: 4 * 1024 ** 3,             # address space: a memory bomb gets MemoryError
    resource.RLIMIT_FSIZE: 16 * 1024 * 1024,       # largest file it may write, its captured output included
    resource.RLIMIT_NOFILE: 256,
}
# -s: no user site; -P (3.11+): no script folder on the path (worker.py drops it itself on 3.10). Not -I: it
# implies -E, and PYTHONHASHSEED must apply; the environment is the grader's own anyway (see environment()).
PYTHON_FLAGS = ("-s", "-P") if sys.version_info >= (3, 11) else ("-s",)
ADDR_NO_RANDOMIZE = 0x0040000  # personality(2): the same memory layout on every run (id() values, set orders)


def environment(workdir: str) -> dict:
    """The student process's whole environment: nothing of the grader's but a few OpenBLAS settings."""
    variables = {"PATH": "/usr/bin:/bin", "HOME": workdir, "TMPDIR": workdir, "LANG": "C.UTF-8",
                 "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                 "PYTHONDONTWRITEBYTECODE": "1", "MPLBACKEND": "Agg",
                 "PYTHONHASHSEED": "0"}  # the same string hashes, so the same set and dict orders, on every run
    variables.update({key: os.environ[key] for key in PASSED_ENVIRONMENT if key in os.environ})
    return variables


def same_layout() -> None:
    """In the student process before exec: no address-space randomisation, so identical runs lay out alike."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.personality(ctypes.c_ulong(ADDR_NO_RANDOMIZE))
    except (OSError, AttributeError):
        pass


def limit_resources() -> None:
    """In the student process before exec: its memory layout fixed and its resource limits set (soft = hard)."""
    same_layout()
    for limit, value in LIMITS.items():
        resource.setrlimit(limit, (value, value))
