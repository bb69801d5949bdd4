"""Both shapes are wrong: W[l] is built (n[l-1], n[l]) instead of (n[l], n[l-1]) and b[l] is a rank-1 array instead of (n[l], 1).

kind: combination
names-the-cause:
- misconception: zeros-transposed-w
- misconception: zeros-rank1-bias
"""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)            # number of layers in the network

    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l - 1], layers_dims[l]))
        parameters['b' + str(l)] = np.zeros(layers_dims[l])
    return parameters
