"""Your b[l] has the previous layer's size layers_dims[l-1]; it needs one entry per unit of layer l, layers_dims[l].

kind: other
names-the-cause:
- phrase: previous layer
- phrase: parameters['b2'] has the shape of parameters['b1']
"""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)            # number of layers in the network

    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + str(l)] = np.zeros((layers_dims[l - 1], 1))
    return parameters
