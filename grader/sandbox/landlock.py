"""Landlock confinement for the student process: read-only and read-write folders, nothing else, no TCP."""

from __future__ import annotations

import ctypes
import errno
import os
import stat

# Syscall numbers (the same on x86_64 and aarch64) and constants from linux/landlock.h.
SYS_CREATE_RULESET, SYS_ADD_RULE, SYS_RESTRICT_SELF = 444, 445, 446
CREATE_RULESET_VERSION = 1 << 0
RULE_PATH_BENEATH = 1
PR_SET_NO_NEW_PRIVS = 38

FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_REFER, FS_TRUNCATE, FS_IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
FS_ABI1 = (1 << 13) - 1  # EXECUTE .. MAKE_SYM: the 13 rights of ABI 1
FS_BY_ABI = {1: FS_ABI1, 2: FS_ABI1 | FS_REFER, 3: FS_ABI1 | FS_REFER | FS_TRUNCATE,
             4: FS_ABI1 | FS_REFER | FS_TRUNCATE}
FS_LATEST = FS_ABI1 | FS_REFER | FS_TRUNCATE | FS_IOCTL_DEV  # ABI 5 and later
FS_READ = FS_EXECUTE | FS_READ_FILE | FS_READ_DIR
FS_MAKE_DEVICES = (1 << 6) | (1 << 11)  # MAKE_CHAR, MAKE_BLOCK: never granted (root could mknod a disk)
FS_FILE_ONLY = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV  # valid on a non-folder
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1  # ABI 4
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1  # ABI 6


class RulesetAttr(ctypes.Structure):
    """struct landlock_ruleset_attr (fields a kernel does not know must stay zero)."""

    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class PathBeneathAttr(ctypes.Structure):
    """struct landlock_path_beneath_attr, packed: 12 bytes."""

    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _libc():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = libc.prctl.restype = ctypes.c_long
    return libc


def _check(result: int, what: str) -> int:
    if result < 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")
    return result


def _abi(libc) -> int:
    """The kernel's Landlock ABI version; raises OSError when Landlock is missing or disabled."""
    return _check(libc.syscall(ctypes.c_long(SYS_CREATE_RULESET), ctypes.c_void_p(None), ctypes.c_size_t(0),
                               ctypes.c_uint32(CREATE_RULESET_VERSION)), "landlock_create_ruleset(VERSION)")


def available() -> int:
    """The Landlock ABI version this kernel offers, or 0 when it has none."""
    try:
        return _abi(_libc())
    except OSError:
        return 0


def _add_path(libc, ruleset_fd: int, path: str, access: int) -> None:
    """Allows access beneath path, which must be resolved: a symbolic link (the path's last part or any folder on the
    way) is refused with OSError, never followed; the rule would grant its target, which the caller has not vetted
    (a venv's lib64 -> lib granted all of lib, its site-packages among it). A missing path is skipped."""
    try:
        fd = os.open(path, os.O_PATH | os.O_NOFOLLOW | os.O_CLOEXEC)
    except FileNotFoundError:
        return
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISLNK(mode):  # O_PATH | O_NOFOLLOW opened the link itself
            raise OSError(errno.ELOOP, f"landlock rule {path!r} is a symbolic link: rules take resolved paths")
        real = os.path.realpath(path)
        if real != os.path.normpath(os.path.join(os.getcwd(), path)):
            raise OSError(errno.ELOOP, f"landlock rule {path!r} goes through a symbolic link (it is {real!r}): "
                                       "rules take resolved paths")
        if not stat.S_ISDIR(mode):
            access &= FS_FILE_ONLY
        if not access:
            return
        rule = PathBeneathAttr(access, fd)
        _check(libc.syscall(ctypes.c_long(SYS_ADD_RULE), ctypes.c_int(ruleset_fd),
                            ctypes.c_int(RULE_PATH_BENEATH), ctypes.byref(rule), ctypes.c_uint32(0)),
               f"landlock_add_rule({path!r})")
    finally:
        os.close(fd)


def restrict(read_paths: list[str], write_paths: list[str]) -> int:
    """Confines this thread and the threads and processes it creates afterwards to reading (and executing)
    beneath read_paths and anything but making device nodes beneath write_paths; denies TCP bind/connect (ABI >= 4),
    and signals and abstract unix sockets beyond the sandbox (ABI >= 6). Returns the ABI version used;
    raises OSError when Landlock is unavailable (ENOSYS, EOPNOTSUPP) or refuses."""
    libc = _libc()
    abi = _abi(libc)
    handled_fs = FS_BY_ABI.get(abi, FS_LATEST)
    attr = RulesetAttr(handled_fs, 0, 0)
    if abi >= 4:
        attr.handled_access_net = NET_BIND_TCP | NET_CONNECT_TCP
    if abi >= 6:
        attr.scoped = SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL
    ruleset_fd = _check(libc.syscall(ctypes.c_long(SYS_CREATE_RULESET), ctypes.byref(attr),
                                     ctypes.c_size_t(ctypes.sizeof(attr)), ctypes.c_uint32(0)),
                        "landlock_create_ruleset")
    try:
        for path in read_paths:
            _add_path(libc, ruleset_fd, path, FS_READ & handled_fs)
        for path in write_paths:
            _add_path(libc, ruleset_fd, path, handled_fs & ~FS_MAKE_DEVICES)
        zero = ctypes.c_ulong(0)
        _check(libc.prctl(ctypes.c_int(PR_SET_NO_NEW_PRIVS), ctypes.c_ulong(1), zero, zero, zero),
               "prctl(PR_SET_NO_NEW_PRIVS)")
        _check(libc.syscall(ctypes.c_long(SYS_RESTRICT_SELF), ctypes.c_int(ruleset_fd), ctypes.c_uint32(0)),
               "landlock_restrict_self")
    finally:
        os.close(ruleset_fd)
    return abi
