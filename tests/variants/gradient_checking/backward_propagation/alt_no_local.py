"""Correct: returns x directly, multiplies by 1."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector

def backward_propagation(x, theta):
    return 1.0 * x
