"""Normalizes each example (column) over the units instead of each unit over the mini-batch."""

import numpy as np


def batchnorm_forward(Z, gamma, beta, epsilon = 1e-8):
    mu = np.mean(Z, axis=0, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=0, keepdims=True)
    Z_norm = (Z - mu) / np.sqrt(var + epsilon)
    Z_tilde = gamma * Z_norm + beta
    cache = (Z, Z_norm, mu, var, gamma, beta, epsilon)
    return Z_tilde, cache
