"""Correct: a loop over the parameter names, a new dictionary."""

import numpy as np
import copy
import matplotlib.pyplot as plt
from testCases_v2 import *
from public_tests import *
import sklearn
import sklearn.datasets
import sklearn.linear_model
from planar_utils import plot_decision_boundary, sigmoid, load_planar_dataset, load_extra_datasets


# GRADED FUNCTION: update_parameters

def update_parameters(parameters, grads, learning_rate = 1.2):
    updated = {}
    for name in ["W1", "b1", "W2", "b2"]:
        updated[name] = parameters[name] - learning_rate * grads["d" + name]
    return updated
