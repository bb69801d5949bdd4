"""Correct: a loop over the two hidden layers that builds the cache as a list, then a tuple."""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


def forward_propagation_with_dropout(X, parameters, keep_prob = 0.5):
    np.random.seed(1)

    cache = []
    A = X
    for l in (1, 2):
        W = parameters["W%d" % l]
        b = parameters["b%d" % l]
        Z = np.dot(W, A) + b
        A = relu(Z)
        D = np.random.rand(A.shape[0], A.shape[1]) < keep_prob
        A = np.multiply(A, D) / keep_prob
        cache += [Z, D.astype(int), A, W, b]

    W3 = parameters["W3"]
    b3 = parameters["b3"]
    Z3 = np.dot(W3, A) + b3
    A3 = sigmoid(Z3)
    cache += [Z3, A3, W3, b3]

    return A3, tuple(cache)
