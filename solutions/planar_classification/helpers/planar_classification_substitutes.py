"""Another one-hidden-layer network with the course's signatures, to grade nn_model and predict on their own logic
(numpy only).

It is not the course's network, and none of these functions is an answer to an exercise: layer_sizes proposes
another hidden-layer size (2, so that nn_model must use its own n_h argument), initialize_parameters draws larger
weights and non-zero biases (from np.random, so that nn_model's np.random.seed(3) counts), the hidden layer is
softsign (z / (1 + |z|)) instead of tanh, the cost is half the mean squared error instead of the cross-entropy, the
gradients are those of that network, and update_parameters adds a small weight decay. During a case the graded
function sees these under the course's names instead of the student's own functions.
"""

import numpy as np

WEIGHT_DECAY = 0.01


def layer_sizes(X, Y):
    """(n_x, 2, n_y): the sizes of X's and Y's first dimensions, and a hidden size other than the course's 4."""
    return (X.shape[0], 2, Y.shape[0])


def initialize_parameters(n_x, n_h, n_y):
    """Weights of scale 0.5 and biases of scale 0.1, drawn from np.random in the order W1, b1, W2, b2."""
    W1 = np.random.randn(n_h, n_x) * 0.5
    b1 = np.random.randn(n_h, 1) * 0.1
    W2 = np.random.randn(n_y, n_h) * 0.5
    b2 = np.random.randn(n_y, 1) * 0.1
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def forward_propagation(X, parameters):
    """LINEAR -> SOFTSIGN -> LINEAR -> SIGMOID; returns (A2, cache) with cache {"Z1", "A1", "Z2", "A2"}."""
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = Z1 / (1 + np.abs(Z1))
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = 1 / (1 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def compute_cost(A2, Y, parameters=None):
    """Half the mean squared error between A2 and Y (parameters, which courses before 2021 pass, is unused)."""
    m = Y.shape[1]
    return float(np.sum(np.square(A2 - Y)) / (2 * m))


def backward_propagation(parameters, cache, X, Y):
    """The gradients of compute_cost through forward_propagation (softsign hidden layer, squared error)."""
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = (A2 - Y) * A2 * (1 - A2)
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(parameters["W2"].T, dZ2) * np.square(1 - np.abs(A1))
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(parameters, grads, learning_rate = 1.2):
    """A gradient step with weight decay on W1 and W2; returns a new dictionary (the input is left as it is)."""
    updated = {}
    for l in ("1", "2"):
        updated["W" + l] = parameters["W" + l] - learning_rate * (grads["dW" + l] + WEIGHT_DECAY * parameters["W" + l])
        updated["b" + l] = parameters["b" + l] - learning_rate * grads["db" + l]
    return updated
