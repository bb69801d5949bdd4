"""J(theta) = theta * x has no factor 1/2: that factor belongs to a squared-error cost, not to this linear J.

kind: other
names-the-cause:
- phrase: × 1/2
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = 0.5 * np.dot(theta, x)
    return J
