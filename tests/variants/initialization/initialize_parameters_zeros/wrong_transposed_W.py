"""W created with the transposed shape (layers_dims[l-1], layers_dims[l])."""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l - 1], layers_dims[l]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
