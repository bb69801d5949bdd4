"""Stand-ins for the Logistic Regression assignment's own functions, for grading optimize and model on their own
logic (numpy only). None of them is logistic regression: each is another, well-defined computation with the
course's signature, so that a function that calls it instead of the student's version is judged on what it does
with it.
"""

import numpy as np


def propagate_squared_error(w, b, X, Y):
    """Linear regression's propagate: A = w^T X + b, cost = 1/(2m) * sum((A - Y)**2) and its gradients."""
    m = X.shape[1]
    residual = np.dot(w.T, X) + b - Y
    cost = np.sum(residual ** 2) / (2 * m)
    grads = {"dw": np.dot(X, residual.T) / m, "db": np.sum(residual) / m}
    return grads, cost


def propagate_tanh_squared_error(w, b, X, Y):
    """A tanh unit fitted to the labels as -1/+1: A = tanh(w^T X + b), T = 2Y - 1, cost = 1/(2m) * sum((A - T)**2)
    and its gradients."""
    m = X.shape[1]
    A = np.tanh(np.dot(w.T, X) + b)
    error = A - (2 * Y - 1)
    cost = np.sum(error ** 2) / (2 * m)
    dZ = error * (1 - A ** 2)
    grads = {"dw": np.dot(X, dZ.T) / m, "db": np.sum(dZ) / m}
    return grads, cost


def initialize_with_ramp(dim):
    """Not zeros: w evenly spaced from -0.5 to 0.5, shape (dim, 1), and b = 0.25 (so that model's use of it shows)."""
    return np.linspace(-0.5, 0.5, dim).reshape(dim, 1), 0.25


def optimize_stand_in(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    """Not gradient descent: a cheap, deterministic function of every argument with optimize's return structure.
    w moves along X (Y - 1/2)^T / m by learning_rate * log(1 + num_iterations), b along mean(Y - 1/2) by
    learning_rate * sqrt(num_iterations); one "cost" is recorded for each of iterations 0, 100, 200, ..."""
    m = X.shape[1]
    direction = np.dot(X, (Y - 0.5).T) / m
    shift = float(np.mean(Y - 0.5))
    params = {"w": w + learning_rate * np.log1p(num_iterations) * direction,
              "b": b + learning_rate * np.sqrt(num_iterations) * shift}
    grads = {"dw": -direction, "db": -shift}
    costs = [learning_rate / (1.0 + i) + float(np.sum(np.abs(w))) for i in range(0, num_iterations, 100)]
    return params, grads, costs


def predict_scores(w, b, X):
    """Not 0/1 predictions: the linear scores w^T X + b, shape (1, m)."""
    return np.dot(w.reshape(X.shape[0], 1).T, X) + b
