"""Correct: shifts parameters_values[i] in place by + epsilon, then - 2 epsilon, and puts it back, with no copies."""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector
from gc_utils import forward_propagation_n, backward_propagation_n


def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    parameters_values, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    gradapprox = np.zeros((num_parameters, 1))

    for i in range(num_parameters):
        original = parameters_values[i, 0]
        parameters_values[i, 0] = original + epsilon
        J_plus, _ = forward_propagation_n(X, Y, vector_to_dictionary(parameters_values))
        parameters_values[i, 0] = original - epsilon
        J_minus, _ = forward_propagation_n(X, Y, vector_to_dictionary(parameters_values))
        parameters_values[i, 0] = original
        gradapprox[i, 0] = (J_plus - J_minus) / (2 * epsilon)

    difference = np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))

    if print_msg:
        if difference > 2e-7:
            print("There is a mistake in the backward propagation! difference = " + str(difference))
        else:
            print("Your backward propagation works perfectly fine! difference = " + str(difference))
    return difference
