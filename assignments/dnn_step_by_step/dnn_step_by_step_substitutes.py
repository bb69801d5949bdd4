"""Stand-ins for the functions the Step by Step exercises build on (numpy only), so that each exercise is graded on
its own logic, whatever the student's earlier functions do.

Each keeps the course function's signature and return structure but computes something deliberately different
(none is a correct implementation of an exercise): linear_activation_forward is graded with linear_forward replaced,
L_model_forward with linear_activation_forward replaced, linear_activation_backward with linear_backward replaced
and L_model_backward with linear_activation_backward replaced.
"""

import numpy as np


def linear_forward_shifted(A, W, b):
    """Like linear_forward, but Z = W A + b + 0.5 (a constant offset); cache (A, W, b)."""
    Z = np.dot(W, A) + b + 0.5
    return Z, (A, W, b)


def linear_activation_forward_leaky(A_prev, W, b, activation):
    """Like linear_activation_forward, on linear_forward_shifted's Z = W A_prev + b + 0.5 and with other
    activations: "relu" -> leaky ReLU max(0.1 Z, Z), "sigmoid" -> 0.5 + 0.5 Z / (1 + |Z|) (in (0, 1));
    cache ((A_prev, W, b), Z)."""
    Z, linear_cache = linear_forward_shifted(A_prev, W, b)
    if activation == "relu":
        A = np.maximum(0.1 * Z, Z)
    elif activation == "sigmoid":
        A = 0.5 + 0.5 * Z / (1 + np.abs(Z))
    else:
        raise ValueError(f"activation must be 'relu' or 'sigmoid', not {activation!r}")
    return A, (linear_cache, Z)


def linear_backward_sums(dZ, cache):
    """Like linear_backward, but summing over the examples instead of averaging (no 1/m):
    dA_prev = W^T dZ, dW = dZ A_prev^T, db = the row sums of dZ, shape (n, 1)."""
    A_prev, W, b = cache
    dW = np.dot(dZ, A_prev.T)
    db = np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def linear_activation_backward_leaky(dA, cache, activation):
    """Like linear_activation_backward, with other activation derivatives: "relu" -> 1 where Z > 0 and 0.1 elsewhere,
    "sigmoid" -> 0.5 / (1 + |Z|)^2 (softsign's); then linear_backward_sums (sums over the examples, no 1/m)."""
    linear_cache, Z = cache
    if activation == "relu":
        dZ = dA * np.where(Z > 0, 1.0, 0.1)
    elif activation == "sigmoid":
        dZ = dA * 0.5 / (1 + np.abs(Z)) ** 2
    else:
        raise ValueError(f"activation must be 'relu' or 'sigmoid', not {activation!r}")
    return linear_backward_sums(dZ, linear_cache)
