"""Cases, tolerances and points of the Planar data classification with one hidden layer assignment."""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong
from .reference import forward_propagation

SUBSTITUTES = "planar_classification_substitutes"
# nn_model is graded on its own logic: the functions it calls are another network's (see the helper module), the
# same for the student's nn_model, the reference's and the known mistakes'
NETWORK = {name: f"{SUBSTITUTES}:{name}" for name in (
    "layer_sizes", "initialize_parameters", "forward_propagation", "compute_cost", "backward_propagation",
    "update_parameters")}
# predict too: its forward_propagation is the other network's
FORWARD = {"forward_propagation": f"{SUBSTITUTES}:forward_propagation"}


def _parameters(rng, n_x, n_h, n_y=1, scale=1.0):
    return {"W1": scale * rng.randn(n_h, n_x), "b1": rng.randn(n_h, 1),
            "W2": scale * rng.randn(n_y, n_h), "b2": rng.randn(n_y, 1)}


def _labels(rng, m, boolean=True):
    Y = rng.rand(1, m) > 0.5
    Y[0, :2] = (True, False)  # both classes present
    return Y if boolean else Y.astype(float)


# The course's own test inputs (testCases_v2 and, since 2021, public_tests), built as the course builds them.

def _course_layer_sizes():
    rng = np.random.RandomState(1)  # the numbers np.random.seed(1) gives, without touching the global state
    return rng.randn(5, 3), rng.randn(2, 3)


def _course_forward():
    rng = np.random.RandomState(1)
    X = rng.randn(2, 3)
    b1 = rng.randn(4, 1)
    parameters = {"W1": np.array([[-0.00416758, -0.00056267], [-0.02136196, 0.01640271],
                                  [-0.01793436, -0.00841747], [0.00502881, -0.01245288]]),
                  "W2": np.array([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]),
                  "b1": b1, "b2": np.array([[-1.3]])}
    return X, parameters


COURSE_W1 = np.array([[-0.00416758, -0.00056267], [-0.02136196, 0.01640271],
                      [-0.01793436, -0.00841747], [0.00502881, -0.01245288]])
COURSE_W2 = np.array([[-0.01057952, -0.00909008, 0.00551454, 0.02292208]])


def _course_cost(m):
    Y = np.random.RandomState(1).randn(1, m) > 0
    A2 = np.array([[0.5002307, 0.49985831, 0.50023963, 0.25, 0.7]])[:, :m]
    parameters = {"W1": COURSE_W1, "W2": COURSE_W2, "b1": np.zeros((4, 1)), "b2": np.zeros((1, 1))}
    return A2, Y, parameters


def _course_backward():
    rng = np.random.RandomState(1)
    X = rng.randn(2, 3)
    Y = rng.randn(1, 3) > 0
    parameters = {"W1": COURSE_W1, "W2": COURSE_W2, "b1": np.zeros((4, 1)), "b2": np.zeros((1, 1))}
    cache = {"A1": np.array([[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
                             [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]]),
             "A2": np.array([[0.5002307, 0.49985831, 0.50023963]]),
             "Z1": np.array([[-0.00616586, 0.0020626, 0.0034962], [-0.05229879, 0.02726335, -0.02646869],
                             [-0.02009991, 0.00368692, 0.02884556], [0.02153007, -0.01385322, 0.02600471]]),
             "Z2": np.array([[0.00092281, -0.00056678, 0.00095853]])}
    return parameters, cache, X, Y


def _course_update():
    parameters = {"W1": np.array([[-0.00615039, 0.0169021], [-0.02311792, 0.03137121],
                                  [-0.0169217, -0.01752545], [0.00935436, -0.05018221]]),
                  "W2": np.array([[-0.0104319, -0.04019007, 0.01607211, 0.04440255]]),
                  "b1": np.array([[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.54560700e-06]]),
                  "b2": np.array([[9.14954378e-05]])}
    grads = {"dW1": np.array([[0.00023322, -0.00205423], [0.00082222, -0.00700776],
                              [-0.00031831, 0.0028636], [-0.00092857, 0.00809933]]),
             "dW2": np.array([[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]]),
             "db1": np.array([[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]]),
             "db2": np.array([[-1.08923140e-05]])}
    return parameters, grads


def _course_nn_model():
    rng = np.random.RandomState(1)
    return rng.randn(2, 3), rng.randn(1, 3) > 0


def _course_predict():
    return _course_update()[0], np.random.RandomState(1).randn(2, 3)


# Cases of each exercise

def _layer_sizes_cases():
    rng = np.random.RandomState(11)
    return (Case("course test case: X (5, 3), Y (2, 3)", args=_course_layer_sizes()),
            Case("X (7, 5), Y (5, 5)", args=(rng.randn(7, 5), rng.randn(5, 5))),
            Case("X (2, 400), Y (1, 400)", args=(rng.randn(2, 400), _labels(rng, 400, boolean=False)),
                 visibility=HIDDEN),
            Case("X (12, 6), Y (3, 6)", args=(rng.randn(12, 6), rng.randn(3, 6)), visibility=HIDDEN))


def _initialize_cases():
    # 2021+ leaves np.random.seed(2) to the caller, earlier versions call it inside: both give these values
    return (Case("course test case: n_x=2, n_h=4, n_y=1", args=(2, 4, 1), seed=2),
            Case("n_x=3, n_h=5, n_y=2", args=(3, 5, 2), seed=2),
            Case("n_x=5, n_h=3, n_y=2", args=(5, 3, 2), seed=2, visibility=HIDDEN),
            Case("n_x=4, n_h=7, n_y=3", args=(4, 7, 3), seed=2, visibility=HIDDEN))


def _forward_cases():
    rng = np.random.RandomState(21)
    return (Case("course test case: X (2, 3), n_h=4", args=_course_forward()),
            Case("X (3, 7), n_h=5", args=(rng.randn(3, 7), _parameters(rng, 3, 5)), visibility=HIDDEN),
            Case("X (4, 10), n_h=2", args=(rng.randn(4, 10), _parameters(rng, 4, 2, scale=0.7)),
                 visibility=HIDDEN))


def _cost_cases():
    rng = np.random.RandomState(31)

    def case(case_id, A2, Y, parameters, visibility=PUBLIC):
        # before 2021 the signature is compute_cost(A2, Y, parameters)
        return Case(case_id, args=(A2, Y), optional_kwargs={"parameters": parameters}, visibility=visibility)

    return (case("course test case: 3 examples, boolean Y", *_course_cost(3)),
            case("course public test: 5 examples, boolean Y", *_course_cost(5)),
            case("8 examples, Y of floats", rng.uniform(0.05, 0.95, (1, 8)), _labels(rng, 8, boolean=False),
                 _parameters(rng, 2, 4), HIDDEN),
            case("13 examples, boolean Y", rng.uniform(0.01, 0.99, (1, 13)), _labels(rng, 13),
                 _parameters(rng, 3, 5), HIDDEN))


def _backward_case(case_id, seed, n_x, n_h, m, boolean=True, visibility=HIDDEN):
    """A consistent cache: the one forward_propagation computes for these parameters."""
    rng = np.random.RandomState(seed)
    X = rng.randn(n_x, m)
    parameters = _parameters(rng, n_x, n_h)
    Y = _labels(rng, m, boolean)
    _, cache = forward_propagation(X, parameters)
    return Case(case_id, args=(parameters, cache, X, Y), visibility=visibility)


def _backward_cases():
    return (Case("course test case: X (2, 3), n_h=4", args=_course_backward()),
            _backward_case("X (3, 7), n_h=5, boolean Y", 41, 3, 5, 7),
            _backward_case("X (4, 9), n_h=6, Y of floats", 42, 4, 6, 9, boolean=False),
            # weights of unit scale: Z1 is far from 0, where tanh(Z1) differs from Z1 (the course's Z1 are tiny)
            _backward_case("X (2, 5), n_h=3, boolean Y", 43, 2, 3, 5, visibility=PUBLIC))


def _update_inputs(seed, n_x, n_h):
    """Parameters and gradients of their shapes, from one seed."""
    rng = np.random.RandomState(seed)
    parameters = _parameters(rng, n_x, n_h)
    return parameters, {"d" + key: 0.1 * rng.randn(*value.shape) for key, value in parameters.items()}


def _update_cases():
    rng = np.random.RandomState(51)

    def grads(parameters):
        return {"d" + key: 0.1 * rng.randn(*value.shape) for key, value in parameters.items()}

    p1, p2, p3 = _parameters(rng, 3, 5), _parameters(rng, 4, 2), _parameters(rng, 2, 6, n_y=2)
    return (Case("course test case, default learning_rate", args=_course_update()),
            Case("n_x=3, n_h=5, learning_rate=0.5", args=(p1, grads(p1)), kwargs={"learning_rate": 0.5},
                 visibility=HIDDEN),
            Case("n_x=4, n_h=2, default learning_rate", args=(p2, grads(p2)), visibility=HIDDEN),
            Case("n_x=2, n_h=6, n_y=2, learning_rate=0.05", args=(p3, grads(p3), 0.05), visibility=HIDDEN),
            Case("n_x=2, n_h=3, learning_rate=0.3", args=_update_inputs(52, 2, 3), kwargs={"learning_rate": 0.3}))


def _nn_model_cases():
    rng = np.random.RandomState(61)
    X1 = rng.randn(2, 40)
    Y1 = X1[0:1] * X1[1:2] > 0  # an XOR-like pattern
    X2 = rng.randn(3, 12)
    Y2 = _labels(rng, 12, boolean=False)
    X3 = rng.randn(4, 9)
    Y3 = _labels(rng, 9)
    X4 = rng.randn(2, 6)
    Y4 = _labels(rng, 6)

    def case(case_id, X, Y, n_h, num_iterations, visibility=HIDDEN, print_cost=False):
        return Case(case_id, args=(X, Y, n_h), kwargs={"num_iterations": num_iterations, "print_cost": print_cost},
                    substitutes=NETWORK, visibility=visibility)

    return (case("course test case: X (2, 3), n_h=4, 20 iterations", *_course_nn_model(), 4, 20, PUBLIC),
            case("X (2, 40), n_h=5, 30 iterations", X1, Y1, 5, 30),
            case("X (3, 12), n_h=3, 15 iterations, print_cost", X2, Y2, 3, 15, print_cost=True),
            case("X (4, 9), n_h=6, 1 iteration", X3, Y3, 6, 1),
            case("X (2, 6), n_h=3, 5 iterations", X4, Y4, 3, 5, PUBLIC))


def _predict_cases():
    rng = np.random.RandomState(71)
    return (Case("course test case: X (2, 3)", args=_course_predict(), substitutes=FORWARD),
            Case("X (3, 8), n_h=5", args=(_parameters(rng, 3, 5, scale=1.5), rng.randn(3, 8)), substitutes=FORWARD,
                 visibility=HIDDEN),
            Case("X (2, 15), n_h=4", args=(_parameters(rng, 2, 4, scale=2.0), rng.randn(2, 15)), substitutes=FORWARD,
                 visibility=HIDDEN))


ASSIGNMENT = Assignment(
    name="planar_classification",
    title="Planar data classification with one hidden layer",
    order=1,
    course=1,
    week=3,
    file_names=("Planar data classification with one hidden layer",
                "Planar data classification with one hidden layer v3",
                "Planar data classification with one hidden layer v4",
                "Planar data classification with one hidden layer v5",
                "Planar_data_classification_with_onehidden_layer_v6c",
                "Planar_data_classification_with_one_hidden_layer"),
    titles=("Planar data classification with one hidden layer",),
    exercises=(
        Exercise("layer_sizes", points=1, cases=_layer_sizes_cases(), misconceptions=(
            KnownMistake("layer-sizes-n-x-from-examples", "X has one row per input feature and one column per "
                         "example: the input layer has as many units as X has rows, whatever the number of "
                         "examples.", wrong.layer_sizes_n_x_from_examples),
            KnownMistake("layer-sizes-n-y-from-examples", "Y has one row per output unit and one column per example: "
                         "the output layer's size is its number of rows, not the number of examples.",
                         wrong.layer_sizes_n_y_from_examples),
            KnownMistake("layer-sizes-swapped", "The input layer's size comes from X, the output layer's from Y; "
                         "returned in the order (n_x, n_h, n_y).", wrong.layer_sizes_swapped),
        )),
        Exercise("initialize_parameters", points=1, cases=_initialize_cases(), misconceptions=(
            KnownMistake("init-no-scaling", "Weights drawn from a standard normal are too large for tanh and "
                         "sigmoid: they saturate and learning stalls. The weights are scaled down by a small factor "
                         "(0.01).", wrong.init_no_scaling),
            KnownMistake("init-uniform-rand", "np.random.rand draws uniformly from [0, 1), all positive; the weights "
                         "are drawn from a standard normal distribution, with np.random.randn, then scaled.",
                         wrong.init_uniform_rand),
            KnownMistake("init-transposed-weights", "W[l] maps layer l-1 to layer l: it has one row per unit of "
                         "layer l and one column per unit of layer l-1, so W1 is (n_h, n_x) and W2 (n_y, n_h).",
                         wrong.init_transposed_weights),
            KnownMistake("init-random-biases", "Only the weights need random values to break the symmetry between "
                         "hidden units; the biases start at zero (and drawing them also shifts the random numbers "
                         "the weights get).", wrong.init_random_biases),
        )),
        Exercise("forward_propagation", points=2, cases=_forward_cases(), misconceptions=(
            KnownMistake("forward-sigmoid-hidden", "The hidden layer uses tanh (np.tanh); only the output layer uses "
                         "the sigmoid, which turns Z2 into a probability.", wrong.forward_sigmoid_hidden),
            KnownMistake("forward-tanh-output", "The output A2 is a probability between 0 and 1, so the output layer "
                         "uses the sigmoid; tanh (between -1 and 1) is for the hidden layer.",
                         wrong.forward_tanh_output),
            KnownMistake("forward-no-biases", "Each linear step adds its bias: Z1 = W1 X + b1 and Z2 = W2 A1 + b2 "
                         "(b broadcasts over the examples).", wrong.forward_no_biases),
        )),
        Exercise("compute_cost", points=2, cases=_cost_cases(), misconceptions=(
            KnownMistake("cost-drops-one-minus-y-term", "The cross-entropy has a term for each class: y log(a) counts "
                         "the examples labelled 1, (1 - y) log(1 - a) those labelled 0. Without the second term the "
                         "red points cost nothing.", wrong.cost_drops_one_minus_y_term),
            KnownMistake("cost-no-mean", "J is the average loss over the examples: the sum is divided by m, the "
                         "number of examples (Y.shape[1]).", wrong.cost_no_mean),
            KnownMistake("cost-positive-sign", "log of a probability is negative or zero, so the sum of the log "
                         "probabilities is negated to give a positive cost to minimise.", wrong.cost_positive_sign),
            KnownMistake("cost-dot-outer-product", "np.dot of a (m, 1) column by a (1, m) row is an (m, m) matrix of "
                         "every pair of examples; pairing each example with its own label takes np.multiply (or a "
                         "(1, m) row dotted with an (m, 1) column).", wrong.cost_dot_outer_product),
        )),
        Exercise("backward_propagation", points=3, cases=_backward_cases(), misconceptions=(
            KnownMistake("backprop-tanh-derivative-not-squared", "The derivative of tanh is 1 - tanh(z)**2: with "
                         "A1 = tanh(Z1), g'(Z1) = 1 - A1**2 (np.power(A1, 2)), not 1 - A1.",
                         wrong.backprop_tanh_derivative_not_squared),
            KnownMistake("backprop-derivative-of-z1", "The derivative of tanh is written with its output: "
                         "1 - tanh(z)**2 = 1 - A1**2; 1 - Z1**2 squares the pre-activation instead.",
                         wrong.backprop_derivative_of_z1),
            KnownMistake("backprop-derivative-uses-a2", "dZ1 goes back through the hidden layer, so it uses the "
                         "hidden layer's activation derivative, 1 - A1**2; A2 belongs to the output layer.",
                         wrong.backprop_derivative_uses_a2),
            KnownMistake("backprop-no-one-over-m", "The cost is an average over the m examples, so dW and db are "
                         "averages too: each sum over examples is multiplied by 1/m.",
                         wrong.backprop_no_one_over_m),
            KnownMistake("backprop-db-without-keepdims", "db1 and db2 have the shapes of b1 and b2, (n, 1): "
                         "np.sum(..., axis=1) drops that axis unless keepdims=True.",
                         wrong.backprop_db_without_keepdims),
        )),
        Exercise("update_parameters", points=1, cases=_update_cases(), misconceptions=(
            KnownMistake("update-plus-sign", "The gradient points uphill, towards a larger cost: gradient descent "
                         "steps against it, theta - learning_rate * dtheta.", wrong.update_plus_sign),
            KnownMistake("update-ignores-learning-rate", "Use the learning_rate argument: 1.2 is only its default, "
                         "and a caller may pass another value.", wrong.update_ignores_learning_rate),
            KnownMistake("update-without-learning-rate", "Each step is the gradient scaled by the learning rate: "
                         "theta - learning_rate * dtheta.", wrong.update_without_learning_rate),
            KnownMistake("update-skips-biases", "Gradient descent updates every parameter, the biases b1 and b2 as "
                         "well as the weights.", wrong.update_skips_biases),
        )),
        Exercise("nn_model", points=3, cases=_nn_model_cases(), misconceptions=(
            KnownMistake("nn-hardcoded-hidden-size", "nn_model builds the hidden layer of the size it is given: "
                         "pass its n_h argument to initialize_parameters; 4 was only layer_sizes' fixed value.",
                         wrong.nn_hardcoded_hidden_size),
            KnownMistake("nn-hidden-size-from-layer-sizes", "Take only n_x and n_y from layer_sizes: the hidden "
                         "layer's size is nn_model's n_h argument, not the size layer_sizes proposes.",
                         wrong.nn_hidden_size_from_layer_sizes),
            KnownMistake("nn-parameters-not-updated", "update_parameters returns the updated parameters: assign its "
                         "result, or the next iteration starts from the old ones again.",
                         wrong.nn_parameters_not_updated),
            KnownMistake("nn-initializes-in-loop", "Initialise the parameters once, before the loop: re-initialising "
                         "them in every iteration throws away what the previous iterations learnt.",
                         wrong.nn_initializes_in_loop),
        )),
        Exercise("predict", points=1, cases=_predict_cases(), misconceptions=(
            KnownMistake("predict-thresholds-x", "The predictions come from the model's output probabilities A2 "
                         "(from forward_propagation), not from the input X.", wrong.predict_thresholds_x),
            KnownMistake("predict-fixed-index", "Each example is classified by its own probability: compare all of "
                         "A2 with 0.5 at once (A2 > 0.5), or use the loop index, rather than one fixed entry.",
                         wrong.predict_fixed_index),
            KnownMistake("predict-returns-probabilities", "predict returns classes, 0/1 (or False/True), by "
                         "thresholding the probabilities A2 at 0.5.", wrong.predict_returns_probabilities),
            KnownMistake("predict-inverted", "An example is predicted blue (1) when its probability A2 is above 0.5, "
                         "red (0) otherwise.", wrong.predict_inverted),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent / "helpers",
)
