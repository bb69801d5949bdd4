"""Correct: a helper computes the relative difference with abs(); gradapprox = 0.5 * (J_plus - J_minus) / epsilon."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = np.dot(theta, x)
    return J


def backward_propagation(x, theta):
    dtheta = x
    return dtheta


def relative_difference(a, b):
    return abs(a - b) / (abs(a) + abs(b))


def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
    J_plus, J_minus = (forward_propagation(x, t) for t in (theta + epsilon, theta - epsilon))
    gradapprox = 0.5 * (J_plus - J_minus) / epsilon
    grad = backward_propagation(x, theta)
    difference = relative_difference(grad, gradapprox)

    if print_msg:
        if difference > 2e-7:
            print("There is a mistake in the backward propagation! difference = " + str(difference))
        else:
            print("Your backward propagation works perfectly fine! difference = " + str(difference))
    return difference
