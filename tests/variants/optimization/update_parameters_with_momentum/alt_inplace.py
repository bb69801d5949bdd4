"""Correct: in-place *= / += / -= updates, older range(L) loop."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(L):
        for p in ("W", "b"):
            key = p + str(l + 1)
            v["d" + key] *= beta
            v["d" + key] += (1 - beta) * grads["d" + key]
            parameters[key] -= learning_rate * v["d" + key]
    return parameters, v
