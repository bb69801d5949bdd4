"""Correct: a while loop, lists stacked with np.stack at the end."""

import numpy as np
from rnn_utils import *
from public_tests import *

# GRADED FUNCTION: rnn_cell_forward

def rnn_cell_forward(xt, a_prev, parameters):
    Wax = parameters["Wax"]
    Waa = parameters["Waa"]
    Wya = parameters["Wya"]
    ba = parameters["ba"]
    by = parameters["by"]
    a_next = np.tanh(np.dot(Waa, a_prev) + np.dot(Wax, xt) + ba)
    yt_pred = softmax(np.dot(Wya, a_next) + by)
    cache = (a_next, a_prev, xt, parameters)
    return a_next, yt_pred, cache


# GRADED FUNCTION: rnn_forward

def rnn_forward(x, a0, parameters):
    caches, states, predictions = [], [], []
    a_next = a0
    t = 0
    while t < x.shape[2]:
        a_next, yt_pred, cache = rnn_cell_forward(x[:, :, t], a_next, parameters)
        states.append(a_next)
        predictions.append(yt_pred)
        caches.append(cache)
        t += 1
    return np.stack(states, axis=2), np.stack(predictions, axis=2), (caches, x)
