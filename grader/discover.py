"""Finds a submission's files and where each graded function is defined, without running any of its code."""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from grader.extract import DEFINITIONS, IMPORTS, import_bindings, loaded_statements
from grader.sources import SUFFIXES, Chunk, UnreadableFile, read_chunks
from grader.stubs import stub_candidate_fingerprint

SKIPPED_DIRS = {"__pycache__", "node_modules", "site-packages"}


class NothingToGrade(Exception):
    """The submission holds nothing gradable (the message is one line for the user)."""


@dataclass(frozen=True)
class Definition:
    """Where a graded function is defined: file (relative to the submission), chunk, line, and code fingerprint.

    broken: why the code holding it cannot be loaded (a syntax error), if so.
    """

    file: str
    chunk: int
    line: int
    label: str
    fingerprint: str | None = None
    broken: str | None = None
    end_line: int | None = None


@dataclass
class Discovered:
    root: Path
    files: list[str]
    chunks: dict[str, list[Chunk]] = field(default_factory=dict)
    definitions: dict[str, list[Definition]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    # file -> for each of its chunks, the statements loading runs (see scan_source), for the student process
    statements: dict[str, list[tuple]] = field(default_factory=dict)


def discover(submission: Path, names: list[str], provided_modules: frozenset[str] = frozenset()) -> Discovered:
    """Scan a submission folder (or single .py/.ipynb file) for the graded functions `names`.

    Files named like a provided course helper module (reg_utils.py, ...) are the course's, not the
    student's work: the grader supplies its own, so they are not searched for graded functions.
    """
    submission = Path(submission)
    if not submission.exists():
        raise NothingToGrade(f"no such file or folder: {submission}")
    root = submission if submission.is_dir() else submission.parent
    found = Discovered(root=root.resolve(), files=[])
    wanted = frozenset(names)
    for path in _candidate_files(submission):
        relative = path.relative_to(root).as_posix()
        if not path.resolve().is_relative_to(found.root):
            found.problems.append(f"{relative}: skipped, it links to a file outside the submission")
            continue
        found.files.append(relative)
        if path.suffix == ".py" and path.stem in provided_modules:
            continue
        try:
            chunks = read_chunks(path, relative)
        except UnreadableFile as reason:
            found.problems.append(f"{relative}: could not be read ({reason})")
            continue
        found.chunks[relative] = chunks
        found.statements[relative] = [_scan_chunk(relative, index, chunk, wanted, found)
                                      for index, chunk in enumerate(chunks)]
    if not found.files:
        raise NothingToGrade(f"no .py or .ipynb files in {submission}")
    if not found.definitions:
        raise NothingToGrade(f"no graded function found in {submission} (looked for {', '.join(names[:3])}, ...)")
    return found


def _candidate_files(submission: Path) -> list[Path]:
    if submission.is_file():
        return [submission] if submission.suffix in SUFFIXES else []
    files = []
    for path in sorted(submission.rglob("*")):
        parts = path.relative_to(submission).parts
        if path.suffix not in SUFFIXES or any(part.startswith(".") or part in SKIPPED_DIRS for part in parts[:-1]):
            continue
        if path.is_file():
            files.append(path)
    return files


def _scan_chunk(relative: str, index: int, chunk: Chunk, wanted: frozenset[str], found: Discovered) -> tuple:
    """Record the chunk's problems and graded definitions; the statements loading it runs."""
    reason, definitions, statements = scan_source(chunk.source, wanted)
    if reason is not None:
        found.problems.append(f"{chunk.label}: {reason}")
        for name, line, _, _ in definitions:
            found.definitions.setdefault(name, []).append(
                Definition(relative, index, line, chunk.label, broken=f"{chunk.label} has a {reason}"))
        return statements
    for name, line, fingerprint, end_line in definitions:
        found.definitions.setdefault(name, []).append(
            Definition(relative, index, line, chunk.label, fingerprint, end_line=end_line))
    return statements


@functools.lru_cache(maxsize=1024)
def scan_source(source: str, wanted: frozenset[str]) -> tuple[str | None, tuple, tuple]:
    """(why it does not parse or None, the top-level definitions of wanted names, the statements loading runs).

    A definition is (name, line, fingerprint, end line). A statement is (first line, first column, last
    line, end column, name it defines or None, the line of its def or class, the (bound name, module)
    pairs it imports or None), columns in UTF-8 bytes as in ast: the student process compiles each
    statement from its text, so the cell is parsed once, here. A pure function of the text,
    remembered: in a class most cells are the same for every student.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        reason = f"syntax error at line {exc.lineno}: {exc.msg}" if isinstance(exc, SyntaxError) else \
            str(exc) or type(exc).__name__
        found = []
        for name in sorted(wanted):
            match = re.search(rf"^\s*def\s+{name}\s*\(", source, re.MULTILINE)
            if match:
                found.append((name, source.count("\n", 0, match.start()) + 1, None, None))
        return reason, tuple(found), ()
    definitions = tuple((node.name, node.lineno, stub_candidate_fingerprint(node, source), node.end_lineno)
                        for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in wanted)
    return None, definitions, tuple(_statement(node) for node in loaded_statements(tree))


def _statement(node: ast.stmt) -> tuple:
    decorators = getattr(node, "decorator_list", None)
    first, column = (decorators[0].lineno, 0) if decorators else (node.lineno, node.col_offset)
    defines = node.name if isinstance(node, DEFINITIONS) else None
    imports = [list(pair) for pair in import_bindings(node)] if isinstance(node, IMPORTS) else None
    return (first, column, node.end_lineno, node.end_col_offset, defines, node.lineno, imports)
