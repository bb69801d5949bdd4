"""np.full with 0.0 inside a while loop, keys built with str.format."""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    l = 1
    while l < len(layers_dims):
        n, n_prev = layers_dims[l], layers_dims[l - 1]
        parameters["W{}".format(l)] = np.full((n, n_prev), 0.0)
        parameters["b{}".format(l)] = np.full((n, 1), 0.0)
        l += 1
    return parameters
