"""Correct: (1 + e^-x) ** -1, 2021 notebook imports."""

import math
from public_tests import *

import numpy as np

def basic_sigmoid(x):
    """
    Compute sigmoid of x.
    """
    # (≈ 1 line of code)
    # s =
    # YOUR CODE STARTS HERE
    s = (1 + math.exp(-x)) ** (-1)
    # YOUR CODE ENDS HERE
    return s
