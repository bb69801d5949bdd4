"""How student processes are confined: the isolation levels, how the best one is chosen, and what the process may see."""

from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import site
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
    from grader.sandbox import landlock, seccomp  # ctypes-based: imported only when confinement is wanted

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


class ViewError(SandboxUnavailable):
    """A file view that cannot be confined: a tree the student process would see whole holds the grading material."""


@dataclass(frozen=True)
class GradingView(FileView):
    """A FileView that also names the grading material of the run: never readable, at any level.

    Hidden like an installed package, and more: no Landlock rule may contain it or lie under it, and a read tree
    holding it is split around it (bubblewrap covers it with a tmpfs).
    """

    material: tuple[str, ...] = ()


def file_view(package_dir: str, workdir: str, inputs: tuple[str, ...] = (),
              material_dirs: tuple[str, ...] = ()) -> GradingView:
    """The Python runtime without its installed packages; then numpy and the grader package; the run folder.

    The grading material (references, cases) is never part of it, wherever it is installed: the packages
    grader_solutions and grader_templates where they are installed, and material_dirs (the material of this run).
    Read and exposed paths are kept as named (the sandbox recreates the symbolic links among them, /lib64 for the
    dynamic loader); hidden trees and the material are resolved. landlock_rules() and bwrap_command() resolve the rest.
    """
    prefixes = {sys.base_prefix, sys.prefix, str(Path(sys.executable).parent)}
    system = [path for path in ("/usr", "/lib", "/lib64", "/bin", "/etc/ld.so.cache") if os.path.exists(path)]
    numpy_spec = importlib.util.find_spec("numpy")
    numpy_dir = str(Path(numpy_spec.origin).parent)
    grader_dir = str(Path(__file__).resolve().parents[1])  # the grader package: grader.sandbox imports it
    # Mounted after the installed packages are hidden, so each shows even when it lives among them.
    exposed = [numpy_dir, numpy_dir + ".libs", grader_dir, package_dir]
    hidden = sorted({os.path.realpath(site) for site in _site_dirs() if os.path.isdir(site)})
    return GradingView(tuple(_existing(sorted(prefixes) + system)), tuple(hidden), tuple(_existing(exposed)),
                       (workdir,), tuple(inputs), material=tuple(_material_locations(material_dirs)))


def _existing(paths) -> list[str]:
    return [path for path in dict.fromkeys(paths) if os.path.exists(path)]


def _site_dirs() -> set[str]:
    """Every folder this interpreter installs packages in or imports them from: its sysconfig schemes, site's list,
    and every sys.path entry named site-packages or dist-packages."""
    site_dirs = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    site_dirs |= {sysconfig.get_paths(vars={"base": sys.base_prefix, "platbase": sys.base_prefix})[key]
                  for key in ("purelib", "platlib")}
    try:
        site_dirs |= set(site.getsitepackages())
    except AttributeError:  # an old virtualenv's site module
        pass
    site_dirs |= {entry for entry in sys.path
                  if isinstance(entry, str) and os.path.isabs(entry)
                  and os.path.basename(os.path.normpath(entry)) in ("site-packages", "dist-packages")}
    return site_dirs


def _material_locations(material_dirs=()) -> list[str]:
    """The resolved folders (or files) of the grading material: material_dirs and the installed material packages."""
    found = [str(path) for path in material_dirs]
    for name in MATERIAL_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None:
            continue
        if spec.submodule_search_locations is not None:  # a package: its folders (a namespace package has several)
            found.extend(entry for entry in spec.submodule_search_locations if isinstance(entry, str))
        elif spec.origin:
            found.append(spec.origin)
    return sorted({os.path.realpath(path) for path in found if os.path.isabs(path) and os.path.lexists(path)})


def _within(path: str, tree: str) -> bool:
    """Whether path is tree or lies beneath it (both absolute and normalised, as realpath gives them)."""
    return path == tree or path.startswith(tree.rstrip("/") + "/")


def _resolved(path: str, strict: bool = False) -> str | None:
    """path with every symbolic link in it resolved; strict: None when it does not exist or loops."""
    try:
        real = os.path.realpath(path, strict=strict)
    except OSError:
        return None
    return None if strict and os.path.islink(real) else real


def _view_material(view: FileView) -> list[str]:
    """What a view must never show: the material it names, and the installed material packages in any case."""
    named = [os.path.realpath(path) for path in getattr(view, "material", ())]
    return sorted(set(named) | set(_material_locations()))


def _check_whole(view: FileView, material: list[str], hidden: list[str]) -> None:
    """Exposed, writable and input trees are granted whole (they cannot be split): none may hold or lie in the
    material, nor hold a hidden tree (it would show it again)."""
    for kind, paths in (("exposed", view.exposed), ("writable", view.write), ("input", view.inside)):
        for path in paths:
            real = os.path.realpath(path)
            for item in material:
                if _within(item, real) or _within(real, item):
                    raise ViewError(f"the {kind} folder {path} ({real}) would show the grading material {item}: "
                                    "install the grader and its material apart")
            for item in hidden:
                if _within(item, real):
                    raise ViewError(f"the {kind} folder {path} ({real}) holds the hidden folder {item}")


def bwrap_command(bwrap: str, view: FileView, workdir: str) -> list[str]:
    """bwrap arguments: new namespaces, the view mounted read-only, the run folder writable, then the command.

    Nothing else is writable: the sandbox's own / (a tmpfs, that is memory), /dev and the tmpfs that hide
    installed packages are remounted read-only once everything is mounted on them; /tmp is a tmpfs of
    TMP_BYTES (read-only where this bwrap cannot size a tmpfs). The run folder is a tmpfs of RUN_BYTES
    holding the run's inputs (view.inside) bound read-only from the host; where this bwrap cannot size a
    tmpfs it is the host's folder bound writable, bounded only by the file-size limit.
    """
    sized = _bwrap_sizes_tmpfs(bwrap)
    # --as-pid-1: the student process itself is the sandbox's PID 1 (it makes itself non-dumpable before any
    # student code runs), not bwrap's own init, which would have no seccomp filter and be writable through /proc.
    # When it ends, the kernel kills every other process of the sandbox.
    command = [bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--as-pid-1", "--cap-drop", "ALL",
               "--dev", "/dev", "--proc", "/proc", *(["--size", str(TMP_BYTES)] if sized else []), "--tmpfs", "/tmp"]
    hidden = [os.path.realpath(path) for path in view.hidden]
    material = _view_material(view)
    _check_whole(view, material, hidden)
    # Every mount is made at the resolved path: a tree reached through a symbolic link (merged /usr: /lib -> usr/lib,
    # a venv's lib64 -> lib) is bound once, where it is, and the link is recreated in the sandbox (last, below), so a
    # tmpfs over a hidden tree also covers what the link shows. Binding the link's path instead would be a second
    # mount of the target that no tmpfs covers.
    read = _outermost(os.path.realpath(path) for path in view.read)
    exposed = list(dict.fromkeys(os.path.realpath(path) for path in view.exposed))
    write = list(dict.fromkeys(os.path.realpath(path) for path in view.write))
    inside = list(dict.fromkeys(os.path.realpath(path) for path in view.inside))
    for path in read:
        command += ["--ro-bind", path, path]
    for path in dict.fromkeys(hidden):
        command += ["--tmpfs", path]
    # The material wherever a read tree shows it and no hidden tree covers it already (a file: /dev/null over it).
    covered = [path for path in material if any(_within(path, tree) for tree in read)
               and not any(_within(path, tree) for tree in hidden) and os.path.lexists(path)]
    covered_dirs = [path for path in covered if os.path.isdir(path)]
    for path in covered:
        command += ["--tmpfs", path] if path in covered_dirs else ["--ro-bind", "/dev/null", path]
    for path in exposed:
        command += ["--ro-bind", path, path]
    for path in write:
        if sized:  # the sandbox writes to memory of its own, RUN_BYTES at most, not to the grader's disk
            command += ["--size", str(RUN_BYTES), "--tmpfs", path]
        else:
            command += ["--bind", path, path]
    for path in inside:
        command += ["--ro-bind", path, path]
    bound = [*read, *exposed, *write, *inside]
    for link, target in _links_outside([*view.read, *view.exposed, *view.write, *view.inside], bound):
        command += ["--symlink", target, link]
    # Last, once every mount point on them exists (remounts are not recursive: the mounts on top keep their mode).
    for path in [*dict.fromkeys(hidden), *covered_dirs, "/dev", *([] if sized else ["/tmp"]), "/"]:
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
    """Landlock allows, it cannot hide: read trees are split around hidden ones (and the material), which are then
    left out; exposed trees are added back. Every rule is a resolved path (landlock opens it without following a
    link): a tree reached through a symbolic link is its target, split the same way. Raises ViewError where an
    exposed or writable tree would show the material (it cannot be split)."""
    hidden = [os.path.realpath(path) for path in view.hidden]
    material = _view_material(view)
    _check_whole(view, material, hidden)
    seen: set[str] = set()
    read: list[str] = []
    for tree in view.read:
        read.extend(_allow_except(tree, hidden + material, seen))
    exposed = [real for real in (_resolved(path, strict=True) for path in view.exposed) if real is not None]
    write = [real for real in (_resolved(path, strict=True) for path in view.write) if real is not None]
    rules = _outermost(read) + [path for path in dict.fromkeys(exposed) if path not in read]
    for rule in [*rules, *write]:  # what the construction guarantees, checked once more: never the material
        if any(_within(rule, item) or _within(item, rule) for item in material):
            raise ViewError(f"a file rule ({rule}) would show the grading material")
    return rules, list(dict.fromkeys(write))


def _allow_except(tree: str, hidden: list[str], seen: set[str]) -> list[str]:
    """Rules (resolved paths) for tree without the hidden trees (resolved) in it: tree itself when none is in it,
    else its entries, each split the same way; a symbolic link stands for its resolved target, wherever that is.
    seen (resolved trees already split or allowed) keeps a link loop or a tree reached twice from being walked again."""
    real = _resolved(tree, strict=True)
    if real is None or real in seen:  # missing, a dangling link, a loop; or done already
        return []
    seen.add(real)
    if any(_within(real, path) for path in hidden):
        return []
    if not any(_within(path, real) for path in hidden) or not os.path.isdir(real):
        return [real]
    try:
        entries = sorted(os.listdir(real))
    except OSError:  # a folder that cannot be listed gives nothing rather than all of it
        return []
    allowed: list[str] = []
    for name in entries:
        allowed.extend(_allow_except(os.path.join(real, name), hidden, seen))
    return allowed


def _outermost(paths) -> list[str]:
    """paths without the ones that lie beneath another (or repeat it), in their order."""
    paths = list(dict.fromkeys(paths))
    return [path for path in paths if not any(other != path and _within(path, other) for other in paths)]


def _links_outside(paths, bound: list[str]) -> list[tuple[str, str]]:
    """(link, target) for each symbolic link met while resolving paths, outside every bound tree (a bound tree
    shows its own links), in the order a path meets them; each once."""
    links: dict[str, str] = {}
    for path in paths:
        for link, target in _links_of(path):
            if link not in links and not any(_within(link, tree) for tree in bound):
                links[link] = target
    return list(links.items())


def _links_of(path: str) -> list[tuple[str, str]]:
    """The symbolic links resolving path goes through, as (where the link is, what it says), in order."""
    links: list[tuple[str, str]] = []
    pending = [part for part in os.path.join(os.getcwd(), path).split("/") if part]  # not abspath: ".." after a link
    current = "/"
    steps = 0
    while pending:
        part = pending.pop(0)
        if part in (".", ""):
            continue
        if part == "..":
            current = os.path.dirname(current)
            continue
        candidate = os.path.join(current, part)
        if not os.path.islink(candidate):
            current = candidate
            continue
        steps += 1
        if steps > 40:  # a loop: what realpath stops at too
            break
        target = os.readlink(candidate)
        links.append((candidate, target))
        if target.startswith("/"):
            current = "/"
        pending[:0] = [piece for piece in target.split("/") if piece]
    return links
