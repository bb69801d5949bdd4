"""`grade report`: a class graded into a gradebook, reruns that reuse it, kill -9 resume, hostile students, zips."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import (ASSIGNMENTS, SOLUTIONS, VARIANTS, assignments_of, exercise_points, points_of, reference_sources,
                      score_text)
from grader.material.catalog import load_material
from grader.reports.exports import column_names
from grader.sandbox import levels
from grader.classroom.entries import ZipRefused, class_entries, extract_zip, safe_name

GRADE = [sys.executable, "-m", "grader.cli"]
WRONG_UPDATE_LR = (VARIANTS / "optimization" / "update_lr" / "wrong_missing_one_plus.py").read_text(encoding="utf-8")


def report(root, out, *options, env=None):
    return subprocess.run([*GRADE, "report", str(root), "--out", str(out), *map(str, options)],
                          capture_output=True, text=True, timeout=600, env=env)


def write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def correct() -> dict[str, str]:
    return reference_sources(course=2)


def wrong() -> dict[str, str]:
    sources = reference_sources(course=2)
    sources["optimization.py"] += "\n\n" + WRONG_UPDATE_LR  # the last definition in a file wins
    return sources


def zipped(path: Path, files: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w") as bundle:
        for name, text in files.items():
            bundle.writestr(f"work/{name}", text)


def outputs(out: Path) -> dict[str, bytes]:
    """Every graded output's bytes (the gradebook and the run's metadata aside)."""
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*"))
            if path.is_file() and not path.name.startswith(("gradebook.sqlite", "run.json"))}


def wait_until_stored(run: subprocess.Popen, out: Path, at_least: int, seconds: float = 300) -> int:
    """Poll the gradebook of a running `grade report` until it holds at_least students (or the run ends): how many
    it holds."""
    deadline, stored = time.monotonic() + seconds, 0
    while stored < at_least and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(f"file:{out / 'gradebook.sqlite'}?mode=ro", uri=True, timeout=5) as db:
                stored = db.execute("SELECT COUNT(*) FROM students").fetchone()[0]
        except sqlite3.Error:
            pass
    return stored


def rows(out: Path) -> dict[str, dict[str, str]]:
    return {row["student"]: row for row in csv.DictReader(io.StringIO((out / "grades.csv").read_text("utf-8")))}


def every_kind_of_entry(root: Path) -> None:
    """A class of right, wrong, zipped, garbage, empty, stub and not-a-submission entries."""
    write(root / "alice", correct())
    write(root / "bob", wrong())
    zipped(root / "carol.zip", correct())
    (root / "dave.zip").write_bytes(b"PK\x03\x04 this is not a zip")
    (root / "empty").mkdir()
    (root / "erin.py").write_text("\n\n".join(correct().values()), encoding="utf-8")
    (root / "frank").symlink_to(ASSIGNMENTS, target_is_directory=True)  # the untouched stubs
    (root / "notes.txt").write_text("not a submission")


def test_a_class_of_correct_wrong_empty_and_garbage_submissions(tmp_path):
    root, out = tmp_path / "class", tmp_path / "out"
    every_kind_of_entry(root)
    write(root / ".git", {"config.py": "x = 1"})
    first = report(root, out, "--jobs", "2")
    assert first.returncode == 0, first.stderr
    assert "graded 8, reused 0 of 8" in first.stdout and "Traceback" not in first.stdout + first.stderr

    grades = rows(out)
    assert list(grades) == ["alice", "bob", "carol", "dave", "empty", "erin", "frank", "notes.txt"]
    header = (out / "grades.csv").read_text("utf-8").splitlines()[0].split(",")
    # frank hands in every assignment's stub: a column for each exercise of the material, in course order
    every = [(graded.exercise.name, graded.assignment.name, graded.exercise.points)
             for graded in load_material(SOLUTIONS).exercises]
    assert header == ["student", *column_names(every), "total"]
    handed_in = {assignment.name for assignment in assignments_of(course=2)}
    other = next(column for column, (_, assignment, _) in zip(column_names(every), every)
                 if assignment not in handed_in)
    assert grades["alice"][other] == ""  # alice handed in no assignment of another course: nothing graded there
    full = score_text(points_of(course=2))
    bob_total = score_text(points_of(course=2) - exercise_points("optimization", "update_lr"))  # his update_lr is wrong
    assert {name: row["total"] for name, row in grades.items()} == {
        "alice": full, "bob": bob_total, "carol": full, "dave": "0", "empty": "0", "erin": full, "frank": "0",
        "notes.txt": "0"}
    assert grades["bob"]["update_lr"] == "0"
    assert grades["bob"]["schedule_lr_decay"] == score_text(exercise_points("optimization", "schedule_lr_decay"))
    assert b"\r\n" not in (out / "grades.csv").read_bytes()

    results = {name: json.loads((out / name / "results.json").read_text("utf-8")) for name in grades}
    assert all(data["submission"] == name for name, data in results.items())
    bob = {exercise["id"]: exercise for exercise in results["bob"]["exercises"]}
    assert bob["update_lr"]["status"] == "failed"
    assert [item["id"] for item in bob["update_lr"]["misconceptions"]]
    assert results["dave"]["problems"] == ["dave.zip: not a readable zip file (File is not a zip file)"]
    assert results["empty"]["problems"] == ["no .py or .ipynb files in empty"]
    assert "not a folder" in results["notes.txt"]["problems"][0]
    for name in ("dave", "empty", "notes.txt"):  # nothing that is an assignment: no assignment graded
        assert results[name]["score"] == 0 and results[name]["exercises"] == results[name]["assignments"] == []
    assert {e["status"] for e in results["frank"]["exercises"]} == {"not_implemented"}
    for name in grades:
        assert "<html" in (out / name / "feedback.html").read_text("utf-8")
    assert (out / "index.html").is_file() and json.loads((out / "run.json").read_text())["graded"] == 8

    with sqlite3.connect(out / "gradebook.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM students").fetchone() == (8,)
        assert db.execute("SELECT COUNT(*) FROM (SELECT DISTINCT assignment, exercise FROM exercises)").fetchone() \
            == (len(every),)  # frank's stubs: every exercise of every assignment, two of one name kept apart
        assert db.execute("SELECT status FROM exercises WHERE student = 'bob' AND exercise = 'update_lr'"
                          ).fetchone() == ("failed",)
        assert db.execute("SELECT COUNT(*) FROM cases WHERE student = 'alice' AND status != 'passed'"
                          ).fetchone() == (0,)

    # A rerun regrades nothing and rewrites nothing.
    before = outputs(out)
    times = {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}
    second = report(root, out, "--jobs", "2")
    assert second.returncode == 0 and "graded 0, reused 8 of 8" in second.stdout
    assert outputs(out) == before
    assert all(path.stat().st_mtime_ns == mtime for path, mtime in times.items() if path.name != "run.json")

    # A changed submission is the only one regraded; grading elsewhere gives the same bytes.
    write(root / "bob", correct())
    third = report(root, out)
    assert "graded 1, reused 7 of 8" in third.stdout and rows(out)["bob"]["total"] == full
    elsewhere = tmp_path / "moved" / "class"
    elsewhere.parent.mkdir()
    root.rename(elsewhere)
    assert report(elsewhere, tmp_path / "out2", "--jobs", "1").returncode == 0
    assert outputs(tmp_path / "out2") == outputs(out)


def _marked_processes(marker: str) -> list[int]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if marker.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(int(pid))
        except OSError:
            pass
    return found


@pytest.mark.parametrize("how, jobs", [("SIGKILL", "1"), ("SIGINT", "2"), ("SIGTERM", "2")],
                         ids=["kill -9", "Ctrl-C to the whole process group", "kill to the grader"])
def test_a_run_killed_half_way_resumes_to_the_same_outputs(tmp_path, how, jobs):
    """SIGKILL: nothing can clean up, yet no student process outlives the run. Ctrl-C and SIGTERM: the run stops
    within seconds, says so, and leaves no process or temporary folder behind. Either way a rerun finishes it."""
    root = tmp_path / "class"
    for number in range(12):
        name = f"student{number:02d}"
        kind = number % 4
        if kind == 0:
            write(root / name, correct())
        elif kind == 1:
            write(root / name, wrong())
        elif kind == 2:
            zipped(root / f"{name}.zip", correct())
        else:
            (root / f"{name}.py").write_text("\n\n".join(wrong().values()), encoding="utf-8")
    scratch = tmp_path / "tmp"  # the killed run's temporary folders (and its student processes) are marked by it
    scratch.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch))
    killed = tmp_path / "killed"
    level = levels.choose("auto").level  # pinned: a rerun at another level would rightly regrade everyone
    run = subprocess.Popen([*GRADE, "report", str(root), "--out", str(killed), "--jobs", jobs, "--sandbox", level],
                           env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    stored = wait_until_stored(run, killed, 3)
    assert run.poll() is None and 3 <= stored < 12, "the run must be killed half-way"
    if how == "SIGKILL":
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    elif how == "SIGINT":
        os.killpg(run.pid, signal.SIGINT)
    else:
        os.kill(run.pid, signal.SIGTERM)
    if how != "SIGKILL":
        _, errors = run.communicate(timeout=30)
        assert run.returncode == 130 and "interrupted" in errors and "Traceback" not in errors, errors
    deadline = time.monotonic() + 20
    while _marked_processes(str(scratch)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _marked_processes(str(scratch)) == [], "student processes outlived the killed run"
    if how != "SIGKILL":
        assert list(scratch.iterdir()) == [], "the interrupted run left temporary folders"

    resumed = report(root, killed, "--jobs", "2", "--sandbox", level)
    assert resumed.returncode == 0, resumed.stderr
    reused = int(re.search(r"reused (\d+) of 12", resumed.stdout).group(1))
    # what the killed run stored is kept, the rest is graded now
    assert stored <= reused < 12, (stored, resumed.stdout[-400:], resumed.stderr[-400:])
    fresh = tmp_path / "fresh"
    assert report(root, fresh, "--jobs", "2", "--sandbox", level).returncode == 0
    assert outputs(killed) == outputs(fresh)
    assert len([name for name in outputs(fresh) if name.endswith("results.json")]) == 12
    with sqlite3.connect(killed / "gradebook.sqlite") as db:
        assert db.execute("SELECT COUNT(*), COUNT(DISTINCT student) FROM students").fetchone() == (12, 12)


HOSTILE = '''
import os
import numpy as np

def initialize_parameters_zeros(layers_dims):
    for target in {targets!r}:
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w") as file:
                file.write("def update_lr(learning_rate0, epoch_num, decay_rate):\\n    return 0\\n")
        except OSError:
            pass
    return None
'''

MONKEYPATCH = '''
import numpy as np

def initialize_parameters_zeros(layers_dims):
    np.zeros = lambda *args, **kwargs: 42
    np.random.seed = lambda *args, **kwargs: None
    np.sqrt = lambda x: x
    return None
'''


def test_a_hostile_student_cannot_touch_other_students_or_the_outputs(tmp_path):
    level = levels.choose("auto").level
    if level not in (levels.BUBBLEWRAP, levels.LANDLOCK):
        pytest.skip(f"files are not confined at the {level} level")
    root, out = tmp_path / "class", tmp_path / "out"
    write(root / "victim", correct())
    write(root / "zoe", correct())
    targets = [str(root / "victim" / "optimization.py"), str(root / "zoe" / "evil.py"), "../victim/evil.py",
               str(out / "victim" / "results.json"), str(out / "grades.csv"), str(out / "gradebook.sqlite")]
    write(root / "mallory", {"work.py": HOSTILE.format(targets=targets)})
    write(root / "eve", {"work.py": MONKEYPATCH})
    victim_files = {path.name: path.read_bytes() for path in (root / "victim").iterdir()}
    first = report(root, out, "--jobs", "2")
    assert first.returncode == 0, first.stderr
    assert {path.name: path.read_bytes() for path in (root / "victim").iterdir()} == victim_files
    assert sorted(path.name for path in (root / "zoe").iterdir()) == sorted(correct())
    grades = rows(out)
    assert grades["victim"]["total"] == grades["zoe"]["total"] == score_text(points_of(course=2))
    assert grades["mallory"]["total"] == grades["eve"]["total"] == "0"
    # Grading the correct students alone gives the same bytes: nothing leaked between students.
    alone = tmp_path / "alone"
    write(alone / "victim", correct())
    write(alone / "zoe", correct())
    assert report(alone, tmp_path / "out-alone", "--jobs", "1").returncode == 0
    for name in ("victim", "zoe"):
        alone_result = tmp_path / "out-alone" / name / "results.json"
        assert (out / name / "results.json").read_bytes() == alone_result.read_bytes()


def test_entry_names_are_safe_unique_and_deterministic(tmp_path):
    root = tmp_path / "class"
    for folder in ("alice", "a b", "a_b", "index.html", "=cmd", "Zoé", ".hidden", "out"):
        (root / folder).mkdir(parents=True)
    for name in ("alice.zip", "bob.py", "carl.ipynb", "carl.py"):
        (root / name).write_text("")
    entries = class_entries(root, out_dir=root / "out")
    names = [entry.name for entry in entries]
    assert "alice" in names and "alice.zip" in names and "bob" in names
    assert "carl.ipynb" in names and "carl.py" in names
    assert "_cmd" in names and "Zoé" in names and ".hidden" not in names and "out" not in names
    clashing = [name for name in names if name.startswith("a_b-")]
    assert len(clashing) == 2 and len(set(names)) == len(names)
    assert any(name.startswith("index.html-") for name in names)
    assert names == [entry.name for entry in class_entries(root, out_dir=root / "out")] == sorted(names)
    assert safe_name("../x/y") == "_._x_y" and safe_name("") == "_"


def test_zips_are_extracted_safely(tmp_path, monkeypatch):
    def make(name, entries):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
            for entry, data in entries:
                bundle.writestr(entry, data)
        return path

    good = make("good.zip", [("work/a.py", "x = 1\n"), ("__MACOSX/._a.py", "junk"), ("data.bin", "xx")])
    extract_zip(good, tmp_path / "good")
    assert [p.relative_to(tmp_path / "good").as_posix() for p in (tmp_path / "good").rglob("*.py")] == ["work/a.py"]
    for name, entries, words in [
        ("up.zip", [("../evil.py", "x")], "unsafe path"),
        ("abs.zip", [("/etc/evil.py", "x")], "unsafe path"),
    ]:
        with pytest.raises(ZipRefused, match=words):
            extract_zip(make(name, entries), tmp_path / name.replace(".", "_"))
    link = zipfile.ZipInfo("work/link.py")
    link.external_attr = (0o120777 << 16)
    with zipfile.ZipFile(tmp_path / "link.zip", "w") as bundle:
        bundle.writestr(link, "/etc/passwd")
    with pytest.raises(ZipRefused, match="symbolic link"):
        extract_zip(tmp_path / "link.zip", tmp_path / "link")
    monkeypatch.setattr("grader.classroom.entries.ZIP_MAX_BYTES", 10_000)
    bomb = make("bomb.zip", [("a.py", "#" * 6_000), ("b.py", "#" * 6_000)])
    with pytest.raises(ZipRefused, match="more than"):
        extract_zip(bomb, tmp_path / "bomb")
    monkeypatch.setattr("grader.classroom.entries.ZIP_MAX_FILES", 3)
    with pytest.raises(ZipRefused, match="more than 3 files"):
        extract_zip(make("many.zip", [(f"{n}.py", "") for n in range(5)]), tmp_path / "many")
    assert not (tmp_path / "evil.py").exists()


def test_report_needs_an_existing_folder_and_another_output_folder(tmp_path):
    missing = report(tmp_path / "nope", tmp_path / "out")
    assert missing.returncode == 2 and "no such folder" in missing.stderr
    (tmp_path / "class").mkdir()
    same = report(tmp_path / "class", tmp_path / "class")
    assert same.returncode == 2 and "Traceback" not in same.stderr


def test_a_folder_named_report_is_still_graded_as_a_submission(tmp_path):
    write(tmp_path / "report", correct())
    out = subprocess.run([*GRADE, "./report", "--no-html"], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert out.returncode == 0 and "(100.0%)" in out.stdout


POOL_ATTACK = '''

def update_lr(learning_rate0, epoch_num, decay_rate):
    """Leaves traps for whoever the same worker process grades next."""
    import os, threading, time
    import numpy as np
    trap = "import numpy\\nnumpy.dot = lambda a, b: 0\\nnumpy.sqrt = lambda x: 0\\n"
    for folder in (os.getcwd(), os.path.join(os.getcwd(), "helpers"), os.path.join(os.getcwd(), "submission"),
                   os.path.expanduser("~"), "/tmp", "/dev/shm"):
        for name in ("matplotlib.py", "sitecustomize.py", "reg_utils.py", "opt_utils_v1a.py", "math.py"):
            try:
                with open(os.path.join(folder, name), "w") as handle:
                    handle.write(trap)
            except OSError:
                pass
    np.dot = lambda a, b: 0
    def keep_patching():
        while True:
            np.sqrt = lambda x: 0
            time.sleep(0.01)
    threading.Thread(target=keep_patching, daemon=True).start()
    return learning_rate0 / (1 + decay_rate * epoch_num)
'''


def test_a_worker_process_reused_across_students_carries_nothing_from_one_to_the_next(tmp_path, monkeypatch):
    """One worker thread, one student process for the whole class: an attacker graded first leaves modules in the
    run folder, home, /tmp and /dev/shm, patches numpy and leaves a thread; the honest students after it (whose files
    import matplotlib, as the course's do) get full marks, and only one student process was started."""
    from grader.classroom import run
    from grader.material.catalog import default_solutions_dir, load_material
    from grader.sandbox.runner import StudentProcess

    root, out = tmp_path / "class", tmp_path / "out"
    attacker = correct()
    attacker["optimization.py"] += POOL_ATTACK
    write(root / "a-attacker", attacker)
    honest = {name: "import matplotlib.pyplot as plt\n" + text for name, text in correct().items()}
    write(root / "b-honest", honest)
    write(root / "c-honest", honest)
    starts = []
    original_start = StudentProcess.start

    def counted_start(self):
        if self._process is None:
            starts.append(1)
        original_start(self)

    monkeypatch.setattr(StudentProcess, "start", counted_start)
    confinement = levels.choose("auto")
    summary = run.grade_class(root, out, load_material(default_solutions_dir()), confinement, timeout=10.0,
                                   jobs=1)
    # One process, or two where the sandbox was replaced because what the attacker left could not be emptied in
    # time (a sandbox is then abandoned, never reused): seen once under a loaded CI machine. The honest students'
    # marks below are what must hold.
    assert summary.graded == 3 and len(starts) in (1, 2), (summary, starts)
    for student in ("b-honest", "c-honest"):
        result = json.loads((out / student / "results.json").read_text(encoding="utf-8"))
        assert result["score"] == result["max_score"] == points_of(course=2), [
            (exercise["id"], exercise["status"]) for exercise in result["exercises"] if exercise["status"] != "passed"]
        assert result["isolation"] == confinement.level


def test_a_temporary_file_a_killed_run_left_is_removed_by_the_next_write(tmp_path):
    """kill -9 between writing a student's feedback.html to its temporary file and renaming it leaves
    `.feedback.html.<random>.tmp`: the rerun's write of that file removes it, whether or not the bytes changed."""
    from grader.classroom.outputs import write_if_changed, write_pieces_if_changed

    folder = tmp_path / "student"
    folder.mkdir()
    (folder / ".feedback.html.k9e30l3o.tmp").write_bytes(b"")
    (folder / ".index.html.x1.tmp").write_bytes(b"half")
    (folder / "feedback.html").write_text("same", encoding="utf-8")
    (folder / ".notes.tmp").write_text("a student's own file", encoding="utf-8")
    assert not write_if_changed(folder / "feedback.html", "same")
    write_pieces_if_changed(folder / "index.html", iter(["a", "b"]))
    assert sorted(path.name for path in folder.iterdir()) == [".notes.tmp", "feedback.html", "index.html"]
