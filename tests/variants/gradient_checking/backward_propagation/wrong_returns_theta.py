"""dtheta = theta instead of x."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector

def backward_propagation(x, theta):
    dtheta = theta
    return dtheta
