"""J is theta * x, not -theta * x: the minus sign of the log-loss does not belong in this linear cost.

kind: other
names-the-cause:
- phrase: × −1
- phrase: the sign is flipped
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = -np.dot(theta, x)
    return J
