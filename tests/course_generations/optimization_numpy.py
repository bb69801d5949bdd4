"""Optimization and normalization, in NumPy: each course generation's notebook as students received and completed it.

This is the project's own assignment, not a course notebook, so it has one generation: our notebook
(`grade release` writes it as optimization_numpy.ipynb), "solved" with the reference's functions and "template"
as the generated stub's cells.
"""

_SOLVED = {}
_TEMPLATE = {}

_SOLVED['initialize_rmsprop'] = '''\
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
        ### START CODE HERE ###
        s["dW" + str(l)] = np.zeros(parameters["W" + str(l)].shape)
        s["db" + str(l)] = np.zeros(parameters["b" + str(l)].shape)
        ### END CODE HERE ###

    return s
'''

_TEMPLATE['initialize_rmsprop'] = '''\
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
'''

_SOLVED['update_parameters_with_rmsprop'] = '''\
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
        ### START CODE HERE ###
        s["dW" + str(l)] = beta2 * s["dW" + str(l)] + (1 - beta2) * np.square(grads["dW" + str(l)])
        s["db" + str(l)] = beta2 * s["db" + str(l)] + (1 - beta2) * np.square(grads["db" + str(l)])
        # update parameters
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)] / (np.sqrt(s["dW" + str(l)]) + epsilon)
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)] / (np.sqrt(s["db" + str(l)]) + epsilon)
        ### END CODE HERE ###

    return parameters, s
'''

_TEMPLATE['update_parameters_with_rmsprop'] = '''\
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
'''

_SOLVED['exponentially_weighted_average'] = '''\
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
        ### START CODE HERE ###
        v = beta * v + (1 - beta) * values[t - 1]
        averages[t - 1] = v
        ### END CODE HERE ###
        if bias_correction:
            ### START CODE HERE ###
            averages[t - 1] = v / (1 - beta ** t)
            ### END CODE HERE ###

    return averages
'''

_TEMPLATE['exponentially_weighted_average'] = '''\
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
'''

_SOLVED['batchnorm_forward'] = '''\
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

    ### START CODE HERE ###
    mu = np.mean(Z, axis=1, keepdims=True)
    var = np.mean((Z - mu) ** 2, axis=1, keepdims=True)
    Z_norm = (Z - mu) / np.sqrt(var + epsilon)
    Z_tilde = gamma * Z_norm + beta
    ### END CODE HERE ###

    cache = (Z, Z_norm, mu, var, gamma, beta, epsilon)

    return Z_tilde, cache
'''

_TEMPLATE['batchnorm_forward'] = '''\
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
'''

_SOLVED['batchnorm_backward'] = '''\
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

    ### START CODE HERE ###
    dbeta = np.sum(dZ_tilde, axis=1, keepdims=True)
    dgamma = np.sum(dZ_tilde * Z_norm, axis=1, keepdims=True)
    dZ_norm = dZ_tilde * gamma
    dZ = (m * dZ_norm - np.sum(dZ_norm, axis=1, keepdims=True) - Z_norm * np.sum(dZ_norm * Z_norm, axis=1, keepdims=True)) / (m * np.sqrt(var + epsilon))
    ### END CODE HERE ###

    return dZ, dgamma, dbeta
'''

_TEMPLATE['batchnorm_backward'] = '''\
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
'''

_SOLVED['softmax'] = '''\
def softmax(Z):
    """
    Computes the softmax of each column of Z, in a numerically stable way.

    Arguments:
    Z -- numpy array of shape (C, m), one column of scores per example

    Returns:
    A -- numpy array of shape (C, m), each column is the softmax of that column of Z
    """

    ### START CODE HERE ###
    T = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    A = T / np.sum(T, axis=0, keepdims=True)
    ### END CODE HERE ###

    return A
'''

_TEMPLATE['softmax'] = '''\
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
'''

_SOLVED['compute_softmax_cost'] = '''\
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

    ### START CODE HERE ###
    cost = -1 / m * np.sum(Y * np.log(AL))
    ### END CODE HERE ###

    cost = np.squeeze(cost)      # To make sure your cost's shape is what we expect (e.g. this turns [[17]] into 17).

    return cost
'''

_TEMPLATE['compute_softmax_cost'] = '''\
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
'''

_SOLVED['softmax_backward'] = '''\
def softmax_backward(AL, Y):
    """
    Implements the gradient of the softmax cross-entropy loss with respect to Z, the softmax layer's input.

    Arguments:
    AL -- probability matrix from the softmax layer, shape (C, number of examples)
    Y -- one-hot true labels, shape (C, number of examples)

    Returns:
    dZ -- gradient with respect to Z, shape (C, number of examples)
    """

    ### START CODE HERE ###
    dZ = AL - Y
    ### END CODE HERE ###

    return dZ
'''

_TEMPLATE['softmax_backward'] = '''\
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
'''

_SOLVED['sample_learning_rates'] = '''\
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

    ### START CODE HERE ###
    r = np.random.uniform(low_exp, high_exp, n)
    alphas = 10 ** r
    ### END CODE HERE ###

    return alphas
'''

_TEMPLATE['sample_learning_rates'] = '''\
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
'''

_SOLVED['sample_beta'] = '''\
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

    ### START CODE HERE ###
    r = np.random.uniform(np.log10(1 - high), np.log10(1 - low), n)
    betas = 1 - 10 ** r
    ### END CODE HERE ###

    return betas
'''

_TEMPLATE['sample_beta'] = '''\
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
'''

GENERATIONS = [
    {"generation": "2024 (ours: grade release)", "file": "optimization_numpy.ipynb",
     "title": "Optimization and normalization, in NumPy",
     "markers": True,
     "imports": "import numpy as np",
     "solved": _SOLVED,
     "template": _TEMPLATE},
]
