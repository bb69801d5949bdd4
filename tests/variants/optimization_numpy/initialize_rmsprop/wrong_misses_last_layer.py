"""The loop stops at L - 1: the last layer gets no entries in s."""

import numpy as np


def initialize_rmsprop(parameters):
    L = len(parameters) // 2
    s = {}
    for l in range(1, L):
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
    return s
