"""The seccomp filter leaves student code no way to signal another process, and no new thread.

Conventions of tests/test_attacks.py: a submission is the course-2 reference files with an attack appended (a later
`def` replaces a graded function), graded at each level that claims to stop the attack (bubblewrap, landlock and
seccomp all install the filter, README threat model); a level that does not work on this machine is skipped.
"""

from __future__ import annotations

import errno
import json
import os
import platform
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, by_id, exercise_count, points_of, reference_sources, score_text
from grader.sandbox import levels, seccomp
from grader.pipeline import grade_submission
from grader.judging.results import ERROR, PASSED
from grader.sandbox.runner import StudentProcess

pytestmark = pytest.mark.skipif(platform.machine() not in ("x86_64", "aarch64") or sys.platform != "linux",
                                reason="the seccomp filter exists for Linux on x86_64 and aarch64 only")

FILTERED = ("bubblewrap", "landlock", "seccomp")  # the levels whose student processes run under the filter
FORGED_MARKER = "forged-by-the-student"

# Syscall numbers straight from the Linux uapi headers (not from grader/sandbox/seccomp.py: the tests must not share its
# mistakes): arch/x86/entry/syscalls/syscall_64.tbl and include/uapi/asm-generic/unistd.h.
UAPI = {
    "x86_64": {"ioctl": 16, "getpid": 39, "clone": 56, "kill": 62, "fcntl": 72, "tkill": 200, "tgkill": 234,
               "rt_sigqueueinfo": 129, "rt_tgsigqueueinfo": 297, "prlimit64": 302, "pidfd_send_signal": 424,
               "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "pidfd_open": 434,
               "clone3": 435},
    "aarch64": {"fcntl": 25, "ioctl": 29, "kill": 129, "tkill": 130, "tgkill": 131, "rt_sigqueueinfo": 138,
                "getpid": 172, "clone": 220, "rt_tgsigqueueinfo": 240, "prlimit64": 261, "pidfd_send_signal": 424,
                "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "pidfd_open": 434,
                "clone3": 435},
}
# The same table in student code, as a function: only definitions run when a submission's file loads.
NUMBERS = f'''
import platform as _platform

def _nr(name):
    return {UAPI!r}[_platform.machine()][name]
'''

# The forged-verdict attack: find the grader's command line above this process, overwrite its --json output with
# full marks, then kill the supervisor and the grader so that the forged file is what stays.
KILL_THE_GRADER = NUMBERS + '''
import ctypes as _ctypes, fcntl as _fcntl, json as _json, os as _os, signal as _signal, struct as _struct

def _ancestors():
    """The pids above this process, walking PPid up /proc/<pid>/status."""
    pids, pid = [], _os.getpid()
    while pid > 1:
        try:
            with open(f"/proc/{pid}/status") as handle:
                pid = int([line.split()[1] for line in handle if line.startswith("PPid:")][0])
        except (OSError, IndexError, ValueError):
            break
        if pid > 0:
            pids.append(pid)
    return pids

def _grader():
    """(pid, --json path) of the nearest ancestor whose command line has --json, else (None, None)."""
    for pid in _ancestors():
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                args = handle.read().decode(errors="replace").split("\\0")
        except OSError:
            continue
        if "--json" in args:
            return pid, args[args.index("--json") + 1]
    return None, None

def _sigio_kill(target):
    """The kernel sends SIGKILL to target: a pipe it owns, SIGKILL as its SIGIO, async mode, then I/O on it."""
    read_end, write_end = _os.pipe()
    _fcntl.fcntl(read_end, _fcntl.F_SETOWN, target)
    _fcntl.fcntl(read_end, 10, _signal.SIGKILL)  # F_SETSIG
    _fcntl.fcntl(read_end, _fcntl.F_SETFL, _os.O_ASYNC | _os.O_NONBLOCK)
    _os.write(write_end, b"x")

def _pidfd_kill(target, libc):
    """pidfd_send_signal(SIGKILL) through /proc/<target> (a pidfd without pidfd_open), else pidfd_open."""
    try:
        fd = _os.open(f"/proc/{target}", _os.O_RDONLY | _os.O_DIRECTORY)
    except OSError:
        fd = libc.syscall(_ctypes.c_long(_nr("pidfd_open")), _ctypes.c_long(target), _ctypes.c_long(0))
    if libc.syscall(_ctypes.c_long(_nr("pidfd_send_signal")), _ctypes.c_long(fd), _ctypes.c_long(_signal.SIGKILL),
                    None, _ctypes.c_long(0)) != 0:
        raise OSError(_ctypes.get_errno(), "pidfd_send_signal")

def _queue_kill(target, libc):
    """rt_sigqueueinfo(target, SIGKILL) with a sigqueue()-style siginfo."""
    info = _ctypes.create_string_buffer(_struct.pack("iiiiII", _signal.SIGKILL, 0, -1, 0, _os.getpid(),
                                                     _os.getuid()), 128)
    if libc.syscall(_ctypes.c_long(_nr("rt_sigqueueinfo")), _ctypes.c_long(target),
                    _ctypes.c_long(_signal.SIGKILL), info) != 0:
        raise OSError(_ctypes.get_errno(), "rt_sigqueueinfo")

def update_lr(learning_rate0, epoch_num, decay_rate):
    libc = _ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = _ctypes.c_long
    grader, results = _grader()
    if results:
        with open(results, "w") as handle:
            forged = {"score": @FULL@, "output": "Score: @FULL@/@FULL@ (forged)", "tests": [], "visibility": "visible"}
            _json.dump(forged, handle)
        open(_os.path.join(_os.path.dirname(results), "@MARKER@"), "w").close()
    targets = [pid for pid in (grader, _os.getppid()) if pid]
    attempts = [lambda target=target: _sigio_kill(target) for target in targets]
    attempts.append(lambda: _os.kill(0, _signal.SIGKILL))
    attempts += [lambda target=target: _pidfd_kill(target, libc) for target in targets]
    attempts += [lambda target=target: _queue_kill(target, libc) for target in targets]
    for attempt in attempts:
        try:
            attempt()
        except OSError:
            pass
    return -1.0
'''.replace("@MARKER@", FORGED_MARKER).replace("@FULL@", score_text(points_of(course=2)))  # forged full marks

# Each signalling syscall called directly; the errno of each (0: it ran) travels in the exception's message.
PROBE_SIGNALS = NUMBERS + '''
import ctypes as _ctypes, json as _json, os as _os, signal as _signal, struct as _struct

def _probe_signals():
    libc = _ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype, libc.fcntl.restype, libc.ioctl.restype = _ctypes.c_long, _ctypes.c_int, _ctypes.c_int
    me, parent = _os.getpid(), _os.getppid()

    def errno_of(result):
        return 0 if result != -1 else _ctypes.get_errno()

    def call(name, *args):
        return errno_of(libc.syscall(_ctypes.c_long(_nr(name)),
                                     *(_ctypes.c_long(a) if isinstance(a, int) else a for a in args)))

    def on_pipe(use):  # a pipe of its own for each call: no pipe ever gets an owner and async mode together
        read_end, write_end = _os.pipe()
        try:
            return errno_of(use(read_end))
        finally:
            _os.close(read_end)
            _os.close(write_end)

    def fcntl(command, argument):
        return on_pipe(lambda fd: libc.fcntl(fd, _ctypes.c_int(command), argument))

    def ioctl(request, value):
        return on_pipe(lambda fd: libc.ioctl(fd, _ctypes.c_ulong(request), _ctypes.byref(_ctypes.c_int(value))))

    def info():
        return _ctypes.create_string_buffer(_struct.pack("iiiiII", 0, 0, -1, 0, me, _os.getuid()), 128)

    def pidfd_send_signal():
        try:
            fd = _os.open(f"/proc/{parent}", _os.O_RDONLY | _os.O_DIRECTORY)
        except OSError:
            fd = -1
        return call("pidfd_send_signal", fd, 0, None, 0)

    owner = (_ctypes.c_int * 2)(1, parent)  # struct f_owner_ex {F_OWNER_PID, parent}
    limits = (_ctypes.c_uint64 * 2)()
    refused = {
        "kill(0)": call("kill", 0, 0), "kill(parent)": call("kill", parent, 0), "kill(-1)": call("kill", -1, 0),
        "tkill(parent)": call("tkill", parent, 0), "tgkill(parent)": call("tgkill", parent, parent, 0),
        "rt_sigqueueinfo(parent)": call("rt_sigqueueinfo", parent, 0, info()),
        "rt_tgsigqueueinfo(parent)": call("rt_tgsigqueueinfo", parent, parent, 0, info()),
        "pidfd_open(parent)": call("pidfd_open", parent, 0), "pidfd_send_signal(parent)": pidfd_send_signal(),
        "F_SETOWN(parent)": fcntl(8, _ctypes.c_long(parent)), "F_SETOWN_EX(parent)": fcntl(15, _ctypes.byref(owner)),
        "F_SETSIG(SIGKILL)": fcntl(10, _ctypes.c_long(_signal.SIGKILL)),
        "F_SETFL(O_ASYNC)": fcntl(4, _ctypes.c_long(_os.O_ASYNC | _os.O_NONBLOCK)),
        "FIOSETOWN": ioctl(0x8901, parent), "SIOCSPGRP": ioctl(0x8902, parent), "TIOCSPGRP": ioctl(0x5410, parent),
        "FIOASYNC": ioctl(0x5452, 1), "TIOCSCTTY": ioctl(0x540E, 1), "TIOCVHANGUP": ioctl(0x5437, 0),
        "TIOCSIG": ioctl(0x40045436, _signal.SIGKILL), "TIOCSTI": ioctl(0x5412, 0),
        "io_uring_setup": call("io_uring_setup", 1, _ctypes.create_string_buffer(120)),
        "io_uring_enter": call("io_uring_enter", -1, 0, 0, 0, None, 0),
        "io_uring_register": call("io_uring_register", -1, 0, None, 0),
        "prlimit64(parent)": call("prlimit64", parent, 0, None, _ctypes.byref(limits)),
    }
    allowed = {
        "kill(self)": call("kill", me, 0), "tgkill(self)": call("tgkill", me, me, 0),
        "rt_sigqueueinfo(self)": call("rt_sigqueueinfo", me, 0, info()),
        "prlimit64(0)": call("prlimit64", 0, 0, None, _ctypes.byref(limits)),
        "prlimit64(self)": call("prlimit64", me, 0, None, _ctypes.byref(limits)),
        "F_GETOWN": fcntl(9, _ctypes.c_long(0)), "F_SETFL(O_NONBLOCK)": fcntl(4, _ctypes.c_long(_os.O_NONBLOCK)),
        "FIONREAD": ioctl(0x541B, 0),
    }
    return {"refused": refused, "allowed": allowed}

def update_lr(learning_rate0, epoch_num, decay_rate):
    raise RuntimeError("SIGNALS " + _json.dumps(_probe_signals()) + " END")
'''

# A thread that would sabotage the exercise graded next (schedule_lr_decay calls np.floor) if it ran on into it.
START_A_THREAD = '''
import threading as _threading, time as _time
import numpy as _np

_real_update_lr = update_lr

def _sabotage():
    while True:
        _np.floor = lambda x: 10.0 ** 9
        _time.sleep(0.001)

def update_lr(learning_rate0, epoch_num, decay_rate):
    _threading.Thread(target=_sabotage, daemon=True).start()
    return _real_update_lr(learning_rate0, epoch_num, decay_rate)
'''


def confinement(level: str) -> levels.Confinement:
    """The level's confinement; skips the test where it does not work on this machine."""
    try:
        return levels.choose(level)
    except levels.SandboxUnavailable as reason:
        pytest.skip(f"isolation level {level!r} does not work here: {reason}")


def submission(folder: Path, attack: str) -> Path:
    """The course-2 references with attack appended to optimization.py (its update_lr replaces the reference's)."""
    folder.mkdir()
    for name, source in reference_sources(course=2).items():
        (folder / name).write_text(source + ("\n\n" + attack + "\n" if name == "optimization.py" else ""),
                                   encoding="utf-8")
    return folder


def grade_at(level: str, folder: Path, material):
    with StudentProcess(confinement(level)) as process:
        result = grade_submission(folder, material, timeout=5.0, process=process)
    assert result.isolation == level
    return result


def public_message(result, exercise: str) -> str:
    return next(case.message for case in by_id(result)[exercise].cases if case.visibility == "public")


def assert_rest_passed(result, attacked: str) -> None:
    broken = [(e.id, e.status) for e in result.exercises if e.id != attacked and e.status != PASSED]
    assert not broken and len(result.exercises) == exercise_count(course=2), broken


@pytest.mark.parametrize("level", FILTERED)
def test_a_forged_verdict_survives_no_attempt_to_kill_the_grader(level, material, tmp_path):
    """Attack: read the grader's --json path from its command line (/proc, PPid upwards), write a forged Gradescope
    results.json (full marks), then SIGKILL the grader and the supervisor: F_SETOWN + F_SETSIG on an O_ASYNC pipe,
    kill(0), pidfd_send_signal through /proc/<pid>, rt_sigqueueinfo. The grader finishes, its file is what stays,
    and the supervisor lived on (the attacked cases failed on their value, not on a process that ended)."""
    confinement(level)
    folder = submission(tmp_path / "submission", KILL_THE_GRADER)
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run([sys.executable, "-m", "grader.cli", str(folder), "--sandbox", level, "--format",
                           "gradescope", "--json", str(out / "results.json"), "--no-html"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, f"the grader did not finish (exit {done.returncode}): {done.stderr[-3000:]}"
    data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    graded_here = {name.removesuffix(".py") for name in reference_sources(course=2)}  # the files handed in
    points = {graded.exercise.name: graded.exercise.points for graded in material.exercises
              if graded.assignment.name in graded_here}
    attacked = [test for test in data["tests"] if test["name"].startswith("update_lr [")]
    assert attacked and sum(test["score"] for test in attacked) < points["update_lr"], attacked
    # Every kill failed and the function returned its wrong value: neither its process nor the supervisor ended.
    ended = [test["output"][:200] for test in attacked if test["output"].startswith("error")]
    assert not ended, ended
    assert all(test["status"] == "passed" for test in data["tests"] if test not in attacked)
    assert data["score"] == pytest.approx(sum(points.values()) - points["update_lr"]), data["output"]
    assert "forged" not in data["output"]
    if level == "seccomp":  # files are not confined there: the attack must have found and overwritten the file
        assert (out / FORGED_MARKER).exists(), "the attack never found the grader's --json path: it tested nothing"
    else:
        assert not (out / FORGED_MARKER).exists(), "student code found and wrote the grader's output folder"


@pytest.mark.parametrize("level", FILTERED)
def test_every_signalling_syscall_is_refused_and_the_feedback_says_so(level, material, tmp_path):
    """Attack: kill(0), kill/tkill/tgkill/rt_(tg)sigqueueinfo to the parent, pidfd_open, pidfd_send_signal through
    /proc, fcntl F_SETOWN/F_SETOWN_EX/F_SETSIG/F_SETFL(O_ASYNC), the owner and async ioctls, io_uring and prlimit64
    on the parent, each called directly through ctypes: every one fails with EPERM, while signals to itself work."""
    result = grade_at(level, submission(tmp_path / "submission", PROBE_SIGNALS), material)
    assert by_id(result)["update_lr"].status == ERROR
    message = public_message(result, "update_lr")
    found = re.search(r"SIGNALS (\{.*\}) END", message)
    assert found, message
    probes = json.loads(found.group(1))
    errno_names = {name: os.strerror(code) if code else "ok" for name, code in probes["refused"].items()}
    assert all(code == errno.EPERM for code in probes["refused"].values()), f"not refused with EPERM: {errno_names}"
    assert all(code == 0 for code in probes["allowed"].values()), f"signals to itself must work: {probes['allowed']}"
    assert_rest_passed(result, "update_lr")


@pytest.mark.parametrize("level", [*FILTERED, "process"])
def test_a_thread_is_refused_where_the_filter_runs(level, material, tmp_path):
    """Attack: a graded function starts a thread that keeps sabotaging numpy for the exercise graded next. Under the
    filter the thread never starts (RuntimeError: can't start new thread); at the process level, which has no filter,
    it starts and the next exercise runs in a new child. Either way the rest of the submission passes."""
    result = grade_at(level, submission(tmp_path / "submission", START_A_THREAD), material)
    update_lr = by_id(result)["update_lr"]
    if level in FILTERED:
        assert update_lr.status == ERROR, update_lr
        assert "RuntimeError: can't start new thread" in public_message(result, "update_lr")
    else:
        assert update_lr.status == PASSED, update_lr
    assert_rest_passed(result, "update_lr")


# ----------------------------------------------------------------------------------------------
# The filter program itself, run by an interpreter of the kernel's classic BPF, for both architectures (this
# machine can run only its own).

RET_KILL_PROCESS, RET_ERRNO, RET_ALLOW = 0x80000000, 0x00050000, 0x7FFF0000
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
OWN_PID, OTHER_PID = 4242, 4243
F_GETFL, F_SETFL, F_SETOWN, F_GETOWN, F_SETSIG, F_SETOWN_EX, F_SETLEASE = 3, 4, 8, 9, 10, 15, 1024
O_NONBLOCK, O_ASYNC = 0o4000, 0o20000
CLONE_FOR_A_THREAD, CLONE_FOR_FORK, CLONE_FOR_POSIX_SPAWN = 0x3D0F00, 0x1200011, 0x4111  # what glibc passes
REFUSED_IOCTLS = {"FIOSETOWN": 0x8901, "SIOCSPGRP": 0x8902, "TIOCSPGRP": 0x5410, "FIOASYNC": 0x5452,
                  "TIOCSTI": 0x5412, "TIOCLINUX": 0x541C, "TIOCSCTTY": 0x540E, "TIOCVHANGUP": 0x5437,
                  "TIOCSIG": 0x40045436}


def run_filter(program: list[tuple], arch: int, nr: int, *args: int) -> int:
    """What the filter returns for struct seccomp_data {nr, arch, instruction_pointer, args[6]} (little-endian)."""
    data = struct.pack("<iIQ6Q", nr, arch, 0, *[arg & (2 ** 64 - 1) for arg in args], *[0] * (6 - len(args)))
    accumulator, position = 0, 0
    while True:
        code, jt, jf, k = program[position]
        position += 1
        if code == 0x20:  # BPF_LD | BPF_W | BPF_ABS
            accumulator = struct.unpack_from("<I", data, k)[0]
        elif code == 0x15:  # BPF_JMP | BPF_JEQ | BPF_K
            position += jt if accumulator == k else jf
        elif code == 0x45:  # BPF_JMP | BPF_JSET | BPF_K
            position += jt if accumulator & k else jf
        elif code == 0x06:  # BPF_RET | BPF_K
            return k
        else:
            raise AssertionError(f"instruction {code:#x} is not interpreted here")


def expected_verdicts(machine: str) -> list[tuple[str, int, tuple, int]]:
    """(what, syscall number, arguments, what the filter must return)."""
    nr, eperm = UAPI[machine], RET_ERRNO | errno.EPERM
    verdicts = [("getpid", nr["getpid"], (), RET_ALLOW),
                ("a thread", nr["clone"], (CLONE_FOR_A_THREAD,), RET_ERRNO | errno.EAGAIN),
                ("fork", nr["clone"], (CLONE_FOR_FORK,), eperm),
                ("posix_spawn", nr["clone"], (CLONE_FOR_POSIX_SPAWN,), eperm),
                ("clone3", nr["clone3"], (0, 88), RET_ERRNO | errno.ENOSYS),
                ("kill(0)", nr["kill"], (0, 9), eperm), ("kill(-1)", nr["kill"], (-1, 9), eperm),
                ("kill(other)", nr["kill"], (OTHER_PID, 9), eperm), ("kill(self)", nr["kill"], (OWN_PID, 9), RET_ALLOW),
                # pid_t is the low half of the register: the high half changes nothing for the kernel
                ("kill(self, high bits)", nr["kill"], ((1 << 32) | OWN_PID, 9), RET_ALLOW),
                ("kill(other, high bits)", nr["kill"], ((OWN_PID << 32) | OTHER_PID, 9), eperm),
                ("prlimit64(0)", nr["prlimit64"], (0, 0, 0, 1), RET_ALLOW),
                ("prlimit64(self)", nr["prlimit64"], (OWN_PID, 0, 0, 1), RET_ALLOW),
                ("prlimit64(other)", nr["prlimit64"], (OTHER_PID, 0, 1, 0), eperm),
                ("F_SETOWN", nr["fcntl"], (3, F_SETOWN, OTHER_PID), eperm),
                ("F_SETOWN_EX", nr["fcntl"], (3, F_SETOWN_EX, 1), eperm),
                ("F_SETSIG", nr["fcntl"], (3, F_SETSIG, 9), eperm),
                ("F_SETFL(O_ASYNC)", nr["fcntl"], (3, F_SETFL, O_ASYNC | O_NONBLOCK), eperm),
                ("F_SETFL(O_NONBLOCK)", nr["fcntl"], (3, F_SETFL, O_NONBLOCK), RET_ALLOW),
                ("F_GETFL", nr["fcntl"], (3, F_GETFL, 0), RET_ALLOW),
                ("F_GETOWN", nr["fcntl"], (3, F_GETOWN), RET_ALLOW),
                ("F_SETLEASE", nr["fcntl"], (3, F_SETLEASE, 0), RET_ALLOW),
                ("FIONREAD", nr["ioctl"], (3, 0x541B, 1), RET_ALLOW),
                ("TCGETS", nr["ioctl"], (0, 0x5401, 1), RET_ALLOW)]
    verdicts += [(name, nr["ioctl"], (3, request, 1), eperm) for name, request in REFUSED_IOCTLS.items()]
    for name in ("tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo"):
        verdicts += [(f"{name}(self)", nr[name], (OWN_PID, OWN_PID), RET_ALLOW),
                     (f"{name}(0)", nr[name], (0, OWN_PID), eperm),
                     (f"{name}(other)", nr[name], (OTHER_PID, OTHER_PID), eperm)]
    verdicts += [(name, nr[name], (), eperm) for name in ("pidfd_open", "pidfd_send_signal", "io_uring_setup",
                                                           "io_uring_enter", "io_uring_register")]
    return verdicts


@pytest.mark.parametrize("machine", sorted(UAPI))
def test_the_filter_program_refuses_each_signal_and_thread_on_each_architecture(machine):
    program = seccomp.build_filter(OWN_PID, machine)
    assert all(max(jt, jf) <= 255 for _, jt, jf, _ in program), "classic BPF jump offsets are 8-bit"
    arch = AUDIT_ARCH[machine]
    wrong = [(what, hex(run_filter(program, arch, number, *args)), hex(expected))
             for what, number, args, expected in expected_verdicts(machine)
             if run_filter(program, arch, number, *args) != expected]
    assert not wrong, f"{machine}: (syscall, got, expected) {wrong}"
    assert run_filter(program, AUDIT_ARCH["aarch64" if machine == "x86_64" else "x86_64"], 1) == RET_KILL_PROCESS


def test_a_block_too_long_for_8_bit_jumps_is_refused_when_the_filter_is_built():
    with pytest.raises(ValueError, match="jump offset"):
        seccomp._guarded(1, [seccomp._allow()] * 256)
