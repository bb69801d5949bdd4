"""Correct: np.dot of the (1, m) labels by the (m, 1) log probabilities."""

import numpy as np
import copy
import matplotlib.pyplot as plt
from testCases_v2 import *
from public_tests import *
import sklearn
import sklearn.datasets
import sklearn.linear_model
from planar_utils import plot_decision_boundary, sigmoid, load_planar_dataset, load_extra_datasets


# GRADED FUNCTION: compute_cost

def compute_cost(A2, Y):
    m = Y.shape[1]
    cost = - (np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m
    cost = float(np.squeeze(cost))
    return cost
