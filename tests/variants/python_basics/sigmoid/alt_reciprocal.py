"""Correct: np.reciprocal and np.add, 2017 notebook cell with its own import."""

# GRADED FUNCTION: sigmoid

import numpy as np # this means you can access numpy functions by writing np.function() instead of numpy.function()

def sigmoid(x):
    """
    Compute the sigmoid of x
    """
    ### START CODE HERE ### (≈ 1 line of code)
    s = np.reciprocal(np.add(1.0, np.exp(np.negative(x))))
    ### END CODE HERE ###
    return s
