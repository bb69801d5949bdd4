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
from grader.classroom.gradebook import FILENAME as GRADEBOOK, Gradebook, material_hash, record, submission_hash
from grader.classroom.pool import Workers
from grader.judging.results import MISSING, AssignmentResult, CaseResult, ExerciseResult, SubmissionResult
from grader.material.catalog import Material
from grader.pipeline import grade_submission
from grader.reports import class_report
from grader.sandbox.cleanup import remove_tree
from grader.sandbox.levels import Confinement
from grader.sandbox.runner import StudentProcess, reusable
from grader.submission.discover import NothingToGrade


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


class _Run:
    """What grading a student needs: the read-only material and settings, and one student process.

    The process serves one student after another: it never runs student code itself (each student's
    code runs in a child forked from it), and its run folder is emptied between students. Each worker
    process of a class run has its own _Run.
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
        """One student's result; never raises an Exception."""
        process = self._student_process()
        try:
            process.start()  # (re)starts only if not running: the interpreter and numpy load while files are read
            result = self._grade(entry, process)
            if not reusable(self.confinement):
                # Without the seccomp filter student code can start processes that outlive its exercise, and
                # without file confinement write where the next student's code would read: ending the process
                # group and its run folder is the only way to be sure nothing waits for the next student.
                process.stop()
            return result
        except Exception as exc:  # a grader bug must not stop the class; a fixed grader regrades it
            print(f"grade: internal error grading {entry.name}:\n{traceback.format_exc()}", file=sys.stderr)
            process.stop()  # the next student starts from a new process
            return unsubmitted(self.material, entry.name, f"the grader failed on this submission "
                               f"({type(exc).__name__}); please report it", self.confinement.level, self.assignment)

    def _grade(self, entry: Entry, process: StudentProcess) -> SubmissionResult:
        level = self.confinement.level
        if entry.kind == OTHER:
            return unsubmitted(self.material, entry.name,
                               f"{entry.path.name}: not a folder, a .py or .ipynb file, or a .zip", level, self.assignment)
        path = entry.path
        scratch = tempfile.mkdtemp(prefix="grade-zip-") if entry.kind == ZIP else None
        try:
            if scratch is not None:
                try:
                    extract_zip(entry.path, Path(scratch))
                except ZipRefused as reason:
                    return unsubmitted(self.material, entry.name, f"{entry.path.name}: {reason}", level,
                                       self.assignment)
                path = Path(scratch)
            try:
                result = grade_submission(path, self.material, timeout=self.timeout, process=process,
                                          assignment=self.assignment)
            except NothingToGrade as reason:
                return unsubmitted(self.material, entry.name, str(reason).replace(str(path), entry.path.name), level,
                                   self.assignment)
        finally:
            if scratch is not None:
                remove_tree(scratch)  # never raises: a folder that cannot be removed is left behind
        result.submission = entry.name
        return result


@dataclass(frozen=True)
class Score:
    score: float
    max_score: float


def _in_process(work, run: _Run, tasks: list):
    """(position, row) for each task, graded here (a single job)."""
    try:
        for position, task in enumerate(tasks):
            yield position, work(task)
    finally:
        run.close()


class NoSubmissions(ValueError):
    """The class root holds nothing to grade: reported, never graded as an empty class."""


def grade_class(root: Path, out_dir: Path, material: Material, confinement: Confinement, timeout: float,
                jobs: int, progress=None, assignment: str | None = None) -> RunSummary:
    """Grade what changed since the gradebook's last run, store each student at once, then rebuild every output.

    assignment: the one assignment this run collects (every file is graded as it); else each file's own.
    progress: an object with start(to_grade, reused) and step(done, to_grade, name, result), or None.
    Raises RunInterrupted on KeyboardInterrupt (what was stored stays stored).
    """
    started = time.monotonic()
    root, out_dir = Path(root).resolve(), Path(out_dir).resolve()
    entries = class_entries(root, out_dir)
    if not entries:
        raise NoSubmissions(f"no submissions in {root}: it holds no entry to grade (hidden entries and the output "
                            f"folder are skipped)")
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = material_hash(material, timeout, confinement.level, assignment)
    run = _Run(material, confinement, timeout, assignment)

    def grade_and_write(task: list) -> dict:
        """In a worker: grade one student ([name, path, kind]), write their files, return what the gradebook keeps."""
        entry = Entry(task[0], Path(task[1]), task[2])
        result = run.grade(entry)
        results_json = result.to_json()
        # Files first: a run killed before the gradebook row is stored regrades this student.
        outputs.write_student(out_dir, entry.name, result, results_json)
        return dict(record(result, results_json), outputs=outputs.class_outputs(entry.name, result, material))

    # Workers start first: their student processes boot (an interpreter, numpy) while submissions are hashed.
    workers = Workers(min(jobs, len(entries)), grade_and_write, run.close, run.prestart) \
        if jobs > 1 and len(entries) > 1 else None
    done, fresh, shared = 0, {}, {}
    try:
        if workers:
            workers.start()
        with Gradebook(out_dir / GRADEBOOK) as book:
            stored = book.hashes()
            hashes = {entry.name: submission_hash(entry.path, entry.kind) for entry in entries}
            todo = [entry for entry in entries if stored.get(entry.name) != (hashes[entry.name], stamp)]
            if progress:
                progress.start(len(todo), len(entries) - len(todo))
            tasks = [[entry.name, str(entry.path), entry.kind] for entry in todo]
            with contextlib.closing(workers.run(tasks) if workers else _in_process(grade_and_write, run, tasks)) \
                    as graded:
                for position, row in graded:
                    entry = todo[position]
                    if row is None:  # its worker process died (a grader bug): the student still gets a row
                        result = unsubmitted(material, entry.name, "the grader's worker process ended while grading "
                                             "this submission; please report it", confinement.level, assignment)
                        outputs.write_student(out_dir, entry.name, result)
                        row = dict(record(result), outputs=outputs.class_outputs(entry.name, result, material))
                    # each result is dropped once stored
                    book.store_record(entry.name, hashes[entry.name], stamp, row)
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
        if workers:
            workers.stop()
    summary = RunSummary(len(entries), done, len(entries) - len(todo), round(time.monotonic() - started, 3),
                         confinement.level)
    # Run metadata lives apart from the graded outputs, which hold no time or duration.
    metadata = {**summary.__dict__, "jobs": jobs, "timeout": timeout, "assignment": assignment,
                "grader": grader.__version__}
    outputs.write_if_changed(out_dir / "run.json", json.dumps(metadata, indent=2) + "\n")
    return summary
