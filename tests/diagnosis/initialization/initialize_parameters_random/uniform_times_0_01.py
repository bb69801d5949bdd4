"""Two slips at once: np.random.rand draws uniform values in [0, 1) instead of standard-normal ones, and the scale is 0.01 instead of this exercise's 10.

kind: combination
names-the-cause:
- misconception: random-uniform-rand
- misconception: random-scale-0.01
"""

import numpy as np


def initialize_parameters_random(layers_dims):
    np.random.seed(3)               # This seed makes sure your "random" numbers will be the as ours
    parameters = {}
    L = len(layers_dims)            # integer representing the number of layers

    for l in range(1, L):
        parameters['W' + str(l)] = np.random.rand(layers_dims[l], layers_dims[l - 1]) * 0.01
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
