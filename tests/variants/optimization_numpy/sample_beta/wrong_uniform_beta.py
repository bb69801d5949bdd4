"""Samples beta uniformly between low and high."""

import numpy as np


def sample_beta(n, low = 0.9, high = 0.999, seed = 0):
    np.random.seed(seed)
    betas = np.random.uniform(low, high, n)
    return betas
