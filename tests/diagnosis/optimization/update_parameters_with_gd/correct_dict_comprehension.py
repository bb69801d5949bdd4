"""Correct: returns a new dict built with a comprehension and np.multiply."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_gd(parameters, grads, learning_rate):
    return {name: value - np.multiply(learning_rate, grads["d" + name]) for name, value in parameters.items()}
