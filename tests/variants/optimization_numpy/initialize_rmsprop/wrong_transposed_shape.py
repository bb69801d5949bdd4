"""Zeros of the transposed shapes."""

import numpy as np


def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L + 1):
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].T.shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].T.shape)
    return s
