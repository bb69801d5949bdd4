"""You kept np.zeros from the previous exercise, so every weight is 0 times 10; W[l] must be drawn with np.random.randn.

kind: other
names-the-cause:
- phrase: parameters['W1'] is all zeros
"""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(3)               # This seed makes sure your "random" numbers will be the as ours
    parameters = {}
    L = len(layers_dims)            # integer representing the number of layers

    for l in range(1, L):
        parameters['W' + str(l)] = np.zeros((layers_dims[l], layers_dims[l - 1])) * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
