"""Biases created as rank-1 arrays np.zeros(n) instead of column vectors of shape (n, 1)."""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros(layers_dims[l])
    return parameters
