"""Every entry gets dz."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from public_tests import *

# GRADED FUNCTION: distribute_value

def distribute_value(dz, shape):
    """
    Distributes the input value in the matrix of dimension shape

    Arguments:
    dz -- input scalar
    shape -- the shape (n_H, n_W) of the output matrix for which we want to distribute the value of dz

    Returns:
    a -- Array of size (n_H, n_W) for which we distributed the value of dz
    """

    ### START CODE HERE ###
    (n_H, n_W) = shape
    average = dz
    a = np.ones(shape) * average
    ### END CODE HERE ###

    return a
