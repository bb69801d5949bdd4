"""Two mistakes in gradapprox: J is written out again as theta * x instead of calling forward_propagation, and the difference is one-sided, (J(theta + epsilon) - J(theta)) / epsilon.

kind: combination
names-the-cause:
- misconception: gradcheck-hardcoded
- misconception: gradcheck-one-sided
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
    J = theta * x
    J_plus = (theta + epsilon) * x
    gradapprox = (J_plus - J) / epsilon
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
