"""The course's rnn_utils (numpy only): softmax, sigmoid and the Adam optimizer helpers the notebook imports."""

import numpy as np


def softmax(x):
    """Softmax over axis 0 (each column is one example's scores)."""
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum(axis=0)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def initialize_adam(parameters):
    """v and s, zero dictionaries with keys dW1, db1, ..., dWL, dbL of the parameters' shapes."""
    L = len(parameters) // 2
    v = {}
    s = {}
    for l in range(L):
        v["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
        v["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
        s["dW" + str(l + 1)] = np.zeros(parameters["W" + str(l + 1)].shape)
        s["db" + str(l + 1)] = np.zeros(parameters["b" + str(l + 1)].shape)
    return v, s


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate=0.01, beta1=0.9, beta2=0.999,
                                epsilon=1e-8):
    """One Adam step on parameters W1, b1, ..., WL, bL; returns (parameters, v, s)."""
    L = len(parameters) // 2
    v_corrected = {}
    s_corrected = {}
    for l in range(L):
        for kind in ("W", "b"):
            key = "d" + kind + str(l + 1)
            v[key] = beta1 * v[key] + (1 - beta1) * grads[key]
            v_corrected[key] = v[key] / (1 - beta1 ** t)
            s[key] = beta2 * s[key] + (1 - beta2) * (grads[key] ** 2)
            s_corrected[key] = s[key] / (1 - beta2 ** t)
            parameters[kind + str(l + 1)] = parameters[kind + str(l + 1)] - \
                learning_rate * v_corrected[key] / np.sqrt(s_corrected[key] + epsilon)
    return parameters, v, s
