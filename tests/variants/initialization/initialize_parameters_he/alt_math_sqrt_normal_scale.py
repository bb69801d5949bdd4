"""Correct: math.sqrt and np.random.normal(0, 1, shape), f-string keys."""

import math

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    for l, (n, n_prev) in enumerate(zip(layers_dims[1:], layers_dims[:-1]), start=1):
        parameters[f"W{l}"] = np.random.normal(0, 1, (n, n_prev)) * math.sqrt(2 / n_prev)
        parameters[f"b{l}"] = np.zeros((n, 1))
    return parameters
