"""Known wrong implementations of the Planar data classification exercises, one function per misconception id.

nn_model's and predict's mistakes call forward_propagation, layer_sizes, ... by name: their cases substitute the
planar_classification_substitutes network for them, as they do for the reference and for the student's code.
"""

import copy

import numpy as np

# what the mistakes call where a case substitutes nothing (every nn_model and predict case does substitute)
from .reference import (layer_sizes, initialize_parameters, forward_propagation, compute_cost,  # noqa: F401
                        backward_propagation, update_parameters)


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


# layer_sizes

def layer_sizes_n_x_from_examples(X, Y):
    n_x = X.shape[1]
    n_h = 4
    n_y = Y.shape[0]
    return (n_x, n_h, n_y)


def layer_sizes_n_y_from_examples(X, Y):
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[1]
    return (n_x, n_h, n_y)


def layer_sizes_swapped(X, Y):
    return (Y.shape[0], 4, X.shape[0])


# initialize_parameters

def init_no_scaling(n_x, n_h, n_y):
    return {"W1": np.random.randn(n_h, n_x), "b1": np.zeros((n_h, 1)),
            "W2": np.random.randn(n_y, n_h), "b2": np.zeros((n_y, 1))}


def init_uniform_rand(n_x, n_h, n_y):
    return {"W1": np.random.rand(n_h, n_x) * 0.01, "b1": np.zeros((n_h, 1)),
            "W2": np.random.rand(n_y, n_h) * 0.01, "b2": np.zeros((n_y, 1))}


def init_transposed_weights(n_x, n_h, n_y):
    return {"W1": np.random.randn(n_x, n_h) * 0.01, "b1": np.zeros((n_h, 1)),
            "W2": np.random.randn(n_h, n_y) * 0.01, "b2": np.zeros((n_y, 1))}


def init_random_biases(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.random.randn(n_h, 1) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.random.randn(n_y, 1) * 0.01
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


# forward_propagation

def _forward(X, parameters, hidden, output, biases=True):
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    Z1 = np.dot(W1, X) + (b1 if biases else 0)
    A1 = hidden(Z1)
    Z2 = np.dot(W2, A1) + (b2 if biases else 0)
    A2 = output(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def forward_sigmoid_hidden(X, parameters):
    return _forward(X, parameters, _sigmoid, _sigmoid)


def forward_tanh_output(X, parameters):
    return _forward(X, parameters, np.tanh, np.tanh)


def forward_no_biases(X, parameters):
    return _forward(X, parameters, np.tanh, _sigmoid, biases=False)


# compute_cost

def cost_drops_one_minus_y_term(A2, Y):
    m = Y.shape[1]
    return float(np.squeeze(- np.sum(np.multiply(np.log(A2), Y)) / m))


def cost_no_mean(A2, Y):
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    return float(np.squeeze(- np.sum(logprobs)))


def cost_positive_sign(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    return float(np.squeeze(np.sum(logprobs) / m))


def cost_dot_outer_product(A2, Y):
    m = Y.shape[1]
    logprobs = np.dot(np.log(A2).T, Y) + np.dot(np.log(1 - A2).T, 1 - Y)
    return float(np.squeeze(- np.sum(logprobs) / m))


# backward_propagation

def _backward(parameters, cache, X, Y, derivative, scale=True, keepdims=True):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    factor = 1 / m if scale else 1
    dZ2 = A2 - Y
    dW2 = factor * np.dot(dZ2, A1.T)
    db2 = factor * np.sum(dZ2, axis=1, keepdims=keepdims)
    dZ1 = np.dot(W2.T, dZ2) * derivative(cache)
    dW1 = factor * np.dot(dZ1, X.T)
    db1 = factor * np.sum(dZ1, axis=1, keepdims=keepdims)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def _tanh_derivative(cache):
    return 1 - np.power(cache["A1"], 2)


def backprop_tanh_derivative_not_squared(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda cache: 1 - cache["A1"])


def backprop_derivative_of_z1(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda cache: 1 - np.power(cache["Z1"], 2))


def backprop_derivative_uses_a2(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, lambda cache: 1 - np.power(cache["A2"], 2))


def backprop_no_one_over_m(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, _tanh_derivative, scale=False)


def backprop_db_without_keepdims(parameters, cache, X, Y):
    return _backward(parameters, cache, X, Y, _tanh_derivative, keepdims=False)


# update_parameters

def _update(parameters, grads, step, biases=True):
    updated = {}
    for l in ("1", "2"):
        updated["W" + l] = step(copy.deepcopy(parameters["W" + l]), grads["dW" + l])
        updated["b" + l] = step(parameters["b" + l], grads["db" + l]) if biases else parameters["b" + l]
    return {key: updated[key] for key in ("W1", "b1", "W2", "b2")}


def update_plus_sign(parameters, grads, learning_rate = 1.2):
    return _update(parameters, grads, lambda theta, dtheta: theta + learning_rate * dtheta)


def update_ignores_learning_rate(parameters, grads, learning_rate = 1.2):
    return _update(parameters, grads, lambda theta, dtheta: theta - 1.2 * dtheta)


def update_without_learning_rate(parameters, grads, learning_rate = 1.2):
    return _update(parameters, grads, lambda theta, dtheta: theta - dtheta)


def update_skips_biases(parameters, grads, learning_rate = 1.2):
    return _update(parameters, grads, lambda theta, dtheta: theta - learning_rate * dtheta, biases=False)


# nn_model (layer_sizes, initialize_parameters, ... are the substitutes of the case)

def _train(X, Y, n_h, num_iterations, hidden_size="argument", assign_update=True, initialize_in_loop=False):
    np.random.seed(3)
    n_x, n_h_proposed, n_y = layer_sizes(X, Y)
    n_h = {"argument": n_h, "four": 4, "layer_sizes": n_h_proposed}[hidden_size]
    if not initialize_in_loop:
        parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(0, num_iterations):
        if initialize_in_loop:
            parameters = initialize_parameters(n_x, n_h, n_y)
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        if assign_update:
            parameters = update_parameters(parameters, grads)
        else:
            update_parameters(parameters, grads)
    return parameters


def nn_hardcoded_hidden_size(X, Y, n_h, num_iterations = 10000, print_cost=False):
    return _train(X, Y, n_h, num_iterations, hidden_size="four")


def nn_hidden_size_from_layer_sizes(X, Y, n_h, num_iterations = 10000, print_cost=False):
    return _train(X, Y, n_h, num_iterations, hidden_size="layer_sizes")


def nn_parameters_not_updated(X, Y, n_h, num_iterations = 10000, print_cost=False):
    return _train(X, Y, n_h, num_iterations, assign_update=False)


def nn_initializes_in_loop(X, Y, n_h, num_iterations = 10000, print_cost=False):
    return _train(X, Y, n_h, num_iterations, initialize_in_loop=True)


# predict (forward_propagation is the substitute of the case)

def predict_thresholds_x(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return (X > 0.5)


def predict_fixed_index(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    predictions = np.zeros((1, X.shape[1]))
    for i in range(X.shape[1]):
        predictions[0, i] = 1 if A2[0, 1] > 0.5 else 0
    return predictions


def predict_returns_probabilities(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return A2


def predict_inverted(parameters, X):
    A2, cache = forward_propagation(X, parameters)
    return (A2 < 0.5)
