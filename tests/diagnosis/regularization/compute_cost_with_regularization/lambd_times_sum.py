"""Your L2 term is lambd times the sum of squares: it lacks both the 1/2 and the 1/m of lambd / (2m).

kind: combination
names-the-cause:
- misconception: l2-cost-missing-half
- misconception: l2-cost-missing-1-over-m
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

    L2_regularization_cost = lambd * (np.sum(np.square(W1)) + np.sum(np.square(W2)) + np.sum(np.square(W3)))

    cost = cross_entropy_cost + L2_regularization_cost

    return cost
