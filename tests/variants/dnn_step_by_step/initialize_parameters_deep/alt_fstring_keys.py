"""Correct: f-string keys, the shape as a tuple, 0.01 * randn."""

import numpy as np
import h5py
import matplotlib.pyplot as plt
from testCases import *
from dnn_utils import sigmoid, sigmoid_backward, relu, relu_backward
from public_tests import *

import copy


# GRADED FUNCTION: initialize_parameters_deep

def initialize_parameters_deep(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims) # number of layers in the network

    for l in range(1, L):
        shape = (layer_dims[l], layer_dims[l - 1])
        parameters[f"W{l}"] = 0.01 * np.random.randn(*shape)
        parameters[f"b{l}"] = np.zeros((shape[0], 1))

        assert(parameters['W' + str(l)].shape == (layer_dims[l], layer_dims[l - 1]))
        assert(parameters['b' + str(l)].shape == (layer_dims[l], 1))

    return parameters
