"""Correct: ones times 0.0 (float zeros) and f-string keys."""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    for l in range(1, len(layers_dims)):
        parameters[f'W{l}'] = np.ones((layers_dims[l], layers_dims[l - 1])) * 0.
        parameters[f'b{l}'] = np.zeros(shape=(layers_dims[l], 1), dtype=float)
    return parameters
