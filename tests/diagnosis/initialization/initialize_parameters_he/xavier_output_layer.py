"""Your output layer uses Xavier's sqrt(1 / n[l-1]) (because it is a sigmoid layer); this exercise asks for He's sqrt(2 / n[l-1]) in every layer.

kind: partial
names-the-cause:
- misconception: he-xavier-scale
- phrase: × 1/√2
"""

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1 # integer representing the number of layers

    for l in range(1, L + 1):
        if l == L:
            scale = np.sqrt(1. / layers_dims[l - 1])    # sigmoid output layer: Xavier
        else:
            scale = np.sqrt(2. / layers_dims[l - 1])    # ReLU layers: He
        parameters['W' + str(l)] = np.random.randn(layers_dims[l], layers_dims[l - 1]) * scale
        parameters['b' + str(l)] = np.zeros((layers_dims[l], 1))

    return parameters
