"""Shared fixtures and helpers: the real grading material loaded once, its counts and points, and grading helpers."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

from grader.material.catalog import GradedExercise, Material, load_material
from grader.material.spec import Assignment
from grader.pipeline import grade_submission
from grader.reports.exports import number

REPO = Path(__file__).resolve().parent.parent
SOLUTIONS = REPO / "solutions"
ASSIGNMENTS = REPO / "assignments"
VARIANTS = Path(__file__).resolve().parent / "variants"


@functools.cache
def repository_material() -> Material:
    """The repository's grading material (solutions/), loaded once per test process."""
    return load_material(SOLUTIONS)


@pytest.fixture(scope="session")
def material():
    return repository_material()


@pytest.fixture
def grade(material, tmp_path):
    """grade({"file.py": source, ...}) or grade(folder) -> SubmissionResult."""

    def run(files, timeout: float = 5.0):
        if isinstance(files, Path):
            return grade_submission(files, material, timeout=timeout)
        folder = tmp_path / "submission"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return grade_submission(folder, material, timeout=timeout)

    return run


def reference_sources(course: int | None = None) -> dict[str, str]:
    """The references as a student would hand them in: one .py file per assignment (of that course only)."""
    return {f"{assignment.name}.py": (SOLUTIONS / assignment.name / "reference.py").read_text(encoding="utf-8")
            for assignment in sorted(assignments_of(course), key=lambda assignment: assignment.name)}


# What the material holds, for tests that must not hard-code it (an instructor adds an assignment, a test still
# passes): counts and points of the assignments reference_sources(course) hands in.

def assignments_of(course: int | None = None) -> list[Assignment]:
    """The material's assignments (of that course only), in course order."""
    return [assignment for assignment in repository_material().assignments
            if course is None or assignment.course == course]


def exercises_of(course: int | None = None) -> list[GradedExercise]:
    """The exercises of assignments_of(course), in course order."""
    names = {assignment.name for assignment in assignments_of(course)}
    return [graded for graded in repository_material().exercises if graded.assignment.name in names]


def exercise_count(course: int | None = None) -> int:
    return len(exercises_of(course))


def points_of(course: int | None = None) -> float:
    """Full marks for reference_sources(course)."""
    return sum(graded.exercise.points for graded in exercises_of(course))


def exercise_points(assignment: str, exercise: str) -> float:
    """What one exercise is worth, e.g. exercise_points("optimization", "update_lr")."""
    return next(graded.exercise.points for graded in repository_material().exercises
                if graded.key == f"{assignment}/{exercise}")


def score_text(points: float) -> str:
    """A score as grades.csv, the class report and Gradescope's output write it: 33, 32.5."""
    return number(points)


def copy_helpers(destination: Path) -> None:
    for helper in (SOLUTIONS / "helpers").glob("*.py"):
        shutil.copy(helper, destination / helper.name)


def by_id(result):
    return {exercise.id: exercise for exercise in result.exercises}


# tests/variants/<assignment>/<exercise>/{wrong,alt}_*.py: realistic student files for each exercise
VARIANT_FILES = sorted(VARIANTS.glob("*/*/*.py"))


def variant_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.parent.name}/{path.stem}"


@pytest.fixture(scope="session")
def graded_variant(material, tmp_path_factory):
    """graded_variant(path) -> the variant file's exercise result, graded once per session as its assignment."""
    done = {}

    def run(path: Path):
        if path not in done:
            folder = tmp_path_factory.mktemp("variant")
            (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
            result = grade_submission(folder, material, timeout=5.0, assignment=path.parent.parent.name)
            done[path] = result
        return done[path]

    return run
