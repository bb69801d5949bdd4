"""The product rule gives d(theta * x)/dtheta = 1 * x + theta * dx/dtheta = x, since x does not depend on theta, so the theta you add is dJ/dx, which does not belong in dtheta.

kind: variant
names-the-cause:
- misconception: backward-derivative-wrt-x
- phrase: got − expected = theta everywhere
- phrase: got − expected = theta, the input
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def backward_propagation(x, theta):
    dtheta = x + theta
    return dtheta
