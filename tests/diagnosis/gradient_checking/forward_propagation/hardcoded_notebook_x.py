"""J is computed with x = 2, the notebook's test value, hard-coded instead of the argument x.

kind: other
names-the-cause:
- phrase: does not depend on x
- phrase: is x written as a constant
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = theta * 2
    return J
