"""Isolation levels: how they are chosen, what they report, and what the student process can see."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import SOLUTIONS, by_id
from grader.sandbox import levels
from grader.judging.results import PASSED


def test_none_is_a_plain_process_and_auto_picks_the_strongest_available():
    assert levels.choose("none") == levels.Confinement(levels.NONE, limits=False)
    chosen = levels.choose("auto")
    assert chosen.level in levels.LEVELS and chosen.level != levels.NONE
    if os.environ.get("CI") == "true":
        assert chosen.level == levels.BUBBLEWRAP, "CI installs bubblewrap: full isolation expected"
    print(f"isolation level on this machine: {chosen.level}")


def test_strict_refuses_without_bubblewrap(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(levels.SandboxUnavailable, match="needs bubblewrap"):
        levels.choose("strict")
    assert levels.choose("auto").level in (levels.LANDLOCK, levels.SECCOMP, levels.PROCESS)


def test_the_level_used_is_in_the_json_and_the_terminal(tmp_path):
    out = subprocess.run([sys.executable, "-m", "grader.cli", str(SOLUTIONS), "--no-html", "--sandbox", "none",
                          "--json", str(tmp_path / "r.json")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "(isolation: none)" in out.stdout
    assert json.loads((tmp_path / "r.json").read_text())["isolation"] == "none"


@pytest.mark.skipif(levels.choose("auto").level != levels.BUBBLEWRAP, reason="bubblewrap does not work here")
def test_strict_grades_with_bubblewrap(tmp_path):
    out = subprocess.run([sys.executable, "-m", "grader.cli", str(SOLUTIONS), "--no-html", "--sandbox", "strict",
                          "--json", str(tmp_path / "r.json")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["isolation"] == "bubblewrap" and data["score"] == data["max_score"]


def test_the_student_process_sees_only_its_own_run_folder(grade, tmp_path):
    secret = tmp_path / "other-student" / "answer.py"
    secret.parent.mkdir()
    secret.write_text("SECRET = 1\n")
    probe = f'''
import os
def update_lr(learning_rate0, epoch_num, decay_rate):
    seen = 0
    for path in [{str(SOLUTIONS / "optimization" / "reference.py")!r}, {str(secret)!r}]:
        try:
            open(path).read()
            seen += 1
        except OSError:
            pass
    return learning_rate0 / (1 + decay_rate * epoch_num) + seen
'''
    result = grade({"probe.py": probe})
    if result.isolation in (levels.BUBBLEWRAP, levels.LANDLOCK):
        assert by_id(result)["update_lr"].status == PASSED, "a file outside the run folder was readable"


def test_landlock_rules_leave_out_hidden_trees(tmp_path):
    for folder in ["prefix/lib/site-packages/numpy", "prefix/lib/site-packages/grader_solutions", "prefix/lib/os",
                   "prefix/bin", "run"]:
        (tmp_path / folder).mkdir(parents=True)
    view = levels.FileView(read=(str(tmp_path / "prefix"),), hidden=(str(tmp_path / "prefix/lib/site-packages"),),
                            exposed=(str(tmp_path / "prefix/lib/site-packages/numpy"),), write=(str(tmp_path / "run"),))
    read, write = levels.landlock_rules(view)
    assert sorted(read) == sorted(str(tmp_path / p) for p in
                                  ["prefix/bin", "prefix/lib/os", "prefix/lib/site-packages/numpy"])
    assert write == [str(tmp_path / "run")]


def test_bwrap_mounts_hidden_trees_over_and_exposed_ones_back():
    view = levels.FileView(read=("/usr",), hidden=("/usr/lib/python3/dist-packages",),
                            exposed=("/usr/lib/python3/dist-packages/numpy",), write=("/tmp/run",))
    command = levels.bwrap_command("/usr/bin/bwrap", view, "/tmp/run")
    assert "--unshare-all" in command and "--die-with-parent" in command and "--new-session" in command
    order = [command.index(x) for x in ("/usr", "/usr/lib/python3/dist-packages", "/usr/lib/python3/dist-packages/numpy")]
    assert order == sorted(order)
    assert command[-3:] == ["--chdir", "/tmp/run", "--"]


@pytest.mark.parametrize("level", levels.LEVELS)
def test_each_level_can_be_named(level):
    """--sandbox LEVEL gives exactly that level where it works here, and refuses (never a weaker one) where not."""
    try:
        chosen = levels.choose(level)
    except levels.SandboxUnavailable as reason:
        assert level in (levels.BUBBLEWRAP, levels.LANDLOCK, levels.SECCOMP)
        assert "\n" not in str(reason) and f"--sandbox {level}" in str(reason)
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI has bubblewrap, Landlock and seccomp: {reason}")
        return
    assert chosen.level == level


def test_a_named_level_that_does_not_work_exits_2(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(levels.SandboxUnavailable, match="--sandbox bubblewrap needs bubblewrap"):
        levels.choose("bubblewrap")
    out = subprocess.run([sys.executable, "-m", "grader.cli", str(SOLUTIONS), "--no-html", "--sandbox", "bubblewrap"],
                         capture_output=True, text=True, timeout=120, env={**os.environ, "PATH": str(tmp_path)})
    assert out.returncode == 2 and "needs bubblewrap" in out.stderr and "Traceback" not in out.stderr
