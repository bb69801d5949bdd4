"""You seed with np.random.seed(1) (the value used in other assignments); this notebook's expected weights come from np.random.seed(3).

kind: other
names-the-cause:
- phrase: another seed
"""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(1)
    parameters = {}
    L = len(layers_dims)            # integer representing the number of layers

    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
