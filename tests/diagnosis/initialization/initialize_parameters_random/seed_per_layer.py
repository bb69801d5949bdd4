"""You reseed with np.random.seed(3 + l) for each layer; the seed is set once, to 3, before the loop, and all layers draw from that one sequence.

kind: variant
names-the-cause:
- phrase: seed reset
- misconception: random-seed-in-loop
- phrase: the random sequence started over
"""

import numpy as np


def initialize_parameters_random(layers_dims):
    parameters = {}
    L = len(layers_dims)            # integer representing the number of layers

    for l in range(1, L):
        np.random.seed(3 + l - 1)
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * 10
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
