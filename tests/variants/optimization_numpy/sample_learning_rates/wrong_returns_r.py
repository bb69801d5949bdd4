"""Returns the exponents instead of the learning rates."""

import numpy as np


def sample_learning_rates(n, low_exp = -4, high_exp = 0, seed = 0):
    np.random.seed(seed)
    r = np.random.uniform(low_exp, high_exp, n)
    return r
