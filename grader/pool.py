"""Grading processes of a class run: forked workers, one task at a time each, replies as JSON (never pickle)."""

from __future__ import annotations

import os
import select
import signal
import socket
import sys
from collections import deque
from collections.abc import Callable, Iterator

from grader import protocol
from grader.worker import PR_SET_PDEATHSIG, _prctl

STOP_GRACE = 10.0  # seconds for a worker to stop its student process and remove its folders when told to stop


class Workers:
    """jobs processes forked from this one, each running work(task) for one task at a time.

    Each worker has its own interpreter, so the grader's own Python work (reading submissions,
    comparing, rendering feedback) runs on every core, not on one as threads would. work runs in the
    worker and returns plain data (a dict); cleanup runs in the worker before it exits. Fork before
    starting threads: this process must have only its main thread.
    """

    def __init__(self, jobs: int, work: Callable[[int], dict], cleanup: Callable[[], None]):
        self._jobs, self._work, self._cleanup = max(1, jobs), work, cleanup
        self._workers: dict[int, tuple[int, socket.socket]] = {}  # fd -> (pid, socket)

    def run(self, tasks: list[int]) -> Iterator[tuple[int, dict | None]]:
        """(task, reply) as each task is done, in the order they finish; reply None if its worker died.

        Stops every worker when the caller stops iterating (or is interrupted).
        """
        pending = deque(tasks)
        busy: dict[int, int] = {}  # fd -> task
        try:
            while pending or busy:
                while pending and len(busy) < self._jobs:
                    fd = self._idle_worker(busy)
                    task = pending.popleft()
                    try:
                        protocol.send(fd, {"task": task})
                    except OSError:
                        self._reap(fd)
                        pending.appendleft(task)
                        continue
                    busy[fd] = task
                for fd in select.select(list(busy), [], [])[0]:
                    task = busy.pop(fd)
                    try:
                        reply = protocol.receive(fd)
                    except (protocol.ChannelClosed, protocol.MalformedMessage):
                        self._reap(fd)
                        reply = None
                    yield task, reply
        finally:
            self.stop()

    def _idle_worker(self, busy: dict[int, int]) -> int:
        for fd in self._workers:
            if fd not in busy:
                return fd
        return self._start()

    def _start(self) -> int:
        ours, theirs = socket.socketpair()
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        pid = os.fork()
        if pid == 0:  # the worker
            ours.close()
            for _, other in self._workers.values():
                other.close()
            self._serve(theirs)
        theirs.close()
        self._workers[ours.fileno()] = (pid, ours)
        return ours.fileno()

    def _serve(self, channel: socket.socket) -> None:
        code = 0
        try:
            _prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL))  # dies with the run, even a run killed with SIGKILL
            signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C reaches the whole group: the parent decides
            signal.signal(signal.SIGTERM, _exit_on_signal)
            while True:
                try:
                    message = protocol.receive(channel.fileno())
                except (protocol.ChannelClosed, protocol.MalformedMessage):
                    break
                protocol.send(channel.fileno(), self._work(message["task"]))
        except BaseException:  # noqa: BLE001  (the parent sees the closed channel and reports the student)
            code = 1
        finally:
            try:
                self._cleanup()
            finally:
                os._exit(code)

    def _reap(self, fd: int) -> None:
        pid, channel = self._workers.pop(fd)
        channel.close()
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
        os.waitpid(pid, 0)

    def stop(self) -> None:
        """Hang up on every worker (it cleans up and exits), then wait for them; SIGKILL past the grace period."""
        workers = list(self._workers.values())
        self._workers.clear()
        for pid, channel in workers:
            channel.close()
            try:
                os.kill(pid, signal.SIGTERM)  # a busy worker stops now, an idle one sees the hang-up
            except OSError:
                pass
        for pid, _ in workers:
            if not _wait(pid, STOP_GRACE):
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
                os.waitpid(pid, 0)


def _exit_on_signal(signum, frame):
    raise SystemExit(1)


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
