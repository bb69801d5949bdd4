"""Correct: one loop with range(0, m, mini_batch_size) covers the end case, // for the count."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def random_mini_batches(X, Y, mini_batch_size = 64, seed = 0):
    np.random.seed(seed)
    m = X.shape[1]
    mini_batches = []

    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))

    for start in range(0, m, mini_batch_size):
        mini_batches.append((shuffled_X[:, start:start + mini_batch_size],
                             shuffled_Y[:, start:start + mini_batch_size]))

    return mini_batches
