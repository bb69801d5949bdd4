"""Counts t from 0 with enumerate: the first correction divides by 1 - beta ** 0."""

import numpy as np


def exponentially_weighted_average(values, beta, bias_correction = False):
    averages = np.zeros(len(values))
    v = 0
    for t, theta in enumerate(values):
        v = beta * v + (1 - beta) * theta
        if bias_correction:
            averages[t] = v / (1 - beta ** t)
        else:
            averages[t] = v
    return averages
