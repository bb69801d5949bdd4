"""The unbiased variance (divided by m - 1)."""

import numpy as np


def batchnorm_forward(Z, gamma, beta, epsilon = 1e-8):
    m = Z.shape[1]
    mu = np.sum(Z, axis=1, keepdims=True) / m
    var = np.sum((Z - mu) ** 2, axis=1, keepdims=True) / (m - 1)
    Z_norm = (Z - mu) / np.sqrt(var + epsilon)
    Z_tilde = gamma * Z_norm + beta
    cache = (Z, Z_norm, mu, var, gamma, beta, epsilon)
    return Z_tilde, cache
