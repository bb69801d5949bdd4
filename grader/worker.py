"""The student process: loads submission code (imports and definitions only) and calls graded functions on request."""

from __future__ import annotations

import ast
import importlib
import linecache
import os
import random
import sys
import traceback
import types
from pathlib import Path

if __name__ == "__main__":  # started as a script by the runner: argv[1] holds only the grader package
    sys.path.insert(0, sys.argv.pop(1))

from grader import plaindata, protocol  # noqa: E402
from grader.extract import DEFINITIONS, IMPORTS, import_bindings, loaded_statements  # noqa: E402

MAX_MESSAGE_CHARS = 2000


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


class StudentFiles:
    """Submission files, each loaded once from the chunks the grader sent."""

    def __init__(self, submission_dir: Path):
        self.submission_dir = submission_dir
        self.loaded: dict[str, LoadedFile] = {}

    def load(self, relative: str, chunks: list[dict]) -> None:
        path = self.submission_dir / relative
        module = types.ModuleType(f"submission_{len(self.loaded)}_{Path(relative).stem.replace('.', '_')}")
        module.__file__ = str(path)
        sys.modules[module.__name__] = module
        if str(path.parent) not in sys.path:
            sys.path.append(str(path.parent))
        loaded = LoadedFile(module)
        for index, chunk in enumerate(chunks):
            self._run_chunk(index, chunk, loaded)
        self.loaded[relative] = loaded

    def _run_chunk(self, index: int, chunk: dict, loaded: LoadedFile) -> None:
        filename = str(self.submission_dir / chunk["label"])
        source = chunk["source"]
        linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
        try:
            tree = ast.parse(source, filename=filename)
        except (SyntaxError, ValueError):
            return  # the grader already reported it and never calls into it
        namespace = loaded.module.__dict__
        for statement in loaded_statements(tree):
            code = compile(ast.Module(body=[statement], type_ignores=[]), filename, "exec")
            try:
                exec(code, namespace)
            except BaseException as exc:  # student code may raise anything, SystemExit included
                if isinstance(statement, IMPORTS) and isinstance(exc, Exception):
                    for name, module in import_bindings(statement):
                        namespace[name] = MissingModule(module, str(exc) or type(exc).__name__)
                    continue
                loaded.failures[index] = describe_exception(exc, self.submission_dir, f"loading {chunk['label']}")
                return  # like a notebook cell: the rest of this chunk does not run
            if isinstance(statement, DEFINITIONS):
                loaded.functions[(index, statement.lineno)] = namespace.get(statement.name)


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


def call(request: dict, files: StudentFiles) -> dict:
    """Run one graded call and describe its outcome as plain data."""
    loaded = files.loaded[request["file"]]
    definition = request["definition"]
    function = loaded.functions.get((definition["chunk"], definition["line"]))
    if function is None:
        failure = loaded.failures.get(definition["chunk"])
        return failure or {"status": "raised", "type": "NameError", "frames": [],
                           "message": f"{request['function']} was not defined when its code was loaded"}
    namespace = loaded.module.__dict__
    namespace[request["function"]] = function
    for name, helper_module in request.get("provided", {}).items():
        namespace[name] = getattr(importlib.import_module(helper_module), name)
    saved = {name: namespace.get(name) for name in request.get("substitutes", {})}
    for name, target in request.get("substitutes", {}).items():
        module_name, _, attribute = target.partition(":")
        namespace[name] = getattr(importlib.import_module(module_name), attribute)
    args = plaindata.decode(request["args"])
    kwargs = plaindata.decode(request["kwargs"])
    _reset_random_state()
    try:
        value = function(*args, **kwargs)
    except NotImplementedError:
        return {"status": "not_implemented"}
    except BaseException as exc:
        return describe_exception(exc, files.submission_dir)
    finally:
        namespace.update(saved)
    try:
        encoded = plaindata.encode(value)
    except Exception as exc:
        encoded = {"t": "unsupported", "type": f"{type(value).__name__} (unreadable: {type(exc).__name__})"}
    return {"status": "returned", "value": encoded}


def _reset_random_state():
    import numpy as np

    np.random.seed(0)
    random.seed(0)


def handle(request: dict, files: StudentFiles) -> dict:
    if request.get("op") == "load":
        files.load(request["file"], request["chunks"])
        return {"status": "loaded"}
    return call(request, files)


def confine(setup: dict) -> None:
    """Apply the confinement the grader asked for, before any student code runs (raises OSError)."""
    if setup.get("seccomp"):
        from grader import seccomp  # imported before the file rules apply
    if setup.get("landlock"):
        from grader import landlock

        read, write = setup["landlock"]
        landlock.restrict(read, write)
    if setup.get("seccomp"):
        seccomp.install(os.getpid())


def main(argv: list[str]) -> int:
    request_fd, response_fd = int(argv[1]), int(argv[2])
    import numpy  # noqa: F401  (imported while the grader is still preparing, before any deadline)

    setup = protocol.receive(request_fd)
    sys.path[:0] = setup["path"]
    files = StudentFiles(Path(setup["submission_dir"]))
    try:
        confine(setup)
    except OSError as exc:
        protocol.send(response_fd, {"status": "refused", "reason": f"confinement failed: {exc}"})
        return 1
    protocol.send(response_fd, {"status": "ready"})
    while True:
        try:
            request = protocol.receive(request_fd)
        except protocol.ChannelClosed:
            return 0
        reply = handle(request, files)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # student code may have replaced or closed the streams
                pass
        protocol.send(response_fd, reply)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
