"""Python Basics with Numpy (optional assignment): basic functions with numpy, vectorization, the L1 and L2 losses.

Welcome to your first assignment. This exercise gives you a brief introduction to Python. Even if you've used
Python before, this will help familiarize you with the functions we'll need. Use Python 3, and avoid for-loops
and while-loops unless you are explicitly told to use them.

1) Building basic functions with numpy.
   - basic_sigmoid(x): the sigmoid of a real number x with math.exp,
         sigmoid(x) = 1 / (1 + e^(-x))
     (math works on single numbers only: basic_sigmoid([1, 2, 3]) raises an error.)
   - sigmoid(x): the same with np.exp, so that x can be a real number, a vector or a matrix (np.exp applies
     the exponential to every element).
   - sigmoid_derivative(x): the gradient of the sigmoid with respect to its input x,
         sigmoid_derivative(x) = sigma'(x) = sigma(x) (1 - sigma(x))
     in two steps: set s to the sigmoid of x (your sigmoid(x) may help), then compute s (1 - s).
   - image2vector(image): an image is a 3D array of shape (length, height, depth); "unroll" it into a
     vector of shape (length * height * depth, 1). Don't hard-code the dimensions: look them up with
     image.shape[0], etc. (v.reshape(-1, 1) works too: make sure you understand why.)
   - normalize_rows(x): divide each row vector of x by its norm, so that every row has unit length:
         x_norm = np.linalg.norm(x, ord=2, axis=1, keepdims=True)
     (axis=1 takes the norm row by row; with keepdims=True the result broadcasts against x). Don't use
     x /= x_norm: numpy cannot always write the quotient back into x.
   - softmax(x): the softmax of each row of an (m, n) matrix x (it should also work for a row vector):
         softmax(x)_ij = e^(x_ij) / sum_j e^(x_ij)
     apply np.exp element-wise, sum each row with np.sum(..., axis=1, keepdims=True) and divide
     (broadcasting does the rest).

2) Vectorization: for vectors yhat (predicted labels) and y (true labels) of size m,
   - L1(yhat, y) = sum_i |y(i) - yhat(i)|
   - L2(yhat, y) = sum_i (y(i) - yhat(i))^2    (if x = [x_1, ..., x_n], np.dot(x, x) = sum_j x_j^2)
"""

import math

import numpy as np


# GRADED FUNCTION: basic_sigmoid

def basic_sigmoid(x):
    """
    Compute sigmoid of x.

    Arguments:
    x -- A scalar

    Return:
    s -- sigmoid(x)
    """
    ### START CODE HERE ###
    s = 1 / (1 + math.exp(-x))
    ### END CODE HERE ###

    return s


# GRADED FUNCTION: sigmoid

def sigmoid(x):
    """
    Compute the sigmoid of x

    Arguments:
    x -- A scalar or numpy array of any size

    Return:
    s -- sigmoid(x)
    """
    ### START CODE HERE ###
    s = 1 / (1 + np.exp(-x))
    ### END CODE HERE ###

    return s


# GRADED FUNCTION: sigmoid_derivative

def sigmoid_derivative(x):
    """
    Compute the gradient (also called the slope or derivative) of the sigmoid function with respect to its input x.
    You can store the output of the sigmoid function into variables and then use it to calculate the gradient.

    Arguments:
    x -- A scalar or numpy array

    Return:
    ds -- Your computed gradient.
    """
    ### START CODE HERE ###
    s = sigmoid(x)
    ds = s * (1 - s)
    ### END CODE HERE ###

    return ds


# GRADED FUNCTION: image2vector

def image2vector(image):
    """
    Argument:
    image -- a numpy array of shape (length, height, depth)

    Returns:
    v -- a vector of shape (length*height*depth, 1)
    """
    ### START CODE HERE ###
    v = image.reshape(image.shape[0] * image.shape[1] * image.shape[2], 1)
    ### END CODE HERE ###

    return v


# GRADED FUNCTION: normalize_rows

def normalize_rows(x):
    """
    Implement a function that normalizes each row of the matrix x (to have unit length).

    Argument:
    x -- A numpy matrix of shape (n, m)

    Returns:
    x -- The normalized (by row) numpy matrix. You are allowed to modify x.
    """
    ### START CODE HERE ###
    # Compute x_norm as the norm 2 of x. Use np.linalg.norm(..., ord = 2, axis = ..., keepdims = True)
    x_norm = np.linalg.norm(x, ord=2, axis=1, keepdims=True)
    # Divide x by its norm.
    x = x / x_norm
    ### END CODE HERE ###

    return x


# GRADED FUNCTION: softmax

def softmax(x):
    """Calculates the softmax for each row of the input x.

    Your code should work for a row vector and also for matrices of shape (m,n).

    Argument:
    x -- A numpy matrix of shape (m,n)

    Returns:
    s -- A numpy matrix equal to the softmax of x, of shape (m,n)
    """
    ### START CODE HERE ###
    # Apply exp() element-wise to x. Use np.exp(...).
    x_exp = np.exp(x)
    # Create a vector x_sum that sums each row of x_exp. Use np.sum(..., axis = 1, keepdims = True).
    x_sum = np.sum(x_exp, axis=1, keepdims=True)
    # Compute softmax(x) by dividing x_exp by x_sum. It should automatically use numpy broadcasting.
    s = x_exp / x_sum
    ### END CODE HERE ###

    return s


# GRADED FUNCTION: L1

def L1(yhat, y):
    """
    Arguments:
    yhat -- vector of size m (predicted labels)
    y -- vector of size m (true labels)

    Returns:
    loss -- the value of the L1 loss function defined above
    """
    ### START CODE HERE ###
    loss = np.sum(np.abs(y - yhat))
    ### END CODE HERE ###

    return loss


# GRADED FUNCTION: L2

def L2(yhat, y):
    """
    Arguments:
    yhat -- vector of size m (predicted labels)
    y -- vector of size m (true labels)

    Returns:
    loss -- the value of the L2 loss function defined above
    """
    ### START CODE HERE ###
    loss = np.sum((y - yhat) ** 2)
    ### END CODE HERE ###

    return loss
