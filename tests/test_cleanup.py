"""grader.sandbox.cleanup: removing what student code leaves (deep, unreadable, huge trees, links, mounts) with few fds."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from grader.sandbox import cleanup
from grader.sandbox.cleanup import empty_folder, remove_tree

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
NAME = "d" * 20  # 1,500 of them: 31,500 characters, far past PATH_MAX (4,096)
LEVELS = 1500


def deep_tree(root: Path, levels: int = LEVELS, name: str = NAME) -> None:
    """root/name/name/... levels deep, a file and a read-only file every 50 levels and at the bottom (made by
    descriptor: no path is short enough to name the bottom)."""
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for level in range(levels):
            os.mkdir(name, dir_fd=fd)
            for file, mode in (("file.txt", 0o644), ("read-only.txt", 0o444)) if level % 50 == 0 else ():
                handle = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode, dir_fd=fd)
                os.write(handle, b"left by a student")
                os.close(handle)
            inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = inner
        os.close(os.open("bottom.txt", os.O_WRONLY | os.O_CREAT, 0o444, dir_fd=fd))
    finally:
        os.close(fd)


def depth(root: Path, name: str = NAME) -> int:
    """How many levels of name are left under root."""
    fd, levels = os.open(root, os.O_RDONLY | os.O_DIRECTORY), 0
    try:
        while True:
            try:
                inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            except FileNotFoundError:
                return levels
            os.close(fd)
            fd, levels = inner, levels + 1
    finally:
        os.close(fd)


def wide_tree(root: Path, files: int = 2000, folders: int = 200) -> None:
    """Many files in one folder, and many small folders."""
    root.mkdir(parents=True, exist_ok=True)
    for number in range(files):
        (root / f"f{number}").write_bytes(b"")
    for number in range(folders):
        (root / f"d{number}").mkdir()
        for inner in range(3):
            (root / f"d{number}" / f"f{inner}").write_bytes(b"x")


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every path under folder (links unfollowed) with its mode and content."""
    found = {".": (stat.S_IMODE(folder.lstat().st_mode),)}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        content = path.read_bytes() if stat.S_ISREG(info.st_mode) else os.readlink(path) if path.is_symlink() else b""
        found[path.relative_to(folder).as_posix()] = (stat.S_IMODE(info.st_mode), content)
    return found


@pytest.fixture
def area(tmp_path):
    """A folder for trees too deep for shutil.rmtree; emptied afterwards, so pytest's own cleanup never meets one."""
    yield tmp_path
    for path in tmp_path.iterdir():  # a test may leave read-only folders too
        remove_tree(path)


# Run in a child: root loses its capabilities (permission bits apply to it as to any owner), and open files can be
# capped. The child prints one JSON line.
PRELUDE = '''
import ctypes, json, os, resource, shutil, stat, sys, time
from pathlib import Path
sys.path[:0] = [{repo!r}, {tests!r}]
from grader.sandbox.cleanup import empty_folder, remove_tree
from test_cleanup import LEVELS, NAME, deep_tree, depth, snapshot, wide_tree
if {unprivileged!r} and os.geteuid() == 0:
    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]
    assert ctypes.CDLL(None, use_errno=True).capset(ctypes.byref(Header(0x20080522, 0)), (Data * 2)()) == 0
    assert int(Path("/proc/self/status").read_text().split("CapEff:")[1].split()[0], 16) == 0
if {nofile!r}:
    resource.setrlimit(resource.RLIMIT_NOFILE, ({nofile!r}, {nofile!r}))
area = Path({area!r})
'''


def child(area: Path, code: str, unprivileged: bool = False, nofile: int | None = None) -> dict:
    """Run code after PRELUDE in a new interpreter; what it printed last, as JSON."""
    prelude = PRELUDE.format(repo=str(REPO), tests=str(TESTS), unprivileged=unprivileged, nofile=nofile,
                             area=str(area))
    run = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True,
                         timeout=300, cwd=area)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout.splitlines()[-1])


def test_shutil_rmtree_cannot_remove_a_tree_deeper_than_path_max(area):
    """Why grader.cleanup exists: shutil.rmtree(ignore_errors=True) raises RecursionError (not an OSError) past
    ~1,000 levels, and with 256 open files its descriptor per level runs out and it stops without a word."""
    deep_tree(area / "deep")
    assert len(str(area)) + LEVELS * (len(NAME) + 1) > os.pathconf(area, "PC_PATH_MAX")
    try:
        shutil.rmtree(area / "deep", ignore_errors=True)
        failed = f"left {depth(area / 'deep')} levels" if (area / "deep").exists() else ""
    except RecursionError:
        failed = "RecursionError"
    assert failed, "shutil.rmtree removed the tree"
    assert remove_tree(area / "deep") and not (area / "deep").exists()

    limited = child(area, '''
        deep_tree(area / "deep")
        try:
            shutil.rmtree(area / "deep", ignore_errors=True)
            failed = f"left {depth(area / 'deep')} levels" if (area / "deep").exists() else ""
        except RecursionError:
            failed = "RecursionError"
        removed = remove_tree(area / "deep")
        print(json.dumps({"failed": failed, "removed": removed, "gone": not (area / "deep").exists()}))
    ''', nofile=256)
    assert limited["failed"] and limited["removed"] and limited["gone"], limited


def test_trees_deeper_than_path_max_are_removed(area):
    deep_tree(area / "deep")
    assert remove_tree(area / "deep") is True and not (area / "deep").exists()
    folder = area / "run"
    deep_tree(folder / "one")
    deep_tree(folder / "two", name="e" * 20)
    (folder / "keep.py").write_text("kept")
    deep_tree(folder / "kept-folder", levels=3)
    assert empty_folder(folder, keep=("keep.py", "kept-folder")) is True
    assert sorted(os.listdir(folder)) == ["keep.py", "kept-folder"] and depth(folder / "kept-folder") == 3
    assert remove_tree(area / "missing") is True and empty_folder(area / "missing") is True
    assert remove_tree(area / "missing" / "too") is True


def test_folders_made_unreadable_or_read_only_are_removed(area):
    """0555 and 0000 folders with files inside, read-only files, a folder one can list but not enter: each is made
    0o700 and emptied. (As root, in a child without capabilities, so that the modes apply.)"""
    result = child(area, '''
        def hostile(top):
            for name in ("ro", "none", "write-only", "list-only"):
                (top / name / "inner").mkdir(parents=True)
                for file in ("a.txt", "b.txt"):
                    (top / name / file).write_text("x")
                    (top / name / "inner" / file).write_text("x")
                (top / name / "a.txt").chmod(0o444)
            (top / "ro" / "locked").mkdir()                      # 0000 inside 0555
            (top / "ro" / "locked" / "c.txt").write_text("x")
            (top / "ro" / "locked").chmod(0o000)
            (top / "ro" / "inner").chmod(0o555)
            for name, mode in (("ro", 0o555), ("none", 0o000), ("write-only", 0o300), ("list-only", 0o444)):
                (top / name).chmod(mode)
            top.chmod(0o555)

        hostile(area / "shutil")
        shutil.rmtree(area / "shutil", ignore_errors=True)
        hostile(area / "tree")
        hostile(area / "folder")
        (area / "folder").chmod(0o000)
        print(json.dumps({"shutil_left": (area / "shutil").exists(),
                          "removed": remove_tree(area / "tree"), "gone": not (area / "tree").exists(),
                          "emptied": empty_folder(area / "folder"), "left": os.listdir(area / "folder")}))
    ''', unprivileged=True)
    assert result == {"shutil_left": True, "removed": True, "gone": True, "emptied": True, "left": []}


def test_links_are_removed_never_followed(area):
    outside = area / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "file.txt").write_text("not the student's")
    (outside / "folder" / "inner.txt").write_text("not the student's either")
    (outside / "folder").chmod(0o555)
    before = snapshot(outside)
    tree = area / "tree"
    (tree / "ro").mkdir(parents=True)
    (tree / "to-folder").symlink_to(outside, target_is_directory=True)
    (tree / "to-file").symlink_to(outside / "file.txt")
    (tree / "to-root").symlink_to("/")
    (tree / "dangling").symlink_to(area / "nowhere")
    (tree / "ro" / "to-inner").symlink_to(outside / "folder")
    (tree / "ro").chmod(0o555)
    (area / "link").symlink_to(outside, target_is_directory=True)
    assert remove_tree(tree) is True and not tree.exists()
    assert empty_folder(area / "link") is False  # the folder to empty is a link: nothing is touched
    assert remove_tree(area / "link") is True and not (area / "link").exists()  # the link goes, not its target
    assert snapshot(outside) == before

    result = child(area, '''
        outside, tree = area / "outside", area / "tree"
        before = snapshot(outside)
        for name, mode in (("none", 0o000), ("ro", 0o555)):
            (tree / name).mkdir(parents=True)
            (tree / name / "to-outside").symlink_to(outside, target_is_directory=True)
            (tree / name / "to-inner").symlink_to(outside / "folder", target_is_directory=True)
            (tree / name).chmod(mode)
        print(json.dumps({"removed": remove_tree(tree), "untouched": snapshot(outside) == before}))
    ''', unprivileged=True)
    assert result == {"removed": True, "untouched": True}
    assert snapshot(outside) == before


def test_a_spent_budget_gives_up_without_raising(area):
    deep_tree(area / "big" / "deep")
    wide_tree(area / "big" / "wide")
    entries = sum(1 for _ in (area / "big" / "wide").iterdir())
    assert remove_tree(area / "big", seconds=0.0) is False
    assert empty_folder(area / "big", seconds=0.0) is False
    assert depth(area / "big" / "deep") == LEVELS and sum(1 for _ in (area / "big" / "wide").iterdir()) == entries
    started = time.monotonic()
    assert remove_tree(area / "big", seconds=0.05) is False
    assert time.monotonic() - started < 1.0
    assert remove_tree(area / "big") is True and not (area / "big").exists()


def test_both_work_with_64_open_files_and_hold_only_a_few(area):
    """Under RLIMIT_NOFILE=64, then with only 4 descriptors free at all."""
    result = child(area, '''
        results = {}
        for name in ("tree", "folder"):
            deep_tree(area / name / "deep")
            wide_tree(area / name / "wide")
        results["removed"] = remove_tree(area / "tree") and not (area / "tree").exists()
        (area / "folder" / "keep").write_text("x")
        results["emptied"] = empty_folder(area / "folder", keep=("keep",)) and os.listdir(area / "folder") == ["keep"]

        deep_tree(area / "few" / "deep")
        wide_tree(area / "few" / "wide", files=100, folders=20)
        def is_open(fd):
            try:
                os.fstat(fd)
                return True
            except OSError:
                return False
        used = {fd for fd in range(64) if is_open(fd)}
        limit = 0
        while len(set(range(limit)) - used) < 4:
            limit += 1
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, 64))
        results["few"] = remove_tree(area / "few")
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
        results["few_gone"] = not (area / "few").exists()
        print(json.dumps(results))
    ''', nofile=64)
    assert result == {"removed": True, "emptied": True, "few": True, "few_gone": True}


@pytest.mark.parametrize("error", [RecursionError, MemoryError, OSError])
def test_it_never_raises(area, monkeypatch, error):
    deep_tree(area / "tree", levels=3)
    fds = len(os.listdir("/proc/self/fd"))

    def failing(*args, **kwargs):
        raise error("from the test")

    monkeypatch.setattr(cleanup.os, "scandir", failing)
    assert remove_tree(area / "tree") is False and empty_folder(area / "tree") is False
    monkeypatch.undo()
    assert len(os.listdir("/proc/self/fd")) == fds  # nothing left open
    assert remove_tree("") is False and remove_tree(os.path.join(area, ".")) is False and area.exists()
    (area / "file").write_text("x")
    assert empty_folder(area / "file") is False and remove_tree(area / "file") is True
    assert remove_tree(area / "tree") is True


def test_mount_points_are_left_alone(area):
    """A mount inside the tree: remove_tree leaves it (and the folders leading to it) and says False; at the top
    of a folder, empty_folder spares it like a kept entry. (In a bubblewrap mount namespace, a tmpfs on each.)"""
    bwrap = shutil.which("bwrap")
    if not bwrap:
        pytest.skip("needs bubblewrap to mount a tmpfs")
    tree, folder = area / "tree", area / "folder"
    for path in (tree / "a" / "mount", tree / "b", folder / "mount", folder / "other"):
        path.mkdir(parents=True)
    (tree / "b" / "file.txt").write_text("x")
    (folder / "other" / "file.txt").write_text("x")
    code = textwrap.dedent(f'''
        import json, os, sys
        sys.path.insert(0, {str(REPO)!r})
        from grader.sandbox.cleanup import empty_folder, remove_tree
        tree, folder = {str(tree)!r}, {str(folder)!r}
        for mount in (tree + "/a/mount", folder + "/mount"):
            with open(mount + "/on-the-mount.txt", "w") as file:
                file.write("not ours")
        print(json.dumps({{"removed": remove_tree(tree), "emptied": empty_folder(folder),
                          "tree": sorted(os.listdir(tree)), "folder": sorted(os.listdir(folder)),
                          "mounts": [os.listdir(tree + "/a/mount"), os.listdir(folder + "/mount")]}}))
    ''')
    mounts = ["--tmpfs", str(tree / "a" / "mount"), "--tmpfs", str(folder / "mount")]
    run = subprocess.run([bwrap, "--dev-bind", "/", "/", *mounts, sys.executable, "-c", code], capture_output=True,
                         text=True, timeout=60)
    if run.returncode != 0 and run.stderr.startswith("bwrap:"):
        pytest.skip(f"bubblewrap cannot mount here: {run.stderr.strip()}")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"removed": False, "emptied": True, "tree": ["a"], "folder": ["mount"],
                                      "mounts": [["on-the-mount.txt"], ["on-the-mount.txt"]]}


# The graded function of a student who fills their run folder and temporary folder with trees deeper than PATH_MAX,
# then kills their own process group (the process that supervises them included).
DEEP_TREES = '''

def initialize_parameters_zeros(layers_dims):
    import os, signal, tempfile
    for folder, name in ((os.getcwd(), "c" * 20), (tempfile.gettempdir(), "t" * 20)):
        try:
            fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except OSError:
            continue
        try:
            for _ in range(1500):
                os.mkdir(name, dir_fd=fd)
                inner = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
                os.close(fd)
                fd = inner
        except OSError:
            pass
        finally:
            os.close(fd)
    os.kill(0, signal.SIGKILL)
'''


def _level_or_skip(level: str) -> None:
    from grader.sandbox import levels

    try:
        levels.choose(level)
    except levels.SandboxUnavailable as reason:
        pytest.skip(str(reason))


@pytest.mark.parametrize("level", ["bubblewrap", "landlock", "seccomp", "process"])
def test_a_class_run_survives_a_student_who_leaves_trees_deeper_than_path_max(area, level):
    """`grade report --jobs 2` (the main process removes its workers' scratch folders, holding their run folders):
    the run and a rerun exit 0, every student has a row, the honest ones full marks, no temporary folder stays."""
    # here: the children above import this module, and only need cleanup
    from conftest import points_of, reference_sources, score_text

    _level_or_skip(level)
    root, out, scratch = area / "class", area / "out", area / "tmp"
    scratch.mkdir()
    for name in ("alice", "bob", "carol", "dave"):
        (root / name).mkdir(parents=True)
        for file, text in reference_sources(course=2).items():
            (root / name / file).write_text(text, encoding="utf-8")
    (root / "mallory").mkdir()
    for file, text in reference_sources(course=2).items():
        (root / "mallory" / file).write_text(text + (DEEP_TREES if file == "initialization.py" else ""),
                                             encoding="utf-8")
    env = dict(os.environ, TMPDIR=str(scratch))
    # --timeout: building 3,000 folders takes longer than the default half second on a busy machine
    command = [sys.executable, "-m", "grader.cli", "report", str(root), "--out", str(out), "--jobs", "2",
               "--sandbox", level, "--timeout", "30"]
    # the run, the same command again (it reuses the gradebook), and a run into a new folder (it grades them all)
    for attempt, folder in (("first", out), ("rerun", out), ("fresh", area / "fresh")):
        run = subprocess.run([*command[:6], str(folder), *command[7:]], capture_output=True, text=True, timeout=600,
                             env=env, cwd=REPO)
        assert run.returncode == 0, f"{attempt} run: {run.stderr[-3000:]}"
        grades = {row["student"]: row["total"]
                  for row in csv.DictReader(io.StringIO((folder / "grades.csv").read_text("utf-8")))}
        assert sorted(grades) == ["alice", "bob", "carol", "dave", "mallory"], grades
        assert all(grades[name] == score_text(points_of(course=2)) for name in ("alice", "bob", "carol", "dave")), \
            (grades, run.stderr[-3000:])
        assert list(scratch.iterdir()) == [], f"{attempt} run left temporary folders"
