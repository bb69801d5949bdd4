"""Gradescope's results.json (`grade SUBMISSION --format gradescope`) and the numbers of grades.csv."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import VARIANTS, exercise_points, exercises_of, points_of, reference_sources, score_text
from grader.reports.exports import grades_csv, gradescope, number

GRADE = [sys.executable, "-m", "grader.cli"]
WRONG_UPDATE_LR = (VARIANTS / "optimization" / "update_lr" / "wrong_missing_one_plus.py").read_text(encoding="utf-8")
TEST_FIELDS = {"name", "score", "max_score", "status", "visibility", "output"}


def full_marks() -> float:
    return points_of(course=2)


def wrong_score() -> float:
    """What the course-2 references score with a wrong update_lr: all but its points."""
    return points_of(course=2) - exercise_points("optimization", "update_lr")


@pytest.fixture(scope="module")
def wrong_result(material, tmp_path_factory):
    from grader.pipeline import grade_submission

    folder = tmp_path_factory.mktemp("wrong")
    sources = reference_sources(course=2)
    sources["optimization.py"] += "\n\n" + WRONG_UPDATE_LR
    for name, text in sources.items():
        (folder / name).write_text(text, encoding="utf-8")
    return grade_submission(folder, material, timeout=5)


def test_one_test_per_case_with_gradescope_fields(wrong_result, material):
    data = gradescope(wrong_result)
    assert set(data) >= {"score", "output", "tests", "visibility", "stdout_visibility"}
    assert data["score"] == wrong_result.score == pytest.approx(wrong_score(), abs=1e-9)
    cases = [(exercise.id, case) for exercise in wrong_result.exercises for case in exercise.cases]
    assert len(data["tests"]) == len(cases)
    for test, (exercise_id, case) in zip(data["tests"], cases):
        assert set(test) >= TEST_FIELDS
        assert test["name"] == f"{exercise_id} [{case.id}]"
        assert test["status"] in ("passed", "failed")
        assert test["visibility"] == ("after_published" if case.visibility == "hidden" else "visible")
        assert test["score"] == (test["max_score"] if test["status"] == "passed" else 0)
    assert sum(test["max_score"] for test in data["tests"]) == pytest.approx(full_marks(), abs=1e-9)
    assert sum(test["score"] for test in data["tests"]) == pytest.approx(wrong_score(), abs=1e-9)
    per_exercise = {}
    for test in data["tests"]:
        name = test["name"].split(" [")[0]
        per_exercise[name] = round(per_exercise.get(name, 0) + test["max_score"], 6)
    graded = {assignment.name for assignment in wrong_result.assignments}
    assert per_exercise == {g.exercise.name: g.exercise.points for g in material.exercises if g.assignment.name in graded}


def test_failing_cases_carry_the_message_and_the_known_mistakes_hint(wrong_result):
    failing = [test for test in gradescope(wrong_result)["tests"] if test["status"] == "failed"]
    assert failing and all(test["name"].startswith("update_lr [") for test in failing)
    exercise = next(e for e in wrong_result.exercises if e.id == "update_lr")
    hint = exercise.misconceptions[0].hint
    assert all(hint in test["output"] for test in failing)
    hidden = [test for test in failing if test["visibility"] == "after_published"]
    public = [test for test in failing if test["visibility"] == "visible"]
    assert hidden and public
    assert all("expected" in test["output"] for test in public)
    assert all("expected" not in test["output"] for test in hidden)  # hidden cases never show their values


def test_the_cli_writes_results_json_for_gradescope(tmp_path):
    submission = tmp_path / "submission"
    submission.mkdir()
    for name, text in reference_sources(course=2).items():
        (submission / name).write_text(text, encoding="utf-8")
    out = subprocess.run([*GRADE, str(submission), "--format", "gradescope", "--no-html"],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr
    data = json.loads((tmp_path / "results.json").read_text("utf-8"))  # default: ./results.json
    assert data["score"] == full_marks() and all(test["status"] == "passed" for test in data["tests"])
    target = tmp_path / "results" / "results.json"
    again = subprocess.run([*GRADE, str(submission), "--format", "gradescope", "--json", str(target), "--no-html"],
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and target.read_bytes() == (tmp_path / "results.json").read_bytes()


def test_nothing_to_grade_still_writes_a_gradescope_results_json(tmp_path, material):
    """Score 0 and the reason; for the assignment the autograder collects (--assignment), each of its cases failed."""
    (tmp_path / "submission").mkdir()
    target = tmp_path / "results.json"
    out = subprocess.run([*GRADE, str(tmp_path / "submission"), "--format", "gradescope", "--json", str(target)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    data = json.loads(target.read_text("utf-8"))
    assert data["score"] == 0 and "no .py or .ipynb files" in data["output"] and data["tests"] == []
    out = subprocess.run([*GRADE, str(tmp_path / "submission"), "--format", "gradescope", "--json", str(target),
                          "--assignment", "optimization"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    data = json.loads(target.read_text("utf-8"))
    cases = sum(len(graded.exercise.cases) for graded in material.exercises_of(material.assignment("optimization")))
    assert data["score"] == 0 and len(data["tests"]) == cases and {test["status"] for test in data["tests"]} == {"failed"}


def test_csv_numbers_are_minimal_and_stable(wrong_result):
    assert [number(x) for x in (33.0, 0.0, 2.5, 1 / 3, 0.30000000000000004, 12.34567)] == \
        ["33", "0", "2.5", "0.3333", "0.3", "12.3457"]
    text = grades_csv({"wrong, student": wrong_result}, [e.id for e in wrong_result.exercises])
    header, row = text.splitlines()
    assert header == ",".join(["student", *(graded.exercise.name for graded in exercises_of(course=2)), "total"])
    # each exercise's points from the material, 0 for the wrong update_lr, then the total
    cells = [0 if graded.exercise.name == "update_lr" else graded.exercise.points for graded in exercises_of(course=2)]
    assert row == ",".join(['"wrong, student"', *map(score_text, cells), score_text(wrong_score())])
    assert text.endswith("\n") and "\r" not in text
