"""Correct: dict comprehensions with np.zeros of tuple shapes built by zip."""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    pairs = list(zip(layers_dims[1:], layers_dims[:-1]))
    parameters = {}
    parameters.update({"W%d" % (l + 1): np.zeros(shape) for l, shape in enumerate(pairs)})
    parameters.update({"b%d" % (l + 1): np.zeros((n, 1)) for l, (n, _) in enumerate(pairs)})
    return parameters
