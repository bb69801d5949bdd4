"""Computes the cost with its own copy of the network instead of calling the provided forward_propagation_n."""
import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector


def my_cost(X, Y, parameters):
    m = X.shape[1]
    A1 = relu(np.dot(parameters["W1"], X) + parameters["b1"])
    A2 = relu(np.dot(parameters["W2"], A1) + parameters["b2"])
    A3 = sigmoid(np.dot(parameters["W3"], A2) + parameters["b3"])
    return 1. / m * np.sum(np.multiply(-np.log(A3), Y) + np.multiply(-np.log(1 - A3), 1 - Y))


def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    parameters_values, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        theta_plus = np.copy(parameters_values)
        theta_plus[i] = theta_plus[i] + epsilon
        theta_minus = np.copy(parameters_values)
        theta_minus[i] = theta_minus[i] - epsilon
        J_plus = my_cost(X, Y, vector_to_dictionary(theta_plus))
        J_minus = my_cost(X, Y, vector_to_dictionary(theta_minus))
        gradapprox[i] = (J_plus - J_minus) / (2 * epsilon)
    numerator = np.linalg.norm(grad - gradapprox)
    denominator = np.linalg.norm(grad) + np.linalg.norm(gradapprox)
    return numerator / denominator
