"""v['dW' + str(l)] is set to the parameter itself instead of zeros of its shape.

kind: other
names-the-cause:
- phrase: v['dW1'] equals parameters['W1']
- phrase: dW1 equals parameters['W1']
- phrase: v['dW1'] equals the input parameters['W1']
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def initialize_velocity(parameters):
    L = len(parameters) // 2
    v = {}
    for l in range(1, L + 1):
        v["dW" + str(l)] = parameters["W" + str(l)]
        v["db" + str(l)] = parameters["b" + str(l)]
    return v
