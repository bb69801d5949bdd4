"""Copy-paste slip: the bias velocity v['db' + str(l)] takes the shape of parameters['W' + str(l)].

kind: other
names-the-cause:
- phrase: the shape of parameters['W1']
- phrase: v['db1'] has the shape of v['dW1']
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
        v["db" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
    return v
