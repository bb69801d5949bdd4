"""Correct: each sum of squares as a dot product of the flattened weights, np.dot(W.ravel(), W.ravel())."""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    W3 = parameters["W3"]

    cross_entropy_cost = compute_cost(A3, Y)

    squares = np.dot(W1.ravel(), W1.ravel()) + np.dot(W2.ravel(), W2.ravel()) + np.dot(W3.ravel(), W3.ravel())
    L2_regularization_cost = 0.5 * lambd * squares / m

    cost = cross_entropy_cost + L2_regularization_cost

    return cost
