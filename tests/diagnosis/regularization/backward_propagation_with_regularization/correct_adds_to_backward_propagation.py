"""Correct: the unregularized gradients from reg_utils.backward_propagation, then lambd / m * W added to each dW."""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


def backward_propagation_with_regularization(X, Y, cache, lambd):
    m = X.shape[1]
    W1, W2, W3 = cache[2], cache[6], cache[10]

    gradients = backward_propagation(X, Y, cache)
    gradients["dW1"] = gradients["dW1"] + lambd / m * W1
    gradients["dW2"] = gradients["dW2"] + lambd / m * W2
    gradients["dW3"] = gradients["dW3"] + lambd / m * W3

    return gradients
