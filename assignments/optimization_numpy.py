"""Optimization and normalization, in NumPy: RMSProp, exponentially weighted averages, batch normalization,
softmax and hyperparameter search.

The lectures of "Improving Deep Neural Networks" (course 2, weeks 2 and 3) introduce these tools without a NumPy
exercise of their own; here you implement each of them yourself. Notation as in the course: parameters["W" + str(l)]
and parameters["b" + str(l)] are layer l's weights and biases (l = 1..L), grads["dW" + str(l)] and
grads["db" + str(l)] their gradients; a matrix Z of shape (n, m) holds one unit per row and one example of the
mini-batch per column.

1) RMSProp keeps an exponentially weighted average s of the squared gradients (s starts at zeros, keys "dW1",
   "db1", ...) and divides each step by its square root, for l = 1, ..., L:

       s_dW[l] = beta2 * s_dW[l] + (1 - beta2) * dW[l] ** 2
       W[l] = W[l] - alpha * dW[l] / (sqrt(s_dW[l]) + epsilon)

   (and the same for b). epsilon (1e-8) is added after the square root: it only keeps the division away from zero.

2) Exponentially weighted averages of a sequence theta_1, ..., theta_T, starting from v_0 = 0:

       v_t = beta * v_(t-1) + (1 - beta) * theta_t

   v_t averages roughly the last 1 / (1 - beta) values. Because v_0 = 0, the first averages are too small; the
   bias-corrected estimate divides by one minus beta to the power of t, where t counts from 1:

       v_t_corrected = v_t / (1 - beta ** t)

   The correction is applied to what is returned, the recursion itself goes on with the uncorrected v_t.

3) Batch normalization of a layer's Z, for each unit (row) over the m examples of the mini-batch (columns):

       mu = 1/m * sum_i z(i)
       sigma2 = 1/m * sum_i (z(i) - mu) ** 2
       z_norm(i) = (z(i) - mu) / sqrt(sigma2 + epsilon)
       z_tilde(i) = gamma * z_norm(i) + beta

   The variance is the mini-batch's own (divided by m, not m - 1), and epsilon sits under the square root, next
   to sigma2. gamma and beta, of shape (n, 1), are learnt like W and b: with gamma = sqrt(sigma2 + epsilon) and
   beta = mu, z_tilde = z. Backward, with dz_norm = gamma * dz_tilde, mu and sigma2 depend on every z(i) of the
   mini-batch, so each gradient collects three terms:

       dbeta = sum_i dz_tilde(i)
       dgamma = sum_i dz_tilde(i) * z_norm(i)
       dz(i) = 1 / (m * sqrt(sigma2 + epsilon)) * (m * dz_norm(i) - sum_j dz_norm(j) - z_norm(i) * sum_j dz_norm(j) * z_norm(j))

4) Softmax regression generalizes logistic regression to C classes. For each example (column) of Z of shape (C, m):

       t = exp(z)
       a = t / sum_j t_j

   exp overflows for large z; softmax does not change when a constant is subtracted from a column, so subtract
   each column's maximum first. With one-hot labels Y of shape (C, m), the loss and cost are

       L(y, a) = - sum_j y_j * log(a_j)
       J = 1/m * sum_i L(y(i), a(i))

   and the gradient of J times m with respect to Z is dZ = A - Y.

5) Hyperparameter search: sample at random, not on a grid, and on the right scale. For a learning rate between
   10 ** low_exp and 10 ** high_exp (0.0001 to 1 by default), sample the exponent uniformly:

       r = np.random.uniform(low_exp, high_exp, n)
       alpha = 10 ** r

   For beta between 0.9 and 0.999, 1 - beta lies between 0.1 and 0.001: sample 1 - beta on a log scale:

       r = np.random.uniform(np.log10(1 - high), np.log10(1 - low), n)
       beta = 1 - 10 ** r
"""

import numpy as np


# GRADED FUNCTION: initialize_rmsprop

def initialize_rmsprop(parameters):
    """
    Initializes s, the exponentially weighted average of the squared gradients, as a python dictionary with:
                - keys: "dW1", "db1", ..., "dWL", "dbL"
                - values: numpy arrays of zeros of the same shape as the corresponding gradients/parameters.

    Arguments:
    parameters -- python dictionary containing your parameters.
                    parameters["W" + str(l)] = Wl
                    parameters["b" + str(l)] = bl

    Returns:
    s -- python dictionary that will contain the exponentially weighted average of the squared gradients.
                    s["dW" + str(l)] = ...
                    s["db" + str(l)] = ...
    """

    L = len(parameters) // 2  # number of layers in the neural networks
    s = {}

    # Initialize s
    for l in range(1, L + 1):
        ### START CODE HERE ### (≈ 2 lines of code)
        s['dW' + str(l)] = None
        s['db' + str(l)] = None
        ### END CODE HERE ###

    return s


# GRADED FUNCTION: update_parameters_with_rmsprop

def update_parameters_with_rmsprop(parameters, grads, s, beta2 = 0.999, learning_rate = 0.01, epsilon = 1e-8):
    """
    Update parameters using RMSProp

    Arguments:
    parameters -- python dictionary containing your parameters:
                    parameters["W" + str(l)] = Wl
                    parameters["b" + str(l)] = bl
    grads -- python dictionary containing your gradients for each parameters:
                    grads["dW" + str(l)] = dWl
                    grads["db" + str(l)] = dbl
    s -- RMSProp variable, moving average of the squared gradient, python dictionary
    beta2 -- exponential decay hyperparameter of the moving average, scalar
    learning_rate -- the learning rate, scalar
    epsilon -- hyperparameter preventing division by zero in RMSProp updates

    Returns:
    parameters -- python dictionary containing your updated parameters
    s -- RMSProp variable, moving average of the squared gradient, python dictionary
    """

    L = len(parameters) // 2  # number of layers in the neural networks

    # RMSProp update for each parameter
    for l in range(1, L + 1):
        # moving average of the squared gradients
        ### START CODE HERE ### (≈ 4 lines of code)
        s['dW' + str(l)] = None
        s['db' + str(l)] = None
        # update parameters
        parameters['W' + str(l)] = None
        parameters['b' + str(l)] = None
        ### END CODE HERE ###

    return parameters, s


# GRADED FUNCTION: exponentially_weighted_average

def exponentially_weighted_average(values, beta, bias_correction = False):
    """
    Computes the exponentially weighted averages v_1, ..., v_T of the sequence values, starting from v_0 = 0.

    Arguments:
    values -- numpy array of shape (T,), the sequence theta_1, ..., theta_T
    beta -- the weight of the previous average, scalar between 0 and 1
    bias_correction -- if True, return the bias-corrected averages v_t / (1 - beta ** t)

    Returns:
    averages -- numpy array of shape (T,), averages[t - 1] is v_t (bias-corrected if asked)
    """

    T = values.shape[0]
    averages = np.zeros(T)
    v = 0

    for t in range(1, T + 1):
        # the running average after the t-th value (values[t - 1])
        ### START CODE HERE ### (≈ 2 lines of code)
        v = None
        averages[t - 1] = None
        ### END CODE HERE ###
        if bias_correction:
            ### START CODE HERE ### (≈ 1 line of code)
            averages[t - 1] = None
            ### END CODE HERE ###

    return averages


# GRADED FUNCTION: batchnorm_forward

def batchnorm_forward(Z, gamma, beta, epsilon = 1e-8):
    """
    Implements batch normalization of Z, for each unit (row) over the examples of the mini-batch (columns).

    Arguments:
    Z -- pre-activations of a layer, numpy array of shape (n, m)
    gamma -- scale parameter, numpy array of shape (n, 1)
    beta -- shift parameter, numpy array of shape (n, 1)
    epsilon -- small number added to the variance, for numerical stability

    Returns:
    Z_tilde -- normalized, scaled and shifted Z, numpy array of shape (n, m)
    cache -- tuple (Z, Z_norm, mu, var, gamma, beta, epsilon), stored for batchnorm_backward;
             mu and var have shape (n, 1)
    """

    ### START CODE HERE ### (≈ 4 lines of code)
    mu = None
    var = None
    Z_norm = None
    Z_tilde = None
    ### END CODE HERE ###

    cache = (Z, Z_norm, mu, var, gamma, beta, epsilon)

    return Z_tilde, cache


# GRADED FUNCTION: batchnorm_backward

def batchnorm_backward(dZ_tilde, cache):
    """
    Implements the backward propagation of batch normalization.

    Arguments:
    dZ_tilde -- gradient of the cost with respect to Z_tilde, numpy array of shape (n, m)
    cache -- tuple (Z, Z_norm, mu, var, gamma, beta, epsilon) from batchnorm_forward

    Returns:
    dZ -- gradient of the cost with respect to Z, numpy array of shape (n, m)
    dgamma -- gradient of the cost with respect to gamma, numpy array of shape (n, 1)
    dbeta -- gradient of the cost with respect to beta, numpy array of shape (n, 1)
    """

    Z, Z_norm, mu, var, gamma, beta, epsilon = cache
    m = Z.shape[1]

    ### START CODE HERE ### (≈ 4 lines of code)
    dbeta = None
    dgamma = None
    dZ_norm = None
    dZ = None
    ### END CODE HERE ###

    return dZ, dgamma, dbeta


# GRADED FUNCTION: softmax

def softmax(Z):
    """
    Computes the softmax of each column of Z, in a numerically stable way.

    Arguments:
    Z -- numpy array of shape (C, m), one column of scores per example

    Returns:
    A -- numpy array of shape (C, m), each column is the softmax of that column of Z
    """

    ### START CODE HERE ### (≈ 2 lines of code)
    T = None
    A = None
    ### END CODE HERE ###

    return A


# GRADED FUNCTION: compute_softmax_cost

def compute_softmax_cost(AL, Y):
    """
    Implements the cross-entropy cost of a softmax output layer.

    Arguments:
    AL -- probability matrix from the softmax layer, shape (C, number of examples)
    Y -- one-hot true labels, shape (C, number of examples)

    Returns:
    cost -- cross-entropy cost, the mean over the examples of - sum_j Y log AL
    """

    m = Y.shape[1]

    ### START CODE HERE ### (≈ 1 line of code)
    cost = None
    ### END CODE HERE ###

    cost = np.squeeze(cost)      # To make sure your cost's shape is what we expect (e.g. this turns [[17]] into 17).

    return cost


# GRADED FUNCTION: softmax_backward

def softmax_backward(AL, Y):
    """
    Implements the gradient of the softmax cross-entropy loss with respect to Z, the softmax layer's input.

    Arguments:
    AL -- probability matrix from the softmax layer, shape (C, number of examples)
    Y -- one-hot true labels, shape (C, number of examples)

    Returns:
    dZ -- gradient with respect to Z, shape (C, number of examples)
    """

    ### START CODE HERE ### (≈ 1 line of code)
    dZ = None
    ### END CODE HERE ###

    return dZ


# GRADED FUNCTION: sample_learning_rates

def sample_learning_rates(n, low_exp = -4, high_exp = 0, seed = 0):
    """
    Samples n learning rates at random on a log scale, between 10 ** low_exp and 10 ** high_exp.

    Arguments:
    n -- number of learning rates to sample
    low_exp -- exponent of the smallest learning rate
    high_exp -- exponent of the largest learning rate
    seed -- random seed, so that your samples are the same as ours

    Returns:
    alphas -- numpy array of shape (n,), the sampled learning rates
    """

    np.random.seed(seed)

    ### START CODE HERE ### (≈ 2 lines of code)
    r = None
    alphas = None
    ### END CODE HERE ###

    return alphas


# GRADED FUNCTION: sample_beta

def sample_beta(n, low = 0.9, high = 0.999, seed = 0):
    """
    Samples n values of beta (the exponentially weighted averages' hyperparameter) between low and high,
    on a log scale of 1 - beta.

    Arguments:
    n -- number of values to sample
    low -- smallest beta
    high -- largest beta
    seed -- random seed, so that your samples are the same as ours

    Returns:
    betas -- numpy array of shape (n,), the sampled values of beta
    """

    np.random.seed(seed)

    ### START CODE HERE ### (≈ 2 lines of code)
    r = None
    betas = None
    ### END CODE HERE ###

    return betas
