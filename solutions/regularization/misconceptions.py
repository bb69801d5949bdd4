"""Known wrong implementations of the Regularization exercises, one function per misconception id."""

import numpy as np
from reg_utils import sigmoid, relu, compute_cost


# compute_cost_with_regularization

def _regularized_cost(A3, Y, parameters, lambd, factor, penalty=np.square, weights=("W1", "W2", "W3")):
    m = Y.shape[1]
    total = sum(np.sum(penalty(parameters[name])) for name in weights)
    return compute_cost(A3, Y) + factor(m, lambd) * total


def l2_cost_missing_half(A3, Y, parameters, lambd):
    return _regularized_cost(A3, Y, parameters, lambd, lambda m, lambd: lambd / m)


def l2_cost_missing_1_over_m(A3, Y, parameters, lambd):
    return _regularized_cost(A3, Y, parameters, lambd, lambda m, lambd: lambd / 2)


def l2_cost_skips_output_layer(A3, Y, parameters, lambd):
    return _regularized_cost(A3, Y, parameters, lambd, lambda m, lambd: lambd / (2 * m), weights=("W1", "W2"))


def l2_cost_not_squared(A3, Y, parameters, lambd):
    return _regularized_cost(A3, Y, parameters, lambd, lambda m, lambd: lambd / (2 * m), penalty=lambda W: W)


# backward_propagation_with_regularization

def _backward_regularized(X, Y, cache, lambd, term):
    m = X.shape[1]
    (Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T) + term(m, lambd) * W3
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = np.dot(W3.T, dZ3)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T) + term(m, lambd) * W2
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T) + term(m, lambd) * W1
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
            "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
            "dZ1": dZ1, "dW1": dW1, "db1": db1}


def l2_backward_missing_term(X, Y, cache, lambd):
    return _backward_regularized(X, Y, cache, lambd, lambda m, lambd: 0.)


def l2_backward_half_term(X, Y, cache, lambd):
    return _backward_regularized(X, Y, cache, lambd, lambda m, lambd: lambd / (2 * m))


def l2_backward_missing_1_over_m(X, Y, cache, lambd):
    return _backward_regularized(X, Y, cache, lambd, lambda m, lambd: lambd)


# forward_propagation_with_dropout

def _forward_dropout(X, parameters, keep_prob, mask, rescale=True, draw=np.random.rand):
    np.random.seed(1)
    W1, b1, W2, b2, W3, b3 = (parameters[name] for name in ("W1", "b1", "W2", "b2", "W3", "b3"))
    Z1 = np.dot(W1, X) + b1
    A1 = relu(Z1)
    D1 = mask(draw(A1.shape[0], A1.shape[1]), keep_prob).astype(int)
    A1 = A1 * D1
    if rescale:
        A1 = A1 / keep_prob
    Z2 = np.dot(W2, A1) + b2
    A2 = relu(Z2)
    D2 = mask(draw(A2.shape[0], A2.shape[1]), keep_prob).astype(int)
    A2 = A2 * D2
    if rescale:
        A2 = A2 / keep_prob
    Z3 = np.dot(W3, A2) + b3
    A3 = sigmoid(Z3)
    cache = (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3)
    return A3, cache


def _keep_below(D, keep_prob):
    return D < keep_prob


def dropout_mask_direction(X, parameters, keep_prob = 0.5):
    return _forward_dropout(X, parameters, keep_prob, lambda D, keep_prob: D > keep_prob)


def dropout_no_rescale(X, parameters, keep_prob = 0.5):
    return _forward_dropout(X, parameters, keep_prob, _keep_below, rescale=False)


def dropout_randn_mask(X, parameters, keep_prob = 0.5):
    return _forward_dropout(X, parameters, keep_prob, _keep_below, draw=np.random.randn)


# backward_propagation_with_dropout

def _backward_dropout(X, Y, cache, keep_prob, adjust):
    m = X.shape[1]
    (Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3) = cache
    dZ3 = A3 - Y
    dW3 = 1. / m * np.dot(dZ3, A2.T)
    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)
    dA2 = adjust(np.dot(W3.T, dZ3), D2, keep_prob)
    dZ2 = np.multiply(dA2, np.int64(A2 > 0))
    dW2 = 1. / m * np.dot(dZ2, A1.T)
    db2 = 1. / m * np.sum(dZ2, axis=1, keepdims=True)
    dA1 = adjust(np.dot(W2.T, dZ2), D1, keep_prob)
    dZ1 = np.multiply(dA1, np.int64(A1 > 0))
    dW1 = 1. / m * np.dot(dZ1, X.T)
    db1 = 1. / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ3": dZ3, "dW3": dW3, "db3": db3, "dA2": dA2,
            "dZ2": dZ2, "dW2": dW2, "db2": db2, "dA1": dA1,
            "dZ1": dZ1, "dW1": dW1, "db1": db1}


def dropout_backward_no_mask(X, Y, cache, keep_prob):
    return _backward_dropout(X, Y, cache, keep_prob, lambda dA, D, keep_prob: dA / keep_prob)


def dropout_backward_no_rescale(X, Y, cache, keep_prob):
    return _backward_dropout(X, Y, cache, keep_prob, lambda dA, D, keep_prob: dA * D)


def dropout_backward_multiplies_keep_prob(X, Y, cache, keep_prob):
    return _backward_dropout(X, Y, cache, keep_prob, lambda dA, D, keep_prob: dA * D * keep_prob)
