"""Stand-ins for the cell functions the sequence exercises build on (numpy only), so that rnn_forward, lstm_forward,
rnn_backward and lstm_backward are graded on their own logic, whatever the student's cell functions do.

Each keeps the course function's signature and return structure (and the course's cache layout) but computes
something deliberately different: none is a correct implementation of an exercise.
"""

import numpy as np


def _squash(z):
    """0.5 + 0.5 z / (1 + |z|), in (0, 1): neither a sigmoid nor a softmax."""
    return 0.5 + 0.5 * z / (1 + np.abs(z))


def rnn_cell_forward_softsign(xt, a_prev, parameters):
    """Like rnn_cell_forward, with softsign instead of tanh, a leak of 0.2 a_prev and _squash instead of softmax;
    cache (a_next, a_prev, xt, parameters)."""
    z = np.dot(parameters["Wax"], xt) + np.dot(parameters["Waa"], a_prev) + parameters["ba"]
    a_next = z / (1 + np.abs(z)) + 0.2 * a_prev
    yt_pred = _squash(np.dot(parameters["Wya"], a_next) + parameters["by"])
    return a_next, yt_pred, (a_next, a_prev, xt, parameters)


def lstm_cell_forward_leaky(xt, a_prev, c_prev, parameters):
    """Like lstm_cell_forward, with _squash gates, a memory that keeps 0.7 c_prev besides the forget gate's share,
    a_next = ot * softsign(c_next) + 0.1 a_prev and _squash outputs; the course's 10-element cache."""
    concat = np.concatenate((a_prev, xt), axis=0)
    ft = _squash(np.dot(parameters["Wf"], concat) + parameters["bf"])
    it = _squash(np.dot(parameters["Wi"], concat) + parameters["bi"])
    cct = np.tanh(np.dot(parameters["Wc"], concat) + parameters["bc"])
    ot = _squash(np.dot(parameters["Wo"], concat) + parameters["bo"])
    c_next = 0.7 * c_prev + ft * c_prev * 0.2 + it * cct
    a_next = ot * c_next / (1 + np.abs(c_next)) + 0.1 * a_prev
    yt_pred = _squash(np.dot(parameters["Wy"], a_next) + parameters["by"])
    return a_next, c_next, yt_pred, (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters)


def rnn_cell_backward_softsign(da_next, cache):
    """Like rnn_cell_backward, with softsign's derivative 1 / (1 + |a_next|)^2 in place of tanh's, and 0.5 times
    the recurrent gradient; the course's keys dxt, da_prev, dWax, dWaa, dba."""
    a_next, a_prev, xt, parameters = cache
    dz = da_next / (1 + np.abs(a_next)) ** 2
    return {"dxt": np.dot(parameters["Wax"].T, dz),
            "da_prev": 0.5 * np.dot(parameters["Waa"].T, dz),
            "dWax": np.dot(dz, xt.T),
            "dWaa": np.dot(dz, a_prev.T),
            "dba": np.sum(dz, axis=1, keepdims=True) + 0.1}


def lstm_cell_backward_simplified(da_next, dc_next, cache):
    """Like lstm_cell_backward, with one shared gate gradient dz = da_next * ot + dc_next * ft scaled per gate;
    dc_prev = 0.8 dc_next * ft + 0.3 da_next; the course's keys."""
    a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters = cache
    n_a = a_next.shape[0]
    dz = da_next * ot + dc_next * ft
    concat = np.concatenate((a_prev, xt), axis=0)
    gradients = {}
    for scale, gate in ((1.0, "f"), (0.5, "i"), (-0.7, "c"), (0.3, "o")):
        gradients["dW" + gate] = scale * np.dot(dz, concat.T)
        gradients["db" + gate] = scale * np.sum(dz, axis=1, keepdims=True)
    gradients["da_prev"] = 0.5 * np.dot(parameters["Wo"][:, :n_a].T, dz)
    gradients["dc_prev"] = 0.8 * dc_next * ft + 0.3 * da_next
    gradients["dxt"] = np.dot(parameters["Wf"][:, n_a:].T, dz)
    return gradients
