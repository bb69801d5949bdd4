"""Returns (n_y, n_h, n_x): the input and output sizes swapped."""

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
    n_x = Y.shape[0]
    n_h = 4
    n_y = X.shape[0]
    return (n_x, n_h, n_y)
