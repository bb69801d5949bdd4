"""np.round rounds half an interval up, so the rate drops halfway through an interval instead of at its end.

kind: other
names-the-cause:
- phrase: rounded
"""

import math

import numpy as np
from opt_utils_v1a import load_params_and_grads, initialize_parameters, forward_propagation, backward_propagation
from opt_utils_v1a import compute_cost, predict, predict_dec, plot_decision_boundary, load_dataset


def schedule_lr_decay(learning_rate0, epoch_num, decay_rate, time_interval=1000):
    learning_rate = 1 / (1 + decay_rate * np.round(epoch_num / time_interval)) * learning_rate0
    return learning_rate
