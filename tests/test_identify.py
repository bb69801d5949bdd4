"""The assignment is the unit of grading: each file goes to the assignment it is, and only those handed in count."""

from __future__ import annotations

import json
import subprocess
import sys

import nbformat
import pytest

from conftest import reference_sources
from grader.judging.results import MISSING, PASSED
from grader.material.catalog import load_material
from grader.pipeline import grade_submission
from grader.reports.exports import gradescope
from grader.submission.discover import NothingToGrade
from grader.submission.identify import UNMATCHED, normalised

GRADE = [sys.executable, "-m", "grader.cli"]

# Two assignments that grade functions of the same names with other signatures and other answers (as course 1's
# planar assignment and course 2's gradient checking both grade forward_propagation and backward_propagation).
PLANAR_REFERENCE = '''
import numpy as np


def forward_propagation(X, parameters):
    return np.tanh(parameters["W1"] @ X)


def compute_cost(A2, Y):
    return float(np.sum((A2 - Y) ** 2))


def layer_sizes(X, Y):
    return (X.shape[0], 4, Y.shape[0])
'''
CHECKING_REFERENCE = '''
import numpy as np


def forward_propagation(x, theta):
    return theta * x


def compute_cost(AL, Y):
    return float(np.sum(np.abs(AL - Y)))


def gradient_check(x, theta, epsilon=1e-7):
    return abs(x) * epsilon
'''
GRADING = '''
import numpy as np

from grader.material.spec import HIDDEN, Assignment, Case, Exercise

X = np.arange(6.0).reshape(2, 3) / 10
Y = np.ones((1, 3))


def cases(*rows):
    return tuple(Case(f"case {number}", row, visibility="public" if number == 0 else HIDDEN)
                 for number, row in enumerate(rows))


ASSIGNMENT = Assignment(NAME, TITLE, 1, course=COURSE, week=1, file_names=FILES, titles=(TITLE,),
                        exercises=EXERCISES)
'''
PLANAR_EXERCISES = '''(
    Exercise("forward_propagation", 1, cases(*[(X * k, {"W1": np.ones((2, 2)) * k}) for k in (1.0, 2.0, 3.0)])),
    Exercise("compute_cost", 1, cases(*[(Y * k, Y) for k in (0.5, 2.0, 3.0)])),
    Exercise("layer_sizes", 1, cases(*[(np.ones((k, 3)), np.ones((1, 3))) for k in (2, 3, 5)])),
)'''
CHECKING_EXERCISES = '''(
    Exercise("forward_propagation", 1, cases(*[(k, 2.0 * k) for k in (1.0, 2.0, 3.0)])),
    Exercise("compute_cost", 1, cases(*[(Y * k, Y) for k in (0.5, 2.0, 3.0)])),
    Exercise("gradient_check", 1, cases(*[(k, 1.0) for k in (1.0, 2.0, 3.0)])),
)'''


@pytest.fixture(scope="module")
def toy(tmp_path_factory):
    root = tmp_path_factory.mktemp("toy")
    for name, title, course, files, reference, exercises in (
            ("planar_toy", "Planar data classification", 1, ("Planar_data_classification_with_onehidden_layer",),
             PLANAR_REFERENCE, PLANAR_EXERCISES),
            ("checking_toy", "Gradient Checking", 2, ("Gradient Checking",), CHECKING_REFERENCE,
             CHECKING_EXERCISES)):
        folder = root / name
        folder.mkdir()
        (folder / "__init__.py").write_text(f'"""{title}."""\n')
        (folder / "reference.py").write_text(reference)
        (folder / "grading.py").write_text(GRADING.replace("NAME", repr(name)).replace("TITLE", repr(title))
                                           .replace("COURSE", str(course)).replace("FILES", repr(files))
                                           .replace("EXERCISES", exercises))
    return load_material(root)


def notebook(path, title, *cells):
    book = nbformat.v4.new_notebook()
    book.cells = [nbformat.v4.new_markdown_cell(f"# {title}\n\nWelcome.")] + \
        [nbformat.v4.new_code_cell(source) for source in ("import numpy as np", *cells)]
    path.write_text(nbformat.writes(book), encoding="utf-8")


def functions(reference: str, *names) -> list[str]:
    """The reference's definitions of these functions, each as a cell."""
    blocks = reference.split("\n\n\n")
    return [block.strip() for block in blocks if any(block.strip().startswith(f"def {name}(") for name in names)]


def statuses(result):
    return {(exercise.assignment, exercise.id): exercise.status for exercise in result.exercises}


def test_two_notebooks_of_assignments_sharing_function_names_each_grade_their_own(toy, tmp_path):
    notebook(tmp_path / "Planar_data_classification_with_onehidden_layer_v6c.ipynb", "Planar data classification",
             *functions(PLANAR_REFERENCE, "forward_propagation", "compute_cost", "layer_sizes"))
    notebook(tmp_path / "Gradient Checking v1.ipynb", "Gradient Checking",
             *functions(CHECKING_REFERENCE, "forward_propagation", "compute_cost", "gradient_check"))
    result = grade_submission(tmp_path, toy, timeout=5)
    assert set(statuses(result).values()) == {PASSED} and len(result.exercises) == 6, statuses(result)
    assert [(item.name, item.score, item.max_score) for item in result.assignments] == \
        [("planar_toy", 3, 3), ("checking_toy", 3, 3)]
    assert result.problems == []


def test_the_signature_tells_a_file_of_shared_names_apart_and_only_its_assignment_counts(toy, tmp_path):
    (tmp_path / "work.py").write_text("import numpy as np\n\n" + "\n\n\n".join(
        functions(CHECKING_REFERENCE, "forward_propagation", "compute_cost")) + "\n")
    result = grade_submission(tmp_path, toy, timeout=5)
    assert [item.name for item in result.assignments] == ["checking_toy"]
    assert statuses(result) == {("checking_toy", "forward_propagation"): PASSED,
                                ("checking_toy", "compute_cost"): PASSED,
                                ("checking_toy", "gradient_check"): MISSING}
    assert result.max_score == 3 and result.score == 2


def test_a_file_that_fits_two_assignments_equally_says_so_and_is_not_graded(toy, tmp_path):
    (tmp_path / "mine.py").write_text("def compute_cost(Z, W):\n    return 0.0\n")
    with pytest.raises(NothingToGrade) as raised:
        grade_submission(tmp_path, toy, timeout=5)
    message = str(raised.value)
    assert "mine.py: not graded, it fits" in message and "Planar data classification (planar_toy)" in message \
        and "Gradient Checking (checking_toy)" in message and "--assignment" in message and "\n" not in message


def test_the_file_name_or_title_decides_when_the_functions_do_not(toy, tmp_path):
    notebook(tmp_path / "notes.ipynb", "Gradient Checking", "def compute_cost(Z, W):\n    return 0.0\n")
    result = grade_submission(tmp_path, toy, timeout=5)
    assert [item.name for item in result.assignments] == ["checking_toy"]


def test_assignment_forces_the_choice(toy, tmp_path):
    (tmp_path / "mine.py").write_text("def compute_cost(AL, Y):\n    return 0.0\n")
    result = grade_submission(tmp_path, toy, timeout=5, assignment="planar_toy")
    assert [item.name for item in result.assignments] == ["planar_toy"]


def test_files_of_no_assignment_get_one_line(toy, tmp_path):
    (tmp_path / "helpers_of_mine.py").write_text("def plot(x):\n    return x\n")
    (tmp_path / "scratch.py").write_text("print('hi')\n")
    (tmp_path / "work.py").write_text("\n\n\n".join(functions(PLANAR_REFERENCE, "layer_sizes")) + "\n")
    result = grade_submission(tmp_path, toy, timeout=5)
    [line] = result.problems
    assert line.startswith(UNMATCHED) and "helpers_of_mine.py, scratch.py" in line


@pytest.mark.parametrize("name, normal", [("Optimization_methods_v1b", "optimizationmethods"),
                                          ("Gradient Checking v1 (1)", "gradientchecking"),
                                          ("Logistic+Regression+with+a+Neural+Network+mindset+v3",
                                           "logisticregressionwithaneuralnetworkmindset")])
def test_file_names_are_compared_without_versions_and_copies(name, normal):
    assert normalised(name) == normal


def test_one_course_notebook_shows_only_its_assignment_in_every_output(material, tmp_path):
    """A student who hands in only the Optimization notebook: its exercises, its points, its total, and Gradescope's
    tests only for those."""
    folder = tmp_path / "only"
    folder.mkdir()
    notebook(folder / "Optimization_methods_v1b.ipynb", "Optimization Methods", reference_sources()["optimization.py"])
    result = grade_submission(folder, material, timeout=5)
    optimization = material.assignment("optimization")
    assert {exercise.assignment for exercise in result.exercises} == {"optimization"}
    assert [exercise.id for exercise in result.exercises] == [graded.exercise.name
                                                               for graded in material.exercises_of(optimization)]
    points = sum(graded.exercise.points for graded in material.exercises_of(optimization))
    assert result.score == result.max_score == points and result.percent == 100
    cases = sum(len(graded.exercise.cases) for graded in material.exercises_of(optimization))
    scope = gradescope(result)
    assert len(scope["tests"]) == cases and scope["score"] == points
    done = subprocess.run([*GRADE, str(folder), "--no-html", "--json", str(tmp_path / "r.json")], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["assignments"] == [{"name": "optimization", "title": optimization.title, "score": points,
                                    "max_score": points}]
    assert f"Total" in done.stdout and f"{points:g}/{points:g} (100.0%)" in done.stdout


def test_all_four_course_2_assignments_pasted_into_one_file_are_each_graded(material, tmp_path):
    (tmp_path / "everything.py").write_text("\n\n".join(reference_sources(course=2).values()), encoding="utf-8")
    result = grade_submission(tmp_path, material, timeout=5)
    assert [item.name for item in result.assignments] == [assignment.name for assignment in material.assignments
                                                          if assignment.course == 2]
    assert result.score == result.max_score and {exercise.status for exercise in result.exercises} == {PASSED}
