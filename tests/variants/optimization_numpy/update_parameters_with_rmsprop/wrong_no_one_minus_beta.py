"""The new squared gradient is added without the (1 - beta2) weight."""

import numpy as np


def update_parameters_with_rmsprop(parameters, grads, s, beta2 = 0.999, learning_rate = 0.01, epsilon = 1e-8):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        for p in ("W", "b"):
            s["d" + p + str(l)] = beta2 * s["d" + p + str(l)] + np.square(grads["d" + p + str(l)])
            parameters[p + str(l)] -= learning_rate * grads["d" + p + str(l)] / (np.sqrt(s["d" + p + str(l)]) + epsilon)
    return parameters, s
