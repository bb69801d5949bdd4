"""Correct: the closed form v_t = sum_k (1 - beta) beta ** (t - k) theta_k, vectorised."""

import numpy as np


def exponentially_weighted_average(values, beta, bias_correction = False):
    T = values.shape[0]
    t = np.arange(1, T + 1)
    weights = (1 - beta) * beta ** (t[:, None] - t[None, :]) * (t[None, :] <= t[:, None])
    averages = weights @ values
    if bias_correction:
        averages = averages / (1 - beta ** t)
    return averages
