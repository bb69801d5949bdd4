"""np.random.normal with He's standard deviation passed as scale, shapes from zip."""

import numpy as np


def initialize_parameters_he(layers_dims):
    np.random.seed(3)
    parameters = {}
    for l, (n, n_prev) in enumerate(zip(layers_dims[1:], layers_dims[:-1]), start=1):
        parameters['W%d' % l] = np.random.normal(0., np.sqrt(2. / n_prev), size=(n, n_prev))
        parameters['b%d' % l] = np.zeros((n, 1))
    return parameters
