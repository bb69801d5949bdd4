"""The bias velocities are filled in a second loop that stops at range(1, L), so the output layer's db velocity is missing (its dW is there).

kind: partial
names-the-cause:
- misconception: velocity-skips-last-layer
- phrase: missing keys 'db2'
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
    for l in range(1, L):
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return v
