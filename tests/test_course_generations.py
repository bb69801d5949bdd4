"""Each course generation's notebook, as its file name, title, markers, signatures and templates were: solved, it
earns full marks on its own assignment (and only that one is graded); left as the course's template, it is
not_implemented everywhere without running (tests/course_generations/<assignment>.py)."""

from __future__ import annotations

import importlib.util

import nbformat
import pytest

from conftest import REPO
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


def course_notebook(generation: dict, sources: dict[str, str]) -> str:
    """The notebook as the course laid it out: its title, its first code cell, one graded cell per exercise."""
    book = nbformat.v4.new_notebook()
    book.cells.append(nbformat.v4.new_markdown_cell(f"# {generation['title']}\n\nWelcome to this assignment."))
    book.cells.append(nbformat.v4.new_code_cell(generation["imports"]))
    markers = generation.get("marker_text", {})
    for exercise, source in sources.items():
        name = generation.get("names", {}).get(exercise, exercise)
        book.cells.append(nbformat.v4.new_markdown_cell(f"Implement `{name}`."))
        marker = markers.get(exercise, f"# GRADED FUNCTION: {name}")
        book.cells.append(nbformat.v4.new_code_cell(f"{marker}\n\n{source}" if generation["markers"] else source))
        book.cells.append(nbformat.v4.new_code_cell(f"print({name})"))  # the notebook's test cell: never run
    return nbformat.writes(book)


def grade_generation(tmp_path, material, generation: dict, kind: str):
    path = tmp_path / generation["file"]
    path.write_text(course_notebook(generation, generation[kind]), encoding="utf-8")
    return grade_submission(tmp_path, material, timeout=5.0)


@pytest.mark.parametrize("assignment, generation", GENERATIONS,
                         ids=[f"{name}-{generation['generation']}" for name, generation in GENERATIONS])
def test_a_solved_notebook_of_each_generation_earns_full_marks_on_its_assignment(material, tmp_path, assignment,
                                                                                   generation):
    result = grade_generation(tmp_path, material, generation, "solved")
    assert [item.name for item in result.assignments] == [assignment], result.problems
    failing = {exercise.id: [case.message[:200] for case in exercise.cases if case.status != PASSED]
               for exercise in result.exercises if exercise.status != PASSED}
    assert failing == {} and result.score == result.max_score > 0


@pytest.mark.parametrize("assignment, generation", GENERATIONS,
                         ids=[f"{name}-{generation['generation']}" for name, generation in GENERATIONS])
def test_the_course_template_of_each_generation_is_not_implemented(material, tmp_path, assignment, generation):
    result = grade_generation(tmp_path, material, generation, "template")
    assert [item.name for item in result.assignments] == [assignment], result.problems
    statuses = {exercise.id: (exercise.status, exercise.cases[0].message) for exercise in result.exercises}
    assert {status for status, _ in statuses.values()} == {NOT_IMPLEMENTED}, statuses
    assert result.score == 0
