"""np.random.normal with a standard deviation of 10 (the same stream as randn times 10)."""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        n, n_prev = layers_dims[l], layers_dims[l - 1]
        parameters['W' + str(l)] = np.random.normal(loc=0.0, scale=10.0, size=(n, n_prev))
        parameters['b' + str(l)] = np.zeros((n, 1))
    return parameters
