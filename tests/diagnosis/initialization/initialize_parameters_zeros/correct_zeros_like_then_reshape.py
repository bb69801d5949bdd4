"""Flat float zeros reshaped to (n[l], n[l-1]) and (n[l], 1), built with np.zeros_like of a template."""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    for l in range(1, len(layers_dims)):
        rows, cols = layers_dims[l], layers_dims[l - 1]
        parameters['W' + str(l)] = np.zeros(rows * cols).reshape(rows, cols)
        parameters['b' + str(l)] = np.zeros_like(np.empty((rows, 1)))
    return parameters
