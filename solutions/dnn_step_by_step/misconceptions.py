"""Known wrong implementations of the Step by Step exercises, one function per misconception id.

Functions that build on earlier ones (linear_forward, linear_activation_forward, linear_backward,
linear_activation_backward) call them through this module's globals, so that a case's substitutes apply.
"""

import copy

import numpy as np
from dnn_utils import sigmoid, sigmoid_backward, relu, relu_backward

from .reference import linear_forward, linear_activation_forward, linear_backward, linear_activation_backward


# initialize_parameters

def _two_layer(n_x, n_h, n_y, weight, bias):
    np.random.seed(1)
    W1 = weight(n_h, n_x)
    b1 = bias(n_h)
    W2 = weight(n_y, n_h)
    b2 = bias(n_y)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def init_2layer_transposed_weights(n_x, n_h, n_y):
    return _two_layer(n_x, n_h, n_y, lambda rows, columns: np.random.randn(columns, rows) * 0.01,
                      lambda n: np.zeros((n, 1)))


def init_2layer_no_scaling(n_x, n_h, n_y):
    return _two_layer(n_x, n_h, n_y, lambda rows, columns: np.random.randn(rows, columns),
                      lambda n: np.zeros((n, 1)))


def init_2layer_rank1_bias(n_x, n_h, n_y):
    return _two_layer(n_x, n_h, n_y, lambda rows, columns: np.random.randn(rows, columns) * 0.01,
                      lambda n: np.zeros(n))


# initialize_parameters_deep

def _deep(layer_dims, weight, bias):
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters['W' + str(l)] = weight(layer_dims[l], layer_dims[l - 1])
        parameters['b' + str(l)] = bias(layer_dims[l])
    return parameters


def init_deep_transposed_weights(layer_dims):
    return _deep(layer_dims, lambda n, n_prev: np.random.randn(n_prev, n) * 0.01, lambda n: np.zeros((n, 1)))


def init_deep_rank1_bias(layer_dims):
    return _deep(layer_dims, lambda n, n_prev: np.random.randn(n, n_prev) * 0.01, lambda n: np.zeros(n))


def init_deep_uniform_rand(layer_dims):
    return _deep(layer_dims, lambda n, n_prev: np.random.rand(n, n_prev) * 0.01, lambda n: np.zeros((n, 1)))


def init_deep_sqrt_scaling(layer_dims):
    return _deep(layer_dims, lambda n, n_prev: np.random.randn(n, n_prev) / np.sqrt(n_prev),
                 lambda n: np.zeros((n, 1)))


# linear_forward

def linear_forward_no_bias(A, W, b):
    Z = np.dot(W, A)
    return Z, (A, W, b)


def linear_forward_applies_activation(A, W, b):
    Z = np.maximum(0, np.dot(W, A) + b)
    return Z, (A, W, b)


# linear_activation_forward (cases replace linear_forward)

def laf_activations_swapped(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = relu(Z)
    else:
        A, activation_cache = sigmoid(Z)
    return A, (linear_cache, activation_cache)


def laf_sigmoid_in_both_branches(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    A, activation_cache = sigmoid(Z)
    return A, (linear_cache, activation_cache)


def laf_does_not_use_linear_forward(A_prev, W, b, activation):
    Z = np.dot(W, A_prev) + b
    linear_cache = (A_prev, W, b)
    A, activation_cache = sigmoid(Z) if activation == "sigmoid" else relu(Z)
    return A, (linear_cache, activation_cache)


# L_model_forward (cases replace linear_activation_forward)

def lforward_relu_output_layer(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], "relu")
        caches.append(cache)
    return A, caches


def lforward_sigmoid_hidden_layers(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], "sigmoid")
        caches.append(cache)
    return A, caches


def lforward_last_cache_missing(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], "sigmoid")
    return AL, caches


# compute_cost

def cost_not_averaged(AL, Y):
    return np.squeeze(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)))


def cost_missing_negative_class(AL, Y):
    m = Y.shape[1]
    return np.squeeze(-1. / m * np.sum(Y * np.log(AL)))


def cost_sign_flipped(AL, Y):
    m = Y.shape[1]
    return np.squeeze(1. / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)))


def cost_outer_product(AL, Y):
    m = Y.shape[1]
    cost = -1. / m * (np.dot(Y.T, np.log(AL)) + np.dot((1 - Y).T, np.log(1 - AL)))
    return np.squeeze(cost)


def cost_not_squeezed(AL, Y):
    m = Y.shape[1]
    return -1. / m * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))


# linear_backward

def _linear_backward(dZ, cache, dW_scale=True, db="mean", dA_prev_scale=False):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / (m if dW_scale else 1)
    db = {"mean": np.sum(dZ, axis=1, keepdims=True) / m,
          "sum": np.sum(dZ, axis=1, keepdims=True),
          "no keepdims": np.sum(dZ, axis=1) / m,
          "axis 0": np.sum(dZ, axis=0, keepdims=True) / m}[db]
    dA_prev = np.dot(W.T, dZ) / (m if dA_prev_scale else 1)
    return dA_prev, dW, db


def lb_db_no_keepdims(dZ, cache):
    return _linear_backward(dZ, cache, db="no keepdims")


def lb_db_summed_over_units(dZ, cache):
    return _linear_backward(dZ, cache, db="axis 0")


def lb_not_averaged(dZ, cache):
    return _linear_backward(dZ, cache, dW_scale=False, db="sum")


def lb_db_not_averaged(dZ, cache):
    return _linear_backward(dZ, cache, db="sum")


def lb_da_prev_averaged(dZ, cache):
    return _linear_backward(dZ, cache, dA_prev_scale=True)


# linear_activation_backward (cases replace linear_backward)

def lab_derivatives_swapped(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = sigmoid_backward(dA, activation_cache)
    else:
        dZ = relu_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)


def lab_sigmoid_in_both_branches(dA, cache, activation):
    linear_cache, activation_cache = cache
    dZ = sigmoid_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)


def lab_skips_activation_derivative(dA, cache, activation):
    linear_cache, activation_cache = cache
    return linear_backward(dA, linear_cache)


# L_model_backward (cases replace linear_activation_backward)

def _L_model_backward(AL, Y, caches, dAL_of=None, hidden_dA=None, hidden_activation="relu"):
    grads = {}
    L = len(caches)
    m = AL.shape[1]
    Y = Y.reshape(AL.shape)
    dAL = dAL_of(Y, AL, m) if dAL_of else - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = \
        linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    for l in reversed(range(L - 1)):
        dA = hidden_dA(grads, l, L, dAL) if hidden_dA else grads["dA" + str(l + 1)]
        grads["dA" + str(l)], grads["dW" + str(l + 1)], grads["db" + str(l + 1)] = \
            linear_activation_backward(dA, caches[l], hidden_activation)
    return grads


def lbackward_sigmoid_every_layer(AL, Y, caches):
    return _L_model_backward(AL, Y, caches, hidden_activation="sigmoid")


def lbackward_same_dal_every_layer(AL, Y, caches):
    return _L_model_backward(AL, Y, caches, hidden_dA=lambda grads, l, L, dAL: dAL)


def lbackward_reads_last_da(AL, Y, caches):
    return _L_model_backward(AL, Y, caches, hidden_dA=lambda grads, l, L, dAL: grads["dA" + str(L - 1)])


def lbackward_dal_sign_flipped(AL, Y, caches):
    return _L_model_backward(AL, Y, caches, dAL_of=lambda Y, AL, m: np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))


def lbackward_dal_averaged(AL, Y, caches):
    return _L_model_backward(AL, Y, caches,
                             dAL_of=lambda Y, AL, m: - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)) / m)


# update_parameters

def _update(params, grads, learning_rate, layers=lambda L: range(1, L + 1), sign=-1, kinds=("W", "b")):
    parameters = copy.deepcopy(params)
    L = len(parameters) // 2
    for l in layers(L):
        for kind in kinds:
            parameters[kind + str(l)] = parameters[kind + str(l)] + sign * learning_rate * grads["d" + kind + str(l)]
    return parameters


def update_skips_last_layer(params, grads, learning_rate):
    return _update(params, grads, learning_rate, layers=lambda L: range(1, L))


def update_plus_sign(params, grads, learning_rate):
    return _update(params, grads, learning_rate, sign=+1)


def update_forgets_bias(params, grads, learning_rate):
    return _update(params, grads, learning_rate, kinds=("W",))
