"""Finds a submission's files and where each graded function is defined, without running any of its code."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path

from grader.stubs import function_fingerprint

SKIPPED_DIRS = {"__pycache__", "node_modules", "site-packages"}
MAX_FILE_BYTES = 5 * 1024 * 1024


class NothingToGrade(Exception):
    """The submission holds nothing gradable (the message is one line for the user)."""


@dataclass(frozen=True)
class Definition:
    """Where a graded function is defined: file (relative to the submission), line, and code fingerprint."""

    file: str
    line: int
    fingerprint: str | None = None
    broken: str | None = None


@dataclass
class Discovered:
    root: Path
    files: list[str]
    definitions: dict[str, list[Definition]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def discover(submission: Path, names: list[str], provided_modules: frozenset[str] = frozenset()) -> Discovered:
    """Scan a submission folder (or single .py file) for the graded functions `names`.

    Files named like a provided course helper module (reg_utils.py, ...) are the course's, not the
    student's work: the grader supplies its own, so they are not searched for graded functions.
    """
    submission = Path(submission)
    if not submission.exists():
        raise NothingToGrade(f"no such file or folder: {submission}")
    root = submission if submission.is_dir() else submission.parent
    candidates = _python_files(submission)
    found = Discovered(root=root.resolve(), files=[])
    wanted = set(names)
    for path in candidates:
        relative = path.relative_to(root).as_posix()
        if not path.resolve().is_relative_to(found.root):
            found.problems.append(f"{relative}: skipped, it links to a file outside the submission")
            continue
        found.files.append(relative)
        if path.stem in provided_modules:
            continue
        _scan_file(path, relative, wanted, found)
    if not found.files:
        raise NothingToGrade(f"no .py or .ipynb files in {submission}")
    if not found.definitions:
        raise NothingToGrade(f"no graded function found in {submission} (looked for {', '.join(names[:3])}, ...)")
    return found


def _python_files(submission: Path) -> list[Path]:
    if submission.is_file():
        return [submission] if submission.suffix == ".py" else []
    files = []
    for path in sorted(submission.rglob("*.py")):
        parts = path.relative_to(submission).parts
        if any(part.startswith(".") or part in SKIPPED_DIRS for part in parts[:-1]):
            continue
        if path.is_file():
            files.append(path)
    return files


def _scan_file(path: Path, relative: str, wanted: set[str], found: Discovered) -> None:
    try:
        raw = path.read_bytes()
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
        text = raw.decode(encoding)
    except (OSError, SyntaxError, UnicodeDecodeError, LookupError, ValueError) as exc:
        found.problems.append(f"{relative}: could not be read ({_reason(exc)})")
        return
    try:
        tree = ast.parse(text, filename=relative)
    except (SyntaxError, ValueError) as exc:
        reason = f"syntax error at line {exc.lineno}: {exc.msg}" if isinstance(exc, SyntaxError) else str(exc)
        found.problems.append(f"{relative}: {reason}")
        for name in wanted:
            match = re.search(rf"^\s*def\s+{name}\s*\(", text, re.MULTILINE)
            if match:
                line = text.count("\n", 0, match.start()) + 1
                found.definitions.setdefault(name, []).append(Definition(relative, line, broken=reason))
        return
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in wanted:
            found.definitions.setdefault(node.name, []).append(
                Definition(relative, node.lineno, function_fingerprint(node)))


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc)
