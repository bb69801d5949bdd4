"""Student code cannot take over the sandbox's PID 1, keep root's capabilities, plant code for the next student
in a reused process, or get a different grade from one run to the next (string hashing)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import SOLUTIONS, by_id, reference_sources
from grader.sandbox import levels
from grader.pipeline import grade_submission
from grader.sandbox.runner import StudentProcess

GRADE = [sys.executable, "-m", "grader.cli"]
CONFINING = (levels.BUBBLEWRAP, levels.LANDLOCK, levels.SECCOMP)
REUSING = (levels.BUBBLEWRAP, levels.LANDLOCK)


def confinement(level: str) -> levels.Confinement:
    try:
        return levels.choose(level)
    except levels.SandboxUnavailable as reason:
        pytest.skip(str(reason))


def with_function(source: str) -> dict[str, str]:
    """Every reference, with optimization.py's update_lr replaced by source (a later def wins)."""
    files = reference_sources()
    files["optimization.py"] += "\n\n" + textwrap.dedent(source)
    return files


def grade_files(tmp_path, files: dict[str, str], level: str, name: str = "submission"):
    folder = tmp_path / name
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    from grader.material.catalog import load_material
    with StudentProcess(confinement(level)) as process:
        return grade_submission(folder, load_material(SOLUTIONS), timeout=10.0, process=process)


def reported(result, exercise: str = "update_lr") -> str:
    """What the probe reported: the message of the exercise's first (public) case."""
    return by_id(result)[exercise].cases[0].message


def test_pid_1_of_the_sandbox_cannot_be_written_or_signalled(tmp_path):
    """The review's attack: under bubblewrap, bwrap's own init was PID 1, dumpable and without a seccomp filter:
    the child wrote code into /proc/1/mem. PID 1 must be the (non-dumpable) supervisor, which no child can write,
    signal or trace."""
    confinement(levels.BUBBLEWRAP)
    probe = '''
    def update_lr(learning_rate0, epoch_num, decay_rate):
        import ctypes, os, signal
        got = []
        try:
            with open("/proc/1/mem", "r+b", buffering=0) as memory:
                got.append("opened /proc/1/mem for writing")
        except OSError as exc:
            got.append(f"mem: {type(exc).__name__}")
        try:
            os.kill(1, signal.SIGKILL)
            got.append("signalled pid 1")
        except OSError as exc:
            got.append(f"kill: {type(exc).__name__}")
        with open("/proc/1/cmdline", "rb") as cmdline:
            got.append("pid 1 is the supervisor" if b"worker.py" in cmdline.read() else "pid 1 is another program")
        raise RuntimeError("PROBE " + "; ".join(got))
    '''
    result = grade_files(tmp_path, with_function(probe), levels.BUBBLEWRAP)
    message = reported(result)
    assert "PROBE" in message, message
    assert "opened /proc/1/mem" not in message and "signalled pid 1" not in message, message
    assert "pid 1 is the supervisor" in message, message
    assert result.isolation == levels.BUBBLEWRAP
    others = [exercise for exercise in result.exercises if exercise.id != "update_lr"]
    assert all(exercise.status == "passed" for exercise in others)


def _sandbox_processes(marker: str) -> list[str]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                    if marker.encode() in cmdline.read():
                        found.append(entry)
            except OSError:
                pass
    return found


@pytest.mark.parametrize("level", CONFINING)
def test_every_process_of_a_sandbox_ends_with_the_submission(tmp_path, level):
    """No process of the sandbox outlives grading: not the child, not the supervisor, not bwrap."""
    confinement(level)
    probe = '''
    def update_lr(learning_rate0, epoch_num, decay_rate):
        import threading, time
        try:
            threading.Thread(target=time.sleep, args=(60,)).start()
        except RuntimeError:
            pass
        return learning_rate0 / (1 + decay_rate * epoch_num)
    '''
    folder = tmp_path / "class"
    folder.mkdir()
    for file, text in with_function(probe).items():
        (folder / file).write_text(text, encoding="utf-8")
    scratch = tmp_path / "scratch"  # the run's temporary folders, named on every sandbox process's command line
    scratch.mkdir()
    run = subprocess.run([*GRADE, str(folder), "--no-html", "--sandbox", level], capture_output=True, text=True,
                         timeout=300, env={**os.environ, "TMPDIR": str(scratch)})
    assert run.returncode == 0, run.stderr
    assert _sandbox_processes(str(scratch)) == []
    assert list(scratch.iterdir()) == []


CAPABILITY_PROBE = '''
def update_lr(learning_rate0, epoch_num, decay_rate):
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]
    header, data = Header(0x20080522, 0), (Data * 2)()
    libc.capget(ctypes.byref(header), data)
    effective = data[0].effective | data[1].effective << 32
    permitted = data[0].permitted | data[1].permitted << 32
    bounding = [cap for cap in range(64) if libc.prctl(23, cap, 0, 0, 0) == 1]  # PR_CAPBSET_READ
    if effective or permitted or bounding:
        raise RuntimeError(f"PROBE capabilities kept: effective {effective:x}, permitted {permitted:x}, "
                           f"bounding {bounding}")
    return learning_rate0 / (1 + decay_rate * epoch_num)
'''


@pytest.mark.parametrize("level", (*CONFINING, levels.PROCESS))
def test_student_code_keeps_no_capabilities(tmp_path, level):
    """The review's attack: at the landlock level a child of a root grader kept root's capabilities (it set the
    host's hostname). Student code must have none, and none in its bounding set, at every level but none."""
    result = grade_files(tmp_path, with_function(CAPABILITY_PROBE), level)
    assert by_id(result)["update_lr"].status == "passed", reported(result)


PLANT = '''
def update_lr(learning_rate0, epoch_num, decay_rate):
    import fcntl, os, struct, sys
    done = []
    for folder in dict.fromkeys([sys.path[0], os.getcwd(), os.path.expanduser("~"), os.environ.get("TMPDIR", "/tmp"),
                                 os.path.dirname(os.getcwd())]):
        target = os.path.join(folder, "matplotlib")
        try:
            os.makedirs(os.path.join(target, "pyplot"), exist_ok=True)
            for name in ("__init__.py", os.path.join("pyplot", "__init__.py")):
                with open(os.path.join(target, name), "w") as planted:
                    planted.write("import numpy\\nnumpy.random.seed = None\\nnumpy.sum = None\\n"
                                  "raise SystemExit('planted by an earlier student')\\n")
            try:  # the immutable flag: needs CAP_LINUX_IMMUTABLE, which a root grader's child had
                fd = os.open(target, os.O_RDONLY)
                fcntl.ioctl(fd, 0x40086602, struct.pack("l", 0x10))
                os.close(fd)
            except OSError:
                pass
            os.chmod(target, 0o555)
            done.append(folder)
        except OSError:
            pass
    return learning_rate0 / (1 + decay_rate * epoch_num)
'''


def _unprotect(root) -> None:
    """Clear immutable flags and read-only modes a planted folder may have left under root (test clean-up)."""
    import fcntl
    import struct
    for folder, _, _ in os.walk(root):
        try:
            fd = os.open(folder, os.O_RDONLY)
            fcntl.ioctl(fd, 0x40086602, struct.pack("l", 0))
            os.close(fd)
            os.chmod(folder, 0o755)
        except OSError:
            pass


@pytest.mark.parametrize("level", REUSING)
def test_code_planted_in_the_run_folder_never_reaches_the_next_student(tmp_path, level):
    """The review's attack: at the landlock level the run folder was reused, and a student planted
    helpers/matplotlib/ there, protected by the immutable flag or mode 0555, so that it ran inside the next
    student's grading (a correct student dropped to 0). The next student must get full marks."""
    confinement(level)
    root, out = tmp_path / "class", tmp_path / "out"
    (root / "aaron").mkdir(parents=True)
    for file, text in with_function(PLANT).items():
        (root / "aaron" / file).write_text(text, encoding="utf-8")
    (root / "beth").mkdir()
    for file, text in reference_sources().items():
        (root / "beth" / file).write_text("import matplotlib.pyplot as plt\nimport matplotlib\n" + text,
                                          encoding="utf-8")
    try:
        run = subprocess.run([*GRADE, "report", str(root), "--out", str(out), "--jobs", "1", "--sandbox", level],
                             capture_output=True, text=True, timeout=600, env={**os.environ, "TMPDIR": str(tmp_path)})
        assert run.returncode == 0, run.stderr
        beth = json.loads((out / "beth" / "results.json").read_text(encoding="utf-8"))
        assert beth["score"] == beth["max_score"] > 0, [case["message"] for exercise in beth["exercises"]
                                                        for case in exercise["cases"] if case["status"] != "passed"]
    finally:
        _unprotect(tmp_path)


HASH_ORDER = '''
def update_lr(learning_rate0, epoch_num, decay_rate):
    order = list({"W1", "b1", "W2", "b2", "W3", "b3", "alpha", "beta", "gamma", "delta"})
    return learning_rate0 / (1 + decay_rate * epoch_num) * (1 + order.index("W1"))
'''


def test_grades_do_not_depend_on_string_hashing(tmp_path):
    """The review's attack: student code ran with randomised string hashing, so a function whose results follow the
    order of a set of strings got 1, 0.5 or 0 across identical runs. Identical runs must give identical results."""
    folder = tmp_path / "submission"
    folder.mkdir()
    for file, text in with_function(HASH_ORDER).items():
        (folder / file).write_text(text, encoding="utf-8")
    outputs = set()
    for run in range(3):
        target = tmp_path / f"run{run}.json"
        done = subprocess.run([*GRADE, str(folder), "--no-html", "--json", str(target)], capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs.add(target.read_bytes())
    assert len(outputs) == 1
