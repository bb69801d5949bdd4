"""Correct: low_exp + (high_exp - low_exp) * np.random.rand(n), np.power."""

import numpy as np


def sample_learning_rates(n, low_exp = -4, high_exp = 0, seed = 0):
    np.random.seed(seed)
    r = low_exp + (high_exp - low_exp) * np.random.rand(n)
    return np.power(10.0, r)
