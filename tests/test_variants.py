"""Realistic wrong implementations fail and correct-but-different ones pass, for each assignment in tests/variants/."""

from __future__ import annotations

import pytest

from conftest import VARIANT_FILES, VARIANTS, variant_id
from grader.judging.results import ERROR, FAILED, PASSED


def exercise_of(result, path):
    return {exercise.id: exercise for exercise in result.exercises}[path.parent.name]


def test_every_exercise_has_two_wrong_and_one_alternative_implementation(material):
    """For every assignment with realistic student files (tests/variants/<assignment>/; one without any is not the
    repository's tested material yet), each of its exercises has at least two wrong and one correct variant."""
    tested = [graded for graded in material.exercises if (VARIANTS / graded.assignment.name).is_dir()]
    assert tested, "no assignment has variants in tests/variants/"
    for graded in tested:
        folder = VARIANTS / graded.assignment.name / graded.exercise.name
        files = [path.stem for path in folder.glob("*.py")]
        assert sum(stem.startswith("wrong_") for stem in files) >= 2, graded.key
        assert sum(stem.startswith("alt_") for stem in files) >= 1, graded.key


def test_every_variant_folder_is_an_exercise_of_the_material(material):
    keys = {graded.key for graded in material.exercises}
    assert {f"{path.parent.parent.name}/{path.parent.name}" for path in VARIANT_FILES} <= keys


@pytest.mark.parametrize("variant", [p for p in VARIANT_FILES if p.stem.startswith("wrong_")], ids=variant_id)
def test_wrong_implementation_does_not_pass(graded_variant, variant):
    exercise = exercise_of(graded_variant(variant), variant)
    assert exercise.status in (FAILED, ERROR), [c.message for c in exercise.cases]
    assert exercise.score < exercise.max_score
    failing_public = [c for c in exercise.cases if c.status != PASSED and c.visibility == "public"]
    assert all(c.message for c in failing_public)


@pytest.mark.parametrize("variant", [p for p in VARIANT_FILES if p.stem.startswith("alt_")], ids=variant_id)
def test_correct_alternative_passes(graded_variant, variant):
    exercise = exercise_of(graded_variant(variant), variant)
    assert exercise.status == PASSED, [c.message for c in exercise.cases]
    assert exercise.score == exercise.max_score
