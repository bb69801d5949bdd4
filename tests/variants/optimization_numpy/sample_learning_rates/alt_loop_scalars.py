"""Correct: one np.random.uniform call per learning rate."""

import numpy as np


def sample_learning_rates(n, low_exp = -4, high_exp = 0, seed = 0):
    np.random.seed(seed)
    alphas = []
    for _ in range(n):
        r = np.random.uniform(low_exp, high_exp)
        alphas.append(10 ** r)
    return np.array(alphas)
