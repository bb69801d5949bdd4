"""The student process's kernel confinement: a seccomp filter and Landlock rules, tried out in a child process."""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from grader.sandbox import landlock, seccomp

REPO = Path(__file__).resolve().parent.parent
GRADER_DIR = REPO / "grader"
needs_seccomp = pytest.mark.skipif(not seccomp.available(), reason="no seccomp syscall table for this machine")
needs_landlock = pytest.mark.skipif(landlock.available() == 0,
                                    reason="Landlock is not available in this kernel (ENOSYS/EOPNOTSUPP)")

# Run in the child before the test's code: attempt(fn) -> "ok" or the exception's class name.
PRELUDE = """
import json, os, sys
def attempt(function):
    try:
        function()
        return "ok"
    except Exception as error:
        return type(error).__name__
"""


def run_child(code: str, timeout: float = 30) -> subprocess.CompletedProcess:
    # One BLAS thread, as the runner sets it: the filter refuses new threads, and numpy imported after it must not
    # need any (OpenBLAS starts its thread pool when it loads).
    env = {**os.environ, "PYTHONPATH": str(REPO), "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
           "MKL_NUM_THREADS": "1"}
    return subprocess.run([sys.executable, "-c", PRELUDE + textwrap.dedent(code)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


def child_results(code: str) -> dict:
    done = run_child(code)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_filter_program_is_well_formed_for_every_architecture():
    for machine in seccomp.SYSCALLS:
        program = seccomp.build_filter(4242, machine)
        assert len(program) < 4096
        for index, (code, jt, jf, k) in enumerate(program):
            struct.pack("=HBBI", code, jt, jf, k)  # fits a struct sock_filter
            if code & 0x07 == 0x05:  # BPF_JMP
                assert index + 1 + max(jt, jf) < len(program), "jump past the end"
        assert program[1][3] == seccomp.AUDIT_ARCH[machine]
        assert program[-1] == (seccomp.RET_K, 0, 0, seccomp.RET_ALLOW)
    assert "fork" not in seccomp.SYSCALLS["aarch64"]
    assert seccomp.SYSCALLS["x86_64"]["clone3"] == seccomp.SYSCALLS["aarch64"]["clone3"] == 435


@needs_seccomp
def test_seccomp_denies_processes_sockets_and_signals_to_others():
    results = child_results("""
        import ctypes, fcntl, platform, socket, subprocess, threading
        from grader.sandbox import seccomp
        seccomp.install(os.getpid())
        libc = ctypes.CDLL(None, use_errno=True)
        def x32_getpid():  # the x32 ABI's getpid: must not slip past the filter
            if platform.machine() == "x86_64" and libc.syscall(ctypes.c_long(0x40000000 | 39)) == -1:
                raise OSError(ctypes.get_errno(), "x32")
            raise PermissionError("not x86_64")
        ran = []
        thread = threading.Thread(target=lambda: ran.append(True))
        out = {
            "fork": attempt(os.fork),
            "subprocess": attempt(lambda: subprocess.run(["true"])),
            "posix_spawn": attempt(lambda: os.posix_spawn("/bin/true", ["true"], os.environ)),
            "execv": attempt(lambda: os.execv("/bin/true", ["true"])),
            "socket": attempt(socket.socket),
            "unix_socketpair": attempt(socket.socketpair),
            "kill_parent": attempt(lambda: os.kill(os.getppid(), 0)),
            "kill_everyone": attempt(lambda: os.kill(-1, 0)),
            "kill_own_group": attempt(lambda: os.kill(0, 0)),
            "kill_self": attempt(lambda: os.kill(os.getpid(), 0)),
            "unshare": attempt(lambda: os.unshare(os.CLONE_NEWNS)) if hasattr(os, "unshare") else "PermissionError",
            "thread": attempt(lambda: (thread.start(), thread.join())),
            "tiocsti": attempt(lambda: fcntl.ioctl(sys.stdin.fileno(), 0x5412, b"x")),
            "x32": attempt(x32_getpid),
        }
        out["thread_ran"] = ran == [True]
        print(json.dumps(out))
    """)
    denied = ("fork", "subprocess", "posix_spawn", "execv", "socket", "unix_socketpair", "kill_parent",
              "kill_everyone", "kill_own_group", "unshare", "tiocsti", "x32")
    assert {name: results[name] for name in denied} == dict.fromkeys(denied, "PermissionError")
    assert results["kill_self"] == "ok"
    # No new thread either (clone fails with EAGAIN): Python raises "can't start new thread".
    assert results["thread"] == "RuntimeError" and not results["thread_ran"]


@needs_seccomp
def test_seccomp_keeps_what_the_worker_needs():
    results = child_results("""
        import gc, mmap, select, signal, tempfile, threading, time, traceback
        from grader.sandbox import seccomp
        seccomp.install(os.getpid())
        import decimal, fractions, statistics, random, collections  # stdlib imports after install
        out = {}
        try:
            import numpy as np
        except ImportError:
            out["numpy"] = "missing"
        else:
            a = np.arange(40000, dtype=float).reshape(200, 200) / 40000
            out["numpy"] = bool(np.isfinite(np.dot(a, a)).all()) and float(np.zeros(10**7).sum()) == 0.0
        read_end, write_end = os.pipe()
        os.write(write_end, b"ping")
        out["select"] = select.select([read_end], [], [], 5)[0] == [read_end] and os.read(read_end, 4) == b"ping"
        try:
            1 / 0
        except ZeroDivisionError:
            out["traceback"] = "ZeroDivisionError" in traceback.format_exc()
        out["gc"] = gc.collect() >= 0
        with mmap.mmap(-1, 64 * 1024 * 1024) as block:
            block[-1] = 7
            out["mmap"] = block[-1] == 7
        started = time.monotonic()
        time.sleep(0.05)
        out["sleep"] = time.monotonic() - started >= 0.04
        out["read_file"] = "def install" in open(seccomp.__file__).read()
        with tempfile.TemporaryFile() as scratch:
            scratch.write(b"x")
        got = []
        signal.signal(signal.SIGUSR1, lambda number, frame: got.append(number))
        signal.raise_signal(signal.SIGUSR1)
        signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
        out["own_signals"] = got == [signal.SIGUSR1] * 2
        out["getpid"] = os.getpid() > 0
        sys.stdout.write(json.dumps(out) + "\\n")
        sys.stdout.flush()
        sys.exit(0)
    """)
    assert results.pop("numpy") in (True, "missing")
    assert results == dict.fromkeys(results, True) and len(results) == 8


@needs_seccomp
def test_abort_still_ends_the_process_with_sigabrt():
    done = run_child("""
        from grader.sandbox import seccomp
        seccomp.install(os.getpid())
        os.abort()
    """)
    assert done.returncode == -signal.SIGABRT, done.stderr


@needs_seccomp
def test_seccomp_leaves_no_way_to_reach_a_loopback_listener():
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        results = child_results(f"""
            import socket
            from grader.sandbox import seccomp
            seccomp.install(os.getpid())
            print(json.dumps({{"connect": attempt(lambda: socket.create_connection(("127.0.0.1", {port}), 5))}}))
        """)
        listener.settimeout(0.2)
        with pytest.raises(socket.timeout):
            listener.accept()
    assert results == {"connect": "PermissionError"}


def landlock_child(code: str, allowed_write: Path, other: Path) -> dict:
    """Runs code after landlock.restrict(Python's own folders, numpy's and grader/ readable; allowed_write writable)."""
    return child_results(textwrap.dedent(f"""
        from pathlib import Path
        from grader.sandbox import landlock
        read_paths = [sys.base_prefix, sys.prefix, {str(GRADER_DIR)!r}]
        try:
            import numpy
            read_paths.append(os.path.dirname(numpy.__file__))
        except ImportError:
            numpy = None
        abi = landlock.restrict(read_paths, [{str(allowed_write)!r}])
        writable, other = Path({str(allowed_write)!r}), Path({str(other)!r})
    """) + textwrap.dedent(code))


@needs_landlock
def test_landlock_allows_only_the_listed_folders(tmp_path):
    writable, other = tmp_path / "writable", tmp_path / "other"
    writable.mkdir()
    other.mkdir()
    (other / "secret.txt").write_text("secret")
    results = landlock_child("""
        import json as json_again, decimal, stat  # modules still load from the read-only prefix
        out = {
            "abi": abi,
            "read_other": attempt(lambda: (other / "secret.txt").read_text()),
            "write_allowed": attempt(lambda: (writable / "out.txt").write_text("fine")),
            "read_back": attempt(lambda: (writable / "out.txt").read_text()),
            "write_read_only": attempt(lambda: open(os.path.join({grader!r}, "intruder.py"), "w")),
            "list_root": attempt(lambda: os.listdir("/")),
            "mknod_device": attempt(lambda: os.mknod(writable / "disk", 0o600 | stat.S_IFBLK, os.makedev(7, 0))),
            "mkfifo": attempt(lambda: os.mkfifo(writable / "fifo")),
            "read_grader": attempt(lambda: open(os.path.join({grader!r}, "sandbox", "landlock.py")).read()),
            "numpy": attempt(lambda: numpy and numpy.dot(numpy.ones((200, 200)), numpy.ones((200, 200)))),
        }
        print(json.dumps(out))
    """.replace("{grader!r}", repr(str(GRADER_DIR))), writable, other)
    assert results.pop("abi") == landlock.available()
    assert results == {"read_other": "PermissionError", "write_allowed": "ok", "read_back": "ok",
                       "write_read_only": "PermissionError", "list_root": "PermissionError",
                       "mknod_device": "PermissionError", "mkfifo": "ok",
                       "read_grader": "ok", "numpy": "ok"}
    assert (writable / "out.txt").read_text() == "fine"
    assert not (GRADER_DIR / "intruder.py").exists()


@needs_landlock
@pytest.mark.skipif(landlock.available() < 4, reason="Landlock ABI < 4 has no TCP rules")
def test_landlock_denies_tcp_connect_even_without_seccomp(tmp_path):
    with socket.create_server(("127.0.0.1", 0)) as listener:
        port = listener.getsockname()[1]
        results = landlock_child(f"""
            import socket
            print(json.dumps({{"connect": attempt(lambda: socket.create_connection(("127.0.0.1", {port}), 5))}}))
        """, tmp_path, tmp_path)
    assert results == {"connect": "PermissionError"}


@needs_landlock
@needs_seccomp
def test_landlock_then_seccomp_together(tmp_path):
    results = landlock_child("""
        from grader.sandbox import seccomp
        seccomp.install(os.getpid())
        print(json.dumps({"fork": attempt(os.fork), "write": attempt(lambda: (writable / "a").write_text("a")),
                          "read_other": attempt(lambda: os.listdir(other.parent.parent))}))
    """, tmp_path, tmp_path)
    assert results == {"fork": "PermissionError", "write": "ok", "read_other": "PermissionError"}
