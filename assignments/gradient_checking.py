"""Gradient Checking: check that backpropagation computes the right gradients, first for a 1-D linear model, then for a 3-layer network.

You are part of a team working to make mobile payments available globally, and are asked to build a
deep learning model to detect fraud. Backpropagation is quite challenging to implement and sometimes
has bugs; because this is a mission-critical application, your boss wants you to prove that your
backpropagation is actually working. You will use "gradient checking" to do so.

How does gradient checking work? By the definition of a derivative,

    dJ/dtheta = lim_{epsilon -> 0} (J(theta + epsilon) - J(theta - epsilon)) / (2 * epsilon)

You know how to compute J (forward propagation) and you think you have computed dJ/dtheta correctly
(backward propagation). Compute the approximation "gradapprox" with the formula above for a small
epsilon, and compare it with the gradient "grad" from backward propagation using

    difference = ||grad - gradapprox||_2 / (||grad||_2 + ||gradapprox||_2)

(np.linalg.norm computes the norms). If the difference is small (say less than 1e-7), you can be
quite confident that you have computed your gradient correctly.

1) 1-dimensional gradient checking: J(theta) = theta * x.
   - forward_propagation(x, theta) computes J.
   - backward_propagation(x, theta) computes dtheta = dJ/dtheta.
   - gradient_check(x, theta, epsilon) compares them as described above.

2) N-dimensional gradient checking: LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID.
   forward_propagation_n and backward_propagation_n are provided (gc_utils). Their parameters are
   rolled into one column vector by dictionary_to_vector (and back by vector_to_dictionary); the
   gradients by gradients_to_vector. In gradient_check_n, for each i in range(num_parameters):
   - J_plus[i]: theta_plus = np.copy(parameters_values); theta_plus[i] = theta_plus[i] + epsilon;
     J_plus[i], _ = forward_propagation_n(X, Y, vector_to_dictionary(theta_plus))
   - J_minus[i]: the same with theta_minus and - epsilon
   - gradapprox[i] = (J_plus[i] - J_minus[i]) / (2 * epsilon)
   then compute the difference between gradapprox and grad as in part 1.

Note: gradient checking is slow, so don't run it at every iteration of training; also it doesn't
work with dropout (turn dropout off while checking).
"""

import numpy as np
from gc_utils import sigmoid, relu, dictionary_to_vector, vector_to_dictionary, gradients_to_vector
from gc_utils import forward_propagation_n, backward_propagation_n


# GRADED FUNCTION: forward_propagation

def forward_propagation(x, theta):
    """
    Implement the linear forward propagation (compute J) presented in Figure 1 (J(theta) = theta * x)

    Arguments:
    x -- a real-valued input
    theta -- our parameter, a real number as well

    Returns:
    J -- the value of function J, computed using the formula J(theta) = theta * x
    """

    ### START CODE HERE ### (≈ 1 line of code)
    J = None
    ### END CODE HERE ###

    return J


# GRADED FUNCTION: backward_propagation

def backward_propagation(x, theta):
    """
    Computes the derivative of J with respect to theta (see Figure 1).

    Arguments:
    x -- a real-valued input
    theta -- our parameter, a real number as well

    Returns:
    dtheta -- the gradient of the cost with respect to theta
    """

    ### START CODE HERE ### (≈ 1 line of code)
    dtheta = None
    ### END CODE HERE ###

    return dtheta


# GRADED FUNCTION: gradient_check

def gradient_check(x, theta, epsilon=1e-7, print_msg=False):
    """
    Implement the gradient checking presented in Figure 1.

    Arguments:
    x -- a float input
    theta -- our parameter, a float as well
    epsilon -- tiny shift to the input to compute approximated gradient with formula(1)
    print_msg -- if True, print whether the backward propagation looks right

    Returns:
    difference -- difference (2) between the approximated gradient and the backward propagation gradient. Float output
    """

    # Compute gradapprox using right side of formula (1). epsilon is small enough, you don't need to worry about the limit.
    ### START CODE HERE ### (≈ 5 lines of code)
    theta_plus = None
    theta_minus = None
    J_plus = None
    J_minus = None
    gradapprox = None
    ### END CODE HERE ###

    # Check if gradapprox is close enough to the output of backward_propagation()
    ### START CODE HERE ### (≈ 1 line of code)
    grad = None
    ### END CODE HERE ###

    ### START CODE HERE ### (≈ 3 lines of code)
    numerator = None
    denominator = None
    difference = None
    ### END CODE HERE ###

    if print_msg:
        if difference > 2e-7:
            print("\033[93m" + "There is a mistake in the backward propagation! difference = " + str(difference) + "\033[0m")
        else:
            print("\033[92m" + "Your backward propagation works perfectly fine! difference = " + str(difference) + "\033[0m")

    return difference


# GRADED FUNCTION: gradient_check_n

def gradient_check_n(parameters, gradients, X, Y, epsilon=1e-7, print_msg=False):
    """
    Checks if backward_propagation_n computes correctly the gradient of the cost output by forward_propagation_n

    Arguments:
    parameters -- python dictionary containing your parameters "W1", "b1", "W2", "b2", "W3", "b3"
    gradients -- output of backward_propagation_n, contains gradients of the cost with respect to the parameters
    X -- input datapoint, of shape (input size, number of examples)
    Y -- true "label"
    epsilon -- tiny shift to the input to compute approximated gradient with formula(1)
    print_msg -- if True, print whether the backward propagation looks right

    Returns:
    difference -- difference (2) between the approximated gradient and the backward propagation gradient
    """

    # Set-up variables
    parameters_values, _ = dictionary_to_vector(parameters)

    grad = gradients_to_vector(gradients)
    num_parameters = parameters_values.shape[0]
    J_plus = np.zeros((num_parameters, 1))
    J_minus = np.zeros((num_parameters, 1))
    gradapprox = np.zeros((num_parameters, 1))

    # Compute gradapprox
    for i in range(num_parameters):

        # Compute J_plus[i]. Inputs: "parameters_values, epsilon". Output = "J_plus[i]".
        # "_" is used because the function you have to outputs two parameters but we only care about the first one
        ### START CODE HERE ### (≈ 3 lines of code)
        theta_plus = None
        theta_plus[i] = None
        J_plus[i] = None
        _ = None
        ### END CODE HERE ###

        # Compute J_minus[i]. Inputs: "parameters_values, epsilon". Output = "J_minus[i]".
        ### START CODE HERE ### (≈ 3 lines of code)
        theta_minus = None
        theta_minus[i] = None
        J_minus[i] = None
        _ = None
        ### END CODE HERE ###

        # Compute gradapprox[i]
        ### START CODE HERE ### (≈ 1 line of code)
        gradapprox[i] = None
        ### END CODE HERE ###

    # Compare gradapprox to backward propagation gradients by computing difference.
    ### START CODE HERE ### (≈ 3 lines of code)
    numerator = None
    denominator = None
    difference = None
    ### END CODE HERE ###

    if print_msg:
        if difference > 2e-7:
            print("\033[93m" + "There is a mistake in the backward propagation! difference = " + str(difference) + "\033[0m")
        else:
            print("\033[92m" + "Your backward propagation works perfectly fine! difference = " + str(difference) + "\033[0m")

    return difference
