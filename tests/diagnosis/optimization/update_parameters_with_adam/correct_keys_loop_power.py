"""Correct: loops over the parameter names, with np.power and ** 0.5."""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate = 0.01,
                                beta1 = 0.9, beta2 = 0.999,  epsilon = 1e-8):

    v_corrected = {}
    s_corrected = {}
    for name in list(parameters.keys()):
        k = "d" + name
        v[k] = beta1 * v[k] + (1 - beta1) * grads[k]
        s[k] = beta2 * s[k] + (1 - beta2) * np.power(grads[k], 2)
        v_corrected[k] = v[k] / (1 - np.power(beta1, t))
        s_corrected[k] = s[k] / (1 - np.power(beta2, t))
        parameters[name] = parameters[name] - learning_rate * v_corrected[k] / (s_corrected[k] ** 0.5 + epsilon)
    return parameters, v, s, v_corrected, s_corrected
