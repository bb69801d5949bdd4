"""Code of every course generation grades as correct: the caller's or the function's own seed, an older signature
that takes more parameters, another generation's return convention; a wrong answer still fails."""

from __future__ import annotations

import textwrap

import pytest

from grader.judging.results import FAILED, PASSED
from grader.material.catalog import load_material
from grader.pipeline import grade_submission

REFERENCE = '''
import numpy as np


def initialize(n):
    """2021+: the caller seeds (np.random.seed(2)); earlier versions seed inside."""
    return np.random.randn(n, 1) * 0.01


def compute_cost(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)


def backward(dAL, n):
    """v6+: grads["dA" + str(l)] is the gradient of A[l] for l = 0 .. n - 1."""
    return {"dA" + str(l): dAL * (l + 1) for l in range(n)}


def backward_v5(dAL, n):
    """Up to v5: the same gradients under dA1 .. dAn."""
    return {"dA" + str(l + 1): dAL * (l + 1) for l in range(n)}


def normalize_rows(x):
    """Called normalizeRows before 2021."""
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def image2vector(image):
    return image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1)


def image2vector_three_channels(image):
    """A known mistake that raises where the image has another depth than 3 (as the student's code does)."""
    return image.reshape(image.shape[0] * image.shape[1] * 3, 1) * 1.0 if image.shape[2] == 3 else image[9, 9, 9]
'''

GRADING = '''
import numpy as np

from grader.material.spec import HIDDEN, Assignment, Case, Convention, Exercise, KnownMistake

from . import reference

A2 = np.array([[0.8, 0.3, 0.6]])
Y = np.array([[1.0, 0.0, 1.0]])
PARAMETERS = {"W1": np.ones((2, 3))}

ASSIGNMENT = Assignment("generations", "Generations", 1, (
    Exercise("initialize", 3, (Case("n=3", (3,), seed=2), Case("n=4", (4,), seed=2, visibility=HIDDEN),
                               Case("n=5", (5,), seed=2, visibility=HIDDEN))),
    Exercise("compute_cost", 3, tuple(
        Case(f"case {number}", (A2 ** number, Y), optional_kwargs={"parameters": PARAMETERS},
             visibility=HIDDEN if number > 1 else "public") for number in (1, 2, 3))),
    Exercise("backward", 3, (Case("n=2", (np.arange(3.0), 2)), Case("n=3", (np.ones(2), 3), visibility=HIDDEN),
                             Case("n=4", (np.full(2, 0.5), 4), visibility=HIDDEN)),
             accepted=(Convention(reference.backward_v5, "the keys up to v5, dA1 .. dAn; both are accepted."),)),
    Exercise("normalize_rows", 2, (Case("2 x 3", (np.array([[0.0, 3, 4], [1, 6, 4]]),)),
                                   Case("3 x 2", (np.arange(1.0, 7).reshape(3, 2),), visibility=HIDDEN)),
             aliases=("normalizeRows",)),
    Exercise("image2vector", 2, (Case("3 x 3 x 3", (np.arange(27.0).reshape(3, 3, 3),)),
                                 Case("2 x 4 x 2", (np.arange(16.0).reshape(2, 4, 2),), visibility=HIDDEN)),
             misconceptions=(KnownMistake("depth-hard-coded", "Use image.shape[2]: images need not have 3 channels.",
                                          reference.image2vector_three_channels),)),
))
'''

STUDENTS = {
    "initialize": {
        "the caller seeds (2021+)": ("def initialize(n):\n    return np.random.randn(n, 1) * 0.01\n", PASSED),
        "seeds inside (2017-2020)": ("def initialize(n):\n    np.random.seed(2)\n"
                                     "    return np.random.randn(n, 1) * 0.01\n", PASSED),
        "seeds wrongly inside": ("def initialize(n):\n    np.random.seed(1)\n"
                                 "    return np.random.randn(n, 1) * 0.01\n", FAILED),
    },
    "compute_cost": {
        "(A2, Y) since 2021": ("def compute_cost(A2, Y):\n    m = Y.shape[1]\n"
                               "    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)\n", PASSED),
        "(A2, Y, parameters) before": ("def compute_cost(A2, Y, parameters):\n    m = Y.shape[1]\n"
                                       "    assert 'W1' in parameters\n"
                                       "    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)\n",
                                       PASSED),
        "the (1 - Y) term dropped": ("def compute_cost(A2, Y, parameters):\n    m = Y.shape[1]\n"
                                     "    return float(-np.sum(Y * np.log(A2)) / m)\n", FAILED),
    },
    "normalize_rows": {
        "normalize_rows (2021+)": ("def normalize_rows(x):\n"
                                   "    return x / np.linalg.norm(x, axis=1, keepdims=True)\n", PASSED),
        "normalizeRows (2017-2020)": ("def normalizeRows(x):\n    x_norm = np.linalg.norm(x, ord=2, axis=1, "
                                      "keepdims=True)\n    x = x / x_norm\n    return x\n", PASSED),
        "normalizeRows over the columns": ("def normalizeRows(x):\n"
                                           "    return x / np.linalg.norm(x, axis=0, keepdims=True)\n", FAILED),
    },
    "backward": {
        "dA0 .. dA(n-1) (v6+)": ("def backward(dAL, n):\n"
                                 "    return {'dA' + str(l): dAL * (l + 1) for l in range(n)}\n", PASSED),
        "dA1 .. dAn (up to v5)": ("def backward(dAL, n):\n    grads = {}\n    for l in reversed(range(n)):\n"
                                  "        grads['dA' + str(l + 1)] = dAL * (l + 1)\n    return grads\n", PASSED),
        "dA(n-1) on every layer": ("def backward(dAL, n):\n"
                                   "    return {'dA' + str(l): dAL * n for l in range(n)}\n", FAILED),
    },
}


@pytest.fixture(scope="module")
def generations(tmp_path_factory):
    folder = tmp_path_factory.mktemp("material")
    package = folder / "generations_material"  # a folder name of its own: material modules are cached by it
    package.mkdir()
    (package / "__init__.py").write_text('"""Course generations."""\n')
    (package / "reference.py").write_text(REFERENCE)
    (package / "grading.py").write_text(GRADING)
    return load_material(folder)


@pytest.mark.parametrize("exercise, student", [(exercise, student) for exercise, students in STUDENTS.items()
                                               for student in students])
def test_each_generation_grades_as_the_course_graded_it(generations, tmp_path, exercise, student):
    source, status = STUDENTS[exercise][student]
    (tmp_path / "work.py").write_text("import numpy as np\n\n" + textwrap.dedent(source), encoding="utf-8")
    result = grade_submission(tmp_path, generations, timeout=5.0)
    graded = {item.id: item for item in result.exercises}[exercise]
    assert graded.status == status, [(case.id, case.message) for case in graded.cases]
    if status == FAILED:
        assert graded.score == 0 and all(case.status == FAILED for case in graded.cases)


@pytest.mark.parametrize("student", list(STUDENTS["backward"]))
def test_a_student_on_another_generations_convention_is_told_which(generations, tmp_path, student):
    """A Convention (spec.py) that the student's value follows, not the reference's, is named in a note; a student on
    the reference's convention, or on neither, gets none."""
    (tmp_path / "work.py").write_text("import numpy as np\n\n" + STUDENTS["backward"][student][0], encoding="utf-8")
    graded = {item.id: item for item in grade_submission(tmp_path, generations, timeout=5.0).exercises}["backward"]
    told = [note for note in graded.notes if "follows" in note]
    if student.startswith("dA1"):
        assert told == ["backward follows the keys up to v5, dA1 .. dAn; both are accepted."]
    else:
        assert told == []


def test_a_known_mistake_that_raises_on_some_cases_is_still_recognised(generations, tmp_path):
    """The hard-coded depth raises on a 2-channel image, as the student's code does: recognised by the cases where
    the student's code returned, never given to one whose code returned there."""
    (tmp_path / "work.py").write_text("import numpy as np\n\ndef image2vector(image):\n"
                                      "    return image.reshape(image.shape[0] * image.shape[1] * 3, 1)\n")
    result = grade_submission(tmp_path, generations, timeout=5.0)
    graded = {item.id: item for item in result.exercises}["image2vector"]
    assert [case.status for case in graded.cases] == [PASSED, "error"]
    assert [item.id for item in graded.misconceptions] == ["depth-hard-coded"]
    (tmp_path / "work.py").write_text("import numpy as np\n\ndef image2vector(image):\n"
                                      "    return image.reshape(-1, 1) * 2\n")
    graded = {item.id: item for item in grade_submission(tmp_path, generations, timeout=5.0).exercises}["image2vector"]
    assert graded.status == FAILED and graded.misconceptions == []
