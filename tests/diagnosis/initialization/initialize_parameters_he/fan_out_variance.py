"""You multiply by 2 / layers_dims[l]: that is the variance (no square root) and the layer's own size (fan-out); the factor is sqrt(2 / layers_dims[l-1]).

kind: combination
names-the-cause:
- misconception: he-fan-out
- misconception: he-variance-not-std
- phrase: a factor that follows the layer sizes
"""

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1 # integer representing the number of layers

    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * (2. / layers_dims[l])
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
