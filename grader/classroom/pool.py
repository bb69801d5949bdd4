"""Grading processes of a class run: forked workers, one task at a time each, tasks and replies as JSON."""

from __future__ import annotations

import os
import select
import signal
import socket
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterator

from grader.sandbox import capabilities, protocol
from grader.sandbox.cleanup import remove_tree

STOP_GRACE = 10.0  # seconds for a worker to stop its student process and exit once the parent hangs up


class Workers:
    """jobs processes forked from this one, each running work(task) for one task at a time.

    Each worker has its own interpreter, so the grader's own Python work (reading submissions,
    comparing, rendering feedback) runs on every core, not on one as threads would. work runs in the
    worker and returns plain data (a dict); cleanup runs in the worker before it exits. Fork before
    starting threads: this process must have only its main thread.
    """

    def __init__(self, jobs: int, work: Callable[[object], dict], cleanup: Callable[[], None],
                 prepare: Callable[[], None] | None = None):
        self._jobs, self._work, self._cleanup, self._prepare = max(1, jobs), work, cleanup, prepare
        self._workers: dict[int, tuple[int, socket.socket, str]] = {}  # fd -> (pid, socket, scratch folder)

    def start(self) -> None:
        """Fork every worker now (each runs prepare() first), rather than when the first tasks are handed out."""
        while len(self._workers) < self._jobs:
            self._start()

    def run(self, tasks: list) -> Iterator[tuple[int, dict | None]]:
        """(position of the task in tasks, reply) as each task is done, in the order they finish; reply None if its
        worker died. Tasks are plain data (JSON); each worker gets them one at a time.

        Stops every worker when the caller stops iterating (or is interrupted).
        """
        pending = deque(range(len(tasks)))
        busy: dict[int, int] = {}  # fd -> position
        finished = False
        try:
            while pending or busy:
                while pending and len(busy) < self._jobs:
                    fd = self._idle_worker(busy)
                    position = pending.popleft()
                    try:
                        protocol.send(fd, {"task": tasks[position]})
                    except OSError:
                        self._reap(fd)
                        pending.appendleft(position)
                        continue
                    busy[fd] = position
                for fd in select.select(list(busy), [], [])[0]:
                    position = busy.pop(fd)
                    try:
                        reply = protocol.receive(fd)
                    except (protocol.ChannelClosed, protocol.MalformedMessage):
                        self._reap(fd)
                        reply = None
                    if reply is not None and pending:  # its next task first: it works while the caller stores
                        try:
                            protocol.send(fd, {"task": tasks[pending[0]]})
                            busy[fd] = pending.popleft()
                        except OSError:
                            self._reap(fd)
                    yield position, reply
            finished = True
        finally:
            if finished:
                self.hang_up()  # they stop their student processes while the caller writes the outputs; stop() waits
            else:
                self.stop(kill=True)  # interrupted (or the caller stopped early): no waiting for busy workers

    def _idle_worker(self, busy: dict[int, int]) -> int:
        for fd in self._workers:
            if fd not in busy:
                return fd
        return self._start()

    def _start(self) -> int:
        ours, theirs = socket.socketpair()
        # The worker's temporary folders (its student process's run folder) go in a folder of the parent's,
        # removed by the parent however the worker ends: a worker can be killed at any moment, untidily.
        scratch = tempfile.mkdtemp(prefix="grade-worker-")
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            code = 1
            try:
                ours.close()
                for _, other, _ in self._workers.values():
                    other.close()
                tempfile.tempdir = scratch
                code = self._serve(theirs)
            finally:
                os._exit(code)
        theirs.close()
        self._workers[ours.fileno()] = (pid, ours, scratch)
        return ours.fileno()

    def _serve(self, channel: socket.socket) -> int:
        capabilities.die_with_parent()  # dies with the run, even a run killed with SIGKILL
        signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C reaches the whole group: the parent decides
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        try:
            if self._prepare is not None:
                self._prepare()
            while True:
                try:
                    message = protocol.receive(channel.fileno())
                except (protocol.ChannelClosed, protocol.MalformedMessage):
                    return 0  # the parent hung up: all done
                protocol.send(channel.fileno(), self._work(message["task"]))
        finally:
            self._cleanup()

    def _reap(self, fd: int) -> None:
        pid, channel, scratch = self._workers.pop(fd)
        channel.close()
        _kill(pid)
        os.waitpid(pid, 0)
        _remove(scratch)

    def hang_up(self) -> None:
        """Tell every worker there is no more work (each then stops its student process and exits)."""
        for _, channel, _ in self._workers.values():
            if channel.fileno() >= 0:
                channel.close()

    def stop(self, kill: bool = False) -> None:
        """Hang up on every worker and wait for it to stop its student process and exit (SIGKILL past the grace
        period); with kill, SIGKILL them at once (their student processes end with them). Either way their
        temporary folders are removed (one that cannot be is left behind, never raising)."""
        self.hang_up()
        workers = list(self._workers.values())
        self._workers.clear()
        for pid, _, _ in workers:
            if kill:
                _kill(pid)
        for pid, _, scratch in workers:
            if not _wait(pid, STOP_GRACE):
                _kill(pid)
                os.waitpid(pid, 0)
            _remove(scratch)


def _remove(scratch: str) -> None:
    """Remove a worker's scratch folder, whatever its student code left there; one line if it has to stay."""
    if not remove_tree(scratch):
        try:
            print(f"grade: could not remove the temporary folder {scratch}; it is left behind", file=sys.stderr)
        except (OSError, ValueError):
            pass


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass


def _wait(pid: int, seconds: float) -> bool:
    """Wait up to seconds for the child to end; whether it did."""
    try:
        pidfd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        os.waitpid(pid, 0)
        return True
    try:
        if not select.select([pidfd], [], [], seconds)[0]:
            return False
    finally:
        os.close(pidfd)
    os.waitpid(pid, 0)
    return True
