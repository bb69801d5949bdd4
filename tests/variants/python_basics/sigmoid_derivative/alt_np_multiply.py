"""Correct: np.multiply(s, 1 - s) with the student's own sigmoid."""

import math
from public_tests import *

import numpy as np

def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = np.multiply(s, np.subtract(1, s))
    return ds
