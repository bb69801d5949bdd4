"""The class gradebook: one SQLite file holding each student's results, keyed by submission and material hashes."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import grader
from grader.judging.results import SubmissionResult, result_from_dict
from grader.material.catalog import Material
from grader.reports import feedback
from grader.submission.sources import SUFFIXES

FILENAME = "gradebook.sqlite"
SCHEMA = 2  # 2: exercises and cases are keyed by assignment too (two assignments may grade functions of one name)
_EXERCISES_TABLE = """
CREATE TABLE IF NOT EXISTS exercises (
    student TEXT NOT NULL, exercise TEXT NOT NULL, assignment TEXT NOT NULL, status TEXT NOT NULL,
    score REAL NOT NULL, max_score REAL NOT NULL, PRIMARY KEY (student, assignment, exercise));"""
_CASES_TABLE = """
CREATE TABLE IF NOT EXISTS cases (
    student TEXT NOT NULL, exercise TEXT NOT NULL, case_id TEXT NOT NULL, visibility TEXT NOT NULL,
    status TEXT NOT NULL, weight REAL NOT NULL, message TEXT NOT NULL, assignment TEXT NOT NULL,
    PRIMARY KEY (student, assignment, exercise, case_id));"""
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS students (
    student TEXT PRIMARY KEY, submission_hash TEXT NOT NULL, material_hash TEXT NOT NULL,
    score REAL NOT NULL, max_score REAL NOT NULL,
    results_json TEXT NOT NULL,   -- SubmissionResult.to_json(): the bytes of <student>/results.json
    full_json TEXT NOT NULL       -- the whole model (code excerpts, pictures) to rebuild feedback.html
);""" + _EXERCISES_TABLE + _CASES_TABLE
# Schema 1 to 2, in one transaction: the same rows, each case given its exercise's assignment.
_FROM_SCHEMA_1 = """
ALTER TABLE exercises RENAME TO exercises_1;
ALTER TABLE cases RENAME TO cases_1;""" + _EXERCISES_TABLE + _CASES_TABLE + """
INSERT INTO exercises SELECT student, exercise, assignment, status, score, max_score FROM exercises_1;
INSERT INTO cases SELECT c.student, c.exercise, c.case_id, c.visibility, c.status, c.weight, c.message, e.assignment
    FROM cases_1 AS c JOIN exercises_1 AS e USING (student, exercise);
DROP TABLE exercises_1;
DROP TABLE cases_1;
UPDATE meta SET value = '2' WHERE key = 'schema';
"""


class GradebookError(RuntimeError):
    """The gradebook file cannot be used (one-line message)."""


class Gradebook:
    """Results per student, exercise and case; each student is written in one transaction (crash-safe).

    Use from one thread only (the run's main thread).
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            # A killed run loses nothing with NORMAL in WAL mode (commits are in the WAL file before a commit
            # returns); only a power cut can drop the last rows, and those students are simply graded again.
            # FULL would wait for the disk after every student.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = self._db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            if row is not None and row[0] == "1":
                self._db.executescript(f"BEGIN IMMEDIATE;{_FROM_SCHEMA_1}COMMIT;")  # its students are kept
                row = ("2",)
            if row is not None and row[0] != str(SCHEMA):
                raise GradebookError(f"{self.path} has gradebook schema {row[0]}, this grader uses {SCHEMA}")
            self._db.executescript(_TABLES)
            if row is None:
                self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
        except sqlite3.DatabaseError as exc:
            raise GradebookError(f"cannot use the gradebook {self.path}: {exc}") from None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self) -> None:
        self._db.close()

    def hashes(self) -> dict[str, tuple[str, str]]:
        """student -> (submission hash, material hash) of what is stored."""
        rows = self._db.execute("SELECT student, submission_hash, material_hash FROM students")
        return {student: (submission, material) for student, submission, material in rows}

    def store(self, student: str, submission_hash: str, material_hash: str, result: SubmissionResult,
              results_json: str | None = None) -> None:
        """Replace the student's rows with this result, all in one transaction (results_json: result.to_json())."""
        self.store_record(student, submission_hash, material_hash, record(result, results_json))

    def store_record(self, student: str, submission_hash: str, material_hash: str, row: dict) -> None:
        """store(), from what record() made of the result (plain data: it may come from another process)."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM exercises WHERE student = ?", (student,))
            db.execute("DELETE FROM cases WHERE student = ?", (student,))
            db.execute("INSERT OR REPLACE INTO students VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (student, submission_hash, material_hash, row["score"], row["max_score"],
                        row["results_json"], row["full_json"]))
            db.executemany("INSERT OR REPLACE INTO exercises VALUES (?, ?, ?, ?, ?, ?)",
                           [(student, *exercise) for exercise in row["exercises"]])
            db.executemany("INSERT OR REPLACE INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           [(student, *case) for case in row["cases"]])
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def results_json(self, student: str) -> str | None:
        row = self._db.execute("SELECT results_json FROM students WHERE student = ?", (student,)).fetchone()
        return row[0] if row else None

    def result(self, student: str) -> SubmissionResult | None:
        """The full stored model (report-only fields included), or None."""
        row = self._db.execute("SELECT full_json FROM students WHERE student = ?", (student,)).fetchone()
        return result_from_dict(json.loads(row[0])) if row else None


def record(result: SubmissionResult, results_json: str | None = None) -> dict:
    """What the gradebook keeps of a result, as plain data: its JSONs, score, and a row per exercise and case."""
    return {"score": result.score, "max_score": result.max_score,
            "results_json": results_json or result.to_json(),
            "full_json": json.dumps(result.full_dict(), ensure_ascii=False, sort_keys=True),
            "exercises": [[exercise.id, exercise.assignment, exercise.status, exercise.score, exercise.max_score]
                          for exercise in result.exercises],
            "cases": [[exercise.id, case.id, case.visibility, case.status, case.weight, case.message,
                       exercise.assignment] for exercise in result.exercises for case in exercise.cases]}


def submission_hash(path: Path, kind: str) -> str:
    """sha256 over the entry's kind and name and the files that matter (.py/.ipynb under a folder; else its bytes)."""
    digest = hashlib.sha256()
    _field(digest, f"{kind}:{path.name}".encode("utf-8", "surrogateescape"))
    if kind == "folder":
        for relative, file in _files(path, SUFFIXES):
            _hash_file(digest, relative, file)
    else:
        _hash_file(digest, path.name, path)
    return digest.hexdigest()


def material_hash(fingerprint: str, timeout: float, isolation: str, assignment: str | None = None) -> str:
    """sha256 over the material's fingerprint (material_fingerprint()), the timeout, the isolation level and the
    assignment a run collects (if it collects one): what a stored result was graded with."""
    digest = hashlib.sha256()
    _field(digest, f"{fingerprint}|{float(timeout)!r}|{isolation}".encode())
    if assignment is not None:
        _field(digest, f"assignment:{assignment}".encode())
    return digest.hexdigest()


def material_fingerprint(material: Material) -> str:
    """sha256 over the grading material, the grader's code and version and the templates: two machines with the
    same fingerprint grade alike (a cluster's workers are checked against the client's)."""
    digest = hashlib.sha256()
    _field(digest, grader.__version__.encode())
    # The templates too: reused students keep their feedback.html, which must not outlive a template change.
    folders = [material.solutions_dir, *material.helpers_dirs, Path(grader.__file__).resolve().parent,
               feedback.templates_dir()]
    # Each folder by its place in that list, not its name: installed, solutions/ is grader_solutions/.
    for place, folder in enumerate(dict.fromkeys(Path(folder).resolve() for folder in folders)):
        _field(digest, f"folder {place}".encode())
        for relative, path in _files(folder, (".py", ".md", ".json", ".npy", ".npz", ".txt", ".j2")):
            _hash_file(digest, relative, path)
    return digest.hexdigest()


def _files(folder: Path, suffixes) -> list[tuple[str, str]]:
    """(path relative to folder with / separators, path) of the files with these suffixes, sorted."""
    found = []
    root = os.fspath(folder)
    suffixes = tuple(suffixes)
    for top, dirs, files in os.walk(root):  # symbolic links to folders are not followed
        dirs[:] = [name for name in dirs if name != "__pycache__"]
        prefix = os.path.relpath(top, root).replace(os.sep, "/")
        for name in files:
            if name.endswith(suffixes):
                found.append((name if prefix == "." else f"{prefix}/{name}", os.path.join(top, name)))
    return sorted(found)


def _field(digest, data: bytes) -> None:
    digest.update(len(data).to_bytes(8, "big") + data)


def _hash_file(digest, relative: str, path: str | Path) -> None:
    _field(digest, relative.encode("utf-8", "surrogateescape"))
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            _field(digest, b"link:" + os.fsencode(os.readlink(path)))
        elif stat.S_ISREG(mode):  # never a FIFO or a device
            with open(path, "rb") as file:
                for block in iter(lambda: file.read(1 << 20), b""):
                    digest.update(block)
            _field(digest, b"file")
        else:
            _field(digest, b"special")
    except OSError as exc:
        _field(digest, f"unreadable:{exc.errno}".encode())
