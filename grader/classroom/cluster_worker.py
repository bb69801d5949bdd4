"""On each Dask worker: its material checked against the client's, a confined supervisor per thread, the grading task.

The client registers a GradingPlugin; Dask sets it up on every worker, those that join later (or are restarted)
included. A worker whose grader version, grading material or sandbox differs from what the client asked for is
given nothing to grade: only the others get the plugin's resource, which every grading task requires. Each of a
worker's threads grades through its own supervisor (classroom.run.Supervisor) on a thread of its own, which lives as
long as the plugin: the student process is tied to the thread that started it.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from distributed import WorkerPlugin, get_worker
from distributed.core import Status

import grader
from grader.classroom.gradebook import material_fingerprint
from grader.classroom.run import Supervisor, graded_row
from grader.material.catalog import MaterialError, load_material
from grader.sandbox import capabilities, levels


class GradingPlugin(WorkerPlugin):
    """What a worker needs to grade for one client: settings is plain data (cluster.plugin_settings())."""

    def __init__(self, settings: dict):
        self.settings = settings
        self.status: dict | None = None  # what plugin_status() reports: {accepted, isolation, slots, problem}
        self._slots: queue.Queue | None = None
        self._executors: list[ThreadPoolExecutor] = []

    async def setup(self, worker) -> None:
        if self.settings.get("local"):
            _ignore_interrupts()  # a local cluster's workers: Ctrl-C reaches the whole group, the client decides
        status = await asyncio.to_thread(self._prepare, worker.state.nthreads, worker.local_directory)
        if status["accepted"]:
            await worker.set_resources(**{self.settings["resource"]: status["slots"]})
            if worker.status == Status.running:
                # The scheduler looks for tasks waiting for a worker when one starts running, not when a worker's
                # resources change: a worker replacing one that died would otherwise never get them.
                worker.status = Status.paused
                worker.status = Status.running
        self.status = status

    def teardown(self, worker) -> None:
        slots, self._slots = self._slots, None
        while slots is not None and not slots.empty():
            executor, run = slots.get_nowait()
            executor.submit(run.close).result()  # on the thread that started its student process
        for executor in self._executors:
            executor.shutdown(wait=True)
        self._executors = []

    def _prepare(self, threads: int, local_directory: str) -> dict:
        """Check this worker against the client's settings and, if it matches, start a supervisor per thread."""
        settings = self.settings
        if settings["grader"] != grader.__version__:
            return _excluded(f"it runs grader {grader.__version__}, the client {settings['grader']}")
        try:
            # the client's folder when it named one, else this worker's own (GRADE_SOLUTIONS, or the installed one)
            material = load_material(settings["solutions"] or os.environ.get("GRADE_SOLUTIONS") or None)
        except MaterialError as problem:
            return _excluded(f"its grading material does not load ({problem})")
        fingerprint = material_fingerprint(material)
        if fingerprint != settings["fingerprint"]:
            return _excluded(f"its grading material or grader code differs from the client's (fingerprint "
                             f"{fingerprint[:12]} here, {settings['fingerprint'][:12]} on the client): install the "
                             f"same grader and material on every worker")
        try:
            confinement = levels.choose(settings["sandbox"])
        except levels.SandboxUnavailable as reason:
            return _excluded(f"its sandbox cannot be used: {reason}")
        capabilities.not_dumpable()  # verdicts are made here: student code must not reach this process's memory
        # The run folders of its student processes in the worker's own folder, which Dask removes when a worker
        # killed untidily is replaced.
        scratch = Path(local_directory) / "grade"
        scratch.mkdir(parents=True, exist_ok=True)
        tempfile.tempdir = str(scratch)
        slots = max(1, threads)
        self._slots = queue.Queue()
        for _ in range(slots):
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="grade-supervisor")
            run = Supervisor(material, confinement, settings["timeout"], settings["assignment"])
            executor.submit(run.prestart)  # it boots while the worker waits for its first student
            self._executors.append(executor)
            self._slots.put((executor, run))
        return {"accepted": True, "isolation": confinement.level, "slots": slots, "problem": None,
                "pid": os.getpid()}

    def grade(self, payloads: list[dict]) -> str:
        """The students' rows (run.graded_row() with their feedback page), in order, as one JSON text."""
        if self._slots is None:
            raise RuntimeError("this worker may not grade: its material was not accepted")
        slot = self._slots.get()
        try:
            executor, run = slot
            return executor.submit(_graded_json, run, payloads).result()
        finally:
            self._slots.put(slot)


def _ignore_interrupts() -> None:
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the worker's main thread: Dask's default stays
        pass


def _excluded(problem: str) -> dict:
    return {"accepted": False, "isolation": None, "slots": 0, "problem": problem, "pid": os.getpid()}


def _graded_json(run, payloads: list[dict]) -> str:
    return json.dumps([graded_row(run.grade_payload(payload), run.material) for payload in payloads],
                      ensure_ascii=False)


def grade_students(plugin_name: str, payloads: list[dict]) -> str:
    """The grading task: a few students, each from their files' bytes (classroom/payload.py), on this worker."""
    plugin = get_worker().plugins.get(plugin_name)
    if plugin is None:
        raise RuntimeError("this worker has no grading plugin")
    return plugin.grade(payloads)


def plugin_status(dask_worker, name: str) -> dict | None:
    """What the plugin named name found on this worker (None while it is being set up), for Client.run."""
    plugin = dask_worker.plugins.get(name)
    return None if plugin is None else plugin.status
