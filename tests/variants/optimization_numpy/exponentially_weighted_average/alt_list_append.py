"""Correct: a list of averages, enumerate from 1, np.array at the end."""

import numpy as np


def exponentially_weighted_average(values, beta, bias_correction = False):
    out = []
    v = 0.0
    for t, theta in enumerate(values, start=1):
        v = beta * v + (1 - beta) * theta
        out.append(v / (1 - beta ** t) if bias_correction else v)
    return np.array(out)
