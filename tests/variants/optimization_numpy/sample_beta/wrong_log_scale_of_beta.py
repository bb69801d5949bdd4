"""Log scale on beta itself instead of 1 - beta."""

import numpy as np


def sample_beta(n, low = 0.9, high = 0.999, seed = 0):
    np.random.seed(seed)
    r = np.random.uniform(np.log10(low), np.log10(high), n)
    betas = 10 ** r
    return betas
