"""Correct: np.multiply(10, ...) and np.random.randn(*shape) with f-string keys."""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layers_dims)):
        shape = (layers_dims[l], layers_dims[l - 1])
        parameters[f"W{l}"] = np.multiply(10, np.random.randn(*shape))
        parameters[f"b{l}"] = np.zeros((shape[0], 1))
    return parameters
