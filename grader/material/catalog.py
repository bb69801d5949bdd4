"""Loads the grading material (assignments, references, cases) and computes expected outputs by running the references."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
import importlib
import importlib.util
import inspect
import io
import json
import random
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from grader.material.part_names import case_arguments, case_scalars, part_labels
from grader.material.probes import DefaultOutputs
from grader.material.spec import HIDDEN, Assignment, Case, Exercise
from grader.material.stubs import StubError, stub_fingerprints
from grader.sandbox import plaindata
from grader.sandbox.loading import MAX_MESSAGE_CHARS
from grader.sandbox.worker import keywords_accepted

MATERIAL_PACKAGE = "grader_solutions"
# The most of an exercise's points its public cases may carry: the feedback shows their inputs and expected values,
# so a submission that returns those values by heart must not earn more.
MAX_PUBLIC_SHARE = 0.25


def expected_bytes(value) -> bytes:
    """A value as the student process encodes and writes it (compact JSON): a reply of exactly these bytes has passed."""
    return json.dumps(plaindata.encode(value), separators=(",", ":"), allow_nan=False).encode()


def public_points(exercise: Exercise) -> float:
    """What an exercise's public cases carry of its points (at most MAX_PUBLIC_SHARE once weights are effective)."""
    total = sum(case.weight for case in exercise.cases)
    public = sum(case.weight for case in exercise.cases if case.visibility != HIDDEN)
    return round(exercise.points * public / total, 4) if total else 0.0


class MaterialError(RuntimeError):
    """The grading material itself is broken (a problem for course staff, not for the student)."""


@dataclass
class GradedExercise:
    """An exercise with everything the grader needs: its assignment, expected outputs and stub fingerprint."""

    assignment: Assignment
    exercise: Exercise
    expected: dict[str, object]
    stub_fingerprint: str | None
    # known mistake id -> case id -> what that wrong implementation returns (computed when first needed)
    mistake_outputs: Mapping[str, dict[str, object]] = dataclasses.field(default_factory=dict)
    # case id -> its inputs as plain data, encoded once per run (every student gets a fresh copy)
    encoded_inputs: dict[str, tuple[dict, dict]] = dataclasses.field(default_factory=dict)
    # case id -> the expected output as the student process encodes and writes it (compact JSON bytes): a reply
    # carrying exactly these bytes has passed (runner.IDENTICAL)
    expected_json: dict[str, bytes] = dataclasses.field(default_factory=dict)
    # for each of the exercise's other accepted implementations (another course generation's): case id -> value
    accepted_outputs: tuple[dict[str, object], ...] = ()
    # the reference's parameter names, then those only older signatures take (Case.optional_kwargs)
    parameters: tuple[str, ...] = ()
    # what the reference calls the parts of its result, by path (part_names.py): `parameters`, `cache[7] (A2)`
    part_labels: Mapping[tuple, str] = dataclasses.field(default_factory=dict)
    # case id -> the case's own numbers by name (`keep_prob`, `1 − keep_prob`, `m`), which a factor may be named after
    case_scalars: Mapping[str, Mapping[str, float]] = dataclasses.field(default_factory=dict)
    # for each of the exercise's ScalarTerms: case id -> its known part on that case's inputs
    known_parts: tuple[Mapping[str, float], ...] = ()
    # case id -> {argument: (default, the reference's output with it)}, computed on first use (probes.py)
    default_outputs: DefaultOutputs | None = None

    @property
    def key(self) -> str:
        """The exercise's name within the whole material: exercise names are unique within an assignment only."""
        return f"{self.assignment.name}/{self.exercise.name}"


@dataclass
class Material:
    solutions_dir: Path
    assignments: list[Assignment]
    exercises: list[GradedExercise]
    reference_files: dict[str, Path]
    # public_only -> exercise -> its (public) cases' inputs, in case order: what a student process decodes once
    case_tables: dict[bool, dict[str, list[dict]]] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self):
        self.case_tables = {public_only: {graded.key: [
            {"args": graded.encoded_inputs[case.id][0], "kwargs": graded.encoded_inputs[case.id][1],
             "substitutes": dict(case.substitutes), "seed": case.seed,
             "optional": plaindata.encode(dict(case.optional_kwargs))}
            for case in graded.exercise.cases if not (public_only and case.visibility == HIDDEN)]
            for graded in self.exercises} for public_only in (False, True)}

    @property
    def helpers_dirs(self) -> list[Path]:
        dirs: list[Path] = [self.solutions_dir / "helpers"] if (self.solutions_dir / "helpers").is_dir() else []
        for assignment in self.assignments:
            if assignment.helpers_dir is not None and assignment.helpers_dir not in dirs:
                dirs.append(assignment.helpers_dir)
        return dirs

    def provided_modules(self) -> frozenset[str]:
        """Names of the course helper modules the grader provides to student code."""
        return frozenset(path.stem for directory in self.helpers_dirs for path in directory.glob("*.py"))

    def exercise_names(self) -> list[str]:
        """Every graded function's name and older names, once (two assignments may grade functions of one name)."""
        return list(dict.fromkeys(name for graded in self.exercises
                                  for name in (graded.exercise.name, *graded.exercise.aliases)))

    def assignment(self, name: str) -> Assignment | None:
        return next((assignment for assignment in self.assignments if assignment.name == name), None)

    def exercises_of(self, assignment: Assignment) -> list[GradedExercise]:
        return [graded for graded in self.exercises if graded.assignment is assignment]


def default_solutions_dir() -> Path:
    """The grading material installed with the grader (solutions/ of the source tree)."""
    spec = importlib.util.find_spec(MATERIAL_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(__file__).resolve().parents[2] / "solutions"


def load_material(solutions_dir: Path | None = None) -> Material:
    """Every assignment under solutions_dir (each folder with a grading.py), in course order."""
    solutions_dir = Path(solutions_dir or default_solutions_dir()).resolve()
    if not solutions_dir.is_dir():
        raise MaterialError(f"no grading material at {solutions_dir}")
    loaded = [_load_assignment(folder) for folder in sorted(solutions_dir.iterdir())
              if (folder / "grading.py").is_file()]
    loaded = [(effective_weights(assignment), reference, file) for assignment, reference, file in loaded]
    if not loaded:
        raise MaterialError(f"no assignment (a folder with grading.py) in {solutions_dir}")
    loaded.sort(key=lambda item: course_order(item[0]))
    names = [item[0].name for item in loaded]
    if len(set(names)) != len(names):
        twice = sorted({name for name in names if names.count(name) > 1})
        raise MaterialError(f"assignment {twice[0]} is defined by two folders of {solutions_dir}")
    exercises = []
    for assignment, reference, reference_file in loaded:
        with _helpers_on_path(assignment.helpers_dir):
            try:
                fingerprints = stub_fingerprints(reference_file.read_text(encoding="utf-8"))
            except (StubError, SyntaxError) as problem:  # the stub students would get cannot be made
                raise MaterialError(str(problem).replace("<reference>", str(reference_file))) from None
            seen = set()
            for exercise in assignment.exercises:
                if exercise.name in seen:
                    raise MaterialError(f"{assignment.name}: exercise {exercise.name} is defined twice")
                seen.add(exercise.name)
                function = getattr(reference, exercise.name, None)
                if function is None:
                    raise MaterialError(f"{assignment.name}/reference.py has no function {exercise.name}")
                expected = _outputs(function, exercise, "the reference")
                mistakes = MistakeOutputs(exercise, assignment.helpers_dir)
                inputs = {case.id: encoded_inputs(case) for case in exercise.cases}
                written = {case_id: expected_bytes(value) for case_id, value in expected.items()}
                accepted = tuple(_outputs(getattr(other, "implementation", other), exercise,
                                          f"accepted implementation {number}")
                                 for number, other in enumerate(exercise.accepted, 1))
                parameters = _parameters(function, exercise)
                exercises.append(GradedExercise(assignment, exercise, expected, fingerprints.get(exercise.name),
                                                mistakes, inputs, written, accepted, parameters,
                                                part_labels(function), case_scalars(function, exercise),
                                                tuple(_known_parts(term, parameters, exercise) for term in exercise.terms),
                                                DefaultOutputs(function, exercise, _run_trusted,
                                                               functools.partial(_helpers_on_path,
                                                                                 assignment.helpers_dir),
                                                               MistakeOutputs._lock)))
    return Material(solutions_dir, [item[0] for item in loaded], exercises,
                    {item[0].name: item[2] for item in loaded})


def course_order(assignment: Assignment) -> tuple:
    """Where the specialization has the assignment: course, week, then its order (material of no course last)."""
    unknown = 10 ** 6
    return (assignment.course if assignment.course is not None else unknown,
            assignment.week if assignment.week is not None else unknown, assignment.order, assignment.name)


def _parameters(function, exercise: Exercise) -> tuple[str, ...]:
    """The reference's parameter names, then the ones only older signatures take (its cases' optional_kwargs)."""
    try:
        names = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        names = []
    for case in exercise.cases:
        names += [name for name in case.optional_kwargs if name not in names]
    return tuple(names)


def effective_weights(assignment: Assignment) -> Assignment:
    """The assignment with the weights its cases are scored by: where an exercise's public cases weigh more than
    MAX_PUBLIC_SHARE of its cases' weight, they are scaled down to carry exactly that share (each keeping its part
    of it, as the hidden cases keep theirs). An exercise without a hidden case is a MaterialError."""
    exercises = []
    for exercise in assignment.exercises:
        public = sum(case.weight for case in exercise.cases if case.visibility != HIDDEN)
        hidden = sum(case.weight for case in exercise.cases if case.visibility == HIDDEN)
        if not hidden > 0:
            raise MaterialError(f"{assignment.name}: exercise {exercise.name} has no hidden case (with a weight above "
                                f"0); its public cases may carry at most {MAX_PUBLIC_SHARE:.0%} of its points")
        if public * (1 - MAX_PUBLIC_SHARE) > MAX_PUBLIC_SHARE * hidden:
            factor = MAX_PUBLIC_SHARE * hidden / ((1 - MAX_PUBLIC_SHARE) * public)
            exercise = dataclasses.replace(exercise, cases=tuple(
                case if case.visibility == HIDDEN else dataclasses.replace(case, weight=case.weight * factor)
                for case in exercise.cases))
        exercises.append(exercise)
    return dataclasses.replace(assignment, exercises=tuple(exercises))


class MistakeOutputs(Mapping):
    """An exercise's known mistakes' outputs on its cases, computed on first use (only a failing exercise needs them).

    A correct submission never pays for the wrong implementations; threads of a class run share one
    computation (a lock), and the values are the same whenever they are computed (fixed inputs).
    """

    _lock = threading.Lock()  # substitutes patch the material's module namespaces: one computation at a time

    def __init__(self, exercise: Exercise, helpers_dir: Path):
        self._exercise, self._helpers_dir = exercise, helpers_dir
        self._outputs: dict[str, dict[str, object]] | None = None

    def _computed(self) -> dict[str, dict[str, object]]:
        with self._lock:
            if self._outputs is None:
                with _helpers_on_path(self._helpers_dir):
                    self._outputs = {mistake.id: _outputs(mistake.implementation, self._exercise,
                                                          f"known mistake {mistake.id}", may_raise=True)
                                     for mistake in self._exercise.misconceptions}
            return self._outputs

    def __getitem__(self, mistake_id: str) -> dict[str, object]:
        return self._computed()[mistake_id]

    def __iter__(self):
        return iter(self._computed())

    def __len__(self) -> int:
        return len(self._exercise.misconceptions)


def _load_assignment(folder: Path):
    package = f"_grading_material_{folder.name}"
    for loaded in [name for name in sys.modules if name == package or name.startswith(f"{package}.")]:
        del sys.modules[loaded]  # another material's folder of this name, loaded before in this process
    helpers = helpers_folder(folder)
    with _helpers_on_path(helpers):
        try:
            spec = importlib.util.spec_from_file_location(package, folder / "__init__.py",
                                                          submodule_search_locations=[str(folder)])
            module = importlib.util.module_from_spec(spec)
            sys.modules[package] = module
            spec.loader.exec_module(module)
            grading = importlib.import_module(f"{package}.grading")
            reference = importlib.import_module(f"{package}.reference")
        except Exception as exc:
            raise MaterialError(f"cannot load the grading material in {folder}: {type(exc).__name__}: {exc}") from exc
    assignment = getattr(grading, "ASSIGNMENT", None)
    if not isinstance(assignment, Assignment):
        raise MaterialError(f"{folder / 'grading.py'} defines no ASSIGNMENT = Assignment(...)")
    if assignment.helpers_dir is None:
        assignment = dataclasses.replace(assignment, helpers_dir=helpers)
    else:
        assignment = dataclasses.replace(assignment, helpers_dir=Path(assignment.helpers_dir).resolve())
    return assignment, reference, folder / "reference.py"


def helpers_folder(folder: Path) -> Path | None:
    """An assignment's course helper modules: its own helpers/ folder, else the material's shared one."""
    for candidate in (folder / "helpers", folder.parent / "helpers"):
        if candidate.is_dir():
            return candidate.resolve()
    return None


@contextlib.contextmanager
def _helpers_on_path(helpers_dir: Path | None):
    """Within the block, the helper modules of helpers_dir are the ones `import testCases` finds, whatever another
    assignment's same-named modules are: those are set aside and put back after (what was imported stays bound
    in the namespaces that imported it)."""
    if helpers_dir is None:
        yield
        return
    helpers = str(helpers_dir)
    names = {path.stem for path in helpers_dir.glob("*.py")}
    aside = {name: sys.modules.pop(name) for name in names if name in sys.modules}
    sys.path.insert(0, helpers)
    try:
        yield
    finally:
        sys.path.remove(helpers)
        for name in names:
            sys.modules.pop(name, None)
        sys.modules.update(aside)


class Raised(plaindata.Unsupported):
    """What a known mistake's output is on a case where it raises (a hard-coded channel count on another image, the
    whole caches list passed where caches[t] is meant): a student whose code returned a value there did not make
    that mistake; one whose code raised the same exception may have (judging/misconceptions.py)."""

    def __init__(self, kind: str, message: str):
        super().__init__("an exception (the known mistake raises on this case)")
        self.kind, self.message = kind, message


def _outputs(function, exercise: Exercise, what: str, may_raise: bool = False) -> dict[str, object]:
    """What a trusted implementation returns on each case, as plain data; may_raise: a Raised where it raises
    (a known mistake may fail on some inputs, or on all, as the student's code does)."""
    outputs = {}
    for case in exercise.cases:
        where = f"{what} of {exercise.name}[{case.id}]"
        try:
            outputs[case.id] = _run_trusted(function, case, where)
        except MaterialError as error:
            cause = error.__cause__
            if not may_raise or cause is None:
                raise
            kind = type(cause).__name__  # the message as the student process words it (loading.describe_exception)
            outputs[case.id] = Raised(kind, f"{kind}: {cause}"[:MAX_MESSAGE_CHARS])
    return outputs


def _known_parts(term, names: tuple[str, ...], exercise: Exercise) -> dict[str, float]:
    """term.known on each case's arguments (names: the reference's parameters; term.known takes some of them)."""
    wanted = inspect.signature(term.known).parameters
    known = {}
    for case in exercise.cases:
        arguments = case_arguments(names, case)
        try:
            with np.errstate(all="ignore"):
                known[case.id] = float(term.known(**{name: copy.deepcopy(arguments[name]) for name in wanted}))
        except Exception as exc:
            raise MaterialError(f"{exercise.name}: the known part of {term.name} raised {type(exc).__name__}: "
                                f"{exc}") from exc
    return known


def _run_trusted(function, case: Case, where: str):
    args, kwargs = copy.deepcopy(case.args), copy.deepcopy(dict(case.kwargs))
    kwargs = {**keywords_accepted(function, copy.deepcopy(dict(case.optional_kwargs))), **kwargs}
    try:
        # quiet: a known mistake's nan or overflow is its value, not a message for whoever runs the grader
        with substituted(function.__globals__, case.substitutes), contextlib.redirect_stdout(io.StringIO()), \
                np.errstate(all="ignore"):
            np.random.seed(case.seed)  # as the student process seeds every call
            random.seed(case.seed)
            value = function(*args, **kwargs)
    except Exception as exc:
        raise MaterialError(f"{where} raised {type(exc).__name__}: {exc}") from exc
    plain = plaindata.normalize(value)
    if plaindata.contains_unsupported(plain):
        raise MaterialError(f"{where} returned something that is not plain data")
    return plain


@contextlib.contextmanager
def substituted(namespace: dict, substitutes):
    """Within the block, namespace sees each "module:attribute" of substitutes under its name."""
    absent = object()
    saved = {name: namespace.get(name, absent) for name in substitutes}
    try:
        for name, target in substitutes.items():
            module_name, _, attribute = target.partition(":")
            namespace[name] = getattr(importlib.import_module(module_name), attribute)
        yield
    finally:
        for name, value in saved.items():
            if value is absent:
                namespace.pop(name, None)
            else:
                namespace[name] = value


def encoded_inputs(case: Case) -> tuple[dict, dict]:
    """A case's inputs as plain data for the student process (a fresh copy on every call)."""
    return plaindata.encode(list(case.args)), plaindata.encode(dict(case.kwargs))
