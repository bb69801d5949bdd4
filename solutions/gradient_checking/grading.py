"""Cases, tolerances and points of the Gradient Checking assignment."""

import dataclasses
from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake, Reading, Tolerance

from . import misconceptions as wrong
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


def _check_n_case(case_id, seed, m, visibility, epsilon=None, gradients="course"):
    X, Y, parameters = _network(seed, m)
    grads = _course_gradients(X, Y, parameters) if gradients == "course" else _true_gradients(X, Y, parameters)
    kwargs = {} if epsilon is None else {"epsilon": epsilon}
    return Case(case_id, args=(parameters, grads, X, Y), kwargs=kwargs, visibility=visibility)


def _scalar_cases(with_epsilon):
    cases = [Case("x=2, theta=4", args=(2, 4)),
             Case("x=-3.5, theta=1.25", args=(-3.5, 1.25)),
             Case("x=0.3, theta=-7", args=(0.3, -7.0), visibility=HIDDEN),
             Case("x=1.5, theta=0", args=(1.5, 0.0), visibility=HIDDEN)]
    if with_epsilon:
        # gradient_check is graded on its own logic: the cost and its gradient are the material's (J = 3 theta x),
        # so that a wrong forward_propagation or backward_propagation of the student's costs its points once
        cases = [dataclasses.replace(case, id=f"J = 3 theta x, {case.id}",
                                     substitutes=_substitute("scaled_forward", "scaled_backward")) for case in cases]
        cases[1] = dataclasses.replace(cases[1], id="J = 3 theta x, x=-3.5, theta=1.25, epsilon=1e-4",
                                       kwargs={"epsilon": 1e-4})
        cases[2] = dataclasses.replace(cases[2], id="J = 3 theta x, x=0.3, theta=-7, epsilon=1e-2",
                                       kwargs={"epsilon": 1e-2})
    return tuple(cases)


def _substitute(forward, backward):
    """forward_propagation and backward_propagation replaced by gc_substitutes' functions during the call."""
    return {"forward_propagation": f"gc_substitutes:{forward}", "backward_propagation": f"gc_substitutes:{backward}"}


# Non-linear costs, where a one-sided difference, shifting x instead of theta or re-deriving J = theta * x
# inside gradient_check give other differences than the reference's.
NON_LINEAR_CASES = (
    # central differences are exact for a quadratic: the reference's difference is rounding noise,
    # a one-sided difference is off by about epsilon / (4 theta)
    Case("J = x * theta**2, x=1.5, theta=2, epsilon=1e-2", args=(1.5, 2.0), kwargs={"epsilon": 1e-2},
         substitutes=_substitute("quadratic_forward", "quadratic_backward")),
    # a backward pass that forgets the factor 2: the difference is 1/3
    Case("J = x * theta**2 with a buggy backward pass, x=3, theta=-1.5", args=(3.0, -1.5),
         substitutes=_substitute("quadratic_forward", "quadratic_backward_missing_2")),
    # J = x * exp(theta): the centered difference's truncation error gives a difference of about epsilon**2 / 12
    Case("J = x * exp(theta), x=-0.8, theta=0.5, epsilon=0.1", args=(-0.8, 0.5), kwargs={"epsilon": 0.1},
         substitutes=_substitute("exp_forward", "exp_backward"), visibility=HIDDEN),
    # grad and gradapprox of opposite signs: the difference is 1, and a denominator other than the sum of the norms
    # (the norm of their sum, the larger norm) is far from it
    Case("J = x * theta**2 with a backward pass of the wrong sign, x=2, theta=1.5", args=(2.0, 1.5),
         substitutes=_substitute("quadratic_forward", "quadratic_backward_negated"), visibility=HIDDEN),
)


# gradient_check_n must call the provided forward_propagation_n: in these cases it computes another cost
L2_COST = {"forward_propagation_n": "gc_substitutes:forward_propagation_n_with_l2"}


# What a wrong difference means: ||grad - gradapprox|| / (||grad|| + ||gradapprox||) lies in [0, 1], and is exactly 1
# when one of the two is all zeros.
DIFFERENCE_READINGS = (
    Reading(lambda got, expected, inputs: abs(float(got) - 1.0) < 1e-12 and abs(float(expected) - 1.0) > 1e-6,
            "a difference of exactly 1 means that grad or gradapprox is all zeros (J_plus equal to J_minus, or "
            "gradapprox never filled in)"),
    Reading(lambda got, expected, inputs: float(got) > 1.0 + 1e-9 or float(got) < 0,
            "the difference cannot be outside [0, 1] when it is ||grad - gradapprox|| / (||grad|| + ||gradapprox||): "
            "check the numerator, the denominator and the norms"),
)

ASSIGNMENT = Assignment(
    name="gradient_checking",
    title="Gradient Checking",
    order=3,
    course=2,
    week=1,
    file_names=("Gradient Checking", "Gradient_Checking"),
    titles=("Gradient Checking",),
    exercises=(
        Exercise("forward_propagation", points=1, cases=_scalar_cases(False)),
        Exercise("backward_propagation", points=1, cases=_scalar_cases(False), misconceptions=(
            KnownMistake("backward-returns-cost", "backward_propagation returns the derivative dJ/dtheta, not the cost "
                         "J: the rate at which J changes when theta changes.", wrong.backward_returns_cost),
            KnownMistake("backward-derivative-wrt-x", "The derivative is taken with respect to the parameter theta, "
                         "the value gradient descent updates, not with respect to the input x.",
                         wrong.backward_derivative_wrt_x),
        )),
        # J is linear in theta: the reference's difference is pure rounding noise (~1e-10).
        Exercise("gradient_check", points=2, cases=_scalar_cases(True) + NON_LINEAR_CASES,
                 tolerance=Tolerance(rtol=1e-5, atol=1e-7), readings=DIFFERENCE_READINGS, misconceptions=(
            KnownMistake("gradcheck-hardcoded", "gradient_check must test the functions it is given: call "
                         "forward_propagation and backward_propagation rather than writing J = theta * x and its "
                         "derivative again, or it can never find a bug in them.", wrong.gradcheck_hardcoded),
            KnownMistake("gradcheck-one-sided", "Use the two-sided difference, with J evaluated epsilon away on both "
                         "sides of theta: its error shrinks like epsilon squared, a one-sided difference's only like "
                         "epsilon.", wrong.gradcheck_one_sided),
            KnownMistake("gradcheck-perturbs-x", "Gradient checking approximates dJ/dtheta, so it is the parameter "
                         "theta that is shifted by epsilon; shifting the input x approximates dJ/dx instead.",
                         wrong.gradcheck_perturbs_x),
            KnownMistake("gradcheck-divides-by-epsilon", "J is evaluated epsilon away on either side of theta, two points 2 "
                         "epsilon apart, so the centered difference is divided by that distance; dividing by epsilon "
                         "doubles the approximation.", wrong.gradcheck_divides_by_epsilon),
            KnownMistake("gradcheck-operator-precedence", "Division binds tighter than subtraction: without "
                         "parentheses around J_plus - J_minus, only J_minus is divided.",
                         wrong.gradcheck_operator_precedence),
        )),
        # Each case runs forward_propagation_n 94 times (7 ms on a slow core): four cases cover the course's
        # gradients with an explicit epsilon, correct gradients, and another cost (public and hidden).
        Exercise("gradient_check_n", points=3, provided=GC_UTILS, readings=DIFFERENCE_READINGS, cases=(
            _check_n_case("course backward_propagation_n, m=10, epsilon=1e-3", 4, 10, PUBLIC, epsilon=1e-3),
            _check_n_case("correct gradients, m=6, epsilon=1e-2", 5, 6, HIDDEN, epsilon=1e-2, gradients="true"),
            # gradient_check_n must use the provided forward_propagation_n: here it computes another cost
            dataclasses.replace(
                _check_n_case("forward_propagation_n with an L2 term in the cost, m=4", 6, 4, PUBLIC),
                substitutes=L2_COST),
            # the same at hand-in: a check that computes the course's cost itself, not forward_propagation_n's,
            # finds these gradients right (a difference near 0 where the reference's is far from it)
            dataclasses.replace(
                _check_n_case("forward_propagation_n with an L2 term, gradients without it, m=7, epsilon=1e-3",
                              7, 7, HIDDEN, epsilon=1e-3, gradients="true"),
                substitutes=L2_COST),
        ), misconceptions=(
            KnownMistake("gradcheck-n-hardcoded", "Compute each cost with the provided forward_propagation_n on "
                         "vector_to_dictionary(theta): gradient checking must check the model's own cost function, "
                         "not a copy of it written into the check.", wrong.gradcheck_n_hardcoded),
            KnownMistake("gradcheck-n-one-sided", "Use the two-sided difference, J with parameter i shifted by "
                         "+epsilon minus J with it shifted by -epsilon: its error shrinks like epsilon squared, a "
                         "one-sided difference's only like epsilon.", wrong.gradcheck_n_one_sided),
            KnownMistake("gradcheck-n-divides-by-epsilon", "The two shifted parameter vectors are 2 epsilon apart in "
                         "parameter i, so the centered difference is divided by that distance; dividing by epsilon "
                         "doubles gradapprox.", wrong.gradcheck_n_divides_by_epsilon),
            KnownMistake("gradcheck-n-no-copy", "Assigning an array to a new name does not copy it: shifting "
                         "theta_plus[i] then changes parameters_values itself, so later evaluations start from a "
                         "perturbed vector. Shift a copy.", wrong.gradcheck_n_no_copy),
            KnownMistake("gradcheck-n-no-denominator", "The difference is relative: the norm of grad - gradapprox is "
                         "divided by the sum of their norms, so the result does not depend on the gradients' scale.",
                         wrong.gradcheck_n_no_denominator),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent.parent / "helpers",
)
