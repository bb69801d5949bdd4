"""Correct: divides by (n/2) ** 0.5 instead of multiplying by np.sqrt(2/n)."""

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) / (layers_dims[l - 1] / 2) ** 0.5
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
