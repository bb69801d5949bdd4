"""A RandomState(3) generator (same stream as np.random.seed(3)) and one dict comprehension per layer, merged in order."""

import numpy as np


def initialize_parameters_random(layers_dims):
    rng = np.random.RandomState(3)
    parameters = {}
    for l, (n, n_prev) in enumerate(zip(layers_dims[1:], layers_dims[:-1]), 1):
        parameters.update({'W%d' % l: 10 * rng.randn(n, n_prev), 'b%d' % l: np.zeros((n, 1))})
    return parameters
