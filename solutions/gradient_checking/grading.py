"""Cases, tolerances and points of the Gradient Checking assignment."""

from pathlib import Path

import numpy as np

from grader.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, Tolerance

from .reference import backward_propagation_n, forward_propagation_n

SHAPES = (("W1", (5, 4)), ("b1", (5, 1)), ("W2", (3, 5)), ("b2", (3, 1)), ("W3", (1, 3)), ("b3", (1, 1)))

GC_UTILS = {"forward_propagation_n": "gc_utils", "backward_propagation_n": "gc_utils",
            "dictionary_to_vector": "gc_utils", "vector_to_dictionary": "gc_utils",
            "gradients_to_vector": "gc_utils"}


def _network(seed, m):
    """X (4, m), Y (1, m) of 0/1 and parameters of the fixed shapes, from one seed."""
    rng = np.random.RandomState(seed)
    X = rng.randn(4, m)
    Y = (rng.rand(1, m) > 0.5).astype(float)
    parameters = {name: rng.randn(*shape) for name, shape in SHAPES}
    return X, Y, parameters


def _course_gradients(X, Y, parameters):
    """The gradients of the course's backward_propagation_n (with its deliberate mistakes)."""
    _, cache = forward_propagation_n(X, Y, parameters)
    return backward_propagation_n(X, Y, cache)


def _true_gradients(X, Y, parameters):
    """The correct gradients of forward_propagation_n's cost (no deliberate mistakes)."""
    gradients = _course_gradients(X, Y, parameters)
    m = X.shape[1]
    gradients["dW2"] = gradients["dW2"] / 2
    gradients["db1"] = 1. / m * np.sum(gradients["dZ1"], axis=1, keepdims=True)
    return gradients


def _check_n_case(case_id, seed, m, visibility, epsilon=None, gradients="course", gradient_seed=None):
    X, Y, parameters = _network(seed, m)
    if gradients == "course":
        grads = _course_gradients(X, Y, parameters)
    elif gradients == "true":
        grads = _true_gradients(X, Y, parameters)
    elif gradients == "other_seed":
        _, _, other = _network(gradient_seed, m)
        grads = _course_gradients(X, Y, other)
    else:  # "scaled_db3": a single wrong entry
        grads = _course_gradients(X, Y, parameters)
        grads = dict(grads, db3=grads["db3"] * 3.0)
    kwargs = {} if epsilon is None else {"epsilon": epsilon}
    return Case(case_id, args=(parameters, grads, X, Y), kwargs=kwargs, visibility=visibility)


def _scalar_cases(with_epsilon):
    cases = [Case("x=2, theta=4", args=(2, 4)),
             Case("x=-3.5, theta=1.25", args=(-3.5, 1.25)),
             Case("x=0.3, theta=-7", args=(0.3, -7.0), visibility=HIDDEN),
             Case("x=1.5, theta=0", args=(1.5, 0.0), visibility=HIDDEN)]
    if with_epsilon:
        cases[1] = Case("x=-3.5, theta=1.25, epsilon=1e-4", args=(-3.5, 1.25), kwargs={"epsilon": 1e-4})
        cases[2] = Case("x=0.3, theta=-7, epsilon=1e-2", args=(0.3, -7.0), kwargs={"epsilon": 1e-2},
                        visibility=HIDDEN)
    return tuple(cases)


ASSIGNMENT = Assignment(
    name="gradient_checking",
    title="Gradient Checking",
    order=3,
    exercises=(
        Exercise("forward_propagation", points=1, cases=_scalar_cases(False)),
        Exercise("backward_propagation", points=1, cases=_scalar_cases(False)),
        # J is linear in theta: the reference's difference is pure rounding noise (~1e-10).
        Exercise("gradient_check", points=2, cases=_scalar_cases(True), tolerance=Tolerance(rtol=1e-5, atol=1e-7)),
        Exercise("gradient_check_n", points=3, provided=GC_UTILS, cases=(
            _check_n_case("course backward_propagation_n, m=3", 1, 3, PUBLIC),
            _check_n_case("course backward_propagation_n, m=10, epsilon=1e-3", 4, 10, PUBLIC, epsilon=1e-3),
            _check_n_case("gradients of other parameters, m=5", 2, 5, HIDDEN, gradients="other_seed",
                          gradient_seed=7),
            _check_n_case("db3 scaled by 3, m=8", 3, 8, HIDDEN, gradients="scaled_db3"),
            _check_n_case("correct gradients, m=6, epsilon=1e-2", 5, 6, HIDDEN, epsilon=1e-2, gradients="true"),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent.parent / "helpers",
)
