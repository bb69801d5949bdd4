"""e ** r instead of 10 ** r."""

import numpy as np


def sample_learning_rates(n, low_exp = -4, high_exp = 0, seed = 0):
    np.random.seed(seed)
    r = np.random.uniform(low_exp, high_exp, n)
    alphas = np.exp(r)
    return alphas
