"""Correct: loops over the parameter names and pairs each with its gradient 'd' + name."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_gd(parameters, grads, learning_rate):
    for name in list(parameters.keys()):
        parameters[name] = parameters[name] - learning_rate * grads["d" + name]
    return parameters
