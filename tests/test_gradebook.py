"""The gradebook keeps each student's exercises and cases apart by assignment; a gradebook of schema 1 (before
assignments could share function names) is migrated in place, with every student it holds."""

from __future__ import annotations

import sqlite3

import pytest

from grader.classroom.gradebook import SCHEMA, Gradebook, GradebookError
from grader.judging.results import PASSED, AssignmentResult, CaseResult, ExerciseResult, SubmissionResult

SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE students (student TEXT PRIMARY KEY, submission_hash TEXT NOT NULL, material_hash TEXT NOT NULL,
    score REAL NOT NULL, max_score REAL NOT NULL, results_json TEXT NOT NULL, full_json TEXT NOT NULL);
CREATE TABLE exercises (student TEXT NOT NULL, exercise TEXT NOT NULL, assignment TEXT NOT NULL, status TEXT NOT NULL,
    score REAL NOT NULL, max_score REAL NOT NULL, PRIMARY KEY (student, exercise));
CREATE TABLE cases (student TEXT NOT NULL, exercise TEXT NOT NULL, case_id TEXT NOT NULL, visibility TEXT NOT NULL,
    status TEXT NOT NULL, weight REAL NOT NULL, message TEXT NOT NULL, PRIMARY KEY (student, exercise, case_id));
INSERT INTO meta VALUES ('schema', '1');
INSERT INTO students VALUES ('old', 'sub', 'mat', 1.0, 1.0, '{}', '{"submission": "old", "exercises": []}');
INSERT INTO exercises VALUES ('old', 'update_lr', 'optimization', 'passed', 1.0, 1.0);
INSERT INTO cases VALUES ('old', 'update_lr', 'a', 'public', 'passed', 1.0, '');
INSERT INTO cases VALUES ('old', 'update_lr', 'b', 'hidden', 'passed', 3.0, '');
"""


def two_assignments_one_name() -> SubmissionResult:
    def exercise(assignment):
        return ExerciseResult("forward_propagation", assignment, PASSED, 1.0, 1.0,
                              cases=[CaseResult("case 1", "public", PASSED, "", 1.0)])
    return SubmissionResult("s", [exercise("planar_classification"), exercise("gradient_checking")],
                            assignments=[AssignmentResult("planar_classification", "Planar", 1.0, 1.0),
                                         AssignmentResult("gradient_checking", "Gradient Checking", 1.0, 1.0)])


def test_two_assignments_grading_functions_of_one_name_are_both_kept(tmp_path):
    with Gradebook(tmp_path / "book.sqlite") as book:
        book.store("s", "sub", "mat", two_assignments_one_name())
    with sqlite3.connect(tmp_path / "book.sqlite") as db:
        assert db.execute("SELECT assignment FROM exercises ORDER BY assignment").fetchall() == \
            [("gradient_checking",), ("planar_classification",)]
        assert db.execute("SELECT COUNT(*) FROM cases").fetchone() == (2,)


def test_a_schema_1_gradebook_is_migrated_with_its_students(tmp_path):
    path = tmp_path / "book.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA_1)
    with Gradebook(path) as book:
        assert book.hashes() == {"old": ("sub", "mat")}
        book.store("s", "sub", "mat", two_assignments_one_name())
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (str(SCHEMA),)
        assert db.execute("SELECT student, assignment, exercise FROM exercises WHERE student = 'old'").fetchall() \
            == [("old", "optimization", "update_lr")]
        assert db.execute("SELECT case_id, assignment, weight FROM cases WHERE student = 'old' ORDER BY case_id"
                          ).fetchall() == [("a", "optimization", 1.0), ("b", "optimization", 3.0)]
    with Gradebook(path) as book:  # opened again: nothing to migrate, nothing lost
        assert set(book.hashes()) == {"old", "s"}


def test_a_gradebook_of_an_unknown_schema_is_refused_in_one_line(tmp_path):
    path = tmp_path / "book.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                         "INSERT INTO meta VALUES ('schema', '99');")
    with pytest.raises(GradebookError) as refused:
        Gradebook(path)
    assert "schema 99" in str(refused.value) and "\n" not in str(refused.value)
