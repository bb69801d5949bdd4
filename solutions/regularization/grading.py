"""Grading material for the Regularization assignment: L2-regularized cost and backprop, dropout forward and backward."""

from pathlib import Path

import numpy as np

from grader.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise

from .reference import forward_propagation, forward_propagation_with_dropout

# (seed, input size, examples, layer sizes): the course's X (3, 5) with layers 2, 3, 1, then others.
SHAPES = {
    "course": (1, 3, 5, (2, 3, 1)),
    "x4x7": (7, 4, 7, (5, 3, 1)),
    "x2x9": (11, 2, 9, (6, 4, 1)),
}


def _setup(name):
    """X, Y and parameters on a fixed seed, drawn as the course's test cases draw them."""
    seed, n_x, m, (n1, n2, n3) = SHAPES[name]
    rng = np.random.RandomState(seed)
    X = rng.randn(n_x, m)
    if name == "course":
        Y = np.array([[1, 1, 0, 1, 0]])
    else:
        Y = (np.arange(m).reshape(1, m) * 7 + seed) % 3 % 2
    parameters = {}
    for l, (rows, cols) in enumerate([(n1, n_x), (n2, n1), (n3, n2)], start=1):
        parameters["W" + str(l)] = rng.randn(rows, cols)
        parameters["b" + str(l)] = rng.randn(rows, 1)
    if name != "course":
        for l, fan_in in zip((1, 2, 3), (n_x, n1, n2)):
            parameters["W" + str(l)] *= np.sqrt(2. / fan_in)
            parameters["b" + str(l)] *= 0.5
    return X, Y, parameters


def _cost_case(name, lambd, visibility):
    X, Y, parameters = _setup(name)
    A3, _ = forward_propagation(X, parameters)
    if name == "course":  # the course's own test case: weights drawn right after seed 1, A3 given
        rng = np.random.RandomState(1)
        parameters = {key: rng.randn(*parameters[key].shape) for key in ("W1", "b1", "W2", "b2", "W3", "b3")}
        A3 = np.array([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
    return Case(f"{name}_lambd_{lambd}", args=(A3, Y, parameters, lambd), visibility=visibility)


def _backward_reg_case(name, lambd, visibility):
    X, Y, parameters = _setup(name)
    _, cache = forward_propagation(X, parameters)
    return Case(f"{name}_lambd_{lambd}", args=(X, Y, cache, lambd), visibility=visibility)


def _forward_dropout_case(name, keep_prob, visibility):
    X, _, parameters = _setup(name)
    if keep_prob is None:
        return Case(f"{name}_default_keep_prob", args=(X, parameters), visibility=visibility)
    return Case(f"{name}_keep_prob_{keep_prob}", args=(X, parameters), kwargs={"keep_prob": keep_prob},
                visibility=visibility)


def _backward_dropout_case(name, keep_prob, visibility, bool_masks=False):
    X, Y, parameters = _setup(name)
    _, cache = forward_propagation_with_dropout(X, parameters, keep_prob=keep_prob)
    suffix = ""
    if bool_masks:  # the course's own test case stores the masks as booleans
        cache = tuple(item.astype(bool) if index in (1, 6) else item for index, item in enumerate(cache))
        suffix = "_bool_masks"
    return Case(f"{name}_keep_prob_{keep_prob}{suffix}", args=(X, Y, cache, keep_prob), visibility=visibility)


ASSIGNMENT = Assignment(
    name="regularization",
    title="Regularization",
    order=2,
    exercises=(
        Exercise("compute_cost_with_regularization", points=2, cases=(
            _cost_case("course", 0.1, PUBLIC),
            _cost_case("x4x7", 0.7, HIDDEN),
            _cost_case("x2x9", 2.5, HIDDEN),
        )),
        Exercise("backward_propagation_with_regularization", points=2, cases=(
            _backward_reg_case("course", 0.7, PUBLIC),
            _backward_reg_case("x4x7", 0.1, HIDDEN),
            _backward_reg_case("x2x9", 2.5, HIDDEN),
        )),
        Exercise("forward_propagation_with_dropout", points=3, cases=(
            _forward_dropout_case("course", 0.7, PUBLIC),
            _forward_dropout_case("x4x7", 0.86, HIDDEN),
            _forward_dropout_case("x2x9", None, HIDDEN),
        )),
        Exercise("backward_propagation_with_dropout", points=2, cases=(
            _backward_dropout_case("course", 0.8, PUBLIC),
            _backward_dropout_case("x4x7", 0.86, HIDDEN),
            _backward_dropout_case("x2x9", 0.5, HIDDEN),
            _backward_dropout_case("x4x7", 0.7, HIDDEN, bool_masks=True),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent.parent / "helpers",
)
