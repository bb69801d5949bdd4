"""Correct: the squared Frobenius norm np.linalg.norm(W) ** 2 and lambd / (2 * m)."""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    W3 = parameters["W3"]

    cross_entropy_cost = compute_cost(A3, Y)

    norms = [np.linalg.norm(W, 'fro') ** 2 for W in (W1, W2, W3)]
    L2_regularization_cost = lambd / (2 * m) * sum(norms)

    cost = cross_entropy_cost + L2_regularization_cost

    return cost
