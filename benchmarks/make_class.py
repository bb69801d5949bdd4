"""Builds a synthetic class: N student folders, each handing in the four course notebooks.

Each notebook is a shipped stub notebook (assignments/*.ipynb) with its graded cells filled in:

- about 60 % of the students are all correct (the reference functions, solutions/*/reference.py);
- about 30 % have 1 to 3 functions replaced by a wrong implementation from
  tests/variants/<assignment>/<exercise>/wrong_*.py (the function's source, and any helper function it defines,
  extracted with ast);
- about 5 % left 1 to 3 functions as the untouched stub;
- about 5 % hand in something broken, in turn: a notebook that is not valid JSON (truncated), a
  graded cell with a syntax error, a function with an infinite loop, or a .zip of their notebooks
  instead of the notebooks.

Every graded cell also carries a comment with the student's name, so that no two students' graded
cells are the same text; the correct students' outputs are still the reference's, bit for bit (real
students' correct code may differ in the last bits, and then costs the grader a full comparison).

The counts are exact (rounded) and the assignment of kinds to students is a seeded shuffle, so the
same (n, seed) gives the same files byte for byte. N=1000 builds in a few seconds.

    python benchmarks/make_class.py ROOT --students 100 [--seed 0]
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import random
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ASSIGNMENTS = ("initialization", "regularization", "gradient_checking", "optimization")
KINDS = ("correct", "buggy", "stub", "broken")
SHARES = {"correct": 0.60, "buggy": 0.30, "stub": 0.05, "broken": 0.05}
BROKEN_KINDS = ("invalid_json", "syntax_error", "infinite_loop", "zip")
GRADED = "# GRADED FUNCTION:"


@dataclass
class Student:
    """What was handed in by one synthetic student (the ground truth of the benchmark)."""

    name: str
    kind: str                                   # correct | buggy | stub | broken
    detail: str = ""                            # broken: one of BROKEN_KINDS
    wrong: dict[str, str] = field(default_factory=dict)   # exercise -> variant file name
    stubs: list[str] = field(default_factory=list)        # exercises left as the stub
    notebooks: list[str] = field(default_factory=list)    # paths relative to the class root

    @property
    def executable(self) -> bool:
        """Whether its notebooks can be run top to bottom by a kernel without hanging (for nbclient)."""
        return self.kind != "broken" or self.detail == "syntax_error"


def _functions(source: str) -> dict[str, str]:
    """Top-level function name -> its source text (decorators are not used in this material)."""
    lines = source.splitlines()
    return {node.name: "\n".join(lines[node.lineno - 1:node.end_lineno])
            for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)}


class _Material:
    """The stub notebooks, reference functions and wrong variants, read once."""

    def __init__(self, repo: Path = REPO):
        self.notebooks: dict[str, dict] = {}
        self.graded_cells: dict[str, dict[str, int]] = {}      # assignment -> exercise -> cell index
        self.reference: dict[str, str] = {}                    # exercise -> reference cell source
        self.stub: dict[str, str] = {}                         # exercise -> stub cell source
        self.exercise_assignment: dict[str, str] = {}
        for assignment in ASSIGNMENTS:
            notebook = json.loads((repo / "assignments" / f"{assignment}.ipynb").read_text(encoding="utf-8"))
            functions = _functions((repo / "solutions" / assignment / "reference.py").read_text(encoding="utf-8"))
            cells = {}
            for index, cell in enumerate(notebook["cells"]):
                source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
                if cell["cell_type"] == "code" and source.startswith(GRADED):
                    name = source.splitlines()[0].split(":", 1)[1].strip()
                    cells[name] = index
                    self.stub[name] = source
                    self.reference[name] = f"{GRADED} {name}\n{functions[name]}"
                    self.exercise_assignment[name] = assignment
            self.notebooks[assignment] = notebook
            self.graded_cells[assignment] = cells
        self.exercises = [name for assignment in ASSIGNMENTS for name in self.graded_cells[assignment]]
        self.variants: dict[str, list[tuple[str, str]]] = {}  # exercise -> [(file name, cell source)]
        for name in self.exercises:
            found = []
            folder = repo / "tests" / "variants" / self.exercise_assignment[name] / name
            for path in sorted(folder.glob("wrong_*.py")):
                functions = _functions(path.read_text(encoding="utf-8"))
                # helper functions the variant defines for itself (not other graded functions, which
                # the student has in their own cells) come before it in the same cell
                helpers = [text for other, text in functions.items()
                           if other != name and other not in self.exercise_assignment]
                found.append((path.name, f"{GRADED} {name}\n" + "\n\n\n".join([*helpers, functions[name]])))
            if found:
                self.variants[name] = found


def _infinite_loop(cell: str) -> str:
    """The reference function with a `while` loop that never ends at the start of its body."""
    tree = ast.parse(cell)
    function = tree.body[0]
    first = function.body[0]
    has_docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
        and isinstance(first.value.value, str)
    after = (first.end_lineno if has_docstring else function.body[0].lineno - 1)
    lines = cell.splitlines()
    indent = " " * function.body[0].col_offset
    loop = [f"{indent}converged = False", f"{indent}while not converged:   # forgot to update `converged`",
            f"{indent}    pass"]
    return "\n".join(lines[:after] + loop + lines[after:])


def _syntax_error(cell: str) -> str:
    """The reference function with an unclosed parenthesis on its last line."""
    lines = cell.splitlines()
    return "\n".join(lines[:-1] + [lines[-1] + " + (1"])


def _signed(cell: str, name: str) -> str:
    """The cell with the student's name in a comment under its first line: no two students' graded cells are
    the same text (as in a real class, where nobody's code reads like anybody else's), so nothing the grader
    remembers between students by a cell's text is reused for them; what the code does is unchanged."""
    first, _, rest = cell.partition("\n")
    return f"{first}\n# {name}'s own work\n{rest}"


def _kinds(n: int, rng: random.Random) -> list[str]:
    counts = {kind: int(round(SHARES[kind] * n)) for kind in ("buggy", "stub", "broken")}
    counts["correct"] = max(n - sum(counts.values()), 0)
    kinds = [kind for kind in KINDS for _ in range(counts[kind])][:n]
    rng.shuffle(kinds)
    return kinds


def _write_notebook(path: Path, template: dict, sources: dict[int, str]) -> None:
    notebook = copy.copy(template)
    cells = list(template["cells"])
    for index, source in sources.items():
        cell = dict(cells[index])
        cell["source"] = source.splitlines(keepends=True)
        cells[index] = cell
    notebook["cells"] = cells
    path.write_text(json.dumps(notebook, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def make_class(root: Path, n: int, seed: int = 0, repo: Path = REPO) -> list[Student]:
    """Writes n student folders under root (root/student_0001/...) and returns what each handed in."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    material = _Material(repo)
    rng = random.Random(seed)
    kinds = _kinds(n, rng)
    width = max(4, len(str(n)))
    broken_count = 0
    students = []
    for number, kind in enumerate(kinds, start=1):
        student = Student(f"student_{number:0{width}d}", kind)
        sources = dict(material.reference)
        if kind == "buggy":
            for exercise in rng.sample(sorted(material.variants), rng.randint(1, 3)):
                variant, text = rng.choice(material.variants[exercise])
                sources[exercise] = text
                student.wrong[exercise] = variant
        elif kind == "stub":
            student.stubs = rng.sample(material.exercises, rng.randint(1, 3))
            for exercise in student.stubs:
                sources[exercise] = material.stub[exercise]
        elif kind == "broken":
            student.detail = BROKEN_KINDS[broken_count % len(BROKEN_KINDS)]
            broken_count += 1
            if student.detail in ("syntax_error", "infinite_loop"):
                exercise = rng.choice(material.exercises)
                change = _syntax_error if student.detail == "syntax_error" else _infinite_loop
                sources[exercise] = change(sources[exercise])
                student.wrong[exercise] = student.detail
        folder = root / student.name
        folder.mkdir(exist_ok=True)
        for assignment in ASSIGNMENTS:
            cells = {index: _signed(sources[name], student.name)
                     for name, index in material.graded_cells[assignment].items()}
            path = folder / f"{assignment}.ipynb"
            _write_notebook(path, material.notebooks[assignment], cells)
            student.notebooks.append(str(path.relative_to(root)))
        if student.detail == "invalid_json":
            victim = folder / f"{rng.choice(ASSIGNMENTS)}.ipynb"
            text = victim.read_text(encoding="utf-8")
            victim.write_text(text[:len(text) // 2], encoding="utf-8")   # an interrupted save
            student.wrong["(notebook)"] = victim.name
        elif student.detail == "zip":
            with zipfile.ZipFile(folder / "submission.zip", "w", zipfile.ZIP_DEFLATED) as archive:
                for assignment in ASSIGNMENTS:
                    entry = zipfile.ZipInfo(f"{assignment}.ipynb", date_time=(2024, 1, 1, 0, 0, 0))
                    entry.compress_type = zipfile.ZIP_DEFLATED
                    archive.writestr(entry, (folder / f"{assignment}.ipynb").read_bytes())
                    (folder / f"{assignment}.ipynb").unlink()
            student.notebooks = [str((folder / "submission.zip").relative_to(root))]
        students.append(student)
    return students


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path)
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    students = make_class(args.root, args.students, args.seed)
    counts = {kind: sum(s.kind == kind for s in students) for kind in KINDS}
    print(f"{len(students)} students in {args.root} ({time.perf_counter() - started:.2f} s): "
          + ", ".join(f"{count} {kind}" for kind, count in counts.items()))


if __name__ == "__main__":
    main()
