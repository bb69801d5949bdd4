"""Grading material for the Regularization assignment: L2-regularized cost and backprop, dropout forward and backward."""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake, ScalarTerm

from . import misconceptions as wrong
from . import readings
from .reference import compute_cost, forward_propagation, forward_propagation_with_dropout

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


# the items of forward_propagation's cache (reg_utils) and of forward_propagation_with_dropout's, as they are built
CACHE = ("Z1", "A1", "W1", "b1", "Z2", "A2", "W2", "b2", "Z3", "A3", "W3", "b3")
DROPOUT_CACHE = ("Z1", "D1", "A1", "W1", "b1", "Z2", "D2", "A2", "W2", "b2", "Z3", "A3", "W3", "b3")

ASSIGNMENT = Assignment(
    name="regularization",
    title="Regularization",
    order=2,
    course=2,
    week=1,
    file_names=("Regularization",),
    titles=("Regularization",),
    exercises=(
        Exercise("compute_cost_with_regularization", points=2, cases=(
            _cost_case("course", 0.1, PUBLIC),
            _cost_case("x4x7", 0.7, HIDDEN),
            _cost_case("x2x9", 2.5, HIDDEN),
        ), misconceptions=(
            KnownMistake("l2-cost-missing-half", "The L2 term is lambd / 2m times the sum of squared weights; the 1/2 "
                         "is there so that its derivative, used in backprop, comes out without a factor 2.",
                         wrong.l2_cost_missing_half),
            KnownMistake("l2-cost-missing-1-over-m", "Like the cross-entropy part, the L2 penalty is averaged over the "
                         "m examples: it is scaled by 1/m as well as by lambd/2.", wrong.l2_cost_missing_1_over_m),
            KnownMistake("l2-cost-skips-output-layer", "L2 regularization penalizes every weight matrix of the "
                         "network, the output layer's W3 included (the biases are not penalized).",
                         wrong.l2_cost_skips_output_layer),
            KnownMistake("l2-cost-not-squared", "The penalty is the sum of the squares of the weights (the squared "
                         "Frobenius norm); summing the raw weights lets positive and negative ones cancel out.",
                         wrong.l2_cost_not_squared),
        ), terms=(ScalarTerm("the L2 regularization term", lambda A3, Y: compute_cost(A3, Y), "the cross-entropy part",
                             nonnegative=True),)),
        Exercise("backward_propagation_with_regularization", points=2, input_names={"cache": CACHE}, cases=(
            _backward_reg_case("course", 0.7, PUBLIC),
            _backward_reg_case("x4x7", 0.1, HIDDEN),
            _backward_reg_case("x2x9", 2.5, HIDDEN),
        ), misconceptions=(
            KnownMistake("l2-backward-missing-term", "The regularized cost has an extra term, so each dW[l] gets that "
                         "term's derivative added (proportional to W[l] itself); the biases' gradients are unchanged.",
                         wrong.l2_backward_missing_term),
            KnownMistake("l2-backward-half-term", "Differentiate the cost's L2 term: the 2 brought down by the square "
                         "cancels its 1/2, so the gradient term has no 1/2 left.", wrong.l2_backward_half_term),
            KnownMistake("l2-backward-missing-1-over-m", "The L2 term of the cost is averaged over the m examples, so "
                         "its derivative is divided by m as well.", wrong.l2_backward_missing_1_over_m),
        )),
        Exercise("forward_propagation_with_dropout", points=3, readings=readings.FORWARD_DROPOUT, cases=(
            _forward_dropout_case("course", 0.7, PUBLIC),
            _forward_dropout_case("x4x7", 0.86, HIDDEN),
            _forward_dropout_case("x2x9", None, HIDDEN),
            # keep_prob below 0.5: np.random.binomial(1, keep_prob) draws other masks than rand < keep_prob there
            # (above 0.5 it happens to give the same), and dividing by 1 - keep_prob is far from right
            _forward_dropout_case("x4x7", 0.4, HIDDEN),
        ), misconceptions=(
            KnownMistake("dropout-mask-direction", "A neuron is kept with probability keep_prob: with uniform numbers "
                         "in [0, 1) those are the values below keep_prob; keeping the values above it drops neurons "
                         "with probability keep_prob instead.", wrong.dropout_mask_direction),
            KnownMistake("dropout-no-rescale", "Inverted dropout divides the surviving activations by keep_prob, so "
                         "their expected value is the same as without dropout and nothing changes at test time.",
                         wrong.dropout_no_rescale),
            KnownMistake("dropout-randn-mask", "Keeping each neuron with probability keep_prob needs uniform numbers "
                         "in [0, 1) (np.random.rand); np.random.randn draws normal values, so the share of neurons "
                         "kept is wrong.", wrong.dropout_randn_mask),
        )),
        Exercise("backward_propagation_with_dropout", points=2, input_names={"cache": DROPOUT_CACHE}, cases=(
            _backward_dropout_case("course", 0.8, PUBLIC),
            _backward_dropout_case("x4x7", 0.86, HIDDEN),
            _backward_dropout_case("x2x9", 0.5, HIDDEN),
            _backward_dropout_case("x2x9", 0.35, HIDDEN),
            _backward_dropout_case("x4x7", 0.7, HIDDEN, bool_masks=True),
        ), misconceptions=(
            KnownMistake("dropout-backward-no-mask", "Neurons shut down in the forward pass did not contribute to the "
                         "output, so their gradients must be shut down too, with the same masks D1, D2 stored in the "
                         "cache.", wrong.dropout_backward_no_mask),
            KnownMistake("dropout-backward-no-rescale", "The forward pass divided the kept activations by keep_prob, "
                         "so the gradient flowing back through them is scaled by the same factor.",
                         wrong.dropout_backward_no_rescale),
            KnownMistake("dropout-backward-multiplies-keep-prob", "The backward pass scales dA1 and dA2 exactly as the "
                         "forward pass scaled A1 and A2: that was a division by keep_prob, not a multiplication.",
                         wrong.dropout_backward_multiplies_keep_prob),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent.parent / "helpers",
)
