"""Correct: shifts along the basis vector epsilon * e_i, collects gradapprox in a list, and compares flattened vectors."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector
from gc_utils import forward_propagation_n, backward_propagation_n


def cost_at(X, Y, theta):
    J, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta))
    return J


def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    parameters_values, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients).ravel()
    approximations = []
    for i in range(len(parameters_values)):
        shift = np.zeros_like(parameters_values)
        shift[i] = epsilon
        approximations.append((cost_at(X, Y, parameters_values + shift)
                               - cost_at(X, Y, parameters_values - shift)) / (2 * epsilon))
    gradapprox = np.array(approximations, dtype=float).ravel()

    numerator = np.sqrt(np.dot(grad - gradapprox, grad - gradapprox))
    denominator = np.sqrt(np.dot(grad, grad)) + np.sqrt(np.dot(gradapprox, gradapprox))
    difference = numerator / denominator

    if print_msg:
        if difference > 2e-7:
            print("There is a mistake in the backward propagation! difference = " + str(difference))
        else:
            print("Your backward propagation works perfectly fine! difference = " + str(difference))
    return difference
