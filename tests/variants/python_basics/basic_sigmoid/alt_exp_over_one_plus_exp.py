"""Correct: e^x / (1 + e^x), with np.exp on the number."""

import math

import numpy as np

def basic_sigmoid(x):
    e = np.exp(x)
    return e / (1 + e)
