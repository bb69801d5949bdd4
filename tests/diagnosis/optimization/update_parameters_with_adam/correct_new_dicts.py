"""Correct: builds new dicts for every result instead of updating the inputs, with the corrections computed once."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate = 0.01,
                                beta1 = 0.9, beta2 = 0.999,  epsilon = 1e-8):

    correction1 = 1 - beta1 ** t
    correction2 = 1 - beta2 ** t
    new_v = {k: beta1 * v[k] + (1 - beta1) * grads[k] for k in v}
    new_s = {k: beta2 * s[k] + (1 - beta2) * grads[k] * grads[k] for k in s}
    v_corrected = {k: new_v[k] / correction1 for k in new_v}
    s_corrected = {k: new_s[k] / correction2 for k in new_s}
    new_parameters = {}
    for name, value in parameters.items():
        k = "d" + name
        new_parameters[name] = value - learning_rate * v_corrected[k] / (np.sqrt(s_corrected[k]) + epsilon)
    return new_parameters, new_v, new_s, v_corrected, s_corrected
