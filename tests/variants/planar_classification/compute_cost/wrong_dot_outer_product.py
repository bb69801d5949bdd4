"""np.dot of a column by a row: every example paired with every label."""

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
    logprobs = np.dot(np.log(A2).T, Y) + np.dot(np.log(1 - A2).T, (1 - Y))
    cost = - np.sum(logprobs) / m
    cost = float(np.squeeze(cost))
    return cost
