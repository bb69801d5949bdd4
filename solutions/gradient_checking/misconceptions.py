"""Known wrong implementations of the Gradient Checking exercises, one function per misconception id."""

import numpy as np
from gc_utils import dictionary_to_vector, vector_to_dictionary, gradients_to_vector
from gc_utils import forward_propagation_n
import gc_utils

# Called through this module's globals, so a case's substitutes (another cost and its gradient) apply.
from .reference import forward_propagation, backward_propagation


# backward_propagation

def backward_returns_cost(x, theta):
    return theta * x


def backward_derivative_wrt_x(x, theta):
    return theta


# gradient_check

def _difference(grad, gradapprox):
    return np.linalg.norm(grad - gradapprox) / (np.linalg.norm(grad) + np.linalg.norm(gradapprox))


def gradcheck_hardcoded(x, theta, epsilon=1e-7, print_msg=False):
    J_plus = (theta + epsilon) * x
    J_minus = (theta - epsilon) * x
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = x
    return _difference(grad, gradapprox)


def gradcheck_one_sided(x, theta, epsilon=1e-7, print_msg=False):
    J = forward_propagation(x, theta)
    J_plus = forward_propagation(x, theta + epsilon)
    gradapprox = (J_plus - J) / epsilon
    grad = backward_propagation(x, theta)
    return _difference(grad, gradapprox)


def gradcheck_perturbs_x(x, theta, epsilon=1e-7, print_msg=False):
    J_plus = forward_propagation(x + epsilon, theta)
    J_minus = forward_propagation(x - epsilon, theta)
    gradapprox = (J_plus - J_minus) / (2 * epsilon)
    grad = backward_propagation(x, theta)
    return _difference(grad, gradapprox)


def gradcheck_divides_by_epsilon(x, theta, epsilon=1e-7, print_msg=False):
    J_plus = forward_propagation(x, theta + epsilon)
    J_minus = forward_propagation(x, theta - epsilon)
    gradapprox = (J_plus - J_minus) / epsilon
    grad = backward_propagation(x, theta)
    return _difference(grad, gradapprox)


def gradcheck_operator_precedence(x, theta, epsilon=1e-7, print_msg=False):
    J_plus = forward_propagation(x, theta + epsilon)
    J_minus = forward_propagation(x, theta - epsilon)
    gradapprox = J_plus - J_minus / (2 * epsilon)
    grad = backward_propagation(x, theta)
    return _difference(grad, gradapprox)


# gradient_check_n

def _gradient_check_n(parameters, gradients, X, Y, epsilon, approximate, denominator=True):
    parameters_values, _ = dictionary_to_vector(parameters)
    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    gradapprox = np.zeros((num_parameters, 1))
    for i in range(num_parameters):
        gradapprox[i] = approximate(parameters_values, i, X, Y, epsilon)
    if not denominator:
        return np.linalg.norm(grad - gradapprox)
    return _difference(grad, gradapprox)


def _cost(X, Y, theta):
    J, _ = forward_propagation_n(X, Y, vector_to_dictionary(theta))
    return J


def _perturbed(values, i, shift):
    theta = np.copy(values)
    theta[i] = theta[i] + shift
    return theta


def _centered(values, i, X, Y, epsilon):
    return (_cost(X, Y, _perturbed(values, i, epsilon)) - _cost(X, Y, _perturbed(values, i, -epsilon))) / (2 * epsilon)


def gradcheck_n_hardcoded(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    def own_cost(theta):  # the course's network written out again instead of calling forward_propagation_n
        J, _ = gc_utils.forward_propagation_n(X, Y, vector_to_dictionary(theta))
        return J

    def centered(values, i, X, Y, epsilon):
        return (own_cost(_perturbed(values, i, epsilon)) - own_cost(_perturbed(values, i, -epsilon))) / (2 * epsilon)
    return _gradient_check_n(parameters, gradients, X, Y, epsilon, centered)


def gradcheck_n_one_sided(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    def one_sided(values, i, X, Y, epsilon):
        return (_cost(X, Y, _perturbed(values, i, epsilon)) - _cost(X, Y, values)) / epsilon
    return _gradient_check_n(parameters, gradients, X, Y, epsilon, one_sided)


def gradcheck_n_divides_by_epsilon(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    def over_epsilon(values, i, X, Y, epsilon):
        return 2 * _centered(values, i, X, Y, epsilon)
    return _gradient_check_n(parameters, gradients, X, Y, epsilon, over_epsilon)


def gradcheck_n_no_copy(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    def aliased(values, i, X, Y, epsilon):
        # theta_plus and theta_minus are parameters_values itself: the shifts accumulate in it
        values[i] = values[i] + epsilon
        J_plus = _cost(X, Y, values)
        values[i] = values[i] - epsilon
        J_minus = _cost(X, Y, values)
        return (J_plus - J_minus) / (2 * epsilon)
    return _gradient_check_n(parameters, gradients, X, Y, epsilon, aliased)


def gradcheck_n_no_denominator(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    return _gradient_check_n(parameters, gradients, X, Y, epsilon, _centered, denominator=False)
