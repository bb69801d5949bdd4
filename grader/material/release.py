"""Generates the student stubs in assignments/ from the references' marked regions, plus the course helpers.

The assignments that use the material's shared helpers (solutions/helpers/) sit at the top of the folder with
those helpers; one with helper modules of its own gets a folder of its own with them, since two assignments'
helpers may share a name (testCases, public_tests).
"""

from __future__ import annotations

from pathlib import Path

from grader.material.catalog import Material
from grader.material.notebook_stub import stub_notebook
from grader.material.stubs import make_stub


def release_files(material: Material) -> dict[str, str]:
    """Relative path -> content of everything students receive: each stub as .py and .ipynb, and the helpers."""
    files: dict[str, str] = {}
    shared = material.solutions_dir / "helpers"
    for assignment in material.assignments:
        reference = material.reference_files[assignment.name]
        stub = make_stub(reference.read_text(encoding="utf-8"), str(reference))
        own = assignment.helpers_dir is not None and assignment.helpers_dir != shared.resolve()
        folder = f"{assignment.name}/" if own else ""
        files[f"{folder}{assignment.name}.py"] = stub
        files[f"{folder}{assignment.name}.ipynb"] = stub_notebook(stub, assignment.title, assignment.name)
        for helper in sorted(assignment.helpers_dir.glob("*.py")) if assignment.helpers_dir is not None else []:
            files.setdefault(f"{folder}{helper.name}", helper.read_text(encoding="utf-8"))
    if shared.is_dir():
        for helper in sorted(shared.glob("*.py")):
            files.setdefault(helper.name, helper.read_text(encoding="utf-8"))
    return dict(sorted(files.items()))


def differences(material: Material, out_dir: Path) -> list[str]:
    """What in out_dir differs from what release would write (empty when up to date)."""
    problems = []
    for name, content in release_files(material).items():
        path = out_dir / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif path.read_text(encoding="utf-8") != content:
            problems.append(f"{name}: differs from what `grade release` generates")
    return problems


def write_release(material: Material, out_dir: Path) -> list[str]:
    """Write the stubs and helpers to out_dir; returns the names written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in release_files(material).items():
        path = out_dir / name
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            written.append(name)
    return written
