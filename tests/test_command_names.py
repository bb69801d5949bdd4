"""Commands never shadow a student: `grade ./release` grades a folder named release; `grade release` never overwrites
a student's work; an empty class root is reported, not graded."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SOLUTIONS, reference_sources
from grader.material.catalog import load_material

GRADE = [sys.executable, "-m", "grader.cli"]
COMMANDS = ("release", "audit", "new", "check")


def grade(*args, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([*GRADE, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize("name", COMMANDS)
def test_a_folder_named_like_a_command_is_graded_with_dot_slash(tmp_path, name):
    """A student folder called `release` (or audit, new, check, ...) holding the optimization reference: `grade
    ./release` grades it (full marks for that assignment, no stub written anywhere)."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "optimization.py").write_text(reference_sources()["optimization.py"], encoding="utf-8")
    run = grade(f"./{name}", "--json", "r.json", "--no-html", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    result = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    points = sum(graded.exercise.points for graded in load_material(SOLUTIONS).exercises
                 if graded.assignment.name == "optimization")
    assert result["score"] == result["max_score"] == points
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([name, "r.json"])


def test_the_command_says_how_to_grade_a_folder_of_its_name(tmp_path):
    (tmp_path / "list").mkdir()
    run = grade("list", cwd=tmp_path)
    assert run.returncode == 0 and "grade ./list" in run.stderr


def test_release_refuses_to_overwrite_a_students_filled_in_stub(tmp_path):
    out = tmp_path / "assignments"
    first = grade("release", "--out", out)
    assert first.returncode == 0, first.stderr
    stub = out / "optimization.py"
    stub.write_text(reference_sources()["optimization.py"], encoding="utf-8")  # the student's work
    (out / "notes.py").write_text("x = 1\n", encoding="utf-8")
    refused = grade("release", "--out", out)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "notes.py" in refused.stderr and "optimization.py" in refused.stderr and "--force" in refused.stderr
    assert stub.read_text(encoding="utf-8") == reference_sources()["optimization.py"]
    forced = grade("release", "--out", out, "--force")
    assert forced.returncode == 0 and "optimization.py" in forced.stdout
    assert grade("release", "--out", out, "--check").returncode == 0


def test_release_overwrites_what_it_wrote_itself(tmp_path):
    """A stub release wrote, changed by a new release only (not by hand), is rewritten without --force."""
    out = tmp_path / "stubs"
    assert grade("release", "--out", out).returncode == 0
    manifest = json.loads((out / ".grade-release.json").read_text(encoding="utf-8"))
    stub = out / "optimization.py"
    original = stub.read_text(encoding="utf-8")
    # as if the reference had changed since: the old stub's recorded hash is the file's hash
    stub.write_text(original + "\n# an older release\n", encoding="utf-8")
    import hashlib
    manifest["files"]["optimization.py"] = hashlib.sha256(stub.read_bytes()).hexdigest()
    (out / ".grade-release.json").write_text(json.dumps(manifest), encoding="utf-8")
    again = grade("release", "--out", out)
    assert again.returncode == 0, again.stderr
    assert stub.read_text(encoding="utf-8") == original


def test_release_into_a_class_folder_is_refused(tmp_path):
    submissions = tmp_path / "submissions"
    (submissions / "alice").mkdir(parents=True)
    (submissions / "alice" / "optimization.py").write_text("def update_lr():\n    pass\n", encoding="utf-8")
    run = grade("release", "--out", submissions)
    assert run.returncode == 2 and "alice/optimization.py" in run.stderr
    assert sorted(path.name for path in submissions.iterdir()) == ["alice"]


def test_an_empty_class_root_is_reported_not_graded(tmp_path):
    root = tmp_path / "class"
    root.mkdir()
    (root / ".git").mkdir()  # hidden entries are skipped: still nothing to grade
    run = grade("report", root, "--out", tmp_path / "grades")
    assert run.returncode == 2 and "no submissions in" in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "grades").exists()
