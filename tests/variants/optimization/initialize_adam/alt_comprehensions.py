"""Correct: dict comprehensions, returns a list [v, s]."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def initialize_adam(parameters):
    v = {"d" + k: np.zeros(p.shape) for k, p in parameters.items()}
    s = {"d" + k: np.zeros(p.shape) for k, p in parameters.items()}
    return [v, s]
