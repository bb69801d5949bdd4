"""s * (1 + s) instead of s * (1 - s)."""

import math

import numpy as np

def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = s * (1 + s)
    return ds
