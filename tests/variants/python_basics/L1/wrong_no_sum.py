"""Returns the vector of absolute differences, never summed."""

import math

import numpy as np

def L1(yhat, y):
    loss = np.abs(y - yhat)
    return loss
