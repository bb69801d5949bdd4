"""Correct: J = float(x) * float(theta), the product written with the factors swapped and cast to floats."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = float(x) * float(theta)
    return J
