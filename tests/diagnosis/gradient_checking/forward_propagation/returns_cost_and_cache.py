"""forward_propagation returns only J; returning (J, cache) as forward_propagation_n does gives a tuple where a number is expected.

kind: other
names-the-cause:
- phrase: a tuple
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = np.dot(theta, x)
    cache = (x, theta)
    return J, cache
