"""What an assignment's grading material declares: exercises, cases, tolerances and points."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping

PUBLIC = "public"
HIDDEN = "hidden"


@dataclass(frozen=True)
class Tolerance:
    """Elementwise closeness, as numpy.isclose: |got - expected| <= atol + rtol * |expected|."""

    rtol: float = 1e-5
    atol: float = 1e-8


@dataclass(frozen=True)
class Case:
    """One call of a graded function: its inputs (built by the grading material) and how it counts."""

    id: str
    args: tuple = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    visibility: str = PUBLIC
    weight: float = 1.0
    # name -> "helper_module:attribute": during this call only, the graded function's module sees
    # that helper under that name (e.g. a non-linear forward_propagation for gradient_check), and
    # so do the reference and the known mistakes when their outputs are computed.
    substitutes: Mapping[str, str] = field(default_factory=dict)
    # np.random.seed(seed) and random.seed(seed) before the call (student's, reference's and known mistakes'): a
    # course version that seeds inside the function and one that leaves it to the caller give the same values.
    seed: int = 0
    # Passed by keyword only to a function that has a parameter of that name: an older course signature
    # (compute_cost(A2, Y, parameters) before 2021) is called as it expects, the current one without them.
    optional_kwargs: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        if self.visibility not in (PUBLIC, HIDDEN):
            raise ValueError(f"case {self.id}: visibility must be {PUBLIC!r} or {HIDDEN!r}")


@dataclass(frozen=True)
class KnownMistake:
    """A wrong implementation students really write, recognised when a student's outputs match its outputs.

    id: stable identifier (e.g. "adam-epsilon-inside-sqrt"); hint: teaches without giving the code;
    implementation: the wrong function, with the graded function's signature.
    """

    id: str
    hint: str
    implementation: Callable


@dataclass(frozen=True)
class ScalarTerm:
    """A number the reference computes as a known part plus a term (a regularized cost: compute_cost(A3, Y) plus the
    L2 term): a wrong result is explained by the term the student got beside the known part ("the L2 term is
    0.0173, expected 0.0087: × 2"). known: the known part from the case's arguments by name (trusted material code,
    e.g. the course helper); name: the term as the course names it."""

    name: str
    known: Callable[..., float]
    known_name: str = "the rest"
    nonnegative: bool = False  # the term cannot be negative: where it would be, the known part is what is wrong


@dataclass(frozen=True)
class Reading:
    """What a wrong result means in this exercise (a gradient-check difference of exactly 1: grad or gradapprox is
    all zeros; a learning rate worked backwards: the epoch count it used). test(got, expected, inputs), trusted
    material code on plain data (inputs: the case's arguments by name), returns False, True (then text is said) or
    a sentence of its own, said on public cases (it may quote the inputs); hidden cases are told text."""

    test: Callable[[object, object, dict], bool | str]
    text: str


@dataclass(frozen=True)
class Convention:
    """Another course generation's correct implementation, and how the feedback names it when a student's value is
    its and not the reference's (note: "the 2017 (v1) notebook's convention, the bias added to each product")."""

    implementation: Callable
    note: str


@dataclass(frozen=True)
class Exercise:
    """One graded function, named as the course names it, with its cases and points.

    accepted_prefixes: lengths of a shorter tuple that older course versions return
    (e.g. Adam returning (parameters, v, s) instead of five values); such a result is
    compared with the same prefix of the reference's result.
    provided: names set in the student's module before every call, each taken from the
    named course helper module (e.g. {"forward_propagation_n": "gc_utils"}), so that a
    graded function is judged with the course's own helpers.
    accepted: other correct implementations, for what another course generation returns differently
    (L_model_backward's dA1..dAL keys up to v5, dA0..dA{L-1} since): a case passes when the student's
    value matches the reference's or one of theirs; one given as a Convention is named in a note when it is the
    student's.
    """

    name: str
    points: float
    cases: tuple[Case, ...]
    tolerance: Tolerance = Tolerance()
    accepted_prefixes: tuple[int, ...] = ()
    provided: Mapping[str, str] = field(default_factory=dict)
    timeout: float | None = None
    misconceptions: tuple[KnownMistake, ...] = ()
    accepted: tuple[Callable | Convention, ...] = ()
    # the names older course generations gave the function (normalizeRows before 2021's normalize_rows)
    aliases: tuple[str, ...] = ()
    terms: tuple[ScalarTerm, ...] = ()     # how a scalar result decomposes, to say which part of it is wrong
    # the names of a tuple argument's items, for the feedback (`cache[10] (W3)`): {"cache": ("Z1", "A1", ...)}
    input_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    readings: tuple[Reading, ...] = ()     # exercise-specific meanings of a wrong result

    def __post_init__(self):
        ids = [case.id for case in self.cases]
        if len(set(ids)) != len(ids):
            raise ValueError(f"exercise {self.name}: case ids must be unique")


@dataclass(frozen=True)
class Assignment:
    """An assignment: its exercises in the order students meet them, and how its files are recognised.

    helpers_dir: the course helper modules (reg_utils, gc_utils, ...) that student code
    imports by name; they come first on the student process's path.
    course, week: where the specialization has it (course 1 week 2: "Python Basics with NumPy").
    file_names: the notebook's file names across course generations, without .ipynb ("Optimization_methods",
    "Optimization_methods_v1b"); titles: its first heading across generations ("Optimization Methods").
    """

    name: str
    title: str
    order: int
    exercises: tuple[Exercise, ...]
    helpers_dir: Path | None = None
    course: int | None = None
    week: int | None = None
    file_names: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
