"""Absolute value of the sum: differences of opposite signs cancel."""

import math

import numpy as np

def L1(yhat, y):
    loss = abs(np.sum(yhat - y))
    return loss
