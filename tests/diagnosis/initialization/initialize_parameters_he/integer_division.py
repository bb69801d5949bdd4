"""2 // layers_dims[l-1] is an integer division, 0 whenever the previous layer has more than 2 units, so those weights are all zeros; use 2 / layers_dims[l-1].

kind: other
names-the-cause:
- phrase: parameters['W1'] is all zeros
"""

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1 # integer representing the number of layers

    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2 // layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
