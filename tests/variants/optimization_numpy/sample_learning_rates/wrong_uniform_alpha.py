"""Samples alpha uniformly between 10 ** low_exp and 10 ** high_exp."""

import numpy as np


def sample_learning_rates(n, low_exp = -4, high_exp = 0, seed = 0):
    np.random.seed(seed)
    alphas = np.random.uniform(10.0 ** low_exp, 10.0 ** high_exp, n)
    return alphas
