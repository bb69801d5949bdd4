"""Correct: np.take along axis 1 and a while loop whose last slice stops at m."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def random_mini_batches(X, Y, mini_batch_size = 64, seed = 0):
    np.random.seed(seed)
    m = X.shape[1]
    order = np.random.permutation(m)
    X_shuffled = np.take(X, order, axis=1)
    Y_shuffled = np.take(Y, order, axis=1).reshape(1, m)
    batches = []
    start = 0
    while start < m:
        stop = min(start + mini_batch_size, m)
        batches.append((X_shuffled[:, start:stop], Y_shuffled[:, start:stop]))
        start = stop
    return batches
