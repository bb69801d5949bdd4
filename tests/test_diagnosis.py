"""The corpus of realistic mistakes (tests/diagnosis/, not copies of catalogued ones): every one loses points, every
correct rewrite gets full marks, and the feedback names the cause of most (tests/diagnosis_corpus.py)."""

from __future__ import annotations

import pytest

from diagnosis_corpus import entries, named

ENTRIES = entries()
MISTAKES = [entry for entry in ENTRIES if not entry.correct]
CORRECT = [entry for entry in ENTRIES if entry.correct]
NAMED_AT_LEAST = 0.8  # issue 15; measured 101 of 118 (86%), from 20 (17%) before the work


@pytest.fixture(scope="module")
def graded(graded_variant):
    def exercise_of(entry):
        result = graded_variant(entry.path)
        return next(item for item in result.exercises if item.id == entry.exercise)
    return exercise_of


def test_the_corpus_covers_every_exercise_of_its_assignments_with_mistakes_and_rewrites(material):
    """Every exercise of an assignment the corpus has a folder for (an assignment without one is not in it yet)."""
    covered = {entry.assignment for entry in ENTRIES}
    assert covered and covered <= {assignment.name for assignment in material.assignments}, covered
    expected = {graded.key for graded in material.exercises if graded.assignment.name in covered}
    assert {f"{entry.assignment}/{entry.exercise}" for entry in MISTAKES} == expected
    assert {f"{entry.assignment}/{entry.exercise}" for entry in CORRECT} == expected
    assert all(entry.misconceptions or entry.phrases for entry in MISTAKES)


@pytest.mark.parametrize("entry", MISTAKES, ids=[entry.label for entry in MISTAKES])
def test_every_realistic_mistake_loses_points(graded, entry):
    exercise = graded(entry)
    assert exercise.score < exercise.max_score, entry.summary


@pytest.mark.parametrize("entry", CORRECT, ids=[entry.label for entry in CORRECT])
def test_every_correct_rewrite_gets_full_marks(graded, entry):
    exercise = graded(entry)
    assert exercise.score == exercise.max_score, [case.message for case in exercise.cases]
    assert exercise.misconceptions == []


def test_the_cause_of_most_realistic_mistakes_is_named(graded):
    unnamed = [entry.label for entry in MISTAKES if not named(entry, graded(entry))]
    assert 1 - len(unnamed) / len(MISTAKES) >= NAMED_AT_LEAST, unnamed
