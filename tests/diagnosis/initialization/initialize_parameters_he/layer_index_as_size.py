"""You divide by the layer number l instead of the previous layer's size: the factor is sqrt(2 / layers_dims[l-1]), not sqrt(2 / l).

kind: other
names-the-cause:
- phrase: × √3
"""

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1 # integer representing the number of layers

    for l in range(1, L + 1):
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * np.sqrt(2. / l)
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
