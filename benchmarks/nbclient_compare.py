"""Runs notebooks of a synthetic class with nbclient (the engine under nbgrader and Otter), the way those
graders do: nbgrader-style test cells appended, a fresh kernel per notebook. Used by class_bench.py.

The cases and the reference's outputs reach the kernel pickled, as an nbgrader test cell would load
them: this is the comparison's own harness, never the grader's transport.
"""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

from make_class import ASSIGNMENTS, Student

REPO = Path(__file__).resolve().parent.parent

TEST_HELPERS = '''
import copy as _copy, importlib as _importlib, pickle as _pickle
import numpy as _np
with open({cases!r}, "rb") as _file:
    _CASES = _pickle.load(_file)

def _close(got, expected, rtol, atol):
    if isinstance(expected, dict):
        return isinstance(got, dict) and set(got) == set(expected) and all(
            _close(got[k], expected[k], rtol, atol) for k in expected)
    if isinstance(expected, (list, tuple)):
        return isinstance(got, (list, tuple)) and len(got) == len(expected) and all(
            _close(g, e, rtol, atol) for g, e in zip(got, expected))
    if isinstance(expected, _np.ndarray) or isinstance(got, _np.ndarray):
        got, expected = _np.asarray(got), _np.asarray(expected)
        return got.shape == expected.shape and bool(_np.allclose(got, expected, rtol=rtol, atol=atol, equal_nan=True))
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return bool(_np.isclose(got, expected, rtol=rtol, atol=atol))
    return got == expected

def _run_cases(name):
    function = globals()[name]
    passed = 0
    for args, kwargs, expected, substitutes, rtol, atol in _CASES[name]:
        saved = {{key: globals().get(key) for key in substitutes}}
        try:
            for key, target in substitutes.items():
                module, _, attribute = target.partition(":")
                function.__globals__[key] = getattr(_importlib.import_module(module), attribute)
            got = function(*_copy.deepcopy(args), **_copy.deepcopy(kwargs))
            passed += _close(got, expected, rtol, atol)
        except Exception as exc:
            print(name, "raised", type(exc).__name__)
        finally:
            for key, value in saved.items():
                function.__globals__[key] = value
    assert passed == len(_CASES[name]), f"{{name}}: {{passed}}/{{len(_CASES[name])}} cases passed"
'''


def write_cases(path: Path) -> None:
    """Every exercise's cases and the reference's outputs, for the nbclient test cells."""
    sys.path.insert(0, str(REPO))
    from grader.material.catalog import load_material

    material = load_material(None)
    cases = {}
    for graded in material.exercises:
        exercise = graded.exercise
        cases[exercise.name] = [(case.args, dict(case.kwargs), graded.expected[case.id], dict(case.substitutes),
                                 exercise.tolerance.rtol, exercise.tolerance.atol) for case in exercise.cases]
    path.write_bytes(pickle.dumps(cases))


def prepare_for_nbclient(notebook_path: Path, cases_path: Path):
    import nbformat

    notebook = nbformat.read(notebook_path, as_version=4)
    notebook.cells = [cell for cell in notebook.cells
                      if not (cell.cell_type == "code" and "!grade" in cell.source)]
    names = [cell.source.splitlines()[0].split(":", 1)[1].strip() for cell in notebook.cells
             if cell.cell_type == "code" and cell.source.startswith("# GRADED FUNCTION:")]
    notebook.cells.append(nbformat.v4.new_code_cell(TEST_HELPERS.format(cases=str(cases_path))))
    notebook.cells.extend(nbformat.v4.new_code_cell(f"_run_cases({name!r})") for name in names)
    return notebook


def run_nbclient(root: Path, students: list[Student], sample: int, cell_timeout: float, work: Path) -> dict:
    try:
        import nbclient  # noqa: F401
        import ipykernel  # noqa: F401
    except ImportError:
        print("nbclient/ipykernel missing: installing them with pip ...", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "nbclient", "ipykernel"], check=True)
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    work.mkdir(parents=True, exist_ok=True)
    for helper in (REPO / "solutions" / "helpers").glob("*.py"):   # what the notebooks import
        shutil.copy(helper, work / helper.name)
    cases_path = work / "cases.pkl"
    write_cases(cases_path)
    # a sample of whole students (4 notebooks each) whose notebooks a kernel can run without hanging,
    # spread over the class (every k-th such student), so its mix of kinds follows the class's
    runnable = [s for s in students if s.executable]
    wanted = max(1, -(-sample // len(ASSIGNMENTS)))
    step = max(1, len(runnable) // wanted)
    chosen = runnable[::step][:wanted]
    notebooks = [root / path for s in chosen for path in s.notebooks][:sample]
    times, failures, timeouts = [], 0, 0
    started_all = time.perf_counter()
    for path in notebooks:
        notebook = prepare_for_nbclient(path, cases_path)
        client = NotebookClient(notebook, timeout=cell_timeout, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": str(work)}})
        started = time.perf_counter()
        try:
            client.execute(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # the kernel's own chatter
        except (CellTimeoutError, DeadKernelError):
            timeouts += 1
        times.append(time.perf_counter() - started)
        failures += any(output.get("output_type") == "error"
                        for cell in notebook.cells for output in cell.get("outputs", []))
    return {"notebooks": len(notebooks), "students": len(chosen), "times": times,
            "total": time.perf_counter() - started_all, "with_errors": failures, "timeouts": timeouts,
            "kinds": sorted({s.kind for s in chosen})}
