"""Correct: np.multiply and from opt_utils import * (older course)."""

import math

import numpy as np
from opt_utils import *


def update_parameters_with_momentum(parameters, grads, v, beta, learning_rate):
    L = len(parameters) // 2
    for l in range(1, L + 1):

        v["dW" + str(l)] = np.multiply(beta, v["dW" + str(l)]) + np.multiply(1 - beta, grads["dW" + str(l)])
        v["db" + str(l)] = np.multiply(beta, v["db" + str(l)]) + np.multiply(1 - beta, grads["db" + str(l)])
        parameters["W" + str(l)] = parameters["W" + str(l)] - np.multiply(learning_rate, v["dW" + str(l)])
        parameters["b" + str(l)] = parameters["b" + str(l)] - np.multiply(learning_rate, v["db" + str(l)])
    return parameters, v
