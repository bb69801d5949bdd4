"""Correct: builds the padded array by hand."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from public_tests import *

# GRADED FUNCTION: zero_pad

def zero_pad(X, pad):
    m, n_H, n_W, n_C = X.shape
    X_pad = np.zeros((m, n_H + 2 * pad, n_W + 2 * pad, n_C))
    X_pad[:, pad:pad + n_H, pad:pad + n_W, :] = X
    return X_pad
