"""The authoring guide's tutorial works as written, and `grade new` writes a skeleton that works or refuses in one line."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO
from grader.authoring.skeleton import SkeletonError, write_skeleton
from grader.judging.results import NOT_IMPLEMENTED
from grader.material import spec
from grader.material.catalog import MAX_PUBLIC_SHARE, load_material

GUIDE = REPO / "docs" / "authoring.md"
GRADE = [sys.executable, "-m", "grader.cli"]
FENCE = re.compile(r"^```(?P<language>\w*)\s*$")
FILE_LINE = re.compile(r"^File: `?(?P<path>[^`\s]+)`?\s*$")
COMMAND_SECONDS = 120


def _section(text: str, heading: str) -> str:
    """The text under a `## heading` (up to the next heading of that level)."""
    start = text.index(f"\n## {heading}")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else len(text)]


def tutorial_steps(text: str) -> list[tuple[str, str, str]]:
    """The tutorial's steps in order, read as the guide says to read them: ("write", path, content) for a python block
    right after a `File: path` line, ("run", command, the lines shown below it) for each `$ ` line of a console
    block."""
    lines = _section(text, "Tutorial").splitlines()
    steps, index = [], 0
    while index < len(lines):
        fence = FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        end = next(j for j in range(index + 1, len(lines)) if lines[j].startswith("```"))
        body = lines[index + 1:end]
        if fence.group("language") == "console":
            for line in body:
                if line.startswith("$ "):
                    steps.append(("run", line[2:], ""))
                elif steps and steps[-1][0] == "run":
                    steps[-1] = ("run", steps[-1][1], steps[-1][2] + line + "\n")
        elif fence.group("language") == "python":
            before = next((line for line in reversed(lines[:index]) if line.strip()), "")
            named = FILE_LINE.match(before)
            if named:
                steps.append(("write", named.group("path"), "\n".join(body) + "\n"))
        index = end + 1
    return steps


def run_grade(arguments: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {name: value for name, value in os.environ.items() if name != "GRADE_SOLUTIONS"}
    return subprocess.run(GRADE + arguments, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=COMMAND_SECONDS)


def option(arguments: list[str], name: str) -> str | None:
    return arguments[arguments.index(name) + 1] if name in arguments else None


def test_the_tutorial_runs_as_written_and_does_what_it_says(tmp_path):
    steps = tutorial_steps(GUIDE.read_text(encoding="utf-8"))
    assert any(kind == "write" for kind, _, _ in steps) and any(kind == "run" for kind, _, _ in steps)
    runs: list[tuple[list[str], subprocess.CompletedProcess]] = []
    for kind, what, content in steps:
        if kind == "write":
            path = (tmp_path / what).resolve()
            assert tmp_path.resolve() in path.parents, f"the guide writes outside its folder: {what}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            continue
        words = shlex.split(what)
        assert words[0] == "grade", what
        done = run_grade(words[1:], tmp_path)
        assert done.returncode == 0, f"$ {what}\n{done.stdout}\n{done.stderr}"
        printed = [line.rstrip() for line in done.stdout.splitlines()]
        for shown in content.splitlines():  # what the guide shows it print, but shortened lines and the isolation
            if "…" not in shown and "(isolation: " not in shown:
                assert shown.rstrip() in printed, f"$ {what} does not print, as the guide says:\n{shown}\n{done.stdout}"
        runs.append((words[1:], done))

    commands = [arguments for arguments, _ in runs]
    assert [arguments[0] for arguments in commands][0] == "new", "the tutorial starts with `grade new`"
    material_dir = tmp_path / option(commands[0], "--solutions")
    material = load_material(material_dir)
    points = sum(graded.exercise.points for graded in material.exercises)
    exercises = {graded.exercise.name for graded in material.exercises}
    # the material's weights are the effective ones: public cases carry at most MAX_PUBLIC_SHARE of the points
    public_points = sum(graded.exercise.points * _public_share(graded.exercise) for graded in material.exercises)
    assert 0 < public_points <= MAX_PUBLIC_SHARE * points
    assert len(material.assignments) == 1 and len(exercises) >= 2

    audits = [done for arguments, done in runs if arguments[0] == "audit"]
    assert audits and audits[-1].stdout.strip().splitlines()[-1] == "audit passed", audits[-1].stdout

    graded = {"references": 0, "stubs": 0, "self-check": 0}
    for arguments in commands:
        json_path = option(arguments, "--json")
        if arguments[0] in ("new", "audit", "list", "release", "report") or json_path is None:
            continue
        result = json.loads((tmp_path / json_path).read_text(encoding="utf-8"))
        ids = {exercise["id"] for exercise in result["exercises"]}
        if arguments[0] == option(arguments, "--solutions"):  # the material folder, graded as its references
            assert result["score"] == result["max_score"] > 0, json_path
            if ids == exercises:
                graded["references"] += 1
                assert result["max_score"] == points
            continue
        assert ids == exercises and {exercise["status"] for exercise in result["exercises"]} == {NOT_IMPLEMENTED}
        assert result["score"] == 0
        if option(arguments, "--kit"):  # a stub checked against the kit: its public cases only
            graded["self-check"] += 1
            assert result["max_score"] == pytest.approx(public_points)
        else:
            graded["stubs"] += 1
            assert result["max_score"] == points
    assert all(graded.values()), graded

    releases = [arguments for arguments in commands if arguments[0] == "release"]
    stubs = [tmp_path / option(arguments, "--out") for arguments in releases if option(arguments, "--out")]
    assert stubs and all(any(folder.rglob("*.ipynb")) for folder in stubs)
    kits = [tmp_path / option(arguments, "--kit") for arguments in releases if option(arguments, "--kit")]
    assert kits and all(kit.is_dir() and any(kit.iterdir()) for kit in kits)
    bundles = [tmp_path / option(arguments, "--gradescope") for arguments in releases
               if option(arguments, "--gradescope")]
    assert bundles
    for bundle in bundles:
        with zipfile.ZipFile(bundle) as archive:
            assert {"setup.sh", "run_autograder"} <= set(archive.namelist())


def _public_share(exercise: spec.Exercise) -> float:
    public = sum(case.weight for case in exercise.cases if case.visibility == spec.PUBLIC)
    return public / sum(case.weight for case in exercise.cases)


@pytest.mark.parametrize("cls", [spec.Assignment, spec.Exercise, spec.Case, spec.Tolerance, spec.KnownMistake,
                                 spec.ScalarTerm, spec.Reading, spec.Convention], ids=lambda cls: cls.__name__)
def test_the_reference_describes_every_field_of_every_spec_class(cls):
    reference = _section(GUIDE.read_text(encoding="utf-8"), "Reference")
    start = reference.index(f"\n#### {cls.__name__}\n")
    end = reference.find("\n###", start + 1)
    described = reference[start:end]
    missing = [field.name for field in dataclasses.fields(cls) if f"| `{field.name}`" not in described
               and f", `{field.name}` |" not in described]
    assert missing == [], f"docs/authoring.md, #### {cls.__name__}: no row for {missing}"


def test_a_new_skeleton_gets_full_marks_passes_the_audit_and_releases_a_stub(tmp_path):
    solutions = tmp_path / "course"
    new = run_grade(["new", "first_try", "--solutions", str(solutions)], tmp_path)
    assert new.returncode == 0, new.stderr
    written = sorted(path.name for path in (solutions / "first_try").iterdir())
    assert written == ["__init__.py", "grading.py", "misconceptions.py", "reference.py"]
    material = load_material(solutions)
    assert [assignment.name for assignment in material.assignments] == ["first_try"]
    assert material.assignments[0].course is None and material.assignments[0].file_names == ("first_try",)
    assert all(graded.exercise.misconceptions for graded in material.exercises)
    assert all({case.visibility for case in graded.exercise.cases} == {spec.PUBLIC, spec.HIDDEN}
               for graded in material.exercises)

    references = run_grade([str(solutions), "--solutions", str(solutions), "--json", "r.json", "--no-html"], tmp_path)
    assert references.returncode == 0, references.stderr
    result = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert result["score"] == result["max_score"] == sum(graded.exercise.points for graded in material.exercises)

    audit = run_grade(["audit", "--solutions", str(solutions)], tmp_path)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert audit.stdout.strip().splitlines()[-1] == "audit passed"

    release = run_grade(["release", "--out", "stubs", "--solutions", str(solutions)], tmp_path)
    assert release.returncode == 0, release.stderr
    stubbed = run_grade(["stubs", "--solutions", str(solutions), "--json", "s.json", "--no-html"], tmp_path)
    assert stubbed.returncode == 0, stubbed.stderr
    stub_result = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert stub_result["score"] == 0
    assert {exercise["status"] for exercise in stub_result["exercises"]} == {NOT_IMPLEMENTED}


def test_the_skeleton_is_the_same_bytes_for_the_same_name(tmp_path):
    first = write_skeleton(tmp_path / "one", "same_name")
    second = write_skeleton(tmp_path / "two", "same_name")
    assert [path.read_bytes() for path in first] == [path.read_bytes() for path in second]
    other = write_skeleton(tmp_path / "three", "other_name")
    assert "other_name" in (tmp_path / "three" / "other_name" / "grading.py").read_text(encoding="utf-8")
    assert [path.name for path in other] == [path.name for path in first]


@pytest.mark.parametrize("name", ["MyAssignment", "my-assignment", "2nd", "class", "helpers", "naïve", "", "a b"])
def test_write_skeleton_refuses_a_bad_name_and_writes_nothing(tmp_path, name):
    with pytest.raises(SkeletonError) as refused:
        write_skeleton(tmp_path / "course", name)
    assert repr(name) in str(refused.value) and "\n" not in str(refused.value)
    assert not (tmp_path / "course").exists()


def test_grade_new_refuses_a_bad_name_in_one_line_with_exit_2(tmp_path):
    done = run_grade(["new", "My-Assignment", "--solutions", "course"], tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "'My-Assignment' is not a valid assignment name" in done.stderr
    assert not (tmp_path / "course").exists()


def test_grade_new_refuses_an_existing_folder_and_leaves_it_alone(tmp_path):
    assert run_grade(["new", "taken", "--solutions", "course"], tmp_path).returncode == 0
    reference = tmp_path / "course" / "taken" / "reference.py"
    reference.write_text("# my own work\n", encoding="utf-8")
    again = run_grade(["new", "taken", "--solutions", "course"], tmp_path)
    assert again.returncode == 2
    assert len(again.stderr.strip().splitlines()) == 1 and "already exists" in again.stderr, again.stderr
    assert reference.read_text(encoding="utf-8") == "# my own work\n"
    assert sorted(path.name for path in (tmp_path / "course").iterdir()) == ["taken"]


def test_write_skeleton_refuses_a_name_another_folder_defines(tmp_path):
    solutions = tmp_path / "course"
    (solutions / "older_folder").mkdir(parents=True)
    (solutions / "older_folder" / "grading.py").write_text(
        "from grader.material.spec import Assignment\n\nASSIGNMENT = Assignment(\n    name=\"renamed\", title=\"R\", "
        "order=1, exercises=())\n", encoding="utf-8")
    with pytest.raises(SkeletonError, match=r"older_folder/grading\.py:3: an assignment named 'renamed'"):
        write_skeleton(solutions, "renamed")
    assert not (solutions / "renamed").exists()


def test_write_skeleton_refuses_a_file_given_as_the_material_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    with pytest.raises(SkeletonError, match="is not a folder"):
        write_skeleton(tmp_path / "notes.txt", "fine_name")
