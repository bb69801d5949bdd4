"""Runs student code in a separate, confined process: a fresh child per submission, a deadline per case."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from grader.sandbox import cleanup, launch, levels, protocol, worker

STARTUP_TIMEOUT = 60.0
CHILD_EXIT_TIMEOUT = 5.0   # a killed child is reaped at once; past this the process itself hangs
HANG_UP_GRACE = 1.0        # for the process to kill its child and exit on its own when the grader hangs up
REPLY_PAUSE = 0.002        # replies gather this long before the grader waits for more: fewer wake-ups
CRASH_SIGNALS = ("SIGSEGV", "SIGBUS", "SIGABRT", "SIGILL", "SIGFPE")
OUTPUT_CAP_BYTES = 64 * 1024
GRADER_PACKAGE = Path(__file__).resolve().parents[1]
WORKER_SCRIPT = GRADER_PACKAGE / "sandbox" / "worker.py"
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
    """One confined student process serving one submission after another; started early or on first use, and
    again after it dies.

    The process itself never runs student code and never receives it: for each submission the grader writes
    a plan (the exercises and the submission's code) to a file that only the child forked for it reads; the
    child loads the files, runs the exercises' cases, replies on a pipe of its own, writes its output to the
    submission's own file, and ends. Nothing a submission does (patching numpy, reseeding, hoarding files,
    threads, forged replies) reaches the next, and nothing of its code stays where the next one's child could
    find it. start() may run before the submission is known (the interpreter and numpy load meanwhile);
    bind() names the submission's root, its .py files, the helper folders and the case table before the first
    run. The child sees copies of the submission's .py files and of the course helper modules, never the
    originals. Where files are not confined (seccomp level and below) each submission gets a new process.
    """

    def __init__(self, confinement: levels.Confinement | None = None, hidden: tuple[str, ...] = ()):
        self.confinement = confinement or levels.choose("auto")
        self.hidden = tuple(str(path) for path in hidden)  # folders student code must never see (the material)
        self.submission_dir: Path | None = None
        self.python_files: list[str] = []
        self.helpers_dirs: list[str] = []
        self.case_table: dict = {}
        self._process: subprocess.Popen | None = None
        self._control: socket.socket | None = None
        self._configured = False
        self._populated = False
        self._served = 0  # submissions this process has run code of
        self._helpers_filled = False
        self._workdir: str | None = None
        self._run_folder: str | None = None  # below bubblewrap: this submission's own folder in the run folder
        self._package_dir: str | None = None
        self._output = None  # this submission's stdout and stderr
        self._log = None     # the process's own stderr (bubblewrap's and the supervisor's messages)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stop()
        for stream in (self._output, self._log):
            if stream is not None:
                stream.close()
        self._output = self._log = None
        if self._package_dir is not None:
            cleanup.remove_tree(self._package_dir)
            self._package_dir = None

    def bind(self, submission_dir: Path, python_files: list[str], helpers_dirs, case_table: dict) -> None:
        """The submission whose code this process runs next: its root, its .py files, the course helper folders,
        and the case table (exercise -> [{args, kwargs, substitutes}], plain data) the calls name cases of.

        A process may serve one submission after another where files are confined (bubblewrap, landlock):
        it never runs student code itself, and the next submission's child gets an emptied or new run folder.
        """
        helpers_dirs = [str(Path(d).resolve()) for d in helpers_dirs]
        if self._configured and (helpers_dirs != self.helpers_dirs or case_table is not self.case_table):
            self.stop()  # the process preloaded the other helpers or decoded other cases: start afresh
        if self._served and not reusable(self.confinement):
            self.stop()  # student code could write where the next submission's child would read: a new process
        self.submission_dir = Path(submission_dir).resolve()
        self.python_files = list(python_files)
        self.helpers_dirs = helpers_dirs
        self.case_table = case_table
        self._populated = False
        if self._output is not None:  # what the last submission printed is not this one's, nor in its reach
            self._output.close()
        self._output = tempfile.TemporaryFile()

    def run(self, calls: list[ExerciseCall], files: dict[str, list[dict]]) -> list[list[Outcome]]:
        """Run the exercises' cases in order in one fresh child, each case with its own deadline.

        files: each file's chunks ({label, source, statements}), written into each child's plan. Returns one
        Outcome per case of each call. After a timeout the child is killed and the exercise's remaining cases
        are skipped; after a crash or a broken reply that case fails and the rest runs in a new child. A child
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
        self._served += 1
        needed = dict.fromkeys(exercise["file"] for exercise in plan)
        run_folder = self._run_folder or self._workdir
        plan_fd = protocol.message_file({"exercises": plan, "files": {file: files.get(file, []) for file in needed},
                              "submission_dir": str(Path(run_folder) / SUBMISSION_FOLDER), "run_folder": run_folder})
        reply_read, reply_write = os.pipe()
        try:
            socket.send_fds(self._control, [b"E"], [plan_fd, reply_write, self._output.fileno()])
        except OSError as exc:
            os.close(reply_read)
            self.stop()
            raise StudentProcessDied(f"the grading process ended ({exc.strerror or exc})") from None
        finally:
            os.close(plan_fd)
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
        self._served = 0
        if self._workdir is not None:
            cleanup.remove_tree(self._workdir)  # what cannot be removed is left behind, never reused
            self._workdir = self._run_folder = None

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
        if self._log is None:
            self._log = tempfile.TemporaryFile()
        command = [sys.executable, *launch.PYTHON_FLAGS, str(WORKER_SCRIPT), self._package_dir, str(worker_end.fileno())]
        if self.confinement.bwrap:
            command = levels.bwrap_command(self.confinement.bwrap, self._view(), self._workdir) + command
        self._process = subprocess.Popen(
            command, pass_fds=(worker_end.fileno(),),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log,
            cwd=self._workdir, env=launch.environment(self._workdir), start_new_session=True,
            preexec_fn=launch.limit_resources if self.confinement.limits else launch.same_layout,
        )
        worker_end.close()
        self._control = grader_end

    def _view(self) -> levels.FileView:
        inputs = tuple(str(Path(self._workdir) / name) for name in (SUBMISSION_FOLDER, HELPERS_FOLDER))
        return levels.file_view(self._package_dir, self._workdir, inputs, material_dirs=self.hidden)

    def _populate(self) -> None:
        """Give the next submission a clean place: copies of its .py files, and of the course helper modules.

        Under bubblewrap the submission's copies go in the run folder's (read-only) submission folder, emptied
        first; below it each submission gets a new folder of its own in the run folder. The helpers folder is
        filled once: student code can only read it (bubblewrap, landlock), or the process is new (below).
        """
        if self.submission_dir is None:
            raise ValueError("bind() the submission before the first exercise")
        if self.confinement.bwrap:
            copy = Path(self._workdir) / SUBMISSION_FOLDER
            if not cleanup.empty_folder(str(copy)):
                raise StudentProcessDied("the run folder could not be emptied")
        else:
            if self._run_folder is not None:
                cleanup.remove_tree(self._run_folder)  # left behind if it cannot be removed: never reused
            self._run_folder = tempfile.mkdtemp(prefix="student-", dir=self._workdir)
            copy = Path(self._run_folder) / SUBMISSION_FOLDER
            copy.mkdir()
        for relative in self.python_files:
            (copy / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.submission_dir / relative, copy / relative)
        helpers = Path(self._workdir) / HELPERS_FOLDER
        for index, directory in enumerate([] if self._helpers_filled else self.helpers_dirs):
            group = helpers / str(index)  # a folder per assignment's helpers: their module names may be the same
            group.mkdir(exist_ok=True)
            for module in sorted(Path(directory).glob("*.py")):
                shutil.copyfile(module, group / module.name)
        self._helpers_filled = True
        self._populated = True

    def _next_submission(self) -> None:
        """Reuse the running process for another submission: the sandbox's writable folders are emptied (or the
        process is replaced where they cannot be), and the submission's copies are put in place."""
        try:
            self._populate()
            if self.confinement.bwrap:
                socket.send_fds(self._control, [b"R"], [])
                if not protocol.receive(self._control.fileno(), time.monotonic() + STARTUP_TIMEOUT).get("clean"):
                    raise StudentProcessDied("what the last submission left could not be removed")
            self._populated = True
        except (OSError, StudentProcessDied, protocol.ChannelTimeout, protocol.ChannelClosed,
                protocol.MalformedMessage):
            self.stop()  # a new process, with a new run folder: nothing of the last submission's is reused
            self.start()
            self._configure()

    def _configure(self) -> None:
        self._populate()
        helpers = Path(self._workdir) / HELPERS_FOLDER
        landlock_rules = levels.landlock_rules(self._view()) if self.confinement.landlock else None
        groups = [{"path": str(helpers / str(index)),  # the course's modules: trusted, imported once
                   "modules": sorted(module.stem for module in (helpers / str(index)).glob("*.py"))}
                  for index in range(len(self.helpers_dirs))]
        scratch = [self._workdir, "/tmp"] if self.confinement.bwrap else []  # private to the sandbox
        setup = {"path": [], "helper_groups": groups, "scratch": scratch, "cases": self.case_table,
                 "keep": [str(Path(self._workdir) / SUBMISSION_FOLDER), str(helpers), self._package_dir],
                 "seccomp": self.confinement.seccomp, "landlock": landlock_rules,
                 "child_read": landlock_rules[0] + [str(helpers)] if landlock_rules else None,
                 "drop_capabilities": self.confinement.limits}
        try:
            protocol.send(self._control.fileno(), setup)
            reply = protocol.receive(self._control.fileno(), time.monotonic() + STARTUP_TIMEOUT)
        except (protocol.ChannelTimeout, protocol.ChannelClosed, protocol.MalformedMessage, OSError) as exc:
            self.stop()
            raise StudentProcessDied(f"the grading process did not start ({type(exc).__name__}{self._log_tail()})") \
                from None
        if reply.get("status") != "ready":
            self.stop()
            raise StudentProcessDied(f"the grading process did not start: {reply.get('reason', 'no reason given')}")
        self._configured = True

    def _log_tail(self) -> str:
        """The last line the process wrote to its own stderr (bubblewrap's error, say), for a start-up failure."""
        if self._log is None:
            return ""
        lines = os.pread(self._log.fileno(), OUTPUT_CAP_BYTES, 0).decode("utf-8", "replace").strip().splitlines()
        return f": {lines[-1][:300]}" if lines else ""


def reusable(confinement: levels.Confinement) -> bool:
    """Whether one process may serve several submissions: only where student code cannot write outside the
    folders the grader empties or replaces (bubblewrap, landlock) nor start processes (the seccomp filter)."""
    return bool(confinement.seccomp and (confinement.bwrap or confinement.landlock))
