"""W * A + b: an elementwise product instead of a matrix product."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from testCases import *
from dnn_utils import sigmoid, sigmoid_backward, relu, relu_backward
from public_tests import *

import copy


# GRADED FUNCTION: linear_forward

def linear_forward(A, W, b):
    Z = W * A + b
    cache = (A, W, b)
    return Z, cache
