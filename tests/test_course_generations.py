"""Each course generation's notebook, as its file name, title, markers, signatures and templates were: solved, it
earns full marks on its own assignment (and only that one is graded); left as the course's template, it is
not_implemented everywhere without running (tests/course_generations/<assignment>.py)."""

from __future__ import annotations

import ast
import importlib.util

import nbformat
import pytest

from conftest import REPO, VARIANT_FILES, variant_id
from grader.judging.results import NOT_IMPLEMENTED, PASSED
from grader.pipeline import grade_submission

GENERATIONS_DIR = REPO / "tests" / "course_generations"


def _generations():
    found = []
    for path in sorted(GENERATIONS_DIR.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"generations_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found += [(path.stem, generation) for generation in module.GENERATIONS]
    return found


GENERATIONS = _generations()


def course_notebook(generation: dict, sources: dict[str, str], markers: bool | None = None) -> str:
    """The notebook as the course laid it out: its title, its first code cell, one graded cell per exercise
    (markers: whether `# GRADED FUNCTION` lines head them; by default as that generation had it)."""
    book = nbformat.v4.new_notebook()
    book.cells.append(nbformat.v4.new_markdown_cell(f"# {generation['title']}\n\nWelcome to this assignment."))
    book.cells.append(nbformat.v4.new_code_cell(generation["imports"]))
    marker_texts = generation.get("marker_text", {})
    for exercise, source in sources.items():
        name = generation.get("names", {}).get(exercise, exercise)
        book.cells.append(nbformat.v4.new_markdown_cell(f"Implement `{name}`."))
        marker = marker_texts.get(exercise, f"# GRADED FUNCTION: {name}")
        marked = generation["markers"] if markers is None else markers
        book.cells.append(nbformat.v4.new_code_cell(f"{marker}\n\n{source}" if marked else source))
        book.cells.append(nbformat.v4.new_code_cell(f"print({name})"))  # the notebook's test cell: never run
    return nbformat.writes(book)


def grade_generation(tmp_path, material, generation: dict, kind: str, markers: bool | None = None):
    path = tmp_path / generation["file"]
    path.write_text(course_notebook(generation, generation[kind], markers), encoding="utf-8")
    return grade_submission(tmp_path, material, timeout=5.0)


@pytest.mark.parametrize("markers", [None, False], ids=["as the course had them", "markers deleted"])
@pytest.mark.parametrize("assignment, generation", GENERATIONS,
                         ids=[f"{name}-{generation['generation']}" for name, generation in GENERATIONS])
def test_a_solved_notebook_of_each_generation_earns_full_marks_on_its_assignment(material, tmp_path, assignment,
                                                                                   generation, markers):
    result = grade_generation(tmp_path, material, generation, "solved", markers)
    assert [item.name for item in result.assignments] == [assignment], result.problems
    failing = {exercise.id: [case.message[:200] for case in exercise.cases if case.status != PASSED]
               for exercise in result.exercises if exercise.status != PASSED}
    assert failing == {} and result.score == result.max_score > 0


@pytest.mark.parametrize("markers", [None, False], ids=["as the course had them", "markers deleted"])
@pytest.mark.parametrize("assignment, generation", GENERATIONS,
                         ids=[f"{name}-{generation['generation']}" for name, generation in GENERATIONS])
def test_the_course_template_of_each_generation_is_not_implemented(material, tmp_path, assignment, generation,
                                                                     markers):
    result = grade_generation(tmp_path, material, generation, "template", markers)
    assert [item.name for item in result.assignments] == [assignment], result.problems
    statuses = {exercise.id: (exercise.status, exercise.cases[0].message) for exercise in result.exercises}
    assert {status for status, _ in statuses.values()} == {NOT_IMPLEMENTED}, statuses
    assert result.score == 0


def generation(assignment: str, label: str) -> dict:
    return next(item for name, item in GENERATIONS if name == assignment and item["generation"].startswith(label))


def test_two_course_notebooks_sharing_function_names_in_one_folder_each_grade_in_full(material, tmp_path):
    """Planar data classification and Gradient Checking both grade forward_propagation and backward_propagation."""
    planar = generation("planar_classification", "2021")
    (tmp_path / planar["file"]).write_text(course_notebook(planar, planar["solved"]), encoding="utf-8")
    (tmp_path / "Gradient_Checking_v2c.py").write_text(
        (REPO / "solutions" / "gradient_checking" / "reference.py").read_text(encoding="utf-8"), encoding="utf-8")
    result = grade_submission(tmp_path, material, timeout=5.0)
    assert [item.name for item in result.assignments] == ["planar_classification", "gradient_checking"]
    assert result.score == result.max_score and {exercise.status for exercise in result.exercises} == {PASSED}
    names = [exercise.id for exercise in result.exercises]
    assert names.count("forward_propagation") == names.count("backward_propagation") == 2


def test_a_function_failing_because_an_earlier_one_is_wrong_says_which(material, tmp_path):
    """sigmoid_derivative calls the student's own sigmoid (as in the course): right itself, it fails with a wrong
    sigmoid, and its feedback names sigmoid."""
    basics = generation("python_basics", "2021")
    solved = dict(basics["solved"])
    solved["sigmoid"] = solved["sigmoid"].replace("np.exp(-x))", "np.exp(-x)) / 2")
    assert solved["sigmoid"] != basics["solved"]["sigmoid"]
    (tmp_path / basics["file"]).write_text(course_notebook(basics, solved), encoding="utf-8")
    graded = {exercise.id: exercise for exercise in grade_submission(tmp_path, material, timeout=5.0).exercises}
    assert graded["sigmoid"].status != PASSED and graded["sigmoid_derivative"].status != PASSED
    assert any("calls your sigmoid, which does not pass yet" in note for note in graded["sigmoid_derivative"].notes)
    assert not any("calls your" in note for note in graded["softmax"].notes + graded["sigmoid"].notes)


def test_a_class_of_one_assignment_shows_only_its_columns(material, tmp_path):
    from grader.classroom.run import grade_class
    from grader.reports.exports import column_names
    from grader.sandbox import levels

    planar = generation("planar_classification", "2021")
    for student, kind in (("ana", "solved"), ("ben", "template")):
        (tmp_path / "class" / student).mkdir(parents=True)
        (tmp_path / "class" / student / planar["file"]).write_text(course_notebook(planar, planar[kind]),
                                                                    encoding="utf-8")
    grade_class(tmp_path / "class", tmp_path / "out", material, levels.choose("auto"), 5.0, 1)
    header, *rows = (tmp_path / "out" / "grades.csv").read_text(encoding="utf-8").splitlines()
    exercises = [(graded.exercise.name, graded.assignment.name, graded.exercise.points)
                 for graded in material.exercises_of(material.assignment("planar_classification"))]
    assert header.split(",") == ["student", *column_names(exercises), "total"]
    total = sum(points for _, _, points in exercises)
    assert [row.split(",")[-1] for row in rows] == [f"{total:g}", "0"]
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "planar_classification" in page and "gradient_checking" not in page


def variant_notebook(path, generation: dict) -> str:
    """A variant file as a notebook of its assignment's latest generation: its title, the imports in the first
    code cell, then a cell per top-level statement (a graded function, the student's own helpers)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    imports = [node for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    book = nbformat.v4.new_notebook()
    book.cells.append(nbformat.v4.new_markdown_cell(f"# {generation['title']}"))
    book.cells.append(nbformat.v4.new_code_cell("\n".join("\n".join(lines[node.lineno - 1:node.end_lineno])
                                                           for node in imports)))
    for node in tree.body:
        if node not in imports and not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            first = min([node.lineno] + [decorator.lineno for decorator in getattr(node, "decorator_list", [])])
            book.cells.append(nbformat.v4.new_code_cell("\n".join(lines[first - 1:node.end_lineno])))
    return nbformat.writes(book)


@pytest.mark.parametrize("variant", [path for path in VARIANT_FILES if path.parent.parent.name in
                                     {name for name, _ in GENERATIONS}], ids=variant_id)
def test_each_wrong_and_alternative_variant_grades_alike_as_a_course_notebook(material, graded_variant, tmp_path,
                                                                               variant):
    assignment, exercise = variant.parent.parent.name, variant.parent.name
    latest = [generation for name, generation in GENERATIONS if name == assignment][-1]
    (tmp_path / latest["file"]).write_text(variant_notebook(variant, latest), encoding="utf-8")
    as_notebook = grade_submission(tmp_path, material, timeout=5.0)
    assert [item.name for item in as_notebook.assignments] == [assignment]
    as_py = {item.id: item for item in graded_variant(variant).exercises}[exercise]
    graded = {item.id: item for item in as_notebook.exercises}[exercise]
    assert (graded.status, graded.score) == (as_py.status, as_py.score), [case.message for case in graded.cases]
