"""Your loop range(2, L + 1) starts at layer 2, so W1 is left out of the L2 term.

kind: other
names-the-cause:
- phrase: L2 term is
- phrase: the L2 regularization term is
"""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    L = len(parameters) // 2

    cross_entropy_cost = compute_cost(A3, Y)

    squares = 0.
    for l in range(2, L + 1):
        squares += np.sum(np.square(parameters['W' + str(l)]))
    L2_regularization_cost = lambd / (2 * m) * squares

    cost = cross_entropy_cost + L2_regularization_cost

    return cost
