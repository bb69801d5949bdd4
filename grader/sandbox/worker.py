"""The student process: a supervisor that never holds student code, forking a child per submission that reads, loads and calls it."""

from __future__ import annotations

import gc
import importlib
import inspect
import operator
import os
import random
import select
import signal
import socket
import sys
from pathlib import Path

if __name__ == "__main__":  # started as a script by the runner: argv[1] holds only the grader package
    if sys.path and sys.path[0] == os.path.dirname(os.path.abspath(__file__)):
        del sys.path[0]  # the script's own folder (Python 3.10 has no -P): modules come from the package only
    sys.path.insert(0, sys.argv.pop(1))

from grader.sandbox import capabilities, numpy1, plaindata, protocol  # noqa: E402
from grader.sandbox.loading import LoadedFile, StudentFiles, compile_file, describe_exception  # noqa: E402
from grader.sandbox.scratch import ScratchFolders  # noqa: E402

# Modules whose namespaces each exercise gets back as they were (the course helpers are guarded too).
GUARDED_MODULES = ["builtins", "numpy", "numpy.random", "numpy.linalg", "numpy.testing", "random", "math", "sys"]


ABSENT = object()


def bind_exercise(exercise: dict, loaded: LoadedFile) -> dict:
    """Bind the graded function, the student's own assignment-mates and the provided helpers in the file's module.

    Returns what those names were bound to before, for restore_bindings() once the exercise is done.
    """
    namespace = loaded.module.__dict__
    names = [*exercise.get("siblings", {}), exercise["function"], *exercise.get("provided", {})]
    saved = {name: namespace.get(name, ABSENT) for name in names}
    for name, sibling in exercise.get("siblings", {}).items():  # the student's own graded functions, by name
        if loaded.functions.get((sibling["chunk"], sibling["line"])) is not None:
            namespace[name] = loaded.functions[(sibling["chunk"], sibling["line"])]
    function = graded_function(exercise, loaded)
    if function is not None:
        namespace[exercise["function"]] = function
    for name, helper_module in exercise.get("provided", {}).items():
        namespace[name] = getattr(importlib.import_module(helper_module), name)
    return saved


def restore_bindings(namespace: dict, saved: dict) -> None:
    for name, value in saved.items():
        if value is ABSENT:
            namespace.pop(name, None)
        else:
            namespace[name] = value


def graded_function(exercise: dict, loaded: LoadedFile):
    definition = exercise["definition"]
    return loaded.functions.get((definition["chunk"], definition["line"]))


def call(exercise: dict, case: tuple, loaded: LoadedFile, submission_dir: Path) -> dict:
    """Run one graded call (the exercise's names already bound) and describe its outcome as plain data.

    case: (args, kwargs, substitutes, seed, optional keyword arguments), inputs this child may use up (it got its
    own copy by forking).
    """
    function = graded_function(exercise, loaded)
    if function is None:
        failure = loaded.failures.get(exercise["definition"]["chunk"])
        return failure or {"status": "raised", "type": "NameError", "frames": [],
                           "message": f"{exercise['function']} was not defined when its code was loaded"}
    args, kwargs, substitutes, seed, optional = case
    kwargs = {**keywords_accepted(function, optional), **kwargs}
    namespace = loaded.module.__dict__
    saved = {name: namespace.get(name, ABSENT) for name in substitutes}
    for name, target in substitutes.items():
        module_name, _, attribute = target.partition(":")
        namespace[name] = getattr(importlib.import_module(module_name), attribute)
    _reset_random_state(seed)
    try:
        value = function(*args, **kwargs)
    except NotImplementedError:
        return {"status": "not_implemented"}
    except BaseException as exc:
        return describe_exception(exc, submission_dir)
    finally:
        restore_bindings(namespace, saved)
    try:
        encoded = plaindata.encode(value)
    except Exception as exc:
        encoded = {"t": "unsupported", "type": f"{type(value).__name__} (unreadable: {type(exc).__name__})"}
    return {"status": "returned", "value": encoded}


def _reset_random_state(seed: int):
    import numpy as np

    np.random.seed(seed)
    random.seed(seed)


def keywords_accepted(function, optional: dict) -> dict:
    """The optional keyword arguments that function has a parameter for (older course signatures take more)."""
    if not optional:
        return {}
    try:
        parameters = inspect.signature(function).parameters
    except Exception:  # not introspectable (a builtin, a callable object of the student's): none of them
        return {}
    named = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return {name: value for name, value in optional.items() if name in parameters and parameters[name].kind in named}


def run_plan(plan: dict, cases: dict[str, list[tuple]], reply_fd: int, shared: SharedState) -> None:
    """In a fresh child: run the plan's exercises in order, one reply per case on reply_fd.

    Each file is compiled and loaded (into a module of its own) when its first exercise comes, as a
    notebook's kernel would have it. When an exercise ends its bindings are undone and the shared state it
    may have changed (the guarded modules' namespaces, numpy's error handling, timers) is put back, so
    that one function's side effects do not fail the student's next one; if it left a thread running, the
    child ends and the grader runs the next exercise in a new one.
    """
    submission_dir = Path(plan["submission_dir"])
    files = StudentFiles(submission_dir)
    sources = plan["files"]
    for exercise in plan["exercises"]:
        relative = exercise["file"]
        shared.use_helpers(exercise.get("helpers"))
        if relative not in files.loaded:
            files.load(relative, compile_file(submission_dir, sources.get(relative, [])))
        loaded = files.loaded[relative]
        saved = bind_exercise(exercise, loaded)
        try:
            for index in exercise["cases"]:
                reply = call(exercise, cases[exercise["table"]][index], loaded, submission_dir)
                _flush_streams()
                reply["exercise"], reply["case"] = exercise["exercise"], index
                protocol.send(reply_fd, reply)
        finally:
            restore_bindings(loaded.module.__dict__, saved)
            shared.restore()
            # Finalizers of the exercise's garbage (a __del__ may write to the reply pipe) run now, between two
            # exercises, where the grader counts a stray message against neither, not during the next one's calls.
            gc.collect()
        if threads_left():  # they would run on into the next exercise: it gets a new child instead
            _flush_streams()
            os._exit(0)


def threads_left() -> bool:
    """Whether the exercise's code left a thread running (the child runs only its main thread otherwise)."""
    try:
        return len(os.listdir("/proc/self/task")) > 1
    except OSError:
        import threading

        return threading.active_count() > 1


class SharedState:
    """What each exercise of a child starts from: the guarded modules (numpy, builtins, ...) and every assignment's
    course helpers with their namespaces as inherited, numpy's floating-point error handling, no interval timer;
    and, for each exercise, its own assignment's helpers (use_helpers).

    Taken once by the supervisor (which never runs student code), so each child inherits it ready.
    """

    def __init__(self, names: list[str], groups: list[tuple[str, dict]] = ()):
        import numpy

        self._modules = {name: sys.modules[name] for name in names if name in sys.modules}
        self._groups = list(groups)
        self._guarded = [*self._modules.values(), *(module for _, group in self._groups for module in group.values())]
        self._namespaces = [dict(module.__dict__) for module in self._guarded]
        self._helper_names = {name for _, group in self._groups for name in group}
        self._on_path: str | None = None
        self._errors, self._seterr = numpy.geterr(), numpy.seterr

    def use_helpers(self, group: int | None) -> None:
        """Make the helpers of one assignment (its index in the run's groups) the ones `import testCases` finds."""
        for name in self._helper_names:
            sys.modules.pop(name, None)
        if self._on_path is not None and self._on_path in sys.path:
            sys.path.remove(self._on_path)
        self._on_path = None
        if group is not None and 0 <= group < len(self._groups):
            self._on_path, modules = self._groups[group]
            sys.modules.update(modules)
            sys.path.insert(0, self._on_path)

    def restore(self) -> None:
        for name, module in self._modules.items():
            sys.modules[name] = module
        for module, saved in zip(self._guarded, self._namespaces):
            namespace = module.__dict__
            if len(namespace) == len(saved) and all(map(operator.is_, namespace.values(), saved.values())):
                continue  # untouched: as many names, bound to the same objects (checked in C, after every exercise)
            for key in [key for key in namespace if key not in saved]:
                del namespace[key]
            for key, value in saved.items():
                if namespace.get(key, ABSENT) is not value:
                    namespace[key] = value
        self._seterr(**self._errors)
        signal.setitimer(signal.ITIMER_REAL, 0)


def returned_reply(value_json: bytes, exercise: int, case: int) -> bytes:
    """The bytes run_plan sends for a case whose call returned the value encoded as value_json (compact JSON).

    The grader compares a reply with this, made from the reference's value, before parsing it: a correct
    function's reply is usually these very bytes (tests/test_loading.py checks that the references' are).
    """
    return b'{"status":"returned","value":%s,"exercise":%d,"case":%d}' % (value_json, exercise, case)


def decode_cases(table: dict) -> dict[str, list[tuple]]:
    """The run's case inputs, decoded once by the supervisor: "assignment/exercise" -> [(args, kwargs,
    substitutes, seed, optional keyword arguments)]."""
    return {name: [(plaindata.decode(case["args"]), plaindata.decode(case["kwargs"]), dict(case["substitutes"]),
                    int(case.get("seed", 0)), plaindata.decode(case.get("optional", {"t": "dict", "items": []})))
                   for case in entries] for name, entries in table.items()}


def _flush_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # student code may have replaced or closed the streams
            pass


def confine_parent(setup: dict) -> None:
    """What confines the supervising process itself (raises OSError): no capabilities, Landlock file rules, not
    dumpable (so no child can open its /proc files, its memory among them)."""
    if setup.get("seccomp"):
        from grader.sandbox import seccomp  # noqa: F401  (imported before the file rules apply; installed per child)
    if setup.get("drop_capabilities"):
        capabilities.drop_all()
    if setup.get("landlock"):
        from grader.sandbox import landlock

        read, write = setup["landlock"]
        landlock.restrict(read, write)
    capabilities.not_dumpable()  # children cannot open its /proc files (memory, fds) or ptrace it


def preload(groups: list[dict]) -> list[tuple[str, dict]]:
    """Import each assignment's course helper modules once, before any child exists, each group from its own folder
    (two assignments may have a testCases of their own): [(folder, {name: module})], left out of sys.modules
    until SharedState.use_helpers() puts a group there. Each child inherits them ready to use."""
    every = {name for group in groups for name in group["modules"]}
    loaded = []
    for group in groups:
        for name in every:
            sys.modules.pop(name, None)
        sys.path.insert(0, group["path"])
        for name in group["modules"]:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001  (a child importing it again reports the problem where it matters)
                sys.modules.pop(name, None)
        sys.path.remove(group["path"])
        loaded.append((group["path"], {name: sys.modules[name] for name in group["modules"] if name in sys.modules}))
    for name in every:
        sys.modules.pop(name, None)
    return loaded


def _child(control: socket.socket, fds: list[int], cases: dict[str, list[tuple]], shared: SharedState,
           setup: dict) -> None:
    """The forked child: drop the supervisor's channel, read its plan, confine itself, run it, exit without cleanup.

    fds: the plan (a file the grader wrote: the exercises and the submission's code, which only this child
    ever reads), the reply pipe, and the submission's output file (its stdout and stderr).
    """
    code = 0
    plan_fd, reply_fd, output_fd = fds
    try:
        control.close()
        capabilities.die_with_parent()  # it stays in the supervisor's process group too
        os.dup2(output_fd, 1)
        os.dup2(output_fd, 2)
        os.close(output_fd)
        plan = _read_plan(plan_fd)
        _enter(plan["run_folder"], setup)
        run_plan(plan, cases, reply_fd, shared)
    except BaseException:  # noqa: BLE001  (the grader sees the missing replies; nothing may escape the child)
        code = 70
    finally:
        _flush_streams()
        os._exit(code)  # no atexit handlers, no __del__ at shutdown, no daemon threads: the child just ends


def _read_plan(fd: int) -> dict:
    with os.fdopen(fd, "rb") as plan:
        return protocol.decode(plan.read())


def _enter(folder: str, setup: dict) -> None:
    """Make folder the child's working directory, home and temporary folder, and confine the child to it."""
    os.chdir(folder)
    os.environ["HOME"] = os.environ["TMPDIR"] = folder
    if "tempfile" in sys.modules:
        sys.modules["tempfile"].tempdir = None
    if setup.get("landlock"):  # a layer of the child's own: of the run folder, only this submission's is writable
        from grader.sandbox import landlock

        landlock.restrict(setup["child_read"], [folder])
    if setup.get("seccomp"):
        from grader.sandbox import seccomp

        seccomp.install(os.getpid())


def supervise(control: socket.socket, pid: int) -> int:
    """Wait for the child to end, killing it when the grader asks (tag K) or hangs up; its wait status."""
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        pidfd = -1
    try:
        while pidfd >= 0:
            readable = select.select([pidfd, control], [], [])[0]
            if pidfd in readable:
                break
            tag, _, _, _ = socket.recv_fds(control, 1, 1)
            if tag in (b"K", b""):
                _kill(pid)
                if tag == b"":
                    break
    finally:
        if pidfd >= 0:
            os.close(pidfd)
    return os.waitpid(pid, 0)[1]


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def describe_status(status: int) -> dict:
    if os.WIFSIGNALED(status):
        return {"op": "done", "signal": os.WTERMSIG(status)}
    return {"op": "done", "exit": os.waitstatus_to_exitcode(status)}


def main(argv: list[str]) -> int:
    control = socket.socket(fileno=int(argv[1]))
    import numpy  # noqa: F401  (imported while the grader is still preparing, before any deadline)
    import numpy.linalg  # noqa: F401  (numpy loads these lazily: once here, not in every child)
    import numpy.random  # noqa: F401

    numpy1.install(numpy)  # the names NumPy 2 removed, for course code written for NumPy 1.x

    setup = protocol.receive(control.fileno())
    sys.path[:0] = setup["path"]
    try:
        confine_parent(setup)
    except OSError as exc:
        protocol.send(control.fileno(), {"status": "refused", "reason": f"confinement failed: {exc}"})
        return 1
    groups = preload(setup.get("helper_groups", []))
    cases = decode_cases(setup.get("cases", {}))
    shared = SharedState(GUARDED_MODULES, groups)
    scratch = ScratchFolders(setup.get("scratch", []), setup.get("keep", []))
    protocol.send(control.fileno(), {"status": "ready"})
    # This process never runs student code, and never reads it: each plan (a submission's exercises and
    # code) goes, as a file, to the child forked for it. Nothing of a submission passes through here.
    while True:
        tag, fds, _, _ = socket.recv_fds(control, 1, 3)
        if tag == b"K" and not fds:
            continue  # a kill for a child that had already ended
        if tag == b"R" and not fds:  # the next submission: nothing of this one's may be left for it
            protocol.send(control.fileno(), {"op": "emptied", "clean": scratch.empty()})
            continue
        if tag != b"E" or len(fds) != 3:
            for fd in fds:
                os.close(fd)
            return 0
        _flush_streams()
        gc.freeze()  # the child's collections skip what it inherited: fewer copied pages, a faster start
        pid = os.fork()
        if pid == 0:
            _child(control, fds, cases, shared, setup)
        for fd in fds:
            os.close(fd)
        protocol.send(control.fileno(), describe_status(supervise(control, pid)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
