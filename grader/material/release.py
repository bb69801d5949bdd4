"""Generates the student stubs in assignments/ from the references' marked regions, plus the course helpers.

The assignments that use the material's shared helpers (solutions/helpers/) sit at the top of the folder with
those helpers; one with helper modules of its own gets a folder of its own with them, since two assignments'
helpers may share a name (testCases, public_tests).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from grader.material.catalog import Material
from grader.material.notebook_stub import stub_notebook
from grader.material.stubs import make_stub

# What `grade release` wrote last, by file (sha256 of its content): the files it may overwrite without --force.
MANIFEST = ".grade-release.json"
STUDENT_WORK_SUFFIXES = (".py", ".ipynb")


class ReleaseRefused(RuntimeError):
    """The output folder holds files release did not write (a student's work): nothing was written."""


def release_files(material: Material, check_command: Callable[[str, str], str] | None = None) -> dict[str, str]:
    """Relative path -> content of everything students receive: each stub as .py and .ipynb, and the helpers.

    check_command(notebook file name, the way from the notebook's folder back to the release's root: "." or "..")
    -> the command of the notebook's self-check cell (default: the full grader's, notebook_stub.default_check_command).
    """
    files: dict[str, str] = {}
    shared = material.solutions_dir / "helpers"
    for assignment in material.assignments:
        reference = material.reference_files[assignment.name]
        stub = make_stub(reference.read_text(encoding="utf-8"), str(reference))
        own = assignment.helpers_dir is not None and assignment.helpers_dir != shared.resolve()
        folder = f"{assignment.name}/" if own else ""
        files[f"{folder}{assignment.name}.py"] = stub
        command = check_command(f"{assignment.name}.ipynb", ".." if own else ".") if check_command else None
        files[f"{folder}{assignment.name}.ipynb"] = stub_notebook(stub, assignment.title, assignment.name, command)
        for helper in sorted(assignment.helpers_dir.glob("*.py")) if assignment.helpers_dir is not None else []:
            files.setdefault(f"{folder}{helper.name}", helper.read_text(encoding="utf-8"))
    if shared.is_dir():
        for helper in sorted(shared.glob("*.py")):
            files.setdefault(helper.name, helper.read_text(encoding="utf-8"))
    return dict(sorted(files.items()))


def with_manifest(files: dict[str, str | bytes]) -> dict[str, str | bytes]:
    """The files and the manifest that records them (the manifest is part of what is compared and written)."""
    digests = {name: hashlib.sha256(_bytes(content)).hexdigest() for name, content in files.items()}
    manifest = json.dumps({"written_by": "grade release", "files": digests}, indent=1, sort_keys=True) + "\n"
    return {**files, MANIFEST: manifest}


def differences(material: Material, out_dir: Path) -> list[str]:
    """What in out_dir differs from what release would write (empty when up to date)."""
    problems = []
    for name, content in with_manifest(release_files(material)).items():
        path = out_dir / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif path.read_bytes() != _bytes(content):
            problems.append(f"{name}: differs from what `grade release` generates")
    return problems


def write_release(material: Material, out_dir: Path, force: bool = False) -> list[str]:
    """Write the stubs and helpers to out_dir; returns the names written."""
    return write_files(out_dir, release_files(material), force)


def write_files(out_dir: Path, files: dict[str, str | bytes], force: bool = False) -> list[str]:
    """Write files (relative path -> content) and their manifest to out_dir, only those whose content changed;
    returns the names written. Raises ReleaseRefused, writing nothing, where out_dir holds a .py or .ipynb file that
    release did not write (changed since, or never written by it), unless force."""
    out_dir = Path(out_dir)
    files = with_manifest(files)
    if not force:
        foreign = _not_written_by_release(out_dir, files)
        if foreign:
            shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
            raise ReleaseRefused(f"{out_dir} holds work that `grade release` did not write ({shown}); nothing was "
                                 f"written: choose another folder, or add --force to overwrite it")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in files.items():
        path = out_dir / name
        data = _bytes(content)
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            if name != MANIFEST:
                written.append(name)
    return written


def _not_written_by_release(out_dir: Path, files: dict[str, str | bytes]) -> list[str]:
    """The .py and .ipynb files under out_dir that differ from both what is written now and what release wrote last."""
    if not out_dir.is_dir():
        return []
    try:
        recorded = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))["files"]
        recorded = recorded if isinstance(recorded, dict) else {}
    except (OSError, ValueError, KeyError, TypeError):
        recorded = {}
    foreign = []
    for path in sorted(out_dir.rglob("*")):
        relative = path.relative_to(out_dir).as_posix()
        if path.suffix not in STUDENT_WORK_SUFFIXES or not path.is_file() or \
                any(part.startswith(".") or part == "__pycache__" for part in path.relative_to(out_dir).parts):
            continue
        data = path.read_bytes()
        if relative in files and data == _bytes(files[relative]):
            continue
        if recorded.get(relative) == hashlib.sha256(data).hexdigest():
            continue
        foreign.append(relative)
    return foreign


def _bytes(content: str | bytes) -> bytes:
    return content if isinstance(content, bytes) else content.encode("utf-8")
