"""Your loop starts at l = 0, so it also creates 'W0' and 'b0' (from layers_dims[-1]); the layers are numbered from 1.

kind: other
names-the-cause:
- phrase: unexpected key
- phrase: 'W0'
"""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)            # number of layers in the network

    for l in range(0, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))
    return parameters
