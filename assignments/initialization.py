"""Initialization: choose the initial weights of a 3-layer ReLU network well.

A well chosen initialization speeds up gradient descent and makes it more likely to reach a low
training (and generalization) error. The model used in the notebook is
LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID, and you implement three initializations:

1. initialize_parameters_zeros: every W[l] and b[l] set to zeros. This fails to "break symmetry":
   every neuron of a layer computes the same function and receives the same gradient, so the
   network is no more powerful than logistic regression.
2. initialize_parameters_random: W[l] = np.random.randn(n[l], n[l-1]) * 10 (seed 3), b[l] = 0.
   Symmetry is broken, but the very large weights saturate the sigmoid output, the initial cost
   is huge and optimization is slow.
3. initialize_parameters_he: W[l] = np.random.randn(n[l], n[l-1]) * sqrt(2 / n[l-1]) (seed 3),
   b[l] = 0. He et al. (2015) scale by the fan-in n[l-1] of the layer; the factor 2 compensates
   for ReLU zeroing half of its inputs, so the variance of the activations stays about constant
   from layer to layer (Xavier initialization uses sqrt(1 / n[l-1]), which suits tanh).

Each function takes layers_dims, a list with the size of each layer (layers_dims[0] is the input
size), and returns a dictionary with "W1", "b1", ..., "WL", "bL" where W[l] has shape
(layers_dims[l], layers_dims[l-1]) and b[l] has shape (layers_dims[l], 1).
"""

import numpy as np
from init_utils import sigmoid, relu, compute_loss, forward_propagation, backward_propagation
from init_utils import update_parameters, predict, load_dataset, plot_decision_boundary, predict_dec


# GRADED FUNCTION: initialize_parameters_zeros

def initialize_parameters_zeros(layers_dims):
    """
    Arguments:
    layer_dims -- python array (list) containing the size of each layer.

    Returns:
    parameters -- python dictionary containing your parameters "W1", "b1", ..., "WL", "bL":
                    W1 -- weight matrix of shape (layers_dims[1], layers_dims[0])
                    b1 -- bias vector of shape (layers_dims[1], 1)
                    ...
                    WL -- weight matrix of shape (layers_dims[L], layers_dims[L-1])
                    bL -- bias vector of shape (layers_dims[L], 1)
    """

    parameters = {}
    L = len(layers_dims)            # number of layers in the network

    for l in range(1, L):
        ### START CODE HERE ### (≈ 2 lines of code)
        parameters['W' + str(l)] = None
        parameters['b' + str(l)] = None
        ### END CODE HERE ###
    return parameters


# GRADED FUNCTION: initialize_parameters_random

def initialize_parameters_random(layers_dims):
    """
    Arguments:
    layer_dims -- python array (list) containing the size of each layer.

    Returns:
    parameters -- python dictionary containing your parameters "W1", "b1", ..., "WL", "bL":
                    W1 -- weight matrix of shape (layers_dims[1], layers_dims[0])
                    b1 -- bias vector of shape (layers_dims[1], 1)
                    ...
                    WL -- weight matrix of shape (layers_dims[L], layers_dims[L-1])
                    bL -- bias vector of shape (layers_dims[L], 1)
    """

    np.random.seed(3)               # This seed makes sure your "random" numbers will be the as ours
    parameters = {}
    L = len(layers_dims)            # integer representing the number of layers

    for l in range(1, L):
        ### START CODE HERE ### (≈ 2 lines of code)
        parameters['W' + str(l)] = None
        parameters['b' + str(l)] = None
        ### END CODE HERE ###

    return parameters


# GRADED FUNCTION: initialize_parameters_he

def initialize_parameters_he(layers_dims):
    """
    Arguments:
    layer_dims -- python array (list) containing the size of each layer.

    Returns:
    parameters -- python dictionary containing your parameters "W1", "b1", ..., "WL", "bL":
                    W1 -- weight matrix of shape (layers_dims[1], layers_dims[0])
                    b1 -- bias vector of shape (layers_dims[1], 1)
                    ...
                    WL -- weight matrix of shape (layers_dims[L], layers_dims[L-1])
                    bL -- bias vector of shape (layers_dims[L], 1)
    """

    np.random.seed(3)
    parameters = {}
    L = len(layers_dims) - 1 # integer representing the number of layers

    for l in range(1, L + 1):
        ### START CODE HERE ### (≈ 2 lines of code)
        parameters['W' + str(l)] = None
        parameters['b' + str(l)] = None
        ### END CODE HERE ###

    return parameters
