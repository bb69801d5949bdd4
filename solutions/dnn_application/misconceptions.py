"""Known wrong implementations of the Deep Neural Network Application exercises, one function per misconception id.

They call the course's helpers (dnn_app_utils_v3), as students' code does, and return what the 2021+ course
returns: (parameters, costs).
"""

import numpy as np

from dnn_app_utils_v3 import (L_model_backward, L_model_forward, compute_cost, initialize_parameters,
                              initialize_parameters_deep, linear_activation_backward, linear_activation_forward,
                              update_parameters)


# two_layer_model

def _two_layer(X, Y, layers_dims, learning_rate, num_iterations, initialize="two-layer", hidden="relu",
               backward=("sigmoid", "relu"), dA2_sign=-1, update=True, n_h=None):
    """The course's two_layer_model loop, with one of its steps done wrongly."""
    np.random.seed(1)
    grads = {}
    costs = []
    (n_x, n_h_given, n_y) = layers_dims
    n_h = n_h_given if n_h is None else n_h
    if initialize == "two-layer":
        parameters = initialize_parameters(n_x, n_h, n_y)
    else:
        parameters = initialize_parameters_deep([n_x, n_h, n_y])
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    for i in range(0, num_iterations):
        with np.errstate(all="ignore"):  # a wrong gradient may saturate the sigmoid: log(0), 0 / 0
            A1, cache1 = linear_activation_forward(X, W1, b1, activation=hidden)
            A2, cache2 = linear_activation_forward(A1, W2, b2, activation="sigmoid")
            cost = compute_cost(A2, Y)
            dA2 = dA2_sign * (np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
            dA1, dW2, db2 = linear_activation_backward(dA2, cache2, activation=backward[0])
            dA0, dW1, db1 = linear_activation_backward(dA1, cache1, activation=backward[1])
        grads['dW1'], grads['db1'], grads['dW2'], grads['db2'] = dW1, db1, dW2, db2
        if update:
            parameters = update_parameters(parameters, grads, learning_rate)
        W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs


def two_layer_deep_initializer(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    return _two_layer(X, Y, layers_dims, learning_rate, num_iterations, initialize="deep")


def two_layer_da2_sign(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    return _two_layer(X, Y, layers_dims, learning_rate, num_iterations, dA2_sign=1)


def two_layer_sigmoid_hidden(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    return _two_layer(X, Y, layers_dims, learning_rate, num_iterations, hidden="sigmoid",
                      backward=("sigmoid", "sigmoid"))


def two_layer_backward_activations_swapped(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000,
                                           print_cost=False):
    return _two_layer(X, Y, layers_dims, learning_rate, num_iterations, backward=("relu", "sigmoid"))


def two_layer_no_update(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    return _two_layer(X, Y, layers_dims, learning_rate, num_iterations, update=False)


def two_layer_hardcoded_hidden_size(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000,
                                    print_cost=False):
    return _two_layer(X, Y, layers_dims, learning_rate, num_iterations, n_h=7)


# L_layer_model

def _L_layer(X, Y, layers_dims, learning_rate, num_iterations, update=True, init_in_loop=False):
    """The course's L_layer_model loop, with one of its steps done wrongly."""
    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(layers_dims)
    for i in range(0, num_iterations):
        if init_in_loop:
            parameters = initialize_parameters_deep(layers_dims)
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        if update:
            parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs


def l_layer_ignores_learning_rate(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    return _L_layer(X, Y, layers_dims, 0.0075, num_iterations)


def l_layer_no_update(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    return _L_layer(X, Y, layers_dims, learning_rate, num_iterations, update=False)


def l_layer_initializes_inside_loop(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000,
                                    print_cost=False):
    return _L_layer(X, Y, layers_dims, learning_rate, num_iterations, init_in_loop=True)

