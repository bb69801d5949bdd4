"""The student notebooks made from the stubs: valid, deterministic, one graded cell per exercise, no solution code."""

from __future__ import annotations

import ast
import re

import nbformat
import pytest

from conftest import SOLUTIONS, assignments_of, exercise_count
from grader.material.notebook_stub import stub_notebook
from grader.judging.results import NOT_IMPLEMENTED, PASSED
from grader.material.stubs import function_fingerprint, graded_names, make_stub, stub_fingerprints
from notebooks import function_sources

ASSIGNMENT_NAMES = [assignment.name for assignment in assignments_of(course=2)]

TOY = '''"""Toy: double and triple a number.

Compute, for every x:

    y = 2 * x

and then 3 * x.
"""

import functools

import numpy as np

OFFSET = 3


# GRADED FUNCTION: double

def double(x):
    """Doubles x, elementwise.

    Arguments:
    x -- a number or an array
    """
    ### START CODE HERE ###
    y = None
    ### END CODE HERE ###
    return y


def helper(a):
    return a + OFFSET


#GRADED FUNCTION:triple
@functools.lru_cache
def triple(x):
    ### START CODE HERE ### (≈ 1 line of code)
    y = None
    return y
    ### END CODE HERE ###

print("not graded")
'''


def _reference(name: str) -> str:
    return (SOLUTIONS / name / "reference.py").read_text(encoding="utf-8")


def _notebook(name: str) -> str:
    return stub_notebook(make_stub(_reference(name)), name.replace("_", " ").title(), name)


def _cells(text: str):
    return nbformat.reads(text, as_version=nbformat.NO_CONVERT).cells


@pytest.mark.parametrize("name", ASSIGNMENT_NAMES)
def test_notebook_is_valid_v4_5_with_fixed_ids_and_no_outputs(name):
    text = _notebook(name)
    notebook = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
    nbformat.validate(notebook)
    assert (notebook.nbformat, notebook.nbformat_minor) == (4, 5)
    assert [cell.id for cell in notebook.cells] == [f"cell-{index}" for index in range(len(notebook.cells))]
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert notebook.metadata.kernelspec.name == "python3"
    assert notebook.metadata.language_info.name == "python"
    assert text.endswith("}\n")


@pytest.mark.parametrize("name", ASSIGNMENT_NAMES)
def test_same_input_gives_the_same_bytes(name):
    assert _notebook(name).encode("utf-8") == _notebook(name).encode("utf-8")


@pytest.mark.parametrize("name", ASSIGNMENT_NAMES)
def test_one_graded_cell_per_function_with_the_stub_code_and_no_solution(name):
    reference = _reference(name)
    stub = make_stub(reference)
    cells = _cells(stub_notebook(stub, name, name))
    graded = [cell.source for cell in cells if cell.cell_type == "code" and "GRADED FUNCTION" in cell.source]
    names = graded_names(reference)
    assert [source.splitlines()[0] for source in graded] == [f"# GRADED FUNCTION: {n}" for n in names]
    stub_functions = function_sources(stub)
    fingerprints = stub_fingerprints(reference)
    for function, source in zip(names, graded):
        assert source.splitlines()[1].startswith(f"def {function}(")
        assert source.split("\n", 1)[1] == stub_functions[function].rstrip("\n")
        assert any(line.strip().endswith("= None") for line in source.splitlines())
        (node,) = ast.parse(source).body
        assert function_fingerprint(node) == fingerprints[function], f"{function}: not seen as the untouched stub"
    all_lines = {line for cell in cells for line in cell.source.splitlines()}
    leaked = [line for line in _region_lines(reference) if line in all_lines]
    assert leaked == []


@pytest.mark.parametrize("name", ASSIGNMENT_NAMES)
def test_exercise_headings_in_order_with_the_first_docstring_paragraph(name):
    reference = _reference(name)
    markdown = [cell.source for cell in _cells(_notebook(name)) if cell.cell_type == "markdown"]
    headings = [source for source in markdown if source.startswith("## Exercise")]
    names = graded_names(reference)
    assert [source.splitlines()[0] for source in headings] == \
        [f"## Exercise {k} - {n}" for k, n in enumerate(names, start=1)]
    docstrings = {node.name: ast.get_docstring(node) for node in ast.parse(reference).body
                  if isinstance(node, ast.FunctionDef)}
    for function, heading in zip(names, headings):
        first = docstrings[function].splitlines()[0].strip()
        if first in ("Arguments:", "Returns:"):  # no summary (initialization): the heading alone
            assert "\n" not in heading
        else:
            assert _unescape(heading).startswith(f"{heading.splitlines()[0]}\n\n{first}")
            assert "Arguments" not in heading


@pytest.mark.parametrize("name", ASSIGNMENT_NAMES)
def test_title_cell_holds_the_whole_task_with_formulas_in_code_fences(name):
    tree = ast.parse(_reference(name))
    docstring = ast.get_docstring(tree)
    first = _cells(_notebook(name))[0]
    assert first.cell_type == "markdown"
    assert first.source.startswith(f"# {name.replace('_', ' ').title()}\n\n")
    rendered = {line.strip() for line in _unescape(first.source).splitlines()}
    missing = [line for line in docstring.splitlines() if line.strip() not in rendered]
    assert missing == []
    assert first.source.count("```") % 2 == 0


def test_optimization_formulas_are_fenced_and_readable():
    text = _cells(_notebook("optimization"))[0].source
    fenced = "\n".join(re.findall(r"```\n(.*?)\n *```", text, re.DOTALL))
    for formula in ("W[l] = W[l] - alpha * dW[l]",
                    "W[l] = W[l] - alpha * v_corrected_dW[l] / (sqrt(s_corrected_dW[l]) + epsilon)",
                    "alpha = 1 / (1 + decay_rate * floor(epoch_num / time_interval)) * alpha0"):
        assert formula in fenced


@pytest.mark.parametrize("name", ASSIGNMENT_NAMES)
def test_setup_cell_has_the_imports_and_the_self_check_cell_comes_last(name):
    cells = _cells(_notebook(name))
    setup = cells[1]
    assert setup.cell_type == "code"
    imports = [node for node in ast.parse(_reference(name)).body if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert [ast.unparse(node) for node in ast.parse(setup.source).body] == [ast.unparse(node) for node in imports]
    assert cells[-2].cell_type == "markdown" and "public" in cells[-2].source and "hidden" in cells[-2].source
    assert cells[-1].source == ("# Self-check: runs the public cases of every exercise (save the notebook first).\n"
                                "# Hidden cases are graded when you hand in.\n"
                                f"!grade {name}.ipynb --public-only --no-html")


def test_layout_of_a_stub_with_code_between_graded_functions():
    cells = _cells(stub_notebook(TOY, "Toy", "toy"))
    layout = [(cell.cell_type, cell.source.splitlines()[0]) for cell in cells]
    assert layout == [
        ("markdown", "# Toy"),
        ("code", "import functools"),
        ("markdown", "## Exercise 1 - double"),
        ("code", "# GRADED FUNCTION: double"),
        ("code", "def helper(a):"),
        ("markdown", "## Exercise 2 - triple"),
        ("code", "# GRADED FUNCTION: triple"),
        ("code", 'print("not graded")'),
        ("markdown", "## Check your work"),
        ("code", "# Self-check: runs the public cases of every exercise (save the notebook first)."),
    ]
    assert cells[1].source == "import functools\n\nimport numpy as np\n\nOFFSET = 3"
    assert cells[2].source == "## Exercise 1 - double\n\nDoubles x, elementwise."
    assert cells[5].source == "## Exercise 2 - triple"
    assert cells[6].source.splitlines()[1] == "@functools.lru_cache"
    assert cells[6].source.splitlines()[-1] == "    ### END CODE HERE ###"
    assert "```\ny = 2 * x\n```" in cells[0].source
    assert cells[-1].source.endswith("!grade toy.ipynb --public-only --no-html")


def test_markdown_escapes_only_what_markdown_would_eat():
    source = '"""T: x.\n\nUse a*b and <b>bold</b>, not A * B; keep_prob and back\\\\slash.\n"""\n'
    text = _cells(stub_notebook(source, "T", "t"))[0].source
    assert "Use a\\*b and \\<b>bold\\</b>, not A * B; keep_prob and back\\\\slash." in text


def test_untouched_notebooks_grade_not_implemented_and_filled_in_ones_pass(grade, material):
    titles = {assignment.name: assignment.title for assignment in material.assignments}
    untouched = {f"{name}.ipynb": stub_notebook(make_stub(_reference(name)), titles[name], name)
                 for name in ASSIGNMENT_NAMES}
    result = grade(untouched)
    assert len(result.exercises) == exercise_count(course=2)
    assert {e.id: e.status for e in result.exercises} == {e.id: NOT_IMPLEMENTED for e in result.exercises}

    notebook = nbformat.reads(untouched["optimization.ipynb"], as_version=4)
    solved = function_sources(_reference("optimization"))
    for cell in notebook.cells:
        match = re.match(r"# GRADED FUNCTION: (\w+)\n", cell.source)
        if match:
            cell.source = match.group(0) + solved[match.group(1)]
    result = grade({"optimization.ipynb": nbformat.writes(notebook)})
    statuses = {e.id: e.status for e in result.exercises if e.assignment == "optimization"}
    assert statuses == {name: PASSED for name in graded_names(_reference("optimization"))}


def _region_lines(source: str) -> list[str]:
    """The solution lines of a reference (as tests/test_reference_and_stubs.py finds them)."""
    lines, inside = [], False
    for line in source.splitlines():
        if "### START CODE HERE ###" in line:
            inside = True
        elif "### END CODE HERE ###" in line:
            inside = False
        elif inside and line.strip() and not line.strip().startswith("#"):
            lines.append(line)
    return lines


def _unescape(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)
