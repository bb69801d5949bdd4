"""Adversarial suite: student code that attacks the grader, the references, other students or the machine.

Every test grades a submission made of the correct course-2 reference files (every exercise passes)
with one or more attacks appended (a later `def` replaces the reference's in the same file), or
shipped as extra files, and asserts:

1. the attack gains nothing: the attacked exercise is not passed (for the leak probes, which return
   the right answer only when they found something, it scores 0);
2. the rest of the submission is still graded: every other exercise passes;
3. grading takes bounded time (hangs use timeout=2.0);
4. nothing is left behind: no process of the run survives, the run's temporary folders are gone,
   nothing is written outside the run folder and the grader's own files are untouched.

Each test's docstring names the attack. Which isolation level confined the student code is printed
for every grade ("isolation: ...") and once for the session; `test_isolation_level_is_reported`
requires bubblewrap in CI. A few attacks are only claimed to be stopped by the stronger levels (see
the README's threat model): on a weaker level those tests skip, saying why, before running anything
that could do harm.
"""

from __future__ import annotations

import hashlib
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import traceback
import uuid
import zlib
from pathlib import Path

import pytest

from conftest import REPO, SOLUTIONS, by_id, exercise_count, exercises_of, points_of, reference_sources, score_text
from grader.judging.results import PASSED

GRADER_DIR = REPO / "grader"
HELPERS = SOLUTIONS / "helpers"
OPT_REFERENCE = SOLUTIONS / "optimization" / "reference.py"

BUBBLEWRAP, LANDLOCK, SECCOMP, PROCESS = "bubblewrap", "landlock", "seccomp", "process"
# What each level claims to stop (README, threat model).
FILES_CONFINED = (BUBBLEWRAP, LANDLOCK)                 # reading/writing outside the run folder
SYSCALLS_FILTERED = (BUBBLEWRAP, LANDLOCK, SECCOMP)     # new processes, sockets, signals to others

# A string that exists only in the grader's process (this module): probes look for it in memory.
GRADER_ONLY_SECRET = "grader-only-" + uuid.uuid4().hex
SECRET_PREFIX = "grader-only-"
SECRET_SHA = hashlib.sha256(GRADER_ONLY_SECRET.encode()).hexdigest()

HANG_TIMEOUT = 2.0
BOUND_SECONDS = 20.0  # every grade here takes < 10 s; past this the grader hung
OUTPUT_CAP = 64 * 1024


def _files_of_course_2() -> dict[str, str]:
    """Exercise name -> the file of the course-2 references it is graded in (its names are unique there)."""
    files = {graded.exercise.name: f"{graded.assignment.name}.py" for graded in exercises_of(course=2)}
    assert len(files) == exercise_count(course=2), "two course-2 exercises share a name: the attacks target by name"
    return files


FILE_OF = _files_of_course_2()
# the attacked functions' signatures, as the attacks redefine them
SIGNATURES = {
    "initialize_parameters_zeros": "layers_dims",
    "initialize_parameters_random": "layers_dims",
    "initialize_parameters_he": "layers_dims",
    "compute_cost_with_regularization": "A3, Y, parameters, lambd",
    "backward_propagation_with_regularization": "X, Y, cache, lambd",
    "forward_propagation_with_dropout": "X, parameters, keep_prob=0.5",
    "backward_propagation_with_dropout": "X, Y, cache, keep_prob",
    "forward_propagation": "x, theta",
    "backward_propagation": "x, theta",
    "update_parameters_with_gd": "parameters, grads, learning_rate",
    "random_mini_batches": "X, Y, mini_batch_size=64, seed=0",
    "initialize_velocity": "parameters",
    "update_parameters_with_momentum": "parameters, grads, v, beta, learning_rate",
    "initialize_adam": "parameters",
    "update_lr": "learning_rate0, epoch_num, decay_rate",
    "schedule_lr_decay": "learning_rate0, epoch_num, decay_rate, time_interval=1000",
}

# Finds the write end of the grader's reply pipe without /proc: every fd that is a FIFO opened for writing.
FIND_REPLY_PIPES = '''
import fcntl as _fcntl, os as _os, stat as _stat, struct as _struct, json as _json

def _reply_pipes():
    pipes = []
    for fd in range(3, 256):
        try:
            writable = _fcntl.fcntl(fd, _fcntl.F_GETFL) & _os.O_ACCMODE != _os.O_RDONLY
            if _stat.S_ISFIFO(_os.fstat(fd).st_mode) and writable:
                pipes.append(fd)
        except OSError:
            pass
    return pipes

def _forge(payload):
    """Write one length-prefixed message (bytes, or a dict as JSON) to every writable pipe."""
    if not isinstance(payload, bytes):
        payload = _json.dumps(payload).encode()
    for fd in _reply_pipes():
        try:
            _os.write(fd, _struct.pack(">Q", len(payload)) + payload)
        except OSError:
            pass
'''
# A condition true in the first case of an exercise only: a crash there costs one restart, not one per case.
FIRST_CASE = {"update_lr": "epoch_num == 2", "schedule_lr_decay": "epoch_num == 1500",
              "initialize_velocity": "len(parameters) == 4", "initialize_adam": "len(parameters) == 4",
              "update_parameters_with_gd": "len(parameters) == 4",
              "update_parameters_with_momentum": "len(parameters) == 4"}
FORGED_PASS = {"status": "returned", "value": {"t": "float", "v": 0.5}, "passed": True, "score": 100}


# ----------------------------------------------------------------------------------------------
# helpers


def code(text: str, **values) -> str:
    """Dedented attack source with @NAME@ placeholders filled in."""
    text = textwrap.dedent(text)
    for name, value in values.items():
        text = text.replace(f"@{name}@", str(value))
    return text


def attacked_sources() -> dict[str, str]:
    """The references of the assignments the attacks target (course 2, one .py file each), as a student hands
    them in."""
    sources = reference_sources(course=2)
    assert set(sources) == set(FILE_OF.values())
    return sources


def with_attacks(*attacks: tuple[str, str], extra: dict[str, str] | None = None) -> dict[str, str]:
    """The course-2 references with each (exercise, code) appended to the exercise's file, plus extra files."""
    sources = attacked_sources()
    for exercise, attack in attacks:
        sources[FILE_OF[exercise]] += "\n\n" + attack + "\n"
    sources.update(extra or {})
    return sources


def gated(exercise: str, probe: str) -> str:
    """`exercise` returns the reference's answer only if `probe` (a function body returning a list of what it
    found) found something, else a wrong value: passing the exercise means the probe found something."""
    params = SIGNATURES[exercise]
    arguments = ", ".join(part.split("=")[0].strip() for part in params.split(","))
    return (f"_real_{exercise} = {exercise}\n\n"
            f"def _probe_{exercise}():\n{textwrap.indent(textwrap.dedent(probe).strip(), '    ')}\n\n"
            f"def {exercise}({params}):\n"
            f"    try:\n"
            f"        found = _probe_{exercise}()\n"
            f"    except BaseException as exc:\n"
            f"        found = []\n"
            f"        print('PROBE {exercise} raised', repr(exc))\n"
            f"    print('PROBE {exercise}:', found)\n"
            f"    return _real_{exercise}({arguments}) if found else 'nothing found'\n")


def once(exercise: str, body: str, otherwise: str = "return -1.0") -> str:
    """`exercise` runs `body` in its first case and returns a wrong answer in the others."""
    return (f"def {exercise}({SIGNATURES[exercise]}):\n    if {FIRST_CASE[exercise]}:\n"
            f"{textwrap.indent(textwrap.dedent(body).strip(), '        ')}\n    {otherwise}\n")


def describe(result, exercise: str) -> str:
    ex = by_id(result)[exercise]
    cases = "; ".join(f"{c.id}: {c.status} {c.message[:160]!r}" for c in ex.cases)
    probes = [line for line in result.output.splitlines() if line.startswith("PROBE")][:6]
    return f"{exercise} {ex.status} {ex.score}/{ex.max_score} [{cases}] output: {probes}"


def assert_gains_nothing(result, exercise: str, zero: bool = False) -> None:
    if exercise not in by_id(result):  # its assignment's file was not graded at all: nothing to gain there either
        print("attacked:", exercise, "not graded; assignments graded:", [item.name for item in result.assignments])
        return
    print("attacked:", describe(result, exercise))
    ex = by_id(result)[exercise]
    assert ex.status != PASSED and ex.score < ex.max_score, f"the attack passed: {describe(result, exercise)}"
    if zero:
        assert ex.score == 0, f"the probe found something in some case: {describe(result, exercise)}"


def assert_rest_passed(result, attacked) -> None:
    # (gradient_check calls its module's forward_propagation and backward_propagation: attacks leave those two alone)
    attacked = set(attacked)
    rest = [e for e in result.exercises if e.id not in attacked]
    assert len(rest) == len(FILE_OF) - len(attacked)
    broken = [describe(result, e.id) for e in rest if e.status != PASSED]
    assert not broken, f"{len(broken)} exercise(s) the attack did not target are no longer passed: {broken}"


def _processes_matching(needles: list[str]) -> list[str]:
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry.name}/cmdline", "rb") as handle:
                text = handle.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if any(needle in text for needle in needles):
            found.append(f"{entry.name}: {text[:160]}")
    return found


class Arena:
    """Runs one attack: a unique marker, a private temp folder for the run, an 'outside' folder, and the checks."""

    def __init__(self, grade, tmp_path: Path, monkeypatch, level: str):
        self._grade = grade
        self.level = level
        self.tmp_path = tmp_path
        self.marker = "attack" + uuid.uuid4().hex[:16]
        # The runner makes its run and package folders with tempfile: here they go into a folder of this
        # test, so the student processes are recognisable by path and leftovers are easy to see.
        self.scratch = tmp_path / "scratch"
        self.scratch.mkdir()
        monkeypatch.setattr(tempfile, "tempdir", str(self.scratch))
        self.outside = tmp_path / "outside"
        self.outside.mkdir()
        self.planted: set[str] = set()
        self.guarded = {path: path.read_bytes() for path in self._guarded_paths()}
        self.grader_cwd = Path.cwd()

    @staticmethod
    def _guarded_paths() -> list[Path]:
        paths = [GRADER_DIR / "__init__.py", GRADER_DIR / "sandbox" / "worker.py", HELPERS / "reg_utils.py", OPT_REFERENCE,
                 SOLUTIONS / "optimization" / "grading.py", REPO / "tests" / "conftest.py"]
        paths += sorted((HELPERS / "__pycache__").glob("*.pyc"))
        return [path for path in paths if path.is_file()]

    def run(self, files, timeout: float = 5.0):
        """Grade in a watchdog thread: a grader that hangs fails the test (its student processes are killed to free
        it) instead of hanging the suite; a grader that raises fails it too."""
        outcome: dict = {}

        def target():
            try:
                outcome["result"] = self._grade(files, timeout=timeout)
            except BaseException as exc:  # the grader itself must never fall over, whatever the student sends
                outcome["error"] = exc

        started = time.monotonic()
        thread = threading.Thread(target=target, name="grader-under-attack", daemon=True)
        thread.start()
        thread.join(BOUND_SECONDS)
        elapsed = time.monotonic() - started
        if thread.is_alive():
            frame = sys._current_frames().get(thread.ident)
            stack = "".join(traceback.format_stack(frame)[-6:]) if frame else "?"
            killed = self._kill_run_processes()
            thread.join(10)
            pytest.fail(f"the grader hung: no result after {BOUND_SECONDS:g} s (killed this run's student processes "
                        f"{killed} to free it); where the grader was stuck:\n{stack}")
        if "error" in outcome:
            exc = outcome["error"]
            frames = traceback.extract_tb(exc.__traceback__)
            shown = [f for f in frames if f"{os.sep}grader{os.sep}" in f.filename][-2:]
            if frames and (not shown or shown[-1] is not frames[-1]):
                shown.append(frames[-1])
            where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(shown))
            pytest.fail(f"the grader crashed: {type(exc).__name__}: {str(exc)[:300]} (at {where})")
        result = outcome["result"]
        print(f"isolation: {result.isolation}; graded in {elapsed:.1f} s")
        for line in dict.fromkeys(line for line in result.output.splitlines() if line.startswith("PROBE")):
            print("  student process said:", line[:300])
        assert result.isolation == self.level
        assert elapsed < BOUND_SECONDS, f"grading took {elapsed:.1f} s"
        assert len(result.output) <= OUTPUT_CAP + 1024, f"captured output not capped: {len(result.output)} chars"
        self.assert_clean()
        return result

    def _kill_run_processes(self) -> list[int]:
        """SIGKILL, by pid, the processes this test's grading started (recognised by this test's folder or marker)."""
        pids = [int(line.split(":")[0]) for line in _processes_matching([self.marker, str(self.scratch)])]
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        return pids

    def assert_clean(self) -> None:
        """No process of the run survives; its folders are gone; nothing written outside; grader files intact."""
        survivors = []
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline:
            survivors = _processes_matching([self.marker, str(self.scratch)])
            if not survivors:
                break
            time.sleep(0.1)
        leftovers = [p.name for p in self.scratch.iterdir() if p.name not in self.planted]
        changed = []
        for path, content in self.guarded.items():
            now = path.read_bytes() if path.exists() else None
            if now != content:
                changed.append(str(path))
                path.write_bytes(content)  # put it back before anything is asserted
        marked = self._marked_files()
        for path in marked:
            Path(path).unlink(missing_ok=True)
        assert not changed, f"student code modified the grader's files: {changed}"
        assert not marked, f"student code wrote files outside its run folder: {marked}"
        assert not survivors, f"processes of the run survived grading: {survivors}"
        assert not leftovers, f"the run left files behind in its temp folder: {leftovers}"

    def _marked_files(self) -> list[str]:
        found = []
        for top in (GRADER_DIR, SOLUTIONS):
            for folder, _, names in os.walk(top):
                found += [os.path.join(folder, n) for n in names if self.marker in n]
        for folder in (REPO, self.grader_cwd, self.outside, Path("/dev/shm"), Path("/tmp"), self.tmp_path):
            try:
                found += [str(p) for p in folder.iterdir() if self.marker in p.name]
            except OSError:
                pass
        return found

    def require(self, levels, what: str) -> None:
        if self.level not in levels:
            pytest.skip(f"isolation level {self.level!r} does not claim to stop {what} (README threat model)")


@pytest.fixture(scope="module")
def level(request) -> str:
    from grader.sandbox import levels

    chosen = levels.choose("auto").level
    line = f"attack suite: student code is confined with isolation level {chosen!r}"
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():  # shown in the test output, not captured
            reporter.ensure_newline()
            reporter.write_line(line)
    print(line)
    return chosen


@pytest.fixture
def arena(grade, tmp_path, monkeypatch, level):
    return Arena(grade, tmp_path, monkeypatch, level)


def test_isolation_level_is_reported(arena):
    """Not an attack: the level used is in every result, and CI (which installs bubblewrap) gets full isolation."""
    result = arena.run(attacked_sources())
    print(f"isolation: {result.isolation}")
    assert result.isolation in (BUBBLEWRAP, LANDLOCK, SECCOMP, PROCESS)
    assert_rest_passed(result, [])
    if os.environ.get("CI") == "true":
        assert result.isolation == BUBBLEWRAP, "CI installs bubblewrap as root: full isolation expected"


# ----------------------------------------------------------------------------------------------
# 1-4: fooling the comparison


def test_monkeypatching_numpy_comparisons_inside_student_code(arena):
    """Attack: np.allclose/isclose/array_equal and numpy.testing.assert_* patched to always agree, then a wrong
    answer."""
    attack = code('''
        import numpy as np
        import numpy.testing

        def update_lr(learning_rate0, epoch_num, decay_rate):
            np.allclose = lambda *a, **k: True
            np.isclose = lambda a, b, *r, **k: np.ones(np.shape(a), dtype=bool)
            np.array_equal = lambda *a, **k: True
            np.array_equiv = lambda *a, **k: True
            np.testing.assert_allclose = lambda *a, **k: None
            np.testing.assert_array_equal = lambda *a, **k: None
            np.testing.assert_almost_equal = lambda *a, **k: None
            return learning_rate0 * 1000.0 + 7
    ''')
    result = arena.run(with_attacks(("update_lr", attack)))
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])


def test_monkeypatching_numpy_at_load_time(arena):
    """Attack: numpy patched while the file loads (a class body, a decorator, a default argument), then a wrong
    answer."""
    attack = code('''
        import numpy as np
        import numpy.testing

        def _patch_numpy(function):
            np.array_equal = lambda *a, **k: True
            return function

        @_patch_numpy
        def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000,
                              _patch=setattr(np, "allclose", lambda *a, **k: True)):
            return -1.0

        class _PatchWhileLoading:
            np.isclose = lambda a, b, *r, **k: np.ones(np.shape(a), dtype=bool)
            np.testing.assert_allclose = lambda *a, **k: None
    ''')
    result = arena.run(with_attacks(("schedule_lr_decay", attack)))
    assert_gains_nothing(result, "schedule_lr_decay", zero=True)
    assert_rest_passed(result, ["schedule_lr_decay"])


def test_monkeypatching_builtins_inside_a_function(arena):
    """Attack: builtins isinstance/len/abs/round/max patched inside a function graded before 15 others, then a wrong
    answer."""
    attack = code('''
        import builtins

        def compute_cost_with_regularization(A3, Y, parameters, lambd):
            builtins.isinstance = lambda obj, kinds: True
            builtins.len = lambda obj: 1
            builtins.abs = lambda x: 0
            builtins.round = lambda x, n=None: 0
            builtins.max = lambda *a, **k: 0
            return {"cost": 0}
    ''')
    result = arena.run(with_attacks(("compute_cost_with_regularization", attack)))
    assert_gains_nothing(result, "compute_cost_with_regularization", zero=True)
    assert_rest_passed(result, ["compute_cost_with_regularization"])


def test_monkeypatching_builtins_at_load_time(arena):
    """Attack: a file whose class body patches isinstance/abs/round when it loads (graded before most others)."""
    attack = code('''
        import builtins

        def compute_cost_with_regularization(A3, Y, parameters, lambd):
            return {"cost": 0.0}

        class _PatchWhileLoading:
            builtins.isinstance = lambda obj, kinds: True
            builtins.abs = lambda x: 0
            builtins.round = lambda x, n=None: 0
    ''')
    # attack.py comes first in path order, so its compute_cost_with_regularization is the one graded.
    result = arena.run(with_attacks(extra={"attack.py": attack}))
    assert_gains_nothing(result, "compute_cost_with_regularization", zero=True)
    assert_rest_passed(result, ["compute_cost_with_regularization"])


def test_ndarray_subclass_overriding_comparisons(arena):
    """Attack: an ndarray subclass with wrong values whose __eq__/__array_ufunc__/__array_function__ always agree."""
    attack = code('''
        import numpy as np

        class _Agreeable(np.ndarray):
            def __eq__(self, other): return True
            def __ne__(self, other): return False
            def __bool__(self): return True
            def __array_ufunc__(self, ufunc, method, *inputs, **kwargs): return True
            def __array_function__(self, func, types, args, kwargs): return True
            def __array_finalize__(self, obj): self.agree = True

        _real_initialize_parameters_random = initialize_parameters_random

        def initialize_parameters_random(layers_dims):
            real = _real_initialize_parameters_random(layers_dims)
            return {key: np.full(value.shape, 7.0).view(_Agreeable) for key, value in real.items()}
    ''')
    result = arena.run(with_attacks(("initialize_parameters_random", attack)))
    assert_gains_nothing(result, "initialize_parameters_random", zero=True)
    assert_rest_passed(result, ["initialize_parameters_random"])


def test_objects_that_always_compare_equal_or_fake_their_class(arena):
    """Attack: returned objects whose __eq__ is always True, that claim to be a float or a dict via a __class__
    property, float/dict subclasses, an object with __array__, a 0-d object array."""
    attacks = {
        "compute_cost_with_regularization": '''
            class _FakeFloat:
                __class__ = property(lambda self: float)
                def __eq__(self, other): return True
                def __float__(self): return 0.5
                def __repr__(self): return "0.5"
            def compute_cost_with_regularization(A3, Y, parameters, lambd):
                return _FakeFloat()
        ''',
        "initialize_parameters_he": '''
            import numpy as _np
            class _FakeDict:
                __class__ = property(lambda self: dict)
                def __init__(self, real): self._real = real
                def __eq__(self, other): return True
                def keys(self): return self._real.keys()
                def items(self): return [(k, _np.zeros(v.shape) + 3) for k, v in self._real.items()]
                def __getitem__(self, key): return _np.zeros(self._real[key].shape) + 3
                def __iter__(self): return iter(self._real)
                def __len__(self): return len(self._real)
            _real_initialize_parameters_he = initialize_parameters_he
            def initialize_parameters_he(layers_dims):
                return _FakeDict(_real_initialize_parameters_he(layers_dims))
        ''',
        "update_lr": '''
            class _AgreeableFloat(float):
                def __eq__(self, other): return True
                def __ne__(self, other): return False
                def __sub__(self, other): return 0.0
                def __abs__(self): return 0.0
            def update_lr(learning_rate0, epoch_num, decay_rate):
                return _AgreeableFloat(-1.0)
        ''',
        "initialize_velocity": '''
            class _AgreeableDict(dict):
                def __eq__(self, other): return True
            def initialize_velocity(parameters):
                return _AgreeableDict(wrong=1.0)
        ''',
        "backward_propagation_with_regularization": '''
            import numpy as _np
            class _ArrayLike:
                def __eq__(self, other): return True
                def __array__(self, dtype=None, copy=None): return _np.array(-123.0)
                def __float__(self): return -123.0
            def backward_propagation_with_regularization(X, Y, cache, lambd):
                return _ArrayLike()
        ''',
        "update_parameters_with_adam": '''
            import numpy as _np
            class _Agree:
                def __eq__(self, other): return True
            def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999,
                                            epsilon=1e-8):
                return _np.array(_Agree(), dtype=object)
        ''',
    }
    result = arena.run(with_attacks(*[(name, code(text)) for name, text in attacks.items()]))
    for exercise in attacks:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


# ----------------------------------------------------------------------------------------------
# 5-14: exits, signals, hangs, bombs, crashes


def test_exits_at_load_time_and_inside_functions(arena):
    """Attack: sys.exit/os._exit/raise SystemExit at the top level (never run), in a class body (run while loading),
    and inside functions (sys.exit, os._exit, SystemExit, KeyboardInterrupt, SIGTERM to itself)."""
    top_level = "\nimport os, sys\nsys.exit(0)\nos._exit(0)\nraise SystemExit(0)\n"
    inside = {
        "update_lr": "import sys\ndef update_lr(learning_rate0, epoch_num, decay_rate):\n    sys.exit(0)\n",
        "schedule_lr_decay": ("def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):\n"
                              "    raise SystemExit('bye')\n"),
        "update_parameters_with_momentum": ("def update_parameters_with_momentum(parameters, grads, v, beta, "
                                            "learning_rate):\n    raise KeyboardInterrupt\n"),
        "initialize_adam": "import os\n" + once("initialize_adam", "os._exit(0)"),
        "update_parameters_with_gd": "import os, signal\n" + once("update_parameters_with_gd",
                                                                  "os.kill(os.getpid(), signal.SIGTERM)"),
    }
    load_time = code('''
        import os
        def initialize_velocity(parameters):
            return -1.0
        class _ExitWhileLoading:
            os._exit(0)
    ''')
    sources = with_attacks(*inside.items(), extra={"attack.py": load_time})
    sources["regularization.py"] = top_level + sources["regularization.py"] + top_level
    result = arena.run(sources)
    attacked = [*inside, "initialize_velocity"]
    for exercise in attacked:
        assert_gains_nothing(result, exercise, zero=True)
    assert "sys.exit(0)" in by_id(result)["update_lr"].cases[0].message
    assert_rest_passed(result, attacked)


def test_sigterm_ignored_plus_infinite_loop(arena):
    """Attack: ignore SIGTERM/SIGINT/SIGHUP/SIGQUIT/SIGXCPU, block every blockable signal, then loop forever."""
    attack = code('''
        import signal
        def update_lr(learning_rate0, epoch_num, decay_rate):
            for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT", "SIGXCPU", "SIGALRM", "SIGUSR1"):
                signal.signal(getattr(signal, name), signal.SIG_IGN)
            signal.pthread_sigmask(signal.SIG_BLOCK, set(signal.Signals))
            while True:
                pass
    ''')
    result = arena.run(with_attacks(("update_lr", attack)), timeout=HANG_TIMEOUT)
    assert by_id(result)["update_lr"].status == "timeout"
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])


def test_infinite_loops(arena):
    """Attack: while True; a busy loop that swallows every exception (and loops again in `finally`); blocking
    forever in time.sleep/Event.wait; an infinite loop in a class body run while the file loads."""
    attacks = {
        "initialize_parameters_zeros": "def initialize_parameters_zeros(layers_dims):\n    while True:\n        pass\n",
        "compute_cost_with_regularization": code('''
            def compute_cost_with_regularization(A3, Y, parameters, lambd):
                while True:
                    try:
                        while True:
                            sum(range(1000))
                    except BaseException:
                        pass
                    finally:
                        while True:
                            pass
        '''),
        "backward_propagation_with_dropout": code('''
            import threading, time
            def backward_propagation_with_dropout(X, Y, cache, keep_prob):
                threading.Event().wait()
                time.sleep(10 ** 6)
        '''),
    }
    load_time = code('''
        def update_lr(learning_rate0, epoch_num, decay_rate):
            return learning_rate0
        class _LoopWhileLoading:
            while True:
                pass
    ''')
    started = time.monotonic()
    result = arena.run(with_attacks(*attacks.items(), extra={"attack.py": load_time}), timeout=HANG_TIMEOUT)
    attacked = [*attacks, "update_lr"]
    for exercise in attacked:
        assert by_id(result)[exercise].status == "timeout", describe(result, exercise)
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacked)
    assert time.monotonic() - started < len(attacked) * (HANG_TIMEOUT + 3) + 10


def test_memory_bombs(arena):
    """Attack: bytearray(10**11), np.ones((10**6, 10**6)), [0] * 10**11, hoarding np.empty(10**8) until memory runs
    out."""
    attacks = {
        "initialize_velocity": "def initialize_velocity(parameters):\n    return bytearray(10 ** 11)\n",
        "initialize_adam": ("import numpy as np\ndef initialize_adam(parameters):\n"
                            "    return np.ones((10 ** 6, 10 ** 6))\n"),
        "update_parameters_with_gd": ("def update_parameters_with_gd(parameters, grads, learning_rate):\n"
                                      "    return [0] * 10 ** 11\n"),
        "update_lr": code('''
            import numpy as np
            def update_lr(learning_rate0, epoch_num, decay_rate):
                hoard = []
                while True:
                    hoard.append(np.empty(10 ** 8))
        '''),
    }
    result = arena.run(with_attacks(*attacks.items()))
    for exercise in attacks:
        assert by_id(result)[exercise].status == "error", describe(result, exercise)
        assert_gains_nothing(result, exercise, zero=True)
    assert "MemoryError" in by_id(result)["initialize_velocity"].cases[0].message
    assert_rest_passed(result, attacks)


def test_new_processes_are_blocked_and_none_survive(arena):
    """Attack: a fork loop, libc fork() through ctypes, subprocess.Popen, os.system, multiprocessing, posix_spawn
    and os.execv: each returns the right answer only if it managed to start a process."""
    arena.require(SYSCALLS_FILTERED, "new processes")
    m = arena.marker
    attacks = {
        "initialize_velocity": gated("initialize_velocity", '''
            import os, time
            started = []
            for _ in range(20):
                pid = os.fork()
                if pid == 0:
                    time.sleep(60)
                    os._exit(0)
                started.append(pid)
            return started
        '''),
        "random_mini_batches": gated("random_mini_batches", '''
            import ctypes, os, time
            pid = ctypes.CDLL(None, use_errno=True).fork()
            if pid == 0:
                time.sleep(60)
                os._exit(0)
            return [pid] if pid > 0 else []
        '''),
        "initialize_adam": gated("initialize_adam", code('''
            import subprocess
            return [subprocess.Popen(["sleep", "60", "@M@"]).pid]
        ''', M=m)),
        "update_parameters_with_gd": gated("update_parameters_with_gd", code('''
            import os
            return ["os.system"] if os.system("sleep 60 @M@ &") == 0 else []
        ''', M=m)),
        "update_lr": gated("update_lr", '''
            import multiprocessing, time
            process = multiprocessing.Process(target=time.sleep, args=(60,))
            process.start()
            return [process.pid]
        '''),
        "schedule_lr_decay": gated("schedule_lr_decay", code('''
            import os
            return [os.posix_spawn("/bin/sleep", ["sleep", "60", "@M@"], {})]
        ''', M=m)),
        "update_parameters_with_momentum": gated("update_parameters_with_momentum", code('''
            import os
            os.execv("/bin/sh", ["sh", "-c", "sleep 60 @M@"])
        ''', M=m)),
    }
    result = arena.run(with_attacks(*attacks.items()), timeout=HANG_TIMEOUT)
    for exercise in attacks:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


def test_recursion_bombs_and_self_referencing_results(arena):
    """Attack: sys.setrecursionlimit(10**6) then deep recursion in Python and in C (__getattr__ calling itself);
    returning a list that contains itself; returning a 10**5-deep nested dict."""
    attacks = {
        "update_lr": "import sys\nclass _Endless:\n    def __getattr__(self, name):\n"
                     "        return getattr(self, name)\n\n"
                     + once("update_lr", "sys.setrecursionlimit(10 ** 6)\nreturn _Endless().anything"),
        "schedule_lr_decay": "import sys\ndef _deeper(n):\n    return _deeper(n + 1) + 1\n\n"
                             + once("schedule_lr_decay", "sys.setrecursionlimit(10 ** 6)\nreturn _deeper(0)"),
        "initialize_velocity": "def initialize_velocity(parameters):\n    v = []\n    v.append(v)\n    return v\n",
        "initialize_adam": code('''
            def initialize_adam(parameters):
                deep = {}
                for _ in range(10 ** 5):
                    deep = {"dW1": deep}
                return deep, deep
        '''),
    }
    result = arena.run(with_attacks(*attacks.items()), timeout=HANG_TIMEOUT)
    for exercise in attacks:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


def test_huge_prints_are_capped_and_later_output_still_works(arena):
    """Attack: print('x' * 10**8) in a loop (past the 16 MiB output limit); a stderr flood with SIGXFSZ ignored.
    A later, correct exercise that prints a debug line must still pass."""
    attacks = {
        "initialize_parameters_zeros": code('''
            def initialize_parameters_zeros(layers_dims):
                for _ in range(100):
                    print("x" * 10 ** 8)
                return {}
        '''),
        "compute_cost_with_regularization": code('''
            import signal, sys
            def compute_cost_with_regularization(A3, Y, parameters, lambd):
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                for _ in range(100):
                    sys.stderr.write("y" * 10 ** 7)
                    sys.stderr.flush()
                return 0.0
        '''),
    }
    honest = code('''
        def update_lr(learning_rate0, epoch_num, decay_rate):
            print("debug: epoch", epoch_num)
            return learning_rate0 / (1 + decay_rate * epoch_num)
    ''')
    result = arena.run(with_attacks(*attacks.items(), ("update_lr", honest)))
    for exercise in attacks:
        assert by_id(result)[exercise].status == "error", describe(result, exercise)
        assert_gains_nothing(result, exercise, zero=True)
    assert len(result.output) <= OUTPUT_CAP
    assert_rest_passed(result, attacks)


def test_segfaults_and_aborts(arena):
    """Attack: ctypes.string_at(0), SIGSEGV sent to itself, os.abort(), faulthandler._sigsegv()."""
    attacks = {
        "update_lr": "import ctypes\n" + once("update_lr", "return ctypes.string_at(0)"),
        "initialize_velocity": "import os, signal\n" + once("initialize_velocity",
                                                            "os.kill(os.getpid(), signal.SIGSEGV)"),
        "initialize_adam": "import os\n" + once("initialize_adam", "os.abort()"),
        "update_parameters_with_gd": "import faulthandler\n" + once("update_parameters_with_gd",
                                                                    "faulthandler._sigsegv()"),
    }
    result = arena.run(with_attacks(*attacks.items()))
    for exercise in attacks:
        assert by_id(result)[exercise].status == "error", describe(result, exercise)
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


def test_input_fails_fast(arena):
    """Attack: input(), sys.stdin.read(), open('/dev/tty') waiting for a human."""
    attacks = {
        "update_lr": "def update_lr(learning_rate0, epoch_num, decay_rate):\n    return float(input('lr? '))\n",
        "schedule_lr_decay": ("import sys\ndef schedule_lr_decay(learning_rate0, epoch_num, decay_rate, "
                              "time_interval=1000):\n    return float(sys.stdin.read() or 'nan')\n"),
        "initialize_velocity": "def initialize_velocity(parameters):\n    return open('/dev/tty').read()\n",
    }
    result = arena.run(with_attacks(*attacks.items()), timeout=HANG_TIMEOUT)
    for exercise in attacks:
        assert by_id(result)[exercise].status in ("error", "failed"), describe(result, exercise)
        assert_gains_nothing(result, exercise, zero=True)
    assert "EOFError" in by_id(result)["update_lr"].cases[0].message
    assert_rest_passed(result, attacks)


def test_file_descriptor_exhaustion(arena):
    """Attack: open 10**5 files and keep them open in a global (the first graded function)."""
    attack = code('''
        import os
        _HOARD = []
        def initialize_parameters_zeros(layers_dims):
            for _ in range(10 ** 5):
                _HOARD.append(open(os.devnull))
            return {}
    ''')
    result = arena.run(with_attacks(("initialize_parameters_zeros", attack)))
    assert by_id(result)["initialize_parameters_zeros"].status == "error"
    assert_gains_nothing(result, "initialize_parameters_zeros", zero=True)
    assert_rest_passed(result, ["initialize_parameters_zeros"])


def test_huge_file_in_the_run_folder(arena):
    """Attack: write a 17 MiB file in the run folder (past the 16 MiB limit), also with SIGXFSZ ignored."""
    attacks = {
        "update_lr": code('''
            def update_lr(learning_rate0, epoch_num, decay_rate):
                with open("big-@M@.bin", "wb") as handle:
                    handle.write(b"0" * (17 * 1024 * 1024))
                return learning_rate0 / (1 + decay_rate * epoch_num)
        ''', M=arena.marker),
        "schedule_lr_decay": code('''
            import signal
            def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                with open("big2-@M@.bin", "wb") as handle:
                    handle.write(b"0" * (17 * 1024 * 1024))
                return 0.0
        ''', M=arena.marker),
    }
    result = arena.run(with_attacks(*attacks.items()))
    for exercise in attacks:
        assert by_id(result)[exercise].status == "error", describe(result, exercise)
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


def test_filling_the_disk_with_many_files_below_the_size_limit(arena):
    """Attack: many 15 MiB files (each under the 16 MiB limit) in the run folder (the grader's disk) and in the
    sandbox's /tmp and / (memory): each probe passes if it could write 128 MiB to one place (no total quota)."""
    arena.require(FILES_CONFINED, "filling the grader's disk")
    probe = '''
        import os
        folder = @FOLDER@
        written, block = 0, b"0" * (15 * 1024 * 1024)
        try:
            for index in range(9):
                with open(os.path.join(folder, f"fill-{index}.bin"), "wb") as handle:
                    handle.write(block)
                written += len(block)
        except OSError:
            pass
        finally:
            for index in range(9):
                try:
                    os.remove(os.path.join(folder, f"fill-{index}.bin"))
                except OSError:
                    pass
        return [f"{written >> 20} MiB in {folder}"] if written >= 128 * 1024 * 1024 else []
    '''
    attacks = {"update_lr": gated("update_lr", code(probe, FOLDER="os.getcwd()")),
               "schedule_lr_decay": gated("schedule_lr_decay", code(probe, FOLDER="'/tmp'")),
               "initialize_velocity": gated("initialize_velocity", code(probe, FOLDER="'/'"))}
    result = arena.run(with_attacks(*attacks.items()))
    for exercise in attacks:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


# ----------------------------------------------------------------------------------------------
# 13, 25, 27: forged replies and the protocol


def test_forged_reply_printed_to_stdout_and_stderr(arena):
    """Attack: print a JSON reply, and write a length-prefixed one to fd 1 and fd 2, then return a wrong answer."""
    attack = code('''
        import json, os, struct, sys
        def update_lr(learning_rate0, epoch_num, decay_rate):
            payload = json.dumps(@FORGED@).encode()
            print(payload.decode())
            print(json.dumps({"exercise": "update_lr", "status": "passed", "score": 1}))
            for fd in (1, 2):
                os.write(fd, struct.pack(">Q", len(payload)) + payload)
            sys.stdout.flush()
            return -1.0
    ''', FORGED=repr(FORGED_PASS))
    result = arena.run(with_attacks(("update_lr", attack)))
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])


def test_forged_replies_written_to_the_protocol_pipe(arena):
    """Attack: find the reply pipe (fstat of every fd, no /proc needed), write two well-formed forged replies with
    grader.sandbox.protocol.send and by hand, then return: every later reply of this process would be one behind."""
    attack = FIND_REPLY_PIPES + code('''
        from grader.sandbox import protocol as _protocol

        def initialize_parameters_zeros(layers_dims):
            for fd in _reply_pipes():
                _protocol.send(fd, @FORGED@)
            _forge(@FORGED@)
            return {"W1": -1.0}
    ''', FORGED=repr(FORGED_PASS))
    result = arena.run(with_attacks(("initialize_parameters_zeros", attack)))
    assert_gains_nothing(result, "initialize_parameters_zeros", zero=True)
    assert_rest_passed(result, ["initialize_parameters_zeros"])


def test_the_grader_cannot_be_deadlocked_by_a_forged_reply(arena):
    """Attack: in its first case, initialize_parameters_he writes a small forged reply to the protocol pipe, then every
    case returns a 2 MB array. The grader takes the forged reply as this call's, sends the next request, reads the
    stale one, and so on; when it sends the next file (over 64 KiB, the pipe's capacity) the student process is still
    blocked writing a 2 MB reply nobody reads: both wait forever unless sends have a deadline."""
    attack = FIND_REPLY_PIPES + code('''
        import numpy as np
        def initialize_parameters_he(layers_dims):
            if list(layers_dims) == [3, 2, 1]:
                _forge(@FORGED@)
            return np.zeros(250_000)
    ''', FORGED=repr(FORGED_PASS))
    sources = with_attacks(("initialize_parameters_he", attack))
    # (82,000 characters: over the pipe's 64 KiB, under the 100,000 characters of code a file may hold)
    sources["regularization.py"] += "\n# " + "a long comment, as in a notebook export " * 2000 + "\n"
    result = arena.run(sources)
    assert_gains_nothing(result, "initialize_parameters_he", zero=True)
    assert_rest_passed(result, ["initialize_parameters_he"])


@pytest.mark.parametrize("when", ["daemon_thread", "garbage_collected_del", "atexit_and_shutdown_del"])
def test_forged_replies_written_after_the_function_returned(arena, when):
    """Attack: a forged reply written to the protocol pipe after the graded function returned: by a daemon thread
    (while the grader waits for the next call), by __del__ of cyclic garbage collected later, or at shutdown
    (atexit, weakref.finalize, __del__ of a global that raises and prints a forged result)."""
    deferred = {
        "daemon_thread": '''
            import threading, time
            def _later():
                for _ in range(50):
                    time.sleep(0.02)
                    _forge(@FORGED@)
            def initialize_parameters_zeros(layers_dims):
                threading.Thread(target=_later, daemon=True).start()
                return {"W1": -1.0}
        ''',
        "garbage_collected_del": '''
            import gc
            class _Forger:
                def __del__(self):
                    _forge(@FORGED@)
            def initialize_parameters_zeros(layers_dims):
                for _ in range(20):
                    cycle = _Forger()
                    cycle.self = cycle  # collected later, during some other call
                del cycle
                return {"W1": -1.0}
        ''',
        "atexit_and_shutdown_del": '''
            import atexit, sys, weakref
            class _AtShutdown:
                def __del__(self):
                    _forge(@FORGED@)
                    print('{"status": "passed", "score": 100}')
                    raise RuntimeError("raised in __del__")
            _KEEP = []
            def initialize_parameters_zeros(layers_dims):
                _KEEP.append(_AtShutdown())
                atexit.register(_forge, @FORGED@)
                weakref.finalize(_KEEP[-1], _forge, @FORGED@)
                sys.stdout.write("forged output at the end\\n")
                return {"W1": -1.0}
        ''',
    }[when]
    attack = FIND_REPLY_PIPES + code(deferred, FORGED=repr(FORGED_PASS))
    result = arena.run(with_attacks(("initialize_parameters_zeros", attack)))
    assert_gains_nothing(result, "initialize_parameters_zeros", zero=True)
    assert_rest_passed(result, ["initialize_parameters_zeros"])


CRASHING_REPLIES = {
    # JSON nested deeper than the grader's recursion limit: json.loads raises RecursionError
    "deeply_nested_json": b'{"status": "returned", "value": ' + b"[" * 100000 + b"]" * 100000 + b"}",
    # json.loads raises ValueError (int max str digits), which is not a JSONDecodeError
    "integer_with_5000_digits": b'{"status": "returned", "value": {"t": "int", "v": ' + b"7" * 5000 + b"}}",
    "frames_not_a_list": b'{"status": "raised", "type": "X", "message": "m", "frames": 5}',
}
OTHER_MALFORMED_REPLIES = {
    "update_lr": b'{"status": "raised", "type": [], "message": {}, "frames": [{"file": [], "line": {}}]}',
    "schedule_lr_decay": b'{"status": "returned", "value": {"t": "ndarray", "npy": "' + b"A" * 64 + b'"}}',
    "initialize_velocity": b"[1, 2, 3]",
    "initialize_adam": b"\xff\xfe\xfd",
    "update_parameters_with_momentum": b'{"status": "returned", "value": {"t": "float", "v": NaN}}',
}


def _write_reply(payload: bytes) -> str:
    # (compressed: the 200 KB nesting as a literal would pass the 100,000 characters of code a file may hold)
    compressed = zlib.compress(payload)
    return f"os.write(fd, struct.pack('>Q', {len(payload)}) + __import__('zlib').decompress({compressed!r}))"


@pytest.mark.parametrize("kind", [*CRASHING_REPLIES, "length_header_then_nothing"])
def test_malformed_replies_do_not_crash_the_grader(arena, kind):
    """Attack: a reply forged on the protocol pipe, then os._exit(): JSON nested 100000 deep, a 5000-digit integer,
    'frames' that is not a list; or a header announcing 200 MiB followed by nothing (no exit)."""
    if kind == "length_header_then_nothing":
        body = "for fd in _reply_pipes():\n    os.write(fd, struct.pack('>Q', 200 * 1024 * 1024))\nreturn -1.0"
    else:
        body = f"for fd in _reply_pipes():\n    {_write_reply(CRASHING_REPLIES[kind])}\nos._exit(0)"
    attack = FIND_REPLY_PIPES + "import os, struct\n" + once("update_lr", body)
    result = arena.run(with_attacks(("update_lr", attack)), timeout=HANG_TIMEOUT)
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])


def test_other_malformed_replies_fail_only_their_exercise(arena):
    """Attack: forged replies with fields of the wrong types, an unreadable array, a JSON list, bytes that are not
    UTF-8, a NaN literal, and a garbage length header, each written to the protocol pipe followed by os._exit()."""
    attacks = {exercise: FIND_REPLY_PIPES + "import os, struct\n" + once(
        exercise, f"for fd in _reply_pipes():\n    {_write_reply(payload)}\nos._exit(0)")
        for exercise, payload in OTHER_MALFORMED_REPLIES.items()}
    attacks["update_parameters_with_gd"] = FIND_REPLY_PIPES + "import os\n" + once(
        "update_parameters_with_gd",
        "for fd in _reply_pipes():\n    os.write(fd, b'\\xff' * 8 + b'garbage')\nos._exit(0)")
    result = arena.run(with_attacks(*attacks.items()))
    for exercise in attacks:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


def test_a_process_exiting_right_after_its_reply_does_not_fail_the_next_exercise(arena):
    """Attack (on the student's own next exercise): in its last case, initialize_parameters_he sends its real answer
    itself on the protocol pipe and calls os._exit(0) before the grader's next request."""
    attack = FIND_REPLY_PIPES + code('''
        import os
        from grader.sandbox import plaindata, protocol
        _real_initialize_parameters_he = initialize_parameters_he

        def initialize_parameters_he(layers_dims):
            answer = _real_initialize_parameters_he(layers_dims)
            if list(layers_dims) == [2, 10, 5, 1]:
                for fd in _reply_pipes():
                    # the 4th case's reply, as the worker writes it (a reply names its exercise's place in
                    # the grading order, here the third, and its case's index)
                    protocol.send(fd, {"status": "returned", "value": plaindata.encode(answer), "exercise": 2,
                                       "case": 3})
                os._exit(0)
            return answer
    ''')
    result = arena.run(with_attacks(("initialize_parameters_he", attack)))
    assert_rest_passed(result, [])


def test_patching_the_workers_protocol_and_encoder(arena):
    """Attack: import the grader's own protocol and plaindata modules in the student process and patch them so the
    reply claims a pass (status 'passed', a score, a forged value) for this exercise's calls."""
    attack = code('''
        import grader.sandbox.plaindata, grader.sandbox.protocol
        _real_send = grader.sandbox.protocol.send

        def _forged_send(fd, message):
            message = dict(message, status="passed", passed=True, score=100, value={"t": "float", "v": 0.5})
            grader.sandbox.protocol.send = _real_send
            return _real_send(fd, message)

        def update_lr(learning_rate0, epoch_num, decay_rate):
            grader.sandbox.protocol.send = _forged_send
            return -1.0
    ''')
    result = arena.run(with_attacks(("update_lr", attack)))
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])


def test_del_raising_and_printing_at_interpreter_shutdown(arena):
    """Attack: a class whose __del__ raises and prints forged results when the interpreter shuts down, plus an
    atexit handler doing the same, then a wrong answer."""
    attack = code('''
        import atexit
        class _Loud:
            def __del__(self):
                print('{"status": "returned", "exercise": "update_lr", "passed": true}')
                raise SystemExit("from __del__")
        _KEEP = []
        def update_lr(learning_rate0, epoch_num, decay_rate):
            _KEEP.append(_Loud())
            atexit.register(print, "update_lr passed 1/1")
            return -1.0
    ''')
    result = arena.run(with_attacks(("update_lr", attack)))
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])


# ----------------------------------------------------------------------------------------------
# 15, 21, 27: leaks of references, expected values, secrets


def test_reading_the_references_from_disk(arena):
    """Attack: open the reference by its absolute path, by a path computed from grader.__file__, from the grader's
    cwd (/proc/<ppid>/cwd), and by walking the visible file system for reference.py; exec what it finds and
    return the reference's answer."""
    arena.require(FILES_CONFINED, "reading files outside the run folder")
    attack = code('''
        import os, time

        def _candidates():
            paths = [@REFERENCE@]
            try:
                import grader
                base = os.path.dirname(os.path.dirname(os.path.realpath(grader.__file__)))
                paths.append(os.path.join(base, "solutions", "optimization", "reference.py"))
                paths.append(os.path.join(os.path.dirname(grader.__file__), "..", "solutions", "optimization",
                                          "reference.py"))
            except Exception:
                pass
            for pid in ("self", str(os.getppid())):
                try:
                    paths.append(os.path.join(os.readlink(f"/proc/{pid}/cwd"), "solutions/optimization/reference.py"))
                except OSError:
                    pass
            deadline = time.monotonic() + 0.3
            for root in ("/work", "/root", "/home", "/opt", "/srv", "/tmp", "/usr/local"):
                for folder, subfolders, names in os.walk(root):
                    if time.monotonic() > deadline:
                        break
                    subfolders[:] = [d for d in subfolders if d not in ("proc", "sys", "dev", ".git")]
                    paths += [os.path.join(folder, n) for n in names if n == "reference.py"]
            return paths

        def update_lr(learning_rate0, epoch_num, decay_rate):
            for path in _candidates():
                try:
                    with open(path) as handle:
                        text = handle.read()
                    namespace = {}
                    exec(compile(text, path, "exec"), namespace)
                    answer = namespace["update_lr"](learning_rate0, epoch_num, decay_rate)
                except Exception:
                    continue
                print("PROBE update_lr: read", path)
                return answer
            return "nothing found"
    ''', REFERENCE=repr(str(OPT_REFERENCE)))
    result = arena.run(with_attacks(("update_lr", attack)))
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])


def test_importing_the_grading_material(arena):
    """Attack: import grader_solutions (the installed material), grader.material.load_material(), importlib on the
    reference's path, then use a reference's schedule_lr_decay to answer."""
    arena.require(FILES_CONFINED, "reading files outside the run folder")
    attack = code('''
        import importlib, importlib.util, os, sys

        def _reference_function():
            try:
                return importlib.import_module("grader_solutions.optimization.reference").schedule_lr_decay
            except Exception as exc:
                print("PROBE grader_solutions:", repr(exc)[:100])
            try:
                from grader.material.catalog import default_solutions_dir, load_material
                material = load_material(default_solutions_dir())
                for name, module in list(sys.modules.items()):
                    if hasattr(module, "schedule_lr_decay") and not name.startswith("submission"):
                        return module.schedule_lr_decay
            except Exception as exc:
                print("PROBE load_material:", repr(exc)[:100])
            try:
                import grader
                path = os.path.join(os.path.dirname(os.path.realpath(grader.__file__)), "..", "solutions",
                                    "optimization", "reference.py")
                spec = importlib.util.spec_from_file_location("stolen_reference", path)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                return module.schedule_lr_decay
            except Exception as exc:
                print("PROBE spec_from_file_location:", repr(exc)[:100])
            return None

        def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
            stolen = _reference_function()
            if stolen is None:
                return "nothing found"
            print("PROBE schedule_lr_decay: found", stolen.__module__)
            return stolen(learning_rate0, epoch_num, decay_rate, time_interval)
    ''')
    result = arena.run(with_attacks(("schedule_lr_decay", attack)))
    assert_gains_nothing(result, "schedule_lr_decay", zero=True)
    assert_rest_passed(result, ["schedule_lr_decay"])


def test_gc_and_frame_inspection_find_no_expected_values(arena):
    """Attack: walk gc.get_objects(), sys.modules, inspect.stack() and sys._getframe(n) callers' locals looking for the
    material (GradedExercise, Case, expected values) or a string that only the grader's process holds."""
    probe = code('''
        import gc, hashlib, inspect, sys
        wanted_types = {"GradedExercise", "Material", "Case", "KnownMistake", "Assignment", "Exercise", "Tolerance"}
        wanted_names = {"expected", "graded", "material", "mistake_outputs", "reference_files"}
        found = []
        def secret(value):
            return (type(value) is str and value.startswith("@PREFIX@")
                    and hashlib.sha256(value.encode()).hexdigest() == "@SHA@")
        for obj in gc.get_objects():
            if type(obj).__name__ in wanted_types:
                found.append("object " + type(obj).__name__)
            items = obj.values() if type(obj) is dict else obj if type(obj) in (list, tuple, set) else ()
            found += ["the grader's secret string" for item in items if secret(item)]
        found += ["module " + name for name in list(sys.modules) if "solution" in name or "grading" in name]
        frame = sys._getframe(1)
        while frame is not None:
            for key, value in list(frame.f_locals.items()):
                if key in wanted_names or type(value).__name__ in wanted_types or secret(value):
                    found.append(f"local {key} of {frame.f_code.co_name}")
            frame = frame.f_back
        for info in inspect.stack(0):
            found += [f"stack local {k}" for k in info.frame.f_locals if k in wanted_names]
        return found[:20]
    ''', PREFIX=SECRET_PREFIX, SHA=SECRET_SHA)
    result = arena.run(with_attacks(("initialize_velocity", gated("initialize_velocity", probe))))
    assert_gains_nothing(result, "initialize_velocity", zero=True)
    assert_rest_passed(result, ["initialize_velocity"])


def test_environment_holds_no_secrets(arena, monkeypatch):
    """Attack: look for a secret token the grader has in its environment (os.environ, /proc/self/environ, the parent's
    /proc/<ppid>/environ), and for environment variables beyond the few the runner sets."""
    token = "token-" + uuid.uuid4().hex
    monkeypatch.setenv("GRADER_SECRET_TOKEN", token)
    token_probe = code('''
        import os
        found = [key for key, value in os.environ.items() if "@TOKEN@" in value or key == "GRADER_SECRET_TOKEN"]
        for pid in ("self", str(os.getppid())):
            try:
                with open(f"/proc/{pid}/environ", "rb") as handle:
                    if b"@TOKEN@" in handle.read():
                        found.append(f"/proc/{pid}/environ")
            except OSError:
                pass
        return found
    ''', TOKEN=token)
    extra_probe = code('''
        import os
        allowed = {"PATH", "HOME", "TMPDIR", "PWD", "LANG", "LC_CTYPE", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                   "MKL_NUM_THREADS", "PYTHONDONTWRITEBYTECODE", "MPLBACKEND", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE",
                   "PYTHONHASHSEED"}
        print("PROBE environment keys:", sorted(os.environ))
        found = [key for key in os.environ if key not in allowed]
        found += [f"{key} mentions {text}" for key, value in os.environ.items()
                  for text in (@REPO@, "PYTEST", "GRADER_SECRET") if text in value]
        return found
    ''', REPO=repr(str(REPO)))
    attacks = {"update_lr": gated("update_lr", token_probe),
               "schedule_lr_decay": gated("schedule_lr_decay", extra_probe)}
    result = arena.run(with_attacks(*attacks.items()))
    for exercise in attacks:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


def test_reading_the_graders_memory_and_ptrace(arena):
    """Attack: scan the writable memory of every visible process through /proc/<pid>/mem for a string only the
    grader's process holds, and try PTRACE_ATTACH on the parent and other processes."""
    arena.require(FILES_CONFINED, "reading other processes' memory")
    probe = code('''
        import ctypes, hashlib, os, time
        found = []
        deadline = time.monotonic() + 2.0
        try:
            pids = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) != os.getpid()]
        except OSError:
            pids = []
        pids = sorted(set(pids + [os.getppid()]))
        prefix = b"@PREFIX@"
        for pid in pids:
            try:
                with open(f"/proc/{pid}/maps") as handle:
                    regions = [line.split() for line in handle]
                memory = open(f"/proc/{pid}/mem", "rb", buffering=0)
            except OSError:
                continue
            with memory:
                for region in regions:
                    if time.monotonic() > deadline or not region[1].startswith("rw"):
                        continue
                    start, end = (int(x, 16) for x in region[0].split("-"))
                    if end - start > 1 << 28:
                        continue
                    try:
                        memory.seek(start)
                        data = memory.read(end - start)
                    except (OSError, ValueError, OverflowError):
                        continue
                    at = data.find(prefix)
                    while at >= 0:
                        if hashlib.sha256(data[at:at + @LENGTH@]).hexdigest() == "@SHA@":
                            found.append(f"the grader's secret in the memory of pid {pid}")
                            break
                        at = data.find(prefix, at + 1)
        libc = ctypes.CDLL(None, use_errno=True)
        for pid in pids[:8]:
            if libc.ptrace(16, pid, 0, 0) == 0:  # PTRACE_ATTACH
                found.append(f"ptrace attach to {pid}")
                libc.ptrace(17, pid, 0, 0)  # PTRACE_DETACH
        return found
    ''', PREFIX=SECRET_PREFIX, SHA=SECRET_SHA, LENGTH=len(GRADER_ONLY_SECRET))
    exercise = "backward_propagation_with_regularization"
    result = arena.run(with_attacks((exercise, gated(exercise, probe))))
    assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, [exercise])


def test_other_students_run_folders_are_invisible(arena):
    """Attack: look next to its own run folder (and in /tmp) for other students' run folders and read their files."""
    arena.require(FILES_CONFINED, "reading files outside the run folder")
    other = arena.scratch / "grade-run-other" / "submission"
    other.mkdir(parents=True)
    (other / "answers.py").write_text(f"# OTHER-STUDENT-{arena.marker}\n")
    arena.planted.add("grade-run-other")
    probe = '''
        import os, time
        found = []
        mine = os.path.realpath(os.getcwd())
        deadline = time.monotonic() + 1.0
        for top in (os.path.dirname(mine), os.path.dirname(os.path.dirname(mine)), "/tmp"):
            for folder, _, names in os.walk(top):
                if time.monotonic() > deadline:
                    break
                if os.path.realpath(folder).startswith(mine):
                    continue
                for name in names:
                    try:
                        with open(os.path.join(folder, name), "rb") as handle:
                            if b"OTHER-STUDENT-" in handle.read(4096):
                                found.append(os.path.join(folder, name))
                    except OSError:
                        pass
        return found
    '''
    exercise = "forward_propagation_with_dropout"
    result = arena.run(with_attacks((exercise, gated(exercise, probe))))
    assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, [exercise])


def test_symlinks_out_of_the_submission(arena):
    """Attack: optimization.py is a symlink to solutions/optimization/reference.py (full marks if followed); also a
    symlink to /etc/passwd, a relative ../ symlink and a symlinked folder of the solutions."""
    folder = arena.tmp_path / "submission"
    folder.mkdir()
    for name, source in attacked_sources().items():
        if name != "optimization.py":
            (folder / name).write_text(source)
    (folder / "optimization.py").symlink_to(OPT_REFERENCE)
    (folder / "passwd.py").symlink_to("/etc/passwd")
    (folder / "up.py").symlink_to(os.path.relpath(OPT_REFERENCE, folder))
    (folder / "stolen").symlink_to(SOLUTIONS / "optimization", target_is_directory=True)
    result = arena.run(folder)
    optimization = [name for name, file in FILE_OF.items() if file == "optimization.py"]
    for exercise in optimization:
        assert_gains_nothing(result, exercise, zero=True)
    problems = " | ".join(result.problems)
    for name in ("optimization.py", "passwd.py", "up.py"):
        assert f"{name}: skipped" in problems, problems
    assert_rest_passed(result, optimization)


def test_network_connections_are_blocked(arena):
    """Attack: connect to a TCP listener and send to a UDP socket the test opens on 127.0.0.1, and to Unix sockets it
    binds (a path and the abstract namespace): the probe passes if any connection succeeds."""
    arena.require(SYSCALLS_FILTERED, "network access")
    received: list[str] = []
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.bind(("127.0.0.1", 0))
    tcp.listen(8)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    unix_path = arena.tmp_path / "listen.sock"
    unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    unix.bind(str(unix_path))
    unix.listen(8)
    abstract_name = "\0grader-attack-" + arena.marker
    abstract = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    abstract.bind(abstract_name)
    abstract.listen(8)
    listeners = {tcp: "tcp", udp: "udp", unix: "unix", abstract: "abstract"}
    stop = threading.Event()

    def listen():
        while not stop.is_set():
            ready, _, _ = select.select(list(listeners), [], [], 0.1)
            for sock in ready:
                if sock is udp:
                    received.append("udp: " + repr(sock.recv(100)))
                else:
                    connection, _ = sock.accept()
                    received.append(listeners[sock])
                    connection.close()

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    probe = code('''
        import socket
        found = []
        targets = [("tcp", socket.AF_INET, ("127.0.0.1", @TCP@)), ("unix", socket.AF_UNIX, @UNIX@),
                   ("abstract", socket.AF_UNIX, @ABSTRACT@)]
        for kind, family, address in targets:
            try:
                with socket.socket(family, socket.SOCK_STREAM) as sock:
                    sock.settimeout(0.5)
                    sock.connect(address)
                    sock.sendall(b"@M@")
                    found.append(kind)
            except OSError:
                pass
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
                sock.sendto(b"@M@", ("127.0.0.1", @UDP@))
        except OSError:
            pass
        return found
    ''', TCP=tcp.getsockname()[1], UDP=udp.getsockname()[1], UNIX=repr(str(unix_path)),
                 ABSTRACT=repr(abstract_name), M=arena.marker)
    try:
        result = arena.run(with_attacks(("update_lr", gated("update_lr", probe))))
        time.sleep(0.2)
    finally:
        stop.set()
        thread.join(2)
        for sock in listeners:
            sock.close()
    assert not received, f"the test's listeners received connections from student code: {received}"
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])


# ----------------------------------------------------------------------------------------------
# 14, 19: writing outside the run folder


def test_writing_files_outside_the_run_folder(arena):
    """Attack: create files in an outside folder, the repository, /dev/shm and /tmp; append to grader/__init__.py, the
    course helper reg_utils.py and a grading.py; poison the helpers' __pycache__ (code the grader would import)."""
    arena.require(FILES_CONFINED, "writing files outside the run folder")
    m = arena.marker
    pyc = sorted((HELPERS / "__pycache__").glob("reg_utils.*.pyc"))
    probe = code('''
        import os
        found = []
        creates = [@OUTSIDE@ + "/pwned-@M@.txt", @REPO@ + "/pwned-@M@.txt", @GRADER@ + "/pwned-@M@.py",
                   @HELPERS@ + "/__pycache__/pwned-@M@.pyc", "/dev/shm/pwned-@M@"]
        appends = [@GRADER@ + "/__init__.py", @HELPERS@ + "/reg_utils.py", @GRADING@] + @PYC@
        for path in creates:  # may succeed inside the sandbox's private root: checked from the host instead
            try:
                with open(path, "w") as handle:
                    handle.write("@M@")
                print("PROBE created (in some file system)", path)
            except OSError:
                pass
        for path in appends:
            try:
                with open(path, "a") as handle:
                    handle.write("\\n# @M@\\n")
                found.append(path)
            except OSError:
                pass
        try:
            with open("/tmp/pwned-@M@", "w") as handle:  # the sandbox's own /tmp is fine; the host's is checked
                handle.write("@M@")
        except OSError:
            pass
        return found
    ''', M=m, OUTSIDE=repr(str(arena.outside)), REPO=repr(str(REPO)), GRADER=repr(str(GRADER_DIR)),
                 HELPERS=repr(str(HELPERS)), GRADING=repr(str(SOLUTIONS / "optimization" / "grading.py")),
                 PYC=repr([str(p) for p in pyc]))
    result = arena.run(with_attacks(("update_lr", gated("update_lr", probe))))
    assert_gains_nothing(result, "update_lr", zero=True)
    assert_rest_passed(result, ["update_lr"])
    assert not list(arena.outside.iterdir())


def test_daemon_thread_writing_results_after_grading(arena):
    """Attack: a daemon thread that keeps writing a results.json claiming full marks into its cwd, the grader's cwd
    (known or found through /proc/<ppid>/cwd), the repository and an outside folder, after the function returned."""
    arena.require(FILES_CONFINED, "writing files outside the run folder")
    targets = [arena.grader_cwd / "results.json", REPO / "results.json", arena.outside / "results.json",
               GRADER_DIR / "results.json"]
    before = {path: path.read_bytes() if path.exists() else None for path in targets}
    attack = code('''
        import json, os, threading, time
        def _keep_writing():
            targets = ["results.json"] + @TARGETS@
            try:
                targets.append(os.path.join(os.readlink(f"/proc/{os.getppid()}/cwd"), "results.json"))
            except OSError:
                pass
            while True:
                for path in targets:
                    try:
                        with open(path, "w") as handle:
                            json.dump({"score": @FULL@, "max_score": @FULL@, "marker": "@M@"}, handle)
                    except OSError:
                        pass
                time.sleep(0.01)
        def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
            threading.Thread(target=_keep_writing, daemon=True).start()
            return -1.0
    ''', TARGETS=repr([str(p) for p in targets]), M=arena.marker, FULL=score_text(points_of(course=2)))
    result = arena.run(with_attacks(("schedule_lr_decay", attack)))
    time.sleep(0.5)  # a thread that outlived the grading would have written by now
    arena.assert_clean()
    written = []
    for path, content in before.items():
        now = path.read_bytes() if path.exists() else None
        if now != content:
            written.append(str(path))
            path.unlink() if content is None else path.write_bytes(content)
    assert not written, f"student code wrote {written}"
    assert_gains_nothing(result, "schedule_lr_decay", zero=True)
    assert_rest_passed(result, ["schedule_lr_decay"])


# ----------------------------------------------------------------------------------------------
# 20, 22, 26: the grader, other exercises, other students


def test_sitecustomize_fake_numpy_and_fake_helpers_have_no_effect(arena):
    """Attack: ship sitecustomize.py/usercustomize.py (patch numpy, write files), a fake numpy.py, a fake reg_utils.py
    whose compute_cost is wrong, a fake grader/ package and a .pth file: the real helper must still be used."""
    m = arena.marker
    payload = code('''
        import builtins, os
        try:
            open(@OUTSIDE@ + "/sitecustomize-ran-@M@", "w").close()
        except OSError:
            pass
        open("sitecustomize-ran-@M@", "w").close()
        import numpy
        numpy.allclose = lambda *a, **k: True
        builtins.abs = lambda x: 0
    ''', M=m, OUTSIDE=repr(str(arena.outside)))
    extra = {
        "sitecustomize.py": payload,
        "usercustomize.py": payload,
        "numpy.py": "def allclose(*a, **k):\n    return True\ndef dot(a, b):\n    return 0\n",
        "reg_utils.py": "def compute_cost(a3, Y):\n    return 42.0\n",
        "init_utils.py": "def relu(x):\n    return 0\n",
        "grader/__init__.py": "",
        "grader/sandbox/__init__.py": "",
        "grader/sandbox/plaindata.py": "def encode(value, depth=0):\n    return {'t': 'float', 'v': 0.5}\n",
        "evil.pth": f"import os; open('{arena.outside}/pth-ran-{m}', 'w')\n",
    }
    result = arena.run(with_attacks(extra=extra))
    # compute_cost_with_regularization passes only with the real compute_cost (the fake returns 42).
    assert by_id(result)["compute_cost_with_regularization"].status == PASSED
    assert_rest_passed(result, [])
    assert not list(arena.outside.iterdir())


@pytest.mark.parametrize("mutation", ["reseed", "seed_disabled", "seterr_raise", "random_functions_replaced",
                                      "builtin_replaced", "helper_replaced"])
def test_numpy_global_state_mutations_do_not_leak_into_other_exercises(arena, mutation):
    """Attack: the first graded function returns the right answer but changes numpy's global state for the functions
    graded after it: reseeding, np.random.seed made a no-op, np.seterr(all='raise'), np.random.rand/randn/
    permutation replaced; or builtins.range, or the course helper reg_utils.compute_cost (which the regularization
    file, loaded later in the same child, imports)."""
    change = {
        "builtin_replaced": "import builtins\n    builtins.range = lambda *a: []",
        "helper_replaced": "import reg_utils\n    reg_utils.compute_cost = lambda *a, **k: 42.0",
        "reseed": "np.random.seed(12345)\n    np.random.rand(1000)",
        "seed_disabled": "np.random.set_state(np.random.RandomState(999).get_state())\n"
                         "    np.random.seed = lambda *a, **k: None",
        "seterr_raise": "np.seterr(all='raise')",
        "random_functions_replaced": "np.random.rand = lambda *shape: np.full(shape, 0.99)\n"
                                     "    np.random.randn = lambda *shape: np.full(shape, 3.0)\n"
                                     "    np.random.permutation = lambda n: np.arange(n)[::-1]",
    }[mutation]
    attack = ("import numpy as np\n_real_initialize_parameters_zeros = initialize_parameters_zeros\n\n"
              "def initialize_parameters_zeros(layers_dims):\n"
              "    answer = _real_initialize_parameters_zeros(layers_dims)\n"
              "    if list(layers_dims) == [2, 10, 5, 1]:  # its last case: the exercises after it are the target\n"
              f"        {change.replace(chr(10) + '    ', chr(10) + '        ')}\n"
              "    return answer\n")
    result = arena.run(with_attacks(("initialize_parameters_zeros", attack)))
    assert_rest_passed(result, [])


def test_killing_the_grader_and_other_processes(arena):
    """Attack: SIGKILL the parent (the grader, or whatever is above in the sandbox), kill(-1), kill every visible pid,
    SIGSTOP the parent, kill pid 1 and the own process group; a sentinel process the test started must survive."""
    arena.require(SYSCALLS_FILTERED, "signals to other processes")
    attacks = {
        "update_lr": ("import os, signal\ndef update_lr(learning_rate0, epoch_num, decay_rate):\n"
                      "    os.kill(os.getppid(), signal.SIGKILL)\n    return -1.0\n"),
        "initialize_velocity": ("import os, signal\ndef initialize_velocity(parameters):\n"
                                "    os.kill(-1, signal.SIGKILL)\n    return -1.0\n"),
        "initialize_adam": code('''
            import os, signal
            def initialize_adam(parameters):
                for pid in os.listdir("/proc"):
                    if pid.isdigit() and int(pid) != os.getpid():
                        try:
                            os.kill(int(pid), signal.SIGKILL)
                        except OSError:
                            pass
                return -1.0
        '''),
        "update_parameters_with_gd": ("import os, signal\n"
                                      "def update_parameters_with_gd(parameters, grads, learning_rate):\n"
                                      "    os.kill(os.getppid(), signal.SIGSTOP)\n    return -1.0\n"),
        "random_mini_batches": ("import os, signal\ndef random_mini_batches(X, Y, mini_batch_size=64, seed=0):\n"
                                "    os.kill(1, signal.SIGKILL)\n    return -1.0\n"),
        "schedule_lr_decay": ("import os, signal\ndef schedule_lr_decay(learning_rate0, epoch_num, decay_rate, "
                              "time_interval=1000):\n    os.killpg(0, signal.SIGKILL)\n    return -1.0\n"),
    }
    sentinel = subprocess.Popen(["sleep", "120"])
    try:
        result = arena.run(with_attacks(*attacks.items()), timeout=HANG_TIMEOUT)
        assert sentinel.poll() is None, "student code killed a process outside its sandbox"
        assert _state(sentinel.pid) != "T", "student code stopped a process outside its sandbox"
    finally:
        sentinel.kill()
        sentinel.wait()
    for exercise in attacks:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)


def _state(pid: int) -> str:
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().rsplit(")", 1)[1].split()[0]


def test_a_class_run_cannot_be_influenced_across_students(arena):
    """Attack: a first student ships a helper module that monkeypatches numpy and builtins, a sitecustomize.py, a fake
    reg_utils.py, and leaves a background thread running; a second, correct student graded next in the same grader
    process gets full marks."""
    m = arena.marker
    attacker = arena.tmp_path / "attacker"
    attacker.mkdir()
    files = with_attacks(("update_lr", code('''
        def update_lr(learning_rate0, epoch_num, decay_rate):
            import mylib
            mylib.sabotage()
            return -1.0
    ''')), extra={
        "mylib.py": code('''
            import builtins, os, sys, threading, time
            import numpy as np
            def _forever():
                while True:
                    np.dot = lambda a, b: 0
                    for path in ("/tmp/sitecustomize.py", os.path.expanduser("~/sitecustomize.py"),
                                 @OUTSIDE@ + "/sitecustomize.py"):
                        try:
                            with open(path, "w") as handle:
                                handle.write("import numpy; numpy.dot = lambda a, b: 0  # @M@")
                        except OSError:
                            pass
                    time.sleep(0.01)
            def sabotage():
                np.allclose = lambda *a, **k: True
                np.random.seed = lambda *a, **k: None
                builtins.abs = lambda x: 0
                sys.modules["reg_utils"] = sys.modules[__name__]
                threading.Thread(target=_forever, daemon=True).start()
        ''', M=m, OUTSIDE=repr(str(arena.outside))),
        "sitecustomize.py": "import numpy\nnumpy.dot = lambda a, b: 0\n",
        "reg_utils.py": "def compute_cost(a3, Y):\n    return 42.0\n",
    })
    for name, source in files.items():
        (attacker / name).write_text(source)
    first = arena.run(attacker)
    assert_gains_nothing(first, "update_lr", zero=True)
    honest = arena.tmp_path / "honest"
    honest.mkdir()
    for name, source in attacked_sources().items():
        (honest / name).write_text(source)
    second = arena.run(honest)
    assert_rest_passed(second, [])
    assert sum(e.score for e in second.exercises) == sum(e.max_score for e in second.exercises)
    littered = [str(path) for path in (Path("/tmp/sitecustomize.py"), arena.outside / "sitecustomize.py")
                if path.is_file() and m in path.read_text(errors="replace")]
    for path in littered:
        Path(path).unlink()
    if arena.level in FILES_CONFINED:
        assert not littered, f"the first student's thread wrote {littered}"


def test_weird_returned_values_do_not_crash_the_comparison_or_the_reports(arena):
    """Attack on the grader's comparison and reports: NaN, inf, float16 at its maximum, values near 1e308 (overflow
    in differences), uint64 extremes, int64 minimum, empty arrays, a bool where a number is expected, the wrong
    nesting; the HTML and terminal reports of the result must render."""
    def transformed(exercise, expression):
        params = SIGNATURES[exercise]
        arguments = ", ".join(part.split("=")[0].strip() for part in params.split(","))
        return (exercise, f"import numpy as np\n_real_{exercise} = {exercise}\n"
                          f"def {exercise}({params}):\n    real = _real_{exercise}({arguments})\n"
                          f"    return {expression}\n")
    attacks = [
        ("update_lr", "def update_lr(learning_rate0, epoch_num, decay_rate):\n    return float('nan')\n"),
        ("schedule_lr_decay", "def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):\n"
                              "    return float('-inf')\n"),
        transformed("initialize_parameters_zeros", "{k: np.full(v.shape, 65504, np.float16) for k, v in real.items()}"),
        transformed("initialize_parameters_he", "{k: np.full(v.shape, (-1) ** i * 1.7e308) for i, (k, v) in "
                                                "enumerate(real.items())}"),
        transformed("initialize_parameters_random", "{k: np.full(v.shape, 2 ** 64 - 1, np.uint64) for k, v in "
                                                    "real.items()}"),
        transformed("initialize_velocity", "{k: np.zeros((0,) * v.ndim) for k, v in real.items()}"),
        transformed("update_parameters_with_gd", "{k: np.where(np.arange(v.size).reshape(v.shape) % 2, np.inf, np.nan)"
                                                 " for k, v in real.items()}"),
        transformed("compute_cost_with_regularization", "np.float16(real) * np.float16(1000)"),
        transformed("backward_propagation_with_regularization", "np.int64(-2 ** 63)"),
        transformed("forward_propagation_with_dropout", "True"),
        transformed("initialize_adam", "((), ())"),
        transformed("update_parameters_with_momentum", "({'W1': np.zeros((1,) * 32)}, [[[[real]]]])"),
        transformed("random_mini_batches", "[()] * 10000"),
        transformed("backward_propagation_with_dropout", "{k: np.full(np.shape(v), np.finfo(float).tiny / 3) "
                                                         "for k, v in real.items()}"),
    ]
    result = arena.run(with_attacks(*attacks))
    attacked = [exercise for exercise, _ in attacks]
    for exercise in attacked:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacked)
    from grader.reports import feedback, terminal

    assert "update_lr" in feedback.render(result)
    assert "update_lr" in terminal.render(result)


def test_report_injection_through_messages_and_output(arena):
    """Attack on whoever reads the reports: exception messages, printed output and dict keys carrying HTML/script
    tags and terminal control sequences (clear screen, cursor moves, a carriage return over a forged line)."""
    payload = "<script>alert('@M@')</script><img src=x onerror=alert(1)>\x1b[2J\x1b[1A\r  update_lr passed 1/1\x07"
    attacks = {
        "update_lr": code('''
            def update_lr(learning_rate0, epoch_num, decay_rate):
                print(@PAYLOAD@)
                raise ValueError(@PAYLOAD@)
        ''', PAYLOAD=repr(payload).replace("@M@", arena.marker)),
        "initialize_velocity": code('''
            import numpy as np
            def initialize_velocity(parameters):
                if len(parameters) > 4:
                    raise type(@PAYLOAD@, (Exception,), {})(@PAYLOAD@)
                return {@PAYLOAD@: np.zeros(1)}
        ''', PAYLOAD=repr(payload).replace("@M@", arena.marker)),
    }
    result = arena.run(with_attacks(*attacks.items()))
    for exercise in attacks:
        assert_gains_nothing(result, exercise, zero=True)
    assert_rest_passed(result, attacks)
    from grader.reports import feedback, terminal

    html = feedback.render(result)
    assert "<script>alert" not in html and "<img src=x" not in html, "student text reached the HTML unescaped"
    terminal = terminal.render(result, color=False)
    controls = sorted({repr(ch) for ch in terminal if ch in "\x1b\r\x07"})
    assert not controls, f"student text put terminal control characters {controls} into the terminal report"
