"""How student processes are confined: the isolation levels, how the best one is chosen, and what the process may see."""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

BUBBLEWRAP = "bubblewrap"  # own namespaces (no network, no other processes), a minimal read-only file view
LANDLOCK = "landlock"      # Landlock file rules: only the Python runtime, numpy and the run's own files
SECCOMP = "seccomp"        # files not confined
PROCESS = "process"        # a separate process with resource limits only
NONE = "none"              # asked for: a separate process and the timeout, nothing else
LEVELS = (BUBBLEWRAP, LANDLOCK, SECCOMP, PROCESS, NONE)
MODES = ("auto", "strict", *LEVELS)  # auto: the strongest that works; strict: bubblewrap or nothing
MATERIAL_PACKAGES = ("grader_solutions", "grader_templates")
# The sandbox's /tmp is memory: a few files under the 16 MiB file-size limit, never enough to matter.
TMP_BYTES = 32 * 1024 * 1024
RUN_BYTES = 64 * 1024 * 1024   # what student code may write in its run folder (its working directory)


class SandboxUnavailable(RuntimeError):
    """--sandbox strict on a machine where full isolation does not work (one-line message)."""


@dataclass(frozen=True)
class Confinement:
    """What confines each student process: the level's name and the mechanisms behind it.

    Every level but none adds resource limits; bubblewrap, landlock and seccomp add a seccomp
    filter (no sockets, no new processes, no signals to other processes).
    """

    level: str
    bwrap: str | None = None
    landlock: bool = False
    seccomp: bool = False
    limits: bool = True


def choose(mode: str) -> Confinement:
    """The strongest confinement this machine supports (auto), bubblewrap or nothing (strict), or the level named.

    A level named that does not work here raises SandboxUnavailable (never a weaker level instead).
    """
    if mode == NONE:
        return Confinement(NONE, limits=False)
    if mode == PROCESS:
        return Confinement(PROCESS)
    from grader import landlock, seccomp  # ctypes-based: imported only when confinement is wanted

    if not seccomp.available():
        if mode == "auto":
            return Confinement(PROCESS)
        raise SandboxUnavailable(f"--sandbox {mode} needs seccomp on this architecture, which does not work here")
    if mode in ("auto", "strict", BUBBLEWRAP):
        bwrap = _working_bwrap()
        if bwrap:
            return Confinement(BUBBLEWRAP, bwrap=bwrap, seccomp=True)
        if mode != "auto":
            raise SandboxUnavailable(f"--sandbox {mode} needs bubblewrap (bwrap) with user namespaces, "
                                     "which does not work here")
    if mode in ("auto", LANDLOCK):
        if landlock.available():
            return Confinement(LANDLOCK, landlock=True, seccomp=True)
        if mode == LANDLOCK:
            raise SandboxUnavailable("--sandbox landlock needs a kernel with Landlock enabled, which this one is not")
    return Confinement(SECCOMP, seccomp=True)


def _working_bwrap() -> str | None:
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return None
    try:
        probe = subprocess.run([bwrap, "--unshare-all", "--die-with-parent", "--new-session",
                                "--ro-bind", "/", "/", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return bwrap if probe.returncode == 0 else None


@dataclass(frozen=True)
class FileView:
    """What the student process may see: read-only trees (minus hidden ones, with exposed ones back) and writable ones."""

    read: tuple[str, ...]
    hidden: tuple[str, ...]
    exposed: tuple[str, ...]
    write: tuple[str, ...]
    inside: tuple[str, ...] = ()  # folders within a write tree that stay read-only (the run's inputs)


def file_view(package_dir: str, workdir: str, inputs: tuple[str, ...] = ()) -> FileView:
    """The Python runtime without its installed packages; then numpy and the grader package; the run folder.

    The grading material (references, cases) is never part of it, wherever it is installed.
    """
    prefixes = {sys.base_prefix, sys.prefix, str(Path(sys.executable).parent)}
    system = [path for path in ("/usr", "/lib", "/lib64", "/bin", "/etc/ld.so.cache") if os.path.exists(path)]
    site_dirs = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    site_dirs |= {sysconfig.get_paths(vars={"base": sys.base_prefix, "platbase": sys.base_prefix})[key]
                  for key in ("purelib", "platlib")}
    numpy_spec = importlib.util.find_spec("numpy")
    numpy_dir = str(Path(numpy_spec.origin).parent)
    grader_dir = str(Path(__file__).resolve().parent)
    # Mounted after the installed packages are hidden, so each shows even when it lives among them.
    exposed = [numpy_dir, numpy_dir + ".libs", grader_dir, package_dir]
    hidden = sorted(site for site in site_dirs if os.path.isdir(site))
    return FileView(tuple(_existing(sorted(prefixes) + system)), tuple(hidden), tuple(_existing(exposed)), (workdir,),
                    tuple(inputs))


def _existing(paths) -> list[str]:
    return [path for path in dict.fromkeys(paths) if os.path.exists(path)]


def bwrap_command(bwrap: str, view: FileView, workdir: str) -> list[str]:
    """bwrap arguments: new namespaces, the view mounted read-only, the run folder writable, then the command.

    Nothing else is writable: the sandbox's own / (a tmpfs, that is memory), /dev and the tmpfs that hide
    installed packages are remounted read-only once everything is mounted on them; /tmp is a tmpfs of
    TMP_BYTES (read-only where this bwrap cannot size a tmpfs). The run folder is a tmpfs of RUN_BYTES
    holding the run's inputs (view.inside) bound read-only from the host; where this bwrap cannot size a
    tmpfs it is the host's folder bound writable, bounded only by the file-size limit.
    """
    sized = _bwrap_sizes_tmpfs(bwrap)
    command = [bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
               "--dev", "/dev", "--proc", "/proc", *(["--size", str(TMP_BYTES)] if sized else []), "--tmpfs", "/tmp"]
    for path in view.read:
        command += ["--ro-bind", path, path]
    for path in view.hidden:
        command += ["--tmpfs", path]
    for path in view.exposed:
        command += ["--ro-bind", path, path]
    for path in view.write:
        if sized:  # the sandbox writes to memory of its own, RUN_BYTES at most, not to the grader's disk
            command += ["--size", str(RUN_BYTES), "--tmpfs", path]
        else:
            command += ["--bind", path, path]
    for path in view.inside:
        command += ["--ro-bind", path, path]
    # Last, once every mount point on them exists (remounts are not recursive: the mounts on top keep their mode).
    for path in [*view.hidden, "/dev", *([] if sized else ["/tmp"]), "/"]:
        command += ["--remount-ro", path]
    return command + ["--chdir", workdir, "--"]


@functools.lru_cache(maxsize=None)
def _bwrap_sizes_tmpfs(bwrap: str) -> bool:
    """Whether this bwrap can size a tmpfs: --size is new in bubblewrap 0.7 and refused by a setuid bwrap."""
    try:
        probe = subprocess.run([bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--ro-bind", "/", "/",
                                "--size", str(TMP_BYTES), "--tmpfs", "/tmp", "true"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def landlock_rules(view: FileView) -> tuple[list[str], list[str]]:
    """Landlock allows, it cannot hide: read trees are split around hidden ones, which are then left out."""
    read: list[str] = []
    for tree in view.read:
        read.extend(_allow_except(Path(tree), [Path(hidden) for hidden in view.hidden]))
    return read + list(view.exposed), list(view.write)


def _allow_except(tree: Path, hidden: list[Path]) -> list[str]:
    if any(tree == path or tree.is_relative_to(path) for path in hidden):
        return []
    if not any(path.is_relative_to(tree) for path in hidden) or not tree.is_dir() or tree.is_symlink():
        return [str(tree)]
    allowed: list[str] = []
    for child in sorted(tree.iterdir()):
        allowed.extend(_allow_except(child, hidden))
    return allowed
