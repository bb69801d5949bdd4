"""Cases, tolerances and points of the Deep Neural Network for Image Classification: Application assignment.

Both graded functions train a small network on synthetic data for a few iterations (2 to 250: a few milliseconds
each) with the course's own helpers (dnn_app_utils_v3, provided in the student's module before every call), and
are compared on everything they return: the trained parameters and, since 2021, the costs of iterations 0, 100,
200, ... Up to 2020 the course's functions returned the parameters only (and plotted the costs themselves, with
dnn_app_utils' plt, here a no-op): that return passes too, and so do costs as Python floats (Exercise.accepted).

The course's helpers seed numpy themselves (np.random.seed(1) in initialize_parameters and
initialize_parameters_deep), so a function that forgets its own np.random.seed(1) returns the same values: it is
not a mistake the grader can see, nor one the course's grader saw.
"""

from pathlib import Path

import numpy as np

from grader.material.spec import HIDDEN, PUBLIC, Assignment, Case, Exercise, KnownMistake

from . import misconceptions as wrong
from . import reference

# The helpers a graded function calls, as the course's notebooks import them (`from dnn_app_utils_v3 import *`;
# plt too, which notebooks up to 2020 call inside the graded functions to plot the costs).
COURSE_HELPERS = {name: "dnn_app_utils_v3" for name in (
    "initialize_parameters", "initialize_parameters_deep", "linear_activation_forward", "L_model_forward",
    "compute_cost", "linear_activation_backward", "L_model_backward", "update_parameters", "plt")}


def _course_test_inputs(binary_labels):
    """The inputs of the course's public tests (public_tests.py): np.random.seed(1), X of shape (10, 10); Y drawn
    after X for two_layer_model_test, the fixed labels of L_layer_model_test."""
    rng = np.random.RandomState(1)  # the same numbers as np.random.seed(1)
    X = rng.randn(10, 10)
    Y = np.array([1, 1, 1, 1, 0, 0, 0, 1, 1, 0]).reshape(1, 10) if binary_labels else rng.randn(1, 10)
    return X, Y


def _data(seed, n_x, m, integer_labels=False):
    """X (n_x, m) and 0/1 labels Y (1, m), from one seed; both classes present."""
    rng = np.random.RandomState(seed)
    X = rng.randn(n_x, m)
    Y = (rng.rand(1, m) > 0.5).astype(int)
    Y[0, :2] = (1, 0)
    return X, (Y if integer_labels else Y.astype(float))


def _two_layer_cases():
    X, Y = _course_test_inputs(binary_labels=False)
    return (
        Case("course test: layers (10, 4, 1), m=10, 2 iterations", args=(X, Y, (10, 4, 1), 0.0075, 2)),
        Case("course test: learning_rate=0.1, 3 iterations", args=(X, Y, (10, 4, 1), 0.1, 3)),
        Case("layers (7, 5, 1), m=13, learning_rate=0.05, 150 iterations",
             args=(*_data(1, 7, 13), (7, 5, 1)), kwargs={"learning_rate": 0.05, "num_iterations": 150},
             visibility=HIDDEN),
        Case("layers (12, 3, 1), m=20, learning_rate=0.3, 250 iterations",
             args=(*_data(2, 12, 20, integer_labels=True), (12, 3, 1), 0.3, 250), visibility=HIDDEN),
        Case("layers (5, 6, 1), m=8, default learning_rate, 120 iterations, print_cost",
             args=(*_data(3, 5, 8), [5, 6, 1]), kwargs={"num_iterations": 120, "print_cost": True},
             visibility=HIDDEN),
    )


def _L_layer_cases():
    X, Y = _course_test_inputs(binary_labels=True)
    return (
        Case("course test: layers (10, 5, 6, 1), m=10, 2 iterations", args=(X, Y, (10, 5, 6, 1), 0.0075, 2)),
        Case("course test: learning_rate=0.02, 3 iterations", args=(X, Y, (10, 5, 6, 1), 0.02, 3)),
        Case("layers [8, 5, 3, 1], m=15, learning_rate=0.1, 200 iterations",
             args=(*_data(4, 8, 15), [8, 5, 3, 1]), kwargs={"learning_rate": 0.1, "num_iterations": 200},
             visibility=HIDDEN),
        Case("layers [6, 4, 1], m=12, learning_rate=0.5, 110 iterations",
             args=(*_data(5, 6, 12, integer_labels=True), [6, 4, 1], 0.5, 110), visibility=HIDDEN),
        Case("layers [9, 7, 5, 3, 1], m=18, default learning_rate, 130 iterations, print_cost",
             args=(*_data(6, 9, 18), [9, 7, 5, 3, 1]), kwargs={"num_iterations": 130, "print_cost": True},
             visibility=HIDDEN),
    )


# Up to 2020 (notebooks v3 and v8) both functions returned the trained parameters only.

def two_layer_model_parameters_only(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000,
                                    print_cost=False):
    return reference.two_layer_model(X, Y, layers_dims, learning_rate, num_iterations, print_cost)[0]


def L_layer_model_parameters_only(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000,
                                  print_cost=False):
    return reference.L_layer_model(X, Y, layers_dims, learning_rate, num_iterations, print_cost)[0]


# The course's costs are what compute_cost returns, 0-d arrays (np.squeeze); the same costs as Python floats
# (float(cost), cost.item()) are as correct.

def two_layer_model_float_costs(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    parameters, costs = reference.two_layer_model(X, Y, layers_dims, learning_rate, num_iterations, print_cost)
    return parameters, [float(cost) for cost in costs]


def L_layer_model_float_costs(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    parameters, costs = reference.L_layer_model(X, Y, layers_dims, learning_rate, num_iterations, print_cost)
    return parameters, [float(cost) for cost in costs]


ASSIGNMENT = Assignment(
    name="dnn_application",
    title="Deep Neural Network for Image Classification: Application",
    order=2,
    course=1,
    week=4,
    file_names=("Deep Neural Network - Application v3", "Deep Neural Network - Application v8",
                "Deep Neural Network - Application"),
    titles=("Deep Neural Network for Image Classification: Application",),
    exercises=(
        Exercise("two_layer_model", points=2, cases=_two_layer_cases(), provided=COURSE_HELPERS,
                 accepted=(two_layer_model_parameters_only, two_layer_model_float_costs),
                 misconceptions=(
            KnownMistake("two-layer-deep-initializer", "A 2-layer model is initialized with initialize_parameters, "
                         "whose weights are small random numbers (times 0.01); "
                         "initialize_parameters_deep scales them by 1/sqrt of the previous layer's size instead, "
                         "so training starts elsewhere.", wrong.two_layer_deep_initializer),
            KnownMistake("two-layer-da2-sign", "dA2 is the derivative of the cost with respect to A2: "
                         "-(Y/A2 - (1-Y)/(1-A2)). Without the leading minus every gradient points the other way and "
                         "gradient descent climbs the cost.", wrong.two_layer_da2_sign),
            KnownMistake("two-layer-sigmoid-hidden", "The architecture is LINEAR -> RELU -> LINEAR -> SIGMOID: the "
                         "hidden layer uses \"relu\", only the output layer \"sigmoid\", in the forward and in the "
                         "backward pass.", wrong.two_layer_sigmoid_hidden),
            KnownMistake("two-layer-backward-activations-swapped", "Backpropagation goes through the layers in "
                         "reverse, each with its own activation: layer 2 (cache2) is the sigmoid layer, layer 1 "
                         "(cache1) the relu layer.", wrong.two_layer_backward_activations_swapped),
            KnownMistake("two-layer-no-update", "Each iteration ends with a gradient descent step: update the "
                         "parameters with this iteration's grads and keep the result for the next iteration. Without "
                         "it the parameters keep their initial values and the cost never goes down.",
                         wrong.two_layer_no_update),
            KnownMistake("two-layer-hardcoded-hidden-size", "The layer sizes come from the layers_dims argument "
                         "(n_x, n_h, n_y), not from the notebook's constants (n_h = 7): the function must build the "
                         "network it is asked for.", wrong.two_layer_hardcoded_hidden_size),
        )),
        Exercise("L_layer_model", points=2, cases=_L_layer_cases(), provided=COURSE_HELPERS,
                 accepted=(L_layer_model_parameters_only, L_layer_model_float_costs),
                 misconceptions=(
            KnownMistake("l-layer-ignores-learning-rate", "Pass the function's learning_rate argument to "
                         "update_parameters: a number written into the call trains every model with the default "
                         "rate.", wrong.l_layer_ignores_learning_rate),
            KnownMistake("l-layer-no-update", "Each iteration ends with a gradient descent step: update the "
                         "parameters with this iteration's grads and keep the result for the next iteration. Without "
                         "it the parameters keep their initial values and the cost never goes down.",
                         wrong.l_layer_no_update),
            KnownMistake("l-layer-initializes-inside-loop", "The parameters are initialized once, before the loop; "
                         "initializing them inside it starts every iteration again from the initial values, so "
                         "only the last step is kept.", wrong.l_layer_initializes_inside_loop),
        )),
    ),
    helpers_dir=Path(__file__).resolve().parent / "helpers",
)
