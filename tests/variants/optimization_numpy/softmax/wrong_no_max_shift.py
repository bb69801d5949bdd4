"""No subtraction of the maximum: overflows (nan) on large scores."""

import numpy as np


def softmax(Z):
    A = np.exp(Z) / np.sum(np.exp(Z), axis=0, keepdims=True)
    return A
