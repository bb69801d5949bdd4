"""Uses math.exp(x) instead of math.exp(-x): computes sigmoid(-x)."""

import math

import numpy as np

def basic_sigmoid(x):
    s = 1 / (1 + math.exp(x))
    return s
