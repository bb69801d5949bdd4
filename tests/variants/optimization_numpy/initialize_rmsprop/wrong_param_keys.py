"""Keys named after the parameters (W1, b1) instead of the gradients (dW1, db1)."""

import numpy as np


def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["W" + str(l)] = np.zeros_like(parameters["W" + str(l)])
        s["b" + str(l)] = np.zeros_like(parameters["b" + str(l)])
    return s
