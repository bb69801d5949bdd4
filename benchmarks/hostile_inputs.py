"""Prints what hostile inputs cost the grader's own process: seconds and peak memory of grade_submission.

    python benchmarks/hostile_inputs.py [--runs 3] [--sandbox auto]

Each submission is the reference files (solutions/*/reference.py, as a student hands them in)
and, beside them:

  constants      one 5 MB file of `a=1` lines (as a .py file, and as a notebook's one code cell)
  blank-lines    a copy of the initialization functions, 2.4 M blank lines, then 1,000 constants, in a
                 file first in path order (as a .py file, and as a notebook: the functions in one
                 cell, the lines in the next)
  largest        the most that is still accepted: every file at the caps of grader/submission/sources.py and
                 grader/submission/discover.py (notebooks at their size and JSON-item caps, full of 4-byte
                 characters, with the most code cells; .py files at the caps on characters,
                 lines and statements, up to two of them (as many as the references leave room
                 for) one f-string with a placeholder every three characters, the slowest code
                 to parse per character; the submission at its caps
                 on files, bytes and characters of code)

Each run is a fresh Python process (`python -c`, the material loaded, then grade_submission timed):
the numbers are that process's wall seconds for grade_submission and its ru_maxrss (the grader's
own peak, not the student process's, which is printed apart: RUSAGE_CHILDREN once it has ended).
Prints one line per submission: median and max seconds, peak MiB, problems reported, score.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from grader.submission import discover, sources  # noqa: E402

SOLUTIONS = REPO / "solutions"
MEMORY_LIMIT_MIB = 512
WIDE = "\U0001F600"  # 4 bytes in UTF-8, and it makes every string holding it 4 bytes a character


def reference_files(folder: Path) -> int:
    """Every assignment's reference as a .py file of its own; how many."""
    written = 0
    for assignment in sorted(SOLUTIONS.iterdir()):
        if (assignment / "grading.py").is_file():
            (folder / f"{assignment.name}.py").write_text((assignment / "reference.py").read_text("utf-8"), "utf-8")
            written += 1
    return written


def notebook_text(cells: list[str], outputs: str = "[]") -> str:
    """A format-4 notebook with these code cells; the first one's outputs are the JSON text `outputs`."""
    notebook = {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                "cells": [{"cell_type": "code", "execution_count": None, "id": f"c{index}", "metadata": {},
                           "outputs": "@OUTPUTS@" if index == 0 else [], "source": source}
                          for index, source in enumerate(cells)]}
    return json.dumps(notebook, ensure_ascii=False).replace('"@OUTPUTS@"', outputs, 1)


def constants(folder: Path, as_notebook: bool = False) -> None:
    """(i) one 5 MB file of `a=1` lines beside the references."""
    reference_files(folder)
    code = "a=1\n" * (5 * 1024 * 1024 // 4)
    if as_notebook:
        (folder / "big.ipynb").write_text(notebook_text([code]), "utf-8")
    else:
        (folder / "big.py").write_text(code, "utf-8")


def blank_lines(folder: Path, as_notebook: bool = False) -> None:
    """(ii) 2.4 million blank lines, then 1,000 constants, after a copy of the initialization functions: a file
    first in path order, so that (were it accepted) its functions would be the ones graded and the student
    process would compile its constants, each where it stands, beside the references."""
    reference_files(folder)
    functions = (SOLUTIONS / "initialization" / "reference.py").read_text("utf-8")
    padding = "\n" * 2_400_000 + "".join(f"c{index} = {index}\n" for index in range(1000))
    if as_notebook:
        (folder / "a_padded.ipynb").write_text(notebook_text([functions, padding]), "utf-8")
    else:
        (folder / "a_padded.py").write_text(functions + padding, "utf-8")


def _items(text: str) -> int:
    return sum(text.count(mark) for mark in ",:[{")


def _worst_notebook(index: int, size: int, cells: list[str]) -> str:
    """A notebook of about `size` bytes, at the JSON-item cap (or as many items as fit), of the costliest kind:
    one-character strings of a 4-byte character (each a Python str of its own), the rest a string of them."""
    base = notebook_text(cells, '[{"output_type": "stream", "name": "stdout", "text": "@TEXT@"}]')
    free_items = sources.MAX_NOTEBOOK_ITEMS - _items(base) - 2  # '"listed": [' and the comma after its ']'
    count = max(0, min(free_items, (size - len(base.encode()) - 16) // 7))  # '"X",' is 7 bytes, one item
    listed = "[" + ",".join([f'"{WIDE}"'] * count) + "]" if count else "[]"
    text = base.replace('{"output_type"', '{"listed": ' + listed + ', "output_type"', 1)
    filler = max(0, size - len(text.encode())) // 4
    text = text.replace('"@TEXT@"', '"' + WIDE * filler + '"', 1)
    assert len(text.encode()) <= size and _items(text) <= sources.MAX_NOTEBOOK_ITEMS, (index, len(text.encode()))
    return text


def largest(folder: Path) -> None:
    """(iii) the largest submission every cap still accepts (see the module docstring)."""
    references = reference_files(folder)
    used_bytes = sum(path.stat().st_size for path in folder.iterdir())
    used_code = sum(len(path.read_text("utf-8")) for path in folder.iterdir())
    small = discover.MAX_FILES - references - 3 - 2  # at most: files left once the references, 3 notebooks, 2 .py
    small_code = "x = 1\n"
    cells = [f"x{index} = {index}" for index in range(sources.MAX_CODE_CELLS)]
    cells_code = sum(map(len, cells))
    lines = sources.MAX_CODE_LINES - discover.MAX_STATEMENTS  # blank lines, then one constant a line
    lines_code = "\n" * lines + "".join(f"c{index}={index}\n" for index in range(discover.MAX_STATEMENTS - 1)) + "c=0"
    fstring = "x = f'" + "{1}" * ((sources.MAX_CODE_CHARS - 7) // 3) + "'"
    fixed_code = 3 * cells_code + len(lines_code) + small * len(small_code)
    room_code = discover.MAX_SUBMISSION_CODE_CHARS - used_code - fixed_code
    fstrings = max(0, min(2, (room_code - 1000) // len(fstring)))  # as many as fit beside the references
    names = room_code - fstrings * len(fstring)
    names_code = "x = [" + "a," * ((min(names, sources.MAX_CODE_CHARS) - 6) // 2) + "]"
    code_files = {**{f"zz_py_{index}.py": fstring for index in range(fstrings)},
                  "zz_py_2.py": names_code, "zz_py_3.py": lines_code}
    small = discover.MAX_FILES - references - 3 - len(code_files)  # the files cap reached
    code_bytes = sum(len(text) for text in code_files.values()) + small * len(small_code)
    room = discover.MAX_SUBMISSION_BYTES - used_bytes - code_bytes
    for index in range(3):
        size = min(sources.MAX_NOTEBOOK_BYTES, room)
        text = _worst_notebook(index, size, cells)
        (folder / f"zz_nb_{index}.ipynb").write_text(text, "utf-8")
        room -= len(text.encode())
    for name, text in code_files.items():
        (folder / name).write_text(text, "utf-8")
    for index in range(small):
        (folder / f"zz_small_{index:03d}.py").write_text(small_code, "utf-8")


SCENARIOS = {
    "constants (5 MB of a=1, .py)": lambda folder: constants(folder),
    "constants (5 MB of a=1, .ipynb)": lambda folder: constants(folder, as_notebook=True),
    "blank-lines (2.4 M + 1,000 constants, .py)": lambda folder: blank_lines(folder),
    "blank-lines (2.4 M + 1,000 constants, .ipynb)": lambda folder: blank_lines(folder, as_notebook=True),
    "largest accepted submission": largest,
}

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from grader.material.catalog import load_material
from grader.pipeline import grade_submission
from grader.sandbox.runner import StudentProcess
from grader.sandbox import levels
material = load_material(sys.argv[2])
with StudentProcess(levels.choose(sys.argv[4])) as process:
    process.start()
    started = time.perf_counter()
    result = grade_submission(sys.argv[3], material, process=process)
    seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "grader_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "student_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "score": result.score, "max_score": result.max_score, "problems": result.problems,
                  "passed": sum(exercise.status == "passed" for exercise in result.exercises),
                  "exercises": len(result.exercises), "isolation": result.isolation}))
"""


def measure(submission: Path, sandbox: str = "auto") -> dict:
    """grade_submission of submission in a fresh process: seconds, the grader's peak RSS (KiB), the results."""
    completed = subprocess.run([sys.executable, "-c", CHILD, str(REPO), str(SOLUTIONS), str(submission), sandbox],
                               capture_output=True, text=True, timeout=600)
    if completed.returncode != 0:
        raise RuntimeError(f"grading {submission} failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sandbox", default="auto")
    args = parser.parse_args()
    print(f"caps: {sources.MAX_PY_BYTES:,} bytes a .py file, {sources.MAX_NOTEBOOK_BYTES:,} a notebook, "
          f"{sources.MAX_NOTEBOOK_ITEMS:,} JSON items a notebook, {sources.MAX_CODE_CELLS:,} code cells, "
          f"{sources.MAX_CODE_CHARS:,} characters and {sources.MAX_CODE_LINES:,} lines of code a file, "
          f"{discover.MAX_STATEMENTS:,} top-level statements a file; a submission: {discover.MAX_FILES:,} files, "
          f"{discover.MAX_SUBMISSION_BYTES:,} bytes, {discover.MAX_SUBMISSION_CODE_CHARS:,} characters of code")
    print(f"load average {', '.join(f'{load:.2f}' for load in os.getloadavg())}; {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="hostile-") as scratch:
        baseline = Path(scratch) / "references"
        baseline.mkdir()
        reference_files(baseline)
        for label, build in [("the reference files alone", None), *SCENARIOS.items()]:
            folder = baseline
            if build is not None:
                folder = Path(scratch) / f"s{len(os.listdir(scratch))}"
                folder.mkdir()
                build(folder)
            on_disk = sum(path.stat().st_size for path in folder.iterdir())
            runs = [measure(folder, args.sandbox) for _ in range(args.runs)]
            seconds = [run["seconds"] for run in runs]
            peak = max(run["grader_kib"] for run in runs) / 1024
            last = runs[-1]
            verdict = "ok" if peak < MEMORY_LIMIT_MIB else f"OVER {MEMORY_LIMIT_MIB} MiB"
            print(f"{label}: {len(os.listdir(folder))} files, {on_disk / 1e6:.1f} MB; grade_submission "
                  f"median {statistics.median(seconds):.2f} s, max {max(seconds):.2f} s over {args.runs} runs; "
                  f"grader peak RSS {peak:.0f} MiB ({verdict}); student process peak "
                  f"{last['student_kib'] / 1024:.0f} MiB; {last['passed']}/{last['exercises']} exercises passed, "
                  f"score {last['score']:g}/{last['max_score']:g}; isolation {last['isolation']}")
            for problem in last["problems"][:3]:
                print(f"    problem: {problem}")
            if len(last["problems"]) > 3:
                print(f"    ... and {len(last['problems']) - 3} more problems")


if __name__ == "__main__":
    main()
