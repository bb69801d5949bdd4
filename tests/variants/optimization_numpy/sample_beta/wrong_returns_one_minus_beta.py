"""Returns 10 ** r, which is 1 - beta."""

import numpy as np


def sample_beta(n, low = 0.9, high = 0.999, seed = 0):
    np.random.seed(seed)
    r = np.random.uniform(np.log10(1 - high), np.log10(1 - low), n)
    betas = 10 ** r
    return betas
