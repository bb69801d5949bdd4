"""Correct: the mask applied to Z before the ReLU (relu(Z * D) = relu(Z) * D for a 0/1 mask), with np.maximum and a float mask."""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


def forward_propagation_with_dropout(X, parameters, keep_prob = 0.5):
    np.random.seed(1)

    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    W3 = parameters["W3"]
    b3 = parameters["b3"]

    Z1 = W1 @ X + b1
    D1 = (np.random.rand(*Z1.shape) < keep_prob).astype(float)
    A1 = np.maximum(0, Z1 * D1) / keep_prob
    Z2 = W2 @ A1 + b2
    D2 = (np.random.rand(*Z2.shape) < keep_prob).astype(float)
    A2 = np.maximum(0, Z2 * D2) / keep_prob
    Z3 = W3 @ A2 + b3
    A3 = 1 / (1 + np.exp(-Z3))

    cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)

    return A3, cache
