"""J = theta**2 * x (confuses J with its integral)."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector

def forward_propagation(x, theta):
    J = theta ** 2 * x
    return J
