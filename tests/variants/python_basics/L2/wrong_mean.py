"""Mean of the squared differences instead of their sum."""

import math

import numpy as np

def L2(yhat, y):
    loss = np.mean(np.square(yhat - y))
    return loss
