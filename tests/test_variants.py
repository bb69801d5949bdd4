"""Realistic wrong implementations fail and correct-but-different ones pass, for every exercise."""

from __future__ import annotations

import pytest

from conftest import VARIANTS, by_id
from grader.judging.results import ERROR, FAILED, PASSED

VARIANT_FILES = sorted(VARIANTS.glob("*/*.py"))


def _id(path):
    return f"{path.parent.name}/{path.stem}"


def test_every_exercise_has_two_wrong_and_one_alternative_implementation(material):
    for name in material.exercise_names():
        files = [path.stem for path in (VARIANTS / name).glob("*.py")]
        assert sum(stem.startswith("wrong_") for stem in files) >= 2, name
        assert sum(stem.startswith("alt_") for stem in files) >= 1, name


@pytest.mark.parametrize("variant", [p for p in VARIANT_FILES if p.stem.startswith("wrong_")], ids=_id)
def test_wrong_implementation_does_not_pass(grade, variant):
    exercise = by_id(grade({variant.name: variant.read_text(encoding="utf-8")}))[variant.parent.name]
    assert exercise.status in (FAILED, ERROR), [c.message for c in exercise.cases]
    assert exercise.score < exercise.max_score
    failing_public = [c for c in exercise.cases if c.status != PASSED and c.visibility == "public"]
    assert all(c.message for c in failing_public)


@pytest.mark.parametrize("variant", [p for p in VARIANT_FILES if p.stem.startswith("alt_")], ids=_id)
def test_correct_alternative_passes(grade, variant):
    exercise = by_id(grade({variant.name: variant.read_text(encoding="utf-8")}))[variant.parent.name]
    assert exercise.status == PASSED, [c.message for c in exercise.cases]
    assert exercise.score == exercise.max_score
