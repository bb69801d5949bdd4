"""np.linalg.norm gives the Frobenius norm itself; the L2 term needs its square, the sum of the squared weights.

kind: variant
names-the-cause:
- misconception: l2-cost-not-squared
- phrase: L2 term is
- phrase: the L2 regularization term is
"""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


def compute_cost_with_regularization(A3, Y, parameters, lambd):
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    W3 = parameters["W3"]

    cross_entropy_cost = compute_cost(A3, Y)

    L2_regularization_cost = lambd / (2 * m) * (np.linalg.norm(W1) + np.linalg.norm(W2) + np.linalg.norm(W3))

    cost = cross_entropy_cost + L2_regularization_cost

    return cost
