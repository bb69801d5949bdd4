"""No keepdims: the (m,) sums do not broadcast row-wise."""

import math

import numpy as np

def softmax(x):
    x_exp = np.exp(x)
    x_sum = np.sum(x_exp, axis=1)
    s = x_exp / x_sum
    return s
