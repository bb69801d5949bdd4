"""Correct: f-string keys, builds a new dict with np.subtract."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_gd(parameters, grads, learning_rate):
    L = len(parameters) // 2
    new = {}
    for l in range(1, L + 1):
        new[f"W{l}"] = np.subtract(parameters[f"W{l}"], learning_rate * grads[f"dW{l}"])
        new[f"b{l}"] = np.subtract(parameters[f"b{l}"], learning_rate * grads[f"db{l}"])
    return new
