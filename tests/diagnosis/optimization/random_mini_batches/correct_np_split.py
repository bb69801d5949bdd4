"""Correct: cuts the shuffled arrays with np.split at multiples of mini_batch_size, which leaves the smaller end batch last."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def random_mini_batches(X, Y, mini_batch_size = 64, seed = 0):
    np.random.seed(seed)
    m = X.shape[1]
    permutation = list(np.random.permutation(m))
    shuffled_X = X[:, permutation]
    shuffled_Y = Y[:, permutation].reshape((1, m))
    cuts = list(range(mini_batch_size, m, mini_batch_size))
    return list(zip(np.split(shuffled_X, cuts, axis=1), np.split(shuffled_Y, cuts, axis=1)))
