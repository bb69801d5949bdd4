"""The one results model (submission -> exercises -> cases) that every report is made from."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

SCHEMA_VERSION = 1

PASSED = "passed"
FAILED = "failed"
ERROR = "error"
TIMEOUT = "timeout"
NOT_IMPLEMENTED = "not_implemented"
MISSING = "missing"
STATUSES = (PASSED, FAILED, ERROR, TIMEOUT, NOT_IMPLEMENTED, MISSING)


@dataclass
class DifferencePicture:
    """Where a public case's array differs: |got - expected| scaled to 0..1 (at most 24 x 48 cells)."""

    where: str
    shape: tuple
    largest: float
    cells: list[list[float]]


@dataclass
class CaseResult:
    id: str
    visibility: str
    status: str
    message: str = ""
    weight: float = 1.0
    traceback: list[dict] = field(default_factory=list)
    picture: DifferencePicture | None = None


@dataclass
class CodeExcerpt:
    """The student's graded function as it was graded: where it is and its lines."""

    label: str
    first_line: int
    lines: list[str]


@dataclass
class Misconception:
    """A known mistake the student's values match: on every part of the result, or (parts) on those parts only."""

    id: str
    hint: str
    parts: list[str] = field(default_factory=list)   # the parts it explains; empty: the whole result
    right: list[str] = field(default_factory=list)   # the parts that are right, when parts is not empty
    unexplained: int = 0                               # how many other parts are wrong in another way

    def lead(self) -> str:
        """'dW3 is what `id` gives; dW2 and dW1 are right.' ('' for the whole result)."""
        if not self.parts:
            return ""
        verb = "is" if len(self.parts) == 1 else "are"
        text = f"{listed(self.parts)} {verb} what `{self.id}` gives"
        total = len(self.parts) + len(self.right) + self.unexplained
        if len(self.right) > MAX_LISTED:
            text += f"; {len(self.right)} of the result's {total} parts are right"
        elif self.right:
            text += f"; {listed(self.right)} {'is' if len(self.right) == 1 else 'are'} right"
        return text + "."


MAX_LISTED = 4


def listed(names: list[str], limit: int | None = MAX_LISTED) -> str:
    """'a', 'a and b', 'a, b and c'; past limit names, 'a, b, c and 2 more'."""
    if limit is not None and len(names) > limit:
        return ", ".join(names[:limit - 1]) + f" and {len(names) - limit + 1} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@dataclass
class ExerciseResult:
    id: str
    assignment: str
    status: str
    score: float
    max_score: float
    cases: list[CaseResult] = field(default_factory=list)
    misconceptions: list[Misconception] = field(default_factory=list)
    file: str | None = None
    line: int | None = None
    notes: list[str] = field(default_factory=list)
    code: CodeExcerpt | None = None


@dataclass
class AssignmentResult:
    """One graded assignment's total: its exercises are the submission's of that assignment."""

    name: str
    title: str
    score: float
    max_score: float


@dataclass
class SubmissionResult:
    submission: str
    exercises: list[ExerciseResult]
    problems: list[str] = field(default_factory=list)
    output: str = ""
    isolation: str = ""
    assignments: list[AssignmentResult] = field(default_factory=list)

    @property
    def score(self) -> float:
        return round(sum(exercise.score for exercise in self.exercises), 4)

    @property
    def max_score(self) -> float:
        return round(sum(exercise.max_score for exercise in self.exercises), 4)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 0.0

    def to_dict(self) -> dict:
        """The results JSON's content (the report-only fields left out)."""
        return {
            "schema": SCHEMA_VERSION,
            "submission": self.submission,
            "score": self.score,
            "max_score": self.max_score,
            "assignments": [_assignment_dict(assignment) for assignment in self.assignments],
            "exercises": [_exercise_dict(exercise, report=False) for exercise in self.exercises],
            "problems": list(self.problems),
            "isolation": self.isolation,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=False, ensure_ascii=False) + "\n"

    def full_dict(self) -> dict:
        """Every field, report-only ones included (what dataclasses.asdict gives, built directly: it is faster)."""
        return {"submission": self.submission,
                "assignments": [_assignment_dict(assignment) for assignment in self.assignments],
                "exercises": [_exercise_dict(exercise, report=True) for exercise in self.exercises],
                "problems": list(self.problems), "output": self.output, "isolation": self.isolation}


def _assignment_dict(assignment: AssignmentResult) -> dict:
    return {"name": assignment.name, "title": assignment.title, "score": assignment.score,
            "max_score": assignment.max_score}


def _exercise_dict(exercise: ExerciseResult, report: bool) -> dict:
    data = {"id": exercise.id, "assignment": exercise.assignment, "status": exercise.status, "score": exercise.score,
            "max_score": exercise.max_score, "cases": [_case_dict(case, report) for case in exercise.cases],
            "misconceptions": [{"id": item.id, "hint": item.hint, "parts": list(item.parts), "right": list(item.right),
                                "unexplained": item.unexplained} for item in exercise.misconceptions],
            "file": exercise.file, "line": exercise.line, "notes": list(exercise.notes)}
    if report:
        code = exercise.code
        data["code"] = None if code is None else {"label": code.label, "first_line": code.first_line,
                                                  "lines": list(code.lines)}
    return data


def _case_dict(case: CaseResult, report: bool) -> dict:
    data = {"id": case.id, "visibility": case.visibility, "status": case.status, "message": case.message,
            "weight": case.weight, "traceback": [dict(frame) for frame in case.traceback]}
    if report:
        picture = case.picture
        data["picture"] = None if picture is None else {
            "where": picture.where, "shape": tuple(picture.shape), "largest": picture.largest,
            "cells": [list(row) for row in picture.cells]}
    return data


def result_from_dict(data: dict) -> SubmissionResult:
    """The inverse of SubmissionResult.full_dict()."""
    return SubmissionResult(submission=data["submission"],
                            exercises=[_exercise_from_dict(item) for item in data["exercises"]],
                            problems=list(data.get("problems", [])), output=data.get("output", ""),
                            isolation=data.get("isolation", ""),
                            assignments=[AssignmentResult(**item) for item in data.get("assignments", [])])


def _exercise_from_dict(data: dict) -> ExerciseResult:
    code = data.get("code")
    return ExerciseResult(
        id=data["id"], assignment=data["assignment"], status=data["status"], score=data["score"],
        max_score=data["max_score"], cases=[_case_from_dict(case) for case in data.get("cases", [])],
        misconceptions=[Misconception(item["id"], item["hint"], list(item.get("parts", [])), list(item.get("right", [])),
                                      int(item.get("unexplained", 0))) for item in data.get("misconceptions", [])],
        file=data.get("file"), line=data.get("line"), notes=list(data.get("notes", [])),
        code=CodeExcerpt(**code) if code else None)


def _case_from_dict(data: dict) -> CaseResult:
    picture = data.get("picture")
    if picture:
        picture = DifferencePicture(where=picture["where"], shape=tuple(picture["shape"]),
                                    largest=picture["largest"], cells=picture["cells"])
    return CaseResult(id=data["id"], visibility=data["visibility"], status=data["status"],
                      message=data.get("message", ""), weight=data.get("weight", 1.0),
                      traceback=list(data.get("traceback", [])), picture=picture or None)


def exercise_status(cases: list[CaseResult]) -> str:
    """An exercise's status from its cases: all passed, all not implemented, else the worst problem."""
    statuses = {case.status for case in cases}
    if statuses == {PASSED}:
        return PASSED
    if statuses == {NOT_IMPLEMENTED}:
        return NOT_IMPLEMENTED
    for status in (TIMEOUT, ERROR):
        if status in statuses:
            return status
    return FAILED


def exercise_score(cases: list[CaseResult], points: float) -> float:
    """Partial credit: the exercise's points times the weight of the passed cases."""
    total = sum(case.weight for case in cases)
    passed = sum(case.weight for case in cases if case.status == PASSED)
    return round(points * passed / total, 4) if total else 0.0
