"""Cases, tolerances and points of the Building your Deep Neural Network: Step by Step assignment.

The functions that build on earlier ones are graded on their own logic: in their cases the earlier function is
replaced by a stand-in of dnn_step_by_step_substitutes (a deliberately different computation with the course
function's signature and return structure), so a mistake in linear_forward does not fail linear_activation_forward
too, and a student who does not call the function the exercise builds on is told so.
"""

import dataclasses
from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import accepted
from . import misconceptions as wrong

SUBSTITUTES = "dnn_step_by_step_substitutes"


def _stand_in(name, attribute):
    return {name: f"{SUBSTITUTES}:{attribute}"}


LINEAR_FORWARD = _stand_in("linear_forward", "linear_forward_shifted")
LINEAR_ACTIVATION_FORWARD = _stand_in("linear_activation_forward", "linear_activation_forward_leaky")
LINEAR_BACKWARD = _stand_in("linear_backward", "linear_backward_sums")
LINEAR_ACTIVATION_BACKWARD = _stand_in("linear_activation_backward", "linear_activation_backward_leaky")


def _course_rng(seed):
    """np.random.RandomState(seed) draws what np.random.seed(seed) then np.random.randn draws (the course's cases)."""
    return np.random.RandomState(seed)


# ---------------------------------------------------------------- initialization

def _init_cases():
    return (Case("n_x=3, n_h=2, n_y=1 (the notebook's test)", args=(3, 2, 1)),
            Case("n_x=4, n_h=3, n_y=2 (the notebook's second test)", args=(4, 3, 2)),
            Case("n_x=5, n_h=4, n_y=1", args=(5, 4, 1), visibility=HIDDEN),
            Case("n_x=2, n_h=6, n_y=3", args=(2, 6, 3), visibility=HIDDEN))


def _init_deep_cases():
    return (Case("layer_dims=[5, 4, 3] (the notebook's test)", args=([5, 4, 3],)),
            Case("layer_dims=[4, 3, 2] (the notebook's second test)", args=([4, 3, 2],)),
            Case("layer_dims=[3, 5, 2, 1]", args=([3, 5, 2, 1],), visibility=HIDDEN),
            Case("layer_dims=[6, 4, 4, 2, 1]", args=([6, 4, 4, 2, 1],), visibility=HIDDEN),
            Case("layer_dims=[2, 1] (one layer)", args=([2, 1],), visibility=HIDDEN))


# ---------------------------------------------------------------- forward propagation

def _linear_inputs(seed, n, n_prev, m):
    """A (n_prev, m), W (n, n_prev), b (n, 1), drawn in the course's order."""
    rng = _course_rng(seed)
    A = rng.randn(n_prev, m)
    W = rng.randn(n, n_prev)
    b = rng.randn(n, 1)
    return A, W, b


def _linear_forward_cases():
    return (Case("A (3, 2), W (1, 3), b (1, 1) (the notebook's test)", args=_linear_inputs(1, 1, 3, 2)),
            Case("A (4, 5), W (3, 4), b (3, 1)", args=_linear_inputs(11, 3, 4, 5), visibility=HIDDEN),
            Case("A (2, 3), W (5, 2), b (5, 1)", args=_linear_inputs(12, 5, 2, 3), visibility=HIDDEN),
            Case("A (6, 1), W (2, 6), b (2, 1): one example", args=_linear_inputs(13, 2, 6, 1), visibility=HIDDEN))


def _linear_activation_forward_cases():
    def case(case_id, inputs, activation, visibility=HIDDEN):
        return Case(f"{case_id}, {activation} (linear_forward replaced by a stand-in: Z = W A_prev + b + 0.5)",
                    args=(*inputs, activation), visibility=visibility, substitutes=LINEAR_FORWARD)
    course = _linear_inputs(2, 1, 3, 2)
    return (case("the notebook's test, A_prev (3, 2), W (1, 3)", course, "sigmoid", PUBLIC),
            case("the notebook's test, A_prev (3, 2), W (1, 3)", course, "relu", PUBLIC),
            case("A_prev (4, 5), W (3, 4)", _linear_inputs(21, 3, 4, 5), "relu"),
            case("A_prev (4, 5), W (3, 4)", _linear_inputs(21, 3, 4, 5), "sigmoid"),
            case("A_prev (2, 6), W (5, 2)", _linear_inputs(22, 5, 2, 6), "relu"))


def _network(seed, layer_dims, m):
    """X (layer_dims[0], m) and parameters W1, b1, ..., drawn in the course's order (X first, then W, b per layer)."""
    rng = _course_rng(seed)
    X = rng.randn(layer_dims[0], m)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.randn(layer_dims[l], layer_dims[l - 1])
        parameters["b" + str(l)] = rng.randn(layer_dims[l], 1)
    return X, parameters


def _L_model_forward_cases():
    def case(case_id, seed, layer_dims, m, visibility=HIDDEN):
        return Case(f"{case_id} (linear_activation_forward replaced by a stand-in: leaky ReLU for 'relu', "
                    f"0.5 + 0.5 Z / (1 + |Z|) for 'sigmoid', on Z = W A_prev + b + 0.5)",
                    args=_network(seed, layer_dims, m), visibility=visibility, substitutes=LINEAR_ACTIVATION_FORWARD)
    return (case("the notebook's test: layer_dims [5, 4, 3, 1], m=4", 6, [5, 4, 3, 1], 4, PUBLIC),
            case("layer_dims [4, 3, 1], m=2", 1, [4, 3, 1], 2),
            case("layer_dims [6, 5, 4, 3, 1], m=3", 31, [6, 5, 4, 3, 1], 3),
            case("layer_dims [3, 1] (one layer), m=5", 32, [3, 1], 5))


# ---------------------------------------------------------------- cost

def _cost_inputs(seed, m):
    rng = np.random.RandomState(seed)
    AL = 1 / (1 + np.exp(-rng.randn(1, m)))
    Y = (rng.rand(1, m) > 0.5).astype(int)
    return AL, Y


def _compute_cost_cases():
    return (Case("AL=[[.8, .9, .4]], Y=[[1, 1, 0]] (the notebook's test)",
                 args=(np.array([[.8, .9, 0.4]]), np.asarray([[1, 1, 0]]))),
            Case("AL=[[.8, .9, .4]], Y=[[1, 1, 1]] (the 2017-2020 notebook's test)",
                 args=(np.array([[.8, .9, 0.4]]), np.asarray([[1, 1, 1]]))),
            Case("m=5", args=_cost_inputs(41, 5), visibility=HIDDEN),
            Case("m=8", args=_cost_inputs(42, 8), visibility=HIDDEN))


# ---------------------------------------------------------------- backward propagation

def _linear_backward_inputs(seed, n_prev, m):
    """dZ (1, m) and the cache (A_prev (n_prev, m), W (1, n_prev), b (1, 1)) of a one-unit layer, in the course's
    order."""
    rng = _course_rng(seed)
    dZ = rng.randn(1, m)
    A = rng.randn(n_prev, m)
    W = rng.randn(1, n_prev)
    b = rng.randn(1, 1)
    return dZ, (A, W, b)


def _linear_backward_cases():
    # One-unit layers only: the 2017 notebook asserts isinstance(db, float), which a correct db passes only for
    # a layer of one unit (Exercise.accepted takes that db as a number); see the assignment's report.
    return (Case("dZ (1, 2), A_prev (3, 2) (the 2017-2020 notebook's test)", args=_linear_backward_inputs(1, 3, 2)),
            Case("dZ (1, 5), A_prev (4, 5)", args=_linear_backward_inputs(51, 4, 5), visibility=HIDDEN),
            Case("dZ (1, 3), A_prev (6, 3)", args=_linear_backward_inputs(52, 6, 3), visibility=HIDDEN),
            Case("dZ (1, 7), A_prev (2, 7)", args=_linear_backward_inputs(53, 2, 7), visibility=HIDDEN))


def _linear_activation_backward_inputs(seed, n, n_prev, m):
    """dA (n, m) and the cache ((A_prev (n_prev, m), W (n, n_prev), b (n, 1)), Z (n, m)), in the course's order."""
    rng = _course_rng(seed)
    dA = rng.randn(n, m)
    A = rng.randn(n_prev, m)
    W = rng.randn(n, n_prev)
    b = rng.randn(n, 1)
    Z = rng.randn(n, m)
    return dA, ((A, W, b), Z)


def _linear_activation_backward_cases():
    def case(case_id, inputs, activation, visibility=HIDDEN):
        return Case(f"{case_id}, {activation} (linear_backward replaced by a stand-in that sums over the examples "
                    f"instead of averaging)", args=(*inputs, activation), visibility=visibility,
                    substitutes=LINEAR_BACKWARD)
    course = _linear_activation_backward_inputs(2, 1, 3, 2)
    wide = _linear_activation_backward_inputs(61, 3, 5, 4)
    return (case("the notebook's test, dA (1, 2), A_prev (3, 2)", course, "sigmoid", PUBLIC),
            case("the notebook's test, dA (1, 2), A_prev (3, 2)", course, "relu", PUBLIC),
            case("dA (3, 4), A_prev (5, 4)", wide, "relu"),
            case("dA (3, 4), A_prev (5, 4)", wide, "sigmoid"),
            case("dA (2, 6), A_prev (4, 6)", _linear_activation_backward_inputs(62, 2, 4, 6), "relu"))


def _course_L_model_backward_inputs():
    """The notebook's L_model_backward_test_case (np.random.seed(3)): a random AL, Y [[1, 0]], two layers."""
    rng = _course_rng(3)
    AL = rng.randn(1, 2)
    Y = np.array([[1, 0]])
    caches = []
    for n, n_prev in ((3, 4), (1, 3)):
        A = rng.randn(n_prev, 2)
        W = rng.randn(n, n_prev)
        b = rng.randn(n, 1)
        Z = rng.randn(n, 2)
        caches.append(((A, W, b), Z))
    return AL, Y, tuple(caches)


def _forward_pass_inputs(seed, layer_dims, m):
    """AL, Y and the caches of a real [LINEAR->RELU]*(L-1)->LINEAR->SIGMOID forward pass on random data."""
    X, parameters = _network(seed, layer_dims, m)
    L = len(layer_dims) - 1
    caches, A = [], X
    for l in range(1, L + 1):
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        Z = np.dot(W, A) + b
        caches.append(((A, W, b), Z))
        A = np.maximum(0, Z) if l < L else 1 / (1 + np.exp(-Z))
    Y = (np.random.RandomState(seed + 1).rand(1, m) > 0.5).astype(int)
    return A, Y, caches


def _L_model_backward_cases():
    # Equal hidden widths within a case, so that reading the same dA on every layer gives wrong values (not a
    # shape error) and is recognised.
    def case(case_id, inputs, visibility=HIDDEN):
        return Case(f"{case_id} (linear_activation_backward replaced by a stand-in: other activation derivatives, "
                    f"sums instead of averages)", args=inputs, visibility=visibility,
                    substitutes=LINEAR_ACTIVATION_BACKWARD)
    return (case("the notebook's test: two layers, m=2", _course_L_model_backward_inputs(), PUBLIC),
            case("layer_dims [5, 4, 4, 1], m=3", _forward_pass_inputs(71, [5, 4, 4, 1], 3)),
            case("layer_dims [3, 5, 5, 5, 1], m=4", _forward_pass_inputs(72, [3, 5, 5, 5, 1], 4)),
            case("layer_dims [6, 2, 1], m=5", _forward_pass_inputs(73, [6, 2, 1], 5)),
            # three layers, so that the loop runs twice and layer 1 needs dA1, not dA2
            case("layer_dims [4, 3, 3, 1], m=3", _forward_pass_inputs(74, [4, 3, 3, 1], 3), PUBLIC))


# ---------------------------------------------------------------- update

def _course_update_inputs():
    """The notebook's update_parameters_test_case: parameters after np.random.seed(2), grads after seed(3)."""
    rng = _course_rng(2)
    shapes = (("1", (3, 4), (3, 1)), ("2", (1, 3), (1, 1)))
    parameters = {}
    for l, W_shape, b_shape in shapes:
        parameters["W" + l] = rng.randn(*W_shape)
        parameters["b" + l] = rng.randn(*b_shape)
    rng = _course_rng(3)
    grads = {}
    for l, W_shape, b_shape in shapes:
        grads["dW" + l] = rng.randn(*W_shape)
        grads["db" + l] = rng.randn(*b_shape)
    return parameters, grads


def _parameters_and_grads(seed, layer_dims):
    rng = np.random.RandomState(seed)
    parameters, grads = {}, {}
    for l in range(1, len(layer_dims)):
        for kind, shape in (("W", (layer_dims[l], layer_dims[l - 1])), ("b", (layer_dims[l], 1))):
            parameters[kind + str(l)] = rng.randn(*shape)
            grads["d" + kind + str(l)] = rng.randn(*shape)
    return parameters, grads


def _update_cases():
    return (Case("two layers, learning_rate=0.1 (the notebook's test)", args=(*_course_update_inputs(), 0.1)),
            Case("layer_dims [4, 3, 2, 1], learning_rate=0.05",
                 args=(*_parameters_and_grads(81, [4, 3, 2, 1]), 0.05), visibility=HIDDEN),
            Case("layer_dims [3, 5, 4, 3, 2], learning_rate=0.5",
                 args=(*_parameters_and_grads(82, [3, 5, 4, 3, 2]), 0.5), visibility=HIDDEN),
            Case("layer_dims [5, 1] (one layer), learning_rate=1.2",
                 args=(*_parameters_and_grads(83, [5, 1]), 1.2), visibility=HIDDEN))


ASSIGNMENT = Assignment(
    name="dnn_step_by_step",
    title="Building your Deep Neural Network: Step by Step",
    order=1,
    course=1,
    week=4,
    file_names=(
        "Building your Deep Neural Network - Step by Step",            # 2017
        "Building+your+Deep+Neural+Network+-+Step+by+Step",            # the same, as Coursera's download names it
        "Building your Deep Neural Network - Step by Step v3",
        "Building+your+Deep+Neural+Network+-+Step+by+Step+v3",
        "Building+your+Deep+Neural+Network+-+Step+by+Step+v4",
        "Building your Deep Neural Network - Step by Step v5",
        "Building+your+Deep+Neural+Network+-+Step+by+Step+v5",
        "Building+your+Deep+Neural+Network+-+Step+by+Step+v7",
        "Building your Deep Neural Network - Step by Step v8",
        "Building+your+Deep+Neural+Network+-+Step+by+Step+v8",
        "Building_your_Deep_Neural_Network_Step_by_Step_v8",
        "Building_your_Deep_Neural_Network_Step_by_Step_v8a",          # 2019-2020
        "Building_your_Deep_Neural_Network_Step_by_Step",              # 2021+
    ),
    titles=("Building your Deep Neural Network: Step by Step", "Building Your Deep Neural Network: Step by Step"),
    exercises=(
        Exercise("initialize_parameters", points=1, cases=_init_cases(), misconceptions=(
            KnownMistake("init-2layer-transposed-weights", "W1 maps the n_x inputs to the n_h hidden units, so it has "
                         "one row per unit of the layer it feeds: shape (n_h, n_x), and W2 (n_y, n_h).",
                         wrong.init_2layer_transposed_weights),
            KnownMistake("init-2layer-no-scaling", "The weights are small random numbers: multiply the standard normal "
                         "draws by 0.01, so that the units do not start in the flat parts of the activations.",
                         wrong.init_2layer_no_scaling),
            KnownMistake("init-2layer-rank1-bias", "np.zeros(n) is a rank-1 array of shape (n,); the biases are column "
                         "vectors, so pass the shape as a tuple (n, 1).", wrong.init_2layer_rank1_bias),
        )),
        Exercise("initialize_parameters_deep", points=2, cases=_init_deep_cases(), misconceptions=(
            KnownMistake("init-deep-transposed-weights", "W[l] takes the n[l-1] activations of the previous layer to "
                         "the n[l] units of layer l: its shape is (layer_dims[l], layer_dims[l-1]), rows first.",
                         wrong.init_deep_transposed_weights),
            KnownMistake("init-deep-rank1-bias", "np.zeros(layer_dims[l]) is a rank-1 array of shape (n,); b[l] is a "
                         "column vector of shape (layer_dims[l], 1), so pass the shape as a tuple.",
                         wrong.init_deep_rank1_bias),
            KnownMistake("init-deep-uniform-rand", "np.random.rand draws uniformly from [0, 1), all positive; the "
                         "weights here are standard normal draws, np.random.randn, scaled by 0.01.",
                         wrong.init_deep_uniform_rand),
            KnownMistake("init-deep-sqrt-scaling", "Dividing by the square root of the previous layer's size is the "
                         "scaling of the next assignment's helper; this exercise asks for the standard normal draws "
                         "times 0.01.", wrong.init_deep_sqrt_scaling),
        )),
        Exercise("linear_forward", points=1, cases=_linear_forward_cases(), misconceptions=(
            KnownMistake("linear-forward-no-bias", "The linear part is Z = W A + b: the bias b, a column vector, is "
                         "added to every column (every example) of W A by broadcasting.", wrong.linear_forward_no_bias),
            KnownMistake("linear-forward-applies-activation", "linear_forward returns the pre-activation Z = W A + b, "
                         "negative values included; the activation (ReLU or sigmoid) is applied afterwards, in "
                         "linear_activation_forward.", wrong.linear_forward_applies_activation),
        )),
        Exercise("linear_activation_forward", points=2, cases=_linear_activation_forward_cases(),
                 provided={"sigmoid": "dnn_utils", "relu": "dnn_utils"}, misconceptions=(
            KnownMistake("laf-activations-swapped", "Each branch applies the activation it is named after: the "
                         "'sigmoid' branch calls sigmoid(Z) and the 'relu' branch relu(Z).",
                         wrong.laf_activations_swapped),
            KnownMistake("laf-sigmoid-in-both-branches", "The 'relu' branch still calls sigmoid (copied from the "
                         "branch above?): it must call relu(Z).", wrong.laf_sigmoid_in_both_branches),
            KnownMistake("laf-does-not-use-linear-forward", "Get Z and the linear cache from your own "
                         "linear_forward, as the instructions ask, rather than writing the linear step again: a layer "
                         "is built from the functions you already wrote.",
                         wrong.laf_does_not_use_linear_forward),
        )),
        Exercise("L_model_forward", points=3, cases=_L_model_forward_cases(), misconceptions=(
            KnownMistake("lforward-relu-output-layer", "Only the L-1 hidden layers use ReLU: the loop runs over "
                         "range(1, L), which stops before L, and the output layer L is LINEAR -> SIGMOID, so that AL "
                         "is a probability.", wrong.lforward_relu_output_layer),
            KnownMistake("lforward-sigmoid-hidden-layers", "The hidden layers 1 .. L-1 use activation 'relu'; only the "
                         "output layer uses 'sigmoid'.", wrong.lforward_sigmoid_hidden_layers),
            KnownMistake("lforward-last-cache-missing", "caches holds one cache per layer, L in all: append the output "
                         "layer's cache too, since L_model_backward starts from it.",
                         wrong.lforward_last_cache_missing),
        )),
        Exercise("compute_cost", points=2, cases=_compute_cost_cases(), misconceptions=(
            KnownMistake("cost-not-averaged", "The cost is the average loss over the m examples: the sum is "
                         "multiplied by 1/m.", wrong.cost_not_averaged),
            KnownMistake("cost-missing-negative-class", "Cross-entropy has a term for each label value: "
                         "y log(a) for the examples labelled 1 and (1 - y) log(1 - a) for those labelled 0.",
                         wrong.cost_missing_negative_class),
            KnownMistake("cost-sign-flipped", "The logarithms of probabilities are negative, so the cost carries a "
                         "minus sign to be positive: J = -1/m sum(...).", wrong.cost_sign_flipped),
            KnownMistake("cost-outer-product", "Y and AL are both row vectors of shape (1, m): a column times a row "
                         "(Y.T first) is an (m, m) matrix of every pair of examples. Multiply elementwise and sum, or "
                         "take the dot product of a row with a column (transpose the second factor).",
                         wrong.cost_outer_product),
            KnownMistake("cost-not-squeezed", "np.dot of a (1, m) row with an (m, 1) column is a (1, 1) array; the cost "
                         "is a number, which np.squeeze gives.", wrong.cost_not_squeezed),
        )),
        # Every case has a one-unit layer: see _linear_backward_cases. accepted: the 2017 notebook's db as a number.
        Exercise("linear_backward", points=2, cases=_linear_backward_cases(),
                 accepted=(accepted.linear_backward_2017,), misconceptions=(
            KnownMistake("lb-db-no-keepdims", "np.sum(dZ, axis=1) drops the summed axis and gives a rank-1 array of "
                         "shape (n,); keepdims=True keeps db a column of shape (n, 1), the shape of b.",
                         wrong.lb_db_no_keepdims),
            KnownMistake("lb-db-summed-over-units", "db sums dZ over the examples, which are its columns (axis=1), "
                         "one value per unit: axis=0 sums over the units instead, one value per example.",
                         wrong.lb_db_summed_over_units),
            KnownMistake("lb-not-averaged", "The cost averages over the m examples, so both dW and db carry the factor "
                         "1/m.", wrong.lb_not_averaged),
            KnownMistake("lb-db-not-averaged", "db averages dZ over the m examples, like dW: it carries the factor "
                         "1/m too.", wrong.lb_db_not_averaged),
            KnownMistake("lb-da-prev-averaged", "dA_prev = W^T dZ is a gradient for each example, with no 1/m: only "
                         "the parameters' gradients dW and db average over the examples.", wrong.lb_da_prev_averaged),
        )),
        Exercise("linear_activation_backward", points=2, cases=_linear_activation_backward_cases(),
                 provided={"sigmoid_backward": "dnn_utils", "relu_backward": "dnn_utils"}, misconceptions=(
            KnownMistake("lab-derivatives-swapped", "Each branch uses the derivative of its own activation: "
                         "relu_backward in the 'relu' branch, sigmoid_backward in the 'sigmoid' branch.",
                         wrong.lab_derivatives_swapped),
            KnownMistake("lab-sigmoid-in-both-branches", "The 'relu' branch still calls sigmoid_backward (copied from "
                         "the other branch?): it must call relu_backward.", wrong.lab_sigmoid_in_both_branches),
            KnownMistake("lab-skips-activation-derivative", "linear_backward takes dZ, not dA: first go back through "
                         "the activation, dZ = dA * g'(Z) with relu_backward or sigmoid_backward and the activation "
                         "cache, and only then through the linear part.",
                         wrong.lab_skips_activation_derivative),
        )),
        # accepted: up to v5 the notebook stored the gradient of A[l-1] under "dA" + str(l) (keys dA1 .. dAL)
        Exercise("L_model_backward", points=3, cases=_L_model_backward_cases(),
                 accepted=(accepted.L_model_backward_v5,), misconceptions=(
            KnownMistake("lbackward-sigmoid-every-layer", "Only the output layer is LINEAR -> SIGMOID; the layers "
                         "L-1 .. 1 in the loop are LINEAR -> RELU, so they go back with activation 'relu'.",
                         wrong.lbackward_sigmoid_every_layer),
            KnownMistake("lbackward-same-dal-every-layer", "Each layer goes back from the gradient of its own output: "
                         "layer l+1 takes grads[\"dA\" + str(l + 1)], which the layer after it just computed, not dAL.",
                         wrong.lbackward_same_dal_every_layer),
            KnownMistake("lbackward-reads-last-da", "In the loop, layer l+1 reads grads[\"dA\" + str(l + 1)], which "
                         "changes with l; reading grads[\"dA\" + str(L-1)] feeds the same gradient to every layer.",
                         wrong.lbackward_reads_last_da),
            KnownMistake("lbackward-dal-sign-flipped", "dAL is the derivative of the cost, "
                         "-(Y / AL - (1 - Y) / (1 - AL)): keep the leading minus sign.",
                         wrong.lbackward_dal_sign_flipped),
            KnownMistake("lbackward-dal-averaged", "dAL is the derivative of each example's loss, with no 1/m: the "
                         "average over the examples is taken once, in linear_backward's dW and db.",
                         wrong.lbackward_dal_averaged),
        )),
        Exercise("update_parameters", points=1, cases=_update_cases(), misconceptions=(
            KnownMistake("update-skips-last-layer", "Layers are numbered 1 to L and range stops before its end value: "
                         "a loop that ends at L never updates the output layer.", wrong.update_skips_last_layer),
            KnownMistake("update-plus-sign", "The gradient points uphill, towards a larger cost: gradient descent "
                         "steps against it, W = W - learning_rate * dW.", wrong.update_plus_sign),
            KnownMistake("update-forgets-bias", "Every layer has two parameters to update, W and b, each with its own "
                         "gradient dW and db.", wrong.update_forgets_bias),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent / "helpers",
)
