"""Other costs J(theta) = f(x, theta) and their gradients, with the course's signatures, to check gradient_check on non-linear costs (numpy only)."""

import numpy as np


def scaled_forward(x, theta):
    """J(theta) = 3 * theta * x: a linear cost like the course's, not its forward_propagation (gradient_check is graded
    on its own logic, whatever the student's forward_propagation does)."""
    return 3 * theta * x


def scaled_backward(x, theta):
    """dJ/dtheta of scaled_forward: 3 * x."""
    return 3 * x


def quadratic_forward(x, theta):
    """J(theta) = x * theta ** 2."""
    return x * theta ** 2


def quadratic_backward(x, theta):
    """dJ/dtheta of quadratic_forward: 2 * x * theta."""
    return 2 * x * theta


def quadratic_backward_missing_2(x, theta):
    """A buggy derivative of quadratic_forward: it forgets the factor 2."""
    return x * theta


def quadratic_backward_negated(x, theta):
    """A buggy derivative of quadratic_forward: the sign is wrong."""
    return -2 * x * theta


def exp_forward(x, theta):
    """J(theta) = x * exp(theta)."""
    return x * np.exp(theta)


def exp_backward(x, theta):
    """dJ/dtheta of exp_forward: x * exp(theta)."""
    return x * np.exp(theta)


def forward_propagation_n_with_l2(X, Y, parameters):
    """The course's forward_propagation_n, with an L2 term (sum of squared weights / 2m) added to its cost."""
    from gc_utils import forward_propagation_n

    cost, cache = forward_propagation_n(X, Y, parameters)
    m = X.shape[1]
    squares = sum(np.sum(np.square(parameters[key])) for key in ("W1", "W2", "W3"))
    return cost + squares / (2 * m), cache
