"""Prints how long `grade` takes (cold, whole process) on the references, the stubs, every assignment's notebook
together, each assignment's solved notebook alone (--each), and what isolation costs."""

from __future__ import annotations

import argparse
import ast
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent


def time_command(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if completed.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{completed.stderr}")
    return times


def solved_notebooks(destination: Path) -> Path:
    """The shipped stub notebooks with every graded cell replaced by the reference's function."""
    for stub in sorted((REPO / "assignments").rglob("*.ipynb")):
        reference = (REPO / "solutions" / stub.stem / "reference.py").read_text(encoding="utf-8")
        lines = reference.splitlines()
        functions = {node.name: "\n".join(lines[node.lineno - 1:node.end_lineno])
                     for node in ast.parse(reference).body if isinstance(node, ast.FunctionDef)}
        notebook = nbformat.read(stub, as_version=4)
        for cell in notebook.cells:
            first = cell.source.splitlines()[0] if cell.source else ""
            if cell.cell_type == "code" and first.startswith("# GRADED FUNCTION:"):
                name = first.split(":", 1)[1].strip()
                cell.source = f"{first}\n{functions[name]}"
        destination.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, destination / stub.name)
    return destination


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--each", action="store_true", help="also time each assignment's solved notebook alone")
    args = parser.parse_args()
    grade = shutil.which("grade") or sys.exit("install the project first: pip install .")
    with tempfile.TemporaryDirectory() as scratch:
        notebooks = solved_notebooks(Path(scratch) / "all")
        one = Path(scratch) / "one"
        one.mkdir()
        shutil.copy(notebooks / "dnn_step_by_step.ipynb", one)  # course 1's largest: 10 exercises
        count = len(list(notebooks.glob("*.ipynb")))
        for label, target, options in [
                ("reference submission, a .py file per assignment (solutions/)", REPO / "solutions", []),
                ("stubs, .py and .ipynb (assignments/)", REPO / "assignments", []),
                (f"{count}-notebook submission (references in the stub notebooks)", notebooks, []),
                ("one course-1 notebook (dnn_step_by_step, solved)", one / "dnn_step_by_step.ipynb", []),
                ("reference submission, --sandbox none", REPO / "solutions", ["--sandbox", "none"]),
                ("reference submission, --sandbox auto", REPO / "solutions", ["--sandbox", "auto"])]:
            times = time_command([grade, str(target), "--no-html", *options], args.runs)
            print(f"grade {label}: median {statistics.median(times):.3f} s, "
                  f"min {min(times):.3f} s, max {max(times):.3f} s over {args.runs} cold runs")
        for notebook in sorted(notebooks.glob("*.ipynb")) if args.each else ():
            alone = Path(scratch) / notebook.stem
            alone.mkdir()
            shutil.copy(notebook, alone)
            times = time_command([grade, str(alone / notebook.name), "--no-html"], args.runs)
            print(f"grade one solved notebook, {notebook.stem}: median {statistics.median(times):.3f} s, "
                  f"min {min(times):.3f} s, max {max(times):.3f} s over {args.runs} cold runs")


if __name__ == "__main__":
    main()
