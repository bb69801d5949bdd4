"""Uses x instead of s = sigmoid(x) in the formula."""

import math

import numpy as np

def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = x * (1 - x)
    return ds
