"""Correct: a loop over the rows into a new float array."""

import math
from public_tests import *

import numpy as np

def normalize_rows(x):
    result = np.zeros(x.shape)
    for i in range(x.shape[0]):
        result[i, :] = x[i, :] / np.linalg.norm(x[i, :])
    return result
