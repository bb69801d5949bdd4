"""Logistic Regression with a Neural Network mindset: a cat classifier built step by step.

You will build a logistic regression classifier to recognize cats, with a Neural Network mindset.
Do not use loops (for/while) in your code, unless the instructions explicitly ask you to do so;
use np.dot(X, Y) for dot products.

The dataset: a training set of m_train images labelled cat (y=1) or non-cat (y=0), a test set of
m_test images, each of shape (num_px, num_px, 3). Each image is flattened into a column of
num_px * num_px * 3 values (divided by 255), so that X has shape (num_px * num_px * 3, m) and the
labels Y have shape (1, m).

For one example x(i):
    z(i) = w^T x(i) + b
    yhat(i) = a(i) = sigmoid(z(i))
    L(a(i), y(i)) = - y(i) log(a(i)) - (1 - y(i)) log(1 - a(i))
and the cost is the average loss over the m examples:
    J = -1/m * sum_i ( y(i) log(a(i)) + (1 - y(i)) log(1 - a(i)) )

Build the parts of the algorithm:
1) sigmoid(z) = 1 / (1 + exp(-z)), for a scalar or a numpy array of any size.
2) initialize_with_zeros(dim): w, a vector of zeros of shape (dim, 1), and b = 0. (a float).
3) propagate(w, b, X, Y): forward propagation, A = sigmoid(w^T X + b) = (a(1), ..., a(m)), the cost J,
   and backward propagation, the gradients
       dw = dJ/dw = 1/m * X (A - Y)^T
       db = dJ/db = 1/m * sum_i (a(i) - y(i))
4) optimize(w, b, X, Y, num_iterations, learning_rate, print_cost): gradient descent; at each of the
   num_iterations iterations, compute the cost and gradients with propagate(), then update
       w = w - learning_rate * dw
       b = b - learning_rate * db
   Record the cost every 100 iterations (iterations 0, 100, 200, ...).
5) predict(w, b, X): compute A = sigmoid(w^T X + b) and convert its entries into 0 (if activation
   <= 0.5) or 1 (if activation > 0.5), in a numpy array Y_prediction of shape (1, m).
6) model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate, print_cost): put it all
   together, in this order: initialize the parameters with zeros, optimize them on the training set
   with the given number of iterations and learning rate, and predict the labels of the test set and of
   the training set with the learned parameters.
"""

import copy

import numpy as np

from lr_utils import load_dataset
from public_tests import *


# GRADED FUNCTION: sigmoid

def sigmoid(z):
    """
    Compute the sigmoid of z

    Arguments:
    z -- A scalar or numpy array of any size.

    Return:
    s -- sigmoid(z)
    """

    ### START CODE HERE ### (≈ 1 line of code)
    s = None
    ### END CODE HERE ###

    return s


# GRADED FUNCTION: initialize_with_zeros

def initialize_with_zeros(dim):
    """
    This function creates a vector of zeros of shape (dim, 1) for w and initializes b to 0.

    Argument:
    dim -- size of the w vector we want (or number of parameters in this case)

    Returns:
    w -- initialized vector of shape (dim, 1)
    b -- initialized scalar (corresponds to the bias) of type float
    """

    ### START CODE HERE ### (≈ 2 lines of code)
    w = None
    b = None
    ### END CODE HERE ###

    return w, b


# GRADED FUNCTION: propagate

def propagate(w, b, X, Y):
    """
    Implement the cost function and its gradient for the propagation explained above

    Arguments:
    w -- weights, a numpy array of size (num_px * num_px * 3, 1)
    b -- bias, a scalar
    X -- data of size (num_px * num_px * 3, number of examples)
    Y -- true "label" vector (containing 0 if non-cat, 1 if cat) of size (1, number of examples)

    Return:
    grads -- dictionary containing the gradients of the weights and bias
            (dw -- gradient of the loss with respect to w, thus same shape as w)
            (db -- gradient of the loss with respect to b, thus same shape as b)
    cost -- negative log-likelihood cost for logistic regression

    Tips:
    - Write your code step by step for the propagation. np.log(), np.dot()
    """

    m = X.shape[1]

    # FORWARD PROPAGATION (FROM X TO COST)
    ### START CODE HERE ### (≈ 2 lines of code)
    # compute activation
    A = None
    # compute cost by using np.dot to perform multiplication, and no loop for the sum
    cost = None
    ### END CODE HERE ###

    # BACKWARD PROPAGATION (TO FIND GRAD)
    ### START CODE HERE ### (≈ 2 lines of code)
    dw = None
    db = None
    ### END CODE HERE ###

    cost = np.squeeze(np.array(cost))

    grads = {"dw": dw,
             "db": db}

    return grads, cost


# GRADED FUNCTION: optimize

def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    """
    This function optimizes w and b by running a gradient descent algorithm

    Arguments:
    w -- weights, a numpy array of size (num_px * num_px * 3, 1)
    b -- bias, a scalar
    X -- data of shape (num_px * num_px * 3, number of examples)
    Y -- true "label" vector (containing 0 if non-cat, 1 if cat), of shape (1, number of examples)
    num_iterations -- number of iterations of the optimization loop
    learning_rate -- learning rate of the gradient descent update rule
    print_cost -- True to print the loss every 100 steps

    Returns:
    params -- dictionary containing the weights w and bias b
    grads -- dictionary containing the gradients of the weights and bias with respect to the cost function
    costs -- list of all the costs computed during the optimization, this will be used to plot the learning curve.

    Tips:
    You basically need to write down two steps and iterate through them:
        1) Calculate the cost and the gradient for the current parameters. Use propagate().
        2) Update the parameters using gradient descent rule for w and b.
    """

    w = copy.deepcopy(w)
    b = copy.deepcopy(b)

    costs = []

    for i in range(num_iterations):
        # Cost and gradient calculation
        ### START CODE HERE ### (≈ 1 line of code)
        grads = None
        cost = None
        ### END CODE HERE ###

        # Retrieve derivatives from grads
        dw = grads["dw"]
        db = grads["db"]

        # update rule
        ### START CODE HERE ### (≈ 2 lines of code)
        w = None
        b = None
        ### END CODE HERE ###

        # Record the costs
        if i % 100 == 0:
            costs.append(cost)

            # Print the cost every 100 training iterations
            if print_cost:
                print("Cost after iteration %i: %f" % (i, cost))

    params = {"w": w,
              "b": b}

    grads = {"dw": dw,
             "db": db}

    return params, grads, costs


# GRADED FUNCTION: predict

def predict(w, b, X):
    '''
    Predict whether the label is 0 or 1 using learned logistic regression parameters (w, b)

    Arguments:
    w -- weights, a numpy array of size (num_px * num_px * 3, 1)
    b -- bias, a scalar
    X -- data of size (num_px * num_px * 3, number of examples)

    Returns:
    Y_prediction -- a numpy array (vector) containing all predictions (0/1) for the examples in X
    '''

    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    w = w.reshape(X.shape[0], 1)

    # Compute vector "A" predicting the probabilities of a cat being present in the picture
    ### START CODE HERE ### (≈ 1 line of code)
    A = None
    ### END CODE HERE ###

    for i in range(A.shape[1]):
        # Convert probabilities A[0,i] to actual predictions p[0,i]: 1 if A[0, i] > 0.5, else 0
        ### START CODE HERE ### (≈ 1 line of code)
        Y_prediction[0, i] = None
        ### END CODE HERE ###

    return Y_prediction


# GRADED FUNCTION: model

def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):
    """
    Builds the logistic regression model by calling the function you've implemented previously

    Arguments:
    X_train -- training set represented by a numpy array of shape (num_px * num_px * 3, m_train)
    Y_train -- training labels represented by a numpy array (vector) of shape (1, m_train)
    X_test -- test set represented by a numpy array of shape (num_px * num_px * 3, m_test)
    Y_test -- test labels represented by a numpy array (vector) of shape (1, m_test)
    num_iterations -- hyperparameter representing the number of iterations to optimize the parameters
    learning_rate -- hyperparameter representing the learning rate used in the update rule of optimize()
    print_cost -- Set to True to print the cost every 100 iterations

    Returns:
    d -- dictionary containing information about the model.
    """

    ### START CODE HERE ### (≈ 6 lines of code)
    # initialize parameters with zeros, using the first dimension of X_train
    w = None
    b = None
    # Gradient descent
    params = None
    grads = None
    costs = None
    # Retrieve parameters w and b from dictionary "params"
    w = None
    b = None
    # Predict test/train set examples
    Y_prediction_test = None
    Y_prediction_train = None
    ### END CODE HERE ###

    # Print train/test Errors
    if print_cost:
        print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))
        print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))

    d = {"costs": costs,
         "Y_prediction_test": Y_prediction_test,
         "Y_prediction_train": Y_prediction_train,
         "w": w,
         "b": b,
         "learning_rate": learning_rate,
         "num_iterations": num_iterations}

    return d
