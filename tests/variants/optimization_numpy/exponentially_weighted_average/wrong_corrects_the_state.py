"""Stores the bias-corrected value back into v, so the recursion goes on with it."""

import numpy as np


def exponentially_weighted_average(values, beta, bias_correction = False):
    T = values.shape[0]
    averages = np.zeros(T)
    v = 0
    for t in range(1, T + 1):
        v = beta * v + (1 - beta) * values[t - 1]
        if bias_correction:
            v = v / (1 - beta ** t)
        averages[t - 1] = v
    return averages
