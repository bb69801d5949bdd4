"""J should be theta * x, but your forward_propagation returns theta itself: the input x is never used.

kind: other
names-the-cause:
- phrase: J equals theta
- phrase: J equals the input theta
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = theta
    return J
