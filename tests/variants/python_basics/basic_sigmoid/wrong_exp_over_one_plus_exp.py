"""e^-x / (1 + e^-x) is 1 - sigmoid(x), the sigmoid of -x."""

import math

import numpy as np

def basic_sigmoid(x):
    e = math.exp(-x)
    return e / (1 + e)
