"""Correct, 2021+ notebook: positional activation arguments, update_parameters' result not reassigned (it updates the
dict in place), costs recorded with `if i % 100 == 0`."""

import time
import numpy as np
import h5py
import matplotlib.pyplot as plt
import scipy
from PIL import Image
from scipy import ndimage
from dnn_app_utils_v3 import *
from public_tests import *

# %matplotlib inline
plt.rcParams['figure.figsize'] = (5.0, 4.0) # set default size of plots

np.random.seed(1)

train_x_orig, train_y, test_x_orig, test_y, classes = load_data()

### CONSTANTS DEFINING THE MODEL ####
n_x = 12288     # num_px * num_px * 3
n_h = 7
n_y = 1
layers_dims = (n_x, n_h, n_y)
learning_rate = 0.0075


def two_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    np.random.seed(1)
    grads = {}
    costs = []
    (n_x, n_h, n_y) = layers_dims
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(0, num_iterations):
        A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"], "relu")
        A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"], "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = - (np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, grads["dW2"], grads["db2"] = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, grads["dW1"], grads["db1"] = linear_activation_backward(dA1, cache1, "relu")
        update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs


parameters, costs = two_layer_model(train_x_orig.reshape(6, -1).T / 255., train_y, layers_dims = (n_x, n_h, n_y), num_iterations = 2500, print_cost=True)
