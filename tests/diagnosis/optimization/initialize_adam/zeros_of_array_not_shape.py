"""np.zeros is given the parameter array itself instead of its .shape.

kind: other
names-the-cause:
- phrase: .shape
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def initialize_adam(parameters):
    L = len(parameters) // 2
    v = {}
    s = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = np.zeros(parameters["W" + str(l)])
        v["db" + str(l)] = np.zeros(parameters["b" + str(l)])
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)])
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)])
    return v, s
