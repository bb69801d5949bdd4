"""x is a constant, but theta * x still changes with theta: dJ/dtheta is x, not 0.

kind: other
names-the-cause:
- phrase: dtheta is all zeros
- phrase: dtheta is zero
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def backward_propagation(x, theta):
    dtheta = 0.
    return dtheta
