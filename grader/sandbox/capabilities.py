"""What a process may do: every Linux capability dropped (student code keeps none of root's powers), not dumpable, ended with its parent."""

from __future__ import annotations

import ctypes
import errno
import signal

PR_CAPBSET_DROP, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 24, 47, 4  # prctl(2)
PR_SET_PDEATHSIG, PR_SET_DUMPABLE = 1, 4
CAPABILITY_VERSION_3 = 0x20080522  # linux/capability.h: _LINUX_CAPABILITY_VERSION_3 (two 32-bit words)
HIGHEST_KNOWN = 63


class CapabilityHeader(ctypes.Structure):
    """struct __user_cap_header_struct."""

    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class CapabilityData(ctypes.Structure):
    """struct __user_cap_data_struct (one of two: capabilities 0-31, then 32-63)."""

    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def drop_all() -> None:
    """Empty the bounding, ambient, inheritable, permitted and effective sets of this process (raises OSError).

    Where the process is not privileged (the grader does not run as root) there is nothing to drop: the
    bounding set cannot be changed without CAP_SETPCAP, and nothing can be regained from it without exec,
    which the seccomp filter refuses.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.restype = libc.capset.restype = ctypes.c_int
    for capability in range(_highest() + 1):
        if libc.prctl(PR_CAPBSET_DROP, ctypes.c_ulong(capability), 0, 0, 0) != 0:
            code = ctypes.get_errno()
            if code == errno.EINVAL:  # beyond what this kernel knows
                break
            if code != errno.EPERM:  # EPERM: not privileged, so there is no bounding set to empty
                raise OSError(code, f"prctl(PR_CAPBSET_DROP, {capability}) failed")
    libc.prctl(PR_CAP_AMBIENT, ctypes.c_ulong(PR_CAP_AMBIENT_CLEAR_ALL), 0, 0, 0)  # EINVAL before Linux 4.3: none
    header = CapabilityHeader(CAPABILITY_VERSION_3, 0)
    data = (CapabilityData * 2)()
    if libc.capset(ctypes.byref(header), data) != 0:
        code = ctypes.get_errno()
        raise OSError(code, "capset() to no capabilities failed")


def _highest() -> int:
    try:
        with open("/proc/sys/kernel/cap_last_cap", encoding="ascii") as last:
            return int(last.read())
    except (OSError, ValueError):
        return HIGHEST_KNOWN


def not_dumpable() -> None:
    """No process of this user (a child, student code at a weaker level) may open this one's /proc files (memory,
    fds) or ptrace it."""
    _prctl_set(PR_SET_DUMPABLE, 0)


def die_with_parent() -> None:
    """SIGKILL this process when its parent dies (a run killed with SIGKILL ends every process under it)."""
    _prctl_set(PR_SET_PDEATHSIG, int(signal.SIGKILL))


def _prctl_set(option: int, value: int) -> None:
    """prctl(option, value) on Linux; elsewhere nothing (the other confinement still applies)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)
    except (OSError, AttributeError):
        pass
