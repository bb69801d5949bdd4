"""Regularization: reduce overfitting of a 3-layer network with L2 regularization and dropout.

The model is LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID, with parameters W1, b1, W2, b2,
W3, b3 and m training examples (the number of columns of X and Y).

1. L2 regularization adds the squared Frobenius norm of the weights to the cross-entropy cost:

       J_regularized = -(1/m) * sum_i [ y(i) log a3(i) + (1 - y(i)) log(1 - a3(i)) ]
                       + (1/m) * (lambd/2) * sum_l sum_k sum_j (W[l]_kj)^2          (2)

   - compute_cost_with_regularization: use compute_cost(A3, Y) for the cross-entropy part and
     np.sum(np.square(Wl)) for each weight matrix.
   - backward_propagation_with_regularization: the regularization term adds (lambd/m) * W[l]
     to each dW[l]; every other gradient is the usual one (dZ3 = A3 - Y, dW = (1/m) dZ A_prev^T, ...).

2. Dropout (inverted dropout) shuts down each neuron of the hidden layers with probability
   1 - keep_prob at every iteration:

   - forward_propagation_with_dropout: for each hidden layer l = 1, 2, after A[l] = relu(Z[l]):
       1. create a random matrix D[l] of the same shape as A[l] with np.random.rand;
       2. turn it into a 0/1 mask that keeps an entry with probability keep_prob
          (hint: to threshold a matrix X, X = (X < keep_prob).astype(int));
       3. shut down the dropped neurons: A[l] * D[l];
       4. divide A[l] by keep_prob, so that the expected value of the activations is unchanged.
     The output layer gets no dropout. The cache keeps the masks:
       (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3).
   - backward_propagation_with_dropout: shut down the same neurons in the gradients dA2 and dA1
     (apply the masks D2 and D1 stored in the cache), then divide them by keep_prob again, since
     the forward pass scaled A2 and A1 by 1/keep_prob.

Both backward functions return a dictionary with the keys
"dZ3", "dW3", "db3", "dA2", "dZ2", "dW2", "db2", "dA1", "dZ1", "dW1", "db1".
"""

import numpy as np
from reg_utils import sigmoid, relu, plot_decision_boundary, initialize_parameters, load_2D_dataset, predict_dec
from reg_utils import compute_cost, predict, forward_propagation, backward_propagation, update_parameters


# GRADED FUNCTION: compute_cost_with_regularization

def compute_cost_with_regularization(A3, Y, parameters, lambd):
    """
    Implement the cost function with L2 regularization. See formula (2) above.

    Arguments:
    A3 -- post-activation, output of forward propagation, of shape (output size, number of examples)
    Y -- "true" labels vector, of shape (output size, number of examples)
    parameters -- python dictionary containing parameters of the model
    lambd -- regularization hyperparameter, scalar

    Returns:
    cost - value of the regularized loss function (formula (2))
    """
    m = Y.shape[1]
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    W3 = parameters["W3"]

    cross_entropy_cost = compute_cost(A3, Y) # This gives you the cross-entropy part of the cost

    ### START CODE HERE ### (≈ 1 line of code)
    L2_regularization_cost = None
    ### END CODE HERE ###

    cost = cross_entropy_cost + L2_regularization_cost

    return cost


# GRADED FUNCTION: backward_propagation_with_regularization

def backward_propagation_with_regularization(X, Y, cache, lambd):
    """
    Implements the backward propagation of our baseline model to which we added an L2 regularization.

    Arguments:
    X -- input dataset, of shape (input size, number of examples)
    Y -- "true" labels vector, of shape (output size, number of examples)
    cache -- cache output from forward_propagation()
    lambd -- regularization hyperparameter, scalar

    Returns:
    gradients -- A dictionary with the gradients with respect to each parameter, activation and pre-activation variables
    """

    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache

    dZ3 = A3 - Y

    ### START CODE HERE ### (≈ 1 line of code)
    dW3 = None
    ### END CODE HERE ###
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)

    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    ### START CODE HERE ### (≈ 1 line of code)
    dW2 = None
    ### END CODE HERE ###
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)

    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    ### START CODE HERE ### (≈ 1 line of code)
    dW1 = None
    ### END CODE HERE ###
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)

    gradients = {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
                 "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
                 "dZ1": dZ1, "dW1": dW1, "db1": db1}

    return gradients


# GRADED FUNCTION: forward_propagation_with_dropout

def forward_propagation_with_dropout(X, parameters, keep_prob = 0.5):
    """
    Implements the forward propagation: LINEAR -> RELU + DROPOUT -> LINEAR -> RELU + DROPOUT -> LINEAR -> SIGMOID.

    Arguments:
    X -- input dataset, of shape (2, number of examples)
    parameters -- python dictionary containing your parameters "W1", "b1", "W2", "b2", "W3", "b3":
                    W1 -- weight matrix of shape (20, 2)
                    b1 -- bias vector of shape (20, 1)
                    W2 -- weight matrix of shape (3, 20)
                    b2 -- bias vector of shape (3, 1)
                    W3 -- weight matrix of shape (1, 3)
                    b3 -- bias vector of shape (1, 1)
    keep_prob - probability of keeping a neuron active during drop-out, scalar

    Returns:
    A3 -- last activation value, output of the forward propagation, of shape (1,1)
    cache -- tuple, information stored for computing the backward propagation
    """

    np.random.seed(1)

    # retrieve parameters
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    W3 = parameters["W3"]
    b3 = parameters["b3"]

    # LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    ### START CODE HERE ### (≈ 4 lines of code)
    # Steps 1-4 below correspond to the Steps 1-4 described above.
    # Step 1: initialize matrix D1 = np.random.rand(..., ...)
    D1 = None
    # Step 2: convert entries of D1 to 0 or 1 (using keep_prob as the threshold)
    D1 = None
    # Step 3: shut down some neurons of A1
    A1 = None
    # Step 4: scale the value of neurons that haven't been shut down
    A1 = None
    ### END CODE HERE ###
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    ### START CODE HERE ### (≈ 4 lines of code)
    # Step 1: initialize matrix D2 = np.random.rand(..., ...)
    D2 = None
    # Step 2: convert entries of D2 to 0 or 1 (using keep_prob as the threshold)
    D2 = None
    # Step 3: shut down some neurons of A2
    A2 = None
    # Step 4: scale the value of neurons that haven't been shut down
    A2 = None
    ### END CODE HERE ###
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)

    cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)

    return A3, cache


# GRADED FUNCTION: backward_propagation_with_dropout

def backward_propagation_with_dropout(X, Y, cache, keep_prob):
    """
    Implements the backward propagation of our baseline model to which we added dropout.

    Arguments:
    X -- input dataset, of shape (2, number of examples)
    Y -- "true" labels vector, of shape (output size, number of examples)
    cache -- cache output from forward_propagation_with_dropout()
    keep_prob - probability of keeping a neuron active during drop-out, scalar

    Returns:
    gradients -- A dictionary with the gradients with respect to each parameter, activation and pre-activation variables
    """

    m = X.shape[1]
    (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache

    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    ### START CODE HERE ### (≈ 2 lines of code)
    # Step 1: Apply mask D2 to shut down the same neurons as during the forward propagation
    dA2 = None
    # Step 2: Scale the value of neurons that haven't been shut down
    dA2 = None
    ### END CODE HERE ###
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)

    dA1 = np.dot(W2.T, dZ2)
    ### START CODE HERE ### (≈ 2 lines of code)
    # Step 1: Apply mask D1 to shut down the same neurons as during the forward propagation
    dA1 = None
    # Step 2: Scale the value of neurons that haven't been shut down
    dA1 = None
    ### END CODE HERE ###
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)

    gradients = {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
                 "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
                 "dZ1": dZ1, "dW1": dW1, "db1": db1}

    return gradients
