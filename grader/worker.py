"""The student process: imports submission files and calls graded functions on request, replying in plain data."""

from __future__ import annotations

import importlib
import importlib.util
import os
import random
import sys
import traceback
from pathlib import Path

if __name__ == "__main__":  # started as a script by the runner: argv[1] holds only the grader package
    sys.path.insert(0, sys.argv.pop(1))

from grader import plaindata, protocol  # noqa: E402

MAX_MESSAGE_CHARS = 2000


class StudentModules:
    """Submission files imported by path, each once, under a private module name."""

    def __init__(self, submission_dir: Path):
        self.submission_dir = submission_dir
        self.modules: dict[str, object] = {}
        self.failures: dict[str, dict] = {}

    def get(self, relative_path: str):
        if relative_path in self.failures:
            raise _ImportFailed(self.failures[relative_path])
        if relative_path not in self.modules:
            try:
                self.modules[relative_path] = self._import(relative_path)
            except BaseException as exc:  # student code may raise anything, SystemExit included
                failure = describe_exception(exc, self.submission_dir, during="importing " + relative_path)
                self.failures[relative_path] = failure
                raise _ImportFailed(failure) from None
        return self.modules[relative_path]

    def _import(self, relative_path: str):
        path = self.submission_dir / relative_path
        name = f"submission_{len(self.modules) + len(self.failures)}_{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        directory = str(path.parent)
        if directory not in sys.path:
            sys.path.append(directory)
        spec.loader.exec_module(module)
        return module


class _ImportFailed(Exception):
    def __init__(self, failure: dict):
        super().__init__(failure["message"])
        self.failure = failure


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


def call(request: dict, modules: StudentModules) -> dict:
    """Run one graded call and describe its outcome as plain data."""
    try:
        module = modules.get(request["file"])
    except _ImportFailed as failed:
        return failed.failure
    for name, helper_module in request.get("provided", {}).items():
        setattr(module, name, getattr(importlib.import_module(helper_module), name))
    function = getattr(module, request["function"], None)
    if not callable(function):
        return {"status": "raised", "type": "NameError", "frames": [],
                "message": f"{request['function']} is not a function after importing {request['file']}"}
    args = plaindata.decode(request["args"])
    kwargs = plaindata.decode(request["kwargs"])
    _reset_random_state()
    try:
        value = function(*args, **kwargs)
    except NotImplementedError:
        return {"status": "not_implemented"}
    except BaseException as exc:
        return describe_exception(exc, modules.submission_dir)
    try:
        encoded = plaindata.encode(value)
    except Exception as exc:
        encoded = {"t": "unsupported", "type": f"{type(value).__name__} (unreadable: {type(exc).__name__})"}
    return {"status": "returned", "value": encoded}


def _reset_random_state():
    import numpy as np

    np.random.seed(0)
    random.seed(0)


def main(argv: list[str]) -> int:
    request_fd, response_fd = int(argv[1]), int(argv[2])
    setup = protocol.receive(request_fd)
    sys.path[:0] = setup["path"]
    modules = StudentModules(Path(setup["submission_dir"]))
    import numpy  # noqa: F401  (imported before the first deadline starts)

    protocol.send(response_fd, {"status": "ready"})
    while True:
        try:
            request = protocol.receive(request_fd)
        except protocol.ChannelClosed:
            return 0
        reply = call(request, modules)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # student code may have replaced or closed the streams
                pass
        protocol.send(response_fd, reply)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
