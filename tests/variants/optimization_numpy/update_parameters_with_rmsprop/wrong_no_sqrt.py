"""Divides the gradient by s instead of its square root."""

import numpy as np


def update_parameters_with_rmsprop(parameters, grads, s, beta2 = 0.999, learning_rate = 0.01, epsilon = 1e-8):
    L = len(parameters) // 2
    for l in range(1, L + 1):
        s["dW" + str(l)] = beta2 * s["dW" + str(l)] + (1 - beta2) * grads["dW" + str(l)] ** 2
        s["db" + str(l)] = beta2 * s["db" + str(l)] + (1 - beta2) * grads["db" + str(l)] ** 2
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)] / (s["dW" + str(l)] + epsilon)
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)] / (s["db" + str(l)] + epsilon)
    return parameters, s
