"""Correct: sigmoid(x) = (1 + tanh(x / 2)) / 2."""

import math
from public_tests import *

import numpy as np

def sigmoid(x):
    return 0.5 * (1 + np.tanh(x / 2))
