"""Grades a class: one submission per entry of a folder, in parallel, kept in a gradebook, outputs rebuilt from it."""

from __future__ import annotations

import collections
import contextlib
import hashlib
import json
import os
import re
import stat
import sys
import tempfile
import time
import traceback
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import grader
from grader import exports, report_class
from grader.cleanup import remove_tree
from grader.discover import NothingToGrade
from grader.gradebook import FILENAME as GRADEBOOK, Gradebook, material_hash, record, submission_hash
from grader.material import Material
from grader.pipeline import grade_submission
from grader.pool import Workers
from grader.results import MISSING, CaseResult, ExerciseResult, SubmissionResult
from grader.runner import StudentProcess, reusable
from grader.sandbox import Confinement
from grader.sources import SUFFIXES

ZIP_MAX_BYTES = 50 * 1024 * 1024
ZIP_MAX_FILES = 2000
RESERVED = {"index.html", "grades.csv", "run.json", GRADEBOOK, GRADEBOOK + "-wal", GRADEBOOK + "-shm",
            GRADEBOOK + "-journal"}
SKIPPED_ENTRIES = {"__MACOSX", "__pycache__"}
FOLDER, FILE, ZIP, OTHER = "folder", "file", "zip", "other"


@dataclass(frozen=True)
class Entry:
    """One student's submission: their (filesystem-safe) name, the entry's path and what kind of entry it is."""

    name: str
    path: Path
    kind: str


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


class ZipRefused(Exception):
    """A .zip that is not extracted (unreadable, unsafe or too big); the message is one line."""


def class_entries(root: Path, out_dir: Path | None = None) -> list[Entry]:
    """Every entry of root (hidden ones and out_dir excepted) as one student, sorted by name."""
    root = Path(root)
    skip = Path(out_dir).resolve() if out_dir is not None else None
    paths = [path for path in sorted(root.iterdir(), key=lambda p: p.name)
             if not path.name.startswith(".") and path.name not in SKIPPED_ENTRIES and path.resolve() != skip]
    bases = [_base_name(path) for path in paths]
    # Two entries with one name (alice/ and alice.zip) both keep their full entry names.
    repeated = collections.Counter(bases)
    names = [path.name if repeated[base] > 1 else base for path, base in zip(paths, bases)]
    safe = [safe_name(name) for name in names]
    folded = [name.casefold() for name in safe]
    counts = collections.Counter(folded)
    candidates = []
    for path, name, fold in zip(paths, safe, folded):
        if counts[fold] > 1 or fold in RESERVED:  # still clashing once made safe, or an output's name
            name = f"{name}-{hashlib.sha256(os.fsencode(path.name)).hexdigest()[:8]}"
        candidates.append(name)
    unchanged = [candidate == name for candidate, name in zip(candidates, names)]
    final = _unique(candidates, unchanged, [path.name for path in paths])
    return sorted((Entry(name, path, _kind(path)) for name, path in zip(final, paths)), key=lambda entry: entry.name)


def _unique(candidates: list[str], unchanged: list[bool], keys: list[str]) -> list[str]:
    """The candidates made unique (casefolded) and never reserved: a clashing one gets -2, -3, ... appended.

    A name held by one candidate alone stays; in a clash the entry whose name was not rewritten keeps it (the
    others, in entry-name order, take the first suffix no candidate wants), so the same entries give the same names.
    """
    folded = [candidate.casefold() for candidate in candidates]
    counts = collections.Counter(folded)
    reserved = {name.casefold() for name in RESERVED}
    wanted = set(folded) | reserved
    taken: set[str] = set()
    final: list[str | None] = [None] * len(candidates)
    for index, fold in enumerate(folded):
        if counts[fold] == 1 and fold not in reserved:
            final[index] = candidates[index]
            taken.add(fold)
    rest = [index for index, name in enumerate(final) if name is None]
    for index in sorted(rest, key=lambda index: (not unchanged[index], os.fsencode(keys[index]))):
        name, number = candidates[index], 1
        while name.casefold() in taken or name.casefold() in (reserved if number == 1 else wanted):
            number += 1
            name = f"{candidates[index]}-{number}"
        final[index] = name
        taken.add(name.casefold())
    return final


def _base_name(path: Path) -> str:
    return path.name[:-len(path.suffix)] if _kind(path) in (FILE, ZIP) and path.stem else path.name


def _kind(path: Path) -> str:
    if path.is_dir():
        return FOLDER
    if path.is_file() and path.suffix in SUFFIXES:
        return FILE
    if path.is_file() and path.suffix.lower() == ".zip":
        return ZIP
    return OTHER


def safe_name(name: str) -> str:
    """A deterministic folder name: NFC; letters, digits, ._@+- only; no leading dot or formula sign; <= 100 chars
    and 200 bytes."""
    text = re.sub(r"[^\w.@+-]", "_", unicodedata.normalize("NFC", name), flags=re.UNICODE)
    text = re.sub(r"^[.=+@-]", "_", text) or "_"
    if len(text) > 100 or len(text.encode("utf-8")) > 200:  # room for the suffixes below 255 bytes, the usual limit
        text = text[:90]
        while len(text.encode("utf-8")) > 190:
            text = text[:-1]
        text += "-" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return text


def unsubmitted(material: Material, name: str, reason: str, isolation: str) -> SubmissionResult:
    """Nothing to grade: every exercise missing, score 0, the one-line reason as the problem."""
    exercises = [ExerciseResult(id=graded.exercise.name, assignment=graded.assignment.name, status=MISSING,
                                score=0.0, max_score=float(graded.exercise.points),
                                cases=[CaseResult(case.id, case.visibility, MISSING,
                                                  f"no function named {graded.exercise.name} was found", case.weight)
                                       for case in graded.exercise.cases])
                 for graded in material.exercises]
    return SubmissionResult(submission=name, exercises=exercises, problems=[reason], isolation=isolation)


def extract_zip(archive: Path, destination: Path) -> None:
    """Extract a zip's .py/.ipynb files safely: no absolute path, '..' or link; size and count caps while streaming."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = bundle.infolist()
            if len(members) > ZIP_MAX_FILES:
                raise ZipRefused(f"the zip holds more than {ZIP_MAX_FILES} files")
            total, written = 0, set()
            for info in members:
                name = info.filename.replace("\\", "/")
                parts = PurePosixPath(name).parts
                if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in parts or "\0" in name:
                    raise ZipRefused(f"the zip holds an unsafe path: {name!r}")
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise ZipRefused(f"the zip holds a symbolic link: {name!r}")
                if info.is_dir() or PurePosixPath(name).suffix not in SUFFIXES or name in written \
                        or any(part.startswith(".") or part == "__MACOSX" for part in parts):
                    continue
                written.add(name)
                target = destination.joinpath(*parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(info) as source, open(target, "xb") as sink:
                    for block in iter(lambda: source.read(1 << 16), b""):
                        total += len(block)
                        if total > ZIP_MAX_BYTES:
                            raise ZipRefused(f"the zip's files hold more than {ZIP_MAX_BYTES // 2 ** 20} MB")
                        sink.write(block)
    except zipfile.BadZipFile as exc:
        raise ZipRefused(f"not a readable zip file ({exc})") from None
    except (zipfile.LargeZipFile, RuntimeError, NotImplementedError, OSError, EOFError, ValueError,
            zlib.error) as exc:
        raise ZipRefused(f"not a readable zip file ({type(exc).__name__})") from None


class _Run:
    """What grading a student needs: the read-only material and settings, and one student process.

    The process serves one student after another: it never runs student code itself (each student's
    code runs in a child forked from it), and its run folder is emptied between students. Each worker
    process of a class run has its own _Run.
    """

    def __init__(self, material: Material, confinement: Confinement, timeout: float):
        self.material, self.confinement, self.timeout = material, confinement, timeout
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
                               f"({type(exc).__name__}); please report it", self.confinement.level)

    def _grade(self, entry: Entry, process: StudentProcess) -> SubmissionResult:
        level = self.confinement.level
        if entry.kind == OTHER:
            return unsubmitted(self.material, entry.name,
                               f"{entry.path.name}: not a folder, a .py or .ipynb file, or a .zip", level)
        path = entry.path
        scratch = tempfile.mkdtemp(prefix="grade-zip-") if entry.kind == ZIP else None
        try:
            if scratch is not None:
                try:
                    extract_zip(entry.path, Path(scratch))
                except ZipRefused as reason:
                    return unsubmitted(self.material, entry.name, f"{entry.path.name}: {reason}", level)
                path = Path(scratch)
            try:
                result = grade_submission(path, self.material, timeout=self.timeout, process=process)
            except NothingToGrade as reason:
                return unsubmitted(self.material, entry.name, str(reason).replace(str(path), entry.path.name), level)
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


def grade_class(root: Path, out_dir: Path, material: Material, confinement: Confinement, timeout: float,
                jobs: int, progress=None) -> RunSummary:
    """Grade what changed since the gradebook's last run, store each student at once, then rebuild every output.

    progress: an object with start(to_grade, reused) and step(done, to_grade, name, result), or None.
    Raises RunInterrupted on KeyboardInterrupt (what was stored stays stored).
    """
    started = time.monotonic()
    root, out_dir = Path(root).resolve(), Path(out_dir).resolve()
    entries = class_entries(root, out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = material_hash(material, timeout, confinement.level)
    run = _Run(material, confinement, timeout)

    def grade_and_write(task: list) -> dict:
        """In a worker: grade one student ([name, path, kind]), write their files, return what the gradebook keeps."""
        entry = Entry(task[0], Path(task[1]), task[2])
        result = run.grade(entry)
        results_json = result.to_json()
        # Files first: a run killed before the gradebook row is stored regrades this student.
        exports.write_student(out_dir, entry.name, result, results_json)
        return dict(record(result, results_json), outputs=exports.class_outputs(entry.name, result, material))

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
                                             "this submission; please report it", confinement.level)
                        exports.write_student(out_dir, entry.name, result)
                        row = dict(record(result), outputs=exports.class_outputs(entry.name, result, material))
                    # each result is dropped once stored
                    book.store_record(entry.name, hashes[entry.name], stamp, row)
                    outputs = row["outputs"]  # a CSV line and a compact row, its cells shared with others'
                    fresh[entry.name] = dict(outputs, row=report_class.interned(outputs["row"], shared))
                    done += 1
                    if progress:
                        progress.step(done, len(todo), entry.name, Score(row["score"], row["max_score"]))
            exports.write_outputs(out_dir, book, [entry.name for entry in entries], material, fresh, shared)
    except KeyboardInterrupt:
        raise RunInterrupted(done) from None
    finally:
        if workers:
            workers.stop()
    summary = RunSummary(len(entries), done, len(entries) - len(todo), round(time.monotonic() - started, 3),
                         confinement.level)
    # Run metadata lives apart from the graded outputs, which hold no time or duration.
    metadata = {**summary.__dict__, "jobs": jobs, "timeout": timeout, "grader": grader.__version__}
    exports.write_if_changed(out_dir / "run.json", json.dumps(metadata, indent=2) + "\n")
    return summary
