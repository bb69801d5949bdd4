"""Returns the shapes of X and Y (tuples) instead of their first dimensions."""

import numpy as np
import copy
import matplotlib.pyplot as plt
from testCases_v2 import *
from public_tests import *
import sklearn
import sklearn.datasets
import sklearn.linear_model
from planar_utils import plot_decision_boundary, sigmoid, load_planar_dataset, load_extra_datasets


# GRADED FUNCTION: layer_sizes

def layer_sizes(X, Y):
    n_x = X.shape
    n_h = 4
    n_y = Y.shape
    return (n_x, n_h, n_y)
