"""Copied basic_sigmoid: math.exp fails on arrays (passes only the plain-number case)."""

import math

import numpy as np

def sigmoid(x):
    s = 1 / (1 + math.exp(-x))
    return s
