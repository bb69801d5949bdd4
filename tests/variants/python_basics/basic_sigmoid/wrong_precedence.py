"""Missing parentheses: 1 / 1 + math.exp(-x) is 1 + e^-x."""

import math
from public_tests import *

import numpy as np

def basic_sigmoid(x):
    s = 1/1+math.exp(-x)
    return s
