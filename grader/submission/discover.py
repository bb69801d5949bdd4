"""Finds a submission's files and where each graded function is defined, without running any of its code.

Besides the caps on each file (sources.py), a file is held to a number of top-level statements, and a
submission to a number of files, of bytes and of characters of code; a file past one is skipped with a
one-line problem and the rest is graded, so the grader's time and memory stay bounded whatever it is handed.
"""

from __future__ import annotations

import ast
import dataclasses
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from grader.material.stubs import stub_candidate_fingerprint
from grader.sandbox.loading import code_lines
from grader.sandbox.numpy1 import REMOVED
from grader.submission import templates
from grader.submission.extract import DEFINITIONS, IMPORTS, import_bindings, loaded_statements
from grader.submission.sources import SUFFIXES, Chunk, OverLimit, UnreadableFile, over_byte_limit, read_file

SKIPPED_DIRS = {"__pycache__", "node_modules", "site-packages"}
PROJECT_FILES = ("pyproject.toml", "setup.py")  # a subfolder holding one is an installed tool (the kit's engine/)
MAX_STATEMENTS = 5_000                       # top-level statements of one file (all its cells together)
MAX_FILES = 200                              # .py and .ipynb files of one submission, in path order
MAX_SUBMISSION_BYTES = 50 * 1024 * 1024      # those files together on disk (as a class run's zips)
MAX_SUBMISSION_CODE_CHARS = 400_000          # characters of code of those files together (the course: ~80,000)


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
    parameters: tuple[str, ...] = ()  # its parameters' names, as written (tell one course's signature from another)
    name: str = ""                    # the function's name (an exercise's, or an older name of it)
    template: bool = False            # still the course's template: its code regions unfilled (see templates.py)
    unfilled: tuple[tuple[int, str], ...] = ()  # (line, text) still unfilled in a partly filled one
    numpy1: tuple[str, ...] = ()      # names NumPy 2 removed that it uses (np.product, np.float, ...)


@dataclass
class Discovered:
    root: Path
    files: list[str]
    chunks: dict[str, list[Chunk]] = field(default_factory=dict)
    definitions: dict[str, list[Definition]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    # file -> for each of its chunks, the statements loading runs (see scan_source), for the student process
    statements: dict[str, list[tuple]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # notebook -> its first heading

    def in_files(self, files) -> Discovered:
        """The same discovery restricted to these files (those of one assignment)."""
        files = set(files)
        return Discovered(self.root, [file for file in self.files if file in files],
                          {file: chunks for file, chunks in self.chunks.items() if file in files},
                          {name: kept for name, found in self.definitions.items()
                           if (kept := [item for item in found if item.file in files])},
                          self.problems, {file: kept for file, kept in self.statements.items() if file in files},
                          {file: title for file, title in self.titles.items() if file in files})


def discover(submission: Path, names: list[str], provided_modules: frozenset[str] = frozenset(),
             only: list[Path] | None = None, listing: Listing | None = None) -> Discovered:
    """Scan a submission folder (or single .py/.ipynb file) for the graded functions `names`.

    only: the files of the folder to scan, instead of all of them (the material folder: its references).
    Files named like a provided course helper module (reg_utils.py, ...) are the course's, not the
    student's work: the grader supplies its own, so they are not searched for graded functions.
    A file past a cap is skipped (a problem says which cap), as is a file that links outside.
    listing: the candidate files as candidate_files() listed them elsewhere (a cluster worker is sent those files).
    """
    submission = Path(submission)
    if not submission.exists():
        raise NothingToGrade(f"no such file or folder: {submission}")
    root = submission if submission.is_dir() else submission.parent
    found = Discovered(root=root.resolve(), files=[])
    wanted = frozenset(names)
    if listing is None:
        listing = candidate_files(submission) if only is None else Listing(sorted(only), None, 0)
    paths, first_more, more = listing.paths, listing.first_more, listing.more
    if more:
        also = f" and {more - 1:,} more files" if more > 1 else ""
        found.problems.append(f"{first_more.relative_to(root).as_posix()}{also}: skipped, the submission holds "
                              f"{len(paths) + more:,} .py and .ipynb files (the limit is {MAX_FILES:,})")
    code = 0
    for path, relative, size, refused in admitted(paths, root):
        if refused is not None:
            found.problems.append(f"{relative}: skipped, {refused[1]}")
            continue
        if path.suffix == ".py" and path.stem in provided_modules:
            found.files.append(relative)
            continue
        try:
            read = read_file(path, relative)
            chunks = read.chunks
        except UnreadableFile as reason:
            found.files.append(relative)
            found.problems.append(f"{relative}: could not be read ({reason})")
            continue
        except OverLimit as reason:
            found.problems.append(f"{relative}: skipped, {reason}")
            continue
        characters = sum(len(chunk.source) for chunk in chunks)
        if code + characters > MAX_SUBMISSION_CODE_CHARS:
            found.problems.append(f"{relative}: skipped, the files before it hold {code:,} characters of code and "
                                  f"it {characters:,} (the limit for a whole submission is "
                                  f"{MAX_SUBMISSION_CODE_CHARS:,})")
            continue
        code += characters
        scans = [scan_source(chunk.source, wanted) for chunk in chunks]
        statements = sum(scan[3] for scan in scans)
        if statements > MAX_STATEMENTS:
            found.problems.append(f"{relative}: skipped, it holds {statements:,} top-level statements "
                                  f"(the limit is {MAX_STATEMENTS:,})")
            continue
        found.files.append(relative)
        found.chunks[relative] = chunks
        if read.title:
            found.titles[relative] = read.title
        found.statements[relative] = [_record_scan(relative, index, chunk, scan, found)
                                      for index, (chunk, scan) in enumerate(zip(chunks, scans))]
        _resolve_templates(relative, chunks, scans, found)
    if not paths:
        raise NothingToGrade(f"no .py or .ipynb files in {submission}")
    if not found.definitions:
        # why, where a file was skipped or could not be read: the student's only notebook may be broken JSON
        reasons = found.problems
        raise NothingToGrade(f"no graded function found in {submission} (looked for {', '.join(names[:3])}, ...)"
                             + (f"; {reasons[0]}" + (f" (and {len(reasons) - 1} more problems)" if reasons[1:] else "")
                                if reasons else ""))
    return found


OUTSIDE, TOO_BIG = "outside", "too-big"  # why admitted() refuses a file


def admitted(paths: list[Path], root: Path):
    """(path, relative path, size, None or (OUTSIDE or TOO_BIG, why)) of each candidate file, in order: one linking
    outside root is refused, as is one past its byte cap or past the submission's (counting the admitted ones)."""
    inside, on_disk = root.resolve(), 0
    for path in paths:
        relative = path.relative_to(root).as_posix()
        if not path.resolve().is_relative_to(inside):
            yield path, relative, 0, (OUTSIDE, "it links to a file outside the submission")
            continue
        size = _size(path)
        reason = over_byte_limit(path, size)
        if reason is None and on_disk + size > MAX_SUBMISSION_BYTES:
            reason = (f"the files before it hold {on_disk:,} bytes and it {size:,} "
                      f"(the limit for a whole submission is {MAX_SUBMISSION_BYTES:,})")
        if reason is not None:
            yield path, relative, size, (TOO_BIG, reason)
            continue
        on_disk += size
        yield path, relative, size, None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # reading it says why it cannot be read


@dataclass(frozen=True)
class Listing:
    """A submission's candidate files in path order: the first MAX_FILES, the first of the others and their count."""

    paths: list[Path]
    first_more: Path | None
    more: int


def candidate_files(submission: Path) -> Listing:
    """The .py and .ipynb files in path order: the first MAX_FILES, the first of the others and how many there are.

    Folders starting with "." and SKIPPED_DIRS are not entered, nor links to folders. Walked one folder at a
    time, keeping only the names of folders and candidate files: a folder of a million other files costs little.
    """
    if submission.is_file():
        return Listing([submission] if submission.suffix in SUFFIXES else [], None, 0)
    kept: list[Path] = []
    first_more, more = None, 0
    pending = [_entries(str(submission))]
    while pending:
        entry = next(pending[-1], None)
        if entry is None:
            pending.pop()
            continue
        path, is_folder = entry
        if is_folder:
            pending.append(_entries(path))
        elif len(kept) < MAX_FILES:
            kept.append(Path(path))
        else:
            first_more, more = first_more or Path(path), more + 1
    return Listing(kept, first_more, more)


def _entries(folder: str):
    """(path, is a folder) of a folder's subfolders worth entering and its candidate files, by name."""
    names: list[str] = []
    folders: set[str] = set()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if not entry.name.startswith(".") and entry.name not in SKIPPED_DIRS and \
                                not any(os.path.isfile(os.path.join(entry.path, name)) for name in PROJECT_FILES):
                            names.append(entry.name)
                            folders.add(entry.name)
                    elif os.path.splitext(entry.name)[1] in SUFFIXES and entry.is_file():
                        names.append(entry.name)
                except OSError:
                    continue
    except OSError:
        pass
    names.sort()
    return ((os.path.join(folder, name), name in folders) for name in names)


def _record_scan(relative: str, index: int, chunk: Chunk, scan: tuple, found: Discovered) -> tuple:
    """Record the chunk's problems and graded definitions; the statements loading it runs."""
    reason, definitions, statements, _ = scan
    if reason is not None:
        found.problems.append(f"{chunk.label}: {reason}")
        for name, line, _, _, parameters, template in definitions:
            found.definitions.setdefault(name, []).append(
                Definition(relative, index, line, chunk.label, broken=f"{chunk.label} has a {reason}",
                           parameters=parameters, name=name, template=template))
        return statements
    for name, line, fingerprint, end_line, parameters, _, removed in definitions:
        found.definitions.setdefault(name, []).append(
            Definition(relative, index, line, chunk.label, fingerprint, end_line=end_line, parameters=parameters,
                       name=name, numpy1=removed))
    return statements


def _resolve_templates(relative: str, chunks: list[Chunk], scans: list[tuple], found: Discovered) -> None:
    """Whether each graded function of the file is still the course's template, once the names bound at the top of
    the file (its imports and definitions, in any cell) are known."""
    module_names = frozenset(name for scan in scans for statement in scan[2]
                             for name in ([statement[4]] if statement[4] else []) +
                             [pair[0] for pair in statement[6] or ()])
    fillings = {(index, line): filling for index, scan in enumerate(scans) if scan[0] is None
                for _, line, _, _, _, filling, _ in scan[1]}
    for name, definitions in found.definitions.items():
        for position, definition in enumerate(definitions):
            filling = fillings.get((definition.chunk, definition.line)) if definition.file == relative else None
            if filling is not None:
                template, unfilled = templates.resolved(filling, code_lines(chunks[definition.chunk].source),
                                                        module_names)
                definitions[position] = dataclasses.replace(definition, template=template, unfilled=unfilled)


# What the remembered scans may hold, about in bytes (a source's characters, SCAN_STATEMENT_COST a statement): the
# cells every student shares fit many times over, and a class of hostile submissions cannot grow it further.
SCAN_CACHE_COST = 32 * 1024 * 1024
SCAN_STATEMENT_COST = 256
_scans: OrderedDict = OrderedDict()
_scans_cost = 0
_scans_lock = threading.Lock()


def scan_source(source: str, wanted: frozenset[str]) -> tuple[str | None, tuple, tuple, int]:
    """(why it does not parse or None, the top-level definitions of wanted names, the statements loading runs,
    how many top-level statements it has).

    A definition is (name, line, fingerprint, end line, parameter names). A statement is (first line, first column, last
    line, end column, name it defines or None, the line of its def or class, the (bound name, module)
    pairs it imports or None), columns in UTF-8 bytes as in ast: the student process compiles each
    statement from its text, so the cell is parsed once, here. A pure function of the text,
    remembered (up to SCAN_CACHE_COST): in a class most cells are the same for every student.
    """
    global _scans_cost
    key = (source, wanted)
    with _scans_lock:
        scan = _scans.get(key)
        if scan is not None:
            _scans.move_to_end(key)
            return scan
    scan = _scan(source, wanted)
    cost = len(source) + SCAN_STATEMENT_COST * len(scan[2])
    if cost <= SCAN_CACHE_COST // 64:  # a big file is its student's own: not worth remembering
        with _scans_lock:
            if key not in _scans:
                _scans[key] = scan
                _scans_cost += cost
            while _scans_cost > SCAN_CACHE_COST:
                (old, _), (_, _, statements, _) = _scans.popitem(last=False)
                _scans_cost -= len(old) + SCAN_STATEMENT_COST * len(statements)
    return scan


def _scan(source: str, wanted: frozenset[str]) -> tuple[str | None, tuple, tuple, int]:
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        reason = f"syntax error at line {exc.lineno}: {exc.msg}" if isinstance(exc, SyntaxError) else \
            str(exc) or type(exc).__name__
        found = []
        for name in sorted(wanted):
            match = re.search(rf"^\s*def\s+{name}\s*\((?P<parameters>[\w\s,=]*)", source, re.MULTILINE)
            if match:
                parameters = tuple(part.split("=")[0].strip() for part in match.group("parameters").split(",")
                                   if part.split("=")[0].strip())
                following = re.search(r"\n\S", source[match.end():])  # the next top-level line
                text = source[match.start():match.end() + following.start() if following else len(source)]
                found.append((name, source.count("\n", 0, match.start()) + 1, None, None, parameters,
                              templates.empty_region(text)))
        return reason, tuple(found), (), 0
    lines = code_lines(source)
    definitions = tuple((node.name, node.lineno, stub_candidate_fingerprint(node, source), node.end_lineno,
                         tuple(argument.arg for argument in (*node.args.posonlyargs, *node.args.args,
                                                             *node.args.kwonlyargs)),
                         templates.analyse(node, lines), _removed_numpy(node, lines))
                        for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in wanted)
    return None, definitions, tuple(_statement(node) for node in loaded_statements(tree)), len(tree.body)


_REMOVED_USE = re.compile(r"\b(?:np|numpy)\s*\.\s*(?:" + "|".join(map(re.escape, REMOVED)) + r")\b")


def _removed_numpy(function: ast.FunctionDef, lines: list[str]) -> tuple[str, ...]:
    """The names NumPy 2 removed that the function uses as np.<name> or numpy.<name>, in order of first use
    (its text is searched first: most functions use none, and walking every function's tree costs)."""
    if not any(_REMOVED_USE.search(line) for line in lines[function.lineno - 1:function.end_lineno]):
        return ()
    used = sorted((node.lineno, node.col_offset, node.attr) for node in ast.walk(function)
                  if isinstance(node, ast.Attribute) and node.attr in REMOVED
                  and isinstance(node.value, ast.Name) and node.value.id in ("np", "numpy"))
    return tuple(dict.fromkeys(name for _, _, name in used))


def _statement(node: ast.stmt) -> tuple:
    decorators = getattr(node, "decorator_list", None)
    first, column = (decorators[0].lineno, 0) if decorators else (node.lineno, node.col_offset)
    defines = node.name if isinstance(node, DEFINITIONS) else None
    imports = [list(pair) for pair in import_bindings(node)] if isinstance(node, IMPORTS) else None
    return (first, column, node.end_lineno, node.end_col_offset, defines, node.lineno, imports)
