"""Correct: returns x as a float (np.float64(x))."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector

def backward_propagation(x, theta):
    dtheta = np.float64(x)
    return dtheta
