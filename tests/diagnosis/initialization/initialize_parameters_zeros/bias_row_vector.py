"""Your biases are row vectors of shape (1, n[l]); b[l] must be a column vector of shape (n[l], 1).

kind: variant
names-the-cause:
- misconception: zeros-rank1-bias
- phrase: transposed
"""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)            # number of layers in the network

    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((1, layers_dims[l]))
    return parameters
