"""Correct: each W split once into its a_prev and xt blocks, dtanh_c shared."""

import numpy as np
from rnn_utils import *
from public_tests import *

# GRADED FUNCTION: lstm_cell_backward

def lstm_cell_backward(da_next, dc_next, cache):
    (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters) = cache
    n_a = a_next.shape[0]
    tc = np.tanh(c_next)
    dc = dc_next + da_next * ot * (1 - tc * tc)
    d = {"o": da_next * tc * ot * (1 - ot), "c": dc * it * (1 - cct * cct),
         "i": dc * cct * it * (1 - it), "f": dc * c_prev * ft * (1 - ft)}
    concat = np.vstack([a_prev, xt])
    gradients = {"dc_prev": dc * ft, "da_prev": 0, "dxt": 0}
    for g in "fico":
        W = parameters["W" + g]
        gradients["dW" + g] = d[g] @ concat.T
        gradients["db" + g] = d[g].sum(axis=1, keepdims=True)
        gradients["da_prev"] = gradients["da_prev"] + W[:, :n_a].T @ d[g]
        gradients["dxt"] = gradients["dxt"] + W[:, n_a:].T @ d[g]
    return gradients
