"""`grade audit`: the shipped material passes it, and each kind of broken material is named with its file and line."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import SOLUTIONS
from grader.material.catalog import load_material

GRADE = [sys.executable, "-m", "grader.cli"]
MUTATION_LINE = re.compile(r"^  (?P<exercise>\w+): (?P<total>\d+) mutants, (?P<equivalent>\d+) equivalent; hidden cases "
                           r"kill (?P<hidden>\d+) of (?P<counted>\d+) \((?P<share>\d+)%\), public cases (?P<public>\d+)")

REFERENCE = '''\
"""Toy: an affine map and a peak."""

import numpy as np


# GRADED FUNCTION: affine
def affine(X, w, b):
    """
    Arguments:
    X -- numpy array
    w, b -- numbers

    Returns:
    Z -- w X + b, elementwise
    """
    ### START CODE HERE ###
    Z = w * X + b
    ### END CODE HERE ###
    return Z


# GRADED FUNCTION: peak
def peak(X):
    """
    Arguments:
    X -- numpy array of positive numbers

    Returns:
    top -- the larger of the sum and the product of X's entries
    """
    ### START CODE HERE ###
    top = max(np.sum(X), np.prod(X))
    ### END CODE HERE ###
    return top
'''

GRADING = '''\
"""How the toy is graded."""

import numpy as np

from grader.material.spec import Assignment, Case, Exercise, KnownMistake

from .misconceptions import MISTAKES


def _random(shape, seed):
    return np.random.RandomState(seed).randn(*shape)


AFFINE_CASES = (
    Case("small", (np.arange(6.0).reshape(2, 3) * 0.5, 2.0, 1.0)),
    Case("random 3x4", (_random((3, 4), 1), -1.5, 0.25), visibility="hidden"),
    Case("random 2x2", (_random((2, 2), 2), 0.5, -2.0), visibility="hidden"),
)
PEAK_CASES = (
    Case("ones", (np.ones(3) * 1.5,)),
    Case("random", (np.abs(_random((4,), 3)) + 0.5,), visibility="hidden"),
    Case("large", (np.abs(_random((2, 3), 4)) + 2.0,), visibility="hidden"),
)

ASSIGNMENT = Assignment("toy", "Toy", 1, (
    Exercise("affine", 2, AFFINE_CASES, misconceptions=MISTAKES),
    Exercise("peak", 1, PEAK_CASES),
), file_names=("toy",))
'''

MISCONCEPTIONS = '''\
"""Mistakes students make in the toy."""

from grader.material.spec import KnownMistake


def affine_no_bias(X, w, b):
    return w * X


MISTAKES = (
    KnownMistake("affine-no-bias", "The bias b is added to every entry of w X; it is missing from yours.",
                 affine_no_bias),
)
'''


def toy_material(root: Path, reference: str = REFERENCE, grading: str = GRADING,
                 misconceptions: str = MISCONCEPTIONS) -> Path:
    folder = root / "material" / "toy"
    folder.mkdir(parents=True)
    (folder / "__init__.py").write_text('"""The toy assignment."""\n', encoding="utf-8")
    (folder / "reference.py").write_text(reference, encoding="utf-8")
    (folder / "grading.py").write_text(grading, encoding="utf-8")
    (folder / "misconceptions.py").write_text(misconceptions, encoding="utf-8")
    return folder.parent


def audit(material: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([*GRADE, "audit", "--solutions", str(material), *options], capture_output=True, text=True,
                          timeout=600)


def mutation_lines(stdout: str) -> dict[str, dict[str, int]]:
    return {match["exercise"]: {key: int(value) for key, value in match.groupdict().items() if key != "exercise"}
            for match in map(MUTATION_LINE.match, stdout.splitlines()) if match}


def test_the_shipped_material_passes_its_audit():
    """CI's audit of solutions/: every check passes and the hidden cases of every exercise kill at least 95% of its
    non-equivalent mutants (the README's claim); the report names every exercise of the material."""
    run = audit(SOLUTIONS)
    assert run.returncode == 0 and run.stdout.rstrip().endswith("audit passed"), run.stdout[-3000:] + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    reported = mutation_lines(run.stdout)
    material = load_material(SOLUTIONS)
    assert {graded.exercise.name for graded in material.exercises} == set(reported)
    for exercise, numbers in reported.items():
        assert numbers["hidden"] >= 0.95 * numbers["counted"], (exercise, numbers)


def test_a_sound_toy_passes_and_its_report_is_the_same_twice(tmp_path):
    material = toy_material(tmp_path)
    first, second = audit(material), audit(material)
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout == second.stdout
    reported = mutation_lines(first.stdout)
    assert reported["affine"]["hidden"] == reported["affine"]["counted"] > 0
    # swapping max's arguments changes nothing on any input: set aside as equivalent, not counted
    assert reported["peak"]["equivalent"] >= 1


def test_weak_hidden_cases_are_reported_with_their_surviving_mutants(tmp_path):
    """Hidden cases whose bias is 0 cannot tell + from -: the mutant survives and is listed with its line, the known
    mistake passes every hidden case, and the audit fails."""
    weak = GRADING.replace("-1.5, 0.25)", "-1.5, 0.0)").replace("0.5, -2.0)", "0.5, 0.0)")
    run = audit(toy_material(tmp_path, grading=weak))
    assert run.returncode == 1, run.stdout
    line = REFERENCE.splitlines().index("    Z = w * X + b") + 1
    assert re.search(rf"survivor \S*reference\.py:{line}: \+ → -", run.stdout), run.stdout
    assert "known mistake affine-no-bias of affine passes every hidden case" in run.stdout
    assert "the hidden cases kill fewer than 95% of the non-equivalent mutants of toy/affine" in run.stdout


@pytest.mark.parametrize("broken, expected", [
    ("statement between markers", r"reference\.py:17: only assignments may stand between the code markers"),
    ("mistake signature", r"misconceptions\.py:6: known mistake affine-no-bias of affine does not take the arguments"),
    ("mistakes alike", r"misconceptions\.py:\d+: known mistakes affine-no-bias(-again)? and affine-no-bias(-again)? of "
                       r"affine return the same on every case"),
    ("solution outside markers", r"reference\.py:7: the stub students get already passes affine\[small\]"),
    ("grading does not load", r"the material does not load: .*grading\.py"),
    ("helper imports scipy", r"helpers/toy_utils\.py:1: the helper imports scipy"),
    ("hint too short", r"known mistake affine-no-bias of affine: the hint must be a sentence"),
])
def test_broken_material_is_named_in_one_line_with_its_place(tmp_path, broken, expected):
    reference, grading, misconceptions = REFERENCE, GRADING, MISCONCEPTIONS
    if broken == "statement between markers":
        reference = reference.replace("    Z = w * X + b\n", "    print(X)\n    Z = w * X + b\n")
    elif broken == "mistake signature":
        misconceptions = misconceptions.replace("def affine_no_bias(X, w, b):", "def affine_no_bias(X, w):")
    elif broken == "mistakes alike":
        misconceptions = misconceptions.replace("\nMISTAKES = (", textwrap.dedent('''
            def affine_no_bias_again(X, w, b):
                return X * w

            MISTAKES = (
                KnownMistake("affine-no-bias-again", "The bias b belongs in the result: add it to every entry.",
                             affine_no_bias_again),'''))
    elif broken == "solution outside markers":
        reference = reference.replace("    ### START CODE HERE ###\n    Z = w * X + b\n    ### END CODE HERE ###\n",
                                      "    Z = w * X + b\n    ### START CODE HERE ###\n    unused = 0\n"
                                      "    ### END CODE HERE ###\n")
    elif broken == "grading does not load":
        grading = grading.replace("ASSIGNMENT = Assignment(", "ASSIGNMENT = Assignment((")
    elif broken == "hint too short":
        misconceptions = misconceptions.replace('"The bias b is added to every entry of w X; it is missing from '
                                                'yours."', '"No bias."')
    material = toy_material(tmp_path, reference, grading, misconceptions)
    if broken == "helper imports scipy":
        (material / "toy" / "helpers").mkdir()
        (material / "toy" / "helpers" / "toy_utils.py").write_text('import scipy\n"""Uses scipy."""\n',
                                                                     encoding="utf-8")
    run = audit(material, "--no-mutants")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert re.search(expected, run.stdout), run.stdout
