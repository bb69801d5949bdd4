"""Seccomp filter for the student process: no new processes, sockets, foreign signals or system administration."""

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
        "kill": 62, "ptrace": 101, "rt_sigqueueinfo": 129, "personality": 135, "pivot_root": 155,
        "chroot": 161, "mount": 165, "umount2": 166, "swapon": 167, "swapoff": 168, "reboot": 169,
        "iopl": 172, "ioperm": 173, "init_module": 175, "delete_module": 176, "tkill": 200, "tgkill": 234,
        "kexec_load": 246, "add_key": 248, "request_key": 249, "keyctl": 250, "unshare": 272,
        "rt_tgsigqueueinfo": 297, "perf_event_open": 298, "open_by_handle_at": 304, "setns": 308,
        "process_vm_readv": 310, "process_vm_writev": 311, "finit_module": 313, "seccomp": 317,
        "kexec_file_load": 320, "bpf": 321, "execveat": 322, "userfaultfd": 323,
        "pidfd_send_signal": 424, "io_uring_setup": 425, "open_tree": 428, "move_mount": 429,
        "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "pidfd_open": 434, "clone3": 435,
        "pidfd_getfd": 438, "mount_setattr": 442,
    },
    "aarch64": {
        "ioctl": 29, "umount2": 39, "mount": 40, "pivot_root": 41, "chroot": 51, "personality": 92,
        "unshare": 97, "kexec_load": 104, "init_module": 105, "delete_module": 106, "ptrace": 117,
        "kill": 129, "tkill": 130, "tgkill": 131, "rt_sigqueueinfo": 138, "reboot": 142, "socket": 198,
        "socketpair": 199, "add_key": 217, "request_key": 218, "keyctl": 219, "clone": 220, "execve": 221,
        "swapon": 224, "swapoff": 225, "rt_tgsigqueueinfo": 240, "perf_event_open": 241,
        "open_by_handle_at": 265, "setns": 268, "process_vm_readv": 270, "process_vm_writev": 271,
        "finit_module": 273, "seccomp": 277, "bpf": 280, "execveat": 281, "userfaultfd": 282,
        "kexec_file_load": 294, "pidfd_send_signal": 424, "io_uring_setup": 425, "open_tree": 428,
        "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
        "pidfd_open": 434, "clone3": 435, "pidfd_getfd": 438, "mount_setattr": 442,
    },
}
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
# Refused outright with EPERM (names absent from an architecture's table are skipped).
DENIED = (
    "fork", "vfork", "execve", "execveat", "socket", "socketpair", "ptrace", "process_vm_readv",
    "process_vm_writev", "pidfd_open", "pidfd_send_signal", "pidfd_getfd", "setns", "unshare", "mount",
    "umount2", "pivot_root", "chroot", "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick",
    "mount_setattr", "bpf", "perf_event_open", "kexec_load", "kexec_file_load", "init_module",
    "finit_module", "delete_module", "reboot", "swapon", "swapoff", "keyctl", "add_key", "request_key",
    "userfaultfd", "io_uring_setup", "personality", "iopl", "ioperm", "open_by_handle_at",
)
# Signal senders allowed only towards the process itself: name -> whether pid 0 (own process group) is allowed.
SELF_SIGNALS = {"kill": True, "tkill": False, "tgkill": False, "rt_sigqueueinfo": False,
                "rt_tgsigqueueinfo": False}
DENIED_IOCTLS = (0x5412, 0x541C)  # TIOCSTI (push input into a terminal), TIOCLINUX
CLONE_THREAD = 0x00010000
CLONE_NAMESPACES = 0x7E020000  # NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
X32_SYSCALL_BIT = 0x40000000

# Classic BPF opcodes and seccomp constants (linux/filter.h, linux/seccomp.h).
LD_W_ABS, JEQ_K, JSET_K, RET_K = 0x20, 0x15, 0x45, 0x06
RET_KILL_PROCESS, RET_ERRNO, RET_ALLOW = 0x80000000, 0x00050000, 0x7FFF0000
OFFSET_NR, OFFSET_ARCH = 0, 4
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
    return (code, 0, 0, k)


def _jump(code: int, k: int, jt: int, jf: int) -> tuple:
    return (code, jt, jf, k)


def _errno(number: int) -> tuple:
    return _stmt(RET_K, RET_ERRNO | number)


def _guarded(nr: int, block: list[tuple]) -> list[tuple]:
    """Runs block (which must end in a return) when the syscall is nr; A still holds nr after a mismatch."""
    return [_jump(JEQ_K, nr, 0, len(block))] + block


def _self_signal_block(own_pid: int, allow_zero: bool) -> list[tuple]:
    targets = [own_pid & 0xFFFFFFFF] + ([0] if allow_zero else [])
    block = [_stmt(LD_W_ABS, _arg_low(0))]
    for position, target in enumerate(targets):
        block.append(_jump(JEQ_K, target, len(targets) - position, 0))  # to the final ALLOW
    return block + [_errno(errno.EPERM), _stmt(RET_K, RET_ALLOW)]


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
    program += _guarded(table["clone"], [
        _stmt(LD_W_ABS, _arg_low(0)),                       # clone flags
        _jump(JSET_K, CLONE_NAMESPACES, 0, 1),
        _errno(errno.EPERM),
        _jump(JSET_K, CLONE_THREAD, 0, 1),
        _stmt(RET_K, RET_ALLOW),                            # a thread of this process
        _errno(errno.EPERM),
    ])
    program += _guarded(table["clone3"], [_errno(errno.ENOSYS)])  # glibc then falls back to clone
    ioctl_block = [_stmt(LD_W_ABS, _arg_low(1))]
    for position, request in enumerate(DENIED_IOCTLS):
        ioctl_block.append(_jump(JEQ_K, request, len(DENIED_IOCTLS) - position, 0))
    program += _guarded(table["ioctl"], ioctl_block + [_stmt(RET_K, RET_ALLOW), _errno(errno.EPERM)])
    for name, allow_zero in SELF_SIGNALS.items():
        program += _guarded(table[name], _self_signal_block(own_pid, allow_zero))
    for name in DENIED:
        if name in table:
            program += [_jump(JEQ_K, table[name], 0, 1), _errno(errno.EPERM)]
    program.append(_stmt(RET_K, RET_ALLOW))
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
