"""Correct: the v3 notebook's imports, softmax written out over axis 0."""

import numpy as np
from rnn_utils import *

# GRADED FUNCTION: rnn_cell_forward

def rnn_cell_forward(xt, a_prev, parameters):
    Wax = parameters["Wax"]
    Waa = parameters["Waa"]
    Wya = parameters["Wya"]
    ba = parameters["ba"]
    by = parameters["by"]
    a_next = np.tanh(np.dot(Waa, a_prev) + np.dot(Wax, xt) + ba)
    z = np.dot(Wya, a_next) + by
    e = np.exp(z - np.max(z, axis=0, keepdims=True))
    yt_pred = e / e.sum(axis=0, keepdims=True)
    cache = (a_next, a_prev, xt, parameters)
    return a_next, yt_pred, cache
