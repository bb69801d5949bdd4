"""Correct: vectorised over the batch and channels (max/mean over axes 1, 2)."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from public_tests import *

# GRADED FUNCTION: pool_forward

def pool_forward(A_prev, hparameters, mode = "max"):
    m, n_H_prev, n_W_prev, n_C_prev = A_prev.shape
    f, stride = hparameters["f"], hparameters["stride"]
    n_H = int(1 + (n_H_prev - f) / stride)
    n_W = int(1 + (n_W_prev - f) / stride)
    A = np.zeros((m, n_H, n_W, n_C_prev))
    reduce = np.max if mode == "max" else np.mean
    for h in range(n_H):
        for w in range(n_W):
            A[:, h, w, :] = reduce(A_prev[:, h * stride:h * stride + f, w * stride:w * stride + f, :], axis=(1, 2))
    cache = (A_prev, hparameters)
    return A, cache
