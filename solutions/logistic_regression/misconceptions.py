"""Known wrong implementations of the Logistic Regression exercises, one function per misconception id.

optimize's mistakes call `propagate`, model's call `initialize_with_zeros`, `optimize` and `predict`: every case of
those exercises substitutes them (grading.py), here as in the student's module, so the names below are only bound
for completeness. Costs are returned as Python floats, so that both a 0-d array (2021+) and a number (before) from
the student compare equal to them.
"""

import numpy as np

from .reference import initialize_with_zeros, optimize, predict, propagate, sigmoid


# sigmoid

def sigmoid_sign_flipped(z):
    return 1 / (1 + np.exp(z))


def sigmoid_operator_precedence(z):
    return 1 / 1 + np.exp(-z)


# initialize_with_zeros

def init_rank_1(dim):
    return np.zeros(dim), 0.0


def init_transposed(dim):
    return np.zeros((1, dim)), 0.0


def init_b_array(dim):
    return np.zeros((dim, 1)), np.zeros((1, 1))


# propagate

def _propagate(w, b, X, Y, cost_of, dw_of, db_of, with_bias=True):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + (b if with_bias else 0))
    grads = {"dw": dw_of(X, A, Y, m), "db": db_of(A, Y, m)}
    return grads, float(np.squeeze(cost_of(A, Y, m)))


def _cost(A, Y, m):
    return -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))


def _dw(X, A, Y, m):
    return 1 / m * np.dot(X, (A - Y).T)


def _db(A, Y, m):
    return 1 / m * np.sum(A - Y)


def cost_no_average(w, b, X, Y):
    return _propagate(w, b, X, Y, lambda A, Y, m: -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)), _dw, _db)


def cost_no_negative_class_term(w, b, X, Y):
    return _propagate(w, b, X, Y, lambda A, Y, m: -1 / m * np.sum(Y * np.log(A)), _dw, _db)


def cost_sign_flipped(w, b, X, Y):
    return _propagate(w, b, X, Y, lambda A, Y, m: 1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)), _dw, _db)


def dw_no_average(w, b, X, Y):
    return _propagate(w, b, X, Y, _cost, lambda X, A, Y, m: np.dot(X, (A - Y).T), _db)


def dw_transposed(w, b, X, Y):
    return _propagate(w, b, X, Y, _cost, lambda X, A, Y, m: 1 / m * np.dot(A - Y, X.T), _db)


def db_not_summed(w, b, X, Y):
    return _propagate(w, b, X, Y, _cost, _dw, lambda A, Y, m: 1 / m * (A - Y))


def activation_no_bias(w, b, X, Y):
    return _propagate(w, b, X, Y, _cost, _dw, _db, with_bias=False)


# optimize (propagate is substituted in every case)

def optimize_plus_sign(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        dw, db = grads["dw"], grads["db"]
        w = w + learning_rate * dw
        b = b + learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
    return {"w": w, "b": b}, {"dw": dw, "db": db}, costs


def optimize_cost_every_iteration(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        dw, db = grads["dw"], grads["db"]
        w = w - learning_rate * dw
        b = b - learning_rate * db
        costs.append(cost)
    return {"w": w, "b": b}, {"dw": dw, "db": db}, costs


def optimize_propagate_once(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    grads, cost = propagate(w, b, X, Y)
    dw, db = grads["dw"], grads["db"]
    for i in range(num_iterations):
        w = w - learning_rate * dw
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
    return {"w": w, "b": b}, {"dw": dw, "db": db}, costs


def optimize_gradient_inlined(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    m = X.shape[1]
    costs = []
    for i in range(num_iterations):
        A = sigmoid(np.dot(w.T, X) + b)
        cost = float(-np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A)))
        dw, db = np.dot(X, (A - Y).T) / m, np.sum(A - Y) / m
        w = w - learning_rate * dw
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
    return {"w": w, "b": b}, {"dw": dw, "db": db}, costs


# predict

def _activations(w, b, X):
    return sigmoid(np.dot(w.reshape(X.shape[0], 1).T, X) + b)


def predict_threshold_inclusive(w, b, X):
    A = _activations(w, b, X)
    return (A >= 0.5) * 1.0


def predict_fixed_index(w, b, X):
    A = _activations(w, b, X)
    Y_prediction = np.zeros((1, X.shape[1]))
    for i in range(A.shape[1]):
        Y_prediction[0, i] = 1 if A[0, 1] > 0.5 else 0
    return Y_prediction


def predict_no_bias(w, b, X):
    return (_activations(w, 0, X) > 0.5) * 1.0


def predict_returns_list(w, b, X):
    A = _activations(w, b, X)
    return [[1 if a > 0.5 else 0 for a in A[0]]]


# model (initialize_with_zeros, optimize and predict are substituted in every case)

def _model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate, print_cost,
           train=None, trained=True, test_set=True):
    w0, b0 = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = (train or optimize)(w0, b0, X_train, Y_train, num_iterations, learning_rate)
    w, b = (params["w"], params["b"]) if trained else (w0, b0)
    Y_prediction_test = predict(w, b, X_test if test_set else X_train)
    Y_prediction_train = predict(w, b, X_train)
    return {"costs": costs, "Y_prediction_test": Y_prediction_test, "Y_prediction_train": Y_prediction_train,
            "w": w, "b": b, "learning_rate": learning_rate, "num_iterations": num_iterations}


def model_test_on_training_set(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                               print_cost=False):
    return _model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate, print_cost, test_set=False)


def model_optimize_defaults(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                            print_cost=False):
    return _model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate, print_cost,
                  train=lambda w, b, X, Y, num_iterations, learning_rate: optimize(w, b, X, Y))


def model_hardcoded_hyperparameters(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                                    print_cost=False):
    return _model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate, print_cost,
                  train=lambda w, b, X, Y, num_iterations, learning_rate: optimize(w, b, X, Y, 2000, 0.5))


def model_untrained_parameters(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5,
                               print_cost=False):
    return _model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate, print_cost, trained=False)
