"""You also draw the biases at random (times 10); b[l] must stay zeros, and drawing it uses up random numbers meant for the next W.

kind: other
names-the-cause:
- phrase: another order
- phrase: should be zeros
- phrase: parameters['b1'] should be all zeros
"""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(3)               # This seed makes sure your "random" numbers will be the as ours
    parameters = {}
    L = len(layers_dims)            # integer representing the number of layers

    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters['b' + str(l)] = np.random.randn(layers_dims[l], 1) * 10

    return parameters
