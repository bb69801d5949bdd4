"""dgamma sums dZ_tilde * Z instead of dZ_tilde * Z_norm."""

import numpy as np


def batchnorm_backward(dZ_tilde, cache):
    Z, Z_norm, mu, var, gamma, beta, epsilon = cache
    m = Z.shape[1]
    dbeta = np.sum(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.sum(dZ_tilde * Z, axis=1, keepdims=True)
    dZ_norm = dZ_tilde * gamma
    dZ = (m * dZ_norm - np.sum(dZ_norm, axis=1, keepdims=True) - Z_norm * np.sum(dZ_norm * Z_norm, axis=1, keepdims=True)) / (m * np.sqrt(var + epsilon))
    return dZ, dgamma, dbeta
