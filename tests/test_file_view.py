"""The student process's file view where trees are reached through symbolic links (a venv's lib64 -> lib, merged
/usr's /lib -> usr/lib): the grading material and installed packages stay unreadable at the landlock and the
bubblewrap levels, whatever path leads to them, and what must show still does."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import REPO, SOLUTIONS
from grader.sandbox import landlock, levels

MARKER = "REFERENCE-MARKER-7f3a"
NUMPY_MARKER = "EXPOSED-NUMPY-OK"
SITE = "lib/python3.11/site-packages"
REFERENCE = "grader_solutions/optimization/reference.py"
DIST = "python3/dist-packages"


def fake_runtime(tmp_path: Path) -> dict[str, Path]:
    """A venv (lib64 -> lib, the grading material installed among its packages, numpy too) and a merged-/usr tree
    (root/lib -> usr/lib) with a hidden dist-packages holding the material as well, plus links that loop or dangle."""
    venv, root = tmp_path / "venv", tmp_path / "root"
    files = {
        venv / SITE / REFERENCE: f"ANSWER = '{MARKER}'\n",
        venv / SITE / "numpy/__init__.py": f"# {NUMPY_MARKER}\n",
        venv / "lib/python3.11/os.py": "# the standard library\n",
        venv / "bin/python": "#!/bin/false\n",
        venv / "pyvenv.cfg": "home = /nowhere\n",
        root / "usr/lib" / DIST / REFERENCE: f"ANSWER = '{MARKER}'\n",
        root / "usr/lib/libc.so.6": "an ELF, say\n",
        root / "usr/bin/tool": "#!/bin/false\n",
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (venv / "lib64").symlink_to("lib")
    (root / "lib").symlink_to("usr/lib")
    (root / "bin").symlink_to("usr/bin")
    (root / "usr/lib/loop").symlink_to("../lib")          # a link back to the folder it is in
    (root / "usr/lib/up").symlink_to("..")                # and to its parent
    (root / "usr/lib/dangling").symlink_to("nowhere")
    (tmp_path / "run").mkdir()
    return {"venv": venv, "root": root, "run": tmp_path / "run"}


def fake_view(layout: dict[str, Path]) -> levels.FileView:
    venv, root = layout["venv"], layout["root"]
    return levels.FileView(
        read=(str(venv), str(root / "lib"), str(root / "bin")),
        # the venv's site-packages under both names (platlib is lib64/... where sys.platlibdir is lib64)
        hidden=(str(venv / SITE), str(venv / "lib64/python3.11/site-packages"), str(root / "usr/lib" / DIST)),
        exposed=(str(venv / "lib64/python3.11/site-packages/numpy"),),
        write=(str(layout["run"]),))


def secrets(layout: dict[str, Path]) -> list[Path]:
    """The marker file by every path that leads to it."""
    venv, root = layout["venv"], layout["root"]
    return [venv / "lib64/python3.11/site-packages" / REFERENCE, venv / SITE / REFERENCE,
            root / "lib" / DIST / REFERENCE, root / "usr/lib" / DIST / REFERENCE]


def visible(layout: dict[str, Path]) -> list[Path]:
    venv, root = layout["venv"], layout["root"]
    return [venv / "lib64/python3.11/site-packages/numpy/__init__.py", venv / SITE / "numpy/__init__.py",
            venv / "lib64/python3.11/os.py", root / "lib/libc.so.6", root / "bin/tool"]


def within(path: str, tree: str) -> bool:
    path, tree = os.path.realpath(path), os.path.realpath(tree)
    return path == tree or path.startswith(tree.rstrip("/") + "/")


def assert_no_rule_shows(rules: list[str], trees) -> None:
    for rule in rules:
        for tree in trees:
            assert not within(rule, tree), f"the rule {rule} lies in {tree}"
            assert not within(tree, rule), f"the rule {rule} ({os.path.realpath(rule)}) contains {tree}"


def assert_hidden_stays_hidden(rules: list[str], view: levels.FileView) -> None:
    """No rule contains a hidden tree; only the exposed ones lie in one."""
    exposed = {os.path.realpath(path) for path in view.exposed}
    for rule in rules:
        for tree in view.hidden:
            assert not within(tree, rule), f"the rule {rule} ({os.path.realpath(rule)}) contains {tree}"
            assert rule in exposed or not within(rule, tree), f"the rule {rule} lies in {tree}"


def test_landlock_rules_are_resolved_and_never_reach_a_hidden_tree_through_a_link(tmp_path):
    layout = fake_runtime(tmp_path)
    view = fake_view(layout)
    read, write = levels.landlock_rules(view)
    material = [layout["venv"] / SITE / "grader_solutions", layout["root"] / "usr/lib" / DIST / "grader_solutions"]
    assert_no_rule_shows(read + write, material)
    assert_hidden_stays_hidden(read + write, view)
    assert all(rule == os.path.realpath(rule) for rule in read + write), "every rule is a resolved path"
    numpy_dir = str(layout["venv"] / SITE / "numpy")
    assert numpy_dir in read, "the exposed numpy folder is allowed (at its resolved path)"
    for path in visible(layout):  # what the view is for still shows
        assert any(within(str(path), rule) for rule in read), f"{path} is not allowed any more"
    assert write == [str(layout["run"])]


def test_named_material_is_split_out_of_read_trees_and_refused_in_exposed_ones(tmp_path):
    layout = fake_runtime(tmp_path)
    root = layout["root"]
    material = root / "usr/share/grading"
    (material / "optimization").mkdir(parents=True)
    (material / "optimization/reference.py").write_text(f"ANSWER = '{MARKER}'\n")
    (root / "usr/share/doc").mkdir()
    (root / "share").symlink_to("usr/share")
    view = levels.GradingView(read=(str(root / "share"),), hidden=(), exposed=(), write=(str(layout["run"]),),
                               material=(str(root / "share/grading"),))
    read, _ = levels.landlock_rules(view)
    assert_no_rule_shows(read, [material])
    assert read == [str(root / "usr/share/doc")]
    command = levels.bwrap_command("/usr/bin/bwrap", view, str(layout["run"]))
    assert command[command.index(str(material)) - 1] == "--tmpfs", "the material under a bound tree is covered"
    for exposed in [root / "share", material / "optimization"]:  # holds the material, or lies in it: cannot be split
        wrong = levels.GradingView(read=(), hidden=(), exposed=(str(exposed),), write=(str(layout["run"]),),
                                    material=(str(material),))
        with pytest.raises(levels.ViewError, match="grading material"):
            levels.landlock_rules(wrong)
        with pytest.raises(levels.ViewError, match="grading material"):
            levels.bwrap_command("/usr/bin/bwrap", wrong, str(layout["run"]))


def run_confined(rules: tuple[list[str], list[str]], paths: list[Path]) -> dict[str, str]:
    """In a new process: landlock.restrict(rules), then read each path; what each read gave ("ok" or the error)."""
    code = textwrap.dedent(f"""
        import json, sys
        sys.path.insert(0, {str(REPO)!r})
        from grader.sandbox import landlock
        read, write = json.loads(sys.argv[1])
        paths = json.loads(sys.argv[2])
        try:
            landlock.restrict(read, write)
        except OSError as exc:
            print(json.dumps({{"restrict": type(exc).__name__ + ": " + str(exc)}}))
            sys.exit(0)
        out = {{}}
        for path in paths:
            try:
                with open(path, "rb") as stream:
                    out[path] = "ok" if stream.read() else "empty"
            except Exception as exc:
                out[path] = type(exc).__name__
        print(json.dumps(out))
    """)
    done = subprocess.run([sys.executable, "-I", "-c", code, json.dumps(rules), json.dumps([str(p) for p in paths])],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(not landlock.available(), reason="Landlock is not available here")
def test_under_landlock_the_material_is_unreadable_by_every_path_to_it(tmp_path):
    layout = fake_runtime(tmp_path)
    results = run_confined(levels.landlock_rules(fake_view(layout)), secrets(layout) + visible(layout))
    assert "restrict" not in results, results
    assert {path: results[str(path)] for path in secrets(layout)} == {path: "PermissionError"
                                                                       for path in secrets(layout)}
    assert {path: results[str(path)] for path in visible(layout)} == {path: "ok" for path in visible(layout)}


@pytest.mark.skipif(not landlock.available(), reason="Landlock is not available here")
def test_landlock_refuses_a_rule_that_is_a_link_instead_of_following_it(tmp_path):
    layout = fake_runtime(tmp_path)
    venv = layout["venv"]
    for rule in [venv / "lib64", venv / "lib64/python3.11"]:  # the link itself, and a folder reached through it
        results = run_confined(([str(rule)], []), [venv / SITE / REFERENCE])
        assert "symbolic link" in results.get("restrict", ""), results


def working_bwrap() -> str | None:
    return levels._working_bwrap()


@pytest.mark.skipif(working_bwrap() is None, reason="bubblewrap does not work here")
def test_under_bubblewrap_the_material_is_unreadable_by_every_path_to_it(tmp_path):
    layout = fake_runtime(tmp_path)
    view = fake_view(layout)
    # cat must run in the sandbox: the host's own system trees too (a merged /usr here, most likely)
    host = tuple(path for path in ("/usr", "/lib", "/lib64", "/bin", "/etc/ld.so.cache") if os.path.exists(path))
    view = levels.FileView(read=view.read + host, hidden=view.hidden, exposed=view.exposed, write=view.write)
    command = levels.bwrap_command(working_bwrap(), view, str(layout["run"]))
    results = {}
    for path in secrets(layout) + visible(layout):
        done = subprocess.run(command + ["cat", str(path)], capture_output=True, text=True, timeout=60)
        results[path] = (done.returncode, MARKER in done.stdout)
        if path in visible(layout):
            assert done.returncode == 0, (path, done.stderr)
    for path in secrets(layout):
        assert results[path] == (1, False), f"{path} was readable in the sandbox"
    assert NUMPY_MARKER in subprocess.run(command + ["cat", str(visible(layout)[0])], capture_output=True,
                                          text=True, timeout=60).stdout


def test_bwrap_recreates_links_instead_of_binding_them(tmp_path):
    layout = fake_runtime(tmp_path)
    root = layout["root"]
    command = levels.bwrap_command("/usr/bin/bwrap", fake_view(layout), str(layout["run"]))
    binds = [command[i + 2] for i, arg in enumerate(command) if arg in ("--ro-bind", "--bind")]
    assert all(path == os.path.realpath(path) for path in binds), "every mount is made at a resolved path"
    link = command.index(str(root / "lib"))
    assert command[link - 2:link + 1] == ["--symlink", "usr/lib", str(root / "lib")]
    assert str(root / "usr/lib") in binds and str(root / "lib") not in binds


def material_locations() -> list[str]:
    found = [str(SOLUTIONS)]
    for name in levels.MATERIAL_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is not None:
            found += [entry for entry in (spec.submodule_search_locations or [spec.origin])
                      if isinstance(entry, str) and os.path.isabs(entry)]
    return sorted({os.path.realpath(path) for path in found})


def test_the_real_view_never_grants_the_material(tmp_path):
    package_dir, workdir = tmp_path / "pkg", tmp_path / "run"
    package_dir.mkdir()
    workdir.mkdir()
    (package_dir / "grader").symlink_to(REPO / "grader")
    view = levels.file_view(str(package_dir), str(workdir), material_dirs=(str(SOLUTIONS),))
    read, write = levels.landlock_rules(view)
    assert_no_rule_shows(read + write, material_locations())
    assert_hidden_stays_hidden(read + write, view)
    assert all(rule == os.path.realpath(rule) for rule in read + write), "every rule is a resolved path"
    numpy_dir = os.path.realpath(os.path.dirname(importlib.util.find_spec("numpy").origin))
    assert numpy_dir in read
    if shutil.which("bwrap"):
        command = levels.bwrap_command(shutil.which("bwrap"), view, str(workdir))
        binds = [command[i + 2] for i, arg in enumerate(command) if arg in ("--ro-bind", "--bind")]
        covered = [command[i + 1] for i, arg in enumerate(command) if arg == "--tmpfs"]
        for path in material_locations():
            assert not any(within(tree, path) for tree in binds), f"a mount shows {path}"
            shown = [tree for tree in binds if within(path, tree)]
            assert not shown or any(within(path, tmpfs) for tmpfs in covered), f"{path} shows in {shown}"
