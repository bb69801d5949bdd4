"""Correct: np.random.rand scaled to the exponent range, math.log10."""

import numpy as np


import math


def sample_beta(n, low = 0.9, high = 0.999, seed = 0):
    np.random.seed(seed)
    a, b = math.log10(1 - high), math.log10(1 - low)
    r = a + (b - a) * np.random.rand(n)
    return 1 - np.power(10, r)
