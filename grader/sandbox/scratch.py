"""The sandbox's writable folders, emptied between submissions by a forked cleaner, and only when they changed."""

from __future__ import annotations

import os
import sys

from grader.sandbox import cleanup


class ScratchFolders:
    """The sandbox's writable folders (its run folder and /tmp), emptied between submissions but for the keep
    paths (and the folders leading to them); a folder whose entries did not change since it was last clean is
    not read at all."""

    def __init__(self, folders: list[str], keep: list[str]):
        self._plan: dict[str, tuple[str, ...]] = {}  # folder -> names of its entries that stay
        for folder in folders:
            self._plan.setdefault(folder, ())
            for path in keep:
                relative = os.path.relpath(path, folder)
                if relative == "." or relative.startswith(".."):
                    continue
                parts = relative.split(os.sep)
                for depth, name in enumerate(parts):
                    inner = os.path.join(folder, *parts[:depth])
                    self._plan[inner] = tuple(dict.fromkeys((*self._plan.get(inner, ()), name)))
        self._marks = self._read_marks()

    def _read_marks(self) -> dict[str, tuple]:
        marks = {}
        for folder in self._plan:
            try:
                info = os.lstat(folder)
            except OSError:
                continue
            marks[folder] = (info.st_ino, info.st_ctime_ns, info.st_size, info.st_nlink)  # ctime: utime cannot set it
        return marks

    def empty(self) -> bool:
        """Whether the folders are as they were when clean; emptied by a forked cleaner if not.

        The cleaner reads the names a student left (their files' names are theirs): it is a child that ends
        when done, so none of it stays in this process, which every later child is forked from.
        """
        if self._read_marks() == self._marks:
            return True
        for stream in (sys.stdout, sys.stderr):  # nothing buffered is written twice
            stream.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                clean = all(cleanup.empty_folder(folder, keep) for folder, keep in self._plan.items())
                code = 0 if clean else 1
            finally:
                os._exit(code)
        status = os.waitpid(pid, 0)[1]
        clean = os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        if clean:
            self._marks = self._read_marks()
        return clean
