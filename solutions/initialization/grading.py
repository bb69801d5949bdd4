"""Grading material for the Initialization assignment: cases and points for the three initializations."""

from pathlib import Path

from grader.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise

# Non-square layer sizes, so a transposed W, a fan-out scale or rank-1 biases all show.
LAYERS = {
    "3-2-1": [3, 2, 1],
    "4-5-3-1": [4, 5, 3, 1],
    "2-7-1": [2, 7, 1],
    "2-10-5-1": [2, 10, 5, 1],
}


def _cases(public: str = "3-2-1"):
    return tuple(Case(f"layers_{name}", args=(list(dims),), visibility=PUBLIC if name == public else HIDDEN)
                 for name, dims in LAYERS.items())


ASSIGNMENT = Assignment(
    name="initialization",
    title="Initialization",
    order=1,
    exercises=(
        Exercise("initialize_parameters_zeros", points=1, cases=_cases()),
        Exercise("initialize_parameters_random", points=1, cases=_cases()),
        Exercise("initialize_parameters_he", points=2, cases=_cases()),
    ),
    helpers_dir=Path(__file__).resolve().parent.parent / "helpers",
)
