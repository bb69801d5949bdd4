"""The bias velocity is np.zeros(len(b)), a rank-1 (n,) array, instead of zeros of b's (n, 1) shape.

kind: other
names-the-cause:
- phrase: rank-1
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        v["db" + str(l)] = np.zeros(len(parameters["b" + str(l)]))
    return v
