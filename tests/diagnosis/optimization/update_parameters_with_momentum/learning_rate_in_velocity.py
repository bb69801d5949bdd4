"""learning_rate is folded into the velocity (v = beta * v + (1 - beta) * learning_rate * dW, then W = W - v), so v is no longer the average of the gradients.

kind: other
names-the-cause:
- phrase: × learning_rate
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        v["dW" + str(l)] = beta * v["dW" + str(l)] + (1 - beta) * learning_rate * grads["dW" + str(l)]
        v["db" + str(l)] = beta * v["db" + str(l)] + (1 - beta) * learning_rate * grads["db" + str(l)]
        parameters["W" + str(l)] = parameters["W" + str(l)] - v["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - v["db" + str(l)]
    return parameters, v
