"""The cell is written again in the loop instead of calling rnn_cell_forward."""

import numpy as np
from rnn_utils import *
from public_tests import *

# GRADED FUNCTION: rnn_forward

def rnn_forward(x, a0, parameters):
    caches = []
    n_x, m, T_x = x.shape
    n_y, n_a = parameters["Wya"].shape
    a = np.zeros((n_a, m, T_x))
    y_pred = np.zeros((n_y, m, T_x))
    a_next = a0
    for t in range(T_x):
        xt = x[:, :, t]
        a_prev = a_next
        a_next = np.tanh(np.dot(parameters['Waa'], a_prev) + np.dot(parameters['Wax'], xt) + parameters['ba'])
        yt_pred = softmax(np.dot(parameters['Wya'], a_next) + parameters['by'])
        cache = (a_next, a_prev, xt, parameters)
        a[:, :, t] = a_next
        y_pred[:, :, t] = yt_pred
        caches.append(cache)
    caches = (caches, x)
    return a, y_pred, caches
