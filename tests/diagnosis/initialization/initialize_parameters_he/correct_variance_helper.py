"""A helper returns He's standard deviation from the variance 2 / fan_in; weights and biases filled in two loops."""

import numpy as np


def he_std(fan_in):
    variance = 2.0 / fan_in
    return variance ** 0.5


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1
    for l in range(1, L + 1):
        std = he_std(layers_dims[l - 1])
        parameters['W' + str(l)] = std * np.random.randn(layers_dims[l], layers_dims[l - 1])
    for l in range(1, L + 1):
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
