"""Correct: dtheta = np.asarray(x, dtype=float), a 0-d float array holding x."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def backward_propagation(x, theta):
    dtheta = np.asarray(x, dtype=float)
    return dtheta
