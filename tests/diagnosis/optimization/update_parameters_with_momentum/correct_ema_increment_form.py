"""Correct: the velocity written as v + (1 - beta) * (dW - v), looping over the parameter names."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    for name in list(parameters.keys()):
        key = "d" + name
        v[key] = v[key] + (1 - beta) * (grads[key] - v[key])
        parameters[name] = parameters[name] - learning_rate * v[key]
    return parameters, v
