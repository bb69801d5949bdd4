"""Correct: range(T_x - 1, -1, -1), the running gradient named da_next."""

import numpy as np
from rnn_utils import *
from public_tests import *

# GRADED FUNCTION: rnn_cell_backward

def rnn_cell_backward(da_next, cache):
    (a_next, a_prev, xt, parameters) = cache
    Wax = parameters["Wax"]
    Waa = parameters["Waa"]
    Wya = parameters["Wya"]
    ba = parameters["ba"]
    by = parameters["by"]
    dtanh = (1 - a_next ** 2) * da_next
    dxt = np.dot(Wax.T, dtanh)
    dWax = np.dot(dtanh, xt.T)
    da_prev = np.dot(Waa.T, dtanh)
    dWaa = np.dot(dtanh, a_prev.T)
    dba = np.sum(dtanh, axis=1, keepdims=True)
    gradients = {"dxt": dxt, "da_prev": da_prev, "dWax": dWax, "dWaa": dWaa, "dba": dba}
    return gradients


# GRADED FUNCTION: rnn_backward

def rnn_backward(da, caches):
    step_caches, x = caches
    n_a, m, T_x = da.shape
    n_x = step_caches[0][2].shape[0]
    dx = np.zeros((n_x, m, T_x))
    totals = {"dWax": np.zeros((n_a, n_x)), "dWaa": np.zeros((n_a, n_a)), "dba": np.zeros((n_a, 1))}
    da_next = np.zeros((n_a, m))
    for t in range(T_x - 1, -1, -1):
        g = rnn_cell_backward(da[:, :, t] + da_next, step_caches[t])
        da_next = g["da_prev"]
        dx[:, :, t] = g["dxt"]
        for key in totals:
            totals[key] = totals[key] + g[key]
    return {"dx": dx, "da0": da_next, **totals}
