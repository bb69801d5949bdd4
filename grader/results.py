"""The one results model (submission -> exercises -> cases) that every report is made from."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

SCHEMA_VERSION = 1

PASSED = "passed"
FAILED = "failed"
ERROR = "error"
TIMEOUT = "timeout"
NOT_IMPLEMENTED = "not_implemented"
MISSING = "missing"
STATUSES = (PASSED, FAILED, ERROR, TIMEOUT, NOT_IMPLEMENTED, MISSING)


@dataclass
class CaseResult:
    id: str
    visibility: str
    status: str
    message: str = ""
    weight: float = 1.0
    traceback: list[dict] = field(default_factory=list)


@dataclass
class Misconception:
    id: str
    hint: str


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


@dataclass
class SubmissionResult:
    submission: str
    exercises: list[ExerciseResult]
    problems: list[str] = field(default_factory=list)
    output: str = ""

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
        return {
            "schema": SCHEMA_VERSION,
            "submission": self.submission,
            "score": self.score,
            "max_score": self.max_score,
            "exercises": [asdict(exercise) for exercise in self.exercises],
            "problems": list(self.problems),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=False, ensure_ascii=False) + "\n"


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
