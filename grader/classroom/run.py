"""Grades a class: one submission per entry of a folder, in parallel, kept in a gradebook, outputs rebuilt from it."""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

import grader
from grader.classroom import outputs
from grader.classroom.entries import OTHER, ZIP, Entry, ZipRefused, class_entries, extract_zip
from grader.classroom.payload import write_payload
from grader.classroom.gradebook import (FILENAME as GRADEBOOK, Gradebook, material_fingerprint, material_hash, record,
                                        submission_hash)
from grader.classroom.pool import Workers
from grader.judging.results import MISSING, AssignmentResult, CaseResult, ExerciseResult, SubmissionResult
from grader.material.catalog import Material
from grader.pipeline import grade_submission
from grader.reports import class_report, feedback
from grader.sandbox.cleanup import remove_tree
from grader.sandbox.levels import Confinement
from grader.sandbox.runner import StudentProcess, reusable
from grader.submission.discover import Listing, NothingToGrade


@dataclass
class RunSummary:
    students: int
    graded: int
    reused: int
    seconds: float
    isolation: str


class RunInterrupted(Exception):
    """Ctrl-C or SIGTERM: in-flight students were dropped; what was stored stays."""

    def __init__(self, stored: int):
        super().__init__(f"{stored} students stored before the interruption")
        self.stored = stored


def unsubmitted(material: Material, name: str, reason: str, isolation: str,
                assignment: str | None = None) -> SubmissionResult:
    """Nothing to grade: the one-line reason as the problem, score 0; with an assignment (the one a run collects),
    every exercise of it missing, else no assignment at all (nothing was handed in that is one)."""
    chosen = material.assignment(assignment) if assignment else None
    exercises = [ExerciseResult(id=graded.exercise.name, assignment=graded.assignment.name, status=MISSING,
                                score=0.0, max_score=float(graded.exercise.points),
                                cases=[CaseResult(case.id, case.visibility, MISSING,
                                                  f"no function named {graded.exercise.name} was found", case.weight)
                                       for case in graded.exercise.cases])
                 for graded in (material.exercises_of(chosen) if chosen else [])]
    summaries = [AssignmentResult(chosen.name, chosen.title, 0.0, round(sum(item.max_score for item in exercises), 4))
                 ] if chosen else []
    return SubmissionResult(submission=name, exercises=exercises, problems=[reason], isolation=isolation,
                            assignments=summaries)


class Supervisor:
    """What grading a student needs: the read-only material and settings, and one student process.

    The process serves one student after another: it never runs student code itself (each student's
    code runs in a child forked from it), and its run folder is emptied between students. Each worker
    process of a class run has its own Supervisor, as has each grading thread of a Dask worker.
    """

    def __init__(self, material: Material, confinement: Confinement, timeout: float, assignment: str | None = None):
        self.material, self.confinement, self.timeout = material, confinement, timeout
        self.assignment = assignment  # the one assignment this run collects, or None: each file's own
        self._process: StudentProcess | None = None

    def prestart(self) -> None:
        """Start the student process before the first student is known (it boots while there is other work)."""
        self._student_process().start()

    def _student_process(self) -> StudentProcess:
        if self._process is None:
            self._process = StudentProcess(self.confinement, hidden=(str(self.material.solutions_dir),))
        return self._process

    def close(self) -> None:
        """Stop the student process and remove its folders."""
        if self._process is not None:
            self._process.__exit__(None, None, None)
            self._process = None

    def grade(self, entry: Entry) -> SubmissionResult:
        """One student's result, from their entry in the class folder; never raises an Exception."""
        return self._guarded(entry.name, lambda process: self._grade(entry, process))

    def grade_payload(self, payload: dict) -> SubmissionResult:
        """One student's result, from their files' bytes (classroom/payload.py: a cluster worker's task)."""
        return self._guarded(payload["name"], lambda process: self._grade_payload(payload, process))

    def _guarded(self, name: str, grade) -> SubmissionResult:
        process = self._student_process()
        try:
            process.start()  # (re)starts only if not running: the interpreter and numpy load while files are read
            result = grade(process)
            if not reusable(self.confinement):
                # Without the seccomp filter student code can start processes that outlive its exercise, and
                # without file confinement write where the next student's code would read: ending the process
                # group and its run folder is the only way to be sure nothing waits for the next student.
                process.stop()
            return result
        except Exception as exc:  # a grader bug must not stop the class; a fixed grader regrades it
            print(f"grade: internal error grading {name}:\n{traceback.format_exc()}", file=sys.stderr)
            process.stop()  # the next student starts from a new process
            return unsubmitted(self.material, name, f"the grader failed on this submission "
                               f"({type(exc).__name__}); please report it", self.confinement.level, self.assignment)

    def _grade(self, entry: Entry, process: StudentProcess) -> SubmissionResult:
        if entry.kind == OTHER:
            return self._not_gradable(entry.name, entry.path.name)
        if entry.kind != ZIP:
            return self._graded_at(entry.name, entry.path, entry.path.name, process)
        scratch = tempfile.mkdtemp(prefix="grade-zip-")
        try:
            try:
                extract_zip(entry.path, Path(scratch))
            except ZipRefused as reason:
                return unsubmitted(self.material, entry.name, f"{entry.path.name}: {reason}",
                                   self.confinement.level, self.assignment)
            return self._graded_at(entry.name, Path(scratch), entry.path.name, process)
        finally:
            remove_tree(scratch)  # never raises: a folder that cannot be removed is left behind

    def _grade_payload(self, payload: dict, process: StudentProcess) -> SubmissionResult:
        name, label = payload["name"], payload["label"]
        if payload["kind"] == OTHER:
            return self._not_gradable(name, label)
        if payload.get("refused") is not None:
            return unsubmitted(self.material, name, f"{label}: {payload['refused']}", self.confinement.level,
                               self.assignment)
        scratch = tempfile.mkdtemp(prefix="grade-files-")
        try:
            path, listing = write_payload(payload, Path(scratch))
            return self._graded_at(name, path, label, process, listing)
        finally:
            remove_tree(scratch)

    def _not_gradable(self, name: str, label: str) -> SubmissionResult:
        return unsubmitted(self.material, name, f"{label}: not a folder, a .py or .ipynb file, or a .zip",
                           self.confinement.level, self.assignment)

    def _graded_at(self, name: str, path: Path, label: str, process: StudentProcess,
                   listing: Listing | None = None) -> SubmissionResult:
        """Grade the submission at path as the student name's (label: its entry's name, shown in place of path)."""
        try:
            result = grade_submission(path, self.material, timeout=self.timeout, process=process,
                                      assignment=self.assignment, listing=listing)
        except NothingToGrade as reason:
            return unsubmitted(self.material, name, str(reason).replace(str(path), label), self.confinement.level,
                               self.assignment)
        result.submission = name
        return result


@dataclass(frozen=True)
class Score:
    score: float
    max_score: float


class NoSubmissions(ValueError):
    """The class root holds nothing to grade: reported, never graded as an empty class."""


def graded_row(result: SubmissionResult, material: Material) -> dict:
    """What the client keeps of a graded student, as plain data (it may come from another process or machine): the
    gradebook's record, the class outputs' row, the isolation level it was graded at and the feedback page (which
    grade_class writes, unless the worker that made the row wrote it and dropped it)."""
    results_json = result.to_json()
    return dict(record(result, results_json), isolation=result.isolation, feedback=feedback.render(result),
                outputs=outputs.class_outputs(result.submission, result, material))


class _Local:
    """Grading on this machine: jobs forked worker processes (or this one), each with its own Supervisor."""

    def __init__(self, material: Material, confinement: Confinement, timeout: float, jobs: int,
                 assignment: str | None, out_dir: Path, students: int):
        self.run = Supervisor(material, confinement, timeout, assignment)
        self.levels, self.slots, self.out_dir = {confinement.level}, jobs, out_dir
        # Workers start first: their student processes boot (an interpreter, numpy) while submissions are hashed.
        self.workers = Workers(min(jobs, students), self._grade_and_write, self.run.close, self.run.prestart) \
            if jobs > 1 and students > 1 else None
        if self.workers:
            self.workers.start()

    def _grade_and_write(self, task: list) -> dict:
        """In a worker: grade one student ([name, path, kind]), write their files, return their row."""
        result = self.run.grade(Entry(task[0], Path(task[1]), task[2]))
        row = graded_row(result, self.run.material)
        # Files first: a run killed before the gradebook row is stored regrades this student.
        outputs.write_student_text(self.out_dir, result.submission, row["results_json"], row.pop("feedback"))
        return row

    def run_all(self, entries: list[Entry]):
        """(position, row or None, why there is none) as each student is graded."""
        failed = "the grader's worker process ended while grading this submission; please report it"
        if self.workers:
            tasks = [[entry.name, str(entry.path), entry.kind] for entry in entries]
            with contextlib.closing(self.workers.run(tasks)) as graded:
                for position, row in graded:
                    yield position, row, failed
            return
        try:
            for position, entry in enumerate(entries):
                yield position, self._grade_and_write([entry.name, str(entry.path), entry.kind]), failed
        finally:
            self.run.close()

    def close(self) -> None:
        if self.workers:
            self.workers.stop()


def grade_class(root: Path, out_dir: Path, material: Material, confinement: Confinement | None, timeout: float,
                jobs: int, progress=None, assignment: str | None = None, cluster=None) -> RunSummary:
    """Grade what changed since the gradebook's last run, store each student at once, then rebuild every output.

    assignment: the one assignment this run collects (every file is graded as it); else each file's own.
    progress: an object with start(to_grade, reused) and step(done, to_grade, name, result), or None.
    cluster: a connected classroom.cluster.Cluster that grades instead of this machine (confinement unused).
    Raises RunInterrupted on KeyboardInterrupt (what was stored stays stored).
    """
    started = time.monotonic()
    root, out_dir = Path(root).resolve(), Path(out_dir).resolve()
    entries = class_entries(root, out_dir)
    if not entries:
        raise NoSubmissions(f"no submissions in {root}: it holds no entry to grade (hidden entries and the output "
                            f"folder are skipped)")
    out_dir.mkdir(parents=True, exist_ok=True)
    fingerprint = material_fingerprint(material)

    def stamp(level: str) -> str:
        return material_hash(fingerprint, timeout, level, assignment)

    backend = cluster if cluster is not None else \
        _Local(material, confinement, timeout, jobs, assignment, out_dir, len(entries))
    done, fresh, shared = 0, {}, {}
    try:
        with Gradebook(out_dir / GRADEBOOK) as book:
            stored = book.hashes()
            hashes = {entry.name: submission_hash(entry.path, entry.kind) for entry in entries}
            levels = backend.levels  # a cluster's: those of its workers that may grade (it waits for one)
            current = {stamp(level) for level in levels}
            todo = [entry for entry in entries
                    if stored.get(entry.name) not in {(hashes[entry.name], graded_with) for graded_with in current}]
            if progress:
                progress.start(len(todo), len(entries) - len(todo))
            with contextlib.closing(backend.run_all(todo)) as graded:
                for position, row, failed in graded:
                    entry = todo[position]
                    if row is None:  # its worker died (a grader bug): the student still gets a row, stored with
                        # the material hash of no run, so that the next run grades them again
                        row = graded_row(unsubmitted(material, entry.name, failed, min(levels), assignment), material)
                        graded_with = "not graded"
                    else:
                        graded_with = stamp(row["isolation"])
                    if "feedback" in row:  # not written where it was graded: this process writes the files
                        outputs.write_student_text(out_dir, entry.name, row["results_json"], row.pop("feedback"))
                    # each result is dropped once stored
                    book.store_record(entry.name, hashes[entry.name], graded_with, row)
                    made = row["outputs"]  # a CSV line and a compact row, its cells shared with others'
                    fresh[entry.name] = dict(made, row=class_report.interned(made["row"], shared))
                    done += 1
                    if progress:
                        progress.step(done, len(todo), entry.name, Score(row["score"], row["max_score"]))
            outputs.write_outputs(out_dir, book, [entry.name for entry in entries], material, fresh, shared,
                                  assignment)
    except KeyboardInterrupt:
        raise RunInterrupted(done) from None
    finally:
        if cluster is None:
            backend.close()
    summary = RunSummary(len(entries), done, len(entries) - len(todo), round(time.monotonic() - started, 3),
                         ", ".join(sorted(levels)))
    # Run metadata lives apart from the graded outputs, which hold no time or duration.
    metadata = {**summary.__dict__, "jobs": backend.slots, "timeout": timeout, "assignment": assignment,
                "grader": grader.__version__}
    if cluster is not None:
        metadata["scheduler"] = cluster.address
    outputs.write_if_changed(out_dir / "run.json", json.dumps(metadata, indent=2) + "\n")
    return summary
