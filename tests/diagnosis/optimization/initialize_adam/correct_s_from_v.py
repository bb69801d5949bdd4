"""Correct: fills v in the loop and builds s as fresh zeros of v's arrays."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def initialize_adam(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW%d" % l] = np.zeros(parameters["W%d" % l].shape)
        v["db%d" % l] = np.zeros(parameters["b%d" % l].shape)
    s = {key: np.zeros_like(value) for key, value in v.items()}
    return (v, s)
