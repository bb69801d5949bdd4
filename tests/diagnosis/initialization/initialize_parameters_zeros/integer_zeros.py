"""You create the arrays with dtype=int, so the parameters are integer arrays; weights and biases must be floats.

kind: other
names-the-cause:
- phrase: expected floats
"""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)            # number of layers in the network

    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]), dtype=int)
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1), dtype=int)
    return parameters
