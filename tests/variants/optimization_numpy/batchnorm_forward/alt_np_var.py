"""Correct: np.var and a power of -0.5, np.multiply."""

import numpy as np


def batchnorm_forward(Z, gamma, beta, epsilon = 1e-8):
    mu = Z.mean(axis=1).reshape(-1, 1)
    var = np.var(Z, axis=1).reshape(-1, 1)
    Z_norm = (Z - mu) * (var + epsilon) ** -0.5
    Z_tilde = np.multiply(gamma, Z_norm) + beta
    cache = (Z, Z_norm, mu, var, gamma, beta, epsilon)
    return Z_tilde, cache
