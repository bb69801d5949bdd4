"""You also penalize the biases b1, b2, b3: the L2 term sums the squares of the weight matrices W1, W2, W3 only.

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

    cross_entropy_cost = compute_cost(A3, Y)

    L2_regularization_cost = 0
    for key in parameters:
        L2_regularization_cost += np.sum(np.square(parameters[key]))
    L2_regularization_cost = lambd / (2 * m) * L2_regularization_cost

    cost = cross_entropy_cost + L2_regularization_cost

    return cost
