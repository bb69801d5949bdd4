"""Shared fixtures: the real grading material, loaded once, and a helper that grades files written to a folder."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

from grader.material.catalog import load_material
from grader.pipeline import grade_submission

REPO = Path(__file__).resolve().parent.parent
SOLUTIONS = REPO / "solutions"
ASSIGNMENTS = REPO / "assignments"
VARIANTS = Path(__file__).resolve().parent / "variants"


@pytest.fixture(scope="session")
def material():
    return load_material(SOLUTIONS)


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
    return {f"{folder.name}.py": (folder / "reference.py").read_text(encoding="utf-8")
            for folder in sorted(SOLUTIONS.iterdir()) if (folder / "grading.py").is_file()
            and (course is None or _courses()[folder.name] == course)}


@functools.cache
def _courses() -> dict[str, int | None]:
    return {assignment.name: assignment.course for assignment in load_material(SOLUTIONS).assignments}


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
