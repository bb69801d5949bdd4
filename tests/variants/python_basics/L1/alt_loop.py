"""Correct: a Python loop returning a float."""

import math

import numpy as np

def L1(yhat, y):
    loss = 0.0
    for i in range(len(y)):
        loss += abs(y[i] - yhat[i])
    return loss
