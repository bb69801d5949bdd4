"""Correct: in-place updates, np.power and ** 0.5, a loop over keys."""

import numpy as np


def update_parameters_with_rmsprop(parameters, grads, s, beta2 = 0.999, learning_rate = 0.01, epsilon = 1e-8):
    for key in list(s.keys()):
        s[key] = beta2 * s[key] + (1 - beta2) * np.power(grads[key], 2)
        parameters[key[1:]] = parameters[key[1:]] - learning_rate * np.divide(grads[key], s[key] ** 0.5 + epsilon)
    return parameters, s
