"""Correct: 10 * np.random.standard_normal(size) (same stream as randn), biases made after the loop."""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = 10 * np.random.standard_normal((layers_dims[l], layers_dims[l - 1]))
    for l in range(1, L):
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
