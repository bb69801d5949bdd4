"""The Gradescope autograder zip (`grade release --gradescope`): byte-identical for the same material, laid out as
Gradescope's specification wants, and its run_autograder grades a submission with the bundle's own material into a
valid results.json, whatever the submission (or the grader) does."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import re
import shlex
import stat
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from conftest import VARIANTS, reference_sources

GRADE = [sys.executable, "-m", "grader.cli"]
SCRIPTS = ("run_autograder", "setup.sh")
VISIBILITIES = {"visible", "hidden", "after_due_date", "after_published"}
# Gradescope: "If test cases are hidden, students will not be able to see their total score. Test cases with
# visibility set to `hidden` don't affect this, since they should only be used for tests which don't contribute
# points": a hidden case that carries points is shown only after the due date or once the grades are published.
KEPT_UNTIL_RELEASE = {"after_due_date", "after_published"}
WRONG_VARIANT = VARIANTS / "optimization" / "update_lr" / "wrong_missing_one_plus.py"
ASSIGNMENT = WRONG_VARIANT.parent.parent.name
WRONG_EXERCISE = WRONG_VARIANT.parent.name
NUMBER_SHOWN = re.compile(r"\d\.\d{3,}")  # how a failing public case shows the values it compared: -2.28094


def _unpack(archive: Path, root: Path) -> Path:
    """Unpack the zip into root/source as Gradescope does (unzip applies the permissions it holds) and copy
    run_autograder to root/run_autograder, where Gradescope's image build puts it."""
    source = root / "source"
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(source)
        for info in bundle.infolist():
            os.chmod(source / info.filename, (info.external_attr >> 16) & 0o777)
    (root / "submission").mkdir()
    (root / "run_autograder").write_bytes((source / "run_autograder").read_bytes())
    os.chmod(root / "run_autograder", (source / "run_autograder").stat().st_mode)
    return source


@pytest.fixture(scope="module")
def bundles(tmp_path_factory):
    """The bundle built twice by the CLI (in parallel: each run loads the material)."""
    folder = tmp_path_factory.mktemp("bundles")
    targets = [folder / "first" / "autograder.zip", folder / "second" / "autograder.zip"]
    builds = [subprocess.Popen([*GRADE, "release", "--gradescope", str(target)], cwd=folder, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE) for target in targets]
    for build in builds:
        out, err = build.communicate(timeout=300)
        assert build.returncode == 0, err
        assert "wrote the Gradescope autograder" in out and "Traceback" not in err
    assert not (folder / "assignments").exists()  # only --gradescope given: no stubs written
    return targets


@pytest.fixture(scope="module")
def runs(bundles, tmp_path_factory):
    """run_autograder in four Gradescope-like roots (a correct submission, one with a wrong exercise, an empty one,
    and one whose material was removed) and a pip install of the unpacked source, all at once."""
    base = tmp_path_factory.mktemp("gradescope")
    wrapper = base / "grade"
    wrapper.write_text(f"#!/bin/sh\nexec {shlex.join(GRADE)} \"$@\"\n", encoding="utf-8")
    wrapper.chmod(0o755)
    sources = reference_sources(course=2)
    submissions = {"correct": {f"{ASSIGNMENT}.py": sources[f"{ASSIGNMENT}.py"]},
                   "wrong": {f"{ASSIGNMENT}.py": sources[f"{ASSIGNMENT}.py"] + "\n\n"
                             + WRONG_VARIANT.read_text(encoding="utf-8")},
                   "empty": {},
                   "no_material": {f"{ASSIGNMENT}.py": sources[f"{ASSIGNMENT}.py"]}}
    started = {}
    for name, files in submissions.items():
        root = base / name / "autograder"
        source = _unpack(bundles[0], root)
        for file_name, text in files.items():
            (root / "submission" / file_name).write_text(text, encoding="utf-8")
        material = source / "grader_solutions"
        if name == "no_material":
            material = source / "no_such_material"
        environment = {key: value for key, value in os.environ.items() if key != "GRADE_ASSIGNMENT"}
        environment.update(AUTOGRADER_ROOT=str(root), GRADE=str(wrapper), GRADE_SOLUTIONS=str(material),
                           PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
        started[name] = (root, subprocess.Popen([str(root / "run_autograder")], cwd=base, env=environment,
                                                text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    pip_source = _unpack(bundles[0], base / "pip" / "autograder")
    target = base / "pip" / "installed"
    pip = subprocess.Popen(_install_command(pip_source, target), cwd=pip_source, text=True,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finished = {}
    for name, (root, process) in started.items():
        out, err = process.communicate(timeout=300)
        finished[name] = {"root": root, "returncode": process.returncode, "stdout": out, "stderr": err}
    _, pip_err = pip.communicate(timeout=300)
    finished["pip"] = {"returncode": pip.returncode, "stderr": pip_err, "target": target}
    return finished


def _install_command(source: Path, target: Path) -> list[str]:
    """`pip install --no-deps --no-build-isolation --target T SOURCE`, where this venv's setuptools can build a wheel
    (70.1 on, or with the wheel package); else setuptools' build_py on the same pyproject.toml, which puts the same
    packages and package data into T (pip would need bdist_wheel, which setuptools 65 lacks without wheel)."""
    if _builds_wheels():
        return [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
                "--disable-pip-version-check", "--target", str(target), str(source)]
    warnings.warn("this venv's setuptools cannot build wheels (needs setuptools>=70.1 or wheel): the unpacked "
                  "source is checked with setuptools' build_py instead of pip")
    return [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py", "--build-lib",
            str(target)]


def _builds_wheels() -> bool:
    if importlib.util.find_spec("wheel") is not None:
        return True
    try:
        version = tuple(int(part) for part in importlib.metadata.version("setuptools").split(".")[:2])
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return False
    return version >= (70, 1)


def _results(run) -> dict:
    assert run["returncode"] == 0, run["stderr"]
    path = run["root"] / "results" / "results.json"
    assert path.is_file(), run["stdout"] + run["stderr"]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data["score"], (int, float)) and isinstance(data["output"], str) and data["output"]
    assert data["visibility"] in VISIBILITIES and data["stdout_visibility"] in VISIBILITIES
    assert isinstance(data["tests"], list)
    for test in data["tests"]:
        assert isinstance(test["name"], str) and test["name"]
        assert isinstance(test["score"], (int, float)) and isinstance(test["max_score"], (int, float))
        assert 0 <= test["score"] <= test["max_score"]
        assert test["status"] in ("passed", "failed") and test["visibility"] in VISIBILITIES
        assert isinstance(test["output"], str)
    assert data["score"] == pytest.approx(sum(test["score"] for test in data["tests"]), abs=1e-6)
    return data


def _points(material, assignment: str) -> float:
    return sum(graded.exercise.points for graded in material.exercises_of(material.assignment(assignment)))


def test_same_material_gives_a_byte_identical_zip(bundles):
    first, second = bundles
    assert first.read_bytes() == second.read_bytes()
    assert not [path.name for path in first.parent.iterdir() if path.name != first.name]  # no temporary file left


def test_the_zip_holds_the_scripts_at_its_root_and_an_installable_source_tree(bundles, material):
    with zipfile.ZipFile(bundles[0]) as bundle:
        infos = bundle.infolist()
        names = [info.filename for info in infos]
        assert names == sorted(names) and len(set(names)) == len(names)
        assert {"setup.sh", "run_autograder", "pyproject.toml"} <= set(names)
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in infos)
        assert all(info.compress_type == zipfile.ZIP_DEFLATED for info in infos)
        for info in infos:
            mode = info.external_attr >> 16
            assert stat.S_ISREG(mode) and stat.S_IMODE(mode) == (0o755 if info.filename in SCRIPTS else 0o644), \
                info.filename
        for name in SCRIPTS:
            script = bundle.read(name)
            assert script.startswith(b"#!/usr/bin/env bash\n") and b"\r" not in script
        assert b"set -euo pipefail" in bundle.read("setup.sh")
        assert all(f"grader_solutions/{assignment.name}/reference.py" in names for assignment in material.assignments)
        assert "grader/cli.py" in names and "grader_templates/feedback.html.j2" in names


@pytest.mark.parametrize("script", SCRIPTS)
def test_the_scripts_are_valid_bash(bundles, script, tmp_path):
    with zipfile.ZipFile(bundles[0]) as bundle:
        (tmp_path / script).write_bytes(bundle.read(script))
    out = subprocess.run(["bash", "-n", str(tmp_path / script)], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr


def test_the_unpacked_source_is_pip_installable_with_the_material_and_templates(runs, material):
    pip = runs["pip"]
    assert pip["returncode"] == 0, pip["stderr"]
    installed = pip["target"]
    assert (installed / "grader_templates" / "feedback.html.j2").is_file()
    assert (installed / "grader" / "cli.py").is_file()
    for assignment in material.assignments:
        assert (installed / "grader_solutions" / assignment.name / "reference.py").is_file()


def test_a_correct_submission_gets_every_point_of_its_assignment(runs, material):
    data = _results(runs["correct"])
    assert data["tests"] and all(test["status"] == "passed" for test in data["tests"])
    assert {tag for test in data["tests"] for tag in test.get("tags", [])} == {ASSIGNMENT}
    points = _points(material, ASSIGNMENT)
    assert sum(test["max_score"] for test in data["tests"]) == pytest.approx(points, abs=1e-6)
    assert data["score"] == pytest.approx(points, abs=1e-6)
    cases = sum(len(graded.exercise.cases) for graded in material.exercises_of(material.assignment(ASSIGNMENT)))
    assert len(data["tests"]) == cases


def test_a_wrong_exercise_loses_its_points_and_hidden_cases_stay_hidden(runs, material):
    data = _results(runs["wrong"])
    points = _points(material, ASSIGNMENT)
    assert sum(test["max_score"] for test in data["tests"]) == pytest.approx(points, abs=1e-6)
    failed = [test for test in data["tests"] if test["status"] == "failed"]
    assert failed and all(test["name"].startswith(f"{WRONG_EXERCISE} [") and test["score"] == 0 for test in failed)
    assert data["score"] == pytest.approx(points - sum(test["max_score"] for test in failed), abs=1e-6)
    assert data["score"] < points
    hidden_cases = {f"{graded.exercise.name} [{case.id}]" for graded in material.exercises_of(
        material.assignment(ASSIGNMENT)) for case in graded.exercise.cases if case.visibility == "hidden"}
    hidden = [test for test in data["tests"] if test["name"] in hidden_cases]
    public = [test for test in data["tests"] if test["name"] not in hidden_cases]
    assert hidden and public
    assert all(test["visibility"] in KEPT_UNTIL_RELEASE for test in hidden)
    assert all(test["visibility"] == "visible" for test in public)
    hidden_failed = [test for test in failed if test["name"] in hidden_cases]
    public_failed = [test for test in failed if test["name"] not in hidden_cases]
    assert hidden_failed and public_failed
    assert all(NUMBER_SHOWN.search(test["output"]) for test in public_failed)  # public cases show the values
    assert not [test["name"] for test in hidden_failed if NUMBER_SHOWN.search(test["output"])]


def test_an_empty_submission_still_gets_results_with_score_zero_and_a_message(runs):
    data = _results(runs["empty"])
    assert data["score"] == 0 and data["tests"] == []
    assert "no .py or .ipynb files" in data["output"]


def test_run_autograder_uses_the_given_material_and_writes_results_when_the_grader_cannot_run(runs):
    """GRADE_SOLUTIONS names a folder that does not exist: the grader refuses (so it is the material run_autograder
    passes on that grades, not the one installed with the test's grader), and results.json still says why."""
    run = runs["no_material"]
    data = _results(run)
    assert data["score"] == 0 and data["tests"] == []
    assert "could not grade this submission" in data["output"] and "status 2" in data["output"]
    assert "grading material problem" in run["stderr"] and "Traceback" not in run["stderr"]
