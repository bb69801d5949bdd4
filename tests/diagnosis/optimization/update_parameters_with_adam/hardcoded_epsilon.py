"""The update adds a hard-coded 1e-8 instead of the epsilon argument, so a call with another epsilon gives the wrong step.

kind: other
names-the-cause:
- phrase: epsilon is not used
- phrase: is the argument epsilon used
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def update_parameters_with_adam(parameters, grads, v, s, t, learning_rate = 0.01,
                                beta1 = 0.9, beta2 = 0.999,  epsilon = 1e-8):

    L = len(parameters) // 2
    v_corrected = {}
    s_corrected = {}
    for l in range(1, L + 1):
        for p in ("W", "b"):
            k = "d" + p + str(l)
            v[k] = beta1 * v[k] + (1 - beta1) * grads[k]
            v_corrected[k] = v[k] / (1 - beta1 ** t)
            s[k] = beta2 * s[k] + (1 - beta2) * np.square(grads[k])
            s_corrected[k] = s[k] / (1 - beta2 ** t)
            parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * v_corrected[k] / (np.sqrt(s_corrected[k]) + 1e-8)
    return parameters, v, s, v_corrected, s_corrected
