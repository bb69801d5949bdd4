"""Other course generations' correct implementations, accepted beside the reference (Exercise.accepted)."""

import numpy as np

from .reference import zero_pad


def conv_single_step_2017(a_slice_prev, W, b):
    """The first (2017, v1) notebook: "Element-wise product between a_slice and W. Add bias." then the sum, so the
    bias is added to each of the f * f * n_C_prev products (its test expects Z = -23.1602122025; v2 and later
    sum first and add float(b) once: -6.99908945068)."""
    s = np.multiply(a_slice_prev, W) + b
    Z = np.sum(s)
    return Z


def conv_forward_2017(A_prev, W, b, hparameters):
    """conv_forward on top of the 2017 conv_single_step (each window's bias counted f * f * n_C_prev times): the
    value a correct 2017 notebook's conv_forward returns."""
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    (f, f, n_C_prev, n_C) = W.shape
    stride, pad = hparameters["stride"], hparameters["pad"]
    n_H = int((n_H_prev + 2 * pad - f) / stride) + 1
    n_W = int((n_W_prev + 2 * pad - f) / stride) + 1
    Z = np.zeros((m, n_H, n_W, n_C))
    A_prev_pad = zero_pad(A_prev, pad)
    for i in range(m):
        for h in range(n_H):
            for w in range(n_W):
                for c in range(n_C):
                    window = A_prev_pad[i, h * stride:h * stride + f, w * stride:w * stride + f, :]
                    Z[i, h, w, c] = conv_single_step_2017(window, W[:, :, :, c], b[:, :, :, c])
    return Z, (A_prev, W, b, hparameters)
