"""Correct: the 2019-20 (v6c) notebook's imports, np.shape unpacked."""

import numpy as np
import matplotlib.pyplot as plt
from testCases_v2 import *
import sklearn
import sklearn.datasets
import sklearn.linear_model
from planar_utils import plot_decision_boundary, sigmoid, load_planar_dataset, load_extra_datasets

np.random.seed(1) # set a seed so that the results are consistent


# GRADED FUNCTION: layer_sizes

def layer_sizes(X, Y):
    """
    Arguments:
    X -- input dataset of shape (input size, number of examples)
    Y -- labels of shape (output size, number of examples)
    """
    ### START CODE HERE ### (≈ 3 lines of code)
    n_x, _ = np.shape(X) # size of input layer
    n_h = 4
    n_y, _ = np.shape(Y) # size of output layer
    ### END CODE HERE ###
    return (n_x, n_h, n_y)
