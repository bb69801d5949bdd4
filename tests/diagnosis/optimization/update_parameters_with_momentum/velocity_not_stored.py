"""The new velocity goes into a local variable and is never written back into v, so v is returned unchanged.

kind: other
names-the-cause:
- phrase: v['dW1'] is unchanged from the input
- phrase: v is unchanged from the input
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        v_dW = beta * v["dW" + str(l)] + (1 - beta) * grads["dW" + str(l)]
        v_db = beta * v["db" + str(l)] + (1 - beta) * grads["db" + str(l)]
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * v_dW
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * v_db
    return parameters, v
