"""Slices all channels: pools over the channels too."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from public_tests import *

# GRADED FUNCTION: pool_forward

def pool_forward(A_prev, hparameters, mode="max"):
    """
    Implements the forward pass of the pooling layer

    Arguments:
    A_prev -- Input data, numpy array of shape (m, n_H_prev, n_W_prev, n_C_prev)
    hparameters -- python dictionary containing "f" and "stride"
    mode -- the pooling mode you would like to use, defined as a string ("max" or "average")

    Returns:
    A -- output of the pool layer, a numpy array of shape (m, n_H, n_W, n_C)
    cache -- cache used in the backward pass of the pooling layer, contains the input and hparameters
    """

    # Retrieve dimensions from the input shape
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape

    # Retrieve hyperparameters from "hparameters"
    f = hparameters["f"]
    stride = hparameters["stride"]

    # Define the dimensions of the output
    n_H = int(1 + (n_H_prev - f) / stride)
    n_W = int(1 + (n_W_prev - f) / stride)
    n_C = n_C_prev

    # Initialize output matrix A
    A = np.zeros((m, n_H, n_W, n_C))

    for i in range(m):                         # loop over the training examples
        for h in range(n_H):                   # loop on the vertical axis of the output volume
            ### START CODE HERE ###
            vert_start = h * stride
            vert_end = vert_start + f
            ### END CODE HERE ###
            for w in range(n_W):               # loop on the horizontal axis of the output volume
                ### START CODE HERE ###
                horiz_start = w * stride
                horiz_end = horiz_start + f
                ### END CODE HERE ###
                for c in range(n_C):           # loop over the channels of the output volume
                    ### START CODE HERE ###
                    a_prev_slice = A_prev[i, vert_start:vert_end, horiz_start:horiz_end, :]
                    ### END CODE HERE ###
                    # Compute the pooling operation on the slice.
                    if mode == "max":
                        ### START CODE HERE ###
                        A[i, h, w, c] = np.max(a_prev_slice)
                        ### END CODE HERE ###
                    elif mode == "average":
                        ### START CODE HERE ###
                        A[i, h, w, c] = np.mean(a_prev_slice)
                        ### END CODE HERE ###

    # Store the input and hparameters in "cache" for pool_backward()
    cache = (A_prev, hparameters)

    return A, cache
