"""dtheta is the derivative dJ/dtheta = x itself; the minus sign of gradient descent is applied in the update, not here.

kind: other
names-the-cause:
- phrase: × −1
- phrase: the sign is flipped
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def backward_propagation(x, theta):
    dtheta = -x
    return dtheta
