"""Runs student code in a separate, confined process with a deadline per call, restarting it after a crash or timeout."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from grader import protocol, sandbox

STARTUP_TIMEOUT = 60.0
OUTPUT_CAP_BYTES = 64 * 1024
GRADER_PACKAGE = Path(__file__).resolve().parent
PASSED_ENVIRONMENT = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
# Resource limits of a student process (soft = hard): what one submission may use, whatever it does.
LIMITS = {
    resource.RLIMIT_CORE: 0,
    resource.RLIMIT_CPU: 600,                      # seconds over the process's life (calls have deadlines too)
    resource.RLIMIT_AS: 4 * 1024 ** 3,             # address space: a memory bomb gets MemoryError
    resource.RLIMIT_FSIZE: 16 * 1024 * 1024,       # largest file it may write, its captured output included
    resource.RLIMIT_NOFILE: 256,
}
SUBMISSION_FOLDER = "submission"
HELPERS_FOLDER = "helpers"


class StudentProcessDied(RuntimeError):
    """The student process ended while a call was under way."""


class StudentProcessTimeout(TimeoutError):
    """A call did not finish before its deadline; the process was killed."""


class StudentProcess:
    """One confined student process for one submission; started early or on first use, and again after it dies.

    start() may run before the submission is known (the interpreter and numpy load meanwhile);
    bind() names the submission's root, its .py files and the helper folders before the first call.
    The process sees copies of the submission's .py files and of the course helper modules in its
    own run folder, never the originals (so it can start before either is known).
    """

    def __init__(self, confinement: sandbox.Confinement | None = None):
        self.confinement = confinement or sandbox.choose("auto")
        self.submission_dir: Path | None = None
        self.python_files: list[str] = []
        self.helpers_dirs: list[str] = []
        self._process: subprocess.Popen | None = None
        self._configured = False
        self._loaded: set[str] = set()
        self._workdir: str | None = None
        self._package_dir: str | None = None
        self._output = None
        self._request_fd = self._response_fd = -1

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stop()
        if self._output is not None:
            self._output.close()
            self._output = None
        if self._package_dir is not None:
            shutil.rmtree(self._package_dir, ignore_errors=True)
            self._package_dir = None

    def bind(self, submission_dir: Path, python_files: list[str], helpers_dirs) -> None:
        """The submission whose code this process runs: its root, its .py files, and the course helper folders."""
        self.submission_dir = Path(submission_dir).resolve()
        self.python_files = list(python_files)
        self.helpers_dirs = [str(Path(d).resolve()) for d in helpers_dirs]

    def call(self, request: dict, timeout: float, chunks: list[dict]) -> dict:
        """Send one call (loading its file's chunks first if this process has not yet) and wait for the reply.

        Raises StudentProcessTimeout or StudentProcessDied.
        """
        if self._process is None:
            self.start()
        if not self._configured:
            self._configure()
        deadline = time.monotonic() + timeout
        try:
            if request["file"] not in self._loaded:
                protocol.send(self._request_fd, {"op": "load", "file": request["file"], "chunks": chunks})
                protocol.receive(self._response_fd, deadline)
                self._loaded.add(request["file"])
            protocol.send(self._request_fd, {"op": "call", **request})
            return protocol.receive(self._response_fd, deadline)
        except protocol.ChannelTimeout:
            self.stop()
            raise StudentProcessTimeout(f"no answer within {timeout:g} s") from None
        except (protocol.ChannelClosed, BrokenPipeError, protocol.MalformedMessage) as exc:
            raise StudentProcessDied(self._death_reason(exc)) from None

    def output(self) -> str:
        """What student code printed so far (capped)."""
        if self._output is None:
            return ""
        # pread leaves the shared file offset alone, so the student process keeps appending.
        return os.pread(self._output.fileno(), OUTPUT_CAP_BYTES, 0).decode("utf-8", "replace")

    def stop(self) -> None:
        """Kill the whole process group and clean up (what it printed is kept)."""
        if self._process is not None:
            try:
                os.killpg(self._process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self._process.wait()
            self._process = None
        for fd in (self._request_fd, self._response_fd):
            if fd >= 0:
                os.close(fd)
        self._request_fd = self._response_fd = -1
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def start(self) -> None:
        """Spawn the student process (it imports numpy, then waits to be configured)."""
        if self._process is not None:
            return
        self._loaded = set()
        self._configured = False
        request_read, request_write = os.pipe()
        response_read, response_write = os.pipe()
        self._workdir = tempfile.mkdtemp(prefix="grade-run-")
        if self._package_dir is None:
            # The student process imports the grader package, and nothing else of ours, from here.
            self._package_dir = tempfile.mkdtemp(prefix="grade-pkg-")
            os.symlink(GRADER_PACKAGE, os.path.join(self._package_dir, "grader"))
        if self._output is None:
            self._output = tempfile.TemporaryFile()
        command = [sys.executable, "-I", str(GRADER_PACKAGE / "worker.py"), self._package_dir,
                   str(request_read), str(response_write)]
        if self.confinement.bwrap:
            command = sandbox.bwrap_command(self.confinement.bwrap, self._view(), self._workdir) + command
        self._process = subprocess.Popen(
            command, pass_fds=(request_read, response_write),
            stdin=subprocess.DEVNULL, stdout=self._output, stderr=subprocess.STDOUT,
            cwd=self._workdir, env=self._environment(), start_new_session=True,
            preexec_fn=_limit_resources if self.confinement.limits else None,
        )
        os.close(request_read)
        os.close(response_write)
        self._request_fd, self._response_fd = request_write, response_read

    def _view(self) -> sandbox.FileView:
        return sandbox.file_view(self._package_dir, self._workdir)

    def _configure(self) -> None:
        if self.submission_dir is None:
            raise ValueError("bind() the submission before the first call")
        copy = Path(self._workdir) / SUBMISSION_FOLDER
        for relative in self.python_files:
            (copy / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.submission_dir / relative, copy / relative)
        copy.mkdir(exist_ok=True)
        helpers = Path(self._workdir) / HELPERS_FOLDER
        helpers.mkdir()
        for directory in self.helpers_dirs:  # the first folder's module wins, as on a path
            for module in sorted(Path(directory).glob("*.py")):
                if not (helpers / module.name).exists():
                    shutil.copyfile(module, helpers / module.name)
        landlock_rules = sandbox.landlock_rules(self._view()) if self.confinement.landlock else None
        setup = {"path": [str(helpers)], "submission_dir": str(copy),
                 "seccomp": self.confinement.seccomp, "landlock": landlock_rules}
        try:
            protocol.send(self._request_fd, setup)
            reply = protocol.receive(self._response_fd, time.monotonic() + STARTUP_TIMEOUT)
        except (protocol.ChannelTimeout, protocol.ChannelClosed, protocol.MalformedMessage, BrokenPipeError) as exc:
            reason = self._death_reason(exc)
            raise StudentProcessDied(f"the grading process did not start: {reason}") from None
        if reply.get("status") != "ready":
            self.stop()
            raise StudentProcessDied(f"the grading process did not start: {reply.get('reason', 'no reason given')}")
        self._configured = True

    def _environment(self) -> dict:
        environment = {"PATH": "/usr/bin:/bin", "HOME": self._workdir, "TMPDIR": self._workdir, "LANG": "C.UTF-8",
                       "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                       "PYTHONDONTWRITEBYTECODE": "1", "MPLBACKEND": "Agg"}
        environment.update({key: os.environ[key] for key in PASSED_ENVIRONMENT if key in os.environ})
        return environment

    def _death_reason(self, exc: Exception) -> str:
        if isinstance(exc, protocol.MalformedMessage):
            self.stop()
            return f"it sent a malformed reply ({exc})"
        process = self._process
        code = None
        if process is not None:
            try:
                code = process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
        self.stop()
        if code is None:
            return "it stopped answering"
        if code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
            return f"it was killed by signal {name}" + (" (a crash)" if name in ("SIGSEGV", "SIGBUS", "SIGABRT") else "")
        if code == 128 + signal.SIGSEGV:  # bubblewrap reports its child's signal as 128 + signal
            return "it was killed by signal SIGSEGV (a crash)"
        return f"it exited with code {code} (os._exit() or a crash in native code?)"


def _limit_resources() -> None:
    for limit, value in LIMITS.items():
        resource.setrlimit(limit, (value, value))
