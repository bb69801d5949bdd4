"""Grading a class on a Dask distributed cluster: this process stays the only writer, workers grade and send JSON.

Cluster(address, ...) connects (or starts a LocalCluster for "local:N"), registers the grading plugin
(cluster_worker.py) and reports each worker as it is accepted or excluded. run_all() sends the students a few
to a task holding their files' bytes (payload.py), a few tasks per grading thread at a time, and yields each
student's row as it arrives; grade_class() stores it, as it does a local worker's. A task whose worker dies runs
again on another (Dask's allowed-failures); the students of one that fails every time are graded again alone,
and only a student who fails alone gets a row saying so. Results are decoded as msgpack only: the client never
unpickles what a worker sends back.
"""

from __future__ import annotations

import collections
import hashlib
import itertools
import json
import logging
import time
import uuid

import grader
from grader.classroom.gradebook import material_fingerprint
from grader.classroom.payload import entry_payload
from grader.material.catalog import Material

WORKER_WAIT = 60.0      # seconds to wait for a worker that may grade before giving up
SURVEY_EVERY = 1.0      # seconds between looks at the cluster's workers during a run
IN_FLIGHT_PER_SLOT = 8  # students sent per grading thread at a time: each has its next ones waiting
STUDENTS_PER_TASK = 4   # at most, in one task (a small class goes one per task, to spread it over the workers)
CONNECT_TIMEOUT = "10s"
FETCH_TIMEOUT = 10.0    # seconds to fetch a finished result (its worker may die meanwhile)
LOCAL_SETTINGS = {"distributed.worker.profile.enabled": False}
ROW_KEYS = {"score": (int, float), "max_score": (int, float), "results_json": str, "full_json": str,
            "exercises": list, "cases": list, "isolation": str, "outputs": dict, "feedback": str}


class ClusterUnavailable(Exception):
    """The cluster cannot be used (not installed, unreachable, no worker may grade): a one-line message."""


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterUnavailable("--scheduler needs Dask distributed, which is not installed: "
                                 "pip install '.[cluster]' (or pip install 'dask[distributed]')") from None
    return distributed


def plugin_settings(material: Material, sandbox: str, timeout: float, assignment: str | None,
                    solutions: str | None, local: bool) -> dict:
    """What every worker is checked against and grades with (plain data): the plugin's and resource's name
    depend on all of it, so two courses can share a cluster. local: the workers are a LocalCluster's."""
    settings = {"grader": grader.__version__, "fingerprint": material_fingerprint(material), "sandbox": sandbox,
                "timeout": float(timeout), "assignment": assignment, "solutions": solutions, "local": local}
    name = "grade-" + hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:16]
    return {**settings, "name": name, "resource": name}


class Cluster:
    """A connection to a Dask scheduler whose workers grade with this client's material and settings.

    solutions: the material folder the client was given (every worker must have it at the same path), or None
    (each worker's installed material). notes: called with a one-line message per worker accepted or excluded.
    """

    def __init__(self, address: str, material: Material, sandbox: str, timeout: float,
                 assignment: str | None = None, solutions: str | None = None, notes=print,
                 students_per_task: int | None = None):
        distributed = _distributed()
        from grader.classroom.cluster_worker import GradingPlugin

        self._distributed, self._notes = distributed, notes
        self.students_per_task = students_per_task  # None: up to STUDENTS_PER_TASK, by the class's size
        self._local = None
        self._seen: set[str] = set()
        self._accepted: dict[str, dict] = {}  # address -> its status
        logging.getLogger("distributed").setLevel(logging.CRITICAL + 1)  # the run says what happens, a line each
        if address.startswith("local:"):
            self._local = self._local_cluster(address)
            address = self._local.scheduler_address
        self.address = address
        try:
            # Task arguments travel as Dask sends them; what comes back is decoded as msgpack only.
            self._client = distributed.Client(address, timeout=CONNECT_TIMEOUT, serializers=["dask", "pickle"],
                                              deserializers=["msgpack"])
        except (OSError, TimeoutError, ValueError) as exc:
            self._close_local()
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address} ({exc})") from None
        self.settings = plugin_settings(material, sandbox, timeout, assignment, solutions, self._local is not None)
        try:
            if self._local is not None:  # all of them grade from the start
                self._client.wait_for_workers(len(self._local.workers), timeout=WORKER_WAIT)
            self._client.register_plugin(GradingPlugin(self.settings), name=self.settings["name"])
            self._survey()
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterUnavailable(f"the Dask cluster at {address} stopped answering ({exc})") from None

    def _local_cluster(self, address: str):
        try:
            workers = int(address[len("local:"):])
            if workers < 1:
                raise ValueError
        except ValueError:
            raise ClusterUnavailable(f"--scheduler {address}: local:N needs N, a number of workers, at least 1") \
                from None
        import dask

        # Its workers get this process's Dask settings: no statistical profiler sampling every thread's stack.
        try:
            with dask.config.set(LOCAL_SETTINGS):
                return self._distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                      dashboard_address=None, silence_logs=logging.CRITICAL)
        except Exception as exc:  # noqa: BLE001  (Dask's reasons vary: ports, processes, memory)
            raise ClusterUnavailable(f"could not start a local Dask cluster of {workers} workers "
                                     f"({type(exc).__name__}: {exc})") from None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self) -> None:
        """Stop the workers' supervisors (the plugin's teardown), disconnect, stop a local cluster."""
        try:
            self._client.unregister_worker_plugin(self.settings["name"])
        except Exception:  # noqa: BLE001  (a scheduler gone already: nothing is left to stop)
            pass
        self._client.close()
        self._close_local()

    def _close_local(self) -> None:
        if self._local is not None:
            self._local.close()
            self._local = None

    @property
    def levels(self) -> set[str]:
        """The isolation levels of the workers that may grade; waits up to WORKER_WAIT for the first one."""
        self._wait_for_workers()
        return {status["isolation"] for status in self._accepted.values()}

    @property
    def slots(self) -> int:
        """Students graded at once: the grading threads of the accepted workers."""
        return sum(status["slots"] for status in self._accepted.values())

    def _wait_for_workers(self) -> None:
        waited_since = time.monotonic()
        while not self._accepted:
            workers = self._survey()
            if workers and workers <= self._seen:  # every worker has answered, and none may grade
                raise ClusterUnavailable(f"no worker of the cluster at {self.address} may grade (see above)")
            if time.monotonic() - waited_since > WORKER_WAIT:
                raise ClusterUnavailable(f"no worker that may grade joined the cluster at {self.address} in "
                                         f"{WORKER_WAIT:.0f} s")
            time.sleep(0.2)

    def _survey(self) -> set[str]:
        """Look at the cluster's workers: note each new one as accepted or excluded; forget those gone."""
        from grader.classroom.cluster_worker import plugin_status

        workers = set(self._client.scheduler_info(n_workers=-1)["workers"])
        for gone in self._seen - workers:
            self._seen.discard(gone)
            self._accepted.pop(gone, None)
        new = sorted(workers - self._seen)
        if new:
            statuses = self._client.run(plugin_status, name=self.settings["name"], workers=new, on_error="ignore")
            for address, status in sorted(statuses.items()):
                if not isinstance(status, dict):
                    continue  # still being set up: asked again at the next look
                self._seen.add(address)
                if status.get("accepted"):
                    self._accepted[address] = status
                    self._notes(f"worker {address}: grading (isolation: {status['isolation']}, "
                                f"{status['slots']} at a time)")
                else:
                    self._notes(f"worker {address}: excluded, {status.get('problem')}")
        return workers

    def run_all(self, entries: list):
        """(position, row or None, why there is none) for each entry, as the cluster grades them.

        Students go a few to a task (fewer messages per student). The students of a task that fails (its worker
        died each time, maybe for another task's fault: Dask blames every task a dying worker held) are suspects:
        each is then graded alone on the cluster, one at a time, and only one who fails alone gets a row saying so.
        """
        distributed, client = self._distributed, self._client
        from grader.classroom.cluster_worker import grade_students

        token = uuid.uuid4().hex[:8]
        per_task = self.students_per_task or max(1, min(STUDENTS_PER_TASK,
                                                        len(entries) // (max(1, self.slots) * IN_FLIGHT_PER_SLOT)))
        waiting, suspects = iter(range(len(entries))), collections.deque()
        in_flight: dict = {}  # future -> (the positions of its students, whether it is a suspect graded alone)
        counter = itertools.count()

        def send_more() -> None:
            while sum(len(positions) for positions, _ in in_flight.values()) < max(1, self.slots) * IN_FLIGHT_PER_SLOT:
                if suspects and in_flight:
                    return  # a suspect waits until it can be graded alone
                suspect = bool(suspects)
                positions = [suspects.popleft()] if suspect else list(itertools.islice(waiting, per_task))
                if not positions:
                    return
                future = client.submit(grade_students, self.settings["name"],
                                       [entry_payload(entries[position]) for position in positions],
                                       key=f"grade-{token}-{next(counter)}", resources={self.settings["resource"]: 1},
                                       pure=False)
                in_flight[future] = positions, suspect
                if suspect:
                    return

        try:
            send_more()
            last_survey, no_worker_since = time.monotonic(), None
            while in_flight:
                try:
                    done, _ = distributed.wait(list(in_flight), timeout=SURVEY_EVERY, return_when="FIRST_COMPLETED")
                except TimeoutError:
                    done = set()
                if time.monotonic() - last_survey >= SURVEY_EVERY:
                    self._survey()
                    last_survey = time.monotonic()
                    no_worker_since = None if self._accepted else (no_worker_since or last_survey)
                    if no_worker_since is not None and last_survey - no_worker_since > WORKER_WAIT:
                        raise ClusterUnavailable(f"no worker of the cluster at {self.address} has been able to "
                                                 f"grade for {WORKER_WAIT:.0f} s")
                for future in sorted(done, key=lambda item: in_flight[item][0][0]):
                    positions, alone = in_flight[future]
                    outcome = self._rows(future, len(positions))
                    if outcome is None:
                        continue  # its result was lost with its worker before it came: it is computed again
                    del in_flight[future]
                    future.release()
                    rows, reasons, task_failed = outcome
                    if task_failed and not alone:
                        suspects.extend(positions)
                        send_more()
                        continue
                    send_more()
                    for position, row, failed in zip(positions, rows, reasons):
                        yield position, row, failed
        finally:
            if in_flight:
                client.cancel(list(in_flight))

    def _rows(self, future, students: int) -> tuple[list, list, bool] | None:
        """([row or None] * students, [why there is none], whether the task failed) from a finished task; None
        if the result is gone again (lost with its worker)."""
        if future.status == "finished":
            try:
                text = future.result(timeout=FETCH_TIMEOUT)
            except Exception:  # noqa: BLE001  (lost with its worker, or failed since: looked at again below)
                text = None
            if text is None and future.status not in ("error", "cancelled"):
                return None
        else:
            text = None
        if text is None:  # never the task's exception: it would be unpickled here
            return [None] * students, ["the cluster could not grade this submission: the workers grading it died "
                                       "or failed each time; please report it"] * students, True
        try:
            rows = json.loads(text)
        except (TypeError, ValueError):  # anything but JSON text: never decoded further
            rows = None
        if not isinstance(rows, list) or len(rows) != students:
            rows = [None] * students
        malformed = "the cluster's worker sent back a malformed result for this submission; please report it"
        checked = [row if _well_formed(row) else None for row in rows]
        return checked, ["" if row is not None else malformed for row in checked], False


def _well_formed(row) -> bool:
    return isinstance(row, dict) and all(isinstance(row.get(key), kinds) for key, kinds in ROW_KEYS.items())
