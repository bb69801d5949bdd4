"""Seccomp filter for the student process: no new processes or threads, sockets, signals to others, administration."""

from __future__ import annotations

import ctypes
import errno
import platform
import struct

# Syscall numbers, from the Linux uapi headers: arch/x86/entry/syscalls/syscall_64.tbl (asm/unistd_64.h)
# for x86_64 and include/uapi/asm-generic/unistd.h for aarch64 (which has no fork, vfork, iopl or ioperm).
SYSCALLS = {
    "x86_64": {
        "ioctl": 16, "socket": 41, "socketpair": 53, "clone": 56, "fork": 57, "vfork": 58, "execve": 59,
        "kill": 62, "fcntl": 72, "ptrace": 101, "rt_sigqueueinfo": 129, "personality": 135, "pivot_root": 155,
        "chroot": 161, "mount": 165, "umount2": 166, "swapon": 167, "swapoff": 168, "reboot": 169,
        "iopl": 172, "ioperm": 173, "init_module": 175, "delete_module": 176, "tkill": 200, "tgkill": 234,
        "kexec_load": 246, "add_key": 248, "request_key": 249, "keyctl": 250, "unshare": 272,
        "rt_tgsigqueueinfo": 297, "perf_event_open": 298, "prlimit64": 302, "open_by_handle_at": 304,
        "setns": 308, "process_vm_readv": 310, "process_vm_writev": 311, "finit_module": 313, "seccomp": 317,
        "kexec_file_load": 320, "bpf": 321, "execveat": 322, "userfaultfd": 323,
        "pidfd_send_signal": 424, "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
        "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
        "pidfd_open": 434, "clone3": 435, "pidfd_getfd": 438, "mount_setattr": 442,
    },
    "aarch64": {
        "fcntl": 25, "ioctl": 29, "umount2": 39, "mount": 40, "pivot_root": 41, "chroot": 51, "personality": 92,
        "unshare": 97, "kexec_load": 104, "init_module": 105, "delete_module": 106, "ptrace": 117,
        "kill": 129, "tkill": 130, "tgkill": 131, "rt_sigqueueinfo": 138, "reboot": 142, "socket": 198,
        "socketpair": 199, "add_key": 217, "request_key": 218, "keyctl": 219, "clone": 220, "execve": 221,
        "swapon": 224, "swapoff": 225, "rt_tgsigqueueinfo": 240, "perf_event_open": 241, "prlimit64": 261,
        "open_by_handle_at": 265, "setns": 268, "process_vm_readv": 270, "process_vm_writev": 271,
        "finit_module": 273, "seccomp": 277, "bpf": 280, "execveat": 281, "userfaultfd": 282,
        "kexec_file_load": 294, "pidfd_send_signal": 424, "io_uring_setup": 425, "io_uring_enter": 426,
        "io_uring_register": 427, "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431,
        "fsmount": 432, "fspick": 433, "pidfd_open": 434, "clone3": 435, "pidfd_getfd": 438, "mount_setattr": 442,
    },
}
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
# Refused outright with EPERM (names absent from an architecture's table are skipped). io_uring would run
# syscalls (socket, openat...) in the kernel where this filter never sees them.
DENIED = (
    "fork", "vfork", "execve", "execveat", "socket", "socketpair", "ptrace", "process_vm_readv",
    "process_vm_writev", "pidfd_open", "pidfd_send_signal", "pidfd_getfd", "setns", "unshare", "mount",
    "umount2", "pivot_root", "chroot", "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick",
    "mount_setattr", "bpf", "perf_event_open", "kexec_load", "kexec_file_load", "init_module",
    "finit_module", "delete_module", "reboot", "swapon", "swapoff", "keyctl", "add_key", "request_key",
    "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register", "personality", "iopl", "ioperm",
    "open_by_handle_at",
)
# Allowed only when args[0] (a pid_t) is the process's own pid, or one of the values listed. kill(0) would
# signal the whole process group, the supervisor with it: refused. prlimit64 on another process is a signal
# too (RLIMIT_CPU ends it with SIGXCPU/SIGKILL, RLIMIT_FSIZE with SIGXFSZ); its pid 0 is the caller itself
# (glibc's getrlimit and setrlimit). tgkill and rt_tgsigqueueinfo take a thread of args[0]'s thread group only.
OWN_PID_ONLY = {"kill": (), "tkill": (), "tgkill": (), "rt_sigqueueinfo": (), "rt_tgsigqueueinfo": (),
                "prlimit64": (0,)}
# ioctl requests refused (asm-generic/ioctls.h, sockios.h: the same on both architectures). Typing into a
# terminal: TIOCSTI, TIOCLINUX. Making the kernel signal a process: a terminal's foreground group (TIOCSPGRP),
# taking a terminal or hanging it up (TIOCSCTTY, TIOCVHANGUP: SIGHUP to its session), a pty's signal (TIOCSIG),
# a file's signal owner (FIOSETOWN, SIOCSPGRP) and signal-driven I/O (FIOASYNC: SIGIO to that owner).
DENIED_IOCTLS = (0x5412, 0x541C, 0x5410, 0x540E, 0x5437, 0x40045436, 0x8901, 0x8902, 0x5452)
# fcntl commands (asm-generic/fcntl.h): a file's signal owner and signal are refused, and so is O_ASYNC
# through F_SETFL (on a terminal it makes the foreground group the owner). F_SETLEASE and F_NOTIFY stay:
# they make the caller itself the owner. O_ASYNC has no effect in open(2).
F_SETFL, F_SETOWN, F_SETSIG, F_SETOWN_EX, O_ASYNC = 4, 8, 10, 15, 0o20000
DENIED_FCNTLS = (F_SETOWN, F_SETOWN_EX, F_SETSIG)
CLONE_THREAD = 0x00010000
X32_SYSCALL_BIT = 0x40000000

# Classic BPF opcodes and seccomp constants (linux/filter.h, linux/seccomp.h).
LD_W_ABS, JEQ_K, JSET_K, RET_K = 0x20, 0x15, 0x45, 0x06
RET_KILL_PROCESS, RET_ERRNO, RET_ALLOW = 0x80000000, 0x00050000, 0x7FFF0000
OFFSET_NR, OFFSET_ARCH = 0, 4
MAX_JUMP = 255  # jt and jf are 8-bit
PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2
SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC = 1, 1


class SockFprog(ctypes.Structure):
    """struct sock_fprog: unsigned short len (padded by the compiler), then the filter pointer."""

    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def available() -> bool:
    """Whether this machine's architecture has a syscall table here (the kernel may still refuse)."""
    return platform.system() == "Linux" and platform.machine() in SYSCALLS


def _arg_low(index: int) -> int:
    """Offset in struct seccomp_data of the low 32 bits of args[index] (little-endian)."""
    return 16 + 8 * index


def _stmt(code: int, k: int) -> tuple:
    """An instruction that does not jump."""
    return (code, 0, 0, k)


def _jump(code: int, k: int, jt: int, jf: int) -> tuple:
    """A conditional jump, jt or jf instructions forward; raises ValueError past classic BPF's 8-bit offsets."""
    if not (0 <= jt <= MAX_JUMP and 0 <= jf <= MAX_JUMP):
        raise ValueError(f"BPF jump offset out of range: jt={jt}, jf={jf} (a block grew past {MAX_JUMP})")
    return (code, jt, jf, k)


def _load_arg(index: int) -> tuple:
    """Load the low 32 bits of args[index] into A (all the kernel reads of an int, pid_t or unsigned int)."""
    return _stmt(LD_W_ABS, _arg_low(index))


def _errno(number: int) -> tuple:
    """Return: the syscall fails with errno number."""
    return _stmt(RET_K, RET_ERRNO | number)


def _allow() -> tuple:
    """Return: the syscall runs."""
    return _stmt(RET_K, RET_ALLOW)


def _guarded(value: int, block: list[tuple]) -> list[tuple]:
    """Runs block (which must end in a return) when A equals value; A is unchanged after a mismatch."""
    return [_jump(JEQ_K, value, 0, len(block))] + block


def _one_of(values, on_match: tuple, otherwise: tuple) -> list[tuple]:
    """Returns with on_match when A is one of values (compared as 32-bit), with otherwise when it is none."""
    block = [_jump(JEQ_K, value & 0xFFFFFFFF, len(values) - position, 0) for position, value in enumerate(values)]
    return block + [otherwise, on_match]


def _clone_block() -> list[tuple]:
    """clone: a new thread fails with EAGAIN (Python: "can't start new thread"), a new process with EPERM."""
    return [_load_arg(0), _jump(JSET_K, CLONE_THREAD, 0, 1), _errno(errno.EAGAIN), _errno(errno.EPERM)]


def _fcntl_block() -> list[tuple]:
    """fcntl: F_SETOWN, F_SETOWN_EX and F_SETSIG fail with EPERM, and so does F_SETFL with O_ASYNC; the rest runs."""
    set_flags = [_load_arg(2), _jump(JSET_K, O_ASYNC, 0, 1), _errno(errno.EPERM), _allow()]
    return [_load_arg(1)] + _guarded(F_SETFL, set_flags) + _one_of(DENIED_FCNTLS, _errno(errno.EPERM), _allow())


def build_filter(own_pid: int, machine: str | None = None) -> list[tuple]:
    """The filter program as (code, jt, jf, k) tuples for the given (default: this) architecture."""
    machine = machine or platform.machine()
    table = SYSCALLS[machine]
    program = [
        _stmt(LD_W_ABS, OFFSET_ARCH),
        _jump(JEQ_K, AUDIT_ARCH[machine], 1, 0),
        _stmt(RET_K, RET_KILL_PROCESS),
        _stmt(LD_W_ABS, OFFSET_NR),
    ]
    if machine == "x86_64":  # x32 ABI syscalls would bypass the numbers below
        program += [_jump(JSET_K, X32_SYSCALL_BIT, 0, 1), _errno(errno.EPERM)]
    program += _guarded(table["clone"], _clone_block())
    program += _guarded(table["clone3"], [_errno(errno.ENOSYS)])  # glibc then falls back to clone
    program += _guarded(table["ioctl"], [_load_arg(1)] + _one_of(DENIED_IOCTLS, _errno(errno.EPERM), _allow()))
    program += _guarded(table["fcntl"], _fcntl_block())
    for name, also_allowed in OWN_PID_ONLY.items():
        program += _guarded(table[name], [_load_arg(0)] + _one_of((own_pid, *also_allowed), _allow(),
                                                                  _errno(errno.EPERM)))
    for name in DENIED:
        if name in table:
            program += [_jump(JEQ_K, table[name], 0, 1), _errno(errno.EPERM)]
    program.append(_allow())
    return program


def install(own_pid: int) -> None:
    """Installs the filter on every thread of this process for good; raises OSError if the kernel refuses."""
    if not available():
        raise OSError(errno.ENOSYS, f"seccomp filter not supported on {platform.machine()}")
    program = build_filter(own_pid)
    raw = b"".join(struct.pack("=HBBI", *instruction) for instruction in program)
    buffer = ctypes.create_string_buffer(raw, len(raw))
    fprog = SockFprog(len(program), ctypes.cast(buffer, ctypes.c_void_p))
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.restype = libc.syscall.restype = ctypes.c_long
    zero = ctypes.c_ulong(0)
    if libc.prctl(ctypes.c_int(PR_SET_NO_NEW_PRIVS), ctypes.c_ulong(1), zero, zero, zero) != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"prctl(PR_SET_NO_NEW_PRIVS): {errno.errorcode.get(code, code)}")
    seccomp_nr = SYSCALLS[platform.machine()]["seccomp"]
    result = libc.syscall(ctypes.c_long(seccomp_nr), ctypes.c_ulong(SECCOMP_SET_MODE_FILTER),
                          ctypes.c_ulong(SECCOMP_FILTER_FLAG_TSYNC), ctypes.byref(fprog))
    if result == -1 and ctypes.get_errno() in (errno.ENOSYS, errno.EINVAL):  # kernel without seccomp(2)/TSYNC
        result = libc.prctl(ctypes.c_int(PR_SET_SECCOMP), ctypes.c_ulong(SECCOMP_MODE_FILTER),
                            ctypes.byref(fprog), zero, zero)
    if result != 0:
        code = ctypes.get_errno() if result == -1 else errno.EBUSY  # > 0: a thread that could not sync
        raise OSError(code, f"installing the seccomp filter failed: {errno.errorcode.get(code, code)}")
