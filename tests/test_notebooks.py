"""Notebooks of every course generation grade like the same code in a .py file, without running top-level work."""

from __future__ import annotations

import time

import pytest

from conftest import SOLUTIONS, VARIANTS, by_id
from grader.judging.results import ERROR, FAILED, PASSED
from notebooks import (function_sources, import_lines, notebook_2021, notebook_v1, notebook_v2a, notebook_v3,
                       strip_markers)

GENERATIONS = {"v1": notebook_v1, "v2a": notebook_v2a, "2021": notebook_2021, "v3": notebook_v3}
ASSIGNMENT_NAMES = ["initialization", "regularization", "gradient_checking", "optimization"]


def reference(name: str) -> str:
    return (SOLUTIONS / name / "reference.py").read_text(encoding="utf-8")


def notebook_of(source: str, builder=notebook_v1, **options) -> str:
    """A notebook holding every function of a .py source, with that source's imports."""
    return builder(function_sources(source), imports=import_lines(source), **options)


def summary(result):
    return [(e.id, e.status, e.score, [(c.id, c.status, c.message) for c in e.cases], e.misconceptions)
            for e in result.exercises]


@pytest.mark.parametrize("generation", GENERATIONS)
def test_reference_notebooks_of_every_generation_earn_full_marks(grade, generation):
    files = {f"{name}.ipynb": notebook_of(reference(name), GENERATIONS[generation]) for name in ASSIGNMENT_NAMES}
    result = grade(files)
    assert result.problems == []
    assert {e.id: e.status for e in result.exercises} == {e.id: PASSED for e in result.exercises}


@pytest.mark.parametrize("variant", ["optimization/update_parameters_with_adam/wrong_epsilon_inside_sqrt",
                                     "initialization/initialize_parameters_he/wrong_xavier",
                                     "optimization/random_mini_batches/wrong_no_end_case",
                                     "gradient_checking/gradient_check_n/wrong_one_sided_difference"])
def test_a_notebook_grades_exactly_like_the_same_code_in_a_py_file(grade, tmp_path, variant):
    source = (VARIANTS / f"{variant}.py").read_text(encoding="utf-8")
    as_py = grade({"work.py": source})
    (tmp_path / "submission" / "work.py").unlink()
    as_notebook = grade({"work.ipynb": notebook_of(source, notebook_2021)})
    assert summary(as_notebook) == summary(as_py)
    assert by_id(as_notebook)[variant.split("/")[1]].status == FAILED


def test_markers_deleted_still_grades_by_function_name(grade):
    source = reference("optimization")
    functions = {name: strip_markers(code) for name, code in function_sources(source).items()}
    result = grade({"opt.ipynb": notebook_v1(functions, imports=import_lines(source))})
    assert all(e.status == PASSED for e in result.exercises if e.assignment == "optimization")


def test_training_loop_and_dataset_loading_never_run(grade):
    source = reference("regularization")
    training = ["train_X, train_Y, test_X, test_Y = load_2D_dataset()",
                "import scipy.io\ndata = scipy.io.loadmat('datasets/data.mat')",
                "while True:\n    pass",
                "parameters = model(train_X, train_Y)\nprint('On the training set:')"]
    started = time.monotonic()
    result = grade({"reg.ipynb": notebook_of(source, notebook_v1, extra_cells=training)}, timeout=3.0)
    assert time.monotonic() - started < 20
    assert all(e.status == PASSED for e in result.exercises if e.assignment == "regularization")


def test_a_syntax_error_in_one_cell_fails_only_that_cells_functions(grade):
    source = reference("optimization")
    functions = function_sources(source)
    functions["update_lr"] = functions["update_lr"].replace("return learning_rate", "return (learning_rate")
    result = grade({"opt.ipynb": notebook_v2a(functions, imports=import_lines(source))})
    update_lr = by_id(result)["update_lr"]
    assert update_lr.status == ERROR and "syntax error" in update_lr.cases[0].message
    assert any("opt.ipynb [cell" in problem and "syntax error" in problem for problem in result.problems)
    others = [e for e in result.exercises if e.assignment == "optimization" and e.id != "update_lr"]
    assert {e.status for e in others} == {PASSED}


def test_unavailable_imports_only_fail_functions_that_use_them(grade):
    source = reference("initialization").replace(
        "import numpy as np", "import numpy as np\nimport sklearn.datasets\nimport matplotlib.pyplot as plt\n"
        "from public_tests import *\nfrom dlai_tools.testing_utils import multiple_test")
    functions = function_sources(source)
    functions["initialize_parameters_zeros"] = functions["initialize_parameters_zeros"].replace(
        "    return parameters", "    plt.figure()\n    return parameters")
    result = grade({"init.ipynb": notebook_2021(functions, imports=import_lines(source))})
    zeros = by_id(result)["initialize_parameters_zeros"]
    assert zeros.status == ERROR
    assert "matplotlib.pyplot" in zeros.cases[0].message and "not available" in zeros.cases[0].message
    assert by_id(result)["initialize_parameters_he"].status == PASSED


def test_invalid_notebook_json_is_reported_and_the_rest_graded(grade):
    result = grade({"broken.ipynb": "{ this is not json", "garbage.ipynb": b"\x89PNG\r\n\x1a\n\x00\x00",
                    "odd.ipynb": '{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": 7}',
                    "list.ipynb": "[1, 2]",
                    "opt.ipynb": notebook_of(reference("optimization"), notebook_v3)})
    assert any(p.startswith("broken.ipynb: could not be read (not a valid notebook") for p in result.problems)
    assert any(p.startswith("garbage.ipynb: could not be read") for p in result.problems)
    assert any(p.startswith("odd.ipynb: could not be read (not a valid notebook") for p in result.problems)
    assert any(p.startswith("list.ipynb: could not be read (not a valid notebook") for p in result.problems)
    assert by_id(result)["update_parameters_with_adam"].status == PASSED


def test_the_last_definition_in_a_notebook_wins(grade):
    source = reference("optimization")
    wrong = "def update_lr(learning_rate0, epoch_num, decay_rate):\n    return 0.0\n"
    right = function_sources(source)["update_lr"]
    first_wrong = grade({"a.ipynb": notebook_v1({"update_lr": wrong}, imports="import numpy as np",
                                                extra_cells=[right])})
    assert by_id(first_wrong)["update_lr"].status == PASSED
    first_right = grade({"a.ipynb": notebook_v1({"update_lr": right}, imports="import numpy as np",
                                                extra_cells=[wrong])})
    assert by_id(first_right)["update_lr"].status == FAILED


def test_a_function_in_both_a_py_file_and_a_notebook_is_reported_as_ambiguous(grade):
    source = reference("optimization")
    result = grade({"mine.py": source, "mine.ipynb": notebook_of(source)})
    notes = by_id(result)["update_lr"].notes
    assert len(notes) == 1 and "mine.ipynb" in notes[0] and "mine.py" in notes[0] and "graded the one in" in notes[0]
