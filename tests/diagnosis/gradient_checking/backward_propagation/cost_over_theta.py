"""dtheta = J / theta is x only when theta is not 0; at theta = 0 it is 0 / 0, NaN: the derivative of theta * x is simply x.

kind: other
names-the-cause:
- phrase: NaN
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def backward_propagation(x, theta):
    J = np.dot(theta, x)
    dtheta = J / theta
    return dtheta
