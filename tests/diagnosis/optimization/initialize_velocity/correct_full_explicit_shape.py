"""Correct: np.full with the shape written out from the layer sizes."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        n_out, n_in = parameters["W" + str(l)].shape
        v["dW" + str(l)] = np.full((n_out, n_in), 0.0)
        v["db" + str(l)] = np.full((n_out, 1), 0.0)
    return v
