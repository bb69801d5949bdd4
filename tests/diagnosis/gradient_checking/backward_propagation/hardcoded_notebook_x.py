"""dtheta must be the argument x, not the notebook's test value 2 hard-coded.

kind: other
names-the-cause:
- phrase: does not depend on x
- phrase: is x written as a constant
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def backward_propagation(x, theta):
    dtheta = 2.
    return dtheta
