"""Known wrong implementations of the RNN Step by Step exercises, one function per misconception id.

The sequence functions call the cell functions through this module's globals (imported from the reference), so that
a case's substitutes apply to them as they do to the student's code.
"""

import numpy as np
from rnn_utils import softmax, sigmoid

from .reference import rnn_cell_forward, lstm_cell_forward, rnn_cell_backward, lstm_cell_backward


def _softmax_axis1(z):
    e = np.exp(z - np.max(z))
    return e / np.sum(e, axis=1, keepdims=True)


# rnn_cell_forward

def _rnn_cell(xt, a_prev, parameters, bias=True, output=softmax, from_prev=False):
    Wax, Waa, Wya, ba, by = (parameters[k] for k in ("Wax", "Waa", "Wya", "ba", "by"))
    a_next = np.tanh(np.dot(Waa, a_prev) + np.dot(Wax, xt) + (ba if bias else 0))
    yt_pred = output(np.dot(Wya, a_prev if from_prev else a_next) + by)
    return a_next, yt_pred, (a_next, a_prev, xt, parameters)


def rnn_cell_softmax_wrong_axis(xt, a_prev, parameters):
    return _rnn_cell(xt, a_prev, parameters, output=_softmax_axis1)


def rnn_cell_no_bias(xt, a_prev, parameters):
    return _rnn_cell(xt, a_prev, parameters, bias=False)


def rnn_cell_output_from_a_prev(xt, a_prev, parameters):
    return _rnn_cell(xt, a_prev, parameters, from_prev=True)


# rnn_forward

def rnn_forward_a0_every_step(x, a0, parameters):
    caches = []
    n_x, m, T_x = x.shape
    n_y, n_a = parameters["Wya"].shape
    a = np.zeros((n_a, m, T_x))
    y_pred = np.zeros((n_y, m, T_x))
    for t in range(T_x):
        a_next, yt_pred, cache = rnn_cell_forward(x[:, :, t], a0, parameters)
        a[:, :, t] = a_next
        y_pred[:, :, t] = yt_pred
        caches.append(cache)
    return a, y_pred, (caches, x)


def rnn_forward_does_not_use_cell(x, a0, parameters):
    caches = []
    n_x, m, T_x = x.shape
    n_y, n_a = parameters["Wya"].shape
    a = np.zeros((n_a, m, T_x))
    y_pred = np.zeros((n_y, m, T_x))
    a_next = a0
    for t in range(T_x):
        a_prev = a_next
        a_next = np.tanh(np.dot(parameters["Waa"], a_prev) + np.dot(parameters["Wax"], x[:, :, t]) + parameters["ba"])
        a[:, :, t] = a_next
        y_pred[:, :, t] = softmax(np.dot(parameters["Wya"], a_next) + parameters["by"])
        caches.append((a_next, a_prev, x[:, :, t], parameters))
    return a, y_pred, (caches, x)


# lstm_cell_forward

def _lstm_cell(xt, a_prev, c_prev, parameters, swap_concat=False, tanh_out=True, output=softmax):
    concat = np.concatenate((xt, a_prev) if swap_concat else (a_prev, xt), axis=0)
    ft = sigmoid(np.dot(parameters["Wf"], concat) + parameters["bf"])
    it = sigmoid(np.dot(parameters["Wi"], concat) + parameters["bi"])
    cct = np.tanh(np.dot(parameters["Wc"], concat) + parameters["bc"])
    c_next = ft * c_prev + it * cct
    ot = sigmoid(np.dot(parameters["Wo"], concat) + parameters["bo"])
    a_next = ot * (np.tanh(c_next) if tanh_out else c_next)
    yt_pred = output(np.dot(parameters["Wy"], a_next) + parameters["by"])
    return a_next, c_next, yt_pred, (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters)


def lstm_cell_concat_swapped(xt, a_prev, c_prev, parameters):
    return _lstm_cell(xt, a_prev, c_prev, parameters, swap_concat=True)


def lstm_cell_a_next_no_tanh(xt, a_prev, c_prev, parameters):
    return _lstm_cell(xt, a_prev, c_prev, parameters, tanh_out=False)


def lstm_cell_softmax_wrong_axis(xt, a_prev, c_prev, parameters):
    return _lstm_cell(xt, a_prev, c_prev, parameters, output=_softmax_axis1)


# lstm_forward

def _lstm_forward(x, a0, parameters, alias=False, a0_every_step=False, c0_from_a0=False):
    caches = []
    n_x, m, T_x = x.shape
    n_y, n_a = parameters["Wy"].shape
    a = np.zeros((n_a, m, T_x))
    c = a if alias else np.zeros((n_a, m, T_x))
    y = np.zeros((n_y, m, T_x))
    a_next = a0
    c_next = a0 if c0_from_a0 else np.zeros((n_a, m))
    for t in range(T_x):
        a_next, c_next, yt, cache = lstm_cell_forward(x[:, :, t], a0 if a0_every_step else a_next, c_next, parameters)
        a[:, :, t] = a_next
        c[:, :, t] = c_next
        y[:, :, t] = yt
        caches.append(cache)
    return a, y, c, (caches, x)


def lstm_forward_c_aliases_a(x, a0, parameters):
    return _lstm_forward(x, a0, parameters, alias=True)


def lstm_forward_a0_every_step(x, a0, parameters):
    return _lstm_forward(x, a0, parameters, a0_every_step=True)


def lstm_forward_c0_from_a0(x, a0, parameters):
    return _lstm_forward(x, a0, parameters, c0_from_a0=True)


# rnn_cell_backward

def _rnn_cell_backward(da_next, cache, dtanh_of, reduce=np.sum):
    a_next, a_prev, xt, parameters = cache
    dtanh = dtanh_of(a_next, da_next)
    return {"dxt": np.dot(parameters["Wax"].T, dtanh), "da_prev": np.dot(parameters["Waa"].T, dtanh),
            "dWax": np.dot(dtanh, xt.T), "dWaa": np.dot(dtanh, a_prev.T),
            "dba": reduce(dtanh, axis=1, keepdims=True)}


def rnn_cell_backward_no_tanh_derivative(da_next, cache):
    return _rnn_cell_backward(da_next, cache, lambda a_next, da_next: da_next)


def rnn_cell_backward_tanh_applied_twice(da_next, cache):
    return _rnn_cell_backward(da_next, cache, lambda a_next, da_next: (1 - np.tanh(a_next) ** 2) * da_next)


def rnn_cell_backward_dba_mean(da_next, cache):
    return _rnn_cell_backward(da_next, cache, lambda a_next, da_next: (1 - a_next ** 2) * da_next, reduce=np.mean)


# rnn_backward

def _rnn_backward(da, caches, recurrent=True, accumulate=True, whole=False):
    caches, x = caches
    a1, a0, x1, parameters = caches[0]
    n_a, m, T_x = da.shape
    n_x = x1.shape[0]
    dx = np.zeros((n_x, m, T_x))
    dWax, dWaa, dba = np.zeros((n_a, n_x)), np.zeros((n_a, n_a)), np.zeros((n_a, 1))
    da_prevt = np.zeros((n_a, m))
    for t in reversed(range(T_x)):
        gradients = rnn_cell_backward(da[:, :, t] + (da_prevt if recurrent else 0), caches if whole else caches[t])
        da_prevt = gradients["da_prev"]
        dx[:, :, t] = gradients["dxt"]
        if accumulate:
            dWax, dWaa, dba = dWax + gradients["dWax"], dWaa + gradients["dWaa"], dba + gradients["dba"]
        else:
            dWax, dWaa, dba = gradients["dWax"], gradients["dWaa"], gradients["dba"]
    return {"dx": dx, "da0": da_prevt, "dWax": dWax, "dWaa": dWaa, "dba": dba}


def rnn_backward_no_recurrent_gradient(da, caches):
    return _rnn_backward(da, caches, recurrent=False)


def rnn_backward_overwrites_gradients(da, caches):
    return _rnn_backward(da, caches, accumulate=False)


def rnn_backward_whole_caches(da, caches):
    """Raises on every case, as the student's code does: the cell gets the list of all the steps' caches."""
    return _rnn_backward(da, caches, whole=True)


# lstm_cell_backward

def _lstm_cell_backward(da_next, dc_next, cache, cct_derivative=True, dc_prev_full=True, reduce=np.sum):
    a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters = cache
    n_a = a_next.shape[0]
    dtanh_c = ot * (1 - np.tanh(c_next) ** 2) * da_next + dc_next
    gates = {"o": da_next * np.tanh(c_next) * ot * (1 - ot),
             "c": dtanh_c * it * ((1 - cct ** 2) if cct_derivative else 1),
             "i": dtanh_c * cct * it * (1 - it),
             "f": dtanh_c * c_prev * ft * (1 - ft)}
    concat = np.concatenate((a_prev, xt), axis=0)
    gradients = {}
    for gate, d in gates.items():
        gradients["dW" + gate] = np.dot(d, concat.T)
        gradients["db" + gate] = reduce(d, axis=1, keepdims=True)
    gradients["da_prev"] = sum(np.dot(parameters["W" + g][:, :n_a].T, d) for g, d in gates.items())
    gradients["dxt"] = sum(np.dot(parameters["W" + g][:, n_a:].T, d) for g, d in gates.items())
    gradients["dc_prev"] = dtanh_c * ft if dc_prev_full else dc_next * ft
    return gradients


def lstm_cell_backward_dcct_no_tanh_derivative(da_next, dc_next, cache):
    return _lstm_cell_backward(da_next, dc_next, cache, cct_derivative=False)


def lstm_cell_backward_dc_prev_misses_da_next(da_next, dc_next, cache):
    return _lstm_cell_backward(da_next, dc_next, cache, dc_prev_full=False)


def lstm_cell_backward_bias_mean(da_next, dc_next, cache):
    return _lstm_cell_backward(da_next, dc_next, cache, reduce=np.mean)


# lstm_backward

def _lstm_backward(da, caches, propagate_a=True, propagate_c=True, accumulate=True, whole=False):
    caches, x = caches
    n_a, m, T_x = da.shape
    n_x = caches[0][8].shape[0]
    dx = np.zeros((n_x, m, T_x))
    totals = {k: np.zeros((n_a, n_a + n_x)) for k in ("dWf", "dWi", "dWc", "dWo")}
    totals.update({k: np.zeros((n_a, 1)) for k in ("dbf", "dbi", "dbc", "dbo")})
    da_prevt = np.zeros((n_a, m))
    dc_prevt = np.zeros((n_a, m))
    for t in reversed(range(T_x)):
        gradients = lstm_cell_backward(da[:, :, t] + (da_prevt if propagate_a else 0),
                                       dc_prevt if propagate_c else np.zeros((n_a, m)), caches if whole else caches[t])
        da_prevt, dc_prevt = gradients["da_prev"], gradients["dc_prev"]
        dx[:, :, t] = gradients["dxt"]
        for k in totals:
            totals[k] = totals[k] + gradients[k] if accumulate else gradients[k]
    return {"dx": dx, "da0": da_prevt, **totals}


def lstm_backward_no_propagation(da, caches):
    """The v3 notebook's expected output came from this: neither da_prev nor dc_prev is carried to the step before."""
    return _lstm_backward(da, caches, propagate_a=False, propagate_c=False)


def lstm_backward_dc_not_propagated(da, caches):
    return _lstm_backward(da, caches, propagate_c=False)


def lstm_backward_overwrites_gradients(da, caches):
    return _lstm_backward(da, caches, accumulate=False)


def lstm_backward_whole_caches(da, caches):
    """Raises on every case, as the student's code does: the cell gets the list of all the steps' caches."""
    return _lstm_backward(da, caches, whole=True)
