"""Correct: a loop over the layers reading parameters["W" + str(l)], with W * W."""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy_cost = compute_cost(A3, Y)

    total = 0.
    for l in range(1, 4):
        W = parameters["W" + str(l)]
        total += np.sum(W * W)
    L2_regularization_cost = total * lambd / 2 / m

    cost = cross_entropy_cost + L2_regularization_cost

    return cost
