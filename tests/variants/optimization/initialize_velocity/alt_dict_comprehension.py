"""Correct: a dict comprehension over the parameters' keys."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def initialize_velocity(parameters):
    return {"d" + key: np.zeros(value.shape) for key, value in parameters.items()}
