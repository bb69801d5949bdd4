"""The bias correction is written back into v (v = v / (1 - beta1 ** t)), so the moving average that is returned, and carried to the next step, is the corrected one.

kind: other
names-the-cause:
- phrase: v['dW1'] equals v_corrected['dW1']
- phrase: v equals v_corrected
- phrase: v['dW1'] equals what v_corrected['dW1'] should be
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
            v[k] = v[k] / (1 - beta1 ** t)
            v_corrected[k] = v[k]
            s[k] = beta2 * s[k] + (1 - beta2) * np.square(grads[k])
            s_corrected[k] = s[k] / (1 - beta2 ** t)
            parameters[p + str(l)] = parameters[p + str(l)] - learning_rate * v_corrected[k] / (np.sqrt(s_corrected[k]) + epsilon)
    return parameters, v, s, v_corrected, s_corrected
