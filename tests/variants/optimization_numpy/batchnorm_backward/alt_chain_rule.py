"""Correct: the step-by-step chain rule through dvar and dmu."""

import numpy as np


def batchnorm_backward(dZ_tilde, cache):
    Z, Z_norm, mu, var, gamma, beta, epsilon = cache
    m = Z.shape[1]
    dbeta = dZ_tilde.sum(axis=1, keepdims=True)
    dgamma = (dZ_tilde * Z_norm).sum(axis=1, keepdims=True)
    dZ_norm = dZ_tilde * gamma
    Z_mu = Z - mu
    dvar = np.sum(dZ_norm * Z_mu * -0.5 * (var + epsilon) ** -1.5, axis=1, keepdims=True)
    dmu = np.sum(-dZ_norm / np.sqrt(var + epsilon), axis=1, keepdims=True) + dvar * np.mean(-2.0 * Z_mu, axis=1, keepdims=True)
    dZ = dZ_norm / np.sqrt(var + epsilon) + dvar * 2.0 * Z_mu / m + dmu / m
    return dZ, dgamma, dbeta
