"""The misconception catalog: each known mistake is recognised in a realistic wrong file, never in a correct one."""

from __future__ import annotations

import re

import pytest

from conftest import SOLUTIONS, VARIANT_FILES, VARIANTS, by_id, reference_sources, repository_material, variant_id
from grader.judging.results import PASSED

# The known mistakes of every assignment with realistic student files (tests/variants/<assignment>/): an assignment
# without any is not the repository's tested material yet; one with some needs a recognising file for each mistake.
KNOWN_MISTAKES = [(graded.assignment.name, graded.exercise.name, mistake.id)
                  for graded in repository_material().exercises if (VARIANTS / graded.assignment.name).is_dir()
                  for mistake in graded.exercise.misconceptions]


@pytest.mark.parametrize("assignment, exercise, mistake_id", KNOWN_MISTAKES,
                         ids=[f"{assignment}/{mistake}" for assignment, _, mistake in KNOWN_MISTAKES])
def test_every_known_mistake_is_recognised_in_a_wrong_student_file(graded_variant, assignment, exercise, mistake_id):
    """Some realistic wrong file of the exercise (tests/variants/<assignment>/<exercise>/wrong_*.py) makes the
    mistake: it fails and the mistake's hint is reported."""
    seen = {}
    for path in sorted((VARIANTS / assignment / exercise).glob("wrong_*.py")):
        graded = by_id(graded_variant(path))[exercise]
        reported = {misconception.id: misconception.hint for misconception in graded.misconceptions}
        seen[path.stem] = sorted(reported)
        if mistake_id in reported:
            assert graded.status != PASSED and reported[mistake_id]
            return
    pytest.fail(f"no wrong variant of {assignment}/{exercise} is recognised as {mistake_id}: {seen}")


def test_catalog_is_well_formed(material):
    """Stable kebab-case ids, unique per exercise, and short hints that do not quote the reference's solution (the
    implementation may be named as its author likes)."""
    solution_lines = set()
    for folder in SOLUTIONS.iterdir():
        if (folder / "reference.py").is_file():
            inside = False
            for line in (folder / "reference.py").read_text(encoding="utf-8").splitlines():
                if "### START CODE HERE ###" in line:
                    inside = True
                elif "### END CODE HERE ###" in line:
                    inside = False
                elif inside and "=" in line and not line.strip().startswith("#"):
                    solution_lines.add(line.split("#")[0].split("=", 1)[1].strip())
    for graded in material.exercises:
        ids = [mistake.id for mistake in graded.exercise.misconceptions]
        assert len(ids) == len(set(ids)), f"{graded.key}: a known mistake id is used twice: {ids}"
        for mistake in graded.exercise.misconceptions:
            where = f"{graded.key}/{mistake.id}"
            assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9.]+)*", mistake.id), f"{where}: the id is not kebab-case"
            assert callable(mistake.implementation), f"{where}: the implementation is not a function"
            assert 20 < len(mistake.hint) <= 320 and mistake.hint.endswith("."), \
                f"{where}: the hint must be 21 to 320 characters ending with '.' (it has {len(mistake.hint)})"
            quoted = [line for line in solution_lines if len(line) > 12 and line in mistake.hint]
            assert not quoted, f"{where}: the hint quotes a solution line: {quoted[0]!r}"


@pytest.mark.parametrize("variant", [path for path in VARIANT_FILES if path.stem.startswith("alt_")], ids=variant_id)
def test_correct_alternative_gets_no_misconception(graded_variant, variant):
    result = graded_variant(variant)
    for exercise in result.exercises:
        assert exercise.misconceptions == [], (exercise.id, [m.id for m in exercise.misconceptions])


def test_references_get_no_misconception(grade):
    for exercise in grade(reference_sources()).exercises:
        assert exercise.status == PASSED, exercise.id
        assert exercise.misconceptions == [], (exercise.id, [m.id for m in exercise.misconceptions])


def test_a_mistake_refuted_by_a_passed_case_is_not_reported(grade):
    """Right on the first case (its output is the reference's, byte for byte), Xavier's scale on the others: the
    he-xavier-scale mistake matches every failed case but not the passed one, so it is not the student's mistake."""
    reference = reference_sources(course=2)["initialization.py"]
    xavier = (VARIANTS / "initialization/initialize_parameters_he/wrong_xavier.py").read_text(encoding="utf-8")
    source = (reference.replace("def initialize_parameters_he(", "def _right_he(") + "\n\n"
              + xavier.replace("def initialize_parameters_he(", "def _xavier_he(") + "\n\n"
              "def initialize_parameters_he(layers_dims):\n"
              "    if list(layers_dims) == [3, 2, 1]:\n"
              "        return _right_he(layers_dims)\n"
              "    return _xavier_he(layers_dims)\n")
    exercise = by_id(grade({"initialization.py": source}))["initialize_parameters_he"]
    assert [case.status for case in exercise.cases] == [PASSED, "failed", "failed", "failed"]
    assert exercise.misconceptions == []
    # the same file, Xavier's scale on every case: the mistake is reported
    always_xavier = source.replace("if list(layers_dims) == [3, 2, 1]:", "if False:")
    exercise = by_id(grade({"initialization.py": always_xavier}))["initialize_parameters_he"]
    assert [m.id for m in exercise.misconceptions] == ["he-xavier-scale"]


PARTLY_ADAM = '''
import numpy as np


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999, epsilon=1e-8):
    L = len(parameters) // 2
    v_corrected, s_corrected = {}, {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k = "d" + p + str(l)
            v[k] = beta1 * v[k] + (1 - beta1) * grads[k]
            v_corrected[k] = v[k] / (1 - beta1 ** t)
            s[k] = beta2 * s[k] + (1 - beta2) * np.square(grads[k])
            s_corrected[k] = s[k] / (1 - beta2 ** t)
            root = np.sqrt(s_corrected[k] + epsilon) if l == L else np.sqrt(s_corrected[k]) + epsilon
            parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * v_corrected[k] / root
    return parameters, v, s, v_corrected, s_corrected
'''


def test_a_known_mistake_made_in_some_parts_only_is_named_with_those_parts(grade):
    """epsilon under the square root in the last layer only: the catalogued mistake explains W3 and b3 (the parts
    named as the reference returns them), and everything else is right."""
    exercise = by_id(grade({"optimization.py": PARTLY_ADAM}))["update_parameters_with_adam"]
    assert exercise.status != PASSED
    [mistake] = exercise.misconceptions
    assert mistake.id == "adam-epsilon-inside-sqrt"
    assert mistake.parts == ["parameters['W3']", "parameters['b3']"]
    assert mistake.lead().startswith("parameters['W3'] and parameters['b3'] are what `adam-epsilon-inside-sqrt` gives; "
                                     "38 of the result's 40 parts are right.")
