"""The new value is added without the (1 - beta) weight."""

import numpy as np


def exponentially_weighted_average(values, beta, bias_correction = False):
    T = values.shape[0]
    averages = np.zeros(T)
    v = 0
    for t in range(1, T + 1):
        v = beta * v + values[t - 1]
        averages[t - 1] = v
        if bias_correction:
            averages[t - 1] = v / (1 - beta ** t)
    return averages
