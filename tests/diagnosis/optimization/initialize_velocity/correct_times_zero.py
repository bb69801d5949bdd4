"""Correct: every parameter times 0.0, over the parameter names."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def initialize_velocity(parameters):
    v = {}
    for name, value in parameters.items():
        v["d" + name] = value * 0.0
    return v
