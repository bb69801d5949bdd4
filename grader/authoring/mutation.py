"""Mutation analysis: how many mutants of each graded function the hidden and the public cases kill."""

from __future__ import annotations

import contextlib
import dataclasses
import math
import signal
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from grader.authoring.mutants import Mutant, mutants
from grader.judging.compare import agrees
from grader.judging.misconceptions import comparable
from grader.material.catalog import GradedExercise, Material, MaterialError, _helpers_on_path, _run_trusted
from grader.material.spec import HIDDEN, Case

VARIATIONS = 8         # random variations of every case on which a surviving mutant is compared with the reference
MUTANT_SECONDS = 2.0   # a mutant call that takes longer is killed (a loop made endless, a range made huge)


@dataclass
class Survivor:
    line: int
    change: str
    public_only: bool = False  # killed by no hidden case, but by a public one


@dataclass
class ExerciseMutation:
    """What the mutants of one graded function did: killed by the hidden and by the public cases, equivalent."""

    exercise: str
    total: int = 0
    equivalent: int = 0
    killed_hidden: int = 0
    killed_public: int = 0
    survivors: list[Survivor] = dataclasses.field(default_factory=list)

    @property
    def counted(self) -> int:
        """The non-equivalent mutants: the ones a case could kill."""
        return self.total - self.equivalent

    def hidden_share(self) -> float:
        return self.killed_hidden / self.counted if self.counted else 1.0

    def public_share(self) -> float:
        return self.killed_public / self.counted if self.counted else 1.0


class _MutantTooSlow(Exception):
    pass


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Within the block, a call that runs longer than seconds raises _MutantTooSlow (main thread only)."""
    def expire(signum, frame):
        raise _MutantTooSlow(f"took more than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _outcome(function, case: Case, where: str):
    """What the function returns on the case (plain data), or None where it raises or runs too long."""
    try:
        with _time_limit(MUTANT_SECONDS), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a mutant's empty mean or bad cast is its value, not a message
            return _run_trusted(function, case, where)
    except (MaterialError, _MutantTooSlow):
        return None


def passes(got, graded: GradedExercise, expected) -> bool:
    """Whether got would pass against expected, as the grader judges a case (prefixes, tolerance), or against one of
    the exercise's other accepted implementations (given as expected's siblings by the caller)."""
    if got is None:
        return False
    return agrees(got, comparable(got, expected, graded.exercise.accepted_prefixes), graded.exercise.tolerance)


def passes_case(got, graded: GradedExercise, case_id: str) -> bool:
    """Whether got passes the case as the grader judges it (None, raised, or a known mistake's Raised: it does not)."""
    return passes(got, graded, graded.expected[case_id]) or \
        any(passes(got, graded, accepted[case_id]) for accepted in graded.accepted_outputs)


def _varied(value, rng: np.random.Generator):
    """value with every non-integral float (array or number) scaled by a random factor that keeps its sign."""
    if isinstance(value, np.ndarray) and value.dtype.kind == "f" and value.size and \
            not np.all(np.isfinite(value) & (value == np.round(value))):
        return (value * np.exp(0.3 * rng.standard_normal(value.shape))).astype(value.dtype)
    if isinstance(value, float) and math.isfinite(value) and value != round(value):
        return float(value * math.exp(0.3 * rng.standard_normal()))
    if isinstance(value, dict):
        return {key: _varied(item, rng) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        items = [_varied(item, rng) for item in value]
        return items if isinstance(value, list) else tuple(items)
    return value


def variations(case: Case, count: int = VARIATIONS) -> list[Case]:
    """count random variations of the case: its float inputs scaled, another seed (the same ones on every run)."""
    varied = []
    for draw in range(count):
        rng = np.random.default_rng([draw, len(case.id)])
        varied.append(dataclasses.replace(case, id=f"{case.id}~{draw}", args=_varied(case.args, rng),
                                          kwargs=_varied(dict(case.kwargs), rng), seed=case.seed + 1000 * (draw + 1)))
    return varied


def analyse_assignment(material: Material, name: str) -> list[ExerciseMutation]:
    """The mutation analysis of every graded function of one assignment's reference."""
    assignment = material.assignment(name)
    reference_file = material.reference_files[name]
    graded_exercises = material.exercises_of(assignment)
    source = reference_file.read_text(encoding="utf-8")
    by_function: dict[str, list[Mutant]] = {}
    for mutant in mutants(source, [graded.exercise.name for graded in graded_exercises], str(reference_file)):
        by_function.setdefault(mutant.function, []).append(mutant)
    with _helpers_on_path(assignment.helpers_dir):
        return [_analyse_exercise(graded, by_function.get(graded.exercise.name, []), reference_file)
                for graded in graded_exercises]


def _analyse_exercise(graded: GradedExercise, found: list[Mutant], reference_file: Path) -> ExerciseMutation:
    exercise = graded.exercise
    report = ExerciseMutation(exercise.name, total=len(found))
    reference_function = None
    varied_cases = [varied for case in exercise.cases for varied in variations(case)]
    reference_on_variations: dict[str, object] | None = None
    for mutant in found:
        function = _load(mutant, reference_file, exercise.name)
        if function is None:  # the mutated module does not even load: every case kills it
            report.killed_hidden += 1
            report.killed_public += 1
            continue
        where = f"mutant of {exercise.name} (line {mutant.line})"
        killed = {case.id: not passes_case(_outcome(function, case, where), graded, case.id) for case in exercise.cases}
        hidden = any(killed[case.id] for case in exercise.cases if case.visibility == HIDDEN)
        public = any(killed[case.id] for case in exercise.cases if case.visibility != HIDDEN)
        if not any(killed.values()):
            if reference_on_variations is None:
                reference_function = reference_function or _reference(reference_file, exercise.name)
                reference_on_variations = {case.id: _outcome(reference_function, case, "the reference")
                                           for case in varied_cases}
            if _same_everywhere(function, varied_cases, reference_on_variations, graded, where):
                report.equivalent += 1
                continue
        report.killed_hidden += hidden
        report.killed_public += public
        if not hidden:
            report.survivors.append(Survivor(mutant.line, mutant.change, public_only=public))
    return report


def _same_everywhere(function, cases: list[Case], expected: dict[str, object], graded: GradedExercise,
                     where: str) -> bool:
    """Whether the mutant returns the reference's outputs on every variation where the reference returns."""
    for case in cases:
        wanted = expected[case.id]
        if wanted is None:
            continue
        if not passes(_outcome(function, case, where), graded, wanted):
            return False
    return True


def _load(mutant: Mutant, reference_file: Path, name: str):
    """The mutated function, from its own module namespace (None when the mutated module does not load)."""
    namespace = {"__name__": f"_audit_mutant_{name}", "__file__": str(reference_file), "__builtins__": __builtins__}
    try:
        with _time_limit(MUTANT_SECONDS):
            exec(mutant.code, namespace)
    except Exception:
        return None
    function = namespace.get(name)
    return function if callable(function) else None


def _reference(reference_file: Path, name: str):
    """The reference function, from a module namespace of its own (as the mutants are loaded)."""
    namespace = {"__name__": f"_audit_reference_{name}", "__file__": str(reference_file),
                 "__builtins__": __builtins__}
    exec(compile(reference_file.read_text(encoding="utf-8"), str(reference_file), "exec"), namespace)
    return namespace[name]
