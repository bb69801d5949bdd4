"""Runs student code in a separate, confined process: a fresh child per submission, a deadline per case."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from grader import protocol, sandbox, worker

STARTUP_TIMEOUT = 60.0
CHILD_EXIT_TIMEOUT = 5.0   # a killed child is reaped at once; past this the process itself hangs
HANG_UP_GRACE = 1.0        # for the process to kill its child and exit on its own when the grader hangs up
REPLY_PAUSE = 0.002        # replies gather this long before the grader waits for more: fewer wake-ups
CRASH_SIGNALS = ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGILL", "SIGFPE")
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
    """The student process (or the child running an exercise) ended, or broke the protocol."""


REPLY, TIMEOUT, DIED, SKIPPED = "reply", "timeout", "died", "skipped"
IDENTICAL = "identical"  # a reply that is, byte for byte, what returning the expected value sends


@dataclass(frozen=True)
class ExerciseCall:
    """One exercise to run: where the function is (file, function, definition, siblings, provided), which of
    its cases (indexes into the process's case table) and the deadline of each case in seconds."""

    request: dict
    cases: list[int]
    timeout: float
    # per case, the expected value as the student process encodes it (compact JSON), or nothing: a reply that
    # is exactly what returning it sends is an IDENTICAL outcome, recognised without parsing the reply
    expected: tuple[bytes, ...] = ()


@dataclass(frozen=True)
class Outcome:
    """What became of one case: a reply (plain data, still to be validated), a timeout, a death, or not run."""

    kind: str
    reply: dict | None = None
    reason: str = ""


class StudentProcess:
    """One confined student process for one submission; started early or on first use, and again after it dies.

    The process itself never runs student code: for each submission it forks a child that loads the
    submission's files, runs the exercises' cases and replies on a pipe of its own, then ends. Nothing
    a submission does (patching numpy, reseeding, hoarding files, threads, forged replies) reaches the next.
    start() may run before the submission is known (the interpreter and numpy load meanwhile);
    bind() names the submission's root, its .py files, the helper folders and the case table before
    the first run. The process sees copies of the submission's .py files and of the course helper
    modules in its own run folder, never the originals (so it can start before either is known).
    """

    def __init__(self, confinement: sandbox.Confinement | None = None):
        self.confinement = confinement or sandbox.choose("auto")
        self.submission_dir: Path | None = None
        self.python_files: list[str] = []
        self.helpers_dirs: list[str] = []
        self.case_table: dict = {}
        self._process: subprocess.Popen | None = None
        self._control: socket.socket | None = None
        self._configured = False
        self._populated = False
        self._helpers_filled = False
        self._sent_files: set[str] = set()
        self._workdir: str | None = None
        self._package_dir: str | None = None
        self._output = None

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

    def bind(self, submission_dir: Path, python_files: list[str], helpers_dirs, case_table: dict) -> None:
        """The submission whose code this process runs next: its root, its .py files, the course helper folders,
        and the case table (exercise -> [{args, kwargs, substitutes}], plain data) the calls name cases of.

        A process may serve one submission after another: it never runs student code itself, and its run
        folder is emptied and filled with the next submission's copies before that one's first exercise.
        """
        helpers_dirs = [str(Path(d).resolve()) for d in helpers_dirs]
        if self._configured and (helpers_dirs != self.helpers_dirs or case_table is not self.case_table):
            self.stop()  # the process preloaded the other helpers or decoded other cases: start afresh
        self.submission_dir = Path(submission_dir).resolve()
        self.python_files = list(python_files)
        self.helpers_dirs = helpers_dirs
        self.case_table = case_table
        self._populated = False
        if self._output is not None:  # what the last submission printed is not this one's
            self._output.truncate(0)
            self._output.seek(0)

    def run(self, calls: list[ExerciseCall], files: dict[str, list[dict]]) -> list[list[Outcome]]:
        """Run the exercises' cases in order in one fresh child, each case with its own deadline.

        files: each file's chunks ({label, source}), sent once per submission. Returns one Outcome per
        case of each call. After a timeout the child is killed and the exercise's remaining cases are
        skipped; after a crash or a broken reply that case fails and the rest runs in a new child. A child
        that ends just before an exercise's first reply (what the previous exercise's code did) does not
        fail that exercise: it starts again in a new child.
        """
        outcomes: list[list[Outcome]] = [[] for _ in calls]
        first = 0
        while first < len(calls):
            if len(outcomes[first]) == len(calls[first].cases):
                first += 1
                continue
            plan = [{**call.request, "exercise": number, "cases": call.cases[len(outcomes[number]):]}
                    for number, call in enumerate(calls) if number >= first]
            try:
                reply_fd = self._fork_child(plan, files)
            except StudentProcessDied as died:
                outcomes[first].append(Outcome(DIED, reason=str(died)))
                continue
            try:
                self._collect(reply_fd, calls, outcomes, first)
            finally:
                os.close(reply_fd)
        return outcomes

    def _fork_child(self, plan: list[dict], files: dict[str, list[dict]]) -> int:
        """Ask the process to fork a child for this plan; the read end of the child's reply pipe."""
        if self._process is None:
            self.start()
        if not self._configured:
            self._configure()
        elif not self._populated:
            self._next_submission()
        needed = dict.fromkeys(exercise["file"] for exercise in plan)
        message = {"op": "plan", "exercises": plan,
                   "files": {file: files.get(file, []) for file in needed if file not in self._sent_files}}
        reply_read, reply_write = os.pipe()
        try:
            socket.send_fds(self._control, [b"E"], [reply_write])
            protocol.send(self._control.fileno(), message)
            self._sent_files.update(needed)
        except OSError as exc:
            os.close(reply_read)
            self.stop()
            raise StudentProcessDied(f"the grading process ended ({exc.strerror or exc})") from None
        finally:
            os.close(reply_write)
        return reply_read

    def _collect(self, reply_fd: int, calls: list[ExerciseCall], outcomes: list[list[Outcome]], first: int) -> None:
        """Read the child's replies into outcomes until the plan is done or the child fails; the child is then ended."""
        replies = protocol.Reader(reply_fd, REPLY_PAUSE)
        for number in range(first, len(calls)):
            call, done = calls[number], outcomes[number]
            while len(done) < len(call.cases):
                between = number != first and not done  # nothing heard of this exercise yet
                try:
                    payload = replies.receive_payload(time.monotonic() + call.timeout)
                    if call.expected and payload == worker.returned_reply(call.expected[len(done)], number,
                                                                          call.cases[len(done)]):
                        done.append(Outcome(IDENTICAL))
                        continue
                    reply = protocol.decode(payload)
                    if reply.get("exercise") != number or reply.get("case") != call.cases[len(done)]:
                        raise protocol.MalformedMessage("a reply that belongs to no case of this call")
                except protocol.ChannelTimeout:
                    self._end_child()
                    done.append(Outcome(TIMEOUT, reason=f"no answer within {call.timeout:g} s"))
                    done.extend(Outcome(SKIPPED) for _ in call.cases[len(done):])
                    return
                except protocol.ChannelClosed:
                    reason = self._end_child()
                    if not between:
                        done.append(Outcome(DIED, reason=reason))
                    return
                except protocol.MalformedMessage as exc:
                    self._end_child()
                    if not between:
                        done.append(Outcome(DIED, reason=f"it sent a malformed reply ({exc})"))
                    return
                done.append(Outcome(REPLY, reply))
        self._end_child()

    def _end_child(self) -> str:
        """Kill the child if it still runs and wait until it is gone; how it ended, in words."""
        try:
            self._control.send(b"K")
            done = protocol.receive(self._control.fileno(), time.monotonic() + CHILD_EXIT_TIMEOUT)
        except (OSError, protocol.ChannelTimeout, protocol.ChannelClosed, protocol.MalformedMessage):
            self.stop()
            return "the grading process stopped answering"
        if "signal" in done:
            number = done["signal"]
            name = signal.Signals(number).name if number in signal.Signals._value2member_map_ else str(number)
            return f"it was killed by signal {name}" + (" (a crash)" if name in CRASH_SIGNALS else "")
        return f"it exited with code {done.get('exit')} (os._exit() or a crash in native code?)"

    def output(self) -> str:
        """What student code printed so far (capped)."""
        if self._output is None:
            return ""
        # pread leaves the shared file offset alone, so the student process keeps appending.
        return os.pread(self._output.fileno(), OUTPUT_CAP_BYTES, 0).decode("utf-8", "replace")

    def stop(self) -> None:
        """Hang up (the process kills its child and exits), then kill the whole process group and clean up."""
        if self._control is not None:
            self._control.close()
            self._control = None
        if self._process is not None:
            try:
                self._process.wait(timeout=HANG_UP_GRACE)
            except subprocess.TimeoutExpired:
                pass
            try:
                os.killpg(self._process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self._process.wait()
            self._process = None
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def start(self) -> None:
        """Spawn the student process (it imports numpy, then waits to be configured)."""
        if self._process is not None:
            return
        self._configured = False
        self._helpers_filled = False
        grader_end, worker_end = socket.socketpair()
        self._workdir = tempfile.mkdtemp(prefix="grade-run-")
        for name in (SUBMISSION_FOLDER, HELPERS_FOLDER):  # mount points: they exist before the sandbox does
            os.mkdir(os.path.join(self._workdir, name))
        if self._package_dir is None:
            # The student process imports the grader package, and nothing else of ours, from here.
            self._package_dir = tempfile.mkdtemp(prefix="grade-pkg-")
            os.symlink(GRADER_PACKAGE, os.path.join(self._package_dir, "grader"))
        if self._output is None:
            self._output = tempfile.TemporaryFile()
        command = [sys.executable, "-I", str(GRADER_PACKAGE / "worker.py"), self._package_dir,
                   str(worker_end.fileno())]
        if self.confinement.bwrap:
            command = sandbox.bwrap_command(self.confinement.bwrap, self._view(), self._workdir) + command
        self._process = subprocess.Popen(
            command, pass_fds=(worker_end.fileno(),),
            stdin=subprocess.DEVNULL, stdout=self._output, stderr=subprocess.STDOUT,
            cwd=self._workdir, env=self._environment(), start_new_session=True,
            preexec_fn=_limit_resources if self.confinement.limits else None,
        )
        worker_end.close()
        self._control = grader_end

    def _view(self) -> sandbox.FileView:
        inputs = tuple(str(Path(self._workdir) / name) for name in (SUBMISSION_FOLDER, HELPERS_FOLDER))
        return sandbox.file_view(self._package_dir, self._workdir, inputs)

    def _populate(self) -> None:
        """Fill the (emptied) run folder: copies of the submission's .py files and of the course helper modules."""
        if self.submission_dir is None:
            raise ValueError("bind() the submission before the first exercise")
        # Whatever the last submission's children left here goes; the two input folders stay (they may be
        # mounted in the sandbox), emptied.
        # Under bubblewrap the helpers folder is read-only to student code: once filled, it stays as it is.
        keep_helpers = self._helpers_filled and bool(self.confinement.bwrap)
        inputs = [str(Path(self._workdir) / SUBMISSION_FOLDER), str(Path(self._workdir) / HELPERS_FOLDER)]
        worker.empty_folders([self._workdir, inputs[0]] + ([] if keep_helpers else [inputs[1]]), keep=inputs)
        copy = Path(self._workdir) / SUBMISSION_FOLDER
        for relative in self.python_files:
            (copy / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.submission_dir / relative, copy / relative)
        helpers = Path(self._workdir) / HELPERS_FOLDER
        for directory in [] if keep_helpers else self.helpers_dirs:  # the first folder's module wins, as on a path
            for module in sorted(Path(directory).glob("*.py")):
                if not (helpers / module.name).exists():
                    shutil.copyfile(module, helpers / module.name)
        self._helpers_filled = True
        self._sent_files = set()
        self._populated = True

    def _next_submission(self) -> None:
        """Reuse the running process for another submission: a fresh run folder, and the process forgets the last."""
        self._populate()
        try:
            self._control.send(b"R")
        except OSError:
            self.stop()
            self.start()
            self._configure()

    def _configure(self) -> None:
        self._populate()
        copy = Path(self._workdir) / SUBMISSION_FOLDER
        helpers = Path(self._workdir) / HELPERS_FOLDER
        landlock_rules = sandbox.landlock_rules(self._view()) if self.confinement.landlock else None
        preload = sorted(module.stem for module in helpers.glob("*.py"))  # the course's modules: trusted
        scratch = [self._workdir, "/tmp"] if self.confinement.bwrap else []  # private to the sandbox
        setup = {"path": [str(helpers)], "submission_dir": str(copy), "preload": preload, "scratch": scratch,
                 "cases": self.case_table,
                 "keep": [str(copy), str(helpers), self._package_dir],
                 "seccomp": self.confinement.seccomp, "landlock": landlock_rules}
        try:
            protocol.send(self._control.fileno(), setup)
            reply = protocol.receive(self._control.fileno(), time.monotonic() + STARTUP_TIMEOUT)
        except (protocol.ChannelTimeout, protocol.ChannelClosed, protocol.MalformedMessage, OSError) as exc:
            self.stop()
            raise StudentProcessDied(f"the grading process did not start ({type(exc).__name__})") from None
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


def _limit_resources() -> None:
    for limit, value in LIMITS.items():
        resource.setrlimit(limit, (value, value))
