"""np.random.randn takes the dimensions as separate arguments, not a tuple: write np.random.randn(n, n_prev) (np.random.randn((n, n_prev)) raises a TypeError).

kind: other
names-the-cause:
- phrase: TypeError
"""

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1 # integer representing the number of layers

    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn((layers_dims[l], layers_dims[l - 1])) * np.sqrt(2. / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
