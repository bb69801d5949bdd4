"""Other course generations' correct implementations, accepted beside the reference (Exercise.accepted).

They call the functions they build on through this module's globals, so that a case's substitutes apply to them as
they do to the reference and to the student's code.
"""

import numpy as np

from .reference import linear_activation_backward


def linear_backward_2017(dZ, cache):
    """The first (2017) notebook: db is a number, as its `assert (isinstance(db, float))` requires; that holds only
    for a one-unit layer, so every linear_backward case has one unit."""
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.squeeze(np.sum(dZ, axis=1, keepdims=True)) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def L_model_backward_v5(AL, Y, caches):
    """Up to v5 (2017-2018): the gradient of A[l-1] is stored under grads["dA" + str(l)], so the keys are
    dA1 .. dAL (the current notebook stores it under "dA" + str(l - 1): dA0 .. dA(L-1))."""
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    current_cache = caches[L - 1]
    grads["dA" + str(L)], grads["dW" + str(L)], grads["db" + str(L)] = \
        linear_activation_backward(dAL, current_cache, activation="sigmoid")
    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + str(l + 2)], current_cache,
                                                                    activation="relu")
        grads["dA" + str(l + 1)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
