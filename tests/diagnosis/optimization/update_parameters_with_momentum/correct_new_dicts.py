"""Correct: builds new dicts for v and the parameters instead of updating the inputs."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    new_v = {key: beta * value + (1 - beta) * grads[key] for key, value in v.items()}
    new_parameters = {name: value - learning_rate * new_v["d" + name] for name, value in parameters.items()}
    return new_parameters, new_v
