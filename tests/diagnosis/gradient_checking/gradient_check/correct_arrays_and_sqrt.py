"""Correct: grad and gradapprox held as 1-element arrays, norms as np.sqrt(np.sum(v ** 2)), difference as a float."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = np.dot(theta, x)
    return J


def backward_propagation(x, theta):
    dtheta = x
    return dtheta


def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
    shifts = np.array([epsilon, -epsilon])
    J = np.array([forward_propagation(x, theta + s) for s in shifts])
    gradapprox = np.array([(J[0] - J[1]) / (2. * epsilon)])
    grad = np.array([backward_propagation(x, theta)], dtype=float)
    numerator = np.sqrt(np.sum((grad - gradapprox) ** 2))
    denominator = np.sqrt(np.sum(grad ** 2)) + np.sqrt(np.sum(gradapprox ** 2))
    difference = float(numerator / denominator)

    if print_msg:
        if difference > 2e-7:
            print("There is a mistake in the backward propagation! difference = " + str(difference))
        else:
            print("Your backward propagation works perfectly fine! difference = " + str(difference))
    return difference
