"""You call np.random.seed(3) inside the loop, so every layer restarts the same random sequence; seed once, before the loop.

kind: variant
names-the-cause:
- phrase: seed reset
- phrase: the random sequence started over
"""

import numpy as np


def initialize_parameters_he(layers_dims):
    parameters = {}
    L = len(layers_dims) - 1 # integer representing the number of layers

    for l in range(1, L + 1):
        np.random.seed(3)
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2. / layers_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
