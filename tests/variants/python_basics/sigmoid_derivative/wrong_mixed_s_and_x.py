"""s * (1 - x): the second factor uses x."""

import math
from public_tests import *

import numpy as np

def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def sigmoid_derivative(x):
    s = sigmoid(x)
    ds = s * (1 - x)
    return ds
