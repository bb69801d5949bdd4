"""Correct: the v3 style, dtanh = 1 - a_next^2 and da_next multiplied in each product."""

import numpy as np
from rnn_utils import *

# GRADED FUNCTION: rnn_cell_backward

def rnn_cell_backward(da_next, cache):
    (a_next, a_prev, xt, parameters) = cache
    Wax = parameters["Wax"]
    Waa = parameters["Waa"]
    Wya = parameters["Wya"]
    ba = parameters["ba"]
    by = parameters["by"]
    dtanh = 1 - np.square(a_next)
    dxt = np.dot(Wax.T, da_next * dtanh)
    dWax = np.dot(da_next * dtanh, xt.T)
    da_prev = np.dot(Waa.T, np.multiply(da_next, dtanh))
    dWaa = np.dot(da_next * dtanh, a_prev.T)
    dba = np.sum(da_next * dtanh, 1, keepdims=1)
    gradients = {"dxt": dxt, "da_prev": da_prev, "dWax": dWax, "dWaa": dWaa, "dba": dba}
    return gradients
