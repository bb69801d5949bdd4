"""Correct: np.multiply by 0.01 and np.zeros(shape=...), built in a dict literal."""

import numpy as np
import copy
import matplotlib.pyplot as plt
from testCases_v2 import *
from public_tests import *
import sklearn
import sklearn.datasets
import sklearn.linear_model
from planar_utils import plot_decision_boundary, sigmoid, load_planar_dataset, load_extra_datasets


# GRADED FUNCTION: initialize_parameters

def initialize_parameters(n_x, n_h, n_y):
    return {"W1": np.multiply(np.random.randn(n_h, n_x), 0.01),
            "b1": np.zeros(shape=(n_h, 1)),
            "W2": np.multiply(np.random.randn(n_y, n_h), 0.01),
            "b2": np.zeros(shape=(n_y, 1))}
