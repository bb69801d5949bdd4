"""Known wrong implementations of the Python Basics with Numpy exercises, one function per misconception id.

Some of these mistakes make numpy raise on some inputs (a reshape to a hard-coded size, a division that cannot
broadcast, math.exp given an array). A known mistake must return a value on every case, so there it returns
_raises_here(...): NaNs of the shape the wrong code meant. Recognition compares only the cases where the student
returned a value, so those placeholders never match a student's code that raised there, and the mistake is
recognised on the cases where it does return values.
"""

import math

import numpy as np


def _raises_here(shape):
    """Stands for "numpy raises on this input" (see the module docstring)."""
    return np.full(shape, np.nan)


def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


# basic_sigmoid

def basic_sigmoid_exp_sign(x):
    return 1 / (1 + math.exp(x))


def basic_sigmoid_precedence(x):
    return 1 / 1 + math.exp(-x)


# sigmoid

def sigmoid_exp_sign(x):
    return 1 / (1 + np.exp(x))


def sigmoid_precedence(x):
    return 1 / 1 + np.exp(-x)


def sigmoid_math_exp(x):
    if np.ndim(x) > 0:
        return _raises_here(np.shape(x))  # math.exp: "only length-1 arrays can be converted to Python scalars"
    return 1 / (1 + math.exp(-x))


# sigmoid_derivative

def sigmoid_derivative_one_plus_s(x):
    s = _sigmoid(x)
    return s * (1 + s)


def sigmoid_derivative_uses_x(x):
    return x * (1 - x)


# image2vector

def image2vector_hardcoded_depth(image):
    length, height, depth = image.shape
    if depth != 3:
        return _raises_here((length * height * 3, 1))  # cannot reshape array of size ... into shape (..., 1)
    return image.reshape(length * height * 3, 1)


def image2vector_wrong_order(image):
    return image.T.reshape(image.size, 1)


def image2vector_row_vector(image):
    return image.reshape(1, image.shape[0] * image.shape[1] * image.shape[2])


# normalize_rows

def normalize_rows_axis_0(x):
    return x / np.linalg.norm(x, ord=2, axis=0, keepdims=True)


def normalize_rows_no_keepdims(x):
    x_norm = np.linalg.norm(x, ord=2, axis=1)
    if x.shape[1] != x_norm.shape[0] and x_norm.shape[0] != 1:
        return _raises_here(x.shape)  # operands could not be broadcast together with shapes (n,m) (n,)
    return x / x_norm


def normalize_rows_squared_norm(x):
    return x / np.sum(x * x, axis=1, keepdims=True)


def normalize_rows_inplace_int(x):
    if not np.issubdtype(x.dtype, np.floating):
        return _raises_here(x.shape)  # Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64')
    x = x.copy()
    x /= np.linalg.norm(x, ord=2, axis=1, keepdims=True)
    return x


# softmax

def softmax_column_sum(x):
    x_exp = np.exp(x)
    return x_exp / np.sum(x_exp, axis=0, keepdims=True)


def softmax_total_sum(x):
    x_exp = np.exp(x)
    return x_exp / np.sum(x_exp)


def softmax_no_keepdims(x):
    x_exp = np.exp(x)
    x_sum = np.sum(x_exp, axis=1)
    if x.shape[1] != x_sum.shape[0] and x_sum.shape[0] != 1:
        return _raises_here(x.shape)  # operands could not be broadcast together with shapes (m,n) (m,)
    return x_exp / x_sum


# L1

def l1_mean(yhat, y):
    return np.mean(np.abs(y - yhat))


def l1_abs_of_sum(yhat, y):
    return np.abs(np.sum(y - yhat))


def l1_no_sum(yhat, y):
    return np.abs(y - yhat)


# L2

def l2_square_of_sum(yhat, y):
    return np.sum(np.abs(y - yhat)) ** 2


def l2_not_squared(yhat, y):
    return np.sqrt(np.sum((y - yhat) ** 2))


def l2_mean(yhat, y):
    return np.mean((y - yhat) ** 2)
