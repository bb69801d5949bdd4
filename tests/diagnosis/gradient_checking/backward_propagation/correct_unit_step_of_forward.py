"""Correct: J is linear in theta, so J(theta + 1) - J(theta) is exactly its slope x."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = np.dot(theta, x)
    return J


def backward_propagation(x, theta):
    dtheta = forward_propagation(x, theta + 1.) - forward_propagation(x, theta)
    return dtheta
