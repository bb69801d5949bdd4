"""Loading a submission's files in the child that runs them: each statement compiled from its text, then run."""

from __future__ import annotations

import linecache
import os
import sys
import traceback
import types
from dataclasses import dataclass
from pathlib import Path

from grader.sandbox import numpy1

MAX_MESSAGE_CHARS = 2000


def code_lines(source: str) -> list[str]:
    """The lines as Python numbers them, without their ends: only a newline, a carriage return or both end a
    line (str.splitlines also splits at form feeds and other separators, shifting every line after one)."""
    return source.replace("\r\n", "\n").replace("\r", "\n").split("\n")


class MissingModule:
    """Stands for a module the grading environment lacks: harmless until code really uses it."""

    def __init__(self, module: str, reason: str):
        self._module, self._reason = module, reason

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return MissingModule(self._module, self._reason)

    def _fail(self, *args, **kwargs):
        raise ModuleNotFoundError(f"this code uses the module '{self._module}', which is not available "
                                  f"in the grading environment ({self._reason})")

    __call__ = __getitem__ = __iter__ = __len__ = __add__ = __mul__ = _fail


class LoadedFile:
    """One submission file loaded into its own module: the definitions it made and where loading stopped."""

    def __init__(self, module: types.ModuleType):
        self.module = module
        self.functions: dict[tuple[int, int], object] = {}
        self.failures: dict[int, dict] = {}


@dataclass(frozen=True)
class CompiledStatement:
    """One loadable top-level statement, compiled: what loading it binds, without its syntax tree."""

    code: types.CodeType
    imports: tuple = ()          # an import: the (bound name, module) pairs it binds
    is_import: bool = False
    defines: str | None = None   # a function or class definition: its name
    line: int = 0


@dataclass(frozen=True)
class CompiledChunk:
    """A chunk's loadable statements, compiled in the child that runs them (never in the supervisor)."""

    label: str
    statements: tuple


def compile_file(submission_dir: Path, chunks: list[dict]) -> list[CompiledChunk]:
    """Compile what loading runs, without running any of it.

    chunks: label, source, and the statements loading runs, found by the grader when it parsed the
    chunk (see discover.scan_source); each is compiled from its own text. Nothing is remembered
    between submissions: this runs in the child forked for this submission, and dies with it.
    """
    compiled = []
    for chunk in chunks:
        filename = str(submission_dir / chunk["label"])
        source = chunk["source"]
        lines = code_lines(source)
        linecache.cache[filename] = (len(source), None, [line + "\n" for line in lines], filename)
        compiled.append(CompiledChunk(chunk["label"], compile_statements(filename, lines, chunk["statements"])))
    return compiled


def compile_statements(filename: str, lines: list[str], statements: list) -> tuple:
    """The statements compiled one by one (none if one does not compile: the grader reported the chunk)."""
    compiled = []
    for first, column, last, end_column, defines, line, imports in statements:
        try:
            code = _at_line(compile(_text(lines, first, column, last, end_column), filename, "exec",
                                    dont_inherit=True), first - 1)
        except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError, IndexError):
            return ()
        compiled.append(CompiledStatement(code, tuple(tuple(pair) for pair in imports or ()), imports is not None,
                                          defines, line))
    return tuple(compiled)


def _at_line(code: types.CodeType, offset: int) -> types.CodeType:
    """The code moved down by offset lines, nested code included, so its line numbers are the file's.

    Line tables are relative to co_firstlineno, so this costs nothing per line (unlike compiling the text
    after offset newlines, which made a statement after a million blank lines cost a million lines).
    """
    if not offset:
        return code
    constants = tuple(_at_line(constant, offset) if isinstance(constant, types.CodeType) else constant
                      for constant in code.co_consts)
    return code.replace(co_firstlineno=code.co_firstlineno + offset, co_consts=constants)


def _text(lines: list[str], first: int, column: int, last: int, end_column: int) -> str:
    """Lines first..last (1-based), from column of the first to end_column of the last (UTF-8 byte columns)."""
    if first == last:
        return _columns(lines[first - 1], column, end_column)
    return "\n".join([_columns(lines[first - 1], column, None), *lines[first:last - 1],
                      _columns(lines[last - 1], 0, end_column)])


def _columns(line: str, start: int, end: int | None) -> str:
    if line.isascii():
        return line[start:end]
    return line.encode("utf-8", "surrogatepass")[start:end].decode("utf-8", "surrogatepass")


class StudentFiles:
    """Submission files, each loaded (in the child) from the chunks the supervisor compiled."""

    def __init__(self, submission_dir: Path):
        self.submission_dir = submission_dir
        self.loaded: dict[str, LoadedFile] = {}

    def load(self, relative: str, chunks: list[CompiledChunk]) -> None:
        path = self.submission_dir / relative
        module = types.ModuleType(f"submission_{len(self.loaded)}_{Path(relative).stem.replace('.', '_')}")
        module.__file__ = str(path)
        module.__dict__.update(numpy1.MODULE_NAMES)  # float() and int() of a size-1 array, as under NumPy 1.x
        sys.modules[module.__name__] = module
        if str(path.parent) not in sys.path:
            sys.path.append(str(path.parent))
        loaded = LoadedFile(module)
        for index, chunk in enumerate(chunks):
            self._run_chunk(index, chunk, loaded)
        self.loaded[relative] = loaded

    def _run_chunk(self, index: int, chunk: CompiledChunk, loaded: LoadedFile) -> None:
        namespace = loaded.module.__dict__
        for statement in chunk.statements:
            try:
                exec(statement.code, namespace)
            except BaseException as exc:  # student code may raise anything, SystemExit included
                if statement.is_import and isinstance(exc, Exception):
                    for name, module in statement.imports:
                        namespace[name] = MissingModule(module, str(exc) or type(exc).__name__)
                    continue
                loaded.failures[index] = describe_exception(exc, self.submission_dir, f"loading {chunk.label}")
                return  # like a notebook cell: the rest of this chunk does not run
            if statement.defines is not None:
                loaded.functions[(index, statement.line)] = namespace.get(statement.defines)


def describe_exception(exc: BaseException, submission_dir: Path, during: str = "") -> dict:
    """What a student needs to know of an exception: type, message and the lines of their own code."""
    if isinstance(exc, SystemExit):
        message = f"your code called sys.exit({exc.code!r})" if exc.code is not None else "your code called sys.exit()"
    else:
        message = f"{type(exc).__name__}: {exc}"
    if during:
        message += f" (while {during})"
    frames = []
    root = str(submission_dir.resolve()) + os.sep
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith(root):
            frames.append({"file": frame.filename[len(root):], "line": frame.lineno,
                           "function": frame.name, "code": (frame.line or "").strip()})
    return {"status": "raised", "type": type(exc).__name__, "message": message[:MAX_MESSAGE_CHARS],
            "frames": frames[-10:]}
