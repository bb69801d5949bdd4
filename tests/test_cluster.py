"""`grade report --scheduler`: a class graded on Dask distributed (LocalCluster and hand-started workers over
loopback) gives the local run's bytes, survives workers and clients killed, and never uses a mismatched worker."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import distributed  # noqa: F401  (the test extras install it: these tests must run, not skip)
from conftest import SOLUTIONS, exercises_of
from grader.classroom import cluster_worker
from grader.classroom.cluster import Cluster
from grader.classroom.run import grade_class
from grader.material.catalog import load_material
from grader.sandbox import levels
from test_class_run import GRADE, correct, every_kind_of_entry, outputs, report, wait_until_stored, wrong, write

SLOW_FUNCTION = "def update_parameters_with_gd(parameters, grads, learning_rate):\n"
COURSE2_POINTS = sum(graded.exercise.points for graded in exercises_of(course=2))


def slow(sources: dict[str, str], seconds: float) -> dict[str, str]:
    """The correct course-2 files, update_parameters_with_gd sleeping `seconds` in each call (full marks still)."""
    sources = dict(sources)
    assert SLOW_FUNCTION in sources["optimization.py"]
    sources["optimization.py"] = sources["optimization.py"].replace(
        SLOW_FUNCTION, SLOW_FUNCTION + f"    import time\n    time.sleep({seconds})\n")
    return sources


def mixed_class(root: Path) -> None:
    """Right, wrong, zipped, garbage, empty, stub, oversized, linked-out and too-many-files submissions."""
    every_kind_of_entry(root)
    write(root / "gina", {**wrong(), "huge.py": "x = 1\n" * 300_000, "broken.py": "def f(:\n"})
    (root / "gina" / "elsewhere.py").symlink_to("/etc/hostname")
    write(root / "hoarder", correct())
    write(root / "hoarder" / "extra", {f"file{number:03d}.py": "y = 2\n" for number in range(230)})


@pytest.fixture(scope="module")
def graded_locally(tmp_path_factory):
    """The mixed class and its outputs graded on this machine (--jobs 2)."""
    base = tmp_path_factory.mktemp("cluster")
    root, out = base / "class", base / "local"
    mixed_class(root)
    run = report(root, out, "--jobs", "2")
    assert run.returncode == 0, run.stderr
    return root, out


def test_a_class_graded_on_a_local_cluster_gives_the_local_runs_bytes(graded_locally, tmp_path):
    root, local = graded_locally
    out = tmp_path / "cluster"
    run = report(root, out, "--scheduler", "local:2")
    assert run.returncode == 0, run.stderr
    assert run.stderr.count(": grading (isolation: ") == 2, run.stderr
    assert "Traceback" not in run.stderr
    produced, expected = outputs(out), outputs(local)
    assert sorted(produced) == sorted(expected)
    assert [name for name in expected if produced[name] != expected[name]] == []
    assert {"alice/results.json", "carol/results.json", "hoarder/results.json", "index.html", "grades.csv"} \
        <= set(produced)
    again = report(root, out, "--scheduler", "local:2")
    assert again.returncode == 0, again.stderr
    students = len(list(root.iterdir()))
    assert f"graded 0, reused {students} of {students} students" in again.stdout


def test_a_class_graded_locally_is_reused_by_a_cluster_run_and_the_other_way(graded_locally, tmp_path):
    """One gradebook, either backend: a student graded on the cluster is not graded again locally."""
    root, _ = graded_locally
    out = tmp_path / "out"
    shutil.copytree(root, tmp_path / "class", symlinks=True)
    root = tmp_path / "class"
    assert report(root, out, "--jobs", "2").returncode == 0
    write(root / "alice", wrong())  # alice changes her mind: only she is graded again
    on_cluster = report(root, out, "--scheduler", "local:1")
    assert on_cluster.returncode == 0, on_cluster.stderr
    students = len(list(root.iterdir()))
    assert f"graded 1, reused {students - 1} of {students} students" in on_cluster.stdout
    assert f"graded 0, reused {students} of {students}" in report(root, out, "--jobs", "2").stdout


class Progress:
    """Records the run and, when the first student is stored, kills one of the cluster's workers."""

    def __init__(self, cluster: Cluster | None = None):
        self.cluster, self.names, self.killed = cluster, [], None
        self.notes: list[str] = []

    def start(self, to_grade, reused):
        pass

    def step(self, done, total, name, result):
        self.names.append(name)
        if self.cluster is not None and self.killed is None:
            pids = [status["pid"] for status in self.cluster._accepted.values()]
            self.killed = pids[0]
            os.kill(self.killed, signal.SIGKILL)  # busy with its next student: tasks go in twos per thread

    def note(self, text):
        self.notes.append(text)


def test_a_worker_killed_mid_task_is_replaced_and_each_student_is_stored_once(tmp_path):
    root = tmp_path / "class"
    for number in range(6):
        write(root / f"student{number}", slow(correct() if number % 2 else wrong(), 0.15))
    material = load_material()
    confinement = levels.choose("auto")
    local = grade_class(root, tmp_path / "local", material, confinement, 10.0, 2)
    assert local.graded == 6
    progress = Progress()
    with Cluster("local:2", material, "auto", 10.0, notes=progress.note) as cluster:
        progress.cluster = cluster
        summary = grade_class(root, tmp_path / "cluster", material, None, 10.0, 0, progress, cluster=cluster)
    assert progress.killed is not None
    assert sorted(progress.names) == sorted(f"student{number}" for number in range(6))  # once each
    assert summary.graded == 6 and summary.isolation == confinement.level
    assert sum(": grading (isolation: " in note for note in progress.notes) >= 3  # the replacement reported
    assert outputs(tmp_path / "cluster") == outputs(tmp_path / "local")


def test_a_student_whose_task_kills_every_worker_gets_a_row_and_the_rest_are_graded(tmp_path, monkeypatch):
    """A grader bug that ends the worker on one submission: Dask retries it on other workers, then gives up; that
    student gets a row saying so and everyone else is graded."""
    import cluster_faults

    root = tmp_path / "class"
    for name in ("alice", "mallory", "zoe"):
        write(root / name, correct())
    monkeypatch.setattr(cluster_worker, "grade_students", cluster_faults.grade_or_die_on_mallory)
    material = load_material()
    progress = Progress()
    # all three in one task first: it fails, and each is tried alone
    with Cluster("local:2", material, "auto", 10.0, notes=progress.note, students_per_task=3) as cluster:
        summary = grade_class(root, tmp_path / "out", material, None, 10.0, 0, progress, cluster=cluster)
    assert summary.graded == 3
    mallory = json.loads((tmp_path / "out" / "mallory" / "results.json").read_text())
    assert mallory["score"] == 0 and "the workers grading it died or failed each time" in mallory["problems"][0]
    for name in ("alice", "zoe"):
        assert json.loads((tmp_path / "out" / name / "results.json").read_text())["score"] == COURSE2_POINTS
    # a failed task is not a graded one: the next run grades mallory again (and only her)
    monkeypatch.undo()
    with Cluster("local:1", material, "auto", 10.0, notes=progress.note) as cluster:
        again = grade_class(root, tmp_path / "out", material, None, 10.0, 0, progress, cluster=cluster)
    assert again.graded == 1
    assert json.loads((tmp_path / "out" / "mallory" / "results.json").read_text())["score"] == COURSE2_POINTS


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _dask(*arguments: str, env: dict | None = None) -> subprocess.Popen:
    command = [sys.executable, "-m", "distributed.cli.dask_" + arguments[0], *arguments[1:]]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def test_a_worker_with_other_grading_material_is_reported_and_never_used(graded_locally, tmp_path):
    """A scheduler and two workers started by hand (as the README says), one of them installed with a material
    whose points differ: it is excluded by name, and the class is graded on the other alone, byte for byte as
    locally."""
    root, local = graded_locally
    other = tmp_path / "other-material"
    shutil.copytree(SOLUTIONS, other, ignore=shutil.ignore_patterns("__pycache__"))
    grading = other / "optimization" / "grading.py"
    text = grading.read_text(encoding="utf-8")
    assert 'Exercise("update_parameters_with_gd", points=1' in text
    grading.write_text(text.replace('Exercise("update_parameters_with_gd", points=1',
                                    'Exercise("update_parameters_with_gd", points=5'), encoding="utf-8")
    address = f"tcp://127.0.0.1:{_free_port()}"
    env = {key: value for key, value in os.environ.items() if key != "GRADE_SOLUTIONS"}
    processes = [_dask("scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                       "--no-dashboard", env=env)]
    try:
        processes.append(_dask("worker", address, "--nthreads", "1", "--no-dashboard", "--name", "good", env=env))
        processes.append(_dask("worker", address, "--nthreads", "1", "--no-dashboard", "--name", "odd",
                               env=dict(env, GRADE_SOLUTIONS=str(other))))
        client = distributed.Client(address, timeout="30s")
        client.wait_for_workers(2, timeout=60)
        client.close()
        out = tmp_path / "out"
        run = subprocess.run([*GRADE, "report", str(root), "--out", str(out), "--scheduler", address],
                             capture_output=True, text=True, timeout=600, env=env)
        assert run.returncode == 0, run.stderr
        excluded = [line for line in run.stderr.splitlines() if ": excluded, " in line]
        assert len(excluded) == 1 and "grading material or grader code differs from the client's" in excluded[0]
        assert run.stderr.count(": grading (isolation: ") == 1
        assert outputs(out) == outputs(local)
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.mark.parametrize("how", ["SIGKILL", "SIGINT"], ids=["kill -9 to the client", "Ctrl-C to the whole group"])
def test_the_client_stopped_half_way_resumes_from_the_gradebook(tmp_path, how):
    """kill -9: nothing can clean up, yet the local cluster follows the client. Ctrl-C: the client stops at once
    and says so in one line; the cluster's workers, in the same process group, leave the stopping to it."""
    root = tmp_path / "class"
    for number in range(8):
        write(root / f"student{number}", slow(correct(), 0.1))
    killed = tmp_path / "out"
    run = subprocess.Popen([*GRADE, "report", str(root), "--out", str(killed), "--scheduler", "local:2",
                            "--timeout", "10"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    stored = wait_until_stored(run, killed, 2)
    assert run.poll() is None and 2 <= stored < 8, "the client must be killed half-way"
    family = _descendants(run.pid)
    if how == "SIGKILL":
        os.kill(run.pid, signal.SIGKILL)  # the client alone: its local cluster's processes must follow it
    else:
        os.killpg(run.pid, signal.SIGINT)
    stderr = run.communicate(timeout=60)[1]
    if how == "SIGINT":
        assert run.returncode == 130 and "Traceback" not in stderr, stderr
        assert stderr.strip().splitlines()[-1].startswith("grade: interrupted; "), stderr
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(pid) for pid in family):
        time.sleep(0.2)
    assert not [pid for pid in family if _alive(pid)], "the local cluster outlived its client"
    again = report(root, killed, "--scheduler", "local:2", "--timeout", "10")
    assert again.returncode == 0, again.stderr
    graded = int(again.stdout.split("graded ")[1].split(",")[0])
    assert 0 < graded <= 8 - stored
    fresh = tmp_path / "fresh"
    assert report(root, fresh, "--jobs", "2", "--timeout", "10").returncode == 0
    assert outputs(killed) == outputs(fresh)


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                parent = int(Path(f"/proc/{entry.name}/stat").read_bytes().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, pending = [], [pid]
    while pending:
        for child in children.get(pending.pop(), []):
            found.append(child)
            pending.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0]
    except OSError:
        return False
    return state != b"Z"


@pytest.mark.parametrize("options, said", [
    (["--scheduler", "local:0"], "local:N needs N, a number of workers, at least 1"),
    (["--scheduler", "local:2", "--jobs", "2"], "--jobs does not apply with --scheduler"),
    (["--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler at tcp://127.0.0.1:9"),
])
def test_a_scheduler_that_cannot_be_used_is_one_line_and_exit_2(tmp_path, options, said):
    root = tmp_path / "class"
    write(root / "alice", correct())
    run = report(root, tmp_path / "out", *options)
    assert run.returncode == 2 and said in run.stderr, run.stderr
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


def test_without_dask_the_scheduler_option_says_what_to_install(tmp_path):
    root = tmp_path / "class"
    write(root / "alice", correct())
    blocker = tmp_path / "no-dask"
    write(blocker / "distributed", {"__init__.py": "raise ImportError('No module named distributed')\n"})
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(blocker), os.environ.get("PYTHONPATH", "")]))
    run = report(root, tmp_path / "out", "--scheduler", "local:2", env=env)
    assert run.returncode == 2 and "pip install '.[cluster]'" in run.stderr, run.stderr
    assert "Traceback" not in run.stderr
    assert report(root, tmp_path / "out", "--jobs", "1", env=env).returncode == 0  # the rest works without it
