"""Two mistakes in gradapprox: it is theta, not x, that is shifted by epsilon, and the two shifted points are 2 epsilon apart, so divide by 2 * epsilon.

kind: combination
names-the-cause:
- misconception: gradcheck-perturbs-x
- misconception: gradcheck-divides-by-epsilon
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def forward_propagation(x, theta):
    J = np.dot(theta, x)
    return J


def backward_propagation(x, theta):
    dtheta = x
    return dtheta


def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
    x_plus = x + epsilon
    x_minus = x - epsilon
    J_plus = forward_propagation(x_plus, theta)
    J_minus = forward_propagation(x_minus, theta)
    gradapprox = (J_plus - J_minus) / epsilon
    grad = backward_propagation(x, theta)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    difference = numerator / denominator

    if print_msg:
        if difference > 2e-7:
            print("There is a mistake in the backward propagation! difference = " + str(difference))
        else:
            print("Your backward propagation works perfectly fine! difference = " + str(difference))
    return difference
