"""Correct: np.multiply(np.random.randn(*shape), 0.01) and np.zeros given a list."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from testCases import *
from dnn_utils import sigmoid, sigmoid_backward, relu, relu_backward
from public_tests import *

import copy


# GRADED FUNCTION: initialize_parameters

def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(1)
    W1 = np.multiply(np.random.randn(*(n_h, n_x)), 0.01)
    b1 = np.zeros([n_h, 1])
    W2 = np.multiply(np.random.randn(*(n_y, n_h)), 0.01)
    b2 = np.zeros([n_y, 1])
    parameters = {"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}
    return parameters
