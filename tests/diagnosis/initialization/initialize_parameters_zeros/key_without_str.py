"""'W' + l adds a string and an integer, which Python refuses; the layer number must be converted with str(l).

kind: other
names-the-cause:
- phrase: can only concatenate str
"""

import numpy as np


def initialize_parameters_zeros(layers_dims):
    parameters = {}
    L = len(layers_dims)            # number of layers in the network

    for l in range(1, L):
        parameters['W' + l] = np.zeros((layers_dims[l], layers_dims[l - 1]))
        parameters['b' + l] = np.zeros((layers_dims[l], 1))
    return parameters
