"""You draw a (n[l-1], n[l]) matrix and transpose it: the shape is right but the random numbers land in other places; draw (n[l], n[l-1]) directly.

kind: other
names-the-cause:
- phrase: another order
- phrase: transposed
- phrase: matrix and transposed
"""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(3)               # This seed makes sure your "random" numbers will be the as ours
    parameters = {}
    L = len(layers_dims)            # integer representing the number of layers

    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l - 1], layers_dims[l]).T * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
