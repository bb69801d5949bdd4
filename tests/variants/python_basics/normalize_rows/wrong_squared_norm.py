"""Divides by the sum of squares instead of its square root."""

import math
from public_tests import *

import numpy as np

def normalize_rows(x):
    x_norm = np.sum(x * x, axis=1, keepdims=True)
    x = x / x_norm
    return x
