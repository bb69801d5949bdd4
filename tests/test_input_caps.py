"""Caps on what a submission may hold: a file past one is skipped with a one-line problem naming it, the cap and its
size, the rest is graded, and the grader's own memory stays under 512 MiB whatever it is handed.

The caps are the module constants of grader/submission/sources.py and grader/submission/discover.py; every size here is derived from them.
The times of these inputs are printed by benchmarks/hostile_inputs.py (benchmarks measure, tests assert behaviour).
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from conftest import REPO, reference_sources
from grader.submission.identify import UNMATCHED
from grader.submission import discover, sources
from grader.submission.discover import NothingToGrade
from grader.pipeline import grade_submission
from grader.judging.results import PASSED

MEMORY_LIMIT_KIB = 512 * 1024
WIDE = "\U0001F600"


def _hostile_inputs():
    spec = importlib.util.spec_from_file_location("hostile_inputs", REPO / "benchmarks" / "hostile_inputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hostile = _hostile_inputs()


def notebook(cells: list[str], output_text: str = "", outputs: str | None = None) -> str:
    """A format-4 notebook of these code cells; the first carries output_text as a stream output (or the JSON
    text `outputs`)."""
    if outputs is None:
        outputs = json.dumps([{"output_type": "stream", "name": "stdout", "text": output_text}]) if output_text \
            else "[]"
    return hostile.notebook_text(cells, outputs)


def padded_notebook(size: int) -> str:
    """A notebook of exactly `size` bytes: one small code cell and an output of 'x's."""
    empty = notebook(["y = 2"], "@")
    return empty.replace('"@"', '"' + "x" * (size - len(empty.encode()) + 1) + '"')


def items(text: str) -> int:
    return sum(text.count(mark) for mark in ",:[{")


def write(folder, files: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for name, text in {**reference_sources(), **files}.items():
        (folder / name).write_text(text, encoding="utf-8")


def assert_references_graded(result) -> None:
    failing = [(exercise.id, exercise.status) for exercise in result.exercises if exercise.status != PASSED]
    assert not failing and result.score == result.max_score > 0, failing


def skipped(result, name: str) -> list[str]:
    return [problem for problem in result.problems if problem.startswith(f"{name}: skipped, ")]


def _statements(count: int) -> str:
    return "".join(f"a{index} = {index}\n" for index in range(count))


def _code_chars(count: int) -> str:
    return "#" * (count - 1) + "\n"


def _cells(count: int) -> str:
    return notebook([f"x{index} = {index}" for index in range(count)])


def _notebook_items(count: int) -> str:
    base = notebook(["y = 2"], outputs='[{"output_type": "stream", "name": "stdout", "text": "", "data": @}]')
    zeros = count - items(base)  # '[' and a comma between each two zeros: n zeros are n items
    text = base.replace("@", "[" + ",".join(["0"] * zeros) + "]", 1)
    assert items(text) == count
    return text


# (file name, its text, the cap, its size as the problem says it): each just past one cap, and within the others
OVER_ONE_CAP = {
    "code characters": ("long.py", lambda: _code_chars(sources.MAX_CODE_CHARS + 1), sources.MAX_CODE_CHARS,
                        "characters of code"),
    "lines of code": ("lines.py", lambda: "\n" * sources.MAX_CODE_LINES, sources.MAX_CODE_LINES, "lines of code"),
    "statements": ("many.py", lambda: _statements(discover.MAX_STATEMENTS + 1), discover.MAX_STATEMENTS,
                   "top-level statements"),
    "code cells": ("cells.ipynb", lambda: _cells(sources.MAX_CODE_CELLS + 1), sources.MAX_CODE_CELLS, "code cells"),
    "notebook JSON items": ("items.ipynb", lambda: _notebook_items(sources.MAX_NOTEBOOK_ITEMS + 1),
                            sources.MAX_NOTEBOOK_ITEMS, "items"),
    "notebook bytes": ("big.ipynb", lambda: padded_notebook(sources.MAX_NOTEBOOK_BYTES + 1),
                       sources.MAX_NOTEBOOK_BYTES, "bytes"),
    "notebook code characters": ("code.ipynb", lambda: notebook(["#" * sources.MAX_CODE_CHARS + "\n"]),
                                 sources.MAX_CODE_CHARS, "characters of code"),
    "notebook lines of code": ("rows.ipynb", lambda: notebook(["\n" * 100] * (sources.MAX_CODE_LINES // 100)),
                               sources.MAX_CODE_LINES, "lines of code"),
}
AT_THE_CAP = {  # the same caps, just reached: accepted
    "code characters": lambda: _code_chars(sources.MAX_CODE_CHARS),
    "lines of code": lambda: "\n" * (sources.MAX_CODE_LINES - 1),
    "statements": lambda: _statements(discover.MAX_STATEMENTS),
    "code cells": lambda: _cells(sources.MAX_CODE_CELLS),
    "notebook JSON items": lambda: _notebook_items(sources.MAX_NOTEBOOK_ITEMS),
    "notebook bytes": lambda: padded_notebook(sources.MAX_NOTEBOOK_BYTES),
    "notebook code characters": lambda: notebook(["#" * (sources.MAX_CODE_CHARS - 1) + "\n"]),
    "notebook lines of code": lambda: notebook(["\n" * 99] * (sources.MAX_CODE_LINES // 100)),
}


@pytest.mark.parametrize("cap", OVER_ONE_CAP)
def test_a_file_past_a_cap_is_skipped_with_one_line_and_the_rest_graded(material, tmp_path, cap):
    name, text, limit, unit = OVER_ONE_CAP[cap]
    text = text()
    at_cap = f"at_cap{name[name.index('.'):]}"
    write(tmp_path / "s", {f"zz_{name}": text, f"zz_{at_cap}": AT_THE_CAP[cap]()})
    result = grade_submission(tmp_path / "s", material, timeout=5)
    assert_references_graded(result)
    assert not skipped(result, f"zz_{at_cap}"), result.problems  # reaching a cap is allowed
    [problem] = skipped(result, f"zz_{name}")
    assert "\n" not in problem and f" {unit} (" in problem and problem.endswith(f" is {limit:,})"), problem
    size = problem.split(" holds ", 1)[1].split(" ", 1)[0]
    assert int(size.replace(",", "")) > limit, problem


def test_a_py_file_past_its_byte_cap_is_skipped_unread(material, tmp_path):
    size = sources.MAX_PY_BYTES + 1
    write(tmp_path / "s", {"big.py": "a=1\n" * (size // 4) + "#" * (size % 4)})
    result = grade_submission(tmp_path / "s", material, timeout=5)
    assert_references_graded(result)
    assert skipped(result, "big.py") == [f"big.py: skipped, it holds {size:,} bytes "
                                         f"(the limit for a .py file is {sources.MAX_PY_BYTES:,})"]


def test_the_files_of_a_submission_past_its_caps_are_skipped(material, tmp_path):
    """Files in path order fill the submission's caps on files, bytes and characters of code; past them each
    later file is skipped (a problem names it), the earlier ones are graded."""
    folder = tmp_path / "s"
    references = reference_sources()
    code_left = discover.MAX_SUBMISSION_CODE_CHARS - sum(map(len, references.values()))
    per_file = sources.MAX_CODE_CHARS - 1
    code_files = {f"zz_code_{index}.py": _code_chars(per_file) for index in range(code_left // per_file + 1)}
    notebook_size = sources.MAX_NOTEBOOK_BYTES - 1
    notebooks = {f"zz_nb_{index}.ipynb": padded_notebook(notebook_size)
                 for index in range(discover.MAX_SUBMISSION_BYTES // notebook_size + 1)}
    small = discover.MAX_FILES - len(references) - len(code_files) - len(notebooks)
    small_files = {f"zz_small_{index:03d}.py": "x = 1\n" for index in range(small + 3)}
    write(folder, {**code_files, **notebooks, **small_files})
    result = grade_submission(folder, material, timeout=5)
    assert_references_graded(result)

    last_code = sorted(code_files)[-1]
    [problem] = skipped(result, last_code)
    assert f"and it {per_file:,} (the limit for a whole submission is {discover.MAX_SUBMISSION_CODE_CHARS:,})" \
        in problem and "characters of code" in problem, problem
    assert all(not skipped(result, name) for name in sorted(code_files)[:-1])

    last_notebook = sorted(notebooks)[-1]
    [problem] = skipped(result, last_notebook)
    assert f"and it {notebook_size:,} (the limit for a whole submission is {discover.MAX_SUBMISSION_BYTES:,})" \
        in problem, problem
    assert all(not skipped(result, name) for name in sorted(notebooks)[:-1])

    first_skipped = sorted(small_files)[small]
    assert f"{first_skipped} and 2 more files: skipped, the submission holds {discover.MAX_FILES + 3:,} .py and " \
           f".ipynb files (the limit is {discover.MAX_FILES:,})" in result.problems
    # the filler files are no assignment: one line says so
    assert len([problem for problem in result.problems if not problem.startswith(UNMATCHED)]) == 3, result.problems


def test_a_submission_whose_only_file_is_skipped_says_why(material, tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    code = reference_sources()["optimization.py"]
    (folder / "work.py").write_text("\n" * sources.MAX_CODE_LINES + code)
    with pytest.raises(NothingToGrade) as raised:
        grade_submission(folder, material, timeout=5)
    lines = sources.MAX_CODE_LINES + sources.line_count(code)
    assert f"work.py: skipped, it holds {lines:,} lines of code (the limit is {sources.MAX_CODE_LINES:,})" \
        in str(raised.value)


ATTACKS = {
    "5 MB of a=1 lines, .py": (lambda folder: hostile.constants(folder), "big.py"),
    "5 MB of a=1 lines, .ipynb": (lambda folder: hostile.constants(folder, as_notebook=True), "big.ipynb"),
    "2.4 M blank lines, .py": (lambda folder: hostile.blank_lines(folder), "a_padded.py"),
    "2.4 M blank lines, .ipynb": (lambda folder: hostile.blank_lines(folder, as_notebook=True), "a_padded.ipynb"),
    "the largest accepted submission": (hostile.largest, None),
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_hostile_submissions_complete_with_the_grader_under_512_mib(tmp_path, attack):
    """Graded in a fresh process (what the grader's own peak memory, ru_maxrss, is read from): the attack's file is
    skipped with its problem, the references beside it pass, and the grader never holds 512 MiB."""
    build, name = ATTACKS[attack]
    folder = tmp_path / "s"
    folder.mkdir()
    build(folder)
    measured = hostile.measure(folder)
    assert measured["passed"] == measured["exercises"] and measured["score"] == measured["max_score"] > 0, measured
    if name is None:
        # every cap reached, none passed (the filler files are no assignment: one line says so)
        assert [problem for problem in measured["problems"] if not problem.startswith(UNMATCHED)] == []
    else:
        assert [problem for problem in measured["problems"] if problem.startswith(f"{name}: skipped, it holds ")]
    assert measured["grader_kib"] < MEMORY_LIMIT_KIB, f"the grader's peak RSS was {measured['grader_kib'] // 1024} MiB"
